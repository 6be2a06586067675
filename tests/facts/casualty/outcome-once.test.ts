// The rules that close on the outcome predicate match it once per sentence (outcome-once.ts): each must match
// exactly what its whole pattern matches, which is compiled here from the same source.
import { describe, expect, it } from 'vitest';
import { casualtyRules } from '../../../src/facts/casualty/patterns.js';
import { outcomeOnce } from '../../../src/facts/casualty/outcome-once.js';
import { END, PRED, type RulePattern } from '../../../src/facts/casualty/rule-parts.js';
import { totalsOf } from '../../helpers.js';

const factored = casualtyRules.filter((r) => !(r.pattern instanceof RegExp));

/** Every match a pattern gives in a sentence: where, what, and each group's text and offsets. */
function matches(pattern: RulePattern, text: string): unknown[] {
  const found: unknown[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ index: m.index, text: m[0], groups: { ...m.groups }, offsets: { ...m.indices?.groups } });
  }
  return found;
}

// sentences where a rule's subject may end before a word the predicate opens with but does not match, so that the
// whole pattern goes back and tries a longer subject ("in the car", "taken aback"), or where the predicate matches
// twice in a row ("shot and killed"), or only where its case is read
const HARD_CASES = [
  'Two people in the car were killed and a third was taken aback.',
  'Three men taken hostage were later shot and killed by the gang.',
  'A woman was hurt and her son seriously injured when the roof fell.',
  'Two firefighters, who had been treated at the scene, were taken to hospital with burns.',
  'The couple were left with minor injuries; the twins were treated for smoke inhalation.',
  'Jane Doe, 34, and John Roe, 61, were killed; Ann Poe, 9, was in a serious condition.',
  'Four hikers died and nine were being treated, while 12 remain in hospital.',
  'Both drivers were found dead in the wreck, police said.',
  'The gunman, who shot himself, was pronounced dead at the scene.',
  'Ann Lee, 40, WAS KILLED when Tom Ray, 52, was hit by a car.',
  'Five people were in the hall when it collapsed; two were killed.',
  // (where a rule takes only some outcomes, a predicate of another is no match)
  'The blast left a man dead and his son hospitalised.',
  'The gunman, who shot five people at the depot, was later wounded.',
];

describe('outcome predicate matched once per sentence', () => {
  it('factors every rule that closes on the predicate', () => {
    const closing = casualtyRules.filter((r) => r.pattern.source.endsWith(`${PRED}${END}`));
    expect(closing.length).toBeGreaterThan(10);
    expect(closing.every((r) => factored.includes(r))).toBe(true);
  });

  const examples = casualtyRules.flatMap((r) => r.example.split('; '));
  it.each(factored.map((r) => [r.reason, r] as const))('%s matches as its whole pattern does', (_reason, rule) => {
    const whole = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const text of [...examples, ...HARD_CASES]) {
      expect(matches(rule.pattern, text), text).toEqual(matches(whole, text));
    }
  });

  it.each([
    ['a space written as an escape', `\\x20${PRED}${END}`],
    ['a class range from a space', `[ -~]+ ${PRED}${END}`],
    ['a back-reference', `(\\w+) \\1 ${PRED}${END}`],
  ])('refuses a pattern whose spaces it cannot mark: %s', (_what, source) => {
    const rule = { reason: 'test', example: '', pattern: new RegExp(source, 'gid') };
    expect(() => outcomeOnce(rule)).toThrow();
  });

  it('leaves a pattern that does not close on the predicate as it is', () => {
    const rule = { reason: 'test', example: '', pattern: new RegExp(`${PRED} today`, 'gid') };
    expect(outcomeOnce(rule).pattern).toBe(rule.pattern);
  });

  // a no-break space is a plain one by the time the rules read a sentence
  it('reads a sentence whose spaces are no-break ones', () => {
    expect(totalsOf('Three\u00a0people were\u00a0killed and two\u2007were hurt in the blast.')).toMatchObject({
      killed: 3,
      injured: 2,
    });
  });
});
