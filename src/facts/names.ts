// Capitalised name spans over tokens: the candidates both the organisation and person
// extractors classify (see names/classify.ts). A span is a run of capitalised words joined by
// spaces or hyphens, with lower-case name particles inside ("al-", "wal-", "bin", "van der", "-e-",
// "ul-"), initials ("R. Castellan") and "&" ("Ortiz & Co"). A slash separates two names
// ("X/Y"), a possessive ends one ("Norland’s" → "Norland").
import type { Context, Token } from '../context.js';
import { isListedFirstName, ROLE_HEAD_SOURCE, TITLE_WORDS } from './person/patterns.js';
import { isCommonSurname } from './person/surnames.js';
import { COMPANY_CONTEXT_AFTER, KIN_MEMBER_PLURALS, ORG_HEAD_WORDS } from './organisation/patterns.js';

// particles that may sit inside a name in lower case
const PARTICLES = new Set([
  'al', 'el', 'wal', 'e', 'i', 'ul', 'ud', 'ur', 'bin', 'bint', 'binti', 'ibn', 'abu', 'van', 'der', 'den', 'de', 'la',
  // Dutch "ter", and "'t" (read as "t" after its apostrophe): "Wim ter Brugge", "Joost van 't Veld"
  'ter', 't',
  'le', 'du', 'da', 'di', 'del', 'dela', 'della', 'dello', 'delle', 'degli', 'des', 'das', 'dos', 'von', 'of', 'y', '&',
  // Spanish plural articles after "de": "Ana de los Ríos", "Luis de las Heras"
  'los', 'las',
  // Welsh "son of", "daughter of": "Rhys ap Gwilym"; Kalenjin "son of": "Kosgei Kiprop arap Rono"
  'ap', 'ferch', 'arap',
  // Spanish and Portuguese "for", inside a body's name: "Instituto para la Vivienda de Tarvia"
  'para',
]);
// particles inside a person's name ("Kees van der Linden", "Omar bin Hamad"), not a body's "of" or "&"
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'ter', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'dela', 'della', 'von', 'bin', 'bint', 'binti', 'ibn',
  'ap', 'ferch', 'arap', 'los', 'las',
  // Portuguese: "Ana dos Santos", "Rui das Neves"
  'dos', 'das',
]);
// particles that may join a name but never end one
const CONNECTORS = new Set([
  'of', 'for', 'and', 'y', 'de', 'la', 'van', 'der', 'von', 'bin', 'al', 'el', 'wal', 'e', 'i', 'ul', 'ud', 'abu',
  'ibn', 'du', 'da', 'di', 'del', 'dela', 'della', 'dello', 'delle', 'degli', 'des', 'das', 'dos', 'do', 'den', 'le',
  'bint', 'binti', 'ap', 'ferch', 'arap', 'para', '&', 'ter', 't', 'los', 'las',
]);
// an acronym's possessive opening a sentence is no closed-class word: "UNK's library"
const ACRONYM_POSSESSIVE = /^[A-Z]{2,6}['’]s$/;
// the Arabic article in lower case, which opens a name when a hyphen joins it to the next word ("al-Shabaab")
const ARTICLE_PARTICLE = /^(?:al|el)$/;
// (or a space, where the parse reads the article as part of a body's name: "al Qaeda")
const articleGlued = (article: Token, next: Token): boolean => /^[-\u2010\u2011]$/u.test(article.post + next.pre)
  || article.post + next.pre === ' ' && article.tags.has('Organization');
const capitalHyphenPart = (prev: Token, next: Token): boolean =>
  /^[-\u2010\u2011]$/u.test(prev.post + next.pre) && /^\p{Lu}/u.test(next.text);
// words that are capitalised at the start of a sentence but never start a name there
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Possessive', 'Copula', 'Modal', 'Auxiliary'];
// function words a writer puts in capitals for stress, inside a sentence: "I will serve ALL residents", "we said NO"
// (not those that are also common abbreviations: NOW, US, IT, OR, IN, ME)
const STRESSED_WORDS = new Set([
  'ALL', 'NO', 'NOT', 'NEVER', 'ANY', 'EVERY', 'EACH', 'NONE', 'ONLY', 'ALWAYS', 'NOTHING', 'EVERYONE', 'EVERYTHING',
  'NOBODY', 'ANYONE', 'ANYTHING', 'YES', 'THE', 'AND', 'BUT', 'VERY', 'MUST', 'MORE', 'MOST', 'REALLY', 'THIS', 'THAT',
  'THEY', 'THEM', 'YOU', 'YOUR', 'OUR', 'THEIR',
]);
export const LEADING_NOT_NAME_TAGS = ['Date', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord', 'Possessive'];

export interface NameSpan {
  /** token range [first, last) the span covers (a slash may split a token between two spans) */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** starts at the beginning of a sentence, where every word is capitalised anyway */
  initial?: boolean;
  /** inside an all-capitals line (a headline, a table row): case says nothing there */
  caps?: boolean;
  /** inside a title-case headline ("Minister Defends New Plan") */
  headline?: boolean;
  /** the object of a role phrase run into a name ("Coordinator for Counterterrorism Ann Lee") */
  roleObject?: boolean;
  /** joined across "of", "for", "and" because the acronym after it spells the whole ("League for Democracy (LFD)") */
  defined?: boolean;
  /** a company name with its own possessive inside ("Harwell's Bancshares Inc") */
  ownName?: boolean;
  /** what a person named before "of" in the same run of capitals belongs to ("Ann Lee of Kelby Medicine") */
  belongedTo?: boolean;
  /** a name no dictionary holds, split from the body it is "of" in the same run of capitals ("Osric Tamble of Harth
   * Daily") */
  memberOf?: boolean;
  /** a body named for its members or its cause ("Friends of the Earth", "the Committee to Protect Reporters") */
  membersNamed?: boolean;
  /** a mission joined to the country it is sent to ("the United Nations Relief Mission in Norland") */
  sentTo?: boolean;
}

export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const POSSESSIVE = /[’']s$/iu;
// a line that is a body's name alone: capitalised words, joined by "and", "of" or "for", closed by a head word
const HEADING_BODY = /^\p{Lu}[\p{L}'’-]*(?: (?:and|of|for|the|\p{Lu}[\p{L}'’-]*)){1,7}[ \t]*$/u;
// (its head word last, or before "of" or "for": "Central Savings Bank of Tarvia")
const isHeadingBody = (line: string): boolean => HEADING_BODY.test(line) && / (?:and|of|for) /.test(line)
  && (ORG_HEAD_WORDS.has(line.trim().split(' ').at(-1)!.toLowerCase())
    || line.trim().split(' ').some((w, k, words) => /^(?:of|for)$/.test(words[k + 1] ?? '')
      && ORG_HEAD_WORDS.has(w.toLowerCase())));
// a word with a bracket inside is a plural or an aside, no name: "Governor(s)"
const BRACKET_INSIDE = /\p{L}[()]/u;
const INITIAL = /^\p{Lu}$/u;
/** The acronyms an article defines in brackets: "(WHO)". */
const definedAcronyms = (text: string): Set<string> => new Set(Array.from(text.matchAll(/\((\p{Lu}{2,})\)/gu), (m) => m[1]!));
// words join across one run of spaces or a hyphen; an initial joins across its full stop
// (`inside`: the span began before `prev`, so a quoted word there may be a nickname closing)
const joinable = (prev: Token, next: Token, inside = false): boolean => {
  if (POSSESSIVE.test(prev.text)) return false;
  // (a word that keeps its stop, a legal form's, ends the sentence the parse ran on before "The", "It": "… sold to
  // Kelby Foods B.V. The company's chair said")
  if (prev.text.endsWith('.') && SENTENCE_OPENERS.has(next.normal)) return false;
  const gap = prev.post + next.pre;
  if (/^(?:[ \t]+|[-\u2010\u2011])$/u.test(gap)) return true;
  // (an en dash between two capitalised words with no space joins a name of two sponsors' or partners' names:
  // "Halvik–Tarn Racing Club", as a hyphen does)
  if (gap === '\u2013' && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) return true;
  // Dutch "'t" after "van" ("Joost van 't Veld"), and the name after it
  if (/^ ['’]$/u.test(gap) && next.text === 't' && prev.normal === 'van' || prev.text === 't' && /['’]$/u.test(prev.pre)
    && /^ $/.test(gap)) return true;
  // a one-word nickname in quotes inside a name: 'Severino "Biu" dos Anjos', 'Clive “Bassman” Fitzwilliam'
  if (/^ ["“]$/u.test(gap) && /^["”] $/u.test(next.post) && /^\p{Lu}/u.test(next.text)) return true;
  if (inside && /^["”] $/u.test(gap) && /^["“]$/u.test(prev.pre) && /^\p{Lu}/u.test(prev.text)) return true;
  // an editor's given name in brackets before the surname: "[Tomas] Brierly said" (not a title: "[Senator] Velland")
  if (/^\] $/.test(gap) && prev.pre.endsWith('[') && /^\p{Lu}/u.test(next.text) && isListedFirstName(prev.text)) {
    return true;
  }
  // (or the surname in brackets after the given name: "Tomas [Brierly], who")
  if (gap === ' [' && next.post.startsWith(']') && /^\p{Lu}/u.test(next.text) && isListedFirstName(prev.text)) {
    return true;
  }
  // (its initials in the brackets too: "[Tomas K.] Brierly")
  if (inside && gap === '.] ' && INITIAL.test(prev.text) && /^\p{Lu}/u.test(next.text)) return true;
  // a legal form after a comma, or after another legal form: "Kelby Systems Co., Ltd.", "Kelby Motores, S.A. de C.V.",
  // "Kelby Yapı Ltd. Şti."
  if (LEGAL_FORM_NEXT.test(next.text)
    && (/^,[ \t]$/.test(gap) || /^(?:co|ltd)$/.test(prev.normal) && /^\.,?[ \t]$/.test(gap))) return true;
  // ("Md. Tarikul Osman": "Muhammad" abbreviated before a given name; not "Baltimore, Md. Police …")
  // (a word the parse knows as a common noun, a place or a body is none: its lexicon tags it Singular or Plural)
  if (GIVEN_NAME_ABBREVIATIONS.test(prev.text) && /^\. $/.test(gap) && /^\p{Lu}/u.test(next.text)
    && (isListedFirstName(next.text) || !COMMON_WORD_TAGS.some((t) => next.tags.has(t)))) {
    return true;
  }
  return (INITIAL.test(prev.text) || NAME_ABBREVIATIONS.test(prev.text)) && /^\.[ \t]?$/.test(gap)
    // ("So do I. But …": a full stop before a conjunction, an article or a pronoun ends a sentence, no initial)
    && !SENTENCE_OPENERS.has(next.normal);
};
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}\p{Ll}/u;
// quotes that open and close a nickname, double or single, straight or curly
const NICKNAME_QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };
/**
 * After a capitalised word, a nickname of one to three capitalised words in matching quotes, then a capitalised
 * surname in the same sentence: "Nella 'Dova' Aune", 'Ann "Big Nan" Lee'. The surname's index, or -1.
 */
