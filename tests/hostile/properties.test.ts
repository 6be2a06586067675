// Property-based guarantees for arbitrary text: extraction never throws, every offset holds,
// every result passes its schema, and JSON output round-trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ArticleResult } from '../../src/result.js';

// words that trigger every extractor, mixed with arbitrary Unicode (emoji, combining marks, RTL, controls)
const newsWord = fc.constantFrom(
  'killed', 'injured', 'ten', '31', 'civilians', 'including', 'eight', 'students', 'Army', 'Front', '(FBA)', 'President',
  'John', 'Smith', 'said', 'on', 'Tuesday', 'in', 'April', 'May', '2023', 'the', 'al-', 'e-', 'Bank', 'of', 'at least',
  'dozens', 'death toll', 'rose to', '45', ',', '.', '\n', '\r\n', '’s', '"', '-', '/', 'Corp', 'LLC', 'US', 'UN',
);
const exotic = fc.constantFrom('😀', '👩‍👩‍👧', 'e\u0301', '\u202Eabc', 'مرحبا', 'שלום', '\u0000', '\u0007', '\u200B', '\uFEFF', '\t', '   ', '𝔘𝔫𝔦');
const token = fc.oneof({ weight: 5, arbitrary: newsWord }, { weight: 2, arbitrary: exotic }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) });
const article = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(' '));

function checkInvariants(text: string, published: string | null): void {
  const started = performance.now();
  const result = extract(text, { published });
  // linear in the length, with a generous constant: catches runaway backtracking, not a slow machine
  expect(performance.now() - started).toBeLessThan(3_000 + 20 * text.length);
  expect(ArticleResult.safeParse(result).success).toBe(true);
  expect(result.validation.rejected).toEqual([]);
  for (const fact of result.facts) {
    expect(fact.start).toBeGreaterThanOrEqual(0);
    expect(fact.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(fact.start, fact.end)).toBe(fact.text);
    if (fact.type === 'organisation' || fact.type === 'person') {
      for (const m of fact.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('extraction on arbitrary text', () => {
  it('never throws, keeps offsets true and passes its schema (news-like text)', () => {
    fc.assert(fc.property(article, fc.constantFrom('2025-08-13', null), (text, published) => checkInvariants(text, published)), { numRuns: 150 });
  });

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkInvariants(text, '2025-08-13')), { numRuns: 150 });
  });
});
