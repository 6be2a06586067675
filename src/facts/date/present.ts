// How dates show in the outputs and are scored (see FactPresentation).
import { z } from 'zod';
import { escapeHtml as e, orDash } from '../../export/html-cells.js';
import { dayCell } from '../../export/xlsx-cell.js';
import { GoldSpan } from '../../validate/gold-spans.js';
import { spanItem } from '../../validate/match.js';
import type { ScoredItems } from '../../validate/score.js';
import type { FactPresentation } from '../types.js';
import { DateFact } from './schema.js';

const gold = {
  // gold values are whatever the annotators wrote (durations and times too); they are compared as strings
  dates: z.array(GoldSpan.extend({ value: z.string().min(1).nullable() })).optional(),
};
type DateGold = { [K in keyof typeof gold]: z.infer<(typeof gold)[K]> };

/** Relaxed: each gold date takes the first unused prediction that overlaps it; then values are compared. */
function matchDates(predicted: DateFact[], expected: NonNullable<DateGold['dates']>): ScoredItems {
  const used = new Set<number>();
  const items: ScoredItems = { matched: [], missed: [], spurious: [] };
  for (const g of expected) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && p.end > g.start);
    if (i < 0) {
      items.missed.push(spanItem(g, { value: g.value }));
      continue;
    }
    used.add(i);
    const p = predicted[i]!;
    const wrong = p.value === g.value ? {} : { expected: g.value };
    items.matched.push(spanItem(p, { value: p.value, fact: p.id, ...wrong }));
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) items.spurious.push(spanItem(p, { value: p.value, fact: p.id }));
  });
  return items;
}

export const datePresentation: FactPresentation<DateFact> = {
  type: 'date',
  schema: DateFact,
  spans: () => [],
  countColumn: 'dates',
  csv: {
    columns: ['value', 'granularity', 'relative', 'iso'],
    row: (fact) => ({ value: fact.value, granularity: fact.granularity, relative: fact.relative, iso: fact.iso }),
  },
  xlsx: {
    sheet: 'Dates',
    columns: [
      'article', 'id', 'text', 'value', 'day', 'iso', 'granularity', 'relative', 'start', 'end', 'confidence', 'reason',
    ],
    // `day`: the date itself when the value is one calendar day; `iso`: the day a coarser value starts on
    cells: (fact) => ({
      value: fact.value,
      day: fact.granularity === 'day' ? dayCell(fact.iso) : null,
      iso: fact.iso,
      granularity: fact.granularity,
      relative: fact.relative,
    }),
  },
  html: {
    label: 'DATE',
    title: 'Dates',
    colour: '#bfe1d9',
    fields: (fact) => [
      ['value', fact.value ?? 'unresolved'],
      ['granularity', fact.granularity],
      ['first day', fact.iso],
      ['relative', fact.relative ? 'yes, to the publication date' : 'no'],
    ],
    columns: [
      { head: 'text', cell: (f) => e(f.text) },
      {
        head: 'value',
        cell: (f) => (f.value ? `<code>${e(f.value)}</code>` : '<span class="empty">unresolved</span>'),
      },
      { head: 'granularity', cell: (f) => orDash(f.granularity) },
    ],
  },
  score: {
    gold,
    match: (facts, raw) => {
      const g = raw as DateGold;
      return g.dates ? matchDates(facts, g.dates) : null;
    },
    // value F1 = relaxed F1 × value accuracy (the TempEval-3 convention)
    valueMeasure: 'date.value',
  },
};
