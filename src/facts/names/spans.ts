// Candidate spans refined before they are classified: qualifiers and demonyms trimmed from the front,
// a span split where a body's head word meets a title or "of" joins a person to where they belong,
// and spans joined back across "of", "for", "and" where an acronym after them spells the whole.
import type { Context, Token } from '../../context.js';
import { CHARGED_ON_HEADS, FIRM_ROLES, isCapitalised, isListedName, type NameSpan } from '../names.js';
import { lexiconTag } from '../../nlp.js';
import { anyOf } from '../../lexicon/patterns.js';
import {
  BUSINESS_KIND_HEADS, COMPANY_HEADS, COMPANY_SUFFIXES, isDescribingKind, KIN_MEMBER_PLURALS, ORG_HEAD_WORDS,
  PUBLICATION_HEADS, SHOP_HEADS,
  TRADE_PLURALS,
} from '../organisation/patterns.js';
import {
  BYLINE_ROLE_GRADES, BYLINE_ROLES, isListedFirstName, isPersonNoun, TITLE_ABBREVIATION, TITLE_WORDS,
} from '../person/patterns.js';
import { isCommonSurname } from '../person/surnames.js';
import { nameDomains } from './domains/index.js';
import { isSportReport, SPORT_SENTENCE } from './domains/sports.js';
import {
  FUNCTION_WORDS, has, isCabinetTitle, isFirstName, isInitial, isLexiconWord, isTitle, lastWord, LEADING_QUALIFIERS,
  sentenceAround, styleOfAddressAt,
} from './words.js';

/** An acronym nobody defined, which may spell the initials of a name in the article ("the ECB", "UNK's library"). */
export const BARE_ACRONYM = /^[A-Z]{2,6}$/;

/** Letters of an acronym match the initials of a name ("The Crimson Brigade" → TCB, CB). */
/** The first letters of a name's capitalised words, and of "the" when `withThe` ("Bank of the North": BN, BTN). */
export const initialsOf = (name: string, withThe = true): string =>
  name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) || (withThe && w.toLowerCase() === 'the'))
    .map((w) => w[0]!.toUpperCase()).join('');

/** An acronym written as a word, its first letter alone in capitals: "Aslef", "Acas" (British style). */
export const WORD_ACRONYM = /^[A-Z][a-z]{2,7}$/;

export function acronymFits(acronym: string, name: string): boolean {
  const initials = initialsOf(name);
  // (one written as a word spells every initial, no fewer: "Acas" is no "Aldermen" nor "Arbitration Council")
  if (WORD_ACRONYM.test(acronym)) return [initials, initials.replace(/^T/, '')].includes(acronym.toUpperCase());
  const letters = acronym.replace(/[^A-Z]/g, '');
  return initials === letters || initials.replace(/^T/, '') === letters || initials.startsWith(letters)
    || skipsOneWord(letters, initials.replace(/^T/, '')) || compoundFits(letters, name);
}

/**
 * "Vereinigte Hafenarbeitergewerkschaft (VHG)": every word's initial, in order, and after it letters that open the
 * parts of a long compound word (ten letters or more) in it.
 */
function compoundFits(letters: string, name: string): boolean {
  const words = name.replace(/^The /, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 || letters.length <= words.length) return false;
  let i = 0;
  for (const [n, word] of words.entries()) {
    if (letters[i] !== word[0]) return false;
    i++;
    let from = 1;
    // (leaving a letter for each word after it)
    while (word.length >= 10 && i < letters.length - (words.length - 1 - n)) {
      const at = word.toLowerCase().indexOf(letters[i]!.toLowerCase(), from);
      if (at < 0) break;
      from = at + 1;
      i++;
    }
  }
  return i === letters.length;
}

/** "Kelmont Centre for Flood Prevention and Control (KCFC)": every initial but one inner word's, in order. */
function skipsOneWord(letters: string, initials: string): boolean {
  if (letters.length < 3 || initials.length !== letters.length + 1) return false;
  for (let skip = 1; skip < initials.length - 1; skip++) {
    if (initials.slice(0, skip) + initials.slice(skip + 1) === letters) return true;
  }
  return false;
}

// words that name a party before a lower-case "party"
const PARTY_NAMES = /^(?:Republican|Democratic|Labour|Labor|Conservative|Liberal|Communist|Socialist|Green|Nationalist|Libertarian|Reform|Progressive|Unionist)$/;
// "Democrat Ann Lee", "Frenchman Luc Aubry": a word for a person's party or nation before the name
const PARTISAN_OR_COUNTRYMAN = new RegExp(
  '^(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Communist|Centrist|Nationalist|Populist|Libertarian|' +
    '(?:French|English|Irish|Scots|Dutch|Welsh|Country)(?:man|woman))$',
);

// a follower of a creed or a cause before a name: "Methodist Tom Varga", "Marxist Ann Lee" (not a surname in
// -qvist or -eist: "Lundqvist", "Feist")
const FOLLOWER = /^\p{Lu}\p{Ll}{3,}(?<![qeh])ists?$/u;
// letters after a person's name: a seat, a rank of counsel, an honour, a degree
// (the Commonwealth's honours too: "Dame Ann Lee DNZM", "Tom Roe KCMG", "Ida Marr AO")
const POST_NOMINALS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MS', 'MLA', 'TD', 'KC', 'QC', 'SC', 'OBE', 'CBE',
  'MBE', 'KBE', 'DBE', 'PhD', 'MD', 'FRS', 'DNZM', 'KNZM', 'CNZM', 'ONZM', 'MNZM', 'QSO', 'QSM', 'KCMG', 'GCMG', 'CMG',
  'DSO', 'AO', 'OAM', 'FRSE', 'FREng', 'FRCP', 'FRCS', 'FBA', 'FRSA']);

/** "Witness Tom Redfern", "Shopkeeper Ali Khan": a noun for a person (compromise's Actor), no title and no name itself */
const personNoun = (t: Token): boolean =>
  (t.tags.has('Actor') && !has(t, 'ProperNoun', 'Person', 'FirstName', 'LastName', 'Organization', 'Place')
    || isPersonNoun(t.text) && !has(t, 'Person', 'FirstName', 'LastName')) && !isTitle(t);

