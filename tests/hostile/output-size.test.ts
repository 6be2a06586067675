// Output bounded by input: a fact keeps at most SENTENCE_WINDOW characters of its sentence (with the
// offset where they start), so a 40 KB one-sentence list no longer writes its sentence once per fact.
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../src/export/csv.js';
import { articleJsonSchema } from '../../src/export/json-schema.js';
import { SENTENCE_WINDOW } from '../../src/facts/common.js';
import { extract } from '../../src/pipeline.js';

let dates = 'The hearings fell on ';
for (let i = 0; dates.length < 40_000; i++) dates += `${(i % 28) + 1} May ${2000 + (i % 25)}, `;
dates += 'and the last one.';
let names = 'Among the groups were ';
for (let i = 0; names.length < 40_000; i++) names += `Orvak${i} Brigade, `;

describe.each([
  ['a one-sentence list of dates', dates],
  ['a one-sentence list of group names', names],
])('%s (40 KB)', (_, text) => {
  const result = extract(text, { id: 'list', published: '2025-08-13' });

  it('has many facts, each with a bounded window of its sentence that holds its offsets', () => {
    expect(result.facts.length).toBeGreaterThan(1_000);
    expect(result.validation.rejected).toEqual([]);
    for (const f of result.facts) {
      expect(f.sentence.length).toBeLessThanOrEqual(SENTENCE_WINDOW);
      expect(text.slice(f.sentence_start, f.sentence_start + f.sentence.length)).toBe(f.sentence);
      // the fact is inside its window
      expect(f.sentence_start).toBeLessThanOrEqual(f.start);
      expect(f.sentence_start + f.sentence.length).toBeGreaterThanOrEqual(f.end);
    }
  });

  it('writes JSON and CSV of a size linear in the input: under 60 times it (was 1,000 times)', () => {
    expect(JSON.stringify(result).length).toBeLessThan(text.length * 60);
    expect(csvRows(result).length).toBeLessThan(text.length * 60);
  });
});

describe('sentence windows', () => {
  it('a short sentence is kept whole, with its start', () => {
    const text = 'Headline\n\nOn Tuesday, two people were injured in Brenmoor. Police said so.';
    const date = extract(text, { published: '2025-08-13' }).facts.find((f) => f.type === 'date')!;
    expect(date.sentence).toBe('On Tuesday, two people were injured in Brenmoor.');
    expect(date.sentence_start).toBe(10);
  });

  it('the JSON Schema states the bound and the offset', () => {
    const schema = JSON.stringify(articleJsonSchema());
    expect(schema).toContain('"sentence_start"');
    expect(schema).toContain(`"maxLength":${SENTENCE_WINDOW}`);
  });
});