const nicknameEnd = (tokens: readonly Token[], k: number): number => {
  const open = tokens[k];
  const close = open && NICKNAME_QUOTES[open.pre];
  const given = tokens[k - 1]!;
  if (!close || !/^\p{Lu}/u.test(given.text) || given.post !== ' ' || POSSESSIVE.test(given.text)) return -1;
  for (let j = k; j < k + 3 && j < tokens.length - 1; j++) {
    const word = tokens[j]!;
    if (!/^\p{Lu}/u.test(word.text) || word.sentence !== open.sentence || (j > k && word.pre !== '')) return -1;
    if (word.post === `${close} `) {
      const surname = tokens[j + 1]!;
      const named = surname.pre === '' && surname.sentence === open.sentence && /^\p{Lu}\p{Ll}/u.test(surname.text);
      return named ? j + 1 : -1;
    }
    if (word.post !== ' ') return -1;
  }
  return -1;
};
/** "Q. What did you learn?", "A. To publishers, yes.": an interview's labels at a line's start are no initials. */
const questionOrAnswerLabel = (tokens: readonly Token[], i: number): boolean =>
  /^[QA]$/.test(tokens[i]!.text) && /^\. /.test(tokens[i]!.post)
  && (i === 0 || /\n\s*$/.test(tokens[i - 1]!.post + tokens[i]!.pre));
// (not "S.C.", which is as often South Carolina after a town; in capitals too: "KELBY SUPPLY, INC.")
const LEGAL_FORM_NEXT =
  /^(?:Ltd|LTD|Inc|INC|LLC|LLP|S\.A\.?|SA|S\.A\.B\.?|SAB|Şti|Bhd|Plc|PLC|Lda|Ltda|B\.V\.?|N\.V\.?|GmbH|S\.p\.A\.?)$/u;
// days that name an event with the word before them: "Good Friday", "Bloody Sunday", "Easter Monday"
const DAY_EVENT_WORDS = new Set(['good', 'black', 'easter', 'ash', 'palm', 'holy', 'cyber', 'maundy', 'super', 'bloody',
  'whit', 'shrove', 'giving']);
