// Every gold fixture in fixtures/ must score at least its thresholds. Adding a case is adding
// NAME.gold.json (and NAME.txt, or a "source" path) to fixtures/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { loadFixture } from '../src/evaluate.js';
import { aggregate, scoreArticle } from '../src/validate/score.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
// the floor every fixture must keep; raise it as extraction improves, never lower it to pass
const MIN_F1: Record<string, number> = { date: 1, casualty: 1, organisation: 1, person: 0.85 };

const fixtures = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.gold.json'));

describe.each(fixtures)('fixture %s', (file) => {
  const article = loadFixture(join(FIXTURES, file));
  const result = extract(article.text, article);
  const report = aggregate([scoreArticle(result, article.gold)]);

  it.each(Object.entries(MIN_F1))('%s F1 ≥ %d', (type, min) => {
    if (!report.types[type]) return;
    expect(report.types[type].f1).toBeGreaterThanOrEqual(min);
  });

  it('has the gold totals', () => {
    if (article.gold.totals?.killed !== undefined) expect(result.totals.killed).toBe(article.gold.totals.killed);
    if (article.gold.totals?.injured !== undefined) expect(result.totals.injured).toBe(article.gold.totals.injured);
  });

  it('keeps every offset true to the text', () => {
    for (const fact of result.facts) expect(article.text.slice(fact.start, fact.end)).toBe(fact.text);
    expect(result.validation.rejected).toEqual([]);
  });
});
