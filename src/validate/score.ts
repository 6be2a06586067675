// Scoring extraction against gold. Matching policy (documented in the README):
// - mentions: exact span and type; entities (fixtures): normalised name or any alias in common
// - dates: overlapping spans (relaxed), then the value must be equal (value accuracy)
// - casualties: same kind and count; totals: exact per key
import type { ArticleResult } from '../result.js';
import type { Fact } from '../facts/index.js';
import { normaliseName } from '../facts/names.js';
import type { Gold } from './gold.js';

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }
export interface Accuracy { correct: number; total: number; accuracy: number }

/** One fact or gold annotation in an evaluation diff. */
export interface ScoredItem {
  /** as the article writes it (a fixture entity: its gold or predicted name) */
  text: string;
  start?: number;
  end?: number;
  /** the normalised value: an entity's name, a date's TIMEX3 value, a casualty's "kind count" */
  value?: string | null;
  /** id of the predicted fact (matched and spurious items) */
  fact?: string;
  /** for a matched item: the gold value when the prediction's differs (dates) */
  expected?: string | null;
}

/** What one type's scoring found: matched (tp), missed (fn) and spurious (fp) items. */
export interface ScoredItems {
  matched: ScoredItem[];
  missed: ScoredItem[];
  spurious: ScoredItem[];
}

export interface ArticleScore {
  id: string;
  counts: Record<string, Counts>;
  dateValues: { correct: number; matched: number };
  totals: Record<string, { expected: number; got: number }>;
  /** the items behind `counts`, per type: matched.length === tp, missed === fn, spurious === fp */
  items: Record<string, ScoredItems>;
}

export interface EvalReport {
  articles: number;
  types: Record<string, Scores>;
  dateValueAccuracy: Accuracy | null;
  totals: Record<string, Accuracy>;
  perArticle: ArticleScore[];
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const countsOf = (items: ScoredItems): Counts => ({ tp: items.matched.length, fp: items.spurious.length, fn: items.missed.length });
const spanItem = (s: { text: string; start: number; end: number }, extra: Partial<ScoredItem> = {}): ScoredItem => ({ text: s.text, start: s.start, end: s.end, ...extra });

export function scoreArticle(result: ArticleResult, gold: Gold): ArticleScore {
  const score: ArticleScore = { id: result.id, counts: {}, dateValues: { correct: 0, matched: 0 }, totals: {}, items: {} };
  const facts = result.facts;
  const record = (type: string, items: ScoredItems): void => {
    score.items[type] = items;
    score.counts[type] = countsOf(items);
  };
  if (gold.mentions) {
    for (const type of ['person', 'organisation'] as const) {
      const predicted = facts.flatMap((f) => (f.type === type ? f.mentions.map((m) => spanItem(m, { value: f.name, fact: f.id })) : []));
      const expected = gold.mentions.filter((m) => m.type === type).map((m) => spanItem(m));
      record(type, matchSpans(predicted, expected));
    }
  }
  if (gold.organisations) record('organisation', matchEntities(facts.filter((f) => f.type === 'organisation'), gold.organisations));
  if (gold.people) record('person', matchEntities(facts.filter((f) => f.type === 'person'), gold.people.map((p) => ({ name: p.name, aliases: [] }))));
  if (gold.dates) {
    const predicted = facts.filter((f) => f.type === 'date');
    const used = new Set<number>();
    const items: ScoredItems = { matched: [], missed: [], spurious: [] };
    for (const g of gold.dates) {
      const i = predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && p.end > g.start);
      if (i < 0) {
        items.missed.push(spanItem(g, { value: g.value }));
        continue;
      }
      used.add(i);
      const p = predicted[i]!;
      score.dateValues.matched++;
      if (p.value === g.value) score.dateValues.correct++;
      items.matched.push(spanItem(p, { value: p.value, fact: p.id, ...(p.value === g.value ? {} : { expected: g.value }) }));
    }
    predicted.forEach((p, k) => {
      if (!used.has(k)) items.spurious.push(spanItem(p, { value: p.value, fact: p.id }));
    });
    record('date', items);
  }
  if (gold.casualties) {
    const key = (c: { kind: string; count: number }): string => `${c.kind} ${c.count}`;
    const predicted = facts.flatMap((f) => (f.type === 'casualty' ? [spanItem(f, { value: key(f), fact: f.id })] : []));
    const expected = gold.casualties.map((c): ScoredItem => ({ text: c.text ?? key(c), value: key(c) }));
    record('casualty', matchByValue(predicted, expected));
  }
  if (gold.totals) {
    for (const kind of ['killed', 'injured'] as const) {
      const expected = gold.totals[kind];
      if (expected !== undefined) score.totals[kind] = { expected, got: result.totals[kind] };
    }
  }
  return score;
}