/** "President Ann Lee Saturday urged …": a weekday after a name, no capitalised word after it, is the date's. */
const dayAfterName = (tokens: readonly Token[], k: number): boolean => {
  const [day, after] = [tokens[k]!, tokens[k + 1]];
  return day.tags.has('WeekDay') && !DAY_EVENT_WORDS.has(tokens[k - 1]!.normal)
    && !(after && isCapitalised(after) && joinable(day, after));
};
// an amount in a currency whose sign follows a capital: "S$86", "US$5", "HK$12" (no name's word)
const CAPITAL_CURRENCY = /^\p{Lu}{1,3}\$\d/u;
// a legal form in brackets, then its "Ltd": "Kelbrook Mills (Pvt) Ltd", "Riverlea Haulage (Pty) Ltd"
// (and South Africa's state-owned companies' and ring-fenced ones': "Kelvale Power (SOC) Ltd", "Harbour Funding (RF) Ltd")
const BRACKETED_FORM = /^(?:Pvt|Pty|Private|Proprietary|SOC|RF)$/;
const bracketedFormEnd = (tokens: readonly Token[], end: number): number => {
  const form = tokens[end];
  const ltd = tokens[end + 1];
  return form && ltd && BRACKETED_FORM.test(form.text) && `${tokens[end - 1]!.post}${form.pre}` === ' ('
    && `${form.post}${ltd.pre}` === ') ' && /^(?:Ltd|Limited)$/.test(ltd.text) ? end + 2 : end;
};
/**
 * A legal form in lower case after the name: Poland's "Kelby Trade Sp. z o.o." (or "sp. z o.o."), Quebec's
 * "Kelby Services inc." and "ltée", Britain's public limited company as house styles print it ("Kelby Software plc"),
 * the Balkans' joint-stock and limited companies ("Kelby Telekom d.d.", "Kelby Trade d.o.o.").
 */
const lowerFormEnd = (tokens: readonly Token[], end: number): number => {
  const [before, next, after, third] = [tokens[end - 1]!, tokens[end], tokens[end + 1], tokens[end + 2]];
  const spaced = (a: Token, b: Token, stop = false): boolean => (stop ? /^\. $/ : /^ $/).test(a.post + b.pre);
  // (the "Sp." still outside the name, or already its last word)
  if (next?.text === 'sp' && after?.text === 'z' && third?.text === 'o.o.' && spaced(before, next)
    && spaced(next, after, true) && spaced(after, third)) return end + 3;
  if (before.text === 'Sp' && next?.text === 'z' && after?.text === 'o.o.' && spaced(before, next, true)
    && spaced(next, after)) return end + 2;
  return next && /^(?:inc|ltée|plc|d\.d\.|d\.o\.o\.)$/.test(next.text) && spaced(before, next) ? end + 1 : end;
};
// a broadcaster named by its channel's number: "Channel 7", "Channel 5 News"
const channelNumber = (prev: Token, next: Token): boolean =>
  prev.text === 'Channel' && /^\d{1,3}$/.test(next.text) && prev.post + next.pre === ' ';
// a union's branch by its number, inside a longer name: "Kelby Rail Workers Local 12"; a station's channel after its
// name: "KTRN News 9"
const numberInName = (prev: Token, next: Token): boolean =>
  (prev.text === 'Local' && /^\d{1,5}$/.test(next.text)
    || /^(?:News|TV)$/.test(prev.text) && /^\d{1,2}$/.test(next.text)) && prev.post + next.pre === ' ';
// a station's channel inside its name: "Kelby 9 News", "Tarn 5 TV"
const stationNumber = (tokens: readonly Token[], k: number): boolean => {
  const [number, station] = [tokens[k]!, tokens[k + 1]];
  return /^\d{1,2}$/.test(number.text) && tokens[k - 1]!.post + number.pre === ' ' && !!station
    && /^(?:News|TV|Radio)$/.test(station.text) && number.post + station.pre === ' ';
};
// words that open a sentence and never a surname
const SENTENCE_OPENERS = new Set([
  'but', 'and', 'or', 'so', 'yet', 'then', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'i', 'we', 'you',
  'he', 'she', 'they', 'there', 'if', 'when', 'what', 'why', 'how',
]);
// abbreviations that open a name: "St. Francis Hospital", "Mt. Kelmont", "Ft. Lanford"
export const NAME_ABBREVIATIONS = /^(?:St|Ste|Mt|Ft)$/;
// "Muhammad" abbreviated in South and South-East Asian names: "Md.", "Mohd.", "Muhd."
const GIVEN_NAME_ABBREVIATIONS = /^(?:Md|Mohd|Muhd)$/;
const COMMON_WORD_TAGS = ['Singular', 'Plural', 'Place', 'Organization'];

// one romanised syllable (Cantonese, Korean): an initial, a vowel run, a final nasal, stop or liquid ("Ha-neul")
export const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,2}h?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|l)?)$/i;
/** "Tsoi Ka-ming", "Fung Siu-wah": a given name of two syllables joined by a hyphen, the second in lower case. */
// (a slash may close it, before a photograph's agency: "Yoon Ha-neul/Kelby Images")
const romanisedSyllables = (prev: Token, next: Token): boolean =>
  /^\p{Lu}/u.test(prev.text) && /^\p{Ll}+(?:\/\p{Lu}|$)/u.test(next.text)
  && /^[-\u2010\u2011]$/u.test(prev.post + next.pre)
  && SYLLABLE.test(prev.text) && SYLLABLE.test(next.text.split('/')[0]!);

// "Economic Co-operation", "Nuclear Non-proliferation": a prefix and its word in lower case, inside a name
const HYPHEN_PREFIXES = new Set(['Co', 'Non', 'Anti', 'Counter', 'Self', 'Inter', 'Multi', 'Cross', 'Pre', 'Post', 'Re']);
const prefixedWord = (prev: Token, next: Token): boolean =>
  HYPHEN_PREFIXES.has(prev.text) && /^\p{Ll}{3,}$/u.test(next.text) && /^[-\u2010\u2011]$/u.test(prev.post + next.pre);

// "Security and Co-operation": the prefix opens a word of a name that a connector joins to the words before it
const afterConnector = (tokens: Token[], i: number): boolean =>
  i >= 2 && CONNECTORS.has(tokens[i - 1]!.normal) && isCapitalised(tokens[i - 2]!) && tokens[i - 1]!.sentence === tokens[i]!.sentence;

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName'];
export const looksLikeName = (t: Token): boolean => NAME_TAGS.some((tag) => t.tags.has(tag));
const QUOTE_ENDED = /^[.!?]["”’']\s+$/u;
// (after such a quotation the parse tags a capitalised common word as a name, as it would inside a sentence: "Shares")
const CAPITAL_ONLY_TAGS = ['ProperNoun', 'Noun', 'Plural', 'Singular', 'TitleCase'];
// (or after a dateline's dash: "NEW YORK - Shares of …")
const taggedByItsCapital = (tokens: Token[], i: number): boolean => i > 0
  && (QUOTE_ENDED.test(tokens[i - 1]!.post + tokens[i]!.pre) || datelineDash(tokens, i))
  && [...tokens[i]!.tags].every((t) => CAPITAL_ONLY_TAGS.includes(t))
  && (knownWord(tokens[i]!.normal) || knownWord(tokens[i]!.normal.replace(/s$/, '')));
// auxiliaries that open a question, some of them given names too ("Will", "May", "Can")
const QUESTION_OPENERS = new Set([
  'Will', 'Would', 'Can', 'Could', 'Should', 'Shall', 'May', 'Might', 'Must', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was',
  'Were', 'Has', 'Have', 'Had',
]);
/** Whether the sentence of token i ends in a question mark. */
function endsInQuestion(tokens: Token[], i: number): boolean {
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1]!.sentence === tokens[i]!.sentence) k++;
  return tokens[k]!.post.includes('?');
}

