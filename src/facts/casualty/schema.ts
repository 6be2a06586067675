import { z } from 'zod';
import { Evidence, FactRef, Span } from '../common.js';
import { WORLD_POPULATION } from './numbers.js';

export const CasualtyKind = z.enum(['killed', 'injured']);

/**
 * What a figure is to the totals, decided by the rule that read it (the `reason` only names that rule):
 * a figure of its own; a running toll that replaces what came before ("the death toll rose to 45");
 * a part of a figure before it ("..., including four teachers"; "two of them", partitive); or one of
 * coordinated subjects that share a verb ("four police and 39 civilians were killed").
 */
export const FigureRole = z.enum(['figure', 'toll', 'part', 'partitive', 'coordinated']);
export type FigureRole = z.infer<typeof FigureRole>;

/** a part of a figure stated before it: never a whole of its own */
export const isPart = (f: { figure_role: FigureRole }): boolean => f.figure_role === 'part' || f.figure_role === 'partitive';

export const CasualtyFact = Evidence.extend({
  type: z.literal('casualty'),
  kind: CasualtyKind,
  figure_role: FigureRole,
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