// the days a paper may be named for, and the head words of papers' names
// one who keeps a business, opening a sentence before a given name: "Owner Ann Lee, 46, said"
const OWNER_OPENING = /^(?:Owner|Co-owner|Proprietor|Landlord|Landlady|Apprentice)$/;
const PAPER_DAYS = new Set(['weekend', 'sunday', 'saturday', 'monday', 'friday']);
const PUBLICATION_WORDS: ReadonlySet<string> = new Set(PUBLICATION_HEADS);
/** "Weekend" before "Chronicle": a day's word that opens a paper's name. */
const isPaperDay = (day: Token, head: Token): boolean =>
  PAPER_DAYS.has(day.normal) && PUBLICATION_WORDS.has(head.normal.replace(/['’]s$/u, ''));

// what a web page's buttons say before the sites they share to
const WEB_PAGE_ACTIONS = /^(?:Share|Send|Tweet|Email|Print|Subscribe|Follow)$/;

const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Splits a span where an organisation's head word is followed by a title ("Trade Department Coordinator"), trims demonyms. */
export function refineSpan(ctx: Context, span: NameSpan): NameSpan[] {
  const tokens = ctx.tokens;
  let first = span.first;
  // "Canadian Tomas Verlaine", "Democrat Ann Lee": the adjective is no part of the name
  // ...but "Canadian Grain Exchange" keeps it: only a person's name loses it
  // "Former Norland captain", "Last Friday Verlaine": qualifiers and dates before a name
  // (not a day that names a paper, its head word after it: "the Weekend Chronicle", "the Sunday Ledger")
  // (nor a word a month's abbreviation spells that opens a company's name: "Mar Azul Dragagens, S.A.")
  const companyName = COMPANY_SUFFIXES.has(lastWord(span.text));
  const qualifier = (k: number): boolean => LEADING_QUALIFIERS.test(tokens[k]!.normal)
    || has(tokens[k], 'Date', 'Month', 'WeekDay') && !(k === span.last - 2 && isPaperDay(tokens[k]!, tokens[k + 1]!))
      && !(companyName && MONTH_ABBREVIATION.test(tokens[k]!.text));
  while (first < span.last - 1 && tokens[first]!.start >= span.start && qualifier(first)) first++;
  // "Watch video 04:27 Share Kelbian police face …", "Send Facebook Whatsapp": a web page's buttons open no name
  if (first === span.first && first < span.last - 1 && WEB_PAGE_ACTIONS.test(tokens[first]!.text)
    && ctx.tokens[first - 1]?.normal !== 'the') first++;
  // "The Coastal Herald": the article is no part of the name
  if (first === span.first && first < span.last - 1 && tokens[first]!.normal === 'the') first++;
  // "Her Honour Judge Ann Lee", "His Excellency Tomas Varga": a style of address is no part of the name either
  if (first === span.first && first < span.last - 2 && styleOfAddressAt(tokens, first)) first += 2;
  // "Later Irena said": a sentence's first word that is never part of a name
  // (not a listed company's own first word: "Under Armour said")
  // (nor a given name's first part a hyphen joins: "Per-Ivar Tarnby said")
  if (span.initial && first === span.first && first < span.last - 1 && FUNCTION_WORDS.test(tokens[first]!.text)
    && !isListedName(span.text) && !/^[-\u2010\u2011]$/u.test(tokens[first]!.post)) first++;
  // "Retailer Kelmont said", "Rival Velkor AI raised": a kind of body opening the sentence is no part of its name
  if (span.initial && first === span.first && first < span.last - 1 && isDescribingKind(tokens[first]!.text)) first++;
  // (not a word a hyphen joins to the next, one word of a name: "Lindkvist-Hoffman GmbH")
  const partisan = (k: number): boolean => !/^[-\u2010\u2011]$/u.test(tokens[k]!.post) && (
    has(tokens[k], 'Demonym') || PARTISAN_OR_COUNTRYMAN.test(tokens[k]!.text) || FOLLOWER.test(tokens[k]!.text)
    || personNoun(tokens[k]!) || !!span.initial && k === first && OWNER_OPENING.test(tokens[k]!.text));
  // (no person before a legal form after a word read as a follower's noun by its ending alone: "Almqvist Hane Kapital
  // AB"; but "Underwriter Kelby Bancorp Inc")
  // (the legal form looked for only after such a word, as most spans open with none)
  const surnameAsFollower = (t: Token): boolean => FOLLOWER.test(t.text) && !isLexiconWord(t.text);
  const legalForm = (): boolean => tokens.slice(first, span.last).some((t) => COMPANY_SUFFIXES.has(t.normal));
  const personNext = (k: number): boolean => !(surnameAsFollower(tokens[k]!) && legalForm())
    && (isFirstName(tokens[k + 1]!)
    || has(tokens[k + 1], 'Person', 'FirstName')
      && !tokens.slice(k + 1, span.last).some((t) => ORG_HEAD_WORDS.has(t.normal)));
  while (first < span.last - 1 && partisan(first) && tokens[first]!.start >= span.start && personNext(first)) first++;
  const parts: NameSpan[] = [];
  let start = first > span.first ? tokens[first]!.start : span.start;
  // "CEO of the Refugee Trust Ann Lee told": a body of two words or more, then a given name and a surname or two
  const personAfterHead = (k: number): boolean =>
    k > first && isFirstName(tokens[k + 1]!) && span.last - (k + 1) >= 2 && span.last - (k + 1) <= 3
    && tokens.slice(k + 2, span.last)
      .every((t) => isCapitalised(t) && !ORG_HEAD_WORDS.has(t.normal) && !has(t, 'Place', 'Organization'));
  for (let k = first; k < span.last - 1; k++) {
    if (tokens[k]!.start < start) continue;
    // (not a title that opens with the head: "Energy Cabinet Secretary Ann Lee", Kenya's minister)
    // (nor a legal form that reads as a rank: "Kelby Crew Services Pvt Ltd")
    const form = tokens[k + 1]!.normal === 'pvt' && /^(?:Ltd|Limited)\.?$/.test(tokens[k + 2]?.text ?? '');
    // (nor a head inside a title, titles all before it: "Assistant Chief Ambulance Officer Ann Lee")
    const insideTitle = k > first && tokens.slice(first, k).every(isTitle) && isTitle(tokens[k + 1]!);
    if (ORG_HEAD_WORDS.has(tokens[k]!.normal) && (isTitle(tokens[k + 1]!) && !form || personAfterHead(k))
      && !isCabinetTitle(tokens[k]!, tokens[k + 1]) && !insideTitle) {
      parts.push(sub(ctx, span, first, k + 1, start, tokens[k]!.end));
      first = k + 1;
      start = tokens[k + 1]!.start;
    }
  }
  // "Coordinator for Trade Policy Dan Ortiz": the role's object runs into the name
  const before1 = tokens[span.first - 1];
  const before2 = tokens[span.first - 2];
  if (before1 && before2 && /^(?:for|of)$/.test(before1.normal) && isTitle(before2)) {
    let given = -1;
    for (let k = Math.max(first, span.first) + 1; k < span.last - 1 && given < 0; k++) {
      if (tokens[k]!.start >= start && isFirstName(tokens[k]!)) given = k;
    }
    // (or, after a capitalised office's "for", where no given name is known, a name of two words closing the span:
    // "Commissioner for Basic Education Adaeze Nwachukwu-Bright")
    if (given < 0 && before1.normal === 'for' && /^\p{Lu}/u.test(before2.text)) {
      given = unknownNameAfterField(tokens, Math.max(first, span.first), span.last);
    }
    // (a given name inside a body's name is none: "a lawyer for Kelby Vale Properties", nor one before a plural noun no
    // surname is: "chief executive of Southern Grace Terminals")
    const bodyAfter = given > 0 && tokens.slice(given, span.last).some((t) => ORG_HEAD_WORDS.has(t.normal)
      || lexiconTag(t.text) === 'Plural');
    if (given > 0 && !bodyAfter) {
      parts.push({ ...sub(ctx, span, first, given, start, tokens[given - 1]!.end), roleObject: true });
      first = given;
      start = tokens[given]!.start;
    }
  }
  // "Ann Lee, CEO of Kelmont, said": the titles of one who runs a body are no part of its name
  // (an office of state stays whole: "Secretary of State", "Minister of Finance")
  let ofAt = first + 1;
  while (ofAt < span.last - 1 && isTitle(tokens[ofAt - 1]!) && tokens[ofAt]!.normal !== 'of') ofAt++;
  if (ofAt < span.last - 1 && tokens[ofAt]!.normal === 'of' && tokens[first]!.start >= start
    && tokens.slice(first, ofAt).every(isTitle) && (HEADS_OF_BODIES.has(tokens[ofAt - 1]!.normal)
      // (a leader of a body that ends in its head word: "Leader of Kelby Borough Council", not "Leader of the House")
      || tokens[ofAt - 1]!.normal === 'leader' && ORG_HEAD_WORDS.has(tokens[span.last - 1]!.normal))
    && !(ofAt + 2 === span.last && isLexiconWord(tokens[ofAt + 1]!.text))) {
    first = ofAt + 1;
    start = tokens[first]!.start;
  }
  // "Ann Lee of Kelmont Corp", "Kelmont Inc of Northfield": a person or a company, then where they belong
  let personOf = false;
  for (let k = first + 1; k < span.last - 1; k++) {
    if (tokens[k]!.normal !== 'of' || tokens[k]!.start < start) continue;
    const left = tokens.slice(first, k);
    // (a given name that also names a month, "Jan Holub", where the parse reads every word as a person's)
    // (a body's head word ends no person's name: "the Kelby Chamber of Commerce", though Kelby is a given name, "the
    // General Secretariat of Harbours", though General is a title)
    // (or a title just before the span: "advocate Thandi Mokoena of Kelby Mediation")
    const titledBefore = first === span.first && span.first > 0 && isTitle(tokens[span.first - 1]!)
      && tokens[span.first - 1]!.sentence === tokens[span.first]!.sentence;
    const personLeft = left.length >= 2
      && ((isFirstName(left[0]!) || isTitle(left[0]!) || titledBefore) && !ORG_HEAD_WORDS.has(left.at(-1)!.normal)
        || isInitial(ctx, left[0]!)
      || left.length === 2 && left.every((t) => isCapitalised(t) && has(t, 'Person') && !has(t, 'Organization', 'Place')));
    const right = tokens.slice(k + 1, span.last);
    // "Kelmont Inc of Northfield", or a company's head word, then its country: "Norvale Biologics of South Korea"
    const companyLeft = COMPANY_SUFFIXES.has(left.at(-1)!.normal.replace(/\.$/, ''))
      || left.length >= 2 && COMPANY_HEADS.has(left.at(-1)!.normal) && right.every((t) => has(t, 'Country'));
    // "Osric Tamble of Harth Daily": two or three names no dictionary holds, then a body named by its head word
    // (or by a company's legal form: "Osric Tamble of Harth Reyes LLP")
    const rightEnd = right.at(-1)!.normal;
    // (or by a brand's one word, a capital inside it: "Osric Tamble of AeroHarth")
    const unknownLeft = left.length >= 2 && left.length <= 3 && left.every(unknownName)
      && (right.length >= 2 && (ORG_HEAD_WORDS.has(rightEnd) || COMPANY_SUFFIXES.has(rightEnd.replace(/\.$/, '')))
        || right.length === 1 && BRAND_CAMEL_CASE.test(right[0]!.text));
    // "Fung Siu-wah of KTF": a name of two words or more, then the acronym of the body it belongs to
    const acronymRight = left.length >= 2 && span.last - k === 2 && /^[A-Z]{2,6}$/.test(tokens[k + 1]!.text)
      && !left.some((t) => ORG_HEAD_WORDS.has(t.normal));
    // "Rivertown of Norland beat...": in a sport report, a team and the country or town it comes from
    const placeRight = right.every((t) =>
      has(t, 'Place', 'Country', 'City') || /^(?:Country|City|Region|Place)$/.test(lexiconTag(t.text) ?? ''));
    const teamLeft = left.length === 1 && !ORG_HEAD_WORDS.has(left[0]!.normal) && placeRight && nameDomains.sports
      && (isSportReport(ctx) || SPORT_SENTENCE.test(sentenceAround(ctx, span)));
    // "the People's Union of Prime Minister Tomas Hallik": a body, then the office holder who leads it
    let title = k + 1;
    while (title < span.last && isTitle(tokens[title]!)) title++;
    const leaderRight = title > k + 1 && ORG_HEAD_WORDS.has(left.at(-1)!.normal) && span.last - title >= 2
      && span.last - title <= 3 && isFirstName(tokens[title]!);
    if (!personLeft && !unknownLeft && !companyLeft && !teamLeft && !acronymRight && !leaderRight) continue;
    personOf = (personLeft || unknownLeft) && !leaderRight;
    parts.push({ ...sub(ctx, span, first, k, start, tokens[k - 1]!.end), ...(unknownLeft ? { memberOf: true } : {}) });
    first = k + 1;
    start = tokens[k + 1]!.start;
    break;
  }
  // "with Kelbank Tarvel S.A. Ilda Kelbu, its head of payments, …": a legal form written with its stop ends the
  // sentence the parse did not end, and a given name and a surname after it are a person
  for (let k = Math.max(first, 1); k < span.last - 2; k++) {
    const form = tokens[k]!;
    if (form.start < start || !form.text.endsWith('.') || !COMPANY_SUFFIXES.has(form.normal.replace(/\.$/, ''))
      || !isFirstName(tokens[k + 1]!) || tokens.slice(k + 1, span.last).some((t) => ORG_HEAD_WORDS.has(t.normal)
        || COMPANY_SUFFIXES.has(t.normal.replace(/\.$/, '')))) continue;
    parts.push(sub(ctx, span, first, k + 1, start, form.end));
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
  let last = span.last;
  // "UN Secretary-General spokesman Ann Lee": a title before a lower-case role noun is an office the body holds; the
  // body alone is the name
  const next = tokens[span.last];
  if (next && next.sentence === tokens[span.last - 1]!.sentence && /^\p{Ll}/u.test(next.text) && has(next, 'Noun')
    && !has(next, 'Verb') && ROLE_NOUN.test(next.normal)) {
    while (last - 1 > first && isTitle(tokens[last - 1]!)) last--;
    if (last < span.last) end = tokens[last - 1]!.end;
  }
  // "Ann Lee-Marr MP", "Tom Roe KC": a post-nominal after a given name and a surname is no part of the name
  // (the name's phrase closing there, by a comma or a caption's dash: not a seat's, "the Kelby Labour MP Ann Lee")
  if (last === span.last && last - first >= 3 && POST_NOMINALS.has(tokens[last - 1]!.text)
    && /^(?:[,;:.)]| [—–-] |[ \t]*(?:\n|$))/u.test(ctx.text.slice(span.end, span.end + 3))) {
    last -= 1;
    end = tokens[last - 1]!.end;
  }
  // "By Ann Lee, Kelby Herald Staff Writer": a byline's role after its outlet is no part of the outlet's name
  if (last === span.last && last - first >= 3 && BYLINE_ROLE.test(tokens[last - 1]!.normal)
    && /^(?:,|[ \t]*(?:\n|$))/.test(ctx.text.slice(span.end, span.end + 2))
    && /^[ \t]*By /.test(ctx.text.slice(ctx.text.lastIndexOf('\n', span.start) + 1, span.start))) {
    let k = last - 1;
    while (k - 1 > first + 1 && BYLINE_ROLE_GRADE.test(tokens[k - 1]!.normal)) k--;
    last = k;
    end = tokens[k - 1]!.end;
  }
  // "Ann Lee, NASA Administrator, said", "the Kelmont President": the title of one who runs a body after its name
  // belongs to the person's role ("Velkor King", a burger chain, keeps its king; "Creative Director" names no body)
  if (last === span.last && last - 1 > first && TRAILING_HEADS.has(tokens[last - 1]!.normal)) {
    let k = last - 1;
    while (k > first && TRAILING_HEADS.has(tokens[k - 1]!.normal)) k--;
    const rest = tokens.slice(first, k);
    if (rest.length > 0 && rest.every((t) => !isTitle(t) && !isLexiconWord(t.text))) {
      last = k;
      end = tokens[k - 1]!.end;
    }
  }
  // "the Republican party", "the Labour party": a party's name whose head is written in lower case
  if (next && next.text === 'party' && next.sentence === tokens[span.last - 1]!.sentence && /^ $/.test(tokens[span.last - 1]!.post)
    && last === span.last && PARTY_NAMES.test(tokens[last - 1]!.text)) {
    last++;
    end = next.end;
  }
  // "Case No. 23-CV-0417", "Model No. 7": the abbreviation of "number" before one ends no name, nor is part of one
  const numbered = /^\.? ?[A-Z]{0,3}-?\d/.test(ctx.text.slice(end, end + 6));
  if (last - 1 > first && last === span.last && tokens[last - 1]!.text === 'No' && numbered) {
    last--;
    end = tokens[last - 1]!.end;
  }
  // "Simon Blake KC", "Dana Ruiz OBE": letters of an honour or an office after a person's name are no part of it
  let given = first;
  while (given < last - 1 && isTitle(tokens[given]!)) given++;
  // (a given name the lists know, or a title before the name: "Ms Yewande Okafor-Lind KC")
  if (last === span.last && last - given >= 3 && POST_NOMINALS.has(tokens[last - 1]!.text)
    && (isFirstName(tokens[given]!) || given > first)) {
    last--;
    end = tokens[last - 1]!.end;
  }
  // "Florida Gov. Ann Lee": an abbreviated title after a name belongs to the person's role, not to the name
  if (last - 1 > first && last === span.last && TITLE_ABBREVIATION.test(tokens[last - 1]!.text) && ctx.text[end] === '.') {
    last--;
    end = tokens[last - 1]!.end;
  }
  // "Kelmont Bancorp Inc., a bank", "Dan Ortiz Jr. said": the abbreviation keeps its full stop inside a sentence
  // (and inside brackets: "(Kelby Foods Inc.)", "[Ann Lee, Kelby Foods Inc.]:"; and before a dash: "Dan Ortiz Jr. — who")
  const abbreviated = COMPANY_SUFFIXES.has(lastWord(span.text)) || GENERATION_SUFFIX.test(lastWord(span.text));
  // (and, a word only written cut short, at a sentence's end, where one stop serves both: "rivals such as Kelby Corp.
  // They …"; not before a closing quote or the text's end, where the stop is the sentence's: "… Kelby Corp.\"")
  const cutShort = /^(?:corp|inc|co|ltd|bros|jr|sr)$/.test(lastWord(span.text));
  if (abbreviated && ctx.text[end] === '.' && /^\.(?:,| [\p{Ll}\d(—–]|[)\]])/u.test(ctx.text.slice(end, end + 3))
    || cutShort && ctx.text[end] === '.' && /^\. [\p{Lu}"“]/u.test(ctx.text.slice(end, end + 3))) end++;
  parts.push({ ...sub(ctx, span, first, last, start, end), ...(personOf ? { belongedTo: true } : {}) });
  return parts.filter((p) => p.text.length > 0);
}

const GENERATION_SUFFIX = /^(?:jr|sr)$/;
// titles after a body's name that make a person's role of it
const BYLINE_ROLE = new RegExp(`^(?:${BYLINE_ROLES.join('|')})$`);
const BYLINE_ROLE_GRADE = new RegExp(`^(?:${BYLINE_ROLE_GRADES.join('|')})$`);
const TRAILING_HEADS = new Set([
  'director', 'director-general', 'administrator', 'president', 'chairman', 'chairwoman', 'ceo', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner',
]);
// the titles of those who run or own a body (not offices of state, whose "of" names a field)
const HEADS_OF_BODIES = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'chair', 'founder', 'co-founder', 'president',
  'director', 'owner', 'editor', 'manager', 'executive',
]);
// people who speak or act for an office holder
const ROLE_NOUN = /^(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|deputy|envoy)$/;

/** A word of a name no dictionary holds, no title, no body's head, no place or body by the parse. */
const unknownName = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && !isLexiconWord(t.text) && !isTitle(t)
  && !ORG_HEAD_WORDS.has(t.normal) && !has(t, 'Place', 'Organization');
const unknownNames = (ctx: Context, span: NameSpan): boolean =>
  span.last - span.first >= 2 && span.last - span.first <= 3 && ctx.tokens.slice(span.first, span.last).every(unknownName);

function sub(ctx: Context, span: NameSpan, first: number, last: number, start: number, end: number): NameSpan {
  return { ...span, first, last, start, end, text: ctx.text.slice(start, end) };
}

// an acronym defined in brackets right after a name
// (or a short one with lower-case connectors inside, British style: "(TfL)", "(DfE)")
export const DEFINITION_AFTER = /^\s*\(([A-Z][A-Z0-9&-]{1,9}|[A-Z][a-z]{2,7}|[A-Z][a-z]{1,2}[A-Z][A-Za-z]{0,3})\)/;
// lower-case words that may join the parts of one long name: "League for Democracy", "Futures and Options Exchange"
// (and a plural's possessive: "the Harbour Pastors' Council of Norland (HPCN)")
// (and a country's church: "the Methodist Church in Ghana"; not a town's, "St. Ann's Church in Kelby")
const MISSION = /^(?:mission|delegation|church)$/;
const NAME_JOINER = /^(?: (?:of|for|on|in|and|to|de|du|des)(?: the)?|[’']) $/;
const NOT_A_BODY_TAGS = ['Place', 'Country', 'City', 'Demonym', 'Person', 'FirstName', 'LastName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const NOT_WHAT_A_BODY_IS_FOR = ['Person', 'FirstName', 'Country', 'Place', 'Date', 'Month', 'WeekDay', 'Value'];
const NOT_WHAT_A_BODY_IS_FOR_BUT_A_PLACE = NOT_WHAT_A_BODY_IS_FOR.filter((tag) => tag !== 'Place');

// people by a plural who name a body after them and their cause: "Friends of …", "Doctors Without …"
const MEMBER_PLURALS = new RegExp(`^${anyOf([
  ...KIN_MEMBER_PLURALS, 'Reporters', 'Scientists', 'Students',
  ...TRADE_PLURALS.map((w) => w[0]!.toUpperCase() + w.slice(1)),
])}$`);
const MEMBERS_CAUSE_WORD = /^(?:Without|Against|For|Of|Beyond|Across|Unite[ds]?)$/;
// what a body of members stands for: "Lawyers for Harbour Rights", "Doctors for Choice"
const CAUSE = /\b(?:Rights|Justice|Freedom|Liberty|Equality|Democracy|Peace|Change|Reform|Truth|Life|Choice|Health|Climate)\b/;

// office holders whose office is a body: "the District Attorney's Office", "the Sheriff's Department"
const OFFICE_HOLDERS = new Set([
  'sheriff', 'attorney', 'prosecutor', 'general', 'examiner', 'coroner', 'ombudsman', 'marshal', 'auditor', 'comptroller',
  'controller', 'treasurer', 'clerk', 'assessor', 'solicitor', 'commissioner', 'governor', 'mayor',
  // a crown's foundations: "King's College Hospital", "the Prince's Trust"
  'king', 'queen', 'prince', 'princess',
]);
const SAINT = /^(?:St\.?|Saint) /;
// head words that name a body alone before "for": "the Institute for Fiscal Studies", "Centre for Policy Research"
const FOR_HEADS = new Set([
  'institute', 'council', 'foundation', 'commission', 'agency', 'fund', 'office', 'center', 'centre', 'centers', 'centres',
  // bodies of members named for their cause: "the Organization for Security and Cooperation", "the Committee for …"
  'organisation', 'organization', 'association', 'alliance', 'coalition', 'society', 'league', 'federation', 'union',
  'movement', 'committee', 'network', 'campaign', 'forum', 'initiative', 'partnership', 'front', 'party',
  // government bodies named for their field: "the Department for Transport", "the Ministry for Foreign Affairs"
  'department', 'ministry', 'bureau', 'directorate', 'secretariat', 'authority',
]);
// head words of bodies named for what they serve: "the Office of the …", "the Ministry of the …"
const OF_THE_HEADS = new Set([
  'office', 'ministry', 'department', 'bureau', 'university', 'bank', 'court', 'commission', 'committee', 'institute',
  'council', 'secretariat', 'directorate', 'college',
]);

/**
 * "Museum Research": a field of two words or more whose first the parse tags a place of no kind (no town, country or
 * region) and whose last is a word of the lexicon.
 */
const commonPlaceWordOpens = (ctx: Context, span: NameSpan): boolean => span.last - span.first >= 2
  && isLexiconWord(ctx.tokens[span.last - 1]!.text)
  && !has(ctx.tokens[span.first], 'City', 'Country', 'Region', ...NOT_WHAT_A_BODY_IS_FOR_BUT_A_PLACE);

// the district a court sits for: "District Court for the Northern District of Kelby"
const COURTS_DISTRICT = /^(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of \p{Lu}/u;
// a brand's one word with a capital inside it: "AeroHarth", "KelbyTech" (not a surname's: "MacAllister")
const BRAND_CAMEL_CASE = /^(?!(?:Mac|Van|Von|Del|Della|Fitz|Des|Les)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
// what stands between a member's name and the body's: "of the", "from", "from the"
const MEMBER_OF_GAP = /^ (?:of the|from(?: the)?) $/;
/**
 * "National Front for Renewal (NFR)": the spans split at "for", "of", "and" are one name when the
 * acronym after the last one spells the whole, and the last part alone does not fit it.
 */
export function joinDefinedNames(ctx: Context, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  const sameSentence = (a: NameSpan, b: NameSpan): boolean => inOneSentence(ctx, a, b);
  for (const span of spans) {
    // "Osric Tamble of the Harth Cycling Club": two or three names no dictionary holds, then "of the" and a body named
    // by its head word, as "of" alone joins them in one span (there split, below); "from" tells the same ("Osric
    // Tamble from the Harth Met Agency")
    const member = out.at(-1);
    if (member && !member.caps && !span.caps && sameSentence(member, span)
      && MEMBER_OF_GAP.test(ctx.text.slice(member.end, span.start))
      && span.last - span.first >= 2 && ORG_HEAD_WORDS.has(lastWord(span.text)) && unknownNames(ctx, member)) {
      out[out.length - 1] = { ...member, memberOf: true };
    }
    // "Harwell's Bancshares Inc": a company whose own name has a possessive (not a place's or a person's),
    // which the rest cannot name alone ("Daimler's Kelmont Corp" is one company's unit)
    const owner = out.at(-1);
    if (owner && !owner.caps && owner.last - owner.first === 1 && span.start === owner.end + 3
      && /^[’']s $/.test(ctx.text.slice(owner.end, span.start)) && COMPANY_SUFFIXES.has(lastWord(span.text))
      && genericCompanyWords(span.text) && !has(ctx.tokens[owner.first], ...NOT_A_BODY_TAGS) && !lexiconTag(owner.text)) {
      out[out.length - 1] = { ...owner, last: span.last, end: span.end, text: ctx.text.slice(owner.start, span.end), ownName: true };
      continue;
    }
    // "the Harlow County Sheriff's Office", "St. Aldric's Hospital": an office holder's or a saint's body
    const holder = out.at(-1);
    // (a saint's medical centre too: "St. Anne's Medical Center", "St. Anne's Regional Medical Center")
    const medicalCentre = /^(?:\p{Lu}\p{Ll}+ )?Medical Cent(?:er|re)$/u.test(span.text);
    // (and a sovereign's bench of a court: "the Court of Queen's Bench for Tarvia")
    const bench = !!holder && /^(?:Court of )?(?:King|Queen)$/.test(holder.text) && /^Bench\b/.test(span.text);
    if (holder && !holder.caps && !span.caps && sameSentence(holder, span) && /^[’']s $/.test(ctx.text.slice(holder.end, span.start))
      && (ORG_HEAD_WORDS.has(lastWord(span.text)) || medicalCentre || bench)
      && (OFFICE_HOLDERS.has(lastWord(holder.text)) || SAINT.test(holder.text) && holder.last - holder.first === 2
        // "Tarvik's Bike Shop", "Rosa's Bakery": a shop named for its owner
        || SHOP_HEADS.includes(lastWord(span.text)) && holder.last - holder.first <= 2)) {
      out[out.length - 1] = { ...holder, last: span.last, end: span.end, text: ctx.text.slice(holder.start, span.end) };
      continue;
    }
    // "the Tenants' Alliance", "New Drivers' Party", "Workers and Growers' Union": a body named for its members
    // (its head may come before "of": "the Farmers' Alliance of Kelby")
    const members = out.at(-1);
    const membersHead = lastWord(/^(.+?) of /.exec(span.text)?.[1] ?? span.text);
    // (a plural head too: "the Confederation of Kelby Workers' Unions")
    // (a centre named for whom it serves is a body too: "the Kelby Seafarers' Centre")
    if (members && !members.caps && !span.caps && sameSentence(members, span)
      && (ORG_HEAD_WORDS.has(membersHead) || ORG_HEAD_WORDS.has(membersHead.replace(/s$/, ''))
        || /^cent(?:re|er)$/.test(membersHead))
      && pluralPossessive(ctx, members, ctx.text.slice(members.end, span.start))) {
      // one plural more before "and", maybe its own apostrophe after it: "Workers and Growers' Union", "Performers' and
      // Stage Workers' Union"
      const other = out.at(-2);
      if (other && !other.caps && /^['’]? and $/u.test(ctx.text.slice(other.end, members.start))
        && sameSentence(other, members)
        && lonePlural(ctx, other)) out.pop();
      const from = out.at(-1)!;
      out[out.length - 1] = { ...from, last: span.last, end: span.end, text: ctx.text.slice(from.start, span.end) };
      // (its acronym may join a part before: "the Port and Warehouse Workers' Union (PWWU)")
      joinDefinedParts(ctx, out);
      // (and a common word before "and", as to any body's name: "the Kelby Salt and Spice Traders' Council")
      const [part, joined] = [out.at(-2), out.at(-1)!];
      if (part && andPartOfBody(ctx, part, joined) && sameSentence(part, joined)) {
        const text = ctx.text.slice(part.start, joined.end);
        out.splice(-2, 2, { ...part, last: joined.last, end: joined.end, text });
      }
      continue;
    }
    // "Harbour Foundation for the Visual Arts": a body's head word, then "for" and what it is for
    const body = out.at(-1);
    // ("the Court of Arbitration for Sport": a head word before "of" heads the whole name)
    const ofHeaded = !!body && / of /.test(body.text) && OF_THE_HEADS.has(/(\S+) of /.exec(body.text)![1]!.toLowerCase());
    // (a company's legal form ends its name: "Tarvik Cold Chain Pte Ltd for S$86 million")
    if (body && !body.caps && !span.caps && !COMPANY_SUFFIXES.has(lastWord(body.text))
      && (ORG_HEAD_WORDS.has(lastWord(body.text)) || FOR_HEADS.has(lastWord(body.text)) || ofHeaded)
      && (body.last - body.first >= 2 || !body.initial && FOR_HEADS.has(lastWord(body.text)))
      && /^ for (?:the )?$/.test(ctx.text.slice(body.end, span.start)) && sameSentence(body, span)
      && (!has(ctx.tokens[span.first], ...NOT_WHAT_A_BODY_IS_FOR) || commonPlaceWordOpens(ctx, span)
        || lastWord(body.text) === 'court' && COURTS_DISTRICT.test(span.text) || lastWord(body.text) === 'bench')
      && !DEFINITION_AFTER.test(ctx.text.slice(span.end, span.end + 16))) {
      // (an acronym after it decides the join below)
      out[out.length - 1] = { ...body, last: span.last, end: span.end, text: ctx.text.slice(body.start, span.end) };
      continue;
    }
    // "the Select Committee on Harbour Affairs", "the Advisory Panel on Tarn Medicines": a body that studies or
    // advises, then "on" and its field in common words (not a day, a place or a person: "the Council on Monday"; nor
    // the first part of a hyphened word or a possessive)
    if (body && !body.caps && !span.caps && CHARGED_ON_HEADS.has(lastWord(body.text)) && sameSentence(body, span)
      && ctx.text.slice(body.end, span.start) === ' on ' && span.last - span.first <= 4
      && (commonWords(ctx, span) || fieldWords(ctx, span))
      && !/^(?:[’']| ?-)/.test(ctx.text.slice(span.end, span.end + 2))
      && !has(ctx.tokens[span.first], ...NOT_WHAT_A_BODY_IS_FOR)
      && !DEFINITION_AFTER.test(ctx.text.slice(span.end, span.end + 16))) {
      out[out.length - 1] = { ...body, last: span.last, end: span.end, text: ctx.text.slice(body.start, span.end) };
      continue;
    }
    // "the Committee to Protect Reporters", "the Campaign to End Harbour Poverty": a body's head word, then "to" and
    // the verb of its cause
    if (body && !body.caps && !span.caps && FOR_HEADS.has(lastWord(body.text)) && sameSentence(body, span)
      && ctx.text.slice(body.end, span.start) === ' to ' && span.last - span.first >= 2
      && causeVerb(ctx.tokens[span.first]!.text)) {
      const text = ctx.text.slice(body.start, span.end);
      out[out.length - 1] = { ...body, last: span.last, end: span.end, text, membersNamed: true };
      continue;
    }
    // "the Centers for Disease Control and Prevention", "the Department of Housing and Regional Development": one
    // more word (hyphens join "Co-operation" into one), or up to three common words, of what a body is for, after "and"
    const forBody = out.at(-1);
    const forHead = forBody && / (?:for|of|on) /.test(forBody.text)
      ? /(\S+) (?:for|of|on) /.exec(forBody.text)![1]!.toLowerCase() : '';
    // "the Bank of England and Barclays" are two; "the Law Society of England and Wales" is one: a place after
    // "of" takes only another place after "and"
    const ofPlace =
      forBody && has(ctx.tokens[forBody.last - 1], ...PLACE_TAGS) && / of (?:the )?\S+$/.test(forBody.text);
    // ("the Office of Planning and Budget Director Ann Lee": the body's last word, then its officer's title and name)
    const officerAt = span.last - span.first >= 4 && !span.caps && isTitle(ctx.tokens[span.first + 1]!)
      && !isTitle(ctx.tokens[span.first]!) && isFirstName(ctx.tokens[span.first + 2]!) ? span.first + 1 : -1;
    if (forBody && officerAt > 0 && !forBody.caps && (ORG_HEAD_WORDS.has(forHead) || FOR_HEADS.has(forHead))
      && ctx.text.slice(forBody.end, span.start) === ' and ' && sameSentence(forBody, span)
      && !has(ctx.tokens[span.first], ...NOT_WHAT_A_BODY_IS_FOR) && isLexiconWord(ctx.tokens[span.first]!.text)) {
      const end = ctx.tokens[span.first]!.end;
      out[out.length - 1] = { ...forBody, last: span.first + 1, end, text: ctx.text.slice(forBody.start, end) };
      out.push({ ...sub(ctx, span, officerAt, span.last, ctx.tokens[officerAt]!.start, span.end), initial: false });
      continue;
    }
    if (forBody && !forBody.caps && !span.caps && (ORG_HEAD_WORDS.has(forHead) || FOR_HEADS.has(forHead))
      && (span.last - span.first === 1 || !span.text.includes(' ') || span.last - span.first <= 3 && commonWords(ctx, span)
        || fieldAfterAnd(ctx, span) || span.last - span.first <= 3 && fieldWords(ctx, span))
      && ctx.text.slice(forBody.end, span.start) === ' and ' && sameSentence(forBody, span)
      && (ofPlace ? span.last - span.first === 1 && has(ctx.tokens[span.first], ...PLACE_TAGS)
        && !/^[’']s\b/.test(ctx.text.slice(span.end, span.end + 3))
        : !has(ctx.tokens[span.first], ...NOT_WHAT_A_BODY_IS_FOR)
          && !NAMED_IN_LEXICON.test(lexiconTag(span.text) ?? ''))) {
      out[out.length - 1] = { ...forBody, last: span.last, end: span.end, text: ctx.text.slice(forBody.start, span.end) };
      continue;
    }
    // "the Office of the State Comptroller", "the International Committee of the Kelby Crescent": a body's head word
    // and what it is of
    const head = out.at(-1);
    if (head && !head.caps && !span.caps && OF_THE_HEADS.has(lastWord(head.text))
      && /^ of the $/.test(ctx.text.slice(head.end, span.start))
      // (or the head word alone, "the" left out as a list's line may: "Ann Lee, Senior Advocate, Office of the …")
      && (ctx.tokens[head.first - 1]?.normal === 'the' || head.last - head.first === 1)
      && sameSentence(head, span)) {
      out[out.length - 1] = { ...head, last: span.last, end: span.end, text: ctx.text.slice(head.start, span.end) };
      continue;
    }
    // "the United Nations Relief Mission in Norland": a mission and the country it is sent to
    const mission = out.at(-1);
    if (mission && !mission.caps && !span.caps && mission.last - mission.first >= 2 && MISSION.test(lastWord(mission.text))
      && ctx.text.slice(mission.end, span.start) === ' in ' && span.last - span.first <= 2 && sameSentence(mission, span)
      && (lastWord(mission.text) === 'church' ? has(ctx.tokens[span.last - 1], 'Country')
        : has(ctx.tokens[span.last - 1], ...PLACE_TAGS))) {
      const text = ctx.text.slice(mission.start, span.end);
      out[out.length - 1] = { ...mission, last: span.last, end: span.end, text, sentTo: true };
      continue;
    }
    // "the University of Texas at Austin": one campus of a university system
    const campus = out.at(-1);
    if (campus && !campus.caps && !span.caps && /^University of \S/.test(campus.text) && !campus.text.includes(' at ')
      && ctx.text.slice(campus.end, span.start) === ' at ' && span.last - span.first <= 3 && sameSentence(campus, span)) {
      out[out.length - 1] = { ...campus, last: span.last, end: span.end, text: ctx.text.slice(campus.start, span.end) };
      continue;
    }
    // "Harlow, Pike & Dunmore": a firm of partners' surnames, the last two joined by "&" (and its legal form after them:
    // "Harlow, Pike & Partners LLP")
    const partner = out.at(-1);
    const partners = /^\p{Lu}\p{Ll}+ & \p{Lu}\p{Ll}+( \S+)?$/u.exec(span.text);
    const formOrNone = !partners?.[1] || COMPANY_SUFFIXES.has(lastWord(span.text));
    // (a role is no partner: "Ann Lee, Partner, Lee & Roe LLP")
    if (partner && !partner.caps && !span.caps && partner.last - partner.first === 1 && sameSentence(partner, span)
      && ctx.text.slice(partner.end, span.start) === ', ' && partners && formOrNone
      && !has(ctx.tokens[partner.first], ...NOT_A_BODY_TAGS) && !FIRM_ROLES.has(ctx.tokens[partner.first]!.normal)) {
      out[out.length - 1] = { ...partner, last: span.last, end: span.end, text: ctx.text.slice(partner.start, span.end) };
      continue;
    }
    // "the Kelby and District Chamber of Trade", "Kelby and Area Food Bank": a town and what lies around it name one body
    const town = out.at(-1);
    if (town && !town.caps && !span.caps && town.last - town.first <= 2 && sameSentence(town, span)
      && ctx.text.slice(town.end, span.start) === ' and ' && /^(?:District|Area) \S/.test(span.text)
      && ctx.tokens.slice(span.first + 1, span.last).some((t) => ORG_HEAD_WORDS.has(t.normal))) {
      out[out.length - 1] = { ...town, last: span.last, end: span.end, text: ctx.text.slice(town.start, span.end) };
      continue;
    }
    // "the Food and Drug Administration", "Britain's Competition and Markets Authority": after "the" or an owner,
    // a common word joined by "and" to a body's name is the first part of that name
    // (and a utility's two services: "Pacific Gas and Electric", "Harbour Power & Light")
    const part = out.at(-1);
    if (part && (andPartOfBody(ctx, part, span) || utilityServices(ctx, part, span)) && sameSentence(part, span)) {
      out[out.length - 1] = { ...part, last: span.last, end: span.end, text: ctx.text.slice(part.start, span.end) };
      continue;
    }
    // "Friends of the Earth", "Physicians for Human Rights": members by a plural, then "of" or "for" and their cause
    // (not a person's: "Friends of Ann Lee said")
    // (a people's plural only before "for": "Americans for Prosperity", not "Americans of Kelbian descent")
    const plural = out.at(-1);
    const membersGap = plural ? ctx.text.slice(plural.end, span.start) : '';
    if (plural && plural.last - plural.first === 1 && !plural.caps && !span.caps && sameSentence(plural, span)
      && (MEMBER_PLURALS.test(plural.text) && /^ (?:of|for) (?:the )?$/.test(membersGap)
        || has(ctx.tokens[plural.first], 'Demonym') && /s$/.test(plural.text) && /^ for (?:the )?$/.test(membersGap))
      && !isFirstName(ctx.tokens[span.first]!) && !has(ctx.tokens[span.first], 'Person', 'FirstName', 'Country')
      // (a sentence's lawyers for a client are its counsel: "Lawyers for Kelmont Legal argued", not "Lawyers for
      // Harbour Rights", a cause)
      && !(plural.initial && /^(?:Lawyers|Doctors)$/.test(plural.text) && /^ for $/.test(membersGap) && !CAUSE.test(span.text))
      // (a hall named after the body is a place: "the Sons of the Harbour Veterans Memorial Hall")
      && !/^(?:hall|building|memorial)$/.test(lastWord(span.text))) {
      const text = ctx.text.slice(plural.start, span.end);
      out[out.length - 1] = { ...plural, last: span.last, end: span.end, text, membersNamed: true };
      continue;
    }
    // "Doctors Without Borders", "Mothers Against Gun Crime": the same, its preposition capitalised inside one span
    // (and "of" or "for" in lower case inside it: "Friends of Kelby Woods", not a person's "Friends of Ann Lee")
    const inner = ctx.tokens[span.first + 1];
    const lowerCause = !!inner && /^(?:of|for)$/.test(inner.text) && span.last - span.first >= 3
      && !isFirstName(ctx.tokens[span.first + 2]!) && !has(ctx.tokens[span.first + 2], 'Person', 'FirstName');
    if (!span.caps && span.last - span.first >= 3 && MEMBER_PLURALS.test(ctx.tokens[span.first]!.text)
      && (MEMBERS_CAUSE_WORD.test(inner!.text) || lowerCause)) {
      out.push({ ...span, membersNamed: true });
      continue;
    }
    // "the Kelby Nurses and Midwives Union", "the Kelby Rail and Dock Workers": a body named for two fields or
    // trades, "and" between, the second a plural before the body's head word, or the members' plural itself
    const fields = out.at(-1);
    if (fields && !fields.caps && !span.caps && sameSentence(fields, span) && span.last - span.first === 2
      && fields.last - fields.first <= 3 && ctx.text.slice(fields.end, span.start) === ' and '
      && ctx.tokens[fields.first - 1]?.normal === 'the' && fieldsOfMembers(ctx, fields, span)) {
      const text = ctx.text.slice(fields.start, span.end);
      // (the members' body alone, not before its possessive and a head word: "the Port and Dock Workers' Union")
      const membersNamed = MEMBERS_HEAD.test(ctx.tokens[span.last - 1]!.text)
        && !/^['’]/u.test(ctx.text[span.end] ?? '');
      const joined = { ...fields, last: span.last, end: span.end, text };
      out[out.length - 1] = membersNamed ? { ...joined, membersNamed } : joined;
      continue;
    }
    out.push(span);
    joinDefinedParts(ctx, out);
  }
  return out;
}

const MEMBERS_HEAD = /^(?:Workers|Employees)$/;
/** "Kelby Nurses" and "Midwives Union", "Kelby Rail" and "Dock Workers": the two halves of one members' body. */
function fieldsOfMembers(ctx: Context, fields: NameSpan, span: NameSpan): boolean {
  const [word, head] = [ctx.tokens[span.first]!, ctx.tokens[span.first + 1]!];
  const last = ctx.tokens[fields.last - 1]!;
  // (a plural by its shape: the lexicon lacks many, "Midwives")
  const plural = (t: Token): boolean => /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text);
  const common = (t: Token): boolean => !has(t, ...NOT_A_BODY_TAGS) && !isFirstName(t) && (has(t, 'Noun') || plural(t));
  if (!common(word) || !common(last)) return false;
  return plural(word) && plural(last) && ORG_HEAD_WORDS.has(head.normal)
    || MEMBERS_HEAD.test(head.text);
}

/** "National Front for Renewal (NFR)": the last span and those before it that the acronym after it spells. */
function joinDefinedParts(ctx: Context, out: NameSpan[]): void {
  const span = out.at(-1)!;
  const m = DEFINITION_AFTER.exec(ctx.text.slice(span.end, span.end + 16));
  // (an acronym written as a word must spell the span itself: its letters say too little to join parts, unless
  // there are five or more of them: "the Kelby Metal and Allied Workers Union (Kemawu)")
  const wordAcronym = !!m && WORD_ACRONYM.test(m[1]!);
  if (!m || span.caps || acronymFits(m[1]!, span.text) || wordAcronym && m[1]!.length < 5) return;
  const acronym = wordAcronym ? m[1]!.toUpperCase() : m[1]!.replace(/[^A-Z]/g, '');
  let best = -1;
  for (let k = out.length - 1; k > 0 && out.length - k <= acronym.length + 2; k--) {
    const prev = out[k - 1]!;
    const joined = NAME_JOINER.test(ctx.text.slice(prev.end, out[k]!.start));
    if (prev.caps || !inOneSentence(ctx, prev, span) || !joined) break;
    if (spellsAcronym(acronym, ctx.text.slice(prev.start, span.end))) best = k - 1;
    // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the letters start inside
    // the first part, and the name stays whole
    else if (best < 0 && k === out.length - 1) {
      for (let w = prev.first + 1; w < prev.last && best < 0; w++) {
        const t = ctx.tokens[w]!;
        const spelt = spellsAcronym(acronym, ctx.text.slice(t.start, span.end));
        if (t.start > prev.start && isCapitalised(t) && spelt) best = k - 1;
      }
    }
  }
  if (best < 0) return;
  const first = out[best]!;
  const text = ctx.text.slice(first.start, span.end);
  out.splice(best, out.length - best, { ...first, last: span.last, end: span.end, text, defined: true });
}

const inOneSentence = (ctx: Context, a: NameSpan, b: NameSpan): boolean =>
  ctx.tokens[a.first]!.sentence === ctx.tokens[b.first]!.sentence;

// the endings of derived words of the language: "Monetary", "Prevention", "Development", "Economics"
export const DERIVED_WORD = /(?:ion|ment|ity|ics|ies|ary|ory|al|ing|ure|ance|ence|ness|ship|ogy|ism|ive|ic)$/;
/**
 * "the Federation of Grocers and Food Manufacturers", "the Chamber of Commerce and Industry of Norland": a second field
 * after "and", two words whose last is a plural or one word and where the body is, none of them named by the parse
 */
function fieldAfterAnd(ctx: Context, span: NameSpan): boolean {
  const words = ctx.tokens.slice(span.first, span.last);
  // (an organisation the parse guessed from the words' shape is still a field: "Energy and Natural Resources"; one
  // its lexicon holds is a body: "Barclays")
  const plain = (t: Token): boolean => !has(t, ...NOT_WHAT_A_BODY_IS_FOR) && !COMPANY_SUFFIXES.has(t.normal)
    && !NAMED_IN_LEXICON.test(lexiconTag(t.text) ?? '');
  if (words.length === 2) return words.every(plain) && /[^s'’]s$/.test(words[1]!.normal);
  // (or two common words and where the body is: "the Agency for Restoration and Infrastructure Development of Norland")
  if (words.length >= 4 && words.length <= 5 && words[2]!.normal === 'of') return words.slice(0, 2).every(commonWord);
  return words.length >= 3 && words.length <= 4 && words[1]!.normal === 'of' && plain(words[0]!);
}

// what no field's word is: a name of a person or a place the parse knows
const NOT_A_FIELD_TAGS =
  ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', ...NOT_WHAT_A_BODY_IS_FOR];
/**
 * "Climate Change", "Family Welfare": words of a field the lexicon may not hold, none the parse knows as a person's or
 * a place's, none a body's or a business's head or a legal form (not "Kelby Bank", "Kelmont Aerospace")
 */
function fieldWords(ctx: Context, span: NameSpan): boolean {
  return ctx.tokens.slice(span.first, span.last).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)
    && !has(t, ...NOT_A_FIELD_TAGS) && !COMPANY_SUFFIXES.has(t.normal) && !ORG_HEAD_WORDS.has(t.normal)
    && !SHOP_HEADS.includes(t.normal) && !BUSINESS_KIND_HEADS.includes(t.normal) && !COMPANY_HEADS.has(t.normal)
    && !NAMED_IN_LEXICON.test(lexiconTag(t.text) ?? ''));
}

/**
 * "Human Services", "Monetary Studies": words the language knows (compromise's lexicon, or a derived word's ending),
 * none a name of its own; "Kelmont Aerospace" is not.
 */
function commonWords(ctx: Context, span: NameSpan): boolean {
  return ctx.tokens.slice(span.first, span.last).every(commonWord);
}

function commonWord(t: Token): boolean {
  const known = lexiconTag(t.text);
  // (a derived word the lexicon does not hold is no person's, whatever the parse guessed: "Fire Protection (Cal Fire)")
  const guessedPerson = !known && DERIVED_WORD.test(t.normal) && has(t, 'Person')
    && !has(t, 'FirstName', 'Place', 'Country');
  if ((has(t, ...NOT_WHAT_A_BODY_IS_FOR) && !guessedPerson) || COMPANY_SUFFIXES.has(t.normal)) return false;
  return known ? !NAMED_IN_LEXICON.test(known) : DERIVED_WORD.test(t.normal);
}

// what the lexicon names as a name of its own: a body, a person, a place
const NAMED_IN_LEXICON = /^(?:Organization|Person|Place|Country|City|Region)$/;
// "the Senate and House Ethics Committee", "the Army and Navy Club": words that name a body alone, so two bodies
const GOVERNMENT_LEVELS = /^(?:State|Federal|National|Regional|Provincial|Municipal|County)$/;
const BODIES_ALONE = new Set([
  'senate', 'house', 'congress', 'parliament', 'assembly', 'government', 'cabinet', 'army', 'navy', 'police', 'court',
  'council', 'treasury', 'presidency', 'church', 'university', 'college', 'school', 'hospital', 'bank',
]);

// the verb of a body's cause after "to": one the lexicon knows as a verb, or one it knows first as a noun
const causeVerb = (word: string): boolean =>
  lexiconTag(word.toLowerCase()) === 'Infinitive' || /^(?:End|Stop|Ban|Fight|Reform|Free|Defend)$/.test(word);

// the fields of a town's public services, after "and": "Fire and Rescue", "Police and Crime", "Health and Care"
const SERVICE_FIELDS = /^(?:Rescue|Ambulance|Crime|Safety|Care|Wellbeing|Transport|Highways|Waste|Recycling|Housing)$/;

/** "Food" before "and Drug Administration": a lone common word, after "the" or an owner's "'s", of no known body. */
const UTILITY_SERVICES = /^(?:Gas|Electric|Electricity|Power|Light|Water|Telephone)$/;
/**
 * Where the name after an office's field begins, in a span after a capitalised office's "for" where no given name is
 * known: the last two words (a hyphened surname one word), the first of them no word of the lexicon and no body's
 * ("Commissioner for Basic Education Adaeze Nwachukwu-Bright"); -1 where the span is not so made.
 */
function unknownNameAfterField(tokens: readonly Token[], from: number, end: number): number {
  let k = end - 1;
  while (k > from && tokens[k - 1]!.post === '-') k--;
  const given = k - 1;
  const t = tokens[given];
  const fieldWords = tokens.slice(from, given);
  return given > from && !!t && tokens[given - 1]!.post !== '-' && isCapitalised(t) && lexiconTag(t.text) === undefined
    && !has(t, 'Organization', 'Place')
    && fieldWords.every((w) => isCapitalised(w) && !has(w, 'Person', 'FirstName', 'Place', 'Country')) ? given : -1;
}

/** "Pacific Gas" and "Electric": a name that ends in one service a utility sells, joined to the next one. */
function utilityServices(ctx: Context, part: NameSpan, next: NameSpan): boolean {
  return !part.caps && !next.caps && part.last - part.first >= 2 && next.last - next.first === 1
    && /^ (?:and|&) $/.test(ctx.text.slice(part.end, next.start))
    && UTILITY_SERVICES.test(ctx.tokens[part.last - 1]!.text) && UTILITY_SERVICES.test(next.text);
}

// a council or a police force named for two places: "Lochvale and Morran Council", "Kelby and Arden Borough Council",
// "Tarn and Wexley Police"
const TWO_PLACE_COUNCIL =
  /^\p{Lu}\p{Ll}+(?: (?:City|County|Borough|District|Regional|Shire))? (?:Council|Police|Constabulary)$/u;
function twoPlaceCouncil(ctx: Context, part: NameSpan, body: NameSpan): boolean {
  const word = ctx.tokens[part.first]!;
  const before = ctx.tokens[part.first - 1];
  // (the parse may call the word after a person's "of" a person's too, and the sentence's start is the person's: "Ann
  // Lee of Tarn and Wexley Police")
  return part.last - part.first === 1 && TWO_PLACE_COUNCIL.test(body.text) && /^\p{Lu}\p{Ll}+$/u.test(word.text)
    && !has(word, ...(part.belongedTo ? [] : ['Person']), 'FirstName', 'Organization') && !isFirstName(word)
    && !(part.initial && !part.belongedTo)
    && !(before && before.sentence === word.sentence && /^(?:between|both)$/i.test(before.text));
}

// what the parse makes of a capitalised word it knows nothing of
const GUESSED_NAME_TAGS = new Set(['ProperNoun', 'Noun', 'Singular', 'TitleCase']);
/**
 * Words of the language, or capitalised words no lexicon holds and the parse only guesses at (none a listed given
 * name or surname).
 */
const fieldWordsOrPlain = (ctx: Context, span: NameSpan): boolean => ctx.tokens.slice(span.first, span.last).every((t) =>
  commonWord(t) || lexiconTag(t.text) === undefined && [...t.tags].every((tag) => GUESSED_NAME_TAGS.has(tag))
  && !isListedFirstName(t.text) && !isCommonSurname(t.text));

const PART_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+(?:al|ic|ive|ous|ary|ory)$/u;
// lower-case words set off before a name, opening the line or after a dash or a bracket: a role
const LOWER_ROLE_BEFORE = /(?:^|\n|[(\u2013\u2014] )((?:[\p{Ll}-]+ ){0,5}[\p{Ll}-]+), $/u;
function andPartOfBody(ctx: Context, part: NameSpan, body: NameSpan): boolean {
  if (part.caps || body.caps || ctx.text.slice(part.end, body.start) !== ' and ' || body.last - body.first < 2) return false;
  if (twoPlaceCouncil(ctx, part, body)) return true;
  if (!ORG_HEAD_WORDS.has(lastWord(body.text)) || has(ctx.tokens[body.first], ...NOT_A_BODY_TAGS)) return false;
  // "U.S. Food": a country's short name may stand before the word
  const word = ctx.tokens[part.last - 1]!;
  // (an airline named "<name> Air" is a body of its own: "Tarnvik Air and Kelbind Airways")
  if (part.last - part.first >= 2 && word.normal === 'air') return false;
  // (an acronym alone is a body of its own: "the KLF and Tarvik Dock Union")
  if (part.last - part.first === 1 && /^\p{Lu}{2,}$/u.test(word.text)) return false;
  // ("the Norway and Sweden Curling Board": a body of two countries, its field and its head after "the")
  if (part.last - part.first === 1 && has(word, 'Country') && body.last - body.first >= 3
    && ctx.tokens[part.first - 1]?.normal === 'the') return true;
  const leadToken = ctx.tokens[part.first]!;
  // (or a town's public service, "the" or not: "Kelby Fire and Rescue Service said")
  const townLead = part.last - part.first === 2 && !has(leadToken, 'Person') && body.last - body.first === 2
    && SERVICE_FIELDS.test(ctx.tokens[body.first]!.text);
  // (or a level of government: "the State Roads and Harbours Board")
  const govLevel = GOVERNMENT_LEVELS.test(leadToken.text) && !ORG_HEAD_WORDS.has(ctx.tokens[part.last - 1]!.normal);
  const lead = part.last - part.first === 2 && (has(leadToken, 'Country', 'Place', 'Demonym')
    || has(leadToken, 'Acronym') && leadToken.text.replace(/\./g, '').length <= 3 || townLead || govLevel);
  // "the National Oceanic and Atmospheric Administration": two words of the language, no name among them
  // (or words no lexicon holds that name nobody: "the Consumer Welfare and Transit Committee")
  const twoCommon = !lead && part.last - part.first === 2 && fieldWordsOrPlain(ctx, part)
    && !BODIES_ALONE.has(leadToken.normal) && !ORG_HEAD_WORDS.has(ctx.tokens[part.last - 1]!.normal);
  if (part.last - part.first !== 1 && !lead && !twoCommon) return false;
  // (a word of the language the parse guessed a place is none: "the city's Housing and Transport Department")
  const known = lexiconTag(word.text);
  // (nor one the parse took for a place's after a level of government: "State Arbitration")
  const guessedPlace = has(word, 'Place') && !has(word, 'City', 'Country', 'Region')
    && (known !== undefined && !NAMED_IN_LEXICON.test(known) || govLevel);
  if (has(word, ...NOT_A_BODY_TAGS) && !guessedPlace || has(word, 'ProperNoun') && !has(word, 'Noun', 'Adjective')) {
    return false;
  }
  if (BODIES_ALONE.has(word.normal)) return false;
  if (COMPANY_SUFFIXES.has(word.normal) || NAMED_IN_LEXICON.test(lexiconTag(word.text) ?? '')) {
    return false;
  }
  const before = ctx.tokens[(lead || twoCommon ? part.first : part.last - 1) - 1];
  // ("a Green and Heritage Party councillor": an article before the name; or a title set off before it, as a speaker's
  // label gives a role and its body: "(Chair, Consumer Affairs and Roads Committee)")
  // (or a role of lower-case words with a title among them: "— head of drainage works, Coastal Defences and Drought
  // Agency")
  const roleRun = LOWER_ROLE_BEFORE.exec(ctx.text.slice(Math.max(0, part.start - 60), part.start))?.[1];
  const titleBefore = !!before && TITLE_WORDS.has(before.normal) && ctx.text.slice(before.end, part.start) === ', '
    || !!roleRun && roleRun.split(' ').some((w) => TITLE_WORDS.has(w));
  // (or the name is a line of its own, a heading: "Public Transport and Roads Committee")
  const ownLine = /(?:^|\n)[ \t]*$/.test(ctx.text.slice(Math.max(0, part.start - 20), part.start))
    && /^[ \t]*(?:\n|$)/.test(ctx.text.slice(body.end, body.end + 20));
  // (or the part is shaped as an adjective, no body alone: "a steward for Municipal and Transit Workers Union")
  const adjective = part.last - part.first === 1 && PART_ADJECTIVE_SHAPE.test(word.text)
    && !has(word, 'Demonym', 'Place', 'Country', 'Person');
  return townLead || titleBefore || ownLine || adjective || before?.normal === 'the' || before?.normal === 'a'
    || before?.normal === 'an'
    || /[’']s$/.test(ctx.text.slice(Math.max(0, part.start - 3), part.start).trimEnd());
}

// a plural's possessive: "Tenants'", "People's" (a plural compromise knows), never a place's or a person's
const PLURAL_POSSESSIVE_GAP = /^[’']s? $/;
function pluralPossessive(ctx: Context, owner: NameSpan, gap: string): boolean {
  const word = ctx.tokens[owner.last - 1]!;
  if (!PLURAL_POSSESSIVE_GAP.test(gap)) return false;
  // (a plural's apostrophe alone may follow a place's words: "the Kelby North District Prosecutors' Office")
  if (gap.length === 2) return !has(word, ...NOT_A_BODY_TAGS) && /\p{Ll}s$/u.test(ctx.text.slice(owner.start, owner.end));
  if (ctx.tokens.slice(owner.first, owner.last).some((t) => has(t, ...NOT_A_BODY_TAGS))) return false;
  // (a plural in "-men" the parse does not know as one: "the Kelby Trawler Fishermen's Association")
  return has(word, 'Plural') || /\p{Ll}men(?:[’']s)?$/u.test(word.text);
}

/** "Workers": one plural word, no place's or person's name */
const lonePlural = (ctx: Context, span: NameSpan): boolean =>
  span.last - span.first === 1 && has(ctx.tokens[span.first], 'Plural') && !has(ctx.tokens[span.first], ...NOT_A_BODY_TAGS);

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
  // (the first letter opens a capitalised word: "of" is passed over in "Organisation of the Kelby Fishing Nations
  // (OKFN)")
  const opensCapitalised = (k: number): boolean => !(k > 0 && /\p{L}/u.test(text[k - 1]!)) && /\p{Lu}/u.test(name[k]!);
  let l = text.length - 1;
  for (let a = letters.length - 1; a >= 0; a--) {
    const c = letters[a]!;
    while (l >= 0 && (text[l] !== c || a === 0 && !opensCapitalised(l))) l--;
    if (l < 0) return false;
    l--;
  }
  // the first letter must be the name's first letter: no words before the acronym's start
  return l === -1;
}
