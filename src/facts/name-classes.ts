// One classification of every capitalised name span of an article: person, organisation,
// place or other, each decision with the rule (`reason`) that made it and a confidence.
// Local evidence first (titles, head words, first names, context words, table structure),
// then the article's own evidence spreads: a name classified firmly once is the same kind
// wherever it recurs, a lone surname is the person introduced earlier, and words in an
// all-capitals headline are names only where the article names them in mixed case.
// The organisation and person extractors read this one result (computed once per context).
import type { Context, Token } from '../context.js';
import { isCapitalised, nameSpans, normaliseName, type NameSpan } from './names.js';
import {
  COMPANY_SUFFIXES, INDEX_AFTER, INSTITUTION_WORDS, NOT_ORG_ACRONYMS, ORG_APPOSITIVE_AFTER, ORG_NOUN_BEFORE, PLACE_OR_EVENT_HEADS, NOT_ORG_FOLLOWERS, NOT_ORG_HEADS, ORG_CONTEXT_AFTER, ORG_CONTEXT_BEFORE, ORG_HEAD_WORDS, ORG_MEMBER_BEFORE,
  PLACE_ACRONYMS,
} from './organisation/patterns.js';
import {
  FIRST_NAMES, NOT_PERSON_HEADS, PERSON_CONTEXT_AFTER, PERSON_CONTEXT_BEFORE, PERSON_NOUN_BEFORE,
  ROLE_HEAD_SOURCE, SURNAME_SLOTS, TITLE_WORDS,
} from './person/patterns.js';
import { isCommonSurname } from './person/surnames.js';
import { lexiconTag } from '../nlp.js';
import { listedCompany } from './names/lexicon.js';
import { nameDomains } from './names/domains/index.js';
import {
  capsTableEvidence, compassTableRow, isSportReport, joinTownMarks, resultsPlayer, scheduleLine, SPORT_SENTENCE, spreadTeams, sportEvidence, sportTeam,
} from './names/domains/sports.js';

