// Inputs built to make regexes backtrack. The bound is deliberately generous (seconds for text that
// takes milliseconds): it catches an exponential regression, not a slow machine.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const cases: Array<[string, string]> = [
  ['capitalised words', 'Alpha Beta Gamma Delta '.repeat(2_000)],
  ['hyphens', 'Lashkar-e-'.repeat(3_000) + 'x'],
  ['digits', '1,'.repeat(5_000) + '1 killed'],
  ['spaces', 'killed' + ' '.repeat(20_000) + 'ten'],
  ['number words', 'twenty-one hundred and '.repeat(1_500)],
  ['open brackets', '(' + 'A '.repeat(5_000)],
  ['words before a casualty verb', 'the '.repeat(10_000) + 'were killed'],
];

describe('pathological input stays fast', () => {
  it.each(cases)('%s', (_, text) => {
    const started = performance.now();
    const result = extract(text, { published: '2025-08-13' });
    const elapsed = performance.now() - started;
    expect(result.validation.rejected).toEqual([]);
    // ~10k-20k characters parse in well under a second; exponential backtracking takes minutes
    expect(elapsed).toBeLessThan(15_000);
  });
});