export const isSentenceStart = (tokens: Token[], i: number): boolean => {
  if (i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence) return true;
  // after a line break, a colon or an opening quote the next word is capitalised anyway
  const gap = tokens[i - 1]!.post + tokens[i]!.pre;
  if (/[\n:]\s*$|^\s*["“‘'`(]/u.test(gap)) return true;
  // a quotation that ends a sentence inside its marks, where the parse runs on: 'the company "will respond." Shares of …'
  if (QUOTE_ENDED.test(gap)) return true;
  // ...or a sentence inside a quotation, which the parse may not split: '"The risk is real. Holidaymakers remember."'
  if (/^[.!?]\s+$/.test(gap) && /^\p{Ll}{2,}$/u.test(tokens[i - 1]!.text) && !tokens[i - 1]!.tags.has('Abbreviation')) {
    return true;
  }
  // an interview's label: "A. At Kelby Tools."
  if (questionOrAnswerLabel(tokens, i - 1)) return true;
  return datelineDash(tokens, i);
};
/** A dateline's dash before the token: "(Reuters) - Shares of …", "LONDON — Storm …". */
const datelineDash = (tokens: Token[], i: number): boolean => {
  const gap = tokens[i - 1]!.post + tokens[i]!.pre;
  return /\)\s*[-–—]\s*$/u.test(gap) || /^\s*[–—-]\s*$/u.test(gap) && /^\p{Lu}[\p{Lu}.]+$/u.test(tokens[i - 1]!.text);
};

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** How many capital and small letters a line has (counted, not matched: a match would make one string a letter). */
function lettersByCase(line: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
      continue;
    }
    const char = String.fromCodePoint(line.codePointAt(i)!);
    if (char.length === 2) i++;
    if (UPPER.test(char)) upper++;
    else if (LOWER.test(char)) lower++;
  }
  return { upper, lower };
}

/**
 * Lines in which (almost) every letter is a capital (headlines, datelines, some tables), and
 * title-case headlines in which (almost) every word starts with one: case says little there.
 */
function headlineLines(text: string): { caps: Array<[number, number]>; title: Array<[number, number]> } {
  const caps: Array<[number, number]> = [];
  const title: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const { upper, lower } = lettersByCase(line);
    if (upper >= 4 && lower <= upper * 0.1) caps.push([start, start + line.length]);
    // (a line of two commas or more lists names, roles and bodies, as a transcript's participants: no headline)
    // (nor is a label's list of names with bodies in brackets: "Candidates: Ann Lee (Kelby Party); …"; a headline
    // after a label keeps its case: "Also Read: Spokesperson Defends Kelby's Plan; Affirms Ties")
    // (nor a byline, its capitals those of a writer and whom they write for: "By Ann Lee, Southern Press Agency", "Ann
    // Lee | Kelby Weekly" alone on its line)
    else if (line.length < 200 && !/[.!?]["”’]?\s*$/u.test(line) && !/,[^,]*,/.test(line)
      && !LABELLED_LIST.test(line) && !BYLINE.test(line)) {
      const words = line.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
      const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      // (title case leaves only short words small: "chief forecaster" in "Ann Lee — chief forecaster, Kelby Met
      // Office" is a header line's role)
      const small = words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_SMALL.has(w)).length;
      // (a line that is a body's name alone is no headline of words: "Public Transport and Roads Committee")
      if (words.length >= 4 && capitalised >= words.length * 0.75 && small < 2 && !isHeadingBody(line)) {
        title.push([start, start + line.length]);
      }
    }
    start += line.length + 1;
  }
  return { caps, title };
}
const LABELLED_LIST = /^[ \t]*\p{Lu}[\p{L} -]{0,30}:[ \t].*\([^()]+\)/u;
// (or a name and a bar, no "By": "Ann Lee | Kelby Weekly")
const BYLINE_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const BYLINE = new RegExp(String.raw`^[ \t]*(?:By ${BYLINE_WORD}(?: ${BYLINE_WORD}){0,3}(?:,| [|\u2013\u2014-] )` +
  String.raw`|${BYLINE_WORD}(?: ${BYLINE_WORD}){1,3} \| (?:The )?${BYLINE_WORD}(?: ${BYLINE_WORD}){0,4}[ \t]*$)`, 'u');
// the words a title-case headline leaves small
const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by',
  'with', 'from', 'as', 'vs', 'v', 'into', 'over', 'after', 'amid', 'says', 'is', 'are', 'its', 'up', 'out', 'off']);
const within = (ranges: Array<[number, number]>, offset: number): boolean => ranges.some(([s, e]) => s <= offset && offset < e);
// in a title-case headline every word is capitalised: verbs, prepositions and adjectives end a name there
// (a lower-case word there is read as in prose: "Briefer: Ann Lee, Head of Press, Ministry of Roads and Ports")
const HEADLINE_BREAK_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Adjective', 'Adverb', 'Determiner'];
// (not a club's head word, which the parse reads as an adjective: "Kelby Rovers 2–1 Tarn Athletic")
// (a legal form in capitals breaks none: "Kelby Offshore AS" on a line of a list the title test reads as a headline)
// (a legal form closes the name a record's heading gives: "Kelby Mining Limited — Annual Report")
const breaksHeadlineName = (t: Token): boolean => HEADLINE_BREAK_TAGS.some((tag) => t.tags.has(tag))
  && !t.tags.has('Person') && !t.tags.has('Organization') && t.normal !== 'athletic' && t.text !== 'AS'
  && !/^(?:Limited|Incorporated)$/.test(t.text);

// a verb's bare stem that is also a noun, capitalised before another capitalised word: "Network Rail", "Trust Kelmont"
// (a sentence's first plain stem the parse calls an order is one too, "Harbour Lines chief executive …", unless a
// person follows: "Contact Ann Lee at …")
const STEM_ONLY_TAGS = ['Verb', 'Infinitive', 'PresentTense', 'Noun', 'Singular', 'Imperative'];
// (a verb's form before a street's word names the street: "Tolling Street said", "Spring Road")
const STREET_WORD = /^(?:Street|Road|Avenue|Square|Boulevard|Lane)$/;
const nounLikeStem = (t: Token, next: Token): boolean =>
  isCapitalised(next) && (t.tags.has('Infinitive') && [...t.tags].every((tag) => STEM_ONLY_TAGS.includes(tag))
    && !(t.tags.has('Imperative')
      && (next.tags.has('Person') || next.tags.has('FirstName') || !/^\p{Lu}\p{Ll}+$/u.test(t.text)))
    || isCapitalised(t) && STREET_WORD.test(next.text) || guessedVerb(t));
