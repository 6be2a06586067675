// Word classes and text windows every names rule reads: titles, first names, sentence-opening
// function words, nationality shapes, place names, and the line or sentence around a span.
import type { Context, Token } from '../../context.js';
import { type NameSpan, setKnownWord } from '../names.js';
import { ORG_HEAD_WORDS, PLACE_ACRONYMS } from '../organisation/patterns.js';
import { isListedFirstName, isWorldFirstName, TITLE_WORDS } from '../person/patterns.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import { alternation } from '../../lexicon/patterns.js';
import { lexiconTag } from '../../nlp.js';

setKnownWord((word) => lexiconTag(word) !== undefined);

// "President-elect", "Minister-designate": a title still to be taken is a title
export const isTitle = (t: Token): boolean =>
  TITLE_WORDS.has(t.normal.replace(/\.$/, '').replace(/-(?:elect|designate)$/, '')) || PLURAL_TITLES.has(t.normal)
  || POLICE_RANK_CAPITALS.test(t.text) || ranksBeforeNames.has(t);
// British police ranks abbreviated, in capitals only ("Di" opens surnames: "Nella Di Pietro"): "DI Ann Lee", "DCI Tom
// Roe" (not those that open other names: "PC World", "DC United", "DS Smith")
const POLICE_RANK_CAPITALS = /^(?:DI|DCI|DSI|DCS|DSupt|PCSO|WPC)$/;
// …which are ranks before a given name (isFirstName) and another capitalised word: "DC Ann Lee", "PC Tom Roe of Kelby
// Police" (found once an article, before its names are classified: markRanksBeforeNames)
const RANK_OPENING_NAMES = /^(?:DC|DS|PC)$/;
const ranksBeforeNames = new WeakSet<Token>();
export function markRanksBeforeNames(ctx: Context): void {
  const { tokens } = ctx;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const [rank, given, next] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]!];
    if (RANK_OPENING_NAMES.test(rank.text) && rank.post === ' ' && isFirstName(given)
      && /^\p{Lu}\p{Ll}/u.test(next.text) && next.sentence === rank.sentence) ranksBeforeNames.add(rank);
  }
}
// titles in the plural before a list of names: "Councilmembers Ann Lee and Tom Roe", "Sens. Ann Lee and Tom Roe"
const PLURAL_TITLES = new Set([
  'councilmembers', 'councillors', 'councilors', 'councilmen', 'councilwomen', 'senators', 'sens.', 'reps.',
  'representatives', 'commissioners', 'supervisors', 'aldermen', 'trustees', 'drs.', 'drs', 'assemblymembers',
  // a board's members in its present list: "Directors Ann Lee and Tom Roe", "Governors Ann Lee and Tom Roe"
  'directors', 'governors',
]);
export const has = (t: Token | undefined, ...tags: string[]): boolean => !!t && tags.some((tag) => t.tags.has(tag));
/** "EVA Tarvia", "KDB Norland": a word in capitals before one in lower case opens a body's name, never a given name. */
export const acronymOpens = (tokens: readonly Token[]): boolean =>
  tokens.length > 1 && /^\p{Lu}{2,}$/u.test(tokens[0]!.text) && /\p{Ll}/u.test(tokens.at(-1)!.text);

// offices whose holder is named by the office alone: "the Foreign Minister said", "the First Lady", "the High
// Commissioner"; "Attorney General" (a title before "General")
const OFFICES = new Set([
  'minister', 'secretary', 'commissioner', 'chancellor', 'ambassador', 'envoy', 'mufti', 'governor', 'mayor', 'president',
  'premier', 'lady',
]);
// the last words of posts in a body, no surname's: "Chief Information Officer", "Programme Director"
const POST_WORDS = new Set([
  'officer', 'director', 'manager', 'coordinator', 'controller', 'administrator', 'supervisor', 'specialist', 'analyst',
  'consultant',
]);
// a post's grade before it, and posts of a field that a grade may open (besides titles: "Senior Curator"):
// "Principal Engineer"
const GRADES = new Set(['senior', 'chief', 'principal', 'deputy', 'assistant', 'associate', 'lead', 'head']);
const FIELD_POSTS = new Set(['engineer', 'scientist', 'researcher', 'lecturer', 'fellow', 'producer']);
/**
 * A span that is an office and no one's name: every word a title, an office's or a post's word last ("Foreign
 * Minister", "Programme Director"), or a post that heads a part of a body.
 */
