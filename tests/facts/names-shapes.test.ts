// Name shapes (issue 12): bodies named for their members. Every name here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);

describe('a body named for its members, with a plural possessive inside', () => {
  it.each([
    ["Lawmakers from the Tenants' Alliance walked out.", "Tenants' Alliance"],
    ["The New Drivers' Party won two seats.", "New Drivers' Party"],
    ['The Growers’ Union called a strike.', 'Growers’ Union'],
    ["A letter from the People's Renewal Front was read out.", "People's Renewal Front"],
    ["The Women's Rowing League met on Friday.", "Women's Rowing League"],
    ["The Workers and Growers' Union backed the plan.", "Workers and Growers' Union"],
    ["The Tenants' Alliance for Fair Rent marched.", "Tenants' Alliance for Fair Rent"],
  ])('%s → %s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });

  it.each([
    // a place's or a person's possessive names the owner, not the body
    ["Norland's Defence Ministry denied it.", 'Defence Ministry'],
    ["Ann Whitcomb's Harbour Party Agency won the contract.", 'Harbour Party Agency'],
    ["Kelmont's Finance Department cut costs.", 'Finance Department'],
  ])('%s keeps the owner out: %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
    expect(orgNames(text).some((o) => /[’']/.test(o))).toBe(false);
  });

  it.each([
    // no head word at the end: a plural's possessive before a common thing
    "The Farmers' Market opened early.",
    "The Growers' Fair drew crowds.",
    "Drivers' Day was marked by a parade.",
  ])('no organisation with a possessive in %j', (text) => {
    expect(orgNames(text).some((o) => /[’']/.test(o))).toBe(false);
  });
});
