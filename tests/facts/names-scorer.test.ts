// The evidence scorer (names/evidence/local.ts), for the local rules and the weak ones (evidence/weak.ts): every
// rule that fires is recorded, the strongest (evidence/weights.ts ranks them) decides.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { nameSpans } from '../../src/facts/names.js';
import {
  LOCAL_RULES, localEvidence, ruleKey, scoreEvidence, scoredEvidence, type FiredRule,
} from '../../src/facts/names/evidence/local.js';
import { scoredWeakEvidence, weakEvidence } from '../../src/facts/names/evidence/weak.js';
import { PRIORITY, RULE_RANKS, WEAK_PRIORITY, WEAK_RANKS } from '../../src/facts/names/evidence/weights.js';
import { joinDefinedNames, refineSpan } from '../../src/facts/names/spans.js';
import type { ClassifiedName, NameClass } from '../../src/facts/names/types.js';
import { yieldWeakToFirm } from '../../src/facts/names/refiners/same-name.js';
import { PUBLISHED } from '../helpers.js';

/** The context and the name span `name` in `text`. */
const spanIn = (text: string, name: string) => {
  const ctx = createContext(text, PUBLISHED);
  const span = joinDefinedNames(ctx, nameSpans(ctx).flatMap((s) => refineSpan(ctx, s))).find((s) => s.text === name);
  if (!span) throw new Error(`no span ${name} in ${text}`);
  return { ctx, span };
};

/** The rules that fire for the name span `name` in `text`, strongest first. */
const firedFor = (text: string, name: string): FiredRule[] => {
  const { ctx, span } = spanIn(text, name);
  return scoredEvidence(ctx, span);
};

const fired = (key: string, cls: NameClass, rank: number): FiredRule => ({
  key, rank, local: { cls, reason: key, confidence: 0.5 },
});

describe('every rule that fires is recorded', () => {
  it.each([
    ['Ann Whitcomb, who chairs the board, resigned.', 'Ann Whitcomb',
      ['first-name-in-context', 'first-name', 'role-after-name']],
    ['The bridge will reopen, said Whitcomb.', 'Whitcomb', ['speech-or-kin-before-name', 'role-before-name']],
    ['Analysts at Ann Whitcomb expect a rise.', 'Ann Whitcomb', ['org-member-before', 'first-name']],
    ['Shares of Ann Whitcomb Corp rose.', 'Ann Whitcomb Corp', ['org-head-word', 'company-suffix']],
    ['The vote is due on Thursday.', 'Thursday', ['not-a-name-word', 'month-or-weekday']],
  ])('%s → %s: %j', (text, name, keys) => {
    expect(firedFor(text, name).map((f) => f.key)).toEqual(keys);
  });

  it.each([
    // nothing in or around the name says what it is
    ['The talks with Quellary ended.', 'Quellary'],
    // a title alone is no name until the article names someone so
    ['The Sergeant left.', 'Sergeant'],
  ])('%s → %s: no rule fires', (text, name) => {
    const found = firedFor(text, name);
    expect(found).toEqual([]);
    expect(scoreEvidence(found)).toBeNull();
  });
});

describe('the strongest rule that fires decides', () => {
  it.each<[string, FiredRule[], NameClass | null, string | null]>([
    ['one rule', [fired('a', 'person', 0)], 'person', 'a'],
    ['the stronger class', [fired('a', 'person', 2), fired('b', 'organisation', 3)], 'person', 'a'],
    // ranks are compared, never added: two weaker rules of one class do not outvote a stronger one
    ['many weaker rules do not add up', [fired('a', 'person', 2), fired('b', 'organisation', 3),
      fired('c', 'organisation', 4), fired('d', 'organisation', 5)], 'person', 'a'],
    ['whatever order they come in', [fired('b', 'organisation', 7), fired('a', 'place', 1)], 'place', 'a'],
    // (a table of any length: ranks past the 53 whose powers of two a double sums exactly still order)
    ['ranks past 53', [fired('a', 'organisation', 70), fired('b', 'person', 69)], 'person', 'b'],
    ['nothing fired', [], null, null],
  ])('%s', (_, evidence, cls, reason) => {
    const decided = scoreEvidence(evidence);
    expect(decided?.cls ?? null).toBe(cls);
    expect(decided?.reason ?? null).toBe(reason);
  });

  it('a rule low in the ranks fires but loses to a stronger one: "analysts at" outranks a first name', () => {
    const evidence = firedFor('Analysts at Ann Whitcomb expect a rise.', 'Ann Whitcomb');
    expect(scoreEvidence(evidence)?.cls).toBe('organisation');
    // with the ranks turned round, the same evidence says person
    const turned = evidence.map((f) => ({ ...f, rank: f.key === 'first-name' ? 0 : 1 }));
    expect(scoreEvidence(turned)?.reason).toBe('first-name');
  });
});

