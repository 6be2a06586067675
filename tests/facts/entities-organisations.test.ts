// Organisations on unseen news: each decision added for the general evidence behind it
// (structure, context words, word shape), with text that must yield nothing beside it.
// Every sentence here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

const orgMentions = (text: string): string[] => factsOf(text, 'organisation').flatMap((o) => o.mentions.map((m) => m.text));
const reasonsOf = (text: string, name: string): string =>
  factsOf(text, 'organisation').filter((o) => o.name === name || o.mentions.some((m) => m.text === name)).flatMap((o) => o.mentions.map((m) => m.reason)).join(' ');

describe('organisations found', () => {
  it.each([
    // a name ending in a double consonant and "-i" is no nationality word
    ['Tavelli shares fell 3 percent on Monday.', 'Tavelli', 'org-role-after'],
    ['Investors sold Corvetti shares after the profit warning.', 'Corvetti', 'org-role-after'],
  ])('%s → %s (%s)', (text, name, reason) => {
    expect(reasonsOf(text, name)).toContain(reason);
  });
});

describe('no organisation', () => {
  it.each([
    // nationality words stay nationality words
    'Somali officials said the road was closed.',
    'Yemeni shares are not traded abroad.',
    // datelines: the place in capitals, its country, then a date or a source
    'KELMORE, Norland 2025-08-12\nThe council met on Tuesday.',
    'BRAVANE, Ostria (Wire) - Talks resumed on Tuesday.',
    'PORT ALVER, Aug. 12 - The harbour reopened.',
  ])('%j', (text) => expect(orgMentions(text)).toEqual([]));
});
