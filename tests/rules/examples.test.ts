// Every rule's own example is a test: run it through the pipeline and expect that rule's reason.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { anchorRules, dateRules } from '../../src/facts/date/patterns.js';
import { casualtyRules } from '../../src/facts/casualty/patterns.js';
import { ACLED_RULES } from '../../src/facts/casualty/conventions/acled.js';
import { PUBLISHED } from '../helpers.js';
import { createContext } from '../../src/context.js';
import { TAG_FIXES } from '../../src/nlp.js';
import { classifiedNames } from '../../src/facts/names/classify.js';
import { LOCAL_RULES, type NameRule } from '../../src/facts/names/evidence/local.js';
import { SURNAME_SLOTS } from '../../src/facts/person/patterns.js';

const reasonsOf = (text: string, type: string): string[] =>
  extract(text, { published: PUBLISHED })
    .facts.filter((f) => f.type === type)
    .map((f) => f.reason);

// a reason records the rule first and what happened after ("+refers-to-earlier-date", "+partitive-subset")
// an example may hold several, separated by "; ": each is a test of its own
const examplesOf = (rules: ReadonlyArray<{ reason: string; example: string }>): Array<[string, string]> =>
  rules.flatMap((r) => r.example.split('; ').map((example): [string, string] => [r.reason, example]));

// a name rule may decide a place or "not a name", which no fact shows: read the classifier itself
const nameReasonsOf = (text: string): string[] => classifiedNames(createContext(text, PUBLISHED)).map((c) => `${c.text}: ${c.reason}`);
const nameRules = LOCAL_RULES.filter((r): r is NameRule => 'reason' in r);

const fired = (reasons: string[], reason: string): boolean => reasons.some((r) => r === reason || r.startsWith(`${reason}+`));

describe('rule examples', () => {
  it.each(examplesOf(dateRules))('date rule %s: %s', (reason, example) => {
    expect(fired(reasonsOf(example, 'date'), reason), reasonsOf(example, 'date').join(', ')).toBe(true);
  });

  it.each(examplesOf(anchorRules))('anchored date rule %s: %s', (reason, example) => {
    expect(fired(reasonsOf(example, 'date'), reason), reasonsOf(example, 'date').join(', ')).toBe(true);
  });

  it.each(examplesOf([...casualtyRules, ...ACLED_RULES]))('casualty rule %s: %s', (reason, example) => {
    expect(fired(reasonsOf(example, 'casualty'), reason), reasonsOf(example, 'casualty').join(', ')).toBe(true);
  });

  it.each(examplesOf(nameRules))('name rule %s: %s', (reason, example) => {
    const reasons = nameReasonsOf(example);
    expect(reasons.some((r) => r.endsWith(`: ${reason}`)), reasons.join(', ')).toBe(true);
  });

  it.each(TAG_FIXES.map((fix) => [fix.reason, fix] as const))('tag fix %s', (_reason, fix) => {
    const token = createContext(fix.example, PUBLISHED).tokens.find((t) => t.text === fix.word)!;
    expect([...token.tags]).toEqual(expect.arrayContaining([...fix.add]));
    expect(fix.remove.some((tag) => token.tags.has(tag))).toBe(false);
  });

  it.each(examplesOf(SURNAME_SLOTS))('surname slot %s: %s', (reason, example) => {
    const reasons = nameReasonsOf(example);
    expect(reasons.some((r) => r.endsWith(`: ${reason}`)), reasons.join(', ')).toBe(true);
  });
});