/** Exact spans, each counted once (a span two facts share is one prediction). */
function matchSpans(predicted: ScoredItem[], expected: ScoredItem[]): ScoredItems {
  const key = (i: ScoredItem): string => `${i.start}:${i.end}`;
  const unique = (items: ScoredItem[]): Map<string, ScoredItem> => {
    const map = new Map<string, ScoredItem>();
    for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
    return map;
  };
  const p = unique(predicted);
  const g = unique(expected);
  return {
    matched: [...p].filter(([k]) => g.has(k)).map(([, i]) => i),
    spurious: [...p].filter(([k]) => !g.has(k)).map(([, i]) => i),
    missed: [...g].filter(([k]) => !p.has(k)).map(([, i]) => i),
  };
}

/** One to one on `value` (a multiset match). */
function matchByValue(predicted: ScoredItem[], expected: ScoredItem[]): ScoredItems {
  const left = [...expected];
  const items: ScoredItems = { matched: [], missed: [], spurious: [] };
  for (const p of predicted) {
    const i = left.findIndex((g) => g.value === p.value);
    if (i >= 0) {
      left.splice(i, 1);
      items.matched.push(p);
    } else items.spurious.push(p);
  }
  items.missed = left;
  return items;
}

function matchEntities(predicted: Array<Extract<Fact, { type: 'organisation' | 'person' }>>, expected: Array<{ name: string; aliases: string[] }>): ScoredItems {
  const namesOf = (e: { name: string; aliases?: string[] }): Set<string> => new Set([e.name, ...(e.aliases ?? [])].map(normaliseName));
  const left = expected.map((e) => ({ names: namesOf(e), item: { text: e.name, value: [e.name, ...e.aliases].join(' / ') } as ScoredItem }));
  const items: ScoredItems = { matched: [], missed: [], spurious: [] };
  for (const fact of predicted) {
    const names = namesOf(fact as { name: string; aliases?: string[] });
    const item = spanItem(fact, { text: fact.name, value: [fact.name, ...('aliases' in fact ? fact.aliases : [])].join(' / '), fact: fact.id });
    const i = left.findIndex((g) => [...names].some((n) => g.names.has(n)));
    if (i >= 0) {
      left.splice(i, 1);
      items.matched.push(item);
    } else items.spurious.push(item);
  }
  items.missed = left.map((g) => g.item);
  return items;
}

export function toScores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Sums article scores into per-type micro-averaged figures. */
export function aggregate(scores: ArticleScore[]): EvalReport {
  const sums: Record<string, Counts> = {};
  const dateValues = { correct: 0, matched: 0 };
  const totals: Record<string, Accuracy> = {};
  for (const s of scores) {
    for (const [type, c] of Object.entries(s.counts)) {
      const sum = (sums[type] ??= empty());
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    dateValues.correct += s.dateValues.correct;
    dateValues.matched += s.dateValues.matched;
    for (const [kind, t] of Object.entries(s.totals)) {
      const acc = (totals[kind] ??= { correct: 0, total: 0, accuracy: 0 });
      acc.total++;
      if (t.expected === t.got) acc.correct++;
    }
  }
  const types: Record<string, Scores> = {};
  for (const [type, c] of Object.entries(sums)) types[type] = toScores(c);
  let dateValueAccuracy: Accuracy | null = null;
  if (sums.date) {
    const accuracy = dateValues.matched ? dateValues.correct / dateValues.matched : 0;
    dateValueAccuracy = { correct: dateValues.correct, total: dateValues.matched, accuracy };
    // value F1 = relaxed F1 × value accuracy (the TempEval-3 convention)
    const relaxed = types.date!;
    types['date.value'] = { ...relaxed, precision: relaxed.precision * accuracy, recall: relaxed.recall * accuracy, f1: relaxed.f1 * accuracy };
  }
  for (const acc of Object.values(totals)) acc.accuracy = acc.total ? acc.correct / acc.total : 0;
  const overall = toScores(Object.entries(sums).reduce((a, [, c]) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), empty()));
  if (Object.keys(sums).length) types.overall = overall;
  return { articles: scores.length, types, dateValueAccuracy, totals, perArticle: scores };
}

/** A readable table of a report, for stderr. */
export function formatReport(report: EvalReport, title: string): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const lines = [`${title}: ${report.articles} article(s)`, `${'type'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`];
  for (const [type, s] of Object.entries(report.types)) {
    lines.push(`${type.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${s.tp}/${s.fp}/${s.fn}`);
  }
  if (report.dateValueAccuracy) lines.push(`date value accuracy ${pct(report.dateValueAccuracy.accuracy)}   ${report.dateValueAccuracy.correct}/${report.dateValueAccuracy.total}`);
  for (const [kind, acc] of Object.entries(report.totals)) lines.push(`totals.${kind.padEnd(8)} exact ${pct(acc.accuracy)}   ${acc.correct}/${acc.total}`);
  return lines.join('\n');
}

/** Thresholds like "0.8" (overall) or "date=0.9": the types that fall below. */
export function belowThresholds(report: EvalReport, thresholds: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const [type, min] of Object.entries(thresholds)) {
    const f1 = report.types[type]?.f1 ?? report.totals[type.replace(/^totals\./, '')]?.accuracy;
    if (f1 === undefined) failures.push(`${type}: not scored`);
    else if (f1 < min) failures.push(`${type}: ${(100 * f1).toFixed(1)} < ${(100 * min).toFixed(1)}`);
  }
  return failures;
}
