// The list of news outlets (src/facts/names/data/news-outlets.ts): evidence with a weight, never a verdict.
import { afterEach, describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { newsOutlet } from '../../src/facts/names/lexicon.js';
import { setNameDomains } from '../../src/facts/names/domains/index.js';
import { NEWS_OUTLETS } from '../../src/facts/names/data/news-outlets.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);

describe('news outlets: the list', () => {
  it.each([
    ['Agence France Presse', 'firm'],
    ['the associated  press', 'firm'],
    // "Russia Today (RT)": a bracketed acronym of the name is a second name
    ['Russia Today', 'firm'],
    ['RT', 'firm'],
    // "The Star (KE)": a bracket that only tells two outlets apart is no name
    ['KE', null],
    ['Star', 'ambiguous'],
    ['Politico', 'ambiguous'],
    ['Kelmont Courier', null],
  ])('%j → %s', (name, strength) => expect(newsOutlet(name)).toBe(strength));

  it('holds many names, marks only one-word names as ambiguous, and keeps no bracket', () => {
    const lines = NEWS_OUTLETS.split('\n');
    expect(lines.length).toBeGreaterThan(800);
    for (const line of lines) {
      if (line.startsWith('~')) expect(line).toMatch(/^~\S+$/);
      expect(line).not.toMatch(/[()]|^The /);
    }
  });
});

describe('news outlets: in a sentence', () => {
  afterEach(() => setNameDomains({ newsOutlets: true }));

  it.each([
    ['Agence France Presse reported two arrests near the port.', 'Agence France Presse'],
    ['Ann Rossi told Pravda she would stay in the post.', 'Pravda'],
    ['Talks had stalled, Politico reported on Tuesday.', 'Politico'],
  ])('%s → the organisation %s', (text, name) => expect(orgNames(text)).toContain(name));

  // a name that is also a word needs a sentence around it, with no article or place preposition before it
  it.each([
    'Fortune smiled on the visitors in the second half.',
    'She found the recipe in Fortune last spring.',
    'They walked to the Star on the corner.',
  ])('%s → no organisation', (text) => expect(orgNames(text)).toEqual([]));

  it('counts only while the domain is on', () => {
    const text = 'Talks had stalled, Politico reported on Tuesday.';
    setNameDomains({ newsOutlets: false });
    expect(orgNames(text)).not.toContain('Politico');
  });
});
