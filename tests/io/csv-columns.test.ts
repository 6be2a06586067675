// facts.csv columns: the flags a spreadsheet user needs to add up figures without the JSON,
// appended after the original columns so positions stay stable.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, articleView, factToRow } from '../../src/export/csv.js';
import { extract } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers.js';

const rowsOf = (text: string) => {
  const result = extract(text, { id: 'a', published: PUBLISHED });
  const article = articleView(result);
  return result.facts.map((fact) => factToRow(article, fact));
};

describe('facts.csv columns', () => {
  it('keeps the original columns in place and appends the flags', () => {
    expect(CSV_COLUMNS.slice(0, 3)).toEqual(['article', 'id', 'type']);
    expect(CSV_COLUMNS.indexOf('sentence')).toBe(26);
    expect(CSV_COLUMNS.slice(27, 32)).toEqual(['relative', 'hit', 'anaphoric', 'additional', 'aggregate']);
  });

  it.each([
    ['two men were shot on Friday.', { kind: 'injured', hit: true, additional: false, aggregate: false }],
    ['A man was killed and three others were injured.', { kind: 'injured', count: 3, additional: true }],
    ['So far this year 40 people have been killed in shootings in the city.', { kind: 'killed', count: 40, aggregate: true }],
  ])('casualty flags: %s', (text, expected) => {
    const row = rowsOf(text).find((r) => r.type === 'casualty' && r.kind === expected.kind && (expected.count === undefined || r.count === expected.count));
    expect(row).toMatchObject(expected);
  });

  it('dates say whether they were resolved from the publication date', () => {
    const rows = rowsOf('The talks ended yesterday, and resume on 3 March 2026.').filter((r) => r.type === 'date');
    expect(rows.map((r) => [r.text, r.relative])).toEqual([['yesterday', true], ['3 March 2026', false]]);
    expect(rows.every((r) => r.hit === null)).toBe(true);
  });
});