// a word the parse calls a verb by its ending alone, no dictionary's verb: "Porthaven Town Council opened"
const guessedVerb = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.tags.has('Verb') && !knownWord(t.text);
// Whether compromise's lexicon holds a word, set by names/words.ts: importing the parser's module here would load
// compromise into a batch's main thread, which extracts nothing (about 28 MB of peak memory, docs/benchmark.md).
let knownWord: (word: string) => boolean = () => true;
export function setKnownWord(lookup: (word: string) => boolean): void {
  knownWord = lookup;
}

/** "Kelmont's stock", "Velkor's board": a noun's possessive before what only a business has (not a spokesman). */
function possessiveOfBody(ctx: Context, t: Token): boolean {
  if (!t.tags.has('Noun') || !POSSESSIVE.test(t.text)) return false;
  const after = ctx.text.slice(t.end - 2, t.end + 60);
  return COMPANY_CONTEXT_AFTER.test(after);
}

// a possessive's role appositive: "Kelmont's founder, Ann Lee," (the possessor is whom the role serves); or a role
// right before the name, no comma: "Kelmont's finance chief Ann Lee"
const ROLE_APPOSITIVE_OF_POSSESSIVE = new RegExp(String.raw`^[’']s (?:(?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+,` +
  String.raw`|(?:[\p{Ll}-]+ ){0,2}${ROLE_HEAD_SOURCE}) \p{Lu}\p{Ll}`, 'u');
