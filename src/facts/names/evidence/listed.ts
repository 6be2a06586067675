// A name on a public list (names/lexicon.ts) of companies listed on an exchange, or of news outlets: evidence
// with a weight, which a person's context or a place's outweighs.
import type { Context } from '../../../context.js';
import { type NameSpan, setListedName } from '../../names.js';
import { FIRST_NAMES, PERSON_NOUN_BEFORE } from '../../person/patterns.js';
import { isCommonSurname } from '../../person/surnames.js';
import { nameDomains } from '../domains/index.js';
import { listedCompany, type ListedStrength, newsOutlet } from '../lexicon.js';
import type { Local } from '../types.js';
import { has, isPlaceName, isTitle } from '../words.js';

// a person's context that a company never takes: "teenager X", "X, 45,", "X, who"
const PERSON_ONLY_AFTER = /^(?:,? who\b|, \d{1,2}, |, aged \d| \(\d{1,2}\)|[’']s (?:wife|husband|son|daughter|father|mother|brother|sister)\b)/;
// (after "a" an ambiguous name is a product or a shop: "possibly a Kelmont", "at a Tarvik")
const LOCATIVE_OR_ARTICLE_BEFORE = /\b(?:the|an?|in|at|near|to|into|across|of|from|over) $/i;
// (nor after a product's word in lower case with a capital inside: "the iPhone Air", "an eReader Pro")
const PRODUCT_WORD_BEFORE = /\b\p{Ll}+\p{Lu}[\p{L}\d]* $/u;
// (nor before a number: a road or a model, "on Highway 9", "a Kelmont 300")
const NUMBER_AFTER = /^ \d/;
// (nor a scale's name after its unit: "40 degrees Celsius")
const UNIT_BEFORE = /\bdegrees $/;
// (nor, where the name is also a word, one before a plural it qualifies: "backed by Gulf investors")
const PLURAL_QUALIFIED = /^ (?!news\b)\p{Ll}{3,}s\b/u;
// (a quotation's or a colon's first word is capitalised as a sentence's is: '"Build something," he said')
const QUOTE_OPENING_BEFORE = /(?:["“‘]|: )$/u;

/**
 * How far a listed name's own strength carries in its context: a title or a person's context outweighs the list,
 * and a place's shape does; a distinctive name of two words or more keeps its strength; a one-word name counts
 * unless it is also a first name or a frequent surname; a name that is also an English word ("Target") counts
 * only inside a sentence, with no article or place preposition before it.
 */
function strengthInContext(
  ctx: Context, span: NameSpan, before: string, after: string, strength: ListedStrength | null,
): ListedStrength | null {
  if (!strength) return null;
  const tokens = ctx.tokens.slice(span.first, span.last);
  const prev = ctx.tokens[span.first - 1];
  const prevHere = !!prev && prev.sentence === tokens[0]!.sentence;
  if (prevHere && (isTitle(prev) || PERSON_NOUN_BEFORE.test(before)) || PERSON_ONLY_AFTER.test(after)) return null;
  if (has(tokens[0], 'Country', 'Demonym') || isPlaceName(span.text) || tokens.every((t) => has(t, 'Place', 'City', 'Country', 'Region'))) {
    return null;
  }
  if (tokens.length > 1) return strength === 'firm' ? 'firm' : null;
  if (FIRST_NAMES.has(span.text) || isCommonSurname(span.text)) return null;
  const placeOrProduct = LOCATIVE_OR_ARTICLE_BEFORE.test(before) || PRODUCT_WORD_BEFORE.test(before)
    || NUMBER_AFTER.test(after);
  if (UNIT_BEFORE.test(before)) return null;
  if (strength === 'ambiguous' && (span.initial || placeOrProduct || QUOTE_OPENING_BEFORE.test(before)
    || PLURAL_QUALIFIED.test(after))) return null;
  return strength;
}

// (span building asks too, for a listed name that ends in its own possessive: "Moody's")
setListedName((name) => nameDomains.listedCompanies && listedCompany(name) !== null);

/** "Goldman Sachs said", "shares in Kelmont": a name on a public list of listed companies (names/lexicon.ts). */
export function listedEvidence(ctx: Context, span: NameSpan, before: string, after: string): Local | null {
  if (!nameDomains.listedCompanies || span.caps || span.headline) return null;
  const strength = strengthInContext(ctx, span, before, after, listedCompany(span.text));
  if (!strength) return null;
  if (strength === 'ambiguous') return { cls: 'organisation', reason: 'listed-company-ambiguous', confidence: 0.65 };
  return {
    cls: 'organisation', reason: 'listed-company', confidence: span.last - span.first > 1 ? 0.8 : 0.75, evidence: 'listed-company',
  };
}

/** "Agence France Presse reported", "told Pravda": a news outlet or agency on a public list, weighed as above. */
export function outletOnList(ctx: Context, span: NameSpan, before: string, after: string): ListedStrength | null {
  if (!nameDomains.newsOutlets || span.caps || span.headline) return null;
  return strengthInContext(ctx, span, before, after, newsOutlet(span.text));
}
