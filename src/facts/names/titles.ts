// Titles and roles inside a name span: where the name starts after its titles ("Senate Majority
// Leader |Ann Lee"), and the body a company title serves ("Acme CEO Ann Lee" → Acme).
import type { Context } from '../../context.js';
import type { NameSpan } from '../names.js';
import { lexiconTag } from '../../nlp.js';
import { ORG_HEAD_WORDS, PLACE_ACRONYMS } from '../organisation/patterns.js';
import { isListedFirstName, TITLE_WORDS } from '../person/patterns.js';
import { isCommonSurname } from '../person/surnames.js';
import type { ClassifiedName } from './types.js';
import {
  FUNCTION_WORDS, GENERIC_FIRST_WORDS, has, isCabinetTitle, isFirstName, isLexiconWord, isPlaceName,
  isTitle, NATIONALITY_SHAPE, styleOfAddressAt, titleCased,
  wordsPattern,
} from './words.js';

/** "Mahad Haji Dirie": an honorific after a word no dictionary holds is part of the name (Somali names). */
export function honorificInName(ctx: Context, first: number, last: number): boolean {
  const [given, second] = [ctx.tokens[first]!, ctx.tokens[first + 1]];
  return !!second && last - first >= 3 && HONORIFIC_IN_NAME.has(second.normal) && !isTitle(given)
    && lexiconTag(given.text) === undefined;
}

/**
 * Where the name starts after the titles at the front of a span, or `first` if none: "President |Ann Lee",
 * "Foreign Minister |Dan Ortiz", and, before a first name only, a title led by other words:
 * "Senate Majority Leader |Ann Lee", "Acme CEO |Ann Lee", "Northfield State Police Trooper |Ann Lee".
 */
const COMMON_NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
const HONORIFIC_IN_NAME = new Set(['haji', 'hajji', 'xaaji']);

export function titleEndOf(ctx: Context, first: number, last: number): number {
  const tokens = ctx.tokens;
  if (honorificInName(ctx, first, last)) return first;
  let k = first;
  const notPerson = (j: number): boolean => !has(tokens[j], 'Person', 'FirstName');
  while (k < last - 1 && (isTitle(tokens[k]!) || notPerson(k) && isTitle(tokens[k + 1]!))) k++;
  // (two words may qualify the title, a name of two or three words after it: "Vocational Training Minister Ann Lee")
  if (k === first && (last - first === 5 || last - first === 6) && notPerson(first) && notPerson(first + 1)
    && isTitle(tokens[first + 2]!) && !tokens.slice(first + 3, last).some(isTitle)) k = first + 3;
  // "Governor of Virginia": a title and what it governs name no one
  // (nor does a country after a title that other words open: "the group Water Justice Malawi")
  const countryAfterWords = k === last - 1 && !isTitle(tokens[first]!) && has(tokens[k], 'Country');
  // (nor a word of the language that is no given name, then more: "Justice Matters Kelby, a campaign group")
  const wordAfter = last - k >= 2 && isLexiconWord(tokens[k]!.text) && !isListedFirstName(tokens[k]!.text);
  // (nor a plural alone after the title, a body's last word: "Kelvane Coach Lines")
  const pluralAfter = k === last - 1 && has(tokens[k], 'Plural') && !has(tokens[k], 'Person', 'FirstName', 'LastName');
  if (k > first && !isTitle(tokens[k]!) && /^\p{Lu}/u.test(tokens[k]!.text) && !countryAfterWords && !wordAfter
    && !pluralAfter) {
    return k;
  }
  // up to four words, then a title, then a first name or a word the parse calls a person
  for (let t = Math.min(last - 2, first + 4); t > first; t--) {
    if (!isTitle(tokens[t]!) || isTitle(tokens[t + 1]!)) continue;
    const name = tokens[t + 1]!;
    // after a title a listed first name is one, whatever else the parse calls it ("Minister Lena Marsh")
    // (or, two words or more on, a surname first: "Trade Minister Yoon Ha-neul")
    if (!isFirstName(name) && !has(name, 'Person', 'FirstName')
      && !((isListedFirstName(name.text) || isCommonSurname(name.text)) && t + 2 < last)) continue;
    // "Governor of Washington Ann Lee": the role's object may join with "of", "for", "the"
    const notRoleObject = (x: (typeof tokens)[number]): boolean =>
      has(x, 'FirstName') || !/^\p{Lu}/u.test(x.text) && !/^(?:of|for|the)$/.test(x.normal);
    // ("Mel Fire Director Joe Tanaka": a given name may open a body's name that a common noun, no surname, ends)
    const before = tokens.slice(first, t);
    const end = before.at(-1)!;
    const bodyBefore = before.length >= 2 && t + 2 < last && /^\p{Lu}\p{Ll}+$/u.test(end.text) && !isCommonSurname(end.text)
      && COMMON_NOUN_TAGS.has(lexiconTag(end.text) ?? '');
    if (before.some(notRoleObject) && !bodyBefore) continue;
    return t + 1;
  }
  // "Secretary of State Ann Lee", "Minister for Trade Dan Ortiz": a title, "of" or "for" and what it serves, then a
  // given name the lists know
  // ("US Secretary of State Ann Lee": a country's short name may stand before the title)
  const placeFirst = has(tokens[first], 'Country', 'Place', 'Demonym') || isPlaceName(tokens[first]!.text);
  const at = isTitle(tokens[first]!) ? first : placeFirst ? first + 1 : -1;
  if (at >= 0 && at + 3 < last && isTitle(tokens[at]!) && /^(?:of|for)$/.test(tokens[at + 1]!.normal)) {
    for (let n = at + 3; n < last - 1 && n <= at + 6; n++) {
      const between = tokens.slice(at + 2, n);
      if (between.some((x) => !/^\p{Lu}/u.test(x.text) && !/^(?:of|for|the|and)$/.test(x.normal))) break;
      // (the parse may call the given name a place there: "State Ann" reads as one)
      const given = isFirstName(tokens[n]!) || isListedFirstName(tokens[n]!.text);
      if (given && !between.some((x) => has(x, 'FirstName'))) return n;
    }
  }
  return first;
}

