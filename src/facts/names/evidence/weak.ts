// Evidence that speaks only where no local rule and nothing else in the article decided a span:
// compromise's tags, a given name only the world list holds, a frequent surname in a slot a person fills, a sports
// report's structure (decided by the local rules' scorer, ranks in evidence/weights.ts), and an
// all-capitals line's structure.
import type { Context } from '../../../context.js';
import type { NameSpan } from '../../names.js';
import {
  BUSINESS_KIND_HEADS, NOT_ORG_ACRONYMS, ORG_HEAD_WORDS, PLACE_OR_EVENT_HEADS,
} from '../../organisation/patterns.js';
import { NOT_PERSON_HEADS, SURNAME_SLOTS, TITLE_WORDS } from '../../person/patterns.js';
import { isCommonSurname } from '../../person/surnames.js';
import { nameDomains } from '../domains/index.js';
import { capsTableEvidence, sportEvidence } from '../domains/sports.js';
import { normaliseName } from '../../names.js';
import { lexiconTag } from '../../../nlp.js';
import type { Local } from '../types.js';
import {
  acronymOpens, has, isCoreFirstName, isFirstName, isLexiconWord, isOfficeOnly, isOnlyWorldFirstName, isPlaceName,
  isQuotedWhole, lastWord,
  lineAround,
  NATIONALITY_SHAPE, NON_NAME_WORDS,
} from '../words.js';
import {
  firstNamed, INSTITUTION_DISTRICT, personOfBefore, probeOf, qualifiesNounAfter, scoreEvidence, STREET_FIRST,
  type FiredRule,
} from './local.js';
import { WEAK_RANKS } from './weights.js';

const NAME_PARTICLES = /^(?:al|el|bin|van|de|der|von|la)$/;
// a town named for its port or its fort, which the parse may read as a person: "Port Louis", "Fort Collins"; or a
// mountain pass or a summit, a Romance particle maybe between: "Puerto de Kelva", "Alto de Tarn", "Col du Kelby"; or
// for a saint: "Saint Kelby"
const PORT_FORT_OR_PASS = new RegExp(String.raw`^(?:Port|Puerto|Porto|Fort|Alto|Col|Passo|Monte|Cerro|Saint|Sainte) ` +
  String.raw`(?:(?:de|du|del|della|di|la|le|los|las) )*\p{Lu}\p{Ll}+$`, 'u');

const PLATFORM_BEFORE = /\b(?:on|from|via|onto) (?:\p{Lu}[\p{L}-]* (?:and|or) )?$/iu;
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}[\p{Ll}\p{Lu}]*)+$/u;
const SURNAME_CAMEL = /^(?:Mc|Mac|De|Di|Da|Del|Della|Le|La|Van|Von|Fitz|St)\p{Lu}/u;

