// Name shapes (issue 12): romanised East Asian names with a hyphenated given name; bodies named for their members.
// Every name here is made up for the test; the negative cases are common hyphenated words and adjectives.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { classifiedNames } from '../../src/facts/names/classify.js';
import { factsOf, PUBLISHED } from '../helpers.js';

const personNames = (text: string): string[] => factsOf(text, 'person').map((p) => p.name);
const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);
const reasonsOf = (text: string): string[] => classifiedNames(createContext(text, PUBLISHED)).map((c) => c.reason);

describe('romanised names with a hyphenated given name', () => {
  it.each([
    ['The motion was opposed by Fung Siu-wah and Tsoi Ka-ming.', ['Fung Siu-wah', 'Tsoi Ka-ming']],
    ['Yim Hoi-lam and Sze Tak-yan voted against the bill.', ['Yim Hoi-lam', 'Sze Tak-yan']],
    ['Baek Ji-Hun scored twice before half time.', ['Baek Ji-Hun']],
    ['The envoy met Seo Min-jun in the capital.', ['Seo Min-jun']],
  ])('%s → %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  it.each([
    // a connector word as the second syllable ("bin", "de", "la") does not cut the name at the hyphen
    ['The mayor, Tong Wai-bin, said the ferry would run.', 'Tong Wai-bin'],
    ['Lo Ka-le spoke for the residents.', 'Lo Ka-le'],
  ])('%s keeps %s whole', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });

  it('a later mention of the family name alone links to the full name', () => {
    const [person] = factsOf('Fung Siu-wah spoke first. Later Fung left the chamber.', 'person');
    expect(person?.name).toBe('Fung Siu-wah');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Fung Siu-wah', 'Fung']);
  });

  it.each([
    'A San Francisco-based firm hired a New York-born artist.',
    'They drank Coca-Cola in the back of a Rolls-Royce.',
    'Leaflets blamed Al-Qaeda for the Anglo-Saxon revival.',
    'Several Pro-democracy groups and an Ex-president marched.',
    'A Tam Ho-run bakery and a Kai Mo-led group opened.',
    'The Lin Ba-backed plan and the Sun Ha-owned mill closed.',
    'A Sam Po-style menu marked the Kwai Ma-era policy.',
  ])('no romanised name in %j', (text) => {
    expect(reasonsOf(text)).not.toContain('romanised-given-name');
    expect(personNames(text).filter((n) => n.includes('-'))).toEqual([]);
  });
});

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