// a town's stock exchange or radio is no organisation named by the town
const ORG_CONTEXT_AFTER_NOT_PLACE = /^(?:[’']s?)? (?:shares|stock|news agency|newspaper|daily|weekly|radio|television|spokesman|spokeswoman|officials)\b/;
// "the special envoy for the Harbour Council, Ann Lee": a lower-case role phrase and a comma
// "Ann Lee, the chairman of", "Lee, a spokesman for": a role phrase after the name
const ROLE_APPOSITIVE_AFTER = new RegExp(`^, (?:the |a |an |its |their )?(?:(?!(?:including|and|or|but|while|as|with|among|such|like|plus) )[\\p{L}-]+ ){0,3}${ROLE_HEAD_SOURCE}\\b`, 'u');
const ROLE_APPOSITIVE_BEFORE = new RegExp(`\\b${ROLE_HEAD_SOURCE}(?: (?:for|of|to|at) (?:the )?[\\p{L}’' -]{2,40}?)?, $`, 'u');

export type NameClass = 'person' | 'organisation' | 'place' | 'other';

export interface ClassifiedName extends NameSpan {
  cls: NameClass;
  reason: string;
  confidence: number;
  /** titles stripped from the front of a person span ("President", "Foreign Minister") */
  titleFirst?: number;
}

const cache = new WeakMap<Context, ClassifiedName[]>();

/** Every name span of the article with its class; computed once per context. */
export function classifiedNames(ctx: Context): ClassifiedName[] {
  let result = cache.get(ctx);
  if (!result) cache.set(ctx, (result = classify(ctx)));
  return result;
}

export const isTitle = (t: Token): boolean => TITLE_WORDS.has(t.normal.replace(/\.$/, ''));
export const has = (t: Token | undefined, ...tags: string[]): boolean => !!t && tags.some((tag) => t.tags.has(tag));

/**
 * Where the name starts after the titles at the front of a span, or `first` if none: "President |Ann Lee",
 * "Foreign Minister |Dan Ortiz", and, before a first name only, a title led by other words:
 * "Senate Majority Leader |Ann Lee", "Acme CEO |Ann Lee", "Northfield State Police Trooper |Ann Lee".
 */
export function titleEndOf(ctx: Context, first: number, last: number): number {
  const tokens = ctx.tokens;
  let k = first;
  while (k < last - 1 && (isTitle(tokens[k]!) || !has(tokens[k], 'Person', 'FirstName') && isTitle(tokens[k + 1]!))) k++;
  // "Governor of Virginia": a title and what it governs name no one
  if (k > first && !isTitle(tokens[k]!) && /^\p{Lu}/u.test(tokens[k]!.text)) return k;
  // up to four words, then a title, then a first name or a word the parse calls a person
  for (let t = Math.min(last - 2, first + 4); t > first; t--) {
    if (!isTitle(tokens[t]!) || isTitle(tokens[t + 1]!)) continue;
    const name = tokens[t + 1]!;
    // after a title a listed first name is one, whatever else the parse calls it ("Minister Lena Marsh")
    if (!isFirstName(name) && !has(name, 'Person', 'FirstName') && !(FIRST_NAMES.has(name.text) && t + 2 < last)) continue;
    // "Governor of Washington Ann Lee": the role's object may join with "of", "for", "the"
    if (tokens.slice(first, t).some((x) => has(x, 'FirstName') || !/^\p{Lu}/u.test(x.text) && !/^(?:of|for|the)$/.test(x.normal))) continue;
    return t + 1;
  }
  return first;
}

const CORPORATE_TITLES = /^(?:ceo|cfo|coo|cto|chairman|chairwoman|chair|president|founder|spokesman|spokeswoman|spokesperson|director|executive|chief|manager|administrator)$/;
const GOVERNMENT_TITLES = /^(?:minister|secretary|senator|sen|speaker|governor|gov|mayor|leader|whip|premier|chancellor|commissioner|undersecretary|ambassador|envoy)$/;
// words that belong to a title rather than name whom it serves: "Senate Majority Leader", "Shadow Home Secretary"
const TITLE_QUALIFIERS = /^(?:Senate|House|Majority|Minority|Home|Shadow|Opposition|Press|Deputy|Vice|Assistant|Acting|Executive|Prime|Chief|Senior|Interim|Cabinet|Parliamentary|Provincial|Regional|Party|Army|Navy|Police|Air|Military|Environment|Energy|Education|Transport|Agriculture|Culture|Economy|Economic|Immigration|Treasury|Development|Intelligence|Communications|Information|Financial|Fiscal|Budget|Editorial|Managing|Marketing|Sales|Technical|Operating|Commercial|Legal|Public|Internal|External|Affairs|Works|Services|Lieutenant|Attorney|Surgeon|Postmaster|Secretary|Minister|General|Prime|White|Chief)$/;

/**
 * "Acme CEO", "Northfield State Police Trooper": the words before the title words that name whom the role serves,
 * as a token range [first, end), or null: "Senate Majority Leader" and "Foreign Minister" name no one else.
 */
export function affiliationPrefix(ctx: Context, first: number, nameFirst: number): [number, number] | null {
  const tokens = ctx.tokens;
  let end = nameFirst;
  while (end > first && isTitle(tokens[end - 1]!)) end--;
  // "Northfield State Police Trooper": a body's name ends in its head word
  if (end - first >= 2 && end < nameFirst && ORG_HEAD_WORDS.has(tokens[end - 1]!.normal)) return [first, end];
  // a government title takes a portfolio, not a body: "Privatisation Minister", "Budget Secretary"
  if (GOVERNMENT_TITLES.test(tokens[nameFirst - 1]!.normal)) return null;
  while (end > first && (isTitle(tokens[end - 1]!) || has(tokens[end - 1], 'Adjective') || TITLE_WORDS.has(tokens[end - 1]!.normal.replace(/s$/, '')) || TITLE_QUALIFIERS.test(tokens[end - 1]!.text) || GENERIC_FIRST_WORDS.test(tokens[end - 1]!.text) || has(tokens[end - 1], 'Demonym'))) end--;
  if (end === first || end === nameFirst) return null;
  if (tokens.slice(first, end).some((t) => !/^\p{Lu}/u.test(t.text) && t.normal !== 'of' && t.normal !== '&')) return null;
  return [first, end];
}
// compromise's own first names, or the list's where the parse sees no other part of speech
const LIST_NAME_BLOCKERS = ['Place', 'Adjective', 'Month', 'Date', 'Determiner', 'Possessive', 'Organization', 'Verb', 'Plural', 'Demonym', 'Value'];
export const isFirstName = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}/u.test(t.text) && !MONTH_OR_DAY.test(t.text) && (t.tags.has('FirstName') || (FIRST_NAMES.has(t.text) && !LIST_NAME_BLOCKERS.some((tag) => t.tags.has(tag))));
const isInitial = (ctx: Context, t: Token): boolean => /^\p{Lu}$/u.test(t.text) && ctx.text[t.end] === '.';
export const lastWord = (text: string): string => text.split(/[\s-]+/).at(-1)!.toLowerCase().replace(/\.$/, '');
export const NON_NAME_WORDS = ['Month', 'WeekDay', 'Date', 'Pronoun', 'Determiner'];
// "Israeli government", "Belgian club": nationality adjectives are no organisation
// ("-i" only after vowel and consonant, as in "Somali", "Yemeni": "Marelli", "Fratti" are names;
// no "-ch": compromise knows "Dutch", "French", "Czech", while "Norwich" and "Zurich" are towns)
export const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}*(?:ian|ese|ish|ean|[aeiou][^aeiou\s]i|ic|an)$/u;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
// first words that say what kind of body a name is, not which one: "National Bank", "First Union"
const GENERIC_FIRST_WORDS = /^(?:National|International|General|United|Federal|Central|Royal|First|New|Old|Great|Grand|Saint|Social|Democratic|Liberal|Islamic|Christian|Popular|People|Peoples|Supreme|High|State|City|County|World|Global|Western|Eastern|Northern|Southern|Interior|Foreign|Justice|Defence|Defense|Finance|Trade|Labour|Labor|Health|Security|European|Asian|African|American|Arab)$/;
// capitalised only because they start a sentence
const FUNCTION_WORDS = /^(?:Once|After|Before|While|Although|Though|Since|Because|Until|Meanwhile|However|Later|Earlier|Today|Yesterday|Tomorrow|There|Here|This|That|These|Those|It|He|She|They|We|You|His|Her|Their|Our|My|Its|When|Where|What|Who|Why|How|If|As|At|In|On|But|And|Or|So|Then|Now|Yet|Still|Also|Even|Just|Only|Some|Many|Most|All|Both|Each|Every|No|Not|One|Two|Three|Police|Officials|Authorities|Witnesses|Residents)$/;
const LEADING_QUALIFIERS = /^(?:former|ex|late|then|acting|last|next|one|two|three|four|five|six|seven|eight|nine|ten|several|many|both|all|some)$/;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const NOT_GIVEN_TAGS = ['Adjective', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Month', 'WeekDay'];
// first names that name places, directions or faiths as often: a lone one is not linked to the person who bears it
const GIVEN_NAME_BLOCKERS = new Set(['Virginia', 'Georgia', 'Carolina', 'Florida', 'Dakota', 'Jordan', 'Chad', 'Israel', 'Victoria', 'Austin', 'Houston', 'Lincoln', 'Washington', 'Paris', 'Sydney', 'Chelsea', 'Madison', 'Camden', 'Florence', 'Adelaide', 'Regina', 'Charlotte', 'Columbia', 'Trinidad', 'North', 'South', 'East', 'West', 'British', 'Christian']);
// person decisions that rest on a speech verb alone ("X said", "said X")
const SPEECH_ONLY_REASONS = new Set(['role-after-name', 'speech-or-kin-before-name']);
// a participle joined by a hyphen makes the name an adjective: "Kelmont-owned", "rebel-held"
const HYPHEN_ADJECTIVE_AFTER = /^-(?:based|led|backed|sponsored|controlled|run|owned|funded|brokered|style|born|made|linked|allied|affiliated|dominated|ruled|held|registered|listed|bound)\b/;
// a word in two capitalised parts: "HarbourBank" → "Bank"
const COMPOUND_NAME = /^\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}+)$/u;
// what a speaking source does: "the Coastal Herald said", "the Kelmont Review reported"
const SPEECH_AFTER = /^ (?:said|says|reported|reports|quoted|added|announced|wrote|warned|denied|confirmed|stated|claimed|told)\b/;
// a dateline: the place in capitals, then its region or country, then a date, a source in brackets or a dash
const CAPS_WORDS = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?$/u;
const DATELINE_REST = /^(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?: \d{4}-\d\d-\d\d\b|, (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8})\b| \(\p{Lu}| ?[-\u2013\u2014] )/u;
export const COUNTRY_IN_BRACKETS = /^ \(([^()\n]{2,30})\)/;

export interface Local { cls: NameClass; reason: string; confidence: number }

