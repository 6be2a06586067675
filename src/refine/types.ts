import type { Context } from '../context.js';
import type { Fact } from '../facts/index.js';

/** A named pass over all facts of an article. Refiners run in the order the pipeline lists them. */
export interface Refiner {
  name: string;
  refine(facts: Fact[], ctx: Context): Fact[];
}