// (or a capitalised title the same way, its last word a title's: "Kelmont's Chief Quality Officer, Dr Ilse Varn,")
const CAPITALISED_ROLE_OF_POSSESSIVE = /^[’']s (?:\p{Lu}[\p{Ll}-]+ ){0,3}(\p{Lu}[\p{Ll}-]+), \p{Lu}\p{Ll}/u;
/** "Kelmont's founder, Ann Lee, left": a sentence's opening possessive before a role that names a person after it. */
const possessiveOfRole = (ctx: Context, t: Token): boolean => {
  if (!t.tags.has('Possessive')) return false;
  const after = ctx.text.slice(t.end - 2, t.end + 60);
  const title = CAPITALISED_ROLE_OF_POSSESSIVE.exec(after)?.[1]?.toLowerCase();
  return ROLE_APPOSITIVE_OF_POSSESSIVE.test(after) || title !== undefined && TITLE_WORDS.has(title);
};

/** Maximal runs of capitalised tokens (with inner particles) within one sentence. */
export function nameSpans(ctx: Context): NameSpan[] {
  const spans: NameSpan[] = [];
  const { tokens } = ctx;
  const { caps, title } = headlineLines(ctx.text);
  let defined: Set<string> | undefined;
  let c = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const inTitle = title.length > 0 && within(title, token.start);
    const led = particleLed(ctx, i);
    if (led > i) {
      spans.push(...splitSlashes(ctx, i, led));
      i = led;
      continue;
    }
    if (!token.text || !isCapitalised(token) || CAPITAL_CURRENCY.test(token.text) || BRACKET_INSIDE.test(token.text)
      || (inTitle && breaksHeadlineName(token)) || questionOrAnswerLabel(tokens, i)) {
      i++;
      continue;
    }
    let last = i + 1;
    let end = i + 1;
    while (last < tokens.length) {
      const prev = tokens[last - 1]!;
      const next = tokens[last]!;
      // a nickname of up to three words in quotes between a given name and a surname: 'Ann "Big Nan" Lee'
      const nickname = nicknameEnd(tokens, last);
      if (nickname > 0 && next.sentence === token.sentence) {
        end = last = nickname + 1;
        continue;
      }
      if (next.sentence !== token.sentence || !next.text || !joinable(prev, next, last - 1 > i)
        || (inTitle && isCapitalised(next) && breaksHeadlineName(next)) || CAPITAL_CURRENCY.test(next.text)
        || BRACKET_INSIDE.test(next.text)
        || dayAfterName(tokens, last)) break;
      if (isCapitalised(next) || /^\d+$/.test(next.text) && /[-]$/.test(prev.post + next.pre)
        || last - 1 === i && channelNumber(prev, next) || last - 1 > i && numberInName(prev, next)
        || stationNumber(tokens, last)
        || romanisedSyllables(prev, next)
        || (last - 1 > i || afterConnector(tokens, i)) && prefixedWord(prev, next)) end = ++last;
      // a French or Italian article elided before a capitalised word, inside a name: "Caisse d'Épargne de Tarvé",
      // "Union des Pêcheurs de l'Orvanne" (the parse leaves an empty word after it, which the name runs over)
      else if (ELIDED_ARTICLE.test(next.text)) {
        end = ++last;
        if (tokens[last]?.text === '' && tokens[last]!.start === next.end) last++;
      } else if (PARTICLES.has(next.normal) || PARTICLES.has(next.text)) last++;
      // Portuguese "do" inside a name of two words or more before it ("Marco Pinto do Rego"; "How do Kelby …" has one)
      else if (next.text === 'do' && last - 1 > i) last++;
      else break;
    }
    end = lowerFormEnd(tokens, bracketedFormEnd(tokens, partnersListEnd(tokens, i, portfolioListEnd(tokens, i, end))));
    // never end on a connector: "Army of" → "Army" (a romanised syllable joined by a hyphen is none: "Tan Kuo-bin"; nor
    // a capitalised second surname so joined: "Anna Iyengar-Das")
    while (end > i + 1 && CONNECTORS.has(tokens[end - 1]!.text.toLowerCase())
      && !romanisedSyllables(tokens[end - 2]!, tokens[end - 1]!)
      && !capitalHyphenPart(tokens[end - 2]!, tokens[end - 1]!)) end--;
    let first = i;
    // a sentence's first words are capitalised anyway: "The", "But", "Despite" start no name
    if (isSentenceStart(tokens, i) || tokens[i]!.normal === 'the') {
      // "Shares of Kelmont Corp": a common noun and its preposition start no name either
      // (a bare verb stem before a capitalised word is a name's first word: "Network Rail said", "Trust Kelmont")
      // (nor a given name the parse read as a verb by its ending, a name's particle after it: "Karsten van Dorp said")
      const notNameTagged = (k: number): boolean =>
        LEADING_NOT_NAME_TAGS.some((t) => tokens[k]!.tags.has(t)) && !nounLikeStem(tokens[k]!, tokens[k + 1]!)
        && !(guessedVerb(tokens[k]!) && NAME_PARTICLES.has(tokens[k + 1]!.normal) && k + 2 < end
          && isListedFirstName(tokens[k]!.text));
      // (a title and what it serves stay: "Secretary of State Ann Lee said"; so do a body's head and its charge:
      // "Ministry of Defence officials said", "Department of Health spokesman Tom Reed")
      const titleOfWhat = (k: number): boolean => /^(?:of|for)$/.test(tokens[k + 1]!.normal)
        && (TITLE_WORDS.has(tokens[k]!.normal) || HEADS_OF_A_CHARGE.has(tokens[k]!.normal) && isCapitalised(tokens[k + 2]!));
      // (nor does a surname before a romanised given name, whatever the parse made of it: "Park Min-ji of …")
      const surnameFirst = (k: number): boolean =>
        k + 2 < end && isCommonSurname(tokens[k]!.text) && romanisedSyllables(tokens[k + 1]!, tokens[k + 2]!);
      // (a lower-case word after a given name may be a name's particle: "(Kees van der Linden/ANP)")
      // (or the Arabic article glued to a surname: "Samir al-Kadri said")
      const nextJoins = (k: number): boolean => isCapitalised(tokens[k + 1]!)
        || (NAME_PARTICLES.has(tokens[k + 1]!.normal)
          || ARTICLE_PARTICLE.test(tokens[k + 1]!.normal) && articleGlued(tokens[k + 1]!, tokens[k + 2]!))
        && k + 2 < end && isListedFirstName(tokens[k]!.text);
      // (nor does a plural of members before "of" or "for" and a name: "Friends of Kelby Woods said")
      // (not a person's friends: "Friends of Ann Lee said")
      const membersOf = (k: number): boolean => MEMBERS_OPENING.has(tokens[k]!.text) && k + 2 < end
        && OF_OR_FOR.test(tokens[k + 1]!.normal) && isCapitalised(tokens[k + 2]!)
        && !['Person', 'FirstName'].some((t) => tokens[k + 2]!.tags.has(t)) && !isListedFirstName(tokens[k + 2]!.text);
      // (nor does the Arabic article joined by a hyphen, which the parse may read as Spanish's: "El-Touny said")
      const articleOpens = (k: number): boolean =>
        ARTICLE_PARTICLE.test(tokens[k]!.normal) && capitalHyphenPart(tokens[k]!, tokens[k + 1]!);
      // (nor does a surname's particle, capitalised, where the surname follows a given name elsewhere in the article:
      // "De Wit said" after "Anke de Wit")
      const surnameParticle = (k: number): boolean => NAME_PARTICLES.has(tokens[k]!.normal) && particleSurnames(ctx)
        .has(lowerFirst(ctx.text.slice(tokens[k]!.start, tokens[end - 1]!.end)).replace(POSSESSIVE_END, ''));
      while (first < end - 1 && (!looksLikeName(tokens[first]!) || first === i && taggedByItsCapital(tokens, first))
        && !titleOfWhat(first) && !surnameFirst(first)
        && !membersOf(first) && !articleOpens(first) && !surnameParticle(first)
        // (nor does a romanised given name, its syllables joined by a hyphen: "Min-seo Baek said")
        && !romanisedSyllables(tokens[first]!, tokens[first + 1]!)
        && !channelNumber(tokens[first]!, tokens[first + 1]!)
        // (nor a given name's first part a hyphen joins to a given name, which the parse read as a function word:
        // "Per-Ivar Tarnby said"; not a headline's topic: "Boxing-Bruno quits")
        && !(capitalHyphenPart(tokens[first]!, tokens[first + 1]!) && isListedFirstName(tokens[first + 1]!.text)
          && CLOSED_CLASS_TAGS.some((t) => tokens[first]!.tags.has(t)))
        && (notNameTagged(first) || !nextJoins(first))) {
        first++;
        while (first < end - 1 && !isCapitalised(tokens[first]!)) first++;
      }
      // (an auxiliary opening a question is none of the name: "Will Kelby Rail commit to it?", "Can Ann Lee win?")
      const questionOpener = QUESTION_OPENERS.has(tokens[first]!.text);
      if (first === i && end - first >= 2 && questionOpener && endsInQuestion(tokens, first)) first++;
      // (the particles of a surname so given stay: "Later van der Linden said")
      let particle = first;
      while (particle > i + 1 && NAME_PARTICLES.has(tokens[particle - 1]!.text)) particle--;
      if (particle < first && particleLed(ctx, particle) > particle) first = particle;
      // a lone first word stays a (weak) candidate unless it is a closed-class word: "Harwell said"
      // (an acronym the article defines in brackets is no closed-class word: "(WHO) … WHO officials said")
      // (nor is a possessive before what only a business has: "Kelmont's stock has fallen", "Velkor's board approved";
      // nor an acronym's possessive: "UNK's library"; nor a listed name's own: "Moody's cut the rating")
      if (first === end - 1 && !looksLikeName(tokens[first]!) && CLOSED_CLASS_TAGS.some((t) => tokens[first]!.tags.has(t))
        && !(defined ??= definedAcronyms(ctx.text)).has(tokens[first]!.text) && !possessiveOfBody(ctx, tokens[first]!)
        && !ACRONYM_POSSESSIVE.test(tokens[first]!.text) && !possessiveOfRole(ctx, tokens[first]!)
        && !listedWithPossessive(ctx, tokens[first]!.text)) {
        first = end;
      }
    }
    // "the al-Qadir Brigades", "fighters of al-Shabaab": the Arabic article glued to a name opens it; so does one
    // written apart that the parse reads as part of a body's name ("al Qaeda's affiliate"; alone, compromise reads
    // a spaced "al" as the short first name)
    const article = tokens[first - 1];
    if (first < end && article && article.sentence === token.sentence && ARTICLE_PARTICLE.test(article.text)
      && articleGlued(article, tokens[first]!)) first--;
    // "the 21st Mechanised Brigade", "the 6th Rural Gendarmerie Squadron": a unit's ordinal is its name's
    const ordinal = tokens[first - 1];
    if (first < end - 1 && ordinal && ordinal.sentence === token.sentence && ORDINAL.test(ordinal.text)
      && /^ $/.test(ordinal.post + tokens[first]!.pre) && UNIT_HEADS.has(tokens[end - 1]!.normal)) first--;
    // a function word in capitals inside a sentence is stress, not a name, unless the article defines it as an acronym
    if (end - first === 1 && STRESSED_WORDS.has(tokens[first]!.text) && !isSentenceStart(tokens, first)
      && !(defined ??= definedAcronyms(ctx.text)).has(tokens[first]!.text)) first = end;
    if (first < end) {
      while (c < caps.length && caps[c]![1] < tokens[first]!.start) c++;
      const inCaps = c < caps.length && caps[c]![0] <= tokens[first]!.start;
      for (const span of splitSlashes(ctx, first, end)) {
        span.initial = isSentenceStart(tokens, span.first) && span.start === tokens[span.first]!.start;
        if (inCaps) span.caps = true;
        if (inTitle) span.headline = true;
        spans.push(span);
      }
    }
    i = end;
  }
  return spans;
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
// the heads of armed and police units named by their number
export const UNIT_HEADS = new Set(['brigade', 'division', 'battalion', 'regiment', 'squadron', 'corps', 'army', 'fleet',
  'platoon', 'wing', 'group']);

/**
 * A surname that opens with its particles in lower case, where the article gives it after a name elsewhere: "van der
 * Linden said" after "Kees van der Linden". Returns the span's end, or `i` when none opens here.
 */
function particleLed(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let k = i;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.text) && tokens[k]!.sentence === tokens[i]!.sentence) k++;
  const word = tokens[k];
  if (k === i || !word || word.sentence !== tokens[i]!.sentence || !isCapitalised(word)
    || !joinable(tokens[k - 1]!, word)) return i;
  // (one word after them, as a surname is: "de Transports Kelvane" is the end of a body's name)
  const after = tokens[k + 1];
  if (after && after.sentence === word.sentence && isCapitalised(after) && joinable(word, after)) return i;
  const surname = ctx.text.slice(tokens[i]!.start, word.end).replace(POSSESSIVE_END, '');
  const afterName = AFTER_A_NAME.test(ctx.text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start));
  // (given after a name elsewhere: counted once per article, so a text of many such words stays linear)
  return (particleSurnames(ctx).get(surname) ?? 0) - (afterName ? 1 : 0) > 0 ? k + 1 : i;
}

