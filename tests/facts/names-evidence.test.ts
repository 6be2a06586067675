// The typed fields later passes read (names/types.ts): `evidence` and `link`, never the reason string.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { classifiedNames } from '../../src/facts/names/classify.js';
import { isSentenceStart } from '../../src/facts/names.js';
import { PUBLISHED } from '../helpers.js';

const named = (text: string, name: string) => classifiedNames(createContext(text, PUBLISHED)).find((c) => c.text === name);

describe('typed evidence on classified names', () => {
  it.each([
    ['Foreign Minister Dana Whitcomb arrived late.', 'Foreign Minister Dana Whitcomb', 'title'],
    ['The bridge will reopen, said Whitcomb.', 'Whitcomb', 'speech-only'],
    ['Shares of Brantholm Tooling AG rose.', 'Brantholm Tooling AG', 'company-suffix'],
    ['The Northfield Housing Authority approved the plan.', 'Northfield Housing Authority', 'org-head-word'],
    ['The Coastal Relief Alliance (CRA) sent boats.', 'Coastal Relief Alliance', 'acronym-definition'],
    ['The strike was called by the KWF on Monday.', 'KWF', 'acronym'],
    ['Ann Whitcomb opened the session.', 'Ann Whitcomb', 'given-name-only'],
  ])('%s → %s: %s', (text, name, evidence) => {
    expect(named(text, name)?.evidence).toBe(evidence);
  });

  it.each([
    ['Ann Whitcomb opened the session. Later Whitcomb left early.', 'Whitcomb', 'surname'],
    ['Ann Whitcomb opened the session. Hours later Ann left early.', 'Ann', 'given-name'],
  ])('%s → %s is linked by %s', (text, name, link) => {
    expect(named(text, name)?.link).toBe(link);
  });

  it.each([
    ['Ann Whitcomb, who chairs the board, opened the session.', 'Ann Whitcomb'],
    ['Analysts at Kelmont Halvorsen expect a rise.', 'Kelmont Halvorsen'],
  ])('%s → %s carries no evidence a later pass reads', (text, name) => {
    const c = named(text, name);
    expect(c).toBeDefined();
    expect(c?.evidence).toBeUndefined();
    expect(c?.link).toBeUndefined();
  });

  it('a name that yields to the article drops the evidence of its first decision', () => {
    // "Gazeta Halvor said" first rests on a speech verb alone; the daily named before makes it an organisation
    const text = 'The Gazeta Halvor daily said the port was closed. Gazeta Halvor said on Monday it would reopen.';
    const names = classifiedNames(createContext(text, PUBLISHED)).filter((c) => c.text === 'Gazeta Halvor');
    expect(names.map((c) => c.cls)).toEqual(['organisation', 'organisation']);
    expect(names.every((c) => c.evidence !== 'speech-only')).toBe(true);
  });
});

describe('where a sentence starts, though the parse runs on', () => {
  const startsAt = (text: string, word: string): boolean => {
    const { tokens } = createContext(text, PUBLISHED);
    return isSentenceStart(tokens, tokens.findIndex((t) => t.text === word));
  };
  it.each([
    ['She said: "The risk is real. Holidaymakers have long memories," she said.', 'Holidaymakers', true],
    ['They brought tents, stoves etc. Harlow sent the food.', 'Harlow', false],
  ])('%s: %s opens a sentence → %s', (text, word, opens) => {
    expect(startsAt(text, word)).toBe(opens);
  });
});
