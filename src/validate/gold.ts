// Gold annotations: the corpus format of ../shared/eval (mention spans, dates, totals) and the
// entity-level fixture format (organisations with aliases, people with roles, casualty figures).
// Each fact type declares the gold keys it reads (its presentation's `score.gold`); the schema is
// built from the registry. A key that is absent means "not annotated": nothing is scored for that type.
import { z } from 'zod';
import { fromRegistry, registeredTypes } from '../facts/registry.js';

/** Article-level gold, not a fact type's: the totals. */
const Totals = z
  .object({ killed: z.int().nonnegative().optional(), injured: z.int().nonnegative().optional() })
  .optional();

/** The gold schema of the registered fact types. */
export const goldSchema = fromRegistry(() => {
  const shape: Record<string, z.ZodType> = {};
  for (const type of registeredTypes()) Object.assign(shape, type.score?.gold);
  return z.object({ ...shape, totals: Totals });
});

/** Gold as parsed: each type's keys (see its presentation), and the totals. */
export type Gold = { totals?: z.infer<typeof Totals> } & Record<string, unknown>;

/** One line of a JSONL corpus. */
export const corpusLineSchema = fromRegistry(() =>
  z.object({
    id: z.string().min(1),
    text: z.string(),
    published: z.iso.date().nullable().optional(),
    gold: goldSchema().optional(),
  }),
);
export type CorpusLine = { id: string; text: string; published?: string | null; gold?: Gold };

/** A gold fixture file, `NAME.gold.json`: the gold for NAME.txt beside it, or for `source`. */
export const goldFixtureSchema = fromRegistry(() =>
  goldSchema().extend({
    /** path of the article, relative to the fixture file */
    source: z.string().optional(),
    published: z.iso.date().nullable().optional(),
  }),
);
export type GoldFixture = Gold & { source?: string; published?: string | null };

/** The schemas with the built-in fact types (the library API's names). */
export const Gold = goldSchema();
export const CorpusLine = corpusLineSchema();
export const GoldFixture = goldFixtureSchema();

/** Sidecar `X.meta.json` beside an article `X.txt`. */
export const ArticleMeta = z.object({ published: z.iso.date().nullable().optional(), id: z.string().optional() });
