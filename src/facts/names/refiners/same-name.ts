// Article-wide refiners: what the article says firmly of a name once holds wherever the name recurs.
// A name classified firmly is the same kind elsewhere, a lone surname or first name is the person
// named in full, and a company's distinctive first word is the company.
import type { Context } from '../../../context.js';
import { normaliseName, type NameSpan } from '../../names.js';
import { lexiconTag } from '../../../nlp.js';
import { BUSINESS_KIND_HEADS, COMPANY_HEADS, COMPANY_SUFFIXES } from '../../organisation/patterns.js';
import { DEFINITION_AFTER, WORD_ACRONYM } from '../spans.js';
import { titleEndOf } from '../titles.js';
import { reclassify, type ClassifiedName, type Local } from '../types.js';
import { GENERIC_FIRST_WORDS, GIVEN_NAME_BLOCKERS, has, isLexiconWord, isTitle, lastWord, NATIONALITY_SHAPE } from '../words.js';

/**
 * "Gazeta Norska said" after "Gazeta Norska daily said": a speech verb fits an organisation as well
 * as a person, so it yields to what the article says of the same name as an organisation; so does a given name
 * alone ("Dale Marren declined to comment" after "Dale Marren, a Scottish design consultancy.").
 */
export function yieldSpeechToOrganisations(out: ClassifiedName[]): void {
  const firmOrgs = new Set<string>();
  for (const c of out) if (c.cls === 'organisation' && c.confidence >= 0.75) firmOrgs.add(normaliseName(c.text));
  for (const c of out) {
    const weak = c.evidence === 'speech-only' || c.evidence === 'given-name-only';
    if (c.cls === 'person' && weak && firmOrgs.has(normaliseName(c.text))) {
      reclassify(c, { cls: 'organisation', reason: 'same-name-elsewhere', confidence: 0.75 });
    }
  }
}

/**
 * "Brantley Software to buy Corvex" in a headline over "Brantley Software Inc said": a company's name without its
 * suffix is the company, whatever a given name at its start suggested.
 */
// bodies named in someone's honour
const NAMED_IN_HONOUR = new RegExp(`^(?:${['Foundation', 'Institute', 'Museum', 'Cent(?:er|re)', 'Prize', 'Awards?',
  'Trust', 'Fund', 'School', 'College', 'University', 'Hospital', 'Library', 'Memorial', 'Stadium', 'Arena', 'Society',
  'Gallery', 'Collection', 'Estate', 'Lecture', 'Scholarship', 'Chair', 'Professor', 'Fellowship', 'Presidential',
].join('|')})$`);
export function yieldPeopleToCompanyNames(out: ClassifiedName[]): void {
  const bases = new Set<string>();
  // the first two words of a body's name of four words or more, and where it was first named: "Tova Brink" after
  // "Tova Brink Air Ambulance"
  const openings = new Map<string, number>();
  const firstWords = new Map<string, number>();
  for (const c of out) {
    // (a masthead in capitals too, with its legal form: "KELBY FERRIES PLC - RESULTS CALL")
    if (c.cls !== 'organisation' || c.confidence < 0.8 && c.reason !== 'caps-masthead') continue;
    // (or without a head word only a business takes: "Tarn Ridge's chief" after "Tarn Ridge Developers")
    const base = withoutSuffix(c.text) ?? withoutLast(c.text, COMPANY_HEADS);
    if (base) bases.add(base);
    // (not a body named in a person's honour: "the Ann Lee Foundation for the Arts" leaves "Ann Lee" a person)
    const words = c.text.split(/\s+/);
    const opening = normaliseName(words.slice(0, 2).join(' '));
    if (words.length >= 4 && !openings.has(opening) && !NAMED_IN_HONOUR.test(words[2]!)) openings.set(opening, c.start);
    // (a company's first word alone, its name of three words or more closed by a legal form or a company's head:
    // "Tarnvale" of "Tarnvale Ferries Inc.", of "Tarnvale Theatre Company", read as a person only by a speech verb
    // before it)
    const first = normaliseName(words[0]!);
    const closed = COMPANY_SUFFIXES.has(lastWord(c.text)) || COMPANY_HEADS.has(lastWord(c.text));
    if (words.length >= 3 && closed && !firstWords.has(first)) {
      firstWords.set(first, c.start);
    }
  }
  if (bases.size === 0 && openings.size === 0 && firstWords.size === 0) return;
  for (const c of out) {
    if (c.cls !== 'person') continue;
    const key = normaliseName(c.text);
    // (a name its shape alone calls a person, told after the body's full name)
    const opened = c.reason === 'first-name' && (openings.get(key) ?? Infinity) < c.start
      || c.reason === 'speech-or-kin-before-name' && !key.includes(' ') && (firstWords.get(key) ?? Infinity) < c.start;
    if (bases.has(key) || opened) reclassify(c, { cls: 'organisation', reason: 'short-name', confidence: 0.8 });
  }
}