/** Weak evidence from compromise's tags, used only where nothing firmer speaks. */
export function tagEvidence(ctx: Context, span: NameSpan): Local | null {
  const tokens = ctx.tokens.slice(span.first, span.last);
  if (tokens.some((t) => has(t, ...NON_NAME_WORDS))) return null;
  const single = !/\s/.test(span.text);
  if (span.text.length < 2 || (span.headline && single) || isOfficeOnly(tokens)) return null;
  // (one word is a body's when an acronym, or when compromise's own lexicon holds it as one: "Tesco", "Siemens")
  const orgShaped = single
    ? (has(tokens[0], 'Acronym') || lexiconTag(span.text) === 'Organization') && !NATIONALITY_SHAPE.test(span.text)
    : !PLACE_OR_EVENT_HEADS.has(lastWord(span.text));
  // (an acronym that names no body stays none whatever the parse says: "the AI startup"; nor does a work's title)
  const quoted =
    isQuotedWhole(ctx.text.slice(Math.max(0, span.start - 1), span.start), ctx.text.slice(span.end, span.end + 40));
  if (orgShaped && !quoted && tokens.every((t) => has(t, 'Organization') || t.text === '&')
    && !NOT_ORG_ACRONYMS.has(span.text)) {
    return { cls: 'organisation', reason: 'compromise-organization', confidence: 0.6 };
  }
  // "OpenAI", "ByteDance", "KelbyTech": a capital inside one word is a brand's, not a surname's ("McAllister", "DeLuca")
  // (not a product by its model number, "the SkyRaft 100", nor a platform things are put on or taken from: "on KelbyTube",
  // "on Velkogram and KelbyTube")
  if (single && CAMEL_CASE.test(span.text) && !SURNAME_CAMEL.test(span.text) && !has(tokens[0], 'Person', 'Place', 'Country')
    && !/^ \d/.test(ctx.text.slice(span.end, span.end + 2)) && !qualifiesNounAfter(probeOf(ctx, span))
    && !PLATFORM_BEFORE.test(ctx.text.slice(Math.max(0, span.start - 30), span.start))) {
    return { cls: 'organisation', reason: 'compromise-organization', confidence: 0.55 };
  }
  if (tokens.some((t) => has(t, 'Place', 'Country', 'City', 'Region'))) {
    return { cls: 'place', reason: 'compromise-place', confidence: 0.6, evidence: 'place-tag' };
  }
  // (at a sentence's start the parse calls any capitalised pair a person; a surname the lexicon knows ends a name:
  // "Maya Chen replaced Rob Hale")
  const surnameEnds = tokens.length === 2 && lexiconTag(tokens[1]!.text) === 'LastName';
  const allPerson = tokens.every((t) => has(t, 'Person', 'FirstName', 'LastName') || NAME_PARTICLES.test(t.normal));
  if (allPerson && (!span.initial || surnameEnds)) {
    // a lone word compromise calls a person is too often a place or a common word: leave it
    // (nor is a word in capitals before one in lower case a given name, whatever the parse read: "EVA Tarvia")
    if (!single && !NOT_PERSON_HEADS.has(lastWord(span.text)) && !STREET_FIRST.test(tokens[0]!.text)
      && !PORT_FORT_OR_PASS.test(span.text)
      && !acronymOpens(tokens)) {
      return { cls: 'person', reason: 'compromise-person', confidence: 0.65 };
    }
  }
  return null;
}

// a word tagged so is no lone surname: places, organisations, dates, closed-class words
const SURNAME_BLOCKERS = [
  'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Acronym', 'Month', 'WeekDay', 'Date', 'Pronoun',
  'Determiner', 'Preposition', 'Conjunction', 'Value',
];

// nouns for a group of people, singular in form ("Staff said", "Crew members"): no lone surname at a sentence's start
const GROUP_NOUNS = new Set([
  'staff', 'crew', 'press', 'police', 'management', 'security', 'personnel', 'faculty', 'clergy',
]);

/**
 * "Baker said", "defended Baker’s plan": a frequent surname alone, in a slot a person fills
 * (SURNAME_SLOTS). Weak evidence: it runs only where nothing else classified the word.
 */
export function surnameEvidence(ctx: Context, span: NameSpan, orgWords: ReadonlySet<string>): Local | null {
  if (span.last - span.first !== 1 || span.caps || !/^\p{Lu}\p{Ll}+$/u.test(span.text) || orgWords.has(normaliseName(span.text))) return null;
  const token = ctx.tokens[span.first]!;
  const word = span.text.toLowerCase();
  if (has(token, ...SURNAME_BLOCKERS) || (has(token, 'Plural') && !has(token, 'ProperNoun')) || TITLE_WORDS.has(word)
    || ORG_HEAD_WORDS.has(word) || GROUP_NOUNS.has(word)) {
    return null;
  }
  const prev = ctx.tokens[span.first - 1];
  // "the Post’s editor", "the Herald said": a surname takes no article
  if (prev && prev.sentence === token.sentence && prev.normal === 'the') return null;
  const sentence = ctx.sentenceAt(span.start);
  const before = ctx.text.slice(Math.max(sentence.start, span.start - 40), span.start);
  const after = ctx.text.slice(span.end, span.end + 40);
  const probe = span.headline ? after.toLowerCase() : after;
  const slot = SURNAME_SLOTS.find((s) => (!s.after || s.after.test(probe)) && (!s.before || s.before.test(before)) && !s.unless?.test(probe));
  // (or a given name alone, as people in interviews and stories are called: "Danny said", "Jess's band")
  if (!slot || !(isCommonSurname(span.text) || isCoreFirstName(token) && !isLexiconWord(word))) return null;
  // "Ann Lee of Harwell said": the saying is the person's before "of"
  if (personOfBefore(probeOf(ctx, span))) return null;
  return { cls: 'person', reason: slot.reason, confidence: 0.6 };
}

