// The gate of `extract eval`: every check that decides its exit code, as a list. The CLI exits 1 when
// any check fails, and the JUnit report has one test case per check, so the two always agree.
import type { ArticleFailure } from '../io/inputs.js';
import type { EvalReport } from '../validate/score.js';
import type { ScoreDelta } from './baseline.js';

export { THRESHOLD_NAMES } from '../validate/thresholds.js';

export interface GateCheck {
  /** "min-f1 person" or "baseline totals.killed" or "load x.gold.json" */
  name: string;
  kind: 'threshold' | 'baseline' | 'load';
  passed: boolean;
  /** one line: the score against what it is checked against */
  message: string;
  /** the type the check is about, to list its misses (null for a load failure) */
  type: string | null;
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The score a threshold name reads: a type's F1, or a totals accuracy. */
export function scoreOf(report: EvalReport, name: string): number | undefined {
  const total = /^totals\.(\w+)$/.exec(name)?.[1];
  return total ? report.totals[total]?.accuracy : report.types[name]?.f1;
}

export function gateChecks(
  report: EvalReport,
  thresholds: Record<string, number>,
  deltas: readonly ScoreDelta[] | null,
  tolerance: number,
  failures: readonly ArticleFailure[],
): GateCheck[] {
  const checks: GateCheck[] = [];
  for (const [type, min] of Object.entries(thresholds)) {
    const score = scoreOf(report, type);
    checks.push({
      name: `min-f1 ${type}`,
      kind: 'threshold',
      type,
      passed: score !== undefined && score >= min,
      message:
        score === undefined
          ? `${type}: not scored (threshold ${pct(min)})`
          : `${type}: ${pct(score)} ${score >= min ? '≥' : '<'} ${pct(min)}`,
    });
  }
  for (const d of deltas ?? []) {
    const what =
      d.current === null
        ? 'no longer scored'
        : d.baseline === null
          ? `new, ${pct(d.current)}`
          : `${pct(d.baseline)} → ${pct(d.current)}`;
    checks.push({
      name: `baseline ${d.type}`,
      kind: 'baseline',
      type: d.type,
      passed: !d.regressed,
      message: `${d.type}: ${what} (tolerance ${pct(tolerance)} points)`,
    });
  }
  for (const f of failures) {
    checks.push({ name: `load ${f.id}`, kind: 'load', type: null, passed: false, message: f.error });
  }
  return checks;
}
