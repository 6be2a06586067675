// The names a --min-f1 threshold may use: the scored types and their value measures, the totals.
// Kept apart from the scoring code so the CLI can check its arguments without loading it.
import { registeredTypes } from '../facts/registry.js';

export const thresholdNames = (): string[] => [
  'overall',
  ...registeredTypes().flatMap((t) => {
    if (!t.score) return [];
    return t.score.valueMeasure ? [t.type, t.score.valueMeasure] : [t.type];
  }),
  'totals.killed',
  'totals.injured',
];

/** The names with the built-in fact types. */
export const THRESHOLD_NAMES: readonly string[] = thresholdNames();