/** In an all-capitals line only the structure speaks: table rows, "X AT Y" schedules, datelines. */
export function capsEvidence(ctx: Context, span: NameSpan): Local | null {
  const { lead, rest } = lineAround(ctx, span);
  if (/^\s*$/.test(lead) && /^,?(?: [\p{L}.]+)? \d{4}-\d\d-\d\d\s*$/u.test(rest)) return { cls: 'place', reason: 'dateline', confidence: 0.9 };
  if (isPlaceName(span.text)) return null;
  if (NOTHING_BUT_THE.test(lead) && MASTHEAD_REST.test(rest) && isMasthead(ctx, span)) {
    return { cls: 'organisation', reason: 'caps-masthead', confidence: 0.75 };
  }
  return nameDomains.sports ? capsTableEvidence(lead, rest) : null;
}

// sports whose names end in a body's head word, a sports page's section label in capitals
const GAMES_NAMED_AS_BODIES = new Set(['rugby union', 'rugby league', 'motor racing']);
// after a masthead's name, nothing on its line or a separator and what the document is: "KELBY CITY COUNCIL",
// "KELBY HEALTH FORUM — WEBINAR SERIES" (its acronym in brackets maybe before: "KELBY NEWS NETWORK (KNN) — MIDDAY";
// or a colon: "KELBY SAILING CLUB: MINUTES OF THE SPRING MEETING"; or a hyphen set off: "KELBY FOODS PLC - RESULTS")
const MASTHEAD_REST = /^\s*(?:\(\p{Lu}{2,6}\)\s*)?(?:[-|—–]\s.*|:\s.*)?$/u;
// before a masthead's name, nothing or its article: "THE KELBY LEDGER"
const NOTHING_BUT_THE = /^\s*(?:THE\s+)?$/;
/**
 * "NORTH KELBY CONSTABULARY" (or "THE KELBY LEDGER") alone on a document's first line: the body whose document it is,
 * named in capitals, its last word a body's head (a headline in capitals says what happened: "COUNCIL VOTES TO CUT
 * FARES")
 */
