// Scoring extraction against gold. Each fact type says which gold keys it reads and how its facts are
// matched (its presentation's `score`; the policies are in ./match.ts, documented in the README):
// - mentions: exact span and type; entities (fixtures): normalised name or any alias in common
// - dates: overlapping spans (relaxed), then the value must be equal (value accuracy)
// - casualties: same kind and count; totals: exact per key
import type { ArticleResult } from '../result.js';
import { registeredTypes } from '../facts/registry.js';
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
const countsOf = (items: ScoredItems): Counts => ({
  tp: items.matched.length,
  fp: items.spurious.length,
  fn: items.missed.length,
});

export function scoreArticle(result: ArticleResult, gold: Gold): ArticleScore {
  const score: ArticleScore = {
    id: result.id, counts: {}, dateValues: { correct: 0, matched: 0 }, totals: {}, items: {},
  };
  for (const type of registeredTypes()) {
    const items = type.score?.match(result.facts.filter((f) => f.type === type.type), gold);
    if (!items) continue;
    score.items[type.type] = items;
    score.counts[type.type] = countsOf(items);
    // a wrong value is a matched item that carries the gold value as `expected`
    if (type.score?.valueMeasure) {
      score.dateValues.matched += items.matched.length;
      score.dateValues.correct += items.matched.filter((i) => i.expected === undefined).length;
    }
  }
  if (gold.totals) {
    for (const kind of ['killed', 'injured'] as const) {
      const expected = gold.totals[kind];
      if (expected !== undefined) score.totals[kind] = { expected, got: result.totals[kind] };
    }
  }
  return score;
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
  const valued = registeredTypes().find((t) => t.score?.valueMeasure && sums[t.type]);
  if (valued) {
    const accuracy = dateValues.matched ? dateValues.correct / dateValues.matched : 0;
    dateValueAccuracy = { correct: dateValues.correct, total: dateValues.matched, accuracy };
    // value F1 = relaxed F1 × value accuracy (the TempEval-3 convention)
    const relaxed = types[valued.type]!;
    const { precision, recall, f1 } = relaxed;
    types[valued.score!.valueMeasure!] = {
      ...relaxed, precision: precision * accuracy, recall: recall * accuracy, f1: f1 * accuracy,
    };
  }
  for (const acc of Object.values(totals)) acc.accuracy = acc.total ? acc.correct / acc.total : 0;
  const overall = toScores(
    Object.values(sums).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), empty()),
  );
  if (Object.keys(sums).length) types.overall = overall;
  return { articles: scores.length, types, dateValueAccuracy, totals, perArticle: scores };
}

/** A readable table of a report, for stderr. */
export function formatReport(report: EvalReport, title: string): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const head = `${'type'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`;
  const lines = [`${title}: ${report.articles} article(s)`, head];
  for (const [type, s] of Object.entries(report.types)) {
    lines.push(`${type.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${s.tp}/${s.fp}/${s.fn}`);
  }
  const values = report.dateValueAccuracy;
  if (values) lines.push(`date value accuracy ${pct(values.accuracy)}   ${values.correct}/${values.total}`);
  for (const [kind, acc] of Object.entries(report.totals)) {
    lines.push(`totals.${kind.padEnd(8)} exact ${pct(acc.accuracy)}   ${acc.correct}/${acc.total}`);
  }
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