describe('the scorer stops at the first rule that fires', () => {
  // every name span of every local rule's examples, plus spans where nothing or several classes fire
  const texts = [
    ...LOCAL_RULES.flatMap((r) => ('example' in r ? r.example.split('; ') : [])),
    'Analysts at Ann Whitcomb expect a rise.', 'The talks with Quellary ended.', 'Kelmontville beat Harwood 3-1.',
  ];
  it.each(texts)('%s', (text) => {
    const ctx = createContext(text, PUBLISHED);
    const spans = joinDefinedNames(ctx, nameSpans(ctx).flatMap((s) => refineSpan(ctx, s)));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const all = scoredEvidence(ctx, span);
      const early = scoredEvidence(ctx, span, true);
      // the early list is the full one's head, and decides the same
      expect(early).toEqual(all.slice(0, 1));
      expect(localEvidence(ctx, span)).toEqual(scoreEvidence(all));
    }
  });
  it('stops early where the strongest rule fired first', () => {
    const { ctx, span } = spanIn('Ann Whitcomb, who chairs the board, resigned.', 'Ann Whitcomb');
    expect(scoredEvidence(ctx, span).length).toBe(3);
    expect(scoredEvidence(ctx, span, true).map((f) => f.key)).toEqual(['first-name-in-context']);
  });
});

describe('weak evidence is decided by the same scorer', () => {
  it.each<[string, string, string[], string | null]>([
    // a game report's structure outweighs compromise's place tag for a town that plays
    ['Kelmontville beat Harwood 3-1 on Saturday in the league.', 'Kelmontville', ['sports-weak', 'compromise-tags'],
      'team-in-game-report'],
    ['Whitcomb said the plan would fail.', 'Whitcomb', ['frequent-surname'], 'surname-before-speech-verb'],
    ['Talks with Marta Quell ended.', 'Marta Quell', ['compromise-tags'], 'compromise-person'],
    // at a sentence's start only where a surname the lexicon knows ends the pair
    ['Maya Chen replaced Rob Hale as chief executive.', 'Maya Chen', ['compromise-tags'], 'compromise-person'],
    // a given name only the world list holds
    ['The plan came from Kalervo Tarvik last year.', 'Kalervo Tarvik', ['world-given-name'], 'world-given-name'],
    // a kind of business after a word no dictionary holds (not after a given name alone)
    ['Sales rose at Corlow Foods last year.', 'Corlow Foods', ['business-kind'], 'business-kind'],
    ['Sales rose at Marta Foods last year.', 'Marta Foods', [], null],
    // ...or after a surname the lexicon holds, a family's firm, also opening a sentence
    ['Pedersen Shipping filed for bankruptcy on Friday.', 'Pedersen Shipping', ['business-kind'],
      'business-kind'],
    ['The warehouse belongs to Orvane Office Supply.', 'Orvane Office Supply', ['business-kind'], 'business-kind'],
    ['Our partner, Kelsong Precision Manufacturing, helped.', 'Kelsong Precision Manufacturing', ['business-kind'],
      'business-kind'],
    // negative: nothing weak speaks for a word no tag, slot or game names
    ['Officials met in Kelmontville on Monday.', 'Kelmontville', [], null],
  ])('%s → %s: %j', (text, name, keys, reason) => {
    const { ctx, span } = spanIn(text, name);
    expect(scoredWeakEvidence(ctx, span, new Set()).map((f) => f.key)).toEqual(keys);
    expect(weakEvidence(ctx, span, new Set())?.reason ?? null).toBe(reason);
  });

  it('a surname that names an organisation elsewhere in the article is no weak person', () => {
    const { ctx, span } = spanIn('Whitcomb said the plan would fail.', 'Whitcomb');
    expect(weakEvidence(ctx, span, new Set(['whitcomb']))).toBeNull();
  });

  it('ranks: the weak rule sets in their order of strength', () => {
    expect([...WEAK_RANKS]).toEqual(WEAK_PRIORITY.map((key, i) => [key, i]));
  });
});

describe('the ranks table', () => {
  it('names every local rule once, and only local rules', () => {
    const keys = LOCAL_RULES.map(ruleKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...PRIORITY].sort());
    expect([...RULE_RANKS.keys()].sort()).toEqual([...PRIORITY].sort());
  });

  it('ranks the rules in the order of PRIORITY, strongest 0', () => {
    expect([...RULE_RANKS]).toEqual(PRIORITY.map((key, i) => [key, i]));
  });
});

describe('a weak tag yields to the same name given as a person elsewhere (refiners/same-name.ts)', () => {
  const name = (text: string, cls: NameClass, reason: string, start: number): ClassifiedName =>
    ({ first: 0, last: 2, start, end: start + text.length, text, cls, reason: reason as ClassifiedName['reason'],
      confidence: 0.65 });
  it.each([
    // a speaker's label the parse tagged a body, the person a given name of the world list found
    ['compromise-organization', 'person'],
    // a firmer decision stands
    ['org-head-word', 'organisation'],
  ])('an organisation by %s → %s', (reason, cls) => {
    const out = [
      name('Anand Velkar', 'person', 'world-given-name', 0), name('Anand Velkar', 'organisation', reason, 40),
    ];
    yieldWeakToFirm(out, () => null, () => false);
    expect(out[1]!.cls).toBe(cls);
  });
});