function isMasthead(ctx: Context, span: NameSpan): boolean {
  const tokens = ctx.tokens.slice(span.first, span.last);
  // (or a district that serves, in capitals: "KELBY UNIFIED SCHOOL DISTRICT"; or a head word and what it is of:
  // "SUPERIOR COURT OF KELBY COUNTY")
  const district = INSTITUTION_DISTRICT.test(span.text.replace(/\B\p{Lu}+/gu, (w) => w.toLowerCase()));
  const of = tokens.findIndex((t) => t.normal === 'of');
  const headOf = of >= 1 && of < tokens.length - 1 && ORG_HEAD_WORDS.has(tokens[of - 1]!.normal);
  return tokens.length >= 2 && tokens.length <= 6
    && (ORG_HEAD_WORDS.has(tokens.at(-1)!.normal) || district || headOf)
    && !GAMES_NAMED_AS_BODIES.has(normaliseName(span.text))
    && NOTHING_BUT_THE.test(ctx.text.slice(0, span.start))
    && tokens.every((t) => /^[\p{Lu}&'’.-]+$/u.test(t.text));
}

// the lexicon's common nouns: "Kalervo Anchor" is a name before a word, not a given name before a surname
const COMMON_NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable']);

/**
 * A given name only the world list holds ("Kalervo Lind"): a list that broad is weak evidence, heard where no local
 * rule, nothing firm in the article and none of the parse's own tags decide the span (a results table's team).
 */
export function worldGivenName(ctx: Context, span: NameSpan): Local | null {
  const p = probeOf(ctx, span);
  if (!firstNamed(p) || !isOnlyWorldFirstName(p.tokens[0]!) || COMMON_NOUN_TAGS.has(lexiconTag(p.words.at(-1)!) ?? '')) return null;
  return { cls: 'person', reason: 'world-given-name', confidence: 0.8, evidence: 'world-given-name' };
}

/**
 * "Corlow Foods", "Tarnvale Coastal Logistics": a kind of business after a word no dictionary holds, no place and,
 * before the kind alone, no given name, is a company where nothing in its context says more.
 */
function businessKind(ctx: Context, span: NameSpan): Local | null {
  const tokens = ctx.tokens.slice(span.first, span.last);
  const words = tokens.map((t) => t.text);
  const named = BUSINESS_KIND_HEADS.includes(lastWord(span.text)) && words.length >= 2 && words.length <= 4
    // (a surname the lexicon holds may name the firm its family founded: "Brannvik Shipping")
    && !span.caps && [undefined, 'LastName'].includes(lexiconTag(words[0]!)) && !ADJECTIVE_SHAPE.test(words[0]!)
    && !(words.length === 2 && (isFirstName(tokens[0]!) || has(tokens[0], 'FirstName')
      || has(tokens[0], 'Person') && !has(tokens[0], 'LastName')))
    && !has(tokens[0], 'Place', 'Country', 'City', 'Region', 'Demonym', 'Adjective')
    // (partners' names may be joined by an ampersand: "Brenn & Vale Hospitality")
    && words.every((w, i) => /^\p{Lu}/u.test(w) || w === '&' && i > 0 && i < words.length - 2)
    && !/^ (?:and|&) \p{Lu}/u.test(ctx.text.slice(span.end, span.end + 6));
  return named ? { cls: 'organisation', reason: 'business-kind', confidence: 0.7 } : null;
}

// an adjective by its ending, which the lexicon may not hold: "Mental Health", "Global Logistics"
const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ful|less|able|ible|ary|ory)$/u;

/** A weak rule set: one piece of evidence, ranked in evidence/weights.ts (WEAK_PRIORITY). */
interface WeakRules {
  id: string;
  decide: (ctx: Context, span: NameSpan, orgWords: ReadonlySet<string>) => Local | null;
}

// strongest first, each with its rank, resolved once
const WEAK_RULES = ([
  { id: 'sports-weak', decide: (ctx, span) => (nameDomains.sports ? sportEvidence(ctx, span) : null) },
  { id: 'business-kind', decide: businessKind },
  { id: 'compromise-tags', decide: (ctx, span) => tagEvidence(ctx, span) },
  { id: 'world-given-name', decide: worldGivenName },
  { id: 'frequent-surname', decide: surnameEvidence },
] satisfies WeakRules[]).map((rule) => {
  const rank = WEAK_RANKS.get(rule.id);
  if (rank === undefined) throw new Error(`names: weak rule ${rule.id} has no rank in evidence/weights.ts`);
  return { ...rule, rank };
});

/** Every weak rule set that speaks for the span (for the scorer, tests and debugging). */
export function scoredWeakEvidence(ctx: Context, span: NameSpan, orgWords: ReadonlySet<string>): FiredRule[] {
  const fired: FiredRule[] = [];
  for (const { id, rank, decide } of WEAK_RULES) {
    const local = decide(ctx, span, orgWords);
    if (local) fired.push({ key: id, rank, local });
  }
  return fired;
}

/** What the weak evidence decides, by the same scorer as the local rules (the strongest speaks); null: none does. */
export function weakEvidence(ctx: Context, span: NameSpan, orgWords: ReadonlySet<string>): Local | null {
  return scoreEvidence(scoredWeakEvidence(ctx, span, orgWords));
}
