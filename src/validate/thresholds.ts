// The names a --min-f1 threshold may use: the scored types, the date values, the totals. Kept apart
// from the scoring code so the CLI can check its arguments without loading it.
export const THRESHOLD_NAMES = ['overall', 'organisation', 'person', 'date', 'date.value', 'casualty', 'totals.killed', 'totals.injured'] as const;
