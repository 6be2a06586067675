// Adding a fact type: a folder (tests/facts/toy-amount/) and one registration line bring it into the
// JSON, CSV, xlsx rows, HTML report and eval scoring, with no change anywhere in src/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { articleRow, csvHeader, csvRows } from '../../src/export/csv.js';
import { articleHtml, indexEntry, indexHtml } from '../../src/export/html.js';
import { toJson } from '../../src/export/json.js';
import { xlsxRows } from '../../src/export/xlsx.js';
import { registerFactType, registeredTypes } from '../../src/facts/registry.js';
import { parseCorpusLine } from '../../src/io/inputs.js';
import { extract } from '../../src/pipeline.js';
import { thresholdNames } from '../../src/validate/thresholds.js';
import { aggregate, formatReport, scoreArticle } from '../../src/validate/score.js';
import { PUBLISHED } from '../helpers.js';
import { amountModule } from './toy-amount/amount.js';

// our own sentence: one organisation, one date and two amounts
const TEXT = 'Acme Corporation said on Monday it would pay $3.5 million and €200 to settle the claim.';

let unregister: () => void;
beforeAll(() => {
  unregister = registerFactType(amountModule); // the one registry line
});
afterAll(() => unregister());

const result = () => extract(TEXT, { id: 'acme', published: PUBLISHED });
const amounts = () => result().facts.filter((f) => (f.type as string) === 'amount');

describe('a fact type registered at run time', () => {
  it('is extracted after the built-in types, with registry ids, validated by its own schema', () => {
    const r = result();
    expect(registeredTypes().map((t) => t.type)).toEqual(['organisation', 'person', 'date', 'casualty', 'amount']);
    expect(r.validation.rejected).toEqual([]);
    expect(amounts().map((f) => [f.id, f.text, TEXT.slice(f.start, f.end)])).toEqual([
      ['amount-1', '$3.5 million', '$3.5 million'],
      ['amount-2', '€200', '€200'],
    ]);
    expect(r.facts.map((f) => f.type)).toContain('organisation');
  });

  it('comes out in the JSON with its own fields', () => {
    const json = JSON.parse(toJson(result())) as { facts: Array<Record<string, unknown>> };
    expect(json.facts.filter((f) => f.type === 'amount')).toMatchObject([
      { currency: 'USD', amount: 3_500_000, reason: 'symbol-number', sentence: TEXT },
      { currency: 'EUR', amount: 200 },
    ]);
  });

  it('comes out in facts.csv (its columns appended) and articles.csv (its count)', () => {
    const header = parse(csvHeader(false)) as string[][];
    expect(header[0]!.slice(-2)).toEqual(['currency', 'amount']);
    const rows = parse(csvHeader(false) + csvRows(result()), { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.type === 'amount').map((r) => [r.id, r.text, r.currency, r.amount])).toEqual([
      ['amount-1', '$3.5 million', 'USD', '3500000'],
      ['amount-2', '€200', 'EUR', '200'],
    ]);
    expect(articleRow(result(), TEXT)).toMatchObject({ organisations: 1, amounts: 2 });
  });

  it('gets a sheet of its own in facts.xlsx', () => {
    expect(xlsxRows(result(), TEXT).Amounts).toEqual([
      ['acme', 'amount-1', 'USD', 3_500_000, '$3.5 million', 45, 57],
      ['acme', 'amount-2', 'EUR', 200, '€200', 62, 66],
    ]);
  });

  it.each([
    ['a highlight with its label', '<mark class="hl t-amount" id="m-amount-1" data-fact="amount-1" data-type="amount"'],
    ['its colour', '.t-amount, mark.hl.t-amount { background: #ffe08a; }'],
    ['a table with its title and columns', '<h2><span class="swatch t-amount"></span>Amounts <span class="count">2</span></h2>'],
    ['a card with its fields', '<dt>amount</dt><dd>USD 3500000</dd>'],
    ['a legend entry', 'data-label="MONEY">amounts</mark> 2</li>'],
  ])('shows in the HTML report: %s', (_, html) => {
    expect(articleHtml(result(), TEXT)).toContain(html);
  });

  it('has a column in the batch index', () => {
    expect(indexHtml([indexEntry(result(), 'acme.html', TEXT)])).toContain('<span class="swatch t-amount"></span>amounts</th>');
  });

  it('is scored against gold under its own key, read from a corpus line', () => {
    const line = { id: 'acme', text: TEXT, published: PUBLISHED, gold: { amounts: [{ currency: 'USD', amount: 3_500_000 }, { currency: 'EUR', amount: 300 }] } };
    const item = parseCorpusLine(JSON.stringify(line), 'corpus.jsonl:1');
    expect('article' in item && item.article.gold).toEqual(line.gold);
    const score = scoreArticle(result(), line.gold);
    expect(score.counts).toEqual({ amount: { tp: 1, fp: 1, fn: 1 } });
    const report = aggregate([score]);
    expect(report.types.amount).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(formatReport(report, 'toy')).toMatch(/^amount +50\.0 +50\.0 +50\.0 +1\/1\/1$/m);
    expect(thresholdNames()).toContain('amount');
  });

  it('leaves the outputs as they were once removed', () => {
    unregister();
    try {
      expect(result().facts.some((f) => (f.type as string) === 'amount')).toBe(false);
      expect(csvHeader(false)).not.toContain('currency');
    } finally {
      unregister = registerFactType(amountModule);
    }
  });
});