const CORPORATE_TITLES = wordsPattern([
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair', 'president', 'founder', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'executive', 'chief', 'manager', 'administrator',
]);
const GOVERNMENT_TITLES = wordsPattern([
  'minister', 'secretary', 'senator', 'sen', 'speaker', 'governor', 'gov', 'mayor', 'leader', 'whip', 'premier',
  'chancellor', 'commissioner', 'undersecretary', 'ambassador', 'envoy',
]);
// words that belong to a title rather than name whom it serves: "Senate Majority Leader", "Shadow Home Secretary"
const TITLE_QUALIFIERS = wordsPattern([
  'Senate', 'House', 'Majority', 'Minority', 'Home', 'Shadow', 'Opposition', 'Press', 'Deputy', 'Vice', 'Assistant',
  'Acting', 'Executive', 'Prime', 'Chief', 'Senior', 'Interim', 'Cabinet', 'Parliamentary', 'Provincial', 'Regional',
  'Party', 'Army', 'Navy', 'Police', 'Fire', 'Air', 'Military', 'Environment', 'Energy', 'Education', 'Transport', 'Agriculture',
  'Culture', 'Economy', 'Economic', 'Immigration', 'Treasury', 'Development', 'Intelligence', 'Communications',
  'Information', 'Financial', 'Fiscal', 'Budget', 'Editorial', 'Managing', 'Marketing', 'Sales', 'Technical',
  'Operating', 'Commercial', 'Legal', 'Public', 'Internal', 'External', 'Affairs', 'Works', 'Services', 'Lieutenant',
  'Attorney', 'Prosecuting', 'Surgeon', 'Postmaster', 'Secretary', 'Minister', 'General', 'White',
  // courts: "U.S. District Judge", "Circuit Judge", "District Attorney"; tribunals and their branches: "Employment
  // Judge", "Tribunal Judge", "Crown Prosecutor", "Family Court Judge"
  'District', 'Circuit', 'Magistrate', 'Bankruptcy', 'Appeals', 'Employment', 'Tribunal', 'Crown', 'Family', 'Probate',
  // the first word of a military rank of two: "Brigadier General", "Major General", "Rear Admiral", "Staff Sergeant"
  'Brigadier', 'Major', 'Rear', 'Staff', 'Master', 'Warrant', 'Lance', 'First', 'Second', 'Flight', 'Wing', 'Squadron',
  // a unit of the title holder's own body, no body of its own: "Area Manager", "Station Commander", "Store Manager",
  // "Watch Manager", "Project Director"
  'Area', 'Station', 'Watch', 'Crew', 'Branch', 'Store', 'Site', 'Project', 'Product', 'Account', 'Shift', 'Duty',
  'Ward', 'Programme', 'Program', 'Divisional', 'Plant', 'Team',
]);

/** A word in capitals written in title case ("AREA" → "Area"); any other word as it is. */
const titleCase = (word: string): string => (/^\p{Lu}{2,}$/u.test(word) ? titleCased(word) : word);

// a rank that opens a title over a field: "Chief Technology Officer", "Senior Vice President"
const RANK_OPENING = /^(?:chief|senior|executive|deputy|vice|assistant|associate|principal)$/;
/**
 * "Acme CEO", "Northfield State Police Trooper": the words before the title words that name whom the role serves,
 * as a token range [first, end), or null: "Senate Majority Leader" and "Foreign Minister" name no one else.
 */