function classify(ctx: Context): ClassifiedName[] {
  const spans = joinDefinedNames(ctx, nameSpans(ctx).flatMap((s) => refineSpan(ctx, s)));
  const out: ClassifiedName[] = [];
  const pending: NameSpan[] = [];
  for (const span of spans) {
    if (span.roleObject) continue;
    const local = span.caps ? capsEvidence(ctx, span) : localEvidence(ctx, span);
    if (local) out.push({ ...span, ...local });
    else pending.push(span);
    if (local?.reason === 'title-before-name') {
      const affiliation = roleAffiliation(ctx, span);
      if (affiliation) out.push(affiliation);
    }
  }
  // "Gazeta Norska said" after "Gazeta Norska daily said": a speech verb fits an organisation as well
  // as a person, so it yields to what the article says of the same name as an organisation
  const firmOrgs = new Set<string>();
  for (const c of out) if (c.cls === 'organisation' && c.confidence >= 0.75) firmOrgs.add(normaliseName(c.text));
  for (const c of out) {
    if (c.cls === 'person' && SPEECH_ONLY_REASONS.has(c.reason) && firmOrgs.has(normaliseName(c.text))) Object.assign(c, { cls: 'organisation', reason: 'same-name-elsewhere', confidence: 0.75 });
  }
  // the article's own firm decisions: the same name means the same kind of thing
  const known = new Map<string, Local>();
  const surnames = new Map<string, string>();
  // "Isabel" after "Isabel Ruiz", "Tam" after "Tam Kai-wan": the first word of one person's name, alone (null: more than one)
  const givenNames = new Map<string, string | null>();
  for (const c of out) {
    if (c.confidence < 0.7 || c.cls === 'other') continue;
    const key = normaliseName(c.text);
    const prev = known.get(key);
    if (!prev || prev.confidence < c.confidence) known.set(key, c);
    if (c.cls === 'person' && /\s/.test(c.text)) {
      const words = c.text.split(/\s+/);
      const nameFirst = titleEndOf(ctx, c.first, c.last);
      const word = ctx.tokens[nameFirst]!.text;
      const given = normaliseName(word);
      if (nameFirst < c.last - 1 && /^\p{Lu}\p{Ll}+$/u.test(word) && !isTitle(ctx.tokens[nameFirst]!) && !GIVEN_NAME_BLOCKERS.has(word) && !NOT_GIVEN_TAGS.includes(lexiconTag(word) ?? '')) {
        givenNames.set(given, givenNames.has(given) && givenNames.get(given) !== c.text ? null : c.text);
      }
      surnames.set(normaliseName(words.at(-1)!), c.text);
      if (words.length > 2 && !/\./.test(words.at(-2)!)) surnames.set(normaliseName(words.slice(-2).join(' ')), c.text);
    }
  }
  // "Kelmont" after "Kelmont Tool Inc": the distinctive first word of a company's name
  const shortNames = new Map<string, Local>();
  // "Harwell's" after "Harwell's Bancshares Inc": the short name keeps the company's own "'s"
  const possessiveNames = new Set<string>();
  for (const c of out) {
    // only companies: a hospital or police department starts with its town's name
    if (c.cls !== 'organisation' || c.confidence < 0.8 || !(c.reason === 'company-suffix' || c.reason === 'org-head-word' && COMPANY_SUFFIXES.has(lastWord(c.text)))) continue;
    const firstToken = ctx.tokens[c.first]!;
    const words = c.text.split(/\s+/);
    if (c.ownName) words[0] = words[0]!.replace(/[’']s$/, '');
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) || has(firstToken, 'Place', 'Country', 'Demonym', 'Adjective', 'FirstName') || GENERIC_FIRST_WORDS.test(words[0]!)) continue;
    if (!known.has(normaliseName(words[0]!))) shortNames.set(normaliseName(words[0]!), { cls: 'organisation', reason: 'short-name', confidence: 0.75 });
    if (c.ownName) possessiveNames.add(normaliseName(words[0]!));
  }
  const resolve = (span: NameSpan): Local | null => {
    const key = normaliseName(span.text);
    const short = shortNames.get(key);
    if (short && !ctx.tokens.slice(span.first, span.last).some((t) => has(t, 'Place', 'Country', 'Demonym', 'Adjective')) && !NATIONALITY_SHAPE.test(span.text)) return short;
    const k = known.get(key);
    if (k) return { cls: k.cls, reason: `same-name-elsewhere`, confidence: Math.min(0.85, k.confidence) };
    if (surnames.has(key)) return { cls: 'person', reason: 'surname-link', confidence: 0.85 };
    if (!span.caps && givenNames.get(key) && !ctx.tokens.slice(span.first, span.last).some((t) => has(t, 'Place', 'Country', 'Organization'))) {
      return { cls: 'person', reason: 'given-name-link', confidence: 0.75 };
    }
    // "Mira Harwell" after "Harwell": another person of a family the article names
    const words = span.text.split(/\s+/);
    if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) {
      const last = normaliseName(words[1]!);
      if (surnames.has(last) || known.get(last)?.cls === 'person') return { cls: 'person', reason: 'family-name', confidence: 0.75 };
    }
    return null;
  };
  // "Kelmont" after "Kelmont Tool Corp": a word of a firm organisation's name is no lone surname
  const orgWords = new Set<string>();
  for (const c of out) {
    if (c.cls !== 'organisation' || c.confidence < 0.7 || !/\s/.test(c.text)) continue;
    for (const w of c.text.split(/\s+/)) orgWords.add(normaliseName(w));
  }
  const unclassified: NameSpan[] = [];
  for (const span of pending) {
    const found = resolve(span);
    if (found) out.push({ ...span, ...found });
    else if (span.caps) out.push(...((nameDomains.sports ? scheduleLine(ctx, span) : null) ?? capsSubspans(ctx, span, resolve)));
    else {
      const weak = (nameDomains.sports ? sportEvidence(ctx, span) : null) ?? tagEvidence(ctx, span) ?? surnameEvidence(ctx, span, orgWords);
      if (weak) out.push({ ...span, ...weak });
      else unclassified.push(span);
    }
  }
  // a weak tag-only decision yields to what the article says firmly elsewhere
  for (const c of out) {
    if (c.confidence >= 0.7) continue;
    const found = resolve(c);
    if (found && found.cls !== c.cls) Object.assign(c, found);
  }
  if (nameDomains.sports) spreadTeams(ctx, out, unclassified);
  if (nameDomains.sports) joinTownMarks(ctx, out);
  if (possessiveNames.size > 0) {
    for (const c of out) {
      if (c.cls !== 'organisation' || c.last - c.first !== 1 || !possessiveNames.has(normaliseName(c.text)) || !/^[’']s\b/.test(ctx.text.slice(c.end, c.end + 3))) continue;
      c.end += 2;
      c.text = ctx.text.slice(c.start, c.end);
    }
  }
  out.push(...listMembers(ctx, out, unclassified));
  return out.sort((a, b) => a.start - b.start);
}

/** "Acme CEO Ann Lee": the organisation named before a title is itself a name to extract (a place is not one). */
function roleAffiliation(ctx: Context, span: NameSpan): ClassifiedName | null {
  const nameFirst = titleEndOf(ctx, span.first, span.last);
  const range = nameFirst > span.first ? affiliationPrefix(ctx, span.first, nameFirst) : null;
  // only a company's titles say the words before them name a body: "Acme CEO", not "Hillford Professor"
  if (!range || !CORPORATE_TITLES.test(ctx.tokens[nameFirst - 1]!.normal)) return null;
  const [first, last] = range;
  const tokens = ctx.tokens.slice(first, last);
  const text = ctx.text.slice(tokens[0]!.start, tokens.at(-1)!.end);
  const single = tokens.length === 1;
  if (tokens.some((t) => has(t, 'Place', 'Country', 'City', 'Region', 'Demonym', 'Person', 'FirstName')) || isPlaceName(text)) return null;
  if (single && (lexiconTag(text) !== undefined && lexiconTag(text) !== 'Organization' || NATIONALITY_SHAPE.test(text) || FUNCTION_WORDS.test(text))) return null;
  return { ...span, first, last, start: tokens[0]!.start, end: tokens.at(-1)!.end, text, cls: 'organisation', reason: 'role-affiliation', confidence: 0.75 };
}

// what may stand between two members of a list: "A, B and C", "A/B", "A (AB), B"
const LIST_GAP = /^(?:\s*\([^()]{1,12}\))?(?:,\s(?:and\s|or\s)?|\s(?:and|or|&)\s|\/)$/;
// a plural noun that announces a list of organisations: "three groups: A, B and C"
const ORG_LIST_INTRO = /\b(?:groups|organi[sz]ations|companies|firms|banks|parties|teams|clubs|unions|agencies|militias|factions|affiliates|outfits|carriers|airlines|newspapers|broadcasters)(?::| such as| including| like)?\s*(?:the\s)?$/;

/**
 * Names in one list are one kind of thing: "Saif-e-Watan, Tanzeem ul-Haq and the Crimson Brigade"
 * are all groups once one of them (or the noun announcing them) is.
 * Weak and unclassified members take the class the firm members agree on.
 */
function listMembers(ctx: Context, out: ClassifiedName[], unclassified: NameSpan[]): ClassifiedName[] {
  type Item = { span: NameSpan; c: ClassifiedName | null };
  const items: Item[] = [...out.map((c) => ({ span: c as NameSpan, c })), ...unclassified.map((span) => ({ span, c: null }))].sort((a, b) => a.span.start - b.span.start);
  const added: ClassifiedName[] = [];
  let i = 0;
  while (i < items.length) {
    let j = i + 1;
    while (j < items.length && LIST_GAP.test(ctx.text.slice(items[j - 1]!.span.end, items[j]!.span.start).replace(/^[’']s?/, ''))) j++;
    const group = items.slice(i, j).filter((it) => !(it.c?.reason === 'acronym' && ctx.text[it.span.start - 1] === '('));
    const joined = group.length >= 3 || group.slice(1).some((it) => /\b(?:and|or)\b|[&/]/.test(ctx.text.slice(Math.max(0, it.span.start - 6), it.span.start)));
    if (group.length >= 2 && joined) {
      const firm = new Set(group.filter((it) => it.c && it.c.confidence >= 0.7 && it.c.cls !== 'other').map((it) => it.c!.cls));
      const intro = ORG_LIST_INTRO.test(ctx.text.slice(Math.max(0, group[0]!.span.start - 40), group[0]!.span.start));
      if (intro && !firm.has('person')) firm.add('organisation');
      if (firm.size === 1 && (group.length >= 3 || intro || firm.has('organisation') || firm.has('person'))) {
        const cls = [...firm][0]!;
        for (const it of group) {
          if (it.c && it.c.confidence >= 0.7) continue;
          if (it.span.initial && !it.c) continue;
          if (it.c) Object.assign(it.c, { cls, reason: `list-member`, confidence: 0.7 });
          else added.push({ ...it.span, cls, reason: 'list-member', confidence: 0.7 });
        }
      }
    }
    i = j;
  }
  return added;
}

// an acronym defined in brackets right after a name
const DEFINITION_AFTER = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/;
// lower-case words that may join the parts of one long name: "League for Democracy", "Futures and Options Exchange"
const NAME_JOINER = /^ (?:of|for|on|in|and|to|de|du|des)(?: the)? $/;

/**
 * "National Front for Renewal (NFR)": the spans split at "for", "of", "and" are one name when the
 * acronym after the last one spells the whole, and the last part alone does not fit it.
 */
function joinDefinedNames(ctx: Context, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    // "Harwell's Bancshares Inc": a company whose own name has a possessive (not a place's or a person's),
    // which the rest cannot name alone ("Daimler's Kelmont Corp" is one company's unit)
    const owner = out.at(-1);
    if (owner && !owner.caps && owner.last - owner.first === 1 && span.start === owner.end + 3 && /^[’']s $/.test(ctx.text.slice(owner.end, span.start))
      && COMPANY_SUFFIXES.has(lastWord(span.text)) && genericCompanyWords(span.text) && !has(ctx.tokens[owner.first], 'Place', 'Country', 'City', 'Demonym', 'Person', 'FirstName', 'LastName') && !lexiconTag(owner.text)) {
      out[out.length - 1] = { ...owner, last: span.last, end: span.end, text: ctx.text.slice(owner.start, span.end), ownName: true };
      continue;
    }
    // "Harbour Foundation for the Visual Arts": a body's head word, then "for" and what it is for
    const body = out.at(-1);
    if (body && !body.caps && !span.caps && ORG_HEAD_WORDS.has(lastWord(body.text)) && body.last - body.first >= 2 && /^ for (?:the )?$/.test(ctx.text.slice(body.end, span.start))
      && ctx.tokens[body.first]!.sentence === ctx.tokens[span.first]!.sentence && !has(ctx.tokens[span.first], 'Person', 'FirstName', 'Country', 'Place', 'Date', 'Month', 'WeekDay', 'Value')
      && !DEFINITION_AFTER.test(ctx.text.slice(span.end, span.end + 16))) {
      // (an acronym after it decides the join below)
      out[out.length - 1] = { ...body, last: span.last, end: span.end, text: ctx.text.slice(body.start, span.end) };
      continue;
    }
    out.push(span);
    const m = DEFINITION_AFTER.exec(ctx.text.slice(span.end, span.end + 16));
    if (!m || span.caps || acronymFits(m[1]!, span.text)) continue;
    const acronym = m[1]!.replace(/[^A-Z]/g, '');
    let best = -1;
    for (let k = out.length - 1; k > 0 && out.length - k <= acronym.length + 2; k--) {
      const prev = out[k - 1]!;
      if (prev.caps || ctx.tokens[prev.first]!.sentence !== ctx.tokens[span.first]!.sentence || !NAME_JOINER.test(ctx.text.slice(prev.end, out[k]!.start))) break;
      if (spellsAcronym(acronym, ctx.text.slice(prev.start, span.end))) best = k - 1;
      // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the letters start inside
      // the first part, and the name stays whole
      else if (best < 0 && k === out.length - 1) {
        for (let w = prev.first + 1; w < prev.last && best < 0; w++) {
          const t = ctx.tokens[w]!;
          if (t.start > prev.start && isCapitalised(t) && spellsAcronym(acronym, ctx.text.slice(t.start, span.end))) best = k - 1;
        }
      }
    }
    if (best < 0) continue;
    const first = out[best]!;
    out.splice(best, out.length - best, { ...first, last: span.last, end: span.end, text: ctx.text.slice(first.start, span.end), defined: true });
  }
  return out;
}

/** "Bancshares Inc", "Holdings Ltd": only kind-of-company words, no distinctive name. */
function genericCompanyWords(text: string): boolean {
  return text.split(/\s+/).every((w) => {
    const word = w.toLowerCase().replace(/\.$/, '');
    return ORG_HEAD_WORDS.has(word) || COMPANY_SUFFIXES.has(word) || word === '&';
  });
}

/**
 * The acronym's letters, in order, from the name's words (Schwartz and Hearst's matching): the first
 * letter starts the first word, every other letter is found further on, and no capitalised word is
 * left out that the acronym could have covered (at most two words more than letters).
 */
function spellsAcronym(acronym: string, name: string): boolean {
  const capitalised = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > acronym.length + 1 || capitalised.length < 2) return false;
  const text = name.toLowerCase();
  const letters = acronym.toLowerCase();
  let l = text.length - 1;
  for (let a = letters.length - 1; a >= 0; a--) {
    const c = letters[a]!;
    while (l >= 0 && (text[l] !== c || (a === 0 && l > 0 && /\p{L}/u.test(text[l - 1]!)))) l--;
    if (l < 0) return false;
    l--;
  }
  // the first letter must be the name's first letter: no words before the acronym's start
  return l === -1;
}

/** Splits a span where an organisation's head word is followed by a title ("Trade Department Coordinator"), trims demonyms. */
function refineSpan(ctx: Context, span: NameSpan): NameSpan[] {
  const tokens = ctx.tokens;
  let first = span.first;
  // "Canadian Tomas Verlaine", "Democrat Ann Lee": the adjective is no part of the name
  // ...but "Canadian Grain Exchange" keeps it: only a person's name loses it
  // "Former Norland captain", "Last Friday Verlaine": qualifiers and dates before a name
  while (first < span.last - 1 && tokens[first]!.start >= span.start && (LEADING_QUALIFIERS.test(tokens[first]!.normal) || has(tokens[first], 'Date', 'Month', 'WeekDay'))) first++;
  // "The Coastal Herald": the article is no part of the name
  if (first === span.first && first < span.last - 1 && tokens[first]!.normal === 'the') first++;
  // "Later Isabel said": a sentence's first word that is never part of a name
  if (span.initial && first === span.first && first < span.last - 1 && FUNCTION_WORDS.test(tokens[first]!.text)) first++;
  while (first < span.last - 1 && (has(tokens[first], 'Demonym') || /^(?:Democrat|Republican)$/.test(tokens[first]!.text)) && tokens[first]!.start >= span.start && (isFirstName(tokens[first + 1]!) || has(tokens[first + 1], 'Person', 'FirstName') && !tokens.slice(first + 1, span.last).some((t) => ORG_HEAD_WORDS.has(t.normal)))) first++;
  const parts: NameSpan[] = [];
  let start = first > span.first ? tokens[first]!.start : span.start;
  for (let k = first; k < span.last - 1; k++) {
    if (tokens[k]!.start < start) continue;
    if (ORG_HEAD_WORDS.has(tokens[k]!.normal) && isTitle(tokens[k + 1]!)) {
      parts.push(sub(ctx, span, first, k + 1, start, tokens[k]!.end));
      first = k + 1;
      start = tokens[k + 1]!.start;
    }
  }
  // "Coordinator for Trade Policy Dan Ortiz": the role's object runs into the name
  const before1 = tokens[span.first - 1];
  const before2 = tokens[span.first - 2];
  if (before1 && before2 && /^(?:for|of)$/.test(before1.normal) && isTitle(before2)) {
    for (let k = Math.max(first, span.first) + 1; k < span.last - 1; k++) {
      if (tokens[k]!.start < start || !isFirstName(tokens[k]!)) continue;
      parts.push({ ...sub(ctx, span, first, k, start, tokens[k - 1]!.end), roleObject: true });
      first = k;
      start = tokens[k]!.start;
      break;
    }
  }
  // "Ann Lee of Kelmont Corp", "Kelmont Inc of Northfield": a person or a company, then where they belong
  for (let k = first + 1; k < span.last - 1; k++) {
    if (tokens[k]!.normal !== 'of' || tokens[k]!.start < start) continue;
    const left = tokens.slice(first, k);
    const personLeft = left.length >= 2 && (isFirstName(left[0]!) || isTitle(left[0]!) || isInitial(ctx, left[0]!));
    const companyLeft = COMPANY_SUFFIXES.has(left.at(-1)!.normal.replace(/\.$/, ''));
    // "Leung Yiu-chung of LPF": a name of two words or more, then the acronym of the body it belongs to
    const acronymRight = left.length >= 2 && span.last - k === 2 && /^[A-Z]{2,6}$/.test(tokens[k + 1]!.text) && !left.some((t) => ORG_HEAD_WORDS.has(t.normal));
    // "Rivertown of Norland beat...": in a sport report, a team and the country or town it comes from
    const right = tokens.slice(k + 1, span.last);
    const teamLeft = left.length === 1 && !ORG_HEAD_WORDS.has(left[0]!.normal) && right.every((t) => has(t, 'Place', 'Country', 'City') || /^(?:Country|City|Region|Place)$/.test(lexiconTag(t.text) ?? '')) && nameDomains.sports && (isSportReport(ctx) || SPORT_SENTENCE.test(sentenceAround(ctx, span)));
    if (!personLeft && !companyLeft && !teamLeft && !acronymRight) continue;
    parts.push(sub(ctx, span, first, k, start, tokens[k - 1]!.end));
    first = k + 1;
    start = tokens[k + 1]!.start;
    break;
  }
  // "near Northfield Harkat-ul-Nasr (HN)": the definition names only the words the letters fit
  const defined = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/.exec(ctx.text.slice(span.end, span.end + 14));
  if (defined && !acronymFits(defined[1]!, ctx.text.slice(start, span.end))) {
    for (let k = first + 1; k < span.last - 1 + 1; k++) {
      if (tokens[k]!.start < start || !isCapitalised(tokens[k]!)) continue;
      const tail = ctx.text.slice(tokens[k]!.start, span.end);
      if (initialsOf(tail) === defined[1]!.replace(/[^A-Z]/g, '')) {
        parts.push(sub(ctx, span, first, k, start, tokens[k - 1]!.end));
        first = k;
        start = tokens[k]!.start;
        break;
      }
    }
  }
  let end = span.end;
  // "Kelmont Bancorp Inc., a bank": the abbreviation keeps its full stop inside a sentence
  if (COMPANY_SUFFIXES.has(lastWord(span.text)) && ctx.text[end] === '.' && /^\.(?:,| [\p{Ll}\d(])/u.test(ctx.text.slice(end, end + 3))) end++;
  parts.push(sub(ctx, span, first, span.last, start, end));
  return parts.filter((p) => p.text.length > 0);
}

function sub(ctx: Context, span: NameSpan, first: number, last: number, start: number, end: number): NameSpan {
  return { ...span, first, last, start, end, text: ctx.text.slice(start, end) };
}

// how far the line and sentence rules look around a span: bounded, so a huge line stays linear
const WINDOW = 240;
/** The span's line before and after it, cut to WINDOW characters ("…" marks a cut, so "^" rules fail). */
export function lineAround(ctx: Context, span: NameSpan): { lead: string; rest: string } {
  const from = Math.max(0, span.start - WINDOW);
  const leadRaw = ctx.text.slice(from, span.start);
  const nl = leadRaw.lastIndexOf('\n');
  const lead = nl >= 0 ? leadRaw.slice(nl + 1) : from === 0 ? leadRaw : `\u2026${leadRaw}`;
  const to = Math.min(ctx.text.length, span.end + WINDOW);
  const restRaw = ctx.text.slice(span.end, to);
  const nr = restRaw.indexOf('\n');
  const rest = nr >= 0 ? restRaw.slice(0, nr) : to === ctx.text.length ? restRaw : `${restRaw}\u2026`;
  return { lead, rest };
}

/** The span's sentence, cut to WINDOW characters either side. */
export function sentenceAround(ctx: Context, span: NameSpan): string {
  const sentence = ctx.sentenceAt(span.start);
  return ctx.text.slice(Math.max(sentence.start, span.start - WINDOW), Math.min(Math.max(sentence.end, span.end), span.end + WINDOW));
}

// a person's context that a company never takes: "teenager X", "X, 45,", "X, who"
const PERSON_ONLY_AFTER = /^(?:,? who\b|, \d{1,2}, |, aged \d| \(\d{1,2}\)|[’']s (?:wife|husband|son|daughter|father|mother|brother|sister)\b)/;
const LOCATIVE_OR_ARTICLE_BEFORE = /\b(?:the|in|at|near|to|into|across|of|from|over) $/i;

/**
 * "Goldman Sachs said", "shares in Kelmont": a name on a public list of listed companies (names/lexicon.ts).
 * A distinctive name of two words or more is firm evidence; a one-word name counts unless it is also a
 * first name or a frequent surname; a name that is also an English word ("Target") counts only inside a
 * sentence, with no article or place preposition before it. A title or a person's context outweighs the list.
 */
function listedEvidence(ctx: Context, span: NameSpan, before: string, after: string): Local | null {
  if (!nameDomains.listedCompanies || span.caps || span.headline) return null;
  const strength = listedCompany(span.text);
  if (!strength) return null;
  const tokens = ctx.tokens.slice(span.first, span.last);
  const prev = ctx.tokens[span.first - 1];
  const prevHere = !!prev && prev.sentence === tokens[0]!.sentence;
  if (prevHere && (isTitle(prev) || PERSON_NOUN_BEFORE.test(before)) || PERSON_ONLY_AFTER.test(after)) return null;
  if (has(tokens[0], 'Country', 'Demonym') || isPlaceName(span.text) || tokens.every((t) => has(t, 'Place', 'City', 'Country', 'Region'))) return null;
  if (tokens.length > 1 && strength === 'firm') return { cls: 'organisation', reason: 'listed-company', confidence: 0.8 };
  if (tokens.length > 1 || FIRST_NAMES.has(span.text) || isCommonSurname(span.text)) return null;
  if (strength === 'firm') return { cls: 'organisation', reason: 'listed-company', confidence: 0.75 };
  if (span.initial || LOCATIVE_OR_ARTICLE_BEFORE.test(before)) return null;
  return { cls: 'organisation', reason: 'listed-company-ambiguous', confidence: 0.65 };
}

/** Evidence in and around a mixed-case span. */
function localEvidence(ctx: Context, span: NameSpan): Local | null {
  const tokens = ctx.tokens.slice(span.first, span.last);
  const words = span.text.split(/\s+/);
  const head = lastWord(span.text);
  const prev = ctx.tokens[span.first - 1];
  const next = ctx.tokens[span.last];
  const sameSentence = (t: Token | undefined): t is Token => !!t && t.sentence === tokens[0]!.sentence;
  const after = ctx.text.slice(span.end, span.end + 60);
  const before = ctx.text.slice(Math.max(0, span.start - 60), span.start);
  const { lead, rest } = lineAround(ctx, span);
  const single = tokens.length === 1 || words.length === 1;

  // "Sgt", "Major": a title alone is a name only if the article names someone so (resolved later)
  if (tokens.every(isTitle)) return null;
  if (single && FUNCTION_WORDS.test(span.text)) return { cls: 'other', reason: 'function-word', confidence: 0.9 };
  if (tokens.every((t) => has(t, ...NON_NAME_WORDS) || t.normal === 'the')) return { cls: 'other', reason: 'not-a-name-word', confidence: 0.9 };
  if (single && MONTH_OR_DAY.test(span.text)) return { cls: 'other', reason: 'month-or-weekday', confidence: 0.9 };
  if (single && ROMAN.test(span.text)) return { cls: 'other', reason: 'roman-numeral', confidence: 0.9 };
  // "Kelmont-owned", "Norland-based": the name is part of an adjective there
  if (HYPHEN_ADJECTIVE_AFTER.test(after)) return { cls: 'other', reason: 'hyphen-adjective', confidence: 0.8 };
  // "N / A", "Plan B": a lone letter names nothing
  if (single && /^\p{Lu}\.?$/u.test(span.text)) return { cls: 'other', reason: 'lone-letter', confidence: 0.9 };
  if (NOT_ORG_FOLLOWERS.test(after) && !single) return { cls: 'other', reason: 'thing-named-after', confidence: 0.8 };
  if (INDEX_AFTER.test(after) && !single && !ORG_HEAD_WORDS.has(head)) return { cls: 'other', reason: 'index-named-after', confidence: 0.8 };

  const compassRow = nameDomains.sports ? compassTableRow(span, tokens, lead, rest) : null;
  if (compassRow) return compassRow;
  if (isPlaceName(span.text)) return { cls: 'place', reason: 'place-name', confidence: 0.85 };
  // "NICOSIA, Cyprus 2025-08-12", "KELMONT, Norland (Agency) -": a dateline opens the story with a place
  if (/^\s*$/.test(lead) && CAPS_WORDS.test(span.text) && DATELINE_REST.test(rest)) return { cls: 'place', reason: 'dateline', confidence: 0.9 };
  // titles in front: "President Ann Lee", "Foreign Minister Dan Ortiz", "Senate Majority Leader Ann Lee"
  if (titleEndOf(ctx, span.first, span.last) > span.first && !ORG_HEAD_WORDS.has(head)) {
    return { cls: 'person', reason: 'title-before-name', confidence: 0.9 };
  }
  // organisations: definitions, head words, company suffixes
  const withThe = prev?.normal === 'the' ? `The ${span.text}` : span.text;
  if (span.defined) return { cls: 'organisation', reason: 'acronym-in-parentheses', confidence: 0.9 };
  if (/^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/.test(after) && tokens.length > 1 && acronymFits(/^\s*\(([^)]+)\)/.exec(after)![1]!, withThe)) {
    return { cls: 'organisation', reason: 'acronym-in-parentheses', confidence: 0.95 };
  }
  // "Ministry of Finance", "Northfield Board of Trade": a head word followed by "of"
  const ofHead = words.length > 2 && words.some((w, k) => k < words.length - 2 && ORG_HEAD_WORDS.has(w.toLowerCase()) && /^(?:of|for)$/.test(words[k + 1]!));
  if (!single && ((ORG_HEAD_WORDS.has(head) && !NOT_ORG_HEADS.has(head)) || ofHead)) return { cls: 'organisation', reason: 'org-head-word', confidence: 0.85 };
  if (!single && COMPANY_SUFFIXES.has(head)) return { cls: 'organisation', reason: 'company-suffix', confidence: 0.9 };
  // "HarbourBank", "NorthCorp": one word whose capitalised tail is a kind of organisation
  const compound = single ? COMPOUND_NAME.exec(span.text) : null;
  if (compound && (ORG_HEAD_WORDS.has(compound[1]!.toLowerCase()) || COMPANY_SUFFIXES.has(compound[1]!.toLowerCase()))) return { cls: 'organisation', reason: 'compound-head-word', confidence: 0.8 };
  // "the Treasury", "Parliament voted": a state's institution, capitalised where no sentence starts
  if (single && !span.initial && !span.headline && INSTITUTION_WORDS.has(head) && /^\p{Lu}\p{Ll}+$/u.test(span.text)) return { cls: 'organisation', reason: 'institution-word', confidence: 0.75 };

  // "Kelmont, the biggest cement maker in the region": a description that names a kind of organisation
  // ("Previously, an affiliate of...": a sentence's first word is no name)
  const openingWord = span.initial && single && has(tokens[0], 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Verb', 'Adjective') && !has(tokens[0], 'ProperNoun');
  if (ORG_APPOSITIVE_AFTER.test(after) && !openingWord && !/\b(?:in|at|near|to|from)\s$/i.test(before) && !has(tokens[0], 'Country', 'Demonym') && !isPlaceName(span.text) && !isFirstName(tokens[0]!)) {
    return { cls: 'organisation', reason: 'org-appositive', confidence: 0.8 };
  }
  // "the Coastal Herald said": a person's name takes no article, a speaking institution does
  if (prev?.normal === 'the' && sameSentence(prev) && SPEECH_AFTER.test(after) && !isFirstName(tokens[0]!) && !tokens.some((t) => has(t, 'Demonym')) && !has(tokens.at(-1), 'Country', 'Place', 'City', 'Region')
    && !isPlaceName(span.text) && !PLACE_OR_EVENT_HEADS.has(head) && !/(?:man|men|woman|women)$/.test(head)) {
    return { cls: 'organisation', reason: 'the-name-said', confidence: 0.75 };
  }
  // a company listed on an exchange: evidence, weighed against a person's context and a place's
  const listed = listedEvidence(ctx, span, before, after);
  if (listed) return listed;
  // "analysts at Morgan Hale", "chief financial officer of Harwell": a member of what follows
  if (ORG_MEMBER_BEFORE.test(before) && sameSentence(prev) && !has(tokens[0], 'Country', 'Place', 'City', 'Demonym') && !isPlaceName(span.text) && lexiconTag(span.text) !== 'Country') {
    return { cls: 'organisation', reason: 'org-member-before', confidence: 0.8 };
  }
  // people: initials, first names, role words around the name
  const thingHead = NOT_PERSON_HEADS.has(head);
  if (isInitial(ctx, tokens[0]!) && tokens.length > 1 && !has(tokens.at(-1), 'Organization') && !thingHead) return { cls: 'person', reason: 'initial-and-surname', confidence: 0.85 };
  const player = nameDomains.sports ? resultsPlayer(span, tokens, next, lead, rest, after, single) : null;
  if (player) return player;
  // "the Herons, who won", "the Herons organisation": a plural name after "the" is a team or a group, never a person
  const pluralAfterThe = single && prev?.normal === 'the' && sameSentence(prev) && /\p{Ll}s$/u.test(span.text) && !isCommonSurname(span.text);
  // "Ann Lee said Harwell expects": after "said" a name that a verb follows is the reported clause's subject
  const clauseSubject = /\b(?:said|says) $/.test(before) && /^ \p{Ll}/u.test(after) && !!next && sameSentence(next) && /^\p{Ll}/u.test(next.text) && has(next, 'Verb') && !has(next, 'Preposition', 'Adverb');
  const personBefore = !pluralAfterThe && sameSentence(prev) && (isTitle(prev) || PERSON_CONTEXT_BEFORE.test(before) && !clauseSubject || ROLE_APPOSITIVE_BEFORE.test(before) || PERSON_NOUN_BEFORE.test(before));
  const personAfter = !pluralAfterThe && (PERSON_CONTEXT_AFTER.test(after) || ROLE_APPOSITIVE_AFTER.test(after));
  const firstNamed = !single && isFirstName(tokens[0]!) && !has(tokens.at(-1), 'Place', 'Organization') && !thingHead && !/^[A-Z]{2,}$/.test(words.at(-1)!);
  if (firstNamed) return { cls: 'person', reason: 'first-name', confidence: personBefore || personAfter ? 0.95 : 0.85 };
  if (personBefore && !has(tokens[0], 'Place', 'Organization', 'Acronym')) {
    return { cls: 'person', reason: PERSON_CONTEXT_BEFORE.test(before) ? 'speech-or-kin-before-name' : 'role-before-name', confidence: 0.8 };
  }
  // a lone word before "said" is as often a news agency or a company: it needs a person tag
  const lonePerson = !single || !has(tokens[0], 'Demonym', 'Plural') && !NATIONALITY_SHAPE.test(span.text) && (has(tokens[0], 'Person', 'LastName', 'FirstName') || !/^ (?:said|says)\b/.test(after));
  if (personAfter && lonePerson && !has(tokens[0], 'Place', 'Organization', 'Acronym') && (!span.initial || !single)) return { cls: 'person', reason: 'role-after-name', confidence: 0.75 };

  const team = nameDomains.sports ? sportTeam(ctx, span, tokens, lead, rest, before, after) : null;
  if (team) return team;
  if (ORG_NOUN_BEFORE.test(before) && sameSentence(prev) && !has(tokens[0], 'Country', 'Person', 'FirstName')) return { cls: 'organisation', reason: 'org-noun-before', confidence: 0.75 };
  // "the new Norland captain": a country's team is the country (compromise may lose the tag in context)
  const placeLike = has(tokens[0], 'Country', 'Demonym') || (single && lexiconTag(span.text) === 'Country') || isPlaceName(span.text) || (single && NATIONALITY_SHAPE.test(span.text));
  // "Recalled fly-half Ann Lee": a sentence's first word may be a verb or adjective, capitalised anyway
  const commonFirstWord = span.initial && single && has(tokens[0], 'Verb', 'Adjective', 'Adverb') && !has(tokens[0], 'ProperNoun');
  if (ORG_CONTEXT_AFTER.test(after) && !placeLike && !commonFirstWord && !(has(tokens[0], 'Place', 'City') && ORG_CONTEXT_AFTER_NOT_PLACE.test(after))) return { cls: 'organisation', reason: 'org-role-after', confidence: 0.75 };
  if (ORG_CONTEXT_BEFORE.test(before) && !has(tokens[0], 'Country', 'Person') && !isPlaceName(span.text)) return { cls: 'organisation', reason: 'org-context-before', confidence: 0.75 };
  const capsNeighbour = (t: Token | undefined): boolean => sameSentence(t) && /^[A-Z]{2,}$/.test(t.text) && Math.abs(t.start - span.start) < 40;
  if (single && /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,}[A-Z]?)$/.test(span.text) && !/^\s*:/.test(after) && !capsNeighbour(prev) && !capsNeighbour(next)) {
    if (PLACE_ACRONYMS.has(span.text.replace(/\./g, ''))) return { cls: 'place', reason: 'place-acronym', confidence: 0.9 };
    // "AK-47", "XR-7": a model number; "ABCX 100 index": a market index
    if (/^-\d|^ \d+ (?:index|share index)\b/.test(after)) return { cls: 'other', reason: 'model-or-index', confidence: 0.8 };
    if (!NOT_ORG_ACRONYMS.has(span.text) && !has(tokens[0], 'Place', 'Country', 'Unit')) return { cls: 'organisation', reason: 'acronym', confidence: 0.7 };
  }
  if (has(tokens[0], 'Demonym') && single) return { cls: 'other', reason: 'nationality', confidence: 0.9 };
  if (tokens.every((t) => has(t, 'Country'))) return { cls: 'place', reason: 'country', confidence: 0.9 };
  return null;
}

/** Weak evidence from compromise's tags, used only where nothing firmer speaks. */
function tagEvidence(ctx: Context, span: NameSpan): Local | null {
  const tokens = ctx.tokens.slice(span.first, span.last);
  if (tokens.some((t) => has(t, ...NON_NAME_WORDS))) return null;
  const single = !/\s/.test(span.text);
  if (span.text.length < 2 || (span.headline && single) || tokens.every(isTitle)) return null;
  const orgShaped = single ? has(tokens[0], 'Acronym') && !NATIONALITY_SHAPE.test(span.text) : !PLACE_OR_EVENT_HEADS.has(lastWord(span.text));
  if (orgShaped && tokens.every((t) => has(t, 'Organization') || t.text === '&')) return { cls: 'organisation', reason: 'compromise-organization', confidence: 0.6 };
  if (tokens.some((t) => has(t, 'Place', 'Country', 'City', 'Region'))) return { cls: 'place', reason: 'compromise-place', confidence: 0.6 };
  if (tokens.every((t) => has(t, 'Person', 'FirstName', 'LastName') || /^(?:al|el|bin|van|de|der|von|la)$/.test(t.normal)) && !span.initial) {
    // a lone word compromise calls a person is too often a place or a common word: leave it
    if (!single && !NOT_PERSON_HEADS.has(lastWord(span.text))) return { cls: 'person', reason: 'compromise-person', confidence: 0.65 };
  }
  return null;
}

// a word tagged so is no lone surname: places, organisations, dates, closed-class words
const SURNAME_BLOCKERS = ['Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Acronym', 'Month', 'WeekDay', 'Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value'];

/**
 * "Baker said", "defended Baker’s plan": a frequent surname alone, in a slot a person fills
 * (SURNAME_SLOTS). Weak evidence: it runs only where nothing else classified the word.
 */
function surnameEvidence(ctx: Context, span: NameSpan, orgWords: ReadonlySet<string>): Local | null {
  if (span.last - span.first !== 1 || span.caps || !/^\p{Lu}\p{Ll}+$/u.test(span.text) || orgWords.has(normaliseName(span.text))) return null;
  const token = ctx.tokens[span.first]!;
  const word = span.text.toLowerCase();
  if (has(token, ...SURNAME_BLOCKERS) || (has(token, 'Plural') && !has(token, 'ProperNoun')) || TITLE_WORDS.has(word) || ORG_HEAD_WORDS.has(word)) return null;
  const prev = ctx.tokens[span.first - 1];
  // "the Post’s editor", "the Herald said": a surname takes no article
  if (prev && prev.sentence === token.sentence && prev.normal === 'the') return null;
  const sentence = ctx.sentenceAt(span.start);
  const before = ctx.text.slice(Math.max(sentence.start, span.start - 40), span.start);
  const after = ctx.text.slice(span.end, span.end + 40);
  const probe = span.headline ? after.toLowerCase() : after;
  const slot = SURNAME_SLOTS.find((s) => (!s.after || s.after.test(probe)) && (!s.before || s.before.test(before)) && !s.unless?.test(probe));
  if (!slot || !isCommonSurname(span.text)) return null;
  return { cls: 'person', reason: slot.reason, confidence: 0.6 };
}

/** In an all-capitals line only the structure speaks: table rows, "X AT Y" schedules, datelines. */
function capsEvidence(ctx: Context, span: NameSpan): Local | null {
  const { lead, rest } = lineAround(ctx, span);
  if (/^\s*$/.test(lead) && /^,?(?: [\p{L}.]+)? \d{4}-\d\d-\d\d\s*$/u.test(rest)) return { cls: 'place', reason: 'dateline', confidence: 0.9 };
  if (isPlaceName(span.text)) return null;
  return nameDomains.sports ? capsTableEvidence(lead, rest) : null;
}

/** Headline words that the article names in mixed case: "SOCCER - SILVA'S LATE GOAL" → "SILVA". */
function capsSubspans(ctx: Context, span: NameSpan, resolve: (s: NameSpan) => Local | null): ClassifiedName[] {
  const out: ClassifiedName[] = [];
  const toks = ctx.tokens;
  let k = span.first;
  while (k < span.last) {
    let found: ClassifiedName | null = null;
    for (let j = Math.min(span.last, k + 4); j > k && !found; j--) {
      const start = Math.max(span.start, toks[k]!.start);
      const end = Math.min(span.end, toks[j - 1]!.end);
      if (end <= start) continue;
      let text = ctx.text.slice(start, end);
      const poss = /[’'][sS]$/.exec(text);
      const e = poss ? end - 2 : end;
      text = ctx.text.slice(start, e);
      if (!/^\p{Lu}/u.test(text) || /[^\p{L}\s.'’&-]/u.test(text)) continue;
      const r = resolve({ ...span, first: k, last: j, start, end: e, text });
      if (r && r.cls !== 'other' && r.cls !== 'place') found = { ...span, first: k, last: j, start, end: e, text, cls: r.cls, reason: `caps-${r.reason}`, confidence: r.confidence - 0.05 };
      else if (!found && j === k + 1) break;
    }
    if (found) {
      out.push(found);
      k = found.last;
    } else k++;
  }
  return out;
}

/** Place acronyms ("U.S.", "UK") and two-word compass names ("West Bank", "North Sea"). */
export function isPlaceName(text: string): boolean {
  return PLACE_ACRONYMS.has(text.replace(/\./g, '')) || COMPASS_NAME.test(text) || STATE_NAME.test(text);
}
// "<Nationality> Federation", "<Nationality> Republic", "United Kingdom": a state, so a place
const STATE_NAME = /^(?:\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|ic|ch|an|i)|United) (?:Federation|Republic|Kingdom|Emirates)$/u;
export const COMPASS_NAME = /^(?:North|South|East|West)(?:ern)? \p{Lu}\p{Ll}+$/u;

/** Letters of an acronym match the initials of a name ("The Crimson Brigade" → TCB, CB). */
const initialsOf = (name: string): string =>
  name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) || w.toLowerCase() === 'the').map((w) => w[0]!.toUpperCase()).join('');

export function acronymFits(acronym: string, name: string): boolean {
  const initials = initialsOf(name);
  const letters = acronym.replace(/[^A-Z]/g, '');
  return initials === letters || initials.replace(/^T/, '') === letters || initials.startsWith(letters);
}
