// How casualty figures show in the outputs and are scored (see FactPresentation), with how each
// figure stands in the article's totals.
import { z } from 'zod';
import { classOf, escapeHtml as e, factLink, orDash } from '../../export/html-cells.js';
import type { FigureInTotals, TotalsNote } from '../../refine/totals.js';
import { matchByValue, spanItem } from '../../validate/match.js';
import type { ScoredItem } from '../../validate/score.js';
import type { FactPresentation, HtmlColumn } from '../types.js';
import { CasualtyFact } from './schema.js';

const KILLED_COLOUR = '#ff9fae';
const INJURED_COLOUR = '#fed38a';

/** How a figure stands in the totals, in words (the totals column and the note under the table). */
export const TOTALS_NOTE_TEXT: Record<TotalsNote, string> = {
  counted: 'counted',
  part: 'counted in part: the rest are among the killed',
  repeat: 'left out: its event is already counted (a repeat, a smaller figure, or a toll since updated)',
  subset: 'left out: part of a larger figure',
  aggregate: 'left out: a statistic over many events',
  background: 'left out: another, earlier event than the article\'s',
  zero: 'left out: no one',
};

function casualtyCount(fact: CasualtyFact): string {
  const range = fact.min !== null || fact.max !== null ? ` (${fact.min ?? '?'}–${fact.max ?? '?'})` : '';
  return `${fact.approximate ? '≈ ' : ''}${fact.count}${range}`;
}

function totalsCell(figure: FigureInTotals | undefined): string {
  if (!figure) return orDash(null);
  const text = TOTALS_NOTE_TEXT[figure.note];
  if (figure.note === 'counted') return `<span class="in">✓ ${figure.counted}</span>`;
  if (figure.note === 'part') {
    const why = e(text.replace(/^counted in part: /, ''));
    return `<span class="in" title="${e(text)}">✓ ${figure.counted}</span> <span class="why">${why}</span>`;
  }
  return `<span class="why out">${e(text.replace(/^left out: /, ''))}</span>`;
}

