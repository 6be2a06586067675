// Fields every fact shares: where it is in the text, and why the tool believes it.
import { z } from 'zod';

export const Span = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const Mention = Span.extend({
  /** the rule that found this mention */
  reason: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** Evidence shared by every fact: offsets of its first (or only) mention, its sentence, the rule. */
export const Evidence = z.object({
  /** unique within the article, e.g. "casualty-2"; other facts point to it */
  id: z.string(),
  text: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  sentence: z.string(),
  /** kebab-case name of the rule (or rules, joined by "+") that produced the fact */
  reason: z.string().min(1),
  confidence: z.number().min(0).max(1),
});

/** A pointer from one fact to another fact it was linked to. */
export const FactRef = Span.extend({
  fact: z.string().nullable(),
});
export type FactRef = z.infer<typeof FactRef>;

/** Facts before the pipeline gives them ids and sentences. */
export type Draft<T> = Omit<T, 'id' | 'sentence'>;
