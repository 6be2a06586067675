// facts.csv: one CSV row per fact, long format; articles.csv: one row per article. Both safe to open in
// a spreadsheet: formulas escaped, numbers left as numbers, RFC 4180 quoting, UTF-8 BOM unless asked not to.
import { stringify } from 'csv-stringify/sync';
import type { Fact, FactType } from '../facts/index.js';
import type { ArticleFailure } from '../io/inputs.js';
import { totalsDetail, type FigureInTotals } from '../refine/totals.js';
import type { ArticleResult } from '../result.js';

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

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

/** One fact as a facts.csv row; `inTotals` (casualties) comes from the article's totals (see totalsDetail). */
export function factToRow(article: string, fact: Fact, inTotals?: FigureInTotals): Row {
  const row: Row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as Row;
  Object.assign(row, {
    article, id: fact.id, type: fact.type, text: fact.text, start: fact.start, end: fact.end,
    confidence: fact.confidence, reason: fact.reason, sentence: fact.sentence,
  });
  switch (fact.type) {
    case 'organisation':
      Object.assign(row, { name: fact.name, aliases: fact.aliases.join('; '), mentions: fact.mentions.length });
      break;
    case 'person':
      Object.assign(row, { name: fact.name, role: fact.role, affiliation: fact.affiliation, mentions: fact.mentions.length });
      break;
    case 'date':
      Object.assign(row, { value: fact.value, granularity: fact.granularity, relative: fact.relative, iso: fact.iso });
      break;
    case 'casualty':
      Object.assign(row, {
        kind: fact.kind, count: fact.count, min: fact.min, max: fact.max, approximate: fact.approximate,
        victims: fact.victims, subset_of: fact.subset_of, event: fact.event?.text ?? null,
        perpetrator: fact.perpetrator?.text ?? null, location: fact.location?.text ?? null, date: fact.date?.value ?? null,
        hit: fact.hit, anaphoric: fact.anaphoric, additional: fact.additional, aggregate: fact.aggregate,
        in_totals: (inTotals?.counted ?? 0) > 0, counted: inTotals?.counted ?? 0, incident: inTotals?.incident ?? null,
        figure_role: fact.figure_role,
      });
      break;
  }
  return row;
}

/** articles.csv: what a spreadsheet needs to list, filter and total articles without the JSON. */
export const ARTICLE_COLUMNS = [
  'article', 'source', 'published', 'published_from', 'published_span', 'title',
  'organisations', 'people', 'dates', 'casualties', 'killed', 'injured', 'status', 'error',
] as const;

type ArticleRow = Record<(typeof ARTICLE_COLUMNS)[number], string | number | null>;

/** Fact-count columns of articles.csv, in factTypes order. */
// (a type-only import of the registry: this module loads in the main thread, which never loads the NLP)
export const COUNT_COLUMNS = { organisation: 'organisations', person: 'people', date: 'dates', casualty: 'casualties' } as const satisfies Record<FactType, (typeof ARTICLE_COLUMNS)[number]>;

const TITLE_MAX = 200;

/** An article's title: its first non-blank line, cut at 200 characters. */
export function titleOf(text: string): string {
  const line = /^[ \t]*(\S[^\r\n]*)/m.exec(text)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1).trimEnd()}…` : line;
}

export function articleRow(result: ArticleResult, text: string): ArticleRow {
  const counts = Object.fromEntries(Object.entries(COUNT_COLUMNS).map(([t, column]) => [column, result.facts.filter((f) => f.type === t).length]));
  return {
    article: result.id, source: result.source, published: result.published,
    // where the date came from, and for a date read from the article the words it was read from
    published_from: result.published_from, published_span: result.published_span?.text ?? null,
    title: titleOf(text),
    ...(counts as Record<(typeof COUNT_COLUMNS)[keyof typeof COUNT_COLUMNS], number>),
    killed: result.totals.killed, injured: result.totals.injured, status: 'ok', error: null,
  };
}

export function failureRow(failure: ArticleFailure): ArticleRow {
  const row = Object.fromEntries(ARTICLE_COLUMNS.map((c) => [c, null])) as ArticleRow;
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
    string: (s: string, context: { column?: string | number; header?: boolean }) => (context.column === 'value' && !context.header ? { value: s, quote: '"', quoted: true } : s),
  },
} as const;

export function csvHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]], options);
}

export function csvRows(result: ArticleResult): string {
  if (result.facts.length === 0) return '';
  const { figures } = totalsDetail(result.facts);
  return stringify(result.facts.map((f) => factToRow(result.id, f, figures.get(f.id))), { ...options, columns: [...CSV_COLUMNS] });
}

export function articlesHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + stringify([[...ARTICLE_COLUMNS]], options);
}

export function articlesCsvRow(row: ArticleRow): string {
  return stringify([row], { ...options, columns: [...ARTICLE_COLUMNS] });
}
