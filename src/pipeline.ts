// The one ordered list: parse once → extractors → ids → refiners → validate.
import { z } from 'zod';
import { createContext, type Context } from './context.js';
import { factModules, type Fact } from './facts/index.js';
import { presentationOf, registeredTypes } from './facts/registry.js';
import { sentenceWindow } from './facts/common.js';
import { affiliationNames } from './refine/affiliation-names.js';
import { casualtyLinking } from './refine/casualty-linking.js';
import { dateAnchors } from './refine/date-anchors.js';
import { entityOverlap } from './refine/entity-overlap.js';
import { subsetMarking } from './refine/subset-marking.js';
import { computeTotals } from './refine/totals.js';
import type { Refiner } from './refine/types.js';
import type { ArticleResult } from './result.js';
import { readPublished, type PublishedFrom, type PublishedSpan } from './published/index.js';

export const refiners: readonly Refiner[] = [
  // a date counted from another points to that date's id
  dateAnchors,
  // organisations claim their spans before people are linked to anything
  entityOverlap,
  // a person's affiliation by the name of the organisation it is a form of
  affiliationNames,
  // subsets are marked before linking and totals, which skip them
  subsetMarking,
  // needs organisation and date ids
  casualtyLinking,
];

export interface ExtractOptions {
  id?: string;
  source?: string | null;
  /**
   * publication date, YYYY-MM-DD; without it the article's own dateline is read, and relative dates
   * stay null when there is none
   */
  published?: string | null;
  /** where `published` came from (default "input") */
  published_from?: PublishedFrom | null;
}

/** Extract, refine and validate every fact of one article. */
export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  const { published, published_from, published_span } = publicationDate(text, options);
  const ctx = createContext(text, published);
  let facts = runExtractors(ctx);
  for (const refiner of refiners) facts = refiner.refine(facts, ctx);
  const { valid, rejected } = validateFacts(facts, text);
  return {
    id: options.id ?? 'article',
    source: options.source ?? null,
    published,
    published_from,
    published_span,
    facts: valid,
    totals: computeTotals(valid, (offset) => ctx.sentenceAt(offset).index, published),
    validation: { valid: rejected.length === 0, rejected },
  };
}

const PublishedDate = z.iso.date();

/** The date given with the article, else the one its head prints, else none. */
function publicationDate(
  text: string,
  options: ExtractOptions,
): { published: string | null; published_from: PublishedFrom | null; published_span: PublishedSpan | null } {
  if (options.published) {
    // a caller's date that is none would fail deep in date resolution; say so at the door
    if (!PublishedDate.safeParse(options.published).success) {
      const got = JSON.stringify(options.published);
      throw new TypeError(`extract: published must be YYYY-MM-DD, a real calendar date, got ${got}`);
    }
    return { published: options.published, published_from: options.published_from ?? 'input', published_span: null };
  }
  const found = readPublished(text);
  if (!found) return { published: null, published_from: null, published_span: null };
  const { date, ...span } = found;
  return { published: date, published_from: 'text', published_span: span };
}

function runExtractors(ctx: Context): Fact[] {
  const facts: Fact[] = [];
  for (const type of registeredTypes()) {
    const module = type.extract ? type : factModules.find((m) => m.type === type.type);
    let n = 0;
    for (const draft of module?.extract?.(ctx) ?? []) {
      facts.push({ ...draft, id: `${type.type}-${++n}`, ...sentenceWindow(ctx, draft.start, draft.end) } as Fact);
    }
  }
  return facts;
}


/** Schema check plus the offset guarantee: text.slice(start, end) is the fact's text, always. */
export function validateFacts(
  facts: Fact[],
  text: string,
): { valid: Fact[]; rejected: ArticleResult['validation']['rejected'] } {
  const valid: Fact[] = [];
  const rejected: ArticleResult['validation']['rejected'] = [];
  for (const fact of facts) {
    const type = presentationOf(fact.type);
    if (!type) {
      rejected.push({ type: fact.type, id: fact.id, error: `unknown fact type "${fact.type}"` });
      continue;
    }
    const parsed = type.schema.safeParse(fact);
    const offsetError = parsed.success ? offsetProblem(parsed.data, type.spans(parsed.data), text) : null;
    if (parsed.success && !offsetError) valid.push(parsed.data);
    else rejected.push({ type: fact.type, id: fact.id, error: offsetError ?? z.prettifyError(parsed.error!) });
  }
  return { valid, rejected };
}

type Span = { start: number; end: number; text: string };

function offsetProblem(fact: Fact, more: readonly Span[], text: string): string | null {
  const bad = [fact, ...more].find((s) => s.end < s.start || text.slice(s.start, s.end) !== s.text);
  if (bad) return `offsets ${bad.start}-${bad.end} do not hold "${bad.text}"`;
  if (!text.startsWith(fact.sentence, fact.sentence_start)) {
    return `sentence_start ${fact.sentence_start} does not hold its sentence`;
  }
  // (the evidence sentence is where the fact stands)
  if (fact.start < fact.sentence_start || fact.start > fact.sentence_start + fact.sentence.length) {
    return `the sentence at ${fact.sentence_start} does not hold the fact's start ${fact.start}`;
  }
  return null;
}
