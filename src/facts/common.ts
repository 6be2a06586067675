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

/**
 * Characters of a fact's sentence kept with it: a whole news sentence fits, and a 40 KB one-sentence
 * list no longer copies itself into every one of its thousands of facts (output stays linear in input).
 */
export const SENTENCE_WINDOW = 300;

/** Evidence shared by every fact: offsets of its first (or only) mention, its sentence, the rule. */
export const Evidence = z.object({
  /** unique within the article, e.g. "casualty-2"; other facts point to it */
  id: z.string(),
  text: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  /** the fact's sentence, or at most SENTENCE_WINDOW characters of it around the fact when longer */
  sentence: z.string().max(SENTENCE_WINDOW),
  /** where `sentence` starts in the article: text.slice(sentence_start, sentence_start + sentence.length) */
  sentence_start: z.int().nonnegative(),
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
export type Draft<T> = Omit<T, 'id' | 'sentence' | 'sentence_start'>;
