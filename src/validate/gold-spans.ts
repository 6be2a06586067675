// Gold pieces more than one fact type reads: annotated spans, and the corpus format's mention list.
import { z } from 'zod';

export const GoldSpan = z.object({ start: z.int().nonnegative(), end: z.int().nonnegative(), text: z.string() });

/** Corpus gold: every person and organisation mention, by span (../shared/eval's format). */
export const GoldMentions = z.array(GoldSpan.extend({ type: z.enum(['person', 'organisation']) })).optional();
export type GoldMentions = z.infer<typeof GoldMentions>;