export const isOfficeOnly = (tokens: readonly Token[]): boolean => {
  const last = tokens.at(-1);
  if (!last) return false;
  const head = last.normal.replace(/\.$/, '');
  // ("Head of Planning Services": a post in a body, named by what it heads; "Chief Data Officer": by its
  // field and a post's word, which ends no one's name)
  if (tokens.length >= 3 && tokens[0]!.normal === 'head' && tokens[1]!.normal === 'of') return true;
  if (tokens.length >= 2 && POST_WORDS.has(head)) return true;
  // ("Senior Curator of Glass", "Chief Officer of Operations": a post and its field after "of")
  const of = tokens.findIndex((t) => t.normal === 'of');
  if (of >= 2 && of < tokens.length - 1 && GRADES.has(tokens[0]!.normal)
    && tokens.slice(1, of).every((t) => isTitle(t) || POST_WORDS.has(t.normal) || FIELD_POSTS.has(t.normal))) {
    return true;
  }
  return tokens.every(isTitle) || tokens.length <= 3 && (OFFICES.has(head)
    || head === 'general' && tokens.length >= 2 && isTitle(tokens.at(-2)!));
};

// compromise's own first names, or the list's where the parse sees no other part of speech
const LIST_NAME_BLOCKERS = [
  'Place', 'Adjective', 'Month', 'Date', 'Determiner', 'Possessive', 'Organization', 'Verb', 'Plural', 'Demonym', 'Value',
];
// articles and particles that open places' names ("La Oroya", "El Paso", "Port Blair"); name lists hold them too
const PLACE_PARTICLES = /^(?:La|Le|Las|Los|El|De|Di|Da|Santa|Port)$/;
// the Arabic article joined by a hyphen ("Al-Shabaab", "El-Amin") is no given name
const ARTICLE_HYPHEN = (t: Token): boolean => /^(?:Al|El|Ul)$/.test(t.text) && /^[-\u2010\u2011]/u.test(t.post);
// (a kind of body some name lists also hold opens no person's name: "Bank Tavrida", "Court Hallam")
export const isFirstName = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}/u.test(t.text) && !MONTH_OR_DAY.test(t.text) && !PLACE_PARTICLES.test(t.text) && !ARTICLE_HYPHEN(t)
  && !ORG_HEAD_WORDS.has(t.normal)
  && (t.tags.has('FirstName') || (isListedFirstName(t.text) && !LIST_NAME_BLOCKERS.some((tag) => t.tags.has(tag))));
export const isCoreFirstName = (t: Token): boolean => isFirstName(t) && !isOnlyWorldFirstName(t);
/** A first name only the world list knows: compromise and the English lists do not. */
export const isOnlyWorldFirstName = (t: Token): boolean => !t.tags.has('FirstName') && isWorldFirstName(t.text);
export const isInitial = (ctx: Context, t: Token): boolean => /^\p{Lu}$/u.test(t.text) && ctx.text[t.end] === '.';
// what the language's lexicon calls a word of its own, not a name
const WORD_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Adjective', 'Infinitive', 'Verb']);
/** "Intelligence", "Wire": a word the lexicon knows as a noun, verb or adjective ("Kelmont", "AP" are none). */
export const isLexiconWord = (word: string): boolean => WORD_TAGS.has(lexiconTag(word) ?? '');
/**
 * A name that is the whole of what quotation marks hold ('"Winter Journal", a thriller'): a work's title, unless a
 * body's kind follows ('the "Kelby Dawn" militant group').
 */
