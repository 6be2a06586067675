// `extract eval --baseline FILE`: compare this run's scores with an earlier JSON report (as written
// by --report) and name every type whose F1 (or totals accuracy) dropped by more than the tolerance.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../io/decode.js';
import { oneLine } from '../io/inputs.js';
import type { EvalReport } from '../validate/score.js';

/** Only what a comparison needs: reports from older versions, with fewer fields, still load. */
export const BaselineReport = z.looseObject({
  types: z.record(z.string(), z.looseObject({ f1: z.number().min(0).max(1) })),
  totals: z.record(z.string(), z.looseObject({ accuracy: z.number().min(0).max(1) })).optional(),
});
export type BaselineReport = z.infer<typeof BaselineReport>;

export interface ScoreDelta {
  /** a type ("person", "date.value", "overall") or "totals.killed" */
  type: string;
  baseline: number | null;
  current: number | null;
  /** current − baseline, null when either side did not score it */
  delta: number | null;
  /** dropped by more than the tolerance, or scored before and not now */
  regressed: boolean;
}

export function loadBaseline(path: string): BaselineReport {
  if (!existsSync(path)) throw new InputError(`--baseline ${path}: no such file`, 2);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`--baseline ${path}: not valid JSON (${error instanceof Error ? error.message : error})`, 2);
  }
  const parsed = BaselineReport.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(`--baseline ${path}: not an eval report: ${oneLine(z.prettifyError(parsed.error))}`, 2);
  }
  return parsed.data;
}

type Scored = { types: Record<string, { f1: number }>; totals?: Record<string, { accuracy: number }> };

const scoresOf = (report: Scored): Map<string, number> => {
  const scores = new Map<string, number>();
  for (const [type, s] of Object.entries(report.types)) scores.set(type, s.f1);
  for (const [kind, acc] of Object.entries(report.totals ?? {})) scores.set(`totals.${kind}`, acc.accuracy);
  return scores;
};

// Scores are ratios of small integers: a difference below this is rounding, not a change.
const EPSILON = 1e-9;

/** Per-type deltas, in the baseline's order, then types only this run scores. */
export function compareWithBaseline(report: EvalReport, baseline: BaselineReport, tolerance = 0): ScoreDelta[] {
  const before = scoresOf(baseline);
  const now = scoresOf(report);
  const deltas: ScoreDelta[] = [];
  for (const [type, b] of before) {
    const c = now.get(type);
    if (c === undefined) deltas.push({ type, baseline: b, current: null, delta: null, regressed: true });
    else deltas.push({ type, baseline: b, current: c, delta: c - b, regressed: b - c > tolerance + EPSILON });
  }
  for (const [type, c] of now) {
    if (!before.has(type)) deltas.push({ type, baseline: null, current: c, delta: null, regressed: false });
  }
  return deltas;
}

/** A readable table of the deltas, for stderr. */
export function formatDeltas(deltas: readonly ScoreDelta[], tolerance: number): string {
  const pct = (x: number | null): string => (x === null ? '–' : (100 * x).toFixed(1)).padStart(6);
  const sign = (x: number | null): string =>
    (x === null ? '' : `${x > EPSILON ? '+' : x < -EPSILON ? '−' : '±'}${(100 * Math.abs(x)).toFixed(1)}`).padStart(7);
  const lines = [
    `baseline comparison (tolerance ${(100 * tolerance).toFixed(1)} points of F1)`,
    `${'type'.padEnd(16)} ${'before'.padStart(6)} ${'now'.padStart(6)} ${'delta'.padStart(7)}`,
  ];
  for (const d of deltas) {
    const regressed = d.current === null ? '  REGRESSED (no longer scored)' : '  REGRESSED';
    const note = d.regressed ? regressed : d.baseline === null ? '  (new)' : '';
    lines.push(`${d.type.padEnd(16)} ${pct(d.baseline)} ${pct(d.current)} ${sign(d.delta)}${note}`);
  }
  return lines.join('\n');
}