const AFTER_A_NAME = /\p{Lu}\p{Ll}[\p{L}'’-]* $/u;
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const POSSESSIVE_END = /['’]s$/u;
const PARTICLE_SURNAME = new RegExp(
  `\\p{Lu}\\p{Ll}[\\p{L}'’-]* ((?:(?:${[...NAME_PARTICLES].join('|')}) )+\\p{Lu}[\\p{L}'’-]*)`, 'gu');
const particleSurnamesOf = new WeakMap<Context, Map<string, number>>();
/** How often each surname that opens with lower-case particles follows a capitalised word in the article. */
function particleSurnames(ctx: Context): Map<string, number> {
  let found = particleSurnamesOf.get(ctx);
  if (!found) {
    found = new Map();
    for (const m of ctx.text.matchAll(PARTICLE_SURNAME)) {
      const key = m[1]!.replace(POSSESSIVE_END, '');
      found.set(key, (found.get(key) ?? 0) + 1);
    }
    particleSurnamesOf.set(ctx, found);
  }
  return found;
}

// bodies named for what they are in charge of: "the Ministry of Agriculture, Fisheries and Food"
const OF_OR_FOR = /^(?:of|for)$/;
// plurals of members that open a body's name before "of" or "for" ("Friends of the Earth", "Parents for Safe Streets")
const MEMBERS_OPENING = new Set(KIN_MEMBER_PLURALS);
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'secretariat', 'committee', 'commission', 'office', 'agency']);
// …and the heads a list of fields may close with: "the Mediation, Review and Arbitration Service", "the Drivers,
// Guards and Signal Staff Union"
const LIST_CLOSING_HEADS = new Set([
  ...PORTFOLIO_HEADS, 'service', 'board', 'authority', 'council', 'union', 'federation',
]);
// …and bodies of the members a list names: "the Federation of Rail, Bus and Tram Workers", "the Society of Painters,
// Sculptors and Engravers"
const MEMBERS_HEADS = new Set(['federation', 'union', 'society', 'association', 'confederation', 'guild', 'alliance']);
// a committee's or a commission's charge after "on": "the Senate Committee on Harbours, Trade, and Fisheries"; an
// advisory panel's or a council's field: "the Advisory Panel on Tarn Medicines"
export const CHARGED_ON_HEADS =
  new Set(['committee', 'subcommittee', 'commission', 'panel', 'council', 'taskforce', 'forum']);
// ...and the heads of bodies named for their charge or their seat, opening a sentence: "University of Kelby said"
const HEADS_OF_A_CHARGE = new Set([...PORTFOLIO_HEADS, 'university', 'institute', 'bank', 'court', 'bureau', 'council']);
const PORTFOLIO_NOT = ['Person', 'FirstName', 'Place', 'Country', 'City', 'Region'];

/**
 * "the Ministry of Agriculture, Fisheries and Food", "the Department for Environment, Food and Rural Affairs": a
 * portfolio body's name runs on over a list of capitalised portfolios closed by "and" (none a person or a place), or
 * ends it ("the Senate Health, Education, Labor and Pensions Committee").
 */
function portfolioListEnd(tokens: Token[], i: number, end: number): number {
  // one portfolio: up to three capitalised words
  const portfolioFrom = (j: number): number => {
    let k = j;
    while (k < tokens.length && k - j < 3 && tokens[k]!.sentence === tokens[i]!.sentence && isCapitalised(tokens[k]!)
      && !PORTFOLIO_NOT.some((tag) => tokens[k]!.tags.has(tag))
      // (not an acronym in brackets after it: "… Trade and Industry (DLTI)")
      && (k === j || tokens[k - 1]!.post === ' ' && tokens[k]!.pre === '')) k++;
    return k;
  };
  let headed = false;
  for (let k = i; k < end - 1 && !headed; k++) {
    headed = (PORTFOLIO_HEADS.has(tokens[k]!.normal) || MEMBERS_HEADS.has(tokens[k]!.normal))
      && OF_OR_FOR.test(tokens[k + 1]!.normal);
  }
  // ("for" joins no span by itself: "Department" + "for Environment,"; nor does a committee's charge after "on")
  const head = tokens[end - 1]!.normal;
  const forNext = !headed && (PORTFOLIO_HEADS.has(head) && tokens[end]?.normal === 'for'
    || CHARGED_ON_HEADS.has(head) && tokens[end]?.normal === 'on') ? portfolioFrom(end + 1) : end;
  // the list after the span, closed by "and" and a last portfolio (which ends in the body's head where `headLast`)
  const closedBy = (and: number, headLast: boolean): number => {
    const last = portfolioFrom(and + 1);
    return last > and + 1 && (!headLast || LIST_CLOSING_HEADS.has(tokens[last - 1]!.normal)) ? last : end;
  };
  const listEnd = (from: number, headLast: boolean): number => {
    for (let j = from; j < tokens.length && tokens[j - 1]!.post === ', ';) {
      // (after a comma too, past the first field: "Harbours, Trade, and Fisheries")
      if (j > from && tokens[j]!.normal === 'and' && tokens[j]!.post === ' ') return closedBy(j, headLast);
      const next = portfolioFrom(j);
      if (next === j) return end;
      j = next;
      if (tokens[j - 1]!.post === ' ' && tokens[j]?.normal === 'and' && tokens[j]!.post === ' ') {
        return closedBy(j, headLast);
      }
    }
    return end;
  };
  if (headed) return listEnd(end, false);
  if (forNext > end + 1) return listEnd(forNext, false);
  // "the Senate Health, Education, Labor and Pensions Committee": the list ends in the body's head (a title alone
  // opens none: "(Chair, Consumer Affairs and Roads Committee)" is a role and its body; "Member" is one too)
  if (end - i === 1 && (TITLE_WORDS.has(tokens[i]!.normal) || tokens[i]!.normal === 'member')) return end;
  // (nor a person's name, a title maybe before it, then the body: "Station Commander Ivo Marr, Kelby Fire and Rescue
  // Service")
  if (tokens.slice(i, end).some((t) => TITLE_WORDS.has(t.normal)
    || isListedFirstName(t.text) && !t.tags.has('Determiner'))) return end;
  return listEnd(end, true);
}

