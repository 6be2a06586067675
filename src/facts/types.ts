import type { z } from 'zod';
import type { Context } from '../context.js';
import type { Draft } from './common.js';

/** A fact type: its schema and its extractor. The registry lists these in order. */
export interface FactModule<F extends { type: string; id: string; sentence: string }> {
  type: F['type'];
  schema: z.ZodType<F>;
  /** generous: refiners and filters later remove what does not hold */
  extract(ctx: Context): Array<Draft<F>>;
}
