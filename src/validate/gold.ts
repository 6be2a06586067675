// Gold annotations: the corpus format of ../shared/eval (mention spans, dates, totals) and the
// entity-level fixture format (organisations with aliases, people with roles, casualty figures).
// A key that is absent means "not annotated": nothing is scored for that type.
import { z } from 'zod';

const GoldSpan = z.object({ start: z.int().nonnegative(), end: z.int().nonnegative(), text: z.string() });

export const Gold = z.object({
  mentions: z.array(GoldSpan.extend({ type: z.enum(['person', 'organisation']) })).optional(),
  // gold values are whatever the annotators wrote (durations and times too); they are compared as strings
  dates: z.array(GoldSpan.extend({ value: z.string().min(1).nullable() })).optional(),
  totals: z.object({ killed: z.int().nonnegative().optional(), injured: z.int().nonnegative().optional() }).optional(),
  organisations: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })).optional(),
  people: z.array(z.object({ name: z.string().min(1), role: z.string().nullable().optional() })).optional(),
  casualties: z
    .array(z.object({ kind: z.enum(['killed', 'injured']), count: z.int().nonnegative(), subset: z.boolean().default(false), text: z.string().optional() }))
    .optional(),
});
export type Gold = z.infer<typeof Gold>;

/** One line of a JSONL corpus. */
export const CorpusLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  published: z.iso.date().nullable().optional(),
  gold: Gold.optional(),
});
export type CorpusLine = z.infer<typeof CorpusLine>;

/** A gold fixture file, `NAME.gold.json`: the gold for NAME.txt beside it, or for `source`. */
export const GoldFixture = Gold.extend({
  /** path of the article, relative to the fixture file */
  source: z.string().optional(),
  published: z.iso.date().nullable().optional(),
});
export type GoldFixture = z.infer<typeof GoldFixture>;

/** Sidecar `X.meta.json` beside an article `X.txt`. */
export const ArticleMeta = z.object({ published: z.iso.date().nullable().optional(), id: z.string().optional() });
