// Given names of many countries (src/facts/person/data): weak evidence, heard only where nothing firmer speaks.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { FIRST_NAMES, isListedFirstName, isWorldFirstName } from '../../src/facts/person/patterns.js';

const people = (text: string): string[] => factsOf(text, 'person').map((p) => p.name);
const organisations = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);

describe('the world list of given names', () => {
  it('holds one-word given names, one line per first two letters, none of them an English list name', () => {
    const lines = readFileSync(new URL('../../src/facts/person/data/world-first-names.txt', import.meta.url), 'utf8')
      .split('\n').filter(Boolean);
    const names = lines.flatMap((line) => line.slice(1, -1).split('|'));
    expect(names.length).toBeGreaterThan(20000);
    for (const line of lines) expect(new Set(line.slice(1, -1).split('|').map((name) => name.slice(0, 2))).size).toBe(1);
    for (const name of names) {
      expect(name).toMatch(/^\p{Lu}[\p{L}'-]+$/u);
      expect(FIRST_NAMES.has(name)).toBe(false);
      expect(isWorldFirstName(name)).toBe(true);
    }
    expect(names).not.toContain('Forest');
  });

  it.each([
    ['Kalervo', true],
    ['Bogomil', true],
    ['Vesna', true],
    // a listed name written without its accents, as English news often writes it ("Sinéad")
    ['Sinead', true],
    // West, East and Southern African given names, from Faker's lists
    ['Abiodun', true],
    ['Chidimma', true],
    ['Gathoni', true],
    ['Jabulani', true],
    // English names are read by the English lists, words and frequent US surnames by neither
    ['Ann', false],
    ['Forest', false],
    ['Hartman', false],
  ])('%s is a world-only given name: %s', (word, world) => expect(isWorldFirstName(word)).toBe(world));

  it('a world name is a listed first name too', () => expect(isListedFirstName('Kalervo')).toBe(true));
});

describe('a given name only the world list holds names a person where nothing firmer speaks', () => {
  it.each([
    ['The plan came from Kalervo Tarvik last year.', ['Kalervo Tarvik']],
    ['The award went to Vesna Brantholm on Friday.', ['Vesna Brantholm']],
    ['Talks between Bogomil Quellmark and the mayor ended.', ['Bogomil Quellmark']],
    ['The side, managed by Sinead Tarrow, had chances.', ['Sinead Tarrow']],
  ])('%s → %j', (text, names) => expect(people(text)).toEqual(names));

  it('a lone surname later is the same person', () => {
    const [person] = factsOf('Talks between Bogomil Quellmark and the mayor ended. Quellmark left early.', 'person');
    expect(person?.mentions.map((m) => [m.text, m.reason])).toEqual([
      ['Bogomil Quellmark', 'world-given-name'],
      ['Quellmark', 'surname-link'],
    ]);
  });

  it('so is a double surname a hyphen joins, with the role told beside it', () => {
    const text = 'Talks between Bogomil Quellmark-Tarvo and the mayor ended.\n\nQuellmark-Tarvo, a partner at Kelby '
      + 'Advisory Ltd, left early.';
    const [person] = factsOf(text, 'person');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Bogomil Quellmark-Tarvo', 'Quellmark-Tarvo']);
    expect(person?.affiliation).toBe('Kelby Advisory Ltd');
  });

  it('so is the given name alone, as an interview names its speakers', () => {
    const text = 'We met Bogomil Quellmark and Vesna Brantholm in Tarvik.\n\nBogomil: We started in a garage.\n\nVesna: He did.';
    // (the second name of a pair is read as the first one is)
    expect(factsOf(text, 'person').map((p) => p.mentions.map((m) => [m.text, m.reason]))).toEqual([
      [['Bogomil Quellmark', 'world-given-name'], ['Bogomil', 'given-name-link']],
      [['Vesna Brantholm', 'first-name'], ['Vesna', 'given-name-link']],
    ]);
  });

  it('not a given name two people of the article share', () => {
    const text = 'Bogomil Quellmark and Bogomil Tarvenko spoke.\n\nBogomil: We started in a garage.';
    expect(factsOf(text, 'person').flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Bogomil');
  });
});

describe('firmer evidence outweighs a world given name (negative cases)', () => {
  it.each([
    // a results table's structure
    ['Kalervo Tarvik 3 1 0 2 4 5 3\nKelmont Rovers 3 0 1 2 2 6 1', 'Kalervo Tarvik'],
    // a company suffix
    ['A fire hit the offices of Folkert Kelmont Holding AG on Monday.', 'Folkert Kelmont Holding AG'],
  ])('%s → the organisation %s', (text, name) => {
    expect(organisations(text)).toContain(name);
    expect(people(text)).toEqual([]);
  });

  it.each([
    // before a word the lexicon knows as a common noun, the name is no given name and surname
    'Funding from Radomir Anchor was cut.',
    // one word alone is no person
    'Vesna was the word on the banner.',
  ])('%s → no person', (text) => expect(people(text)).toEqual([]));
});
