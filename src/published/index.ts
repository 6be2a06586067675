// Where an article's publication date comes from. The first that gives one wins:
// --published (flag) > a sidecar or the corpus line's field (sidecar, input) > the page's markup
// (markup, .html inputs) > a dateline or date line in the text itself (text) > none.
import { z } from 'zod';
import { Span } from '../facts/common.js';

export const PublishedFrom = z.enum(['flag', 'sidecar', 'input', 'markup', 'text']);
export type PublishedFrom = z.infer<typeof PublishedFrom>;

/** the span of the text the date was read from, and the rule that read it */
export const PublishedSpan = Span.extend({ reason: z.string() });
export type PublishedSpan = z.infer<typeof PublishedSpan>;

export interface StatedDate {
  published: string | null;
  published_from: PublishedFrom | null;
}

/** The first date given, in precedence order, with where it came from. */
export function firstStated(candidates: ReadonlyArray<readonly [string | null | undefined, PublishedFrom]>): StatedDate {
  for (const [published, from] of candidates) if (published) return { published, published_from: from };
  return { published: null, published_from: null };
}

export { readPublished, type PublishedInText } from './read.js';
export { readPublishedMarkup, type PublishedInMarkup } from './markup.js';