// the words that close a firm named for its partners: "Lund, Okafor and Reyes LLP", "Marín, Soto y Asociados"
const PARTNERSHIP_FORMS = new Set(['llp', 'llc', 'lp', 'ltd', 'plc', 'inc', 'partners', 'associates', 'asociados']);
const PARTNER_AND = new Set(['and', 'y', '&']);

/** Roles in a firm, whose word may open a line before the firm's name: "Ann Lee, Partner, Lee & Roe LLP". */
export const FIRM_ROLES = new Set(['partner', 'associate', 'principal', 'attorney', 'lawyer', 'solicitor', 'barrister',
  'consultant', 'founder', 'director']);

/**
 * "Lund, Okafor and Reyes LLP", "Marín, Soto y Asociados": one surname after another, set off by commas and closed by
 * "and" and a last one with the firm's legal form (or by "y Asociados"), is one firm's name (a role opens none).
 */
function partnersListEnd(tokens: Token[], i: number, end: number): number {
  if (end !== i + 1 || FIRM_ROLES.has(tokens[i]!.normal)) return end;
  const sentence = tokens[i]!.sentence;
  const word = (k: number): boolean => tokens[k]?.sentence === sentence && isCapitalised(tokens[k]!);
  let k = i;
  while (tokens[k]!.post === ', ' && word(k + 1) && k - i < 4) k++;
  const and = tokens[k + 1];
  if (k === i || tokens[k]!.post !== ' ' || !and || !PARTNER_AND.has(and.normal) || and.post !== ' ') return end;
  const form = (e: number): boolean =>
    tokens[e - 1]!.post === ' ' && word(e) && PARTNERSHIP_FORMS.has(tokens[e]!.normal);
  let last = form(k + 2) ? k + 3 : word(k + 2) && form(k + 3) ? k + 4 : end;
  // (one legal form after another: "Harlow, Pike & Partners LLP")
  while (last > end && form(last)) last++;
  return last;
}

// Danish and Norwegian companies' legal forms: A/S, I/S, K/S
const LEGAL_FORM_WITH_SLASH = /^[AIK]\/S$/;

/** "Azure Front/Blue Banner" → "Azure Front", "Blue Banner"; possessives trimmed. */
function splitSlashes(ctx: Context, first: number, last: number): NameSpan[] {
  const out: NameSpan[] = [];
  let spanFirst = first;
  let start = ctx.tokens[first]!.start;
  for (let k = first; k < last; k++) {
    const t = ctx.tokens[k]!;
    // (a legal form in two letters is no pair of names: "Tarvik A/S")
    if (LEGAL_FORM_WITH_SLASH.test(t.text)) continue;
    for (let s = t.text.indexOf('/'); s >= 0; s = t.text.indexOf('/', s + 1)) {
      pushSpan(ctx, out, spanFirst, k + 1, start, t.start + s);
      spanFirst = k;
      start = t.start + s + 1;
    }
    if (t.post.includes('/') && k + 1 < last) {
      pushSpan(ctx, out, spanFirst, k + 1, start, t.end);
      spanFirst = k + 1;
      start = ctx.tokens[k + 1]!.start;
    }
  }
  pushSpan(ctx, out, spanFirst, last, start, ctx.tokens[last - 1]!.end);
  return out;
}

function pushSpan(ctx: Context, out: NameSpan[], first: number, last: number, start: number, end: number): void {
  let text = ctx.text.slice(start, end);
  // ("[Tomas] Brierly": the bracket that opens the name is the name's)
  const bracketed = ctx.tokens[first]!.pre.endsWith('[') && /^[^\]\s]+(?: \p{Lu}\.)*\] /u.test(text);
  const possessive = /[’'][sS]?$/u.exec(text);
  if (possessive && !listedWithPossessive(ctx, text)) {
    end -= possessive[0].length;
    text = text.slice(0, -possessive[0].length);
  }
  // (or a surname its particles open: "van der Linden")
  if (!/^(?:\p{Lu}|(?:al|el)[-\u2010\u2011 ]\p{Lu}|\d{1,3}(?:st|nd|rd|th) \p{Lu})/u.test(text)
    && !NAME_PARTICLES.has(ctx.tokens[first]!.text)) {
    return;
  }
  if (bracketed) out.push({ first, last, start: start - 1, end, text: `[${text}` });
  else if (/^[^[\]]+ \[[^[\]]+$/.test(text) && ctx.text[end] === ']') {
    out.push({ first, last, start, end: end + 1, text: `${text}]` });
  }
  else out.push({ first, last, start, end, text });
}

// Whether a name is on the exchanges' list, set by names/evidence/listed.ts: importing the list's module here, this
// early in the module graph, cost a batch worker about 25 MB of peak memory (docs/benchmark.md, fourteenth session).
let listedName: (name: string) => boolean = () => false;
export function setListedName(lookup: (name: string) => boolean): void {
  listedName = lookup;
}
/** A name on a public list of companies ("Under Armour"): its first word is its own, whatever it looks like. */
export const isListedName = (name: string): boolean => listedName(name);

/**
 * "Analysts at Moody's said", "Shares of Macy's fell": a listed company's name ends in a possessive of its own, where
 * the article never writes the name without it (a person's possessive, "Campbell's wife", comes with "Campbell said").
 */
function listedWithPossessive(ctx: Context, text: string): boolean {
  if (!/[’'][sS]$/u.test(text) || !listedName(text)) return false;
  const bare = text.slice(0, -2);
  // (a scan, not a regex built for each name: compiling one per name costs memory a long batch keeps)
  for (let at = ctx.text.indexOf(bare); at >= 0; at = ctx.text.indexOf(bare, at + 1)) {
    if (!WORD_CHAR.test(ctx.text[at - 1] ?? '') && !WORD_CHAR.test(ctx.text[at + bare.length] ?? '')) return false;
  }
  return true;
}
const WORD_CHAR = /^[\p{L}'’-]$/u;

export function makeSpan(ctx: Context, first: number, last: number): NameSpan {
  const start = ctx.tokens[first]!.start;
  let end = ctx.tokens[last - 1]!.end;
  let text = ctx.text.slice(start, end);
  const possessive = /[’'][sS]?$/u.exec(text);
  if (possessive) {
    end -= possessive[0].length;
    text = text.slice(0, -possessive[0].length);
  }
  return { first, last, start, end, text };
}

/** Normal form for comparing names: lower case, plain apostrophes and hyphens, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    // (a Turkish dotless i, and a capital İ lowered, are the i a name in capitals has: "YILDIZ" is "Yıldız")
    .replace(/ı|i\u0307/g, 'i')
    .replace(/[’‘`]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
