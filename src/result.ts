// The article result: the one output format, from which types and the JSON Schema both come.
import { z } from 'zod';
import { Fact } from './facts/index.js';
import { Totals } from './refine/totals.js';
import { PublishedFrom, PublishedSpan } from './published/index.js';

export const Validation = z.object({
  valid: z.boolean(),
  /** facts that failed their schema and were left out of `facts`, with the reason */
  rejected: z.array(z.object({ type: z.string(), id: z.string(), error: z.string() })),
});

export const ArticleResult = z.object({
  id: z.string().min(1),
  source: z.string().nullable(),
  published: z.iso.date().nullable(),
  /** where the date came from: --published, a sidecar, the corpus line, the page's markup, the text's head */
  published_from: PublishedFrom.nullable(),
  /** for `text`: the dateline span the date was read from */
  published_span: PublishedSpan.nullable(),
  facts: z.array(Fact),
  totals: Totals,
  validation: Validation,
});
export type ArticleResult = z.infer<typeof ArticleResult>;

/** What a batch writes for an article that could not be processed. */
export const ArticleError = z.object({ id: z.string(), source: z.string().nullable(), error: z.string() });
export type ArticleError = z.infer<typeof ArticleError>;
