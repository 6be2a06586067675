// Article totals: each distinct casualty event once. Subsets never add; the same figure repeated
// for the same kind counts once; an updated toll ("rose to 45") replaces the figure it updates.
import type { CasualtyFact, Fact } from '../facts/index.js';
import { z } from 'zod';

export const Totals = z.object({ killed: z.int().nonnegative(), injured: z.int().nonnegative() });
export type Totals = z.infer<typeof Totals>;

export function computeTotals(facts: Fact[]): Totals {
  const totals: Totals = { killed: 0, injured: 0 };
  for (const kind of ['killed', 'injured'] as const) {
    const figures = facts.filter((f): f is CasualtyFact => f.type === 'casualty' && f.kind === kind && f.subset_of === null);
    const events = new Map<string, number>();
    for (const figure of figures) {
      // figures for the same event phrase: the latest one wins (tolls are updated, not added)
      const key = figure.reason === 'death-toll' ? 'toll' : (figure.event?.text.toLowerCase() ?? `count:${figure.count}`);
      const previous = events.get(key);
      events.set(key, figure.reason === 'death-toll' || previous === undefined ? figure.count : Math.max(previous, figure.count));
    }
    // the same figure repeated with no event ("five killed ... the five victims") counts once
    totals[kind] = [...events.values()].reduce((sum, n) => sum + n, 0);
  }
  return totals;
}
