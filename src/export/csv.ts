// facts.csv: one CSV row per fact, long format; articles.csv: one row per article. Both safe to open in
// a spreadsheet: formulas escaped, numbers left as numbers, RFC 4180 quoting, UTF-8 BOM unless asked not to.
import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../facts/index.js';
import { fromRegistry, presentationOf, registeredTypes } from '../facts/registry.js';
import type { ArticleView, CsvCell } from '../facts/types.js';
import type { ArticleFailure } from '../io/inputs.js';
import { datesOnly } from '../published/read.js';
import { totalsDetail } from '../refine/totals.js';
import type { ArticleResult } from '../result.js';

/** facts.csv's columns, in a fixed order that scripts read by position: new ones are appended. */
export const CSV_COLUMNS = [
  'article', 'id', 'type', 'text', 'start', 'end', 'name', 'value', 'aliases', 'role', 'affiliation',
  'kind', 'count', 'min', 'max', 'approximate', 'victims', 'subset_of', 'event', 'perpetrator',
  'location', 'date', 'granularity', 'mentions', 'confidence', 'reason', 'sentence',
  // appended, so scripts that read columns by position keep working
  'relative', 'hit', 'anaphoric', 'additional', 'aggregate',
  // dates: the ISO day a value starts on; casualties: how the figure stands in the article's totals
  'iso', 'in_totals', 'counted', 'incident',
  // casualties: a figure of its own, a running toll, a part of another, or one of coordinated subjects
  'figure_role',
] as const;

type Row = Record<string, CsvCell>;

/** facts.csv's columns: the fixed ones above, then any a fact type added later fills. */
export const csvColumns = fromRegistry((): string[] => {
  const columns: string[] = [...CSV_COLUMNS];
  for (const type of registeredTypes()) for (const c of type.csv.columns) if (!columns.includes(c)) columns.push(c);
  return columns;
});

/** The article as exporters see it: what needs the whole article (the totals) is computed once. */
export function articleView(result: ArticleResult): ArticleView {
  return { id: result.id, result, figures: totalsDetail(result.facts, undefined, result.published).figures };
}

/** One fact as a facts.csv row: the columns every fact has, then its type's own. */
export function factToRow(article: ArticleView, fact: Fact): Row {
  const row: Row = Object.fromEntries(csvColumns().map((c) => [c, null]));
  Object.assign(row, {
    article: article.id, id: fact.id, type: fact.type, text: fact.text, start: fact.start, end: fact.end,
    confidence: fact.confidence, reason: fact.reason, sentence: fact.sentence,
  });
  const type = presentationOf(fact.type);
  if (type) Object.assign(row, type.csv.row(fact, article));
  return row;
}

const ARTICLE_HEAD = ['article', 'source', 'published', 'published_from', 'published_span', 'title'] as const;
const ARTICLE_TAIL = ['killed', 'injured', 'status', 'error'] as const;

/** articles.csv: what a spreadsheet needs to list, filter and total articles without the JSON. */
export const articleColumns = fromRegistry((): string[] => [
  ...ARTICLE_HEAD,
  // a fact count per type, in registry order
  ...registeredTypes().map((t) => t.countColumn),
  ...ARTICLE_TAIL,
]);

/** articles.csv's columns with the built-in fact types. */
export const ARTICLE_COLUMNS: readonly string[] = articleColumns();

type ArticleRow = Record<string, string | number | null>;

const TITLE_MAX = 200;

/** An article's title: its first non-blank line that is not only its date, cut at 200 characters. */
export function titleOf(text: string): string {
  // the head is enough: the title is cut at TITLE_MAX anyway
  const lines = text.slice(0, 8000).split(/\r?\n|\r/).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const line = lines.slice(0, 3).find((l) => !datesOnly(l)) ?? lines[0] ?? '';
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1).trimEnd()}…` : line;
}

export function articleRow(result: ArticleResult, text: string): ArticleRow {
  const counts = registeredTypes().map((t) => [t.countColumn, result.facts.filter((f) => f.type === t.type).length]);
  return {
    article: result.id, source: result.source, published: result.published,
    // where the date came from, and for a date read from the article the words it was read from
    published_from: result.published_from, published_span: result.published_span?.text ?? null,
    title: titleOf(text),
    ...Object.fromEntries(counts),
    killed: result.totals.killed, injured: result.totals.injured, status: 'ok', error: null,
  };
}

export function failureRow(failure: ArticleFailure): ArticleRow {
  const row: ArticleRow = Object.fromEntries(articleColumns().map((c) => [c, null]));
  return { ...row, article: failure.id, source: failure.source, status: 'error', error: failure.error };
}

// `value` is always quoted: a TIMEX3 value such as "203" (the 2030s) is text, and a spreadsheet that
// imports quoted fields as text (LibreOffice: "Format quoted field as text") keeps it so
const options = {
  escape_formulas: true,
  quoted_match: /[\r\n",]/,
  record_delimiter: '\r\n',
  cast: {
    boolean: (b: boolean) => (b ? 'true' : 'false'),
    string: (s: string, context: { column?: string | number; header?: boolean }) =>
      context.column === 'value' && !context.header ? { value: s, quote: '"', quoted: true } : s,
  },
} as const;

export function csvHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + stringify([csvColumns()], options);
}

export function csvRows(result: ArticleResult): string {
  if (result.facts.length === 0) return '';
  const article = articleView(result);
  return stringify(result.facts.map((f) => factToRow(article, f)), { ...options, columns: csvColumns() });
}

export function articlesHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + stringify([articleColumns()], options);
}

export function articlesCsvRow(row: ArticleRow): string {
  return stringify([row], { ...options, columns: articleColumns() });
}