export const isQuotedWhole = (before: string, after: string): boolean =>
  /["“‘']$/.test(before) && /^[,.]?["”’']/.test(after) && !QUOTED_BODY_KIND_AFTER.test(after);
const QUOTED_BODY_KIND_AFTER =
  /^["”’'] (?:[a-z-]+ )?(?:group|party|movement|militia|network|organi[sz]ation|gang|band|company|firm|faction)\b/;
// (a hyphen after "Co" is inside one word: "Tarn Hill Co-operative", "Kelby Co-op"; a union's branch number and a
// station's channel are no words of its name's: "Kelby Rail Workers Union Local 12" is headed by "Union", "KTRN News 9"
// by "News")
export const lastWord = (text: string): string =>
  (/\d$/.test(text) ? text.replace(/ Local \d+$/, '').replace(/ (News|TV) \d+$/, ' $1') : text)
    .split(/\s+|(?<!\b[Cc]o)-+/).at(-1)!.toLowerCase().replace(/\.$/, '');
export const NON_NAME_WORDS = ['Month', 'WeekDay', 'Date', 'Pronoun', 'Determiner'];
/** Whether a caption's credit closes at `end`: a closing bracket or the line's end ("(Outlet/Ann Lee)"). */
export const closesCaption = (text: string, end: number): boolean =>
  /^(?:\)|[ \t]*(?:\n|$))/.test(text.slice(end, end + 4));
// "Israeli government", "Belgian club": nationality adjectives are no organisation
// ("-i" only after vowel and consonant, as in "Somali", "Yemeni": "Marelli", "Fratti" are names;
// no "-ch": compromise knows "Dutch", "French", "Czech", while "Norwich" and "Zurich" are towns)
// (and one after a combining form: "Franco-Italian", "Sino-Korean")
/** A word shaped like a nation's tongue or people: "English", "Danish", "Japanese". */
export const TONGUE_SHAPE = /^\p{Lu}\p{Ll}+(?:ish|ese)$/u;
export const NATIONALITY_SHAPE = /^(?:\p{Lu}\p{Ll}+o-)?\p{Lu}\p{Ll}*(?:ian|ese|ish|ean|[aeiou][^aeiou\s]i|ic|an)$/u;
// (the order of the alternatives is the order the pattern was first written in)
export const MONTH_OR_DAY = new RegExp(`^(?:${alternation([
  ...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
])})\\.?$`);

/** A pattern that matches exactly one of the words. */
/** A word with its first letter kept and the rest in lower case: "AREA" → "Area". */
export const titleCased = (word: string): string => word[0] + word.slice(1).toLowerCase();

export const wordsPattern = (words: readonly string[], flags?: string): RegExp => new RegExp(`^(?:${alternation(words)})$`, flags);

// first words that say what kind of body a name is, not which one: "National Bank", "First Union"
export const GENERIC_FIRST_WORDS = wordsPattern([
  'National', 'International', 'General', 'United', 'Federal', 'Central', 'Royal', 'First', 'New', 'Old', 'Great', 'Grand',
  'Saint', 'Social', 'Democratic', 'Liberal', 'Islamic', 'Christian', 'Popular', 'People', 'Peoples', 'Supreme', 'High',
  'State', 'City', 'County', 'World', 'Global', 'Western', 'Eastern', 'Northern', 'Southern', 'Interior', 'Foreign',
  'Justice', 'Defence', 'Defense', 'Finance', 'Trade', 'Labour', 'Labor', 'Health', 'Security', 'European', 'Asian',
  'African', 'American', 'Arab',
]);
/** common words for a body that name none alone: "Government spokesman Ann Lee", capitalised as a sentence opens */
export const GENERIC_BODY = wordsPattern([
  'government', 'administration', 'company', 'firm', 'ministry', 'military', 'police', 'regime', 'hospital', 'school',
  'embassy', 'agency', 'council', 'party', 'union', 'army', 'opposition', 'club', 'team', 'court', 'city', 'county', 'state',
  // (workplaces: "Station manager Ann Lee", "Store owner Bram Tovey", "Plant director …")
  'station', 'store', 'shop', 'restaurant', 'hotel', 'factory', 'plant', 'mine', 'farm', 'office', 'airport', 'port',
  'prison', 'museum', 'library', 'zoo', 'camp', 'site', 'branch', 'bureau', 'department', 'board', 'committee',
], 'i');
// capitalised only because they start a sentence
export const FUNCTION_WORDS = wordsPattern([
  'Once', 'After', 'Before', 'While', 'Although', 'Though', 'Since', 'Because', 'Until', 'Meanwhile', 'However', 'Later',
  'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'There', 'Here', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They',
  'We', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Its', 'When', 'Where', 'What', 'Who', 'Why', 'How', 'If', 'As', 'At',
  'In', 'On', 'But', 'And', 'Or', 'So', 'Then', 'Now', 'Yet', 'Still', 'Also', 'Even', 'Just', 'Only', 'Some', 'Many',
  'Most', 'All', 'Both', 'Each', 'Every', 'No', 'Not', 'One', 'Two', 'Three', 'Police', 'Officials', 'Authorities',
  'Witnesses', 'Residents',
  // prepositions that open a sentence before a name: "Under Kelby Council rules, …", "Despite Tarvik's warning, …"
  'Under', 'Despite', 'Amid', 'During', 'Among', 'Against', 'Unlike', 'Throughout', 'Within', 'Following',
  // (an answer's: "To Ann Lee, our head of quality.", "From Kelby Tools.")
  'To', 'From', 'With', 'By',
  // a greeting or a letter's address: "Hi Tova, it's Mika here", "Thanks Tom", "Dear Ann Lee"
  'Hi', 'Hello', 'Hey', 'Thanks', 'Dear',
]);
/** A name in capitals, of two words or more: a heading's, a caption's or a label's ("KELBY NEWS NETWORK"). */
export const CAPS_NAME = /^[^\p{Ll}]+ [^\p{Ll}]+$/u;
export const LEADING_QUALIFIERS = wordsPattern([
  'former', 'ex', 'late', 'then', 'acting', 'last', 'next', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'several', 'many', 'both', 'all', 'some',
]);
export const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
/** A style of address after "His" or "Her": "Her Honour Judge Ann Lee", "His Excellency Tomas Varga". */
export const isStyleOfAddress = (t: Token): boolean =>
  /^(?:honou?r|excellency|majesty|highness|worship|holiness|grace|lordship|ladyship)$/.test(t.normal);
/** Whether a style of address, its possessive first, opens at token `k`: "Her Honour", "His Excellency". */
export const styleOfAddressAt = (tokens: readonly Token[], k: number): boolean =>
  /^(?:his|her|their|your)$/.test(tokens[k]?.normal ?? '') && !!tokens[k + 1] && isStyleOfAddress(tokens[k + 1]!);

/** Place acronyms ("U.S.", "UK") and two-word compass names ("West Bank", "North Sea"). */
export function isPlaceName(text: string): boolean {
  return PLACE_ACRONYMS.has(text.replace(/\./g, '')) || COMPASS_NAME.test(text) || STATE_NAME.test(text)
    || UNTAGGED_COUNTRIES.has(text);
}
// countries compromise knows only by another name ("Great Britain", "Turkey", "Bosnia and Herzegovina"), found by
// running about 130 countries' everyday English names through the tagger (docs/names.md, tenth session); read here,
// no change to compromise's lexicon needed
const UNTAGGED_COUNTRIES = new Set(['Britain', 'Congo', 'Bosnia', 'Turkiye']);
// "<Nationality> Federation", "<Nationality> Republic", "United Kingdom": a state, so a place
const STATE_NAME = /^(?:\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|ic|ch|an|i)|United) (?:Federation|Republic|Kingdom|Emirates)$/u;
export const COMPASS_NAME = /^(?:North|South|East|West)(?:ern)? \p{Lu}\p{Ll}+$/u;
export const COUNTRY_IN_BRACKETS = /^ \(([^()\n]{2,30})\)/;

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
  const end = Math.min(Math.max(sentence.end, span.end), span.end + WINDOW);
  return ctx.text.slice(Math.max(sentence.start, span.start - WINDOW), end);
}

// first names that name places, directions or faiths as often: a lone one is not linked to the person who bears it,
// nor do they open a person's name before a word that names a place alone ("Victoria Park said")
export const GIVEN_NAME_BLOCKERS = new Set([
  'Virginia', 'Georgia', 'Carolina', 'Florida', 'Dakota', 'Jordan', 'Chad', 'Israel', 'Victoria', 'Austin', 'Houston',
  'Lincoln', 'Washington', 'Paris', 'Sydney', 'Chelsea', 'Madison', 'Camden', 'Florence', 'Adelaide', 'Regina',
  'Charlotte', 'Columbia', 'Trinidad', 'North', 'South', 'East', 'West', 'British', 'Christian',
]);

/**
 * A minister's title that opens with a body's head word: "Energy Cabinet Secretary", Kenya's; "Cabinet Minister"; or a
 * portfolio that ends in one: "Emergency Services Minister" (a minister serves a government, no body of the portfolio).
 */
export const isCabinetTitle = (head: Token, next: Token | undefined): boolean =>
  head.normal === 'cabinet' && /^(?:secretary|minister)$/.test(next?.normal ?? '') || next?.normal === 'minister';
