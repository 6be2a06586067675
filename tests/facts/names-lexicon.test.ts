// The list of listed companies (src/facts/names/data): evidence with a weight, never a verdict.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { listedCompany } from '../../src/facts/names/lexicon.js';
import { LISTED_COMPANIES } from '../../src/facts/names/data/listed-companies.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);
const personNames = (text: string): string[] => factsOf(text, 'person').map((p) => p.name);

describe('listed companies', () => {
  it.each([
    ['Goldman Sachs', 'firm'],
    ['goldman  sachs', 'firm'],
    ['The Goldman Sachs', 'firm'],
    ['Harwell Systems', null],
    ['Kelmont', null],
    // a listed name less its kind of business, as news gives it, where the lexicon knows no such word: ambiguous
    ['Uber', 'ambiguous'],
    ['Spotify', 'ambiguous'],
    ['Texas', null],
  ])('%j → %s', (name, strength) => expect(listedCompany(name)).toBe(strength));

  it('reads a listed name less its kind of business inside a sentence, not after an article', () => {
    expect(orgNames('Analysts expect Spotify to report a profit on Tuesday.')).toEqual(['Spotify']);
    expect(orgNames('Tankers crossed the Gulf at night.')).toEqual([]);
    expect(orgNames('Witnesses saw a grey van, possibly a Spotify, leave the yard.')).toEqual([]);
    // a product's word in lower case with a capital inside makes the name the product's
    expect(orgNames('The new eReader Spotify sold out in hours.')).toEqual([]);
  });

  it('marks only one-word names as ambiguous, and holds no fund or legal form', () => {
    const lines = LISTED_COMPANIES.split('\n');
    expect(lines.length).toBeGreaterThan(3000);
    for (const line of lines) {
      if (line.startsWith('~')) expect(line).toMatch(/^~\S+$/);
      expect(line).not.toMatch(/\b(?:ETF|Fund|Inc|Corp|Corporation|Common Stock)\b(?!\.? of\b)/i);
      // (nor the connector a dropped legal form leaves: "… and Company" → "… and")
      expect(line).not.toMatch(/ (?:and|&|of)$/);
    }
  });

  it('reads a listed name of a given name and a surname as the company, with no person\'s context', () => {
    expect(orgNames('The fight pits Novo Nordisk against Eli Lilly.')).toEqual(['Novo Nordisk', 'Eli Lilly']);
    expect(personNames('The fight pits Novo Nordisk against Eli Lilly.')).toEqual([]);
  });

  it('reads a listed company\'s first word alone as the company', () => {
    const [org, ...rest] = factsOf('Meta Platforms was fined on Monday. Meta said it would appeal.', 'organisation');
    expect(rest).toEqual([]);
    expect(org!.mentions.map((m) => m.text)).toEqual(['Meta Platforms', 'Meta']);
  });

  it.each([
    // a listed name that ends in its own possessive keeps it, where the article never writes it bare
    ["Moody's cut the lender's rating on Monday.", ["Moody's"], []],
    ["Analysts at Moody's said the outlook was stable.", ["Moody's"], []],
    // a person's possessive: the article writes the name without it too
    ["Walt Moody said the outlook was stable. Moody's view was shared by others.", [], ['Walt Moody']],
  ])('%s → organisations %j, people %j', (text, orgs, people) => {
    expect(orgNames(text)).toEqual(orgs);
    expect(personNames(text)).toEqual(people);
  });

  it('reads a listed name as an organisation where a first name would make it a person', () => {
    expect(orgNames('Fund managers said Morgan Stanley cut its forecast on Monday.')).toEqual(['Morgan Stanley']);
    expect(personNames('Fund managers said Morgan Stanley cut its forecast on Monday.')).toEqual([]);
  });

  it.each([
    // a title or a person's context outweighs the list
    ['Coach Morgan Stanley praised the team.', 'Morgan Stanley'],
    ['The race was won by teenager Morgan Stanley, who led from the start.', 'Morgan Stanley'],
  ])('%s → the person %s', (text, name) => {
    expect(personNames(text)).toEqual([name]);
    expect(orgNames(text)).toEqual([]);
  });
});
