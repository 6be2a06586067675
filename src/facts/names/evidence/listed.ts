// A name on a public list of companies listed on an exchange (names/lexicon.ts): evidence with a
// weight, which a person's context or a place's outweighs.
import type { Context } from '../../../context.js';
import type { NameSpan } from '../../names.js';
import { FIRST_NAMES, PERSON_NOUN_BEFORE } from '../../person/patterns.js';
import { isCommonSurname } from '../../person/surnames.js';
import { nameDomains } from '../domains/index.js';
import { listedCompany } from '../lexicon.js';
import type { Local } from '../types.js';
import { has, isPlaceName, isTitle } from '../words.js';

// a person's context that a company never takes: "teenager X", "X, 45,", "X, who"
const PERSON_ONLY_AFTER = /^(?:,? who\b|, \d{1,2}, |, aged \d| \(\d{1,2}\)|[’']s (?:wife|husband|son|daughter|father|mother|brother|sister)\b)/;
const LOCATIVE_OR_ARTICLE_BEFORE = /\b(?:the|in|at|near|to|into|across|of|from|over) $/i;

/**
 * "Goldman Sachs said", "shares in Kelmont": a name on a public list of listed companies (names/lexicon.ts).
 * A distinctive name of two words or more is firm evidence; a one-word name counts unless it is also a
 * first name or a frequent surname; a name that is also an English word ("Target") counts only inside a
 * sentence, with no article or place preposition before it. A title or a person's context outweighs the list.
 */
export function listedEvidence(ctx: Context, span: NameSpan, before: string, after: string): Local | null {
  if (!nameDomains.listedCompanies || span.caps || span.headline) return null;
  const strength = listedCompany(span.text);
  if (!strength) return null;
  const tokens = ctx.tokens.slice(span.first, span.last);
  const prev = ctx.tokens[span.first - 1];
  const prevHere = !!prev && prev.sentence === tokens[0]!.sentence;
  if (prevHere && (isTitle(prev) || PERSON_NOUN_BEFORE.test(before)) || PERSON_ONLY_AFTER.test(after)) return null;
  if (has(tokens[0], 'Country', 'Demonym') || isPlaceName(span.text) || tokens.every((t) => has(t, 'Place', 'City', 'Country', 'Region'))) {
    return null;
  }
  if (tokens.length > 1 && strength === 'firm') return { cls: 'organisation', reason: 'listed-company', confidence: 0.8 };
  if (tokens.length > 1 || FIRST_NAMES.has(span.text) || isCommonSurname(span.text)) return null;
  if (strength === 'firm') return { cls: 'organisation', reason: 'listed-company', confidence: 0.75 };
  if (span.initial || LOCATIVE_OR_ARTICLE_BEFORE.test(before)) return null;
  return { cls: 'organisation', reason: 'listed-company-ambiguous', confidence: 0.65 };
}
