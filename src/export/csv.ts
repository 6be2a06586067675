// One CSV row per fact, long format, safe to open in a spreadsheet: formulas escaped,
// numbers left as numbers, RFC 4180 quoting, UTF-8 BOM unless asked not to.
import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../facts/index.js';
import type { ArticleResult } from '../result.js';

export const CSV_COLUMNS = [
  'article', 'id', 'type', 'text', 'start', 'end', 'name', 'value', 'aliases', 'role', 'affiliation',
  'kind', 'count', 'min', 'max', 'approximate', 'victims', 'subset_of', 'event', 'perpetrator',
  'location', 'date', 'granularity', 'mentions', 'confidence', 'reason', 'sentence',
  // appended, so scripts that read columns by position keep working
  'relative', 'hit', 'anaphoric', 'additional', 'aggregate',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

export function factToRow(article: string, fact: Fact): Row {
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
      Object.assign(row, { value: fact.value, granularity: fact.granularity, relative: fact.relative });
      break;
    case 'casualty':
      Object.assign(row, {
        kind: fact.kind, count: fact.count, min: fact.min, max: fact.max, approximate: fact.approximate,
        victims: fact.victims, subset_of: fact.subset_of, event: fact.event?.text ?? null,
        perpetrator: fact.perpetrator?.text ?? null, location: fact.location?.text ?? null, date: fact.date?.value ?? null,
        hit: fact.hit, anaphoric: fact.anaphoric, additional: fact.additional, aggregate: fact.aggregate,
      });
      break;
  }
  return row;
}

const options = { escape_formulas: true, quoted_match: /[\r\n",]/, record_delimiter: '\r\n', cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } } as const;

export function csvHeader(bom = true): string {
  return (bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]], options);
}

export function csvRows(result: ArticleResult): string {
  if (result.facts.length === 0) return '';
  return stringify(result.facts.map((f) => factToRow(result.id, f)), { ...options, columns: [...CSV_COLUMNS] });
}