/** Under the casualty table: how many figures the totals leave out, and why. */
function totalsNote(facts: CasualtyFact[], figures: ReadonlyMap<string, FigureInTotals>): string {
  const out = new Map<TotalsNote, number>();
  for (const f of facts) {
    const note = figures.get(f.id)?.note;
    if (note && note !== 'counted' && note !== 'part') out.set(note, (out.get(note) ?? 0) + 1);
  }
  const n = [...out.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return '';
  const reasons = [...out]
    .map(([note, k]) => `${k} ${TOTALS_NOTE_TEXT[note].replace(/^left out: /, '').replace(/ \(.*\)$/, '')}`)
    .join('; ');
  return (
    `<p class="note" id="totals-note"><b>${n} figure(s) left out of the totals</b>, each event being counted once: ` +
    `${e(reasons)}. The “totals” column says why for each figure.</p>`
  );
}

/** How the figure stands in the totals: whether it is in them, how much of it, and in which event. */
const inTotals = (figure: FigureInTotals | undefined) => ({
  in_totals: (figure?.counted ?? 0) > 0,
  counted: figure?.counted ?? 0,
  incident: figure?.incident ?? null,
});

const linked = (fact: CasualtyFact) => ({
  event: fact.event?.text ?? null,
  perpetrator: fact.perpetrator?.text ?? null,
  location: fact.location?.text ?? null,
  date: fact.date?.value ?? null,
});

const COLUMNS: ReadonlyArray<HtmlColumn<CasualtyFact>> = [
  { head: 'kind', cell: (f) => `<span class="dot k-${classOf(f.kind)}"></span>${e(f.kind)}` },
  { head: 'count', cell: (f) => e(casualtyCount(f)), numeric: true },
  { head: 'victims', cell: (f) => orDash(f.victims) },
  { head: 'event', cell: (f) => orDash(f.event?.text) },
  {
    head: 'date',
    cell: (f) => (f.date ? (f.date.value ? `<code>${e(f.date.value)}</code>` : e(f.date.text)) : orDash(null)),
  },
  { head: 'perpetrator', cell: (f) => orDash(f.perpetrator?.text) },
  { head: 'location', cell: (f) => orDash(f.location?.text) },
  { head: 'part of', cell: (f) => (f.subset_of ? factLink(f.subset_of) : orDash(null)) },
];

const gold = {
  casualties: z
    .array(
      z.object({
        kind: z.enum(['killed', 'injured']),
        count: z.int().nonnegative(),
        subset: z.boolean().default(false),
        text: z.string().optional(),
      }),
    )
    .optional(),
};
type CasualtyGold = { [K in keyof typeof gold]: z.infer<(typeof gold)[K]> };

const key = (c: { kind: string; count: number }): string => `${c.kind} ${c.count}`;

export const casualtyPresentation: FactPresentation<CasualtyFact> = {
  type: 'casualty',
  schema: CasualtyFact,
  spans: (fact) => [fact.event, fact.location, fact.perpetrator, fact.date].filter((s) => s !== null),
  countColumn: 'casualties',
  csv: {
    columns: [
      'kind', 'count', 'min', 'max', 'approximate', 'victims', 'subset_of', 'event', 'perpetrator', 'location', 'date',
      'hit', 'anaphoric', 'additional', 'aggregate', 'in_totals', 'counted', 'incident', 'figure_role',
    ],
    row: (fact, article) => ({
      kind: fact.kind, count: fact.count, min: fact.min, max: fact.max, approximate: fact.approximate,
      victims: fact.victims, subset_of: fact.subset_of, ...linked(fact),
      hit: fact.hit, anaphoric: fact.anaphoric, additional: fact.additional, aggregate: fact.aggregate,
      ...inTotals(article.figures.get(fact.id)),
      figure_role: fact.figure_role,
    }),
  },
  xlsx: {
    sheet: 'Casualties',
    columns: [
      'article', 'id', 'kind', 'count', 'min', 'max', 'approximate', 'victims', 'in_totals', 'counted', 'incident',
      'figure_role', 'subset_of', 'hit', 'anaphoric', 'additional', 'aggregate', 'event', 'perpetrator', 'location',
      'date', 'text', 'start', 'end', 'confidence', 'reason',
    ],
    cells: (fact, article) => ({
      kind: fact.kind, count: fact.count, min: fact.min, max: fact.max, approximate: fact.approximate,
      victims: fact.victims, ...inTotals(article.figures.get(fact.id)),
      figure_role: fact.figure_role, subset_of: fact.subset_of,
      hit: fact.hit, anaphoric: fact.anaphoric, additional: fact.additional, aggregate: fact.aggregate,
      ...linked(fact),
    }),
  },
  html: {
    label: 'CASUALTY',
    title: 'Casualty events',
    colour: KILLED_COLOUR,
    fields: (fact) => [
      ['count', casualtyCount(fact)],
      ['kind', fact.kind],
      ['victims', fact.victims],
      ['event', fact.event?.text ?? null],
      ['perpetrator', fact.perpetrator?.text ?? null],
      ['location', fact.location?.text ?? null],
      ['date', fact.date ? `${fact.date.text}${fact.date.value ? ` (${fact.date.value})` : ''}` : null],
      ['part of', fact.subset_of],
    ],
    columns: COLUMNS,
    // killed and injured in colours of their own, in the text, the legend and the table's dots
    variant: (fact) => fact.kind,
    variants: ['killed', 'injured'],
    css: [
      `.t-casualty.k-injured, mark.hl.t-casualty.k-injured, .dot.k-injured { background: ${INJURED_COLOUR}; }`,
      `.dot.k-killed { background: ${KILLED_COLOUR}; }`,
    ],
    table: (facts, { result, figures }) => ({
      columns: [{ head: 'totals', cell: (f) => totalsCell(figures.get(f.id)) }],
      foot:
        'Totals (each event once, parts not added): ' +
        `${result.totals.killed} killed, ${result.totals.injured} injured`,
      note: totalsNote(facts, figures),
    }),
  },
  score: {
    gold,
    match: (facts, raw) => {
      const g = raw as CasualtyGold;
      if (!g.casualties) return null;
      const predicted = facts.map((f) => spanItem(f, { value: key(f), fact: f.id }));
      const expected = g.casualties.map((c): ScoredItem => ({ text: c.text ?? key(c), value: key(c) }));
      return matchByValue(predicted, expected);
    },
  },
};
