import { z } from 'zod';
import { Evidence, FactRef, Span } from '../common.js';
import { WORLD_POPULATION } from './numbers.js';

export const CasualtyKind = z.enum(['killed', 'injured']);

export const CasualtyFact = Evidence.extend({
  type: z.literal('casualty'),
  kind: CasualtyKind,
  // a figure above the world's population is a misreading: refused with a message that says so
  count: z
    .number()
    .max(WORLD_POPULATION, { error: (issue) => `implausible count ${String(issue.input)}: more people than live on Earth` })
    .pipe(z.int().nonnegative()),
  /** bounds for "at least 12", "up to 30", "dozens" */
  min: z.int().nonnegative().nullable(),
  max: z.int().nonnegative().nullable(),
  approximate: z.boolean(),
  victims: z.string().nullable(),
  /** the figure counts people shot or struck ("two men were shot"): injured unless the article states
   * that some of them died, in which case those deaths are part of it */
  hit: z.boolean(),
  /** the figure refers back to victims already counted ("the victim died", "he was shot") */
  anaphoric: z.boolean(),
  /** the figure adds victims to one stated before ("three others were hurt", "another was killed") */
  additional: z.boolean(),
  /** a statistic over many events ("so far this year", "in separate shootings"): kept, never added to totals */
  aggregate: z.boolean(),
  /** id of the casualty fact this figure is part of ("nine villagers, including four teachers") */
  subset_of: z.string().nullable(),
  event: Span.nullable(),
  perpetrator: FactRef.nullable(),
  location: Span.nullable(),
  date: FactRef.extend({ value: z.string().nullable() }).nullable(),
});
export type CasualtyFact = z.infer<typeof CasualtyFact>;