/** "Brantley Software" of "Brantley Software Inc" (normalised); null for a name of no more than a word and a suffix. */
const withoutSuffix = (name: string): string | null => withoutLast(name, COMPANY_SUFFIXES);

const KIND_HEADS: ReadonlySet<string> = new Set(BUSINESS_KIND_HEADS);
// heads of the names of parties and movements, which go by the words before them: "Open Valley" of "Open Valley
// Movement"
// (so does a bank of three words or more: "Tarn Mercantile" of "Tarn Mercantile Bank")
const HEADS_LEFT_OFF: ReadonlySet<string> =
  new Set(['movement', 'party', 'alliance', 'front', 'coalition', 'bloc', 'bank']);
/** A name of three words or more without its last, when that is one of `words` (normalised); else null. */
function withoutLast(name: string, words: ReadonlySet<string>): string | null {
  const parts = name.split(/\s+/);
  return parts.length > 2 && words.has(lastWord(name)) ? normaliseName(parts.slice(0, -1).join(' ')) : null;
}

const NOT_GIVEN_TAGS = ['Adjective', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Month', 'WeekDay'];
const SHORT_NAME_BLOCKERS = ['Place', 'Country', 'Demonym', 'Adjective', 'FirstName'];

const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// legal forms written before a company's name: Indonesia's "PT", Russia's "PAO", "OAO", "ZAO", "OOO"
const LEGAL_FORM_FIRST = /^(?:PT|PAO|OAO|ZAO|OOO)$/;
const MONEY_MANAGER = /\b(?:Asset|Capital|Investment|Wealth|Fund|Portfolio) Management$/;

/** What the article's firm decisions say of a name seen again: a decision, or null. */
export type Resolver = (span: NameSpan) => Local | null;

export interface ArticleNames {
  resolve: Resolver;
  /** companies whose short name keeps their own "'s" ("Harwell's" after "Harwell's Bancshares Inc") */
  possessiveNames: ReadonlySet<string>;
  /** the last word of a person's name the article gives firmly ("Griffin" after "Tim Griffin") */
  isSurname: (span: NameSpan) => boolean;
}

/** Whether the parse gives any word of the span one of these tags. */
const spanTagged = (ctx: Context, span: NameSpan, ...tags: string[]): boolean =>
  ctx.tokens.slice(span.first, span.last).some((t) => has(t, ...tags));

/** Gathers the article's firm decisions: names by kind, people's surnames and first names, companies' short names. */
export function articleNames(ctx: Context, out: readonly ClassifiedName[]): ArticleNames {
  const known = new Map<string, Local>();
  const surnames = new Map<string, string>();
  // "Irena" after "Irena Voss", "Tam" after "Tam Kai-wan": the first word of one person's name, alone (null: more than one)
  const givenNames = new Map<string, string | null>();
  // (a lone word that only the words around it call a body waits: it may be a person's surname, below)
  const contextOnly: ClassifiedName[] = [];
  const know = (c: ClassifiedName): void => {
    const key = normaliseName(c.text);
    const prev = known.get(key);
    if (!prev || prev.confidence < c.confidence) known.set(key, c);
  };
  for (const c of out) {
    if (c.confidence < 0.7 || c.cls === 'other') continue;
    if (CONTEXT_ORG_REASONS.has(c.reason) && c.last - c.first === 1) contextOnly.push(c);
    else know(c);
    if (c.cls === 'person' && /\s/.test(c.text)) {
      const words = c.text.split(/\s+/);
      const nameFirst = titleEndOf(ctx, c.first, c.last);
      const word = ctx.tokens[nameFirst]!.text;
      const given = normaliseName(word);
      const givenShaped = /^\p{Lu}\p{Ll}+$/u.test(word) && !isTitle(ctx.tokens[nameFirst]!) && !GIVEN_NAME_BLOCKERS.has(word);
      if (nameFirst < c.last - 1 && givenShaped && !NOT_GIVEN_TAGS.includes(lexiconTag(word) ?? '')) {
        givenNames.set(given, givenNames.has(given) && givenNames.get(given) !== c.text ? null : c.text);
      }
      surnames.set(normaliseName(words.at(-1)!), c.text);
      if (words.length > 2 && !/\./.test(words.at(-2)!)) surnames.set(normaliseName(words.slice(-2).join(' ')), c.text);
      // ("Dale Kiernan Jr." is "Kiernan" later: a generation's mark follows the surname)
      if (words.length > 2 && GENERATION.test(words.at(-1)!)) surnames.set(normaliseName(words.at(-2)!), c.text);
    }
  }
  // ('"We will appeal," Griffin said in a statement' after "Tim Griffin": the surname, as yieldWeakToFirm decides)
  for (const c of contextOnly) if (!surnames.has(normaliseName(c.text))) know(c);
  // "Aslef" after "the Associated Society of Locomotive Engineers and Firemen (Aslef)": an acronym written as a word,
  // which nothing else marks as a name, is the body it was defined for
  for (const c of out) {
    if (c.evidence !== 'acronym-definition') continue;
    const defined = DEFINITION_AFTER.exec(ctx.text.slice(c.end, c.end + 16))?.[1];
    if (defined && WORD_ACRONYM.test(defined) && !known.has(normaliseName(defined))) {
      known.set(normaliseName(defined), { cls: 'organisation', reason: 'acronym-in-parentheses', confidence: 0.85 });
    }
  }
  // "Kelmont" after "Kelmont Tool Inc": the distinctive first word of a company's name
  const shortNames = new Map<string, Local>();
  const possessiveNames = new Set<string>();
  for (const c of out) {
    // only companies: a hospital or police department starts with its town's name
    // ("Veridex Semiconductor said it would": a kind of business as the last word, whatever evidence decided)
    const head = lastWord(c.text);
    const businessKind = BUSINESS_KIND_HEADS.includes(head);
    // ("Tarvelle" after "Tarvelle International": a body named for its reach goes by its first word too)
    const reach = head === 'international' && c.last - c.first === 2;
    // ("Castlegate" after "Castlegate Bank": a bank of two words goes by its first word, where that is no place and no
    // word of the language: "the Reserve Bank … Reserve forces")
    const bank = head === 'bank' && c.last - c.first === 2 && !isLexiconWord(ctx.tokens[c.first]!.text);
    // ("Meta" after "Meta Platforms": a company of an exchange's list goes by its first word too; so does a manager of
    // others' money: "Harrow" after "Harrow Asset Management")
    const company = c.evidence === 'company-suffix' || businessKind || reach || bank || c.evidence === 'listed-company'
      || MONEY_MANAGER.test(c.text)
      || c.evidence === 'org-head-word' && (COMPANY_SUFFIXES.has(head) || COMPANY_HEADS.has(head));
    if (c.cls !== 'organisation' || c.confidence < (businessKind || reach || bank ? 0.75 : 0.8) || !company) continue;
    // (a legal form before the name is no word of it: "PT Kelbar Pangan Tbk" is "Kelbar")
    const formFirst = LEGAL_FORM_FIRST.test(c.text.split(/\s+/)[0]!);
    const words = c.text.split(/\s+/).slice(formFirst ? 1 : 0);
    if (c.ownName) words[0] = words[0]!.replace(/[’']s$/, '');
    const word = words[0]!;
    // (a place the parse guessed from the word's shape alone is no town the company is named for: "Orvale Airways")
    const first = ctx.tokens[c.first + (formFirst ? 1 : 0)]!;
    const blocked = has(first, ...SHORT_NAME_BLOCKERS.filter((t) => t !== 'Place'))
      || has(first, 'Place') && (!businessKind && !COMPANY_HEADS.has(head) && !COMPANY_SUFFIXES.has(head)
        || lexiconTag(first.text) !== undefined);
    // (a word with a capital inside is one too: "TarvMar" after "TarvMar Ferries Ltd")
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u.test(word) || blocked
      || GENERIC_FIRST_WORDS.test(word)) {
      continue;
    }
    if (!known.has(normaliseName(word))) shortNames.set(normaliseName(word), { cls: 'organisation', reason: 'short-name', confidence: 0.75 });
    // "Brantley Software" after "Brantley Software Inc": the name without its suffix; "Brisa Norte" after "Brisa
    // Norte Partners", without a company's head word or its kind of business ("Fenby Dray Restructuring")
    const unsuffixed = withoutSuffix(words.join(' '));
    const base = unsuffixed ?? withoutLast(words.join(' '), COMPANY_HEADS) ?? withoutLast(words.join(' '), KIND_HEADS);
    if (base && known.get(base)?.cls !== 'person') {
      shortNames.set(base, { cls: 'organisation', reason: 'short-name', confidence: 0.8 });
    }
    // ("Granite Mesa" after "Granite Mesa Ventures LLC": without its suffix and then its head word)
    const baseWords = base?.split(' ') ?? [];
    const baseHead = baseWords.at(-1) ?? '';
    const headed = COMPANY_HEADS.has(baseHead) || BUSINESS_KIND_HEADS.includes(baseHead);
    // ("Harlow Vane" after "Harlow Vane Energy Group": without two heads)
    const bare = (unsuffixed || COMPANY_HEADS.has(head)) && baseWords.length > 2 && headed
      ? baseWords.slice(0, -1).join(' ') : null;
    // (a person that only a speech verb or a role word made of the same words is that company: "a partner at Granite
    // Mesa said")
    const heldBy = bare ? known.get(bare) : undefined;
    if (bare && (heldBy?.cls !== 'person' || heldBy.evidence === 'speech-only')) {
      shortNames.set(bare, { cls: 'organisation', reason: 'short-name', confidence: 0.8 });
    }
    if (c.ownName) possessiveNames.add(normaliseName(word));
  }
  // "Open Valley leader Ann Lee" after "the Open Valley Movement": a party or a movement goes by its name without
  // its head word, where two words or more are left
  for (const c of out) {
    if (c.cls !== 'organisation' || c.evidence !== 'org-head-word' || c.confidence < 0.8) continue;
    const base = withoutLast(c.text, HEADS_LEFT_OFF);
    if (base && !known.has(base) && !shortNames.has(base)) {
      shortNames.set(base, { cls: 'organisation', reason: 'short-name', confidence: 0.75 });
    }
  }
  const resolve = (span: NameSpan): Local | null => {
    const key = normaliseName(span.text);
    const short = shortNames.get(key);
    // ("Tarnwick said" after "Tarnwick Labs": a place the parse guessed from the word's shape, one its lexicon does not
    // hold, is the company's short name)
    // (an adjective opening a name of two words or more is a word of it: "Open Valley" of "Open Valley Movement")
    const blockers = span.last - span.first > 1 ? ['Country', 'Demonym'] : ['Country', 'Demonym', 'Adjective'];
    const notPlace = !spanTagged(ctx, span, ...blockers)
      && (!spanTagged(ctx, span, 'Place') || lexiconTag(span.text) === undefined);
    // (a word shaped like a nationality in "-i" is a company's short name: "Tarnuvi" after "Tarnuvi Robotics Ltd"; so
    // is one in "-ian", "-an", "-ic" the parse's lexicon does not hold: "Morvanian" after "Morvanian Systems"; "-ish"
    // and "-ese" name nations and tongues, known or not: "British" after "British Harbour Lines")
    const nationality = NATIONALITY_SHAPE.test(span.text) && !/[^aeiou\s]i$/.test(span.text)
      && (lexiconTag(span.text) !== undefined || /(?:ish|ese)$/.test(span.text));
    if (short && notPlace && !nationality) {
      return short;
    }
    const k = known.get(key);
    if (k) return { cls: k.cls, reason: `same-name-elsewhere`, confidence: Math.min(0.85, k.confidence) };
    if (surnames.has(key)) return { cls: 'person', reason: 'surname-link', confidence: 0.85, link: 'surname' };
    if (!span.caps && givenNames.get(key) && !spanTagged(ctx, span, 'Place', 'Country', 'Organization')) {
      return { cls: 'person', reason: 'given-name-link', confidence: 0.75, link: 'given-name' };
    }
    const words = span.text.split(/\s+/);
    // "developed by Corlane Therapeutics" where "Shares of Corlane" is a company: its name with a kind of business
    const kind = lastWord(span.text);
    if (words.length === 2 && (BUSINESS_KIND_HEADS.includes(kind) || COMPANY_HEADS.has(kind))
      && known.get(normaliseName(words[0]!))?.cls === 'organisation') {
      return { cls: 'organisation', reason: 'company-of-short-name', confidence: 0.75 };
    }
    // "Mira Harwell" after "Harwell": another person of a family the article names
    if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) {
      const last = normaliseName(words[1]!);
      if (surnames.has(last) || known.get(last)?.cls === 'person') return { cls: 'person', reason: 'family-name', confidence: 0.75 };
    }
    return null;
  };
  return { resolve, possessiveNames, isSurname: (span) => surnames.has(normaliseName(span.text)) };
}

/** "Kelmont" after "Kelmont Tool Corp": a word of a firm organisation's name is no lone surname. */
export function organisationWords(out: readonly ClassifiedName[]): Set<string> {
  const words = new Set<string>();
  for (const c of out) {
    if (c.cls !== 'organisation' || c.confidence < 0.7 || !/\s/.test(c.text)) continue;
    for (const w of c.text.split(/\s+/)) words.add(normaliseName(w));
  }
  return words;
}

/** A weak tag-only decision yields to what the article says firmly elsewhere. */
export function yieldWeakToFirm(out: ClassifiedName[], resolve: Resolver, isSurname: (span: NameSpan) => boolean): void {
  // people of more than one word, however decided (a given name of the world list too, decided after `resolve` was
  // built)
  const people = new Set(out.filter((c) => c.cls === 'person' && /\s/.test(c.text)).map((c) => normaliseName(c.text)));
  // (and their surnames: "Harlan's coach" after "Kenji Harlan", whom a given name of the world list named; not a word
  // of a body's name: "Williams shareholders" after "A.L. Williams Corp.")
  const orgWords = organisationWords(out);
  const surnames = new Set([...people].map((name) => lastWord(name)).filter((word) => !orgWords.has(word)));
  const yielded = new Set<string>();
  for (const c of out) {
    // (the parse's tag alone made a body of a name the article gives a person elsewhere: a speaker's label)
    if (c.reason === 'compromise-organization' && people.has(normaliseName(c.text))) {
      reclassify(c, { cls: 'person', reason: 'same-name-elsewhere', confidence: 0.65 });
      continue;
    }
    // '"We will appeal," Griffin said in a statement' after "Attorney General Tim Griffin": words around a lone
    // word that point to a body ("said in a statement", "told") yield to a surname the article gave a person (a
    // double-barrelled one too: "Ogun-Reis said in a statement"; and "it" after the speech verb, which tells of the
    // company the person speaks for: "Tarvo-Lind said it would hire 40 staff")
    const lone = !/\s/.test(c.text);
    if (CONTEXT_ORG_REASONS.has(c.reason) && lone && (isSurname(c) || surnames.has(normaliseName(c.text)))) {
      reclassify(c, { cls: 'person', reason: 'surname-link', confidence: 0.8, link: 'surname' });
      yielded.add(normaliseName(c.text));
      continue;
    }
    // ("a partner at Granite Mesa said" after "Granite Mesa Ventures LLC": a speech verb or a role word alone yields to
    // the short name of a company the article named in full, when it is more than one word, which no surname is)
    const firm = c.confidence >= 0.7;
    if (firm && !(c.evidence === 'speech-only' && /\s/.test(c.text))) continue;
    const found = resolve(c);
    if (firm && found?.reason !== 'short-name') continue;
    if (found && found.cls !== c.cls) reclassify(c, found);
  }
  // (what took the body's class from a surname that yielded takes the person's: "Harlan fights back" in the headline)
  for (const c of out) {
    if (c.cls === 'organisation' && c.reason === 'same-name-elsewhere' && yielded.has(normaliseName(c.text))) {
      reclassify(c, { cls: 'person', reason: 'surname-link', confidence: 0.8, link: 'surname' });
    }
  }
}
const CONTEXT_ORG_REASONS = new Set(['org-role-after', 'org-context-before', 'said-it-would']);

/**
 * "Lind" after "Kalervo Lind": a lone surname of a person whom only a given name of the world list named (weak
 * evidence, decided after the article's firm names were gathered) is that person, where nothing else decided it; so
 * is the given name alone ("Kalervo: We met at school", an interview's speaker), where no other person of the article
 * has it.
 * Returns the spans it classifies; they leave `unclassified`.
 */
export function linkWorldNameSurnames(
  ctx: Context, out: readonly ClassifiedName[], unclassified: NameSpan[], orgWords: ReadonlySet<string>,
): ClassifiedName[] {
  const surnames = new Set<string>();
  const worldGiven = new Set<string>();
  // every person named in full, by given name: one given name of two people links to neither
  const fullNamesByGiven = new Map<string, Set<string>>();
  for (const c of out) {
    if (c.cls !== 'person' || !/\s/.test(c.text)) continue;
    const words = c.text.split(/\s+/);
    const given = normaliseName(words[0]!);
    fullNamesByGiven.set(given, (fullNamesByGiven.get(given) ?? new Set()).add(c.text));
    if (c.evidence !== 'world-given-name') continue;
    surnames.add(normaliseName(words.at(-1)!));
    worldGiven.add(given);
  }
  if (surnames.size === 0) return [];
  const linked: ClassifiedName[] = [];
  for (let i = unclassified.length - 1; i >= 0; i--) {
    const span = unclassified[i]!;
    const key = normaliseName(span.text);
    // (one word, or a double surname a hyphen joins: "Nakamura-Byrne")
    if (span.caps || span.last - span.first !== 1 && /\s/.test(span.text) || orgWords.has(key)) continue;
    if (surnames.has(key)) {
      linked.push({ ...span, cls: 'person', reason: 'surname-link', confidence: 0.75, link: 'surname' });
    } else if (worldGiven.has(key) && fullNamesByGiven.get(key)!.size === 1
      && !spanTagged(ctx, span, 'Place', 'Country', 'Organization')) {
      linked.push({ ...span, cls: 'person', reason: 'given-name-link', confidence: 0.75, link: 'given-name' });
    } else continue;
    unclassified.splice(i, 1);
  }
  return linked;
}

/** "Harwell's" after "Harwell's Bancshares Inc": the short name keeps the company's own "'s". */
export function keepOwnPossessives(ctx: Context, out: ClassifiedName[], possessiveNames: ReadonlySet<string>): void {
  if (possessiveNames.size === 0) return;
  for (const c of out) {
    if (c.cls !== 'organisation' || c.last - c.first !== 1 || !possessiveNames.has(normaliseName(c.text))) continue;
    if (!/^[’']s\b/.test(ctx.text.slice(c.end, c.end + 3))) continue;
    c.end += 2;
    c.text = ctx.text.slice(c.start, c.end);
  }
}
