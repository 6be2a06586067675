// Fields every fact shares: where it is in the text, and why the tool believes it.
import { z } from 'zod';
import type { Context } from '../context.js';

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

/** The fact's sentence, cut to SENTENCE_WINDOW characters centred on the fact when it is longer. */
export function sentenceWindow(ctx: Context, start: number, end: number): { sentence: string; sentence_start: number } {
  const s = ctx.sentenceAt(start);
  if (s.end - s.start <= SENTENCE_WINDOW) return { sentence: s.text, sentence_start: s.start };
  const span = Math.max(0, Math.min(end, s.end) - start);
  let from = Math.max(s.start, start - Math.max(0, Math.floor((SENTENCE_WINDOW - span) / 2)));
  const to = Math.min(s.end, from + SENTENCE_WINDOW);
  from = Math.max(s.start, to - SENTENCE_WINDOW);
  // never half a surrogate pair at either end
  const low = (i: number): boolean => i > 0 && i < ctx.text.length && (ctx.text.charCodeAt(i) & 0xfc00) === 0xdc00;
  const cutFrom = low(from) ? from + 1 : from;
  const cutTo = low(to) ? to - 1 : to;
  return { sentence: ctx.text.slice(cutFrom, cutTo), sentence_start: cutFrom };
}