export function affiliationPrefix(ctx: Context, first: number, nameFirst: number): [number, number] | null {
  const tokens = ctx.tokens;
  // ("HER HONOUR JUDGE ANN LEE": a style of address before the title serves no one)
  while (first + 2 < nameFirst && styleOfAddressAt(tokens, first)) first += 2;
  // "Secretary of State", "Minister for Trade": a title and what it serves are all role ("US Secretary of State": the
  // country before it is whom it serves)
  const titleOf = (k: number): boolean => k + 1 < nameFirst && isTitle(tokens[k]!) && /^(?:of|for)$/.test(tokens[k + 1]!.normal);
  if (titleOf(first)) return null;
  if (titleOf(first + 1) && (has(tokens[first], 'Country', 'Place') || isPlaceName(tokens[first]!.text))) return [first, first + 1];
  let end = nameFirst;
  while (end > first && isTitle(tokens[end - 1]!)) end--;
  // "Northfield State Police Trooper": a body's name ends in its head word
  // (not a minister's title that opens with the head: "Energy Cabinet Secretary")
  // (nor one inside a title, titles all before it: "Assistant Chief Ambulance Officer")
  if (end - first >= 2 && end < nameFirst && ORG_HEAD_WORDS.has(tokens[end - 1]!.normal)
    && !isCabinetTitle(tokens[end - 1]!, tokens[end]) && !tokens.slice(first, end - 1).every(isTitle)) {
    return [first, end];
  }
  // a government title takes a portfolio, not a body: "Privatisation Minister", "Budget Secretary" (but an acronym
  // names a body: "KWD Undersecretary Ann Lee")
  const acronymFirst = end - first === 1 && /^[A-Z]{2,6}$/.test(tokens[first]!.text)
    && !PLACE_ACRONYMS.has(tokens[first]!.text);
  if (GOVERNMENT_TITLES.test(tokens[nameFirst - 1]!.normal)) return acronymFirst ? [first, end] : null;
  // qualifiers belong to the title: "Senate Majority", "Interior", "Deputy", demonyms and adjectives
  // (a word in capitals as in title case: "AREA MANAGER ANN LEE" in a speaker's label)
  const qualifies = (t: (typeof tokens)[number]): boolean =>
    isTitle(t) || has(t, 'Adjective') || TITLE_WORDS.has(t.normal.replace(/s$/, ''))
    || TITLE_QUALIFIERS.test(titleCase(t.text)) || GENERIC_FIRST_WORDS.test(titleCase(t.text)) || has(t, 'Demonym');
  while (end > first && qualifies(tokens[end - 1]!)) end--;
  if (end === first || end === nameFirst) return null;
  // ("Chief Technology Officer Ann Lee": a rank opens a title over a field, no body)
  if (RANK_OPENING.test(tokens[first]!.normal)) return null;
  if (tokens.slice(first, end).some((t) => !/^\p{Lu}/u.test(t.text) && t.normal !== 'of' && t.normal !== '&')) return null;
  // a kind of body alone belongs to the title, "Battalion Chief", unless it calls back a body of the article named
  // with it: "the Arden School Board … Board President Ann Lee" (refine/affiliation-names.ts)
  if (end - first === 1 && ORG_HEAD_WORDS.has(tokens[first]!.normal) && !namedWithKind(ctx.text, tokens[first]!.text)) {
    return null;
  }
  return [first, end];
}

// compiled once per kind of body (a handful: those that head a title's prefix)
const KIND_AFTER_A_NAME = new Map<string, RegExp>();
/** Whether the text names a body with this kind after another capitalised word: "Arden School Board". */
const namedWithKind = (text: string, kind: string): boolean => {
  let pattern = KIND_AFTER_A_NAME.get(kind);
  if (!pattern) {
    const word = kind.replace(/[^\p{L}-]/gu, '');
    pattern = new RegExp(String.raw`(?<![\p{L}'’-])(?!(?:The|An?) )\p{Lu}[\p{L}'’-]* ${word}\b`, 'u');
    KIND_AFTER_A_NAME.set(kind, pattern);
  }
  return pattern.test(text);
};

/** "Acme CEO Ann Lee": the organisation named before a title is itself a name to extract (a place is not one). */
export function roleAffiliation(ctx: Context, span: NameSpan): ClassifiedName | null {
  const nameFirst = titleEndOf(ctx, span.first, span.last);
  const range = nameFirst > span.first ? affiliationPrefix(ctx, span.first, nameFirst) : null;
  // only a company's titles say the words before them name a body: "Acme CEO", not "Hillford Professor"; an acronym
  // before any title does ("KTO Secretary General Ann Lee")
  if (!range) return null;
  const [first, last] = range;
  const acronym = last - first === 1 && /^[A-Z]{2,6}$/.test(ctx.tokens[first]!.text);
  if (!acronym && !CORPORATE_TITLES.test(ctx.tokens[nameFirst - 1]!.normal)) return null;
  const tokens = ctx.tokens.slice(first, last);
  const text = ctx.text.slice(tokens[0]!.start, tokens.at(-1)!.end);
  const single = tokens.length === 1;
  if (tokens.some((t) => has(t, 'Place', 'Country', 'City', 'Region', 'Demonym', 'Person', 'FirstName')) || isPlaceName(text)) return null;
  const tag = lexiconTag(text);
  if (single && (tag !== undefined && tag !== 'Organization' || NATIONALITY_SHAPE.test(text) || FUNCTION_WORDS.test(text))) return null;
  const at = { first, last, start: tokens[0]!.start, end: tokens.at(-1)!.end, text };
  return { ...span, ...at, cls: 'organisation', reason: 'role-affiliation', confidence: 0.75 };
}
