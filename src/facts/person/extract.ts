import type { Context, Token } from '../../context.js';
import type { Draft, Mention } from '../common.js';
import type { FactModule } from '../types.js';
import { NAME_ABBREVIATIONS, normaliseName } from '../names.js';
import { classifiedNames } from '../names/classify.js';
import { affiliationPrefix, honorificInName, titleEndOf } from '../names/titles.js';
import type { ClassifiedName } from '../names/types.js';
import {
  CAPS_NAME, closesCaption, FUNCTION_WORDS, GENERIC_BODY, has, isCoreFirstName, isLexiconWord, isStyleOfAddress, isTitle,
  styleOfAddressAt,
} from '../names/words.js';
import { PersonFact } from './schema.js';
import { firstIndexAtLeast } from '../../util/search.js';
import { rx } from '../../util/regex.js';
import { isCommonSurname } from './surnames.js';
import { lexiconTag } from '../../nlp.js';
import {
  BYLINE_ROLE_AFTER, CAPITALISED_PROFESSIONS, CREDIT_LINE_OPENING, HONORIFIC_PAIR, HONORIFICS_AFTER, isListedFirstName,
  CAPTION_LINE_ROLE_AFTER, PARTICIPANTS_LINE, PERSON_NOUN_ENDING, REGIONAL_HONORIFICS, ROLE_PHRASE_BEFORE,
  ROLE_TEXT_HEAD_SOURCE, SPEAKER_LABEL_WORDS, TITLE_ABBREVIATION,
} from './patterns.js';
import { BUSINESS_KIND_HEADS, COMPANY_SUFFIXES, isCompanyOrBankHead, isOrgKindNoun } from '../organisation/patterns.js';
import { anyOf, eitherCaseFirst } from '../../lexicon/patterns.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';

type PersonDraft = Draft<PersonFact>;

const isPersonTagged = (t: Token): boolean => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');

// "<role phrase>, Name" and "Name, <role phrase>," where the role phrase holds a role head
// up to three words before the role head, none of them a word that ends a phrase
// (a sentence may open with one: "As party leader, Ann Lee will answer for it")
const NOT_IN_A_ROLE_WORDS =
  ['and', 'or', 'but', 'while', 'with', 'by', 'as', 'to', 'from', 'said', 'says', 'the', 'a', 'an'];
const NOT_IN_A_ROLE = `(?:${NOT_IN_A_ROLE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}) `;
// "The Finance Minister, Ann Lee,": a title before the comma may be capitalised
// (and one role may come before "and" another: "Kalvo's founder and chief executive, Ann Lee,")
// (and where the office is: "Harwell's general manager in Peru, Ann Lee,")
const MONTH_NAME = anyOf(MONTH_NAMES);
const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}’'-])((?:${ROLE_TEXT_HEAD_SOURCE} and )?` +
  `(?:(?!${NOT_IN_A_ROLE})[\\p{L}-]+ ){0,3}${eitherCaseFirst(ROLE_TEXT_HEAD_SOURCE)}` +
  `(?: (?:for|of|to|at|with) (?:the )?[\\p{L}’' &-]+?)?` +
  `(?: in (?!${MONTH_NAME}\\b)\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)?), $`, 'u',
);
// an age before a bare role of a body named after it: ", 61, chair of Kelby & Strand"
const AGED_BARE_ROLE = String.raw`, (?!(?:was|is|were|are|has|had|have|will|would|said|says)\b)(?:[\p{Ll}-]+ ){1,3}` +
  String.raw`(?:of|at|for) (?:the )?\p{Lu}`;
// the article, a possessive and an adverb of time are no part of the role: "Ann Lee, a Kelmont spokeswoman," →
// "Kelmont spokeswoman"; "Sandra Okafor, its chief financial officer since 2019," → "chief financial officer";
// "Dan Reyes, currently finance director of its European unit," → "finance director of its European unit"; "Ann Lee,
// who is chief executive," → "chief executive"
// (between dashes as between commas: "Dana Reyes — Kelmont's chief operating officer — said"; a body's possessive
// before the role is whom it serves, found as the affiliation: "Dana Reyes, Kelmont's former chief executive,")
// (an age may stand between the name and a role that opens with an article or an owner: "Ola Berg, 45, the bank's head
// of trading," → "bank's head of trading", as "the study's lead author"; not "Dan Ortiz, 23, was shot in the head")
const roleAfterPattern = (bodyAcronym: string): RegExp => new RegExp(
  // (or a bare role before a body's capitalised name: "Ann Lee, 61, chair of Kelby & Strand")
  `^(?:, \\d{1,3}(?=, (?:the|a|an|its|his|her|their) |, \\p{Lu}[\\p{L}&-]*['’]s |${AGED_BARE_ROLE}))?` +
  // (or one's own words after one's name: "My name is Ann Lee, I'm a partner at Kelby Law", "… Ann Lee and I'm the
  // secretary of the Kelby Tenants' Union")
  // (or a sentence that says what one is, a body's role: "Ann Lee is the Kelby Ledger's architecture critic.")
  `(?:,| [—–]| --| -(?= \\p{Ll})|(?= (?:is|was) (?:[Tt]he|its|their) )| and(?= I['’]m | I am )) ` +
  `(?:who (?:is|was|has been|had been|became|becomes) |(?<=^ )(?:is|was) |I['’]m |I am )?` +
  // (a body's name may join its words with "&", and a plural's possessive has no "s": "Kelby & Vane's", "Tarn
  // Holdings'")
  `(?:(?:the )?\\p{Lu}[\\p{L}&-]*(?: (?:& )?\\p{Lu}[\\p{L}&-]*){0,3}(?:['’]s|(?<=s)['’](?= \\p{Ll})) ` +
  `|the |a |an |its |their |my |our |his |her )?` +
  `(?:(?:currently|now|formerly|previously|most recently) )?` +
  // (an age is no part of the role: "a 29-year-old support manager at Kelby Games")
  `(?:\\d{1,3}-year-old )?` +
  // (a verb after the comma opens the sentence's predicate, no role: "Ann Lee, was a teacher" reads a clause; so does a
  // pronoun, one addressed by name: "Mr Lee, you are the site manager, correct?")
  `(?!(?:was|is|were|are|has|had|have|will|would|said|says|you|we|they|he|she|it)\\b)` +
  `((?:[\\p{L}’'-]+ |(?:\\p{Lu}\\.){2,} ){0,4}${bodyAcronym}${ROLE_TEXT_HEAD_SOURCE}` +
  // (a field before the employer: "a senior lecturer in tax law at Kelby University", "adviser on trade at …")
  `(?: (?:on|in) (?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+(?= (?:at|with|for) ))?` +
  // (an employer after a participle: "a nurse working for Kelby Aid", "an engineer employed by Tarvik Gas"; a unit's
  // number: "commander of the army's 52nd Rifle Brigade")
  // (or by whom one was appointed or hired: "an arbiter appointed by a Kelby wage board", "a pilot hired by Tarvik")
  // (a legal suffix may hold a slash: "a spokesman for Kelby Line A/S")
  `(?: (?:(?:working |employed )?(?:for|of|to|at|with|from)|(?:employed|appointed|hired|engaged) by) ` +
  `(?:the )?[\\p{L}\\d’' &/-]+?)?` +
  // (where the office is: "the agency's country director in Accra")
  // (a month is no place: "head of the trust in March")
  `(?: in (?!${MONTH_NAME}\\b)\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)?)` +
  // (a caption's closing bracket ends it: "[CAPTION: Ann Lee, agronomist at Kelby Trust]")
  // (a relative clause after the role is no part of it: "a neurologist at Kelby Hospital who was not involved"; nor
  // is the body's acronym in brackets: "head of the Kelby Disaster Authority (KDA)"; a headline's line may end it:
  // "Interview: Mara Ilves, founder of Kelvantra"; a list's semicolon: "Ann Lee, head of Kelby Trust; Tom Roe, …"; a
  // second description: "the union's president and a former medallist")
  // (nor when one took it up: "who became head of the trust in March,")
  // (nor is a participle's clause, its object after it: "the Kelby Law partner leading the appeal"; not a field's noun,
  // "head of planning at Kelby Rail")
  // (nor how long one has held it: "headteacher of Kelby School for the past nine years")
  `(?: since \\d{4}| for the (?:past|last) (?:\\d{1,2}|[a-z]+) (?:years|months|decades))?` +
  `(?=,|\\.|;|\\?|\\)|\\]| said| (?:who|which|whose)\\b| \\(| [—–]| --|[ \\t]*\\n| and an? ` +
  `| in ${MONTH_NAME}\\b| (?!according\\b)\\p{Ll}{2,}ing (?:the|a|an|its|his|her|their)\\b)`, 'u',
);
const ROLE_AFTER = roleAfterPattern('');
// (a body's acronym in brackets may follow its name: "Kelby Dockers' Union (KDU) regional official"; a pattern of its
// own, tried only where the brackets stand, as the longer one costs a cold start some 20 ms to compile)
const BODY_ACRONYM = String.raw`\(\p{Lu}[\p{L}&.-]{1,9}\) `;
const ROLE_AFTER_BODY_ACRONYM = roleAfterPattern(`(?:${BODY_ACRONYM}(?:[\\p{L}’'-]+ ){0,2})?`);
const BODY_ACRONYM_NEAR = new RegExp(`^, [^,()]{1,60}${BODY_ACRONYM}`, 'u');
// "Ann Lee, Managing Director of the Kelby Trust, said": a capitalised title after the name, then the body it serves
// (a name after a comma is no title: the title's words are a title's and the body follows "of", "for" or "at", or is
// set off after it: "Ann Lee, Chief Spokesperson, Ministry of Roads and Ports"; in a turn, "our": "Ann Lee, our Chief
// Financial Officer,")
const TITLED_MODIFIER = '(?:Vice|Deputy|Executive|Managing|Chief|Senior|Assistant|Associate|Acting|Interim|Founding|General)';
const TITLED_HEAD = '(?:President|Director|Chairman|Chairwoman|Chairperson|Chair|Chief Executive|CEO|Founder|Co-founder|Head|'
  + 'Editor|Manager|Secretary|Spokesman|Spokeswoman|Spokesperson|Coordinator|Treasurer|Dean|Professor|Advocate|Counsel|'
  + `Officer|Adviser|Advisor|Commissioner|Superintendent|${CAPITALISED_PROFESSIONS.join('|')})`;
// (a field or a region before the head: "Ann Lee, Country Director for the Kelby Food Fund", "Regional Sales Manager
// at")
const TITLED_FIELD = String.raw`(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+`;
// ...or after an acronym that names the body: "Ann Lee, NASA Administrator, said"
// (or in brackets, as minutes and transcripts give it: "Ann Lee (Chief Finance Officer)", "Tom Roe (Head of Roads):")
const ROLE_AFTER_TITLED = new RegExp(
  `^(?:, (?:the |our )?| \\()((?:${TITLED_MODIFIER}[ -])*(?:(?<field>${TITLED_FIELD}) )?${TITLED_HEAD}` +
  `(?: (?:of|for|at) ` +
  `(?:the )?[\\p{L}’' &-]+?)?`
  + `|[A-Z]{2,6} (?:${TITLED_MODIFIER}[ -])*(?:${TITLED_HEAD}|Administrator|Commissioner))` +
  // (or closing its line, as a contact block's or a signature's line: "Ann Lee, Head of Press")
  `(?=,|\\.| said| \\(|\\)|[ \\t]*(?:\n|$))`, 'u',
);
// a caption line's role between the name that opens it and the body that closes it, whatever its words, a person's
// noun last: "CAPTION: TOM ROE, Fisherman, Kelby Fishers Cooperative"
const CAPTION_LINE_NAME = /^[ \t]*(?:\p{Lu}[\p{L} ]*: )?[^,:\n]{2,60}$/u;
function captionLineRole(ctx: Context, end: number, following: string): RegExpExecArray | null {
  const found = CAPTION_LINE_ROLE_AFTER.exec(following);
  if (!found || !PERSON_NOUN_ENDING.test(found.groups!.role!)) return null;
  return CAPTION_LINE_NAME.test(ctx.text.slice(ctx.text.lastIndexOf('\n', end - 1) + 1, end)) ? found : null;
}
// a contact block's or a signature's lines: the name alone on its line, then its title and body on the next
// ("Ilse Varn\nHead of Corporate Affairs, Kelby Optics")
const NEXT_LINE_ROLE = new RegExp(String.raw`^[ \t]*\n[ \t]*((?:${TITLED_MODIFIER}[ -])*(?:${TITLED_FIELD} )?` +
  String.raw`${TITLED_HEAD}(?: (?:of|for) \p{Lu}[\p{L}-]*(?: (?:and |& )?\p{Lu}[\p{L}-]*){0,3})?)` +
  String.raw`(?=, \p{Lu}[^\n,]{1,60}[ \t]*(?:\n|$))`, 'u');
const NAME_ALONE_ON_LINE = /^[ \t]*[^,:;()\n]{2,50}$/u;
function nextLineRole(ctx: Context, end: number, following: string): RegExpExecArray | null {
  const found = NEXT_LINE_ROLE.exec(following);
  return found && NAME_ALONE_ON_LINE.test(ctx.text.slice(ctx.text.lastIndexOf('\n', end - 1) + 1, end)) ? found : null;
}
// any description of up to three words, then "at" and a body's name: "Ann Lee, a glass conservator at the Kelby Trust,"
// (not a verb's clause: "Ann Lee, speaking at Kelby Hall,"; nor one served there: "a patient at Kelby General")
const DESCRIBED_AT_BODY = new RegExp(String.raw`^, (?:(?:a|an|its|their) )?` +
  String.raw`((?!(?:was|is|were|are|has|had|who|which)\b)(?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+(?<!ing) at (?:the )?` +
  String.raw`(\p{Lu}[^,.;:\n()]{1,80}?))(?=,|\.|;| said\b|[ \t]*\n|$)`, 'u');
const SERVED_THERE =
  /\b(?:patient|guest|visitor|customer|client|passenger|spectator|tourist|inmate|prisoner|diner|shopper)s? at /;
function describedAtBody(ctx: Context, end: number, following: string): RegExpExecArray | null {
  const found = DESCRIBED_AT_BODY.exec(following);
  if (!found || SERVED_THERE.test(found[1]!)) return null;
  const bodyStart = end + found[0].length - found[2]!.length;
  const names = classifiedNames(ctx);
  const body = names[firstIndexAtLeast(names.length, (i) => names[i]!.start, bodyStart)];
  return body && body.cls === 'organisation' && body.start === bodyStart && body.end === end + found[0].length
    ? found : null;
}
/** A capitalised title after the name, its field no given name: not "Ann Lee, Tom Dean of Kelby and two aides". */
function titledAfter(following: string): RegExpExecArray | null {
  const found = ROLE_AFTER_TITLED.exec(following);
  return found?.groups?.['field']?.split(' ').some(isListedFirstName) ? null : found;
}
// the office one is given: "Ola Berg was appointed finance minister in March", "Ola Berg became its chief executive",
// and after an appointing verb before the name, "as": "Velkor named Ola Berg as its new chief executive"
const APPOINTED = String.raw`(?: (?:was|has been|had been|will be) (?:appointed|named|elected|made|sworn in)(?: as)?` +
  String.raw`| (?:became|becomes|will become)` +
  // ("Ann Lee has been chief executive of Kelby Water since 2023", "Ann Lee is co-founder of Tarvik": the office she
  // holds; not one she may come to hold, "is likely to be chief executive")
  String.raw`| (?:is|was|has been|had been|remains)(?= (?:the |its |their |a |an )?` +
  String.raw`(?:(?!(?:to|likely|expected|set|due|tipped|about|going|in|on|out|not)\b)[\p{L}’'-]+ ){1,4}` +
  String.raw`(?:of|at|for) \p{Lu}))`;
const ROLE_GIVEN_AFTER = new RegExp(
  `^(?:${APPOINTED}|(?<as> as)) (?:the |its |their |a |an )?(?:new |next |interim |acting )?` +
  `((?:[\\p{L}’'-]+ ){0,3}${ROLE_TEXT_HEAD_SOURCE}(?: (?:of|for|at) (?:the )?[\\p{L}’' &-]+?)?)` +
  // (the body's acronym in brackets may close it: "president of the Kelby Union (KU)")
  `(?=,|\\.|;| \\(\\p{Lu}{2,8}\\)| (?:in|on|last|this|after|since|by|from|until|when|and|effective)\\b)`, 'u',
);
const ASIDE_BEFORE_VERB = /^, (?:\d{1,3}|(?:a|an) [^,;()\n]{2,60}),(?= (?:was|has|had|will|became|becomes|is|remains) )/;
// a byline's role, capitalised, closing its line: "By Martha Quill, Local Democracy Reporter"
const ROLE_BYLINE_AFTER = new RegExp(
  String.raw`^, ((?:\p{Lu}[\p{L}-]+ ){0,3}(?:Reporter|Correspondent|Editor|Writer|Columnist|Critic|Producer))[ \t]*(?=\n|$)`, 'u',
);
const ROLE_DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|whose)$/i;
/** How many characters of a role phrase come before its last article or possessive that follows no preposition. */
function roleOpening(phrase: string): number {
  const words = phrase.split(' ');
  let at = -1;
  for (let i = 0; i < words.length - 1; i++) {
    // (a determiner after "of" inside the phrase is what the role serves, "the head of the union"; one after an "of"
    // that opens it opens the role: "the resignation of its finance director, Ann Lee,")
    if (ROLE_DETERMINER.test(words[i]!) && !(i > 1 && /^(?:of|for|to|at|with)$/i.test(words[i - 1]!))) at = i;
  }
  return at < 0 ? 0 : words.slice(0, at + 1).join(' ').length + 1;
}
const SPEAKER_AFTER = /^ (?:said|says|told|added|confirmed)\b/;
const APPOINTING_BEFORE = /\b(?:named|appointed|hired|chose|picked|elected|tapped|nominated) $/;
// a lower-case role word right before the name: "spokesman Ann Lee", "broker Ann Lee"
// (a conjunction or an article opens no role: "… and singer-songwriter Ann Lee")
const ROLE_WORD_BEFORE = /(?:^|[^\p{L}’'-])((?:(?!(?:and|or|but|the|a|an) )[\p{Ll}-]+ )?[\p{Ll}-]+) $/u;
// a speech verb opening those words is the sentence's, not the role's: "said editor-in-chief Ann Lee"
const SPEECH_VERB = /^(?:said|says|told|tells|added|adds|asked|asks|wrote|writes) /;

// forms of address, no role: "Mr Tom Roe", "chairman Sir Ann Lee"
// (and those of West African, Malaysian and Singaporean news: "Alhaji Bala Umar", "Datuk Azlan Hamid")
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'honorable', 'honourable', ...REGIONAL_HONORIFICS,
]);
// academic forms of address, which an office named after the name says more than: "Prof Ann Lee, head of …" (and a
// councillor's: "The mayor, Cr Ann Lee,")
const ACADEMIC_ADDRESS = new Set(['dr', 'prof', 'professor', 'doctor', 'cr', 'cllr']);
// ...and those that stand between a role and the name as the name's own: "state epidemiologist Dr. Ann Lee", "the
// chair, Prof. Tom Roe,"
const ADDRESS_FORMS = new Set([...HONORIFICS, 'dr', 'prof']);
// a title abbreviated with a full stop runs into the name as a title does: "Gov. Ann Lee", "Lt. Gov. Ann Lee"
// ("St. Louis Police Lt. Ann Lee": a place's abbreviation too)
const runsOn = (t: Token): boolean =>
  /^[ \t]+$/.test(t.post) || (TITLE_ABBREVIATION.test(t.text) || NAME_ABBREVIATIONS.test(t.text)) && /^\.[ \t]+$/.test(t.post);
/** The end of a role's last word, with the full stop of an abbreviation ("Gov."). */
const roleEnd = (ctx: Context, t: Token): number => t.end + (TITLE_ABBREVIATION.test(t.text) && ctx.text[t.end] === '.' ? 1 : 0);
// words of these kinds before a role word are no part of the role: "a penalty from captain Ann Lee"
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Verb', 'Adverb'];
const PREPOSITIONS =
  new Set(['past', 'beyond', 'behind', 'against', 'toward', 'towards', 'near', 'beside', 'despite', 'without']);

interface Role { text: string; start: number; end: number; affiliation?: string }

// "[Tomas] Brierly", "Tomas [Brierly]"
const EDITOR_BRACKET = /^\[([^\]]+)\] | \[([^\]]+)\]$/;

/** Whether the token at `k` ends an honorific of two words ("Tan Sri", "Datuk Seri"). */
const honorificPair = (tokens: readonly Token[], k: number): boolean =>
  k > 0 && HONORIFIC_PAIR.test(`${tokens[k - 1]!.normal} ${tokens[k]!.normal}`);

// no one's name holds a word of letters and digits or ends in a lone capital letter: a product ("Orla K7"), a room
// ("Hall B")
const NO_PERSONS_NAME = /(?<![\p{L}\d])(?:\p{L}+\d|\d+\p{L})[\p{L}\d]*|\s\p{Lu}$/u;
// (nor ends in "No." before a number: "Case No. 4417")
const NUMBER_SIGN = / No\. \S$/;

export function extractPeople(ctx: Context): PersonDraft[] {
  const people: PersonDraft[] = [];
  // the words that end and that open the names of the people drafted so far, normalised ("ghazi", "el ghazi"; "lina",
  // "lina el"): a later mention of those words is one of them, looked up without a pass over everyone
  const tails = new Set<string>();
  const heads = new Set<string>();
  const singles: Array<{ c: ClassifiedName; m: Mention; first: number }> = [];
  const names = classifiedNames(ctx);
  for (const c of names) {
    if (c.cls !== 'person' || NO_PERSONS_NAME.test(c.text)) continue;
    if (NUMBER_SIGN.test(ctx.text.slice(c.start, c.end + 3))) continue;
    // titles at the start of the span are the role, not the name
    let first = c.first;
    const tokens = ctx.tokens;
    // (a word the parse calls no person, before a title or, in a span a title opens, before a first name; not one that
    // ends a double-barrelled surname, "Cllr Tariq Mahmood-Lyle")
    const givenLater = (k: number): boolean =>
      tokens.slice(k + 1, c.last).some((t, i) => t.tags.has('FirstName') && tokens[k + i]!.post !== '-');
    // (a listed given name right after the title opens the name, whatever follows: "Secretary Zahra Omari Idris"; so
    // does a word no dictionary holds: "MP Nkiruka Abdimalik Ibrahim")
    const unlisted = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isLexiconWord(t.text);
    const givenAfterTitle = (k: number): boolean => k > c.first && isTitle(tokens[k - 1]!) && !isTitle(tokens[k + 1]!)
      && (isListedFirstName(tokens[k]!.text) || unlisted(tokens[k]!));
    // (a title's word ending the span after a given name is a surname: "Arif Imam", "Ravi Major")
    // (a given name that is no surname too: "Harwell General" is a hospital)
    const surnameTitle = (k: number): boolean => k + 1 === c.last - 1 && isListedFirstName(tokens[k]!.text)
      && !isCommonSurname(tokens[k]!.text);
    const titleLed = (k: number): boolean => !isPersonTagged(tokens[k]!)
      && (isTitle(tokens[k + 1]!) && !surnameTitle(k) || givenLater(k) && c.evidence === 'title' && !givenAfterTitle(k));
    // ("Tan Sri Kamarul Yusof": an honorific of two words, maybe its first left outside the span)
    const pair = (k: number): boolean => k + 1 < c.last - 1 && honorificPair(tokens, k + 1);
    const whole = honorificInName(ctx, c.first, c.last);
    while (!whole && first < c.last - 1 && (isTitle(tokens[first]!) || titleLed(first) || pair(first))) {
      first += pair(first) ? 2 : 1;
    }
    if (first === c.first && first < c.last - 1 && honorificPair(tokens, first)) first++;
    // "Secretary of State Ann Lee": the title's object runs on to the given name
    first = Math.max(first, titleEndOf(ctx, c.first, c.last));
    const start = first > c.first ? tokens[first]!.start : c.start;
    // "Harwell General said": a span that is a title when its first word is taken off names no one
    if (start >= c.end || first > c.first && tokens.slice(first, c.last).every(isTitle)) continue;
    // ("Selim Bey said": an honorific after the given name is no part of it)
    const after = c.last - 1 > first && HONORIFICS_AFTER.has(tokens[c.last - 1]!.normal)
      ? tokens[c.last - 2]!.end : null;
    const end = placeOfEnd(ctx, first, c.last) ?? after ?? c.end;
    const text = ctx.text.slice(start, end);
    const mention: Mention = { start, end, text, reason: c.reason };
    // a lone surname, titled or not ("Striker Okonkwo joins Valmont" over "striker Emeka Okonkwo"), is linked below
    // (so is one its particles open in lower case: "van der Linden said"; and a surname of two words or more the
    // article gave before after a given name, its first word no given name: "El Ghazi said" after "Lina El Ghazi")
    const surnameTold = () => !isCoreFirstName(tokens[first]!) && tails.has(normaliseName(text));
    // (or given names of two words or more, as one calls the person named before: "Juan Carlos" after "Juan Carlos
    // Vela")
    const givenTold = () => text.split(/\s+/).every(isListedFirstName) && heads.has(normaliseName(text));
    if (!/\s/.test(text.trim()) || PARTICLE_LED.test(text) || surnameTold() || givenTold()) {
      singles.push({ c, m: mention, first });
      continue;
    }
    const role = roleOf(ctx, c, first, start, end);
    // ("the band's manager, Ann Lee of Harlow Management": the body named right after the name, with "of", says more
    // than the role before it)
    const ofAfter = role && role.end <= start && /^ of /.test(ctx.text.slice(end, end + 4))
      ? organisationAfter(names, end, ctx.text) : null;
    const served = ofAfter ?? (role ? role.affiliation ?? affiliationOf(names, role, ctx.text) : null);
    // ("the Kelby Union, led by former Harlow mayor Ann Lee": the body led by one whose role comes before the name)
    const ledBy = (): string | null =>
      (!role || role.end <= start ? organisationFoundedBy(names, role?.start ?? start, ctx.text) : null);
    // ("[Tomas] Brierly": an editor's bracket is the mention's, not the name's)
    const name = text.replace(EDITOR_BRACKET, (_, given?: string, surname?: string) =>
      (given ? `${given} ` : ` ${surname}`));
    const words = normaliseName(name).split(' ');
    for (let k = 1; k < words.length; k++) {
      tails.add(words.slice(k).join(' '));
      heads.add(words.slice(0, k).join(' '));
    }
    people.push({
      type: 'person',
      name,
      role: role?.text ?? null,
      // (a politician's party named in the role beats the place the seat is for: "the Harbour Democrat MP for Kelby")
      // (the body led by one whose role names a town beats the town: "the Harbour Union, led by former Kelby mayor …")
      affiliation: (served !== null && !isPlace(names, served) ? served : partyOfRole(names, role, ctx.text)
        ?? (served !== null ? ledBy() : null) ?? served)
        ?? organisationAfter(names, end, ctx.text) ?? ledBy()
        ?? bodyLedCalledBack(ctx, end)
        // ("Colonel Samir Velek, spokesman for the Interior Ministry": a rank before, the office after)
        ?? (role && role.end <= start ? officeAfter(ctx, names, end) : null)
        ?? organisationOwning(names, start, ctx.text) ?? outletOfCredit(names, start, end, ctx.text)
        ?? ministryOfPortfolio(names, role?.text)
        ?? (role && BARE_BUSINESS_TITLE.test(role.text) ? businessBefore(names, start) : null)
        ?? ourBody(ctx, people, start, end, role)
        ?? creditedAgency(names, start, ctx.text) ?? bylineOutlet(names, start, ctx.text)
        ?? letterheadBody(names, start, end, ctx.text, role)
        ?? appointingBody(ctx, names, role?.start ?? start, end)
        ?? (role && role.end <= start ? bodyOfKindOpening(ctx, role) : null)
        ?? hostBody(ctx, names, start, end)
        ?? (role && role.end <= start ? bodyWhere(ctx, names, role) : null),
      mentions: [mention],
      text,
      start,
      end,
      reason: c.reason,
      confidence: c.confidence,
    });
  }
  const merged = mergeSameName(people);
  linkSurnames(ctx, merged, singles, names);
  merged.sort((a, b) => a.start - b.start);
  return merged;
}

const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
/**
 * "identified as Helga Marsh of Leeds": where the parse reads a person and the town they come from as one name, the
 * end of the person's part (two words or more before "of", only places after it); null when the name has no such part.
 */
function placeOfEnd(ctx: Context, first: number, last: number): number | null {
  for (let k = first + 2; k < last - 1; k++) {
    if (ctx.tokens[k]!.normal !== 'of') continue;
    const place = ctx.tokens.slice(k + 1, last).every((t) => has(t, ...PLACE_TAGS) && /^\p{Lu}/u.test(t.text));
    return place ? ctx.tokens[k - 1]!.end : null;
  }
  return null;
}

// a possessive's ending, "'s" or a plural's bare apostrophe
const POSSESSIVE_END = /[’']s?$/u;
const capitalisedPossessive = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && POSSESSIVE_END.test(t.text) && !isTitle(t);

/** "the Irish Harbour Army's": the capitalised words of a possessive ending at token k, without the "'s". */
function possessorEndingAt(ctx: Context, k: number): string {
  let j = k;
  while (j > 0 && ctx.tokens[j - 1]!.sentence === ctx.tokens[k]!.sentence && /^\p{Lu}/u.test(ctx.tokens[j - 1]!.text)
    && !POSSESSIVE_END.test(ctx.tokens[j - 1]!.text)) j--;
  // (a sentence's first word is capitalised anyway: "The", "Then", "But")
  while (j < k && has(ctx.tokens[j], 'Determiner', 'Adverb', 'Conjunction', 'Preposition', 'Pronoun')) j++;
  return ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[k]!.end).replace(POSSESSIVE_END, '');
}

/**
 * "Work and Pensions Secretary Ann Lee": "and" between two capitalised fields of one office, the words before it
 * common nouns (no name, no title: "Ann Lee and Finance Minister Dan Holm", "Energy Minister Ola Hill and Finance
 * Minister Dan Holm" are two people).
 */
function fieldsJoined(ctx: Context, k: number): boolean {
  if (ctx.tokens[k]!.normal !== 'and') return false;
  let j = k - 1;
  for (; j >= 0 && ctx.tokens[j]!.sentence === ctx.tokens[k]!.sentence && /^\p{Lu}/u.test(ctx.tokens[j]!.text); j--) {
    const t = ctx.tokens[j]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isLexiconWord(t.text) || isTitle(t) || t.tags.has('Person')) return false;
  }
  return j < k - 1;
}

/**
 * A body, classified apart from the person's span, whose name ends at token k, and that is no title's object ("CEO of
 * the Refugee Trust Ann Lee": the title before it and the body are the role).
 */
const bodyEndsAt = (ctx: Context, k: number, span: ClassifiedName): boolean =>
  classifiedNames(ctx).some((n) => n.cls === 'organisation' && n.last === k + 1 && n.last <= span.first && n.last - n.first >= 2
    && !/^(?:of|for|the)$/.test(ctx.tokens[n.first - 1]?.normal ?? ''));

// a role the person held before: "former engineer", "ex-mayor of Kelby"
const PAST_ROLE = /^(?:former|ex-|one-time|onetime|erstwhile)/i;

/** The role the text gives: titles inside the span, or an appositive before or after the name. */
function roleOf(ctx: Context, span: ClassifiedName, nameFirst: number, nameStart: number, end: number): Role | null {
  const at = (s: number, e: number): Role | null => (e > s ? { text: ctx.text.slice(s, e), start: s, end: e } : null);
  // where the role is looked for before: the name, or the honorifics that open it ("chairman Sir Ann Lee")
  let start = nameStart;
  let lead = span.first;
  const prevToken = ctx.tokens[span.first - 1];
  // the word before runs into the span: a title, "for", "of", or a capitalised word that is no possessive
  const joined = prevToken && prevToken.sentence === ctx.tokens[span.first]!.sentence && runsOn(prevToken)
    && (isTitle(prevToken) || /^(?:for|of)$/.test(prevToken.normal) || /^\p{Lu}/u.test(prevToken.text) && !/[’']s$/u.test(prevToken.text));
  if (nameFirst > span.first || joined) {
    // walk back over "for", "of", "the" and capitalised words to the start of the role phrase
    let first = span.first;
    while (first > 0) {
      const prev = ctx.tokens[first - 1]!;
      // (nor across an opening bracket: "the Chair (Alderman Ann Lee)" gives the role inside it)
      if (prev.sentence !== ctx.tokens[span.first]!.sentence || !runsOn(prev)) break;
      if (ctx.tokens[first]!.pre.includes('(')) break;
      // a title-case headline capitalises its verb too: "Spokesperson Defends Lee’s Plan" gives Lee no role
      if (span.headline && prev.tags.has('Verb')) break;
      // "the People's Union of Prime Minister Ann Lee": the body the office holder leads is no part of the role
      if (prev.normal === 'of' && isTitle(ctx.tokens[first]!) && first >= 2 && !isTitle(ctx.tokens[first - 2]!)) break;
      // ("Norland's Economy Minister Ann Lee": the owner is whom the role serves, no part of it; nor is a style of
      // address: "Her Honour Judge Ann Lee")
      if (capitalisedPossessive(prev) || isStyleOfAddress(prev)) break;
      // ("the Office of Planning and Budget Director Ann Lee": nor a body named whole right before the title)
      if (bodyEndsAt(ctx, first - 1, span)) break;
      const joinsRole = /^\p{Lu}/u.test(prev.text) || ['for', 'of', 'the'].includes(prev.normal);
      if (joinsRole || fieldsJoined(ctx, first - 1)) first--;
      else break;
    }
    while (first < nameFirst && ['for', 'of', 'the'].includes(ctx.tokens[first]!.normal)) first++;
    // a sentence's opening adverb is no part of the role: "Also Councilman Ray Odum" (nor a word that opens
    // sentences, whatever the parse made of it: "Now Dr Ann Lee")
    const opening = ctx.tokens[first]!;
    const adverb = opening.tags.has('Adverb') && !opening.tags.has('Noun');
    if (first < nameFirst && (adverb || FUNCTION_WORDS.test(opening.text) && !opening.tags.has('Noun'))) first++;
    // ("HER HONOUR JUDGE ANN LEE" in capitals, one span: the style of address is no part of the role)
    if (first + 2 < nameFirst && styleOfAddressAt(ctx.tokens, first)) first += 2;
    // (the parse may read "Norland's" as "Norland is", an empty word after it)
    const at0 = ctx.tokens[first - 1]?.text === '' ? first - 2 : first - 1;
    const possessor = ctx.tokens[at0];
    const owner = possessor && possessor.sentence === ctx.tokens[first]!.sentence && capitalisedPossessive(possessor)
      ? possessorEndingAt(ctx, at0) : null;
    // (", WHO Director-General Ann Lee": compromise may tag an acronym that spells a determiner as one)
    const word = ctx.tokens[first]?.text ?? '';
    const acronym = !span.caps && /^[A-Z]{2,}$/.test(word)
      && !/^(?:THE|THIS|THAT|THESE|THOSE|ANY|ALL|EACH|EVERY|SOME|NO|AN)$/.test(word);
    if (first < nameFirst && ctx.tokens[first]!.tags.has('Determiner') && !acronym) first++;
    // an honorific is no role: "Sir", "Mrs" end the role phrase, and alone leave the role to the words before
    let stop = nameFirst;
    while (stop > first && HONORIFICS.has(ctx.tokens[stop - 1]!.normal.replace(/\.$/, ''))) stop--;
    if (stop - 1 > first && honorificPair(ctx.tokens, stop - 1)) stop -= 2;
    const phrase = ctx.tokens.slice(first, stop);
    if (phrase.some(isTitle)) {
      // "Acme CEO": the role is "CEO", Acme whom it serves
      const served = affiliationPrefix(ctx, first, stop);
      // ("Prof Ann Lee, head of the School of Ocean Sciences,": an academic form of address yields to the office after)
      // (styles of address beside it too: "the Rt Revd Dr Ann Lee, Bishop of Kelby")
      const academic = !served && phrase.every((t) => ACADEMIC_ADDRESS.has(t.normal.replace(/\.$/, ''))
        || HONORIFICS.has(t.normal.replace(/\.$/, '')));
      // (or to the office told before it and a comma: "Kelmont's operations director, Dr Ann Lee,")
      const office = academic ? roleAfter(ctx, end) ?? roleBeforeComma(ctx, ctx.tokens[first]!.start) : null;
      if (office) return office;
      // (or to a lower-case office right before it: "Kelby University president Dr Ann Lee")
      const openingAt = ctx.tokens[first]!.start;
      if (academic && ROLE_PHRASE_BEFORE.test(ctx.text.slice(Math.max(0, openingAt - 80), openingAt))) {
        lead = first;
        start = openingAt;
      } else if (!served) {
        // (a bare title yields to the office set off after the name with its body: "Captain Ann Lee, harbour master,
        // Kelby Harbour Trust")
        // (not an elected office's, whose body is the party: "Councillor Ann Lee, chair of the committee (Kelby Party)")
        const bare = stop - first === 1 && !owner && !ELECTED_TITLE.test(ctx.tokens[first]!.normal);
        const described = bare ? roleAfter(ctx, end) : null;
        if (described?.affiliation && /^\p{Ll}/u.test(described.text)) return described;
        const role = at(ctx.tokens[first]!.start, roleEnd(ctx, ctx.tokens[stop - 1]!));
        return role && owner ? { ...role, affiliation: owner } : role;
      } else {
        const role = at(ctx.tokens[served[1]]!.start, roleEnd(ctx, ctx.tokens[stop - 1]!))!;
        return { ...role, affiliation: ctx.text.slice(ctx.tokens[served[0]]!.start, ctx.tokens[served[1] - 1]!.end) };
      }
    } else if (stop === first && stop < nameFirst) {
      lead = first;
      start = ctx.tokens[first]!.start;
    }
  }
  // "state epidemiologist Dr. Ann Lee", "the medical director, Dr. Tom Reed,": the role stands before a form of address
  const address = ctx.tokens[lead - 1];
  if (address && address.sentence === ctx.tokens[lead]!.sentence && /^\.? $/.test(address.post)
    && ADDRESS_FORMS.has(address.normal)) {
    lead--;
    start = address.start;
  }
  const beforeStart = Math.max(0, start - 80);
  const beforeText = ctx.text.slice(beforeStart, start);
  const before = roleBeforeComma(ctx, start);
  if (before) return before;
  const following = ctx.text.slice(end, end + 100);
  // "Acme chief executive Ann Lee": a lower-case role right before the name (its owner is found by affiliationOf); it is
  // the person's office now, before one given after ("Acme president Ann Lee will become chief executive")
  const found = ROLE_PHRASE_BEFORE.exec(beforeText);
  const phrase = found && ctx.tokens[lead - 1]?.sentence === ctx.tokens[lead]!.sentence ? found : null;
  const after = roleAfter(ctx, end);
  // (past an age or a description set off after the name: "Ann Lee, a crane driver, was elected treasurer of …"; the
  // office given there is hers now, before the description)
  const aside = ASIDE_BEFORE_VERB.exec(following)?.[0] ?? '';
  const given = ROLE_GIVEN_AFTER.exec(following.slice(aside.length));
  const givenNow = given !== null && aside !== '' && / of /.test(given[2]!);
  // (and before a past one set off after it: "Acme chief executive Ann Lee, 51, a former engineer,")
  if (after && !(phrase && PAST_ROLE.test(after.text)) && !givenNow) return after;
  if (given && (!given.groups?.as || APPOINTING_BEFORE.test(beforeText)) && !phrase) {
    const s = end + aside.length + given[0].lastIndexOf(given[2]!);
    return at(s, s + given[2]!.length);
  }
  if (phrase) {
    let from = start - phrase[1]!.length - 1;
    // a sentence's first word is capitalised anyway: "Competition chief Ann Lee" → "Competition chief" (a bare
    // "chief" names no office; "Kelmont spokesman" does, and Kelmont is whom he speaks for)
    const opening = ctx.text.slice(ctx.sentenceAt(start).start, from);
    // (nor does a common word for a body: "Government spokesman Ann Lee" → "Government spokesman")
    const openingWord = /^\p{Lu}[\p{Ll}-]+ $/u.test(opening);
    if (openingWord && (/^chief$/i.test(phrase[1]!) || GENERIC_BODY.test(opening.trim()))) from -= opening.length;
    const role = at(titlesBefore(ctx, afterNameAround(ctx, from, start - 1)), start - 1);
    // ("the Harbour Sentinel, whose reporter Ann Lee was held": the body "whose" follows)
    const whoseBefore = role && /, whose $/.test(ctx.text.slice(role.start - 8, role.start));
    const whose = whoseBefore ? whoseBody(ctx, role!.start - 6) : null;
    return role && whose ? { ...role, affiliation: whose } : role;
  }
  const prev = ctx.tokens[lead - 1];
  if (prev && isTitle(prev) && prev.sentence === ctx.tokens[lead]!.sentence) {
    const word = ROLE_WORD_BEFORE.exec(beforeText);
    if (word) {
      let from = start - word[1]!.length - 1;
      // "a penalty from captain Ann Lee": a function word is no part of the role
      const before2 = ctx.tokens[lead - 2];
      // (the parse may read a preposition as a noun: "a free kick past goalkeeper Sam Whitlock")
      const functionWord = !!before2 && (FUNCTION_TAGS.some((tag) => before2.tags.has(tag)) || PREPOSITIONS.has(before2.normal));
      if (before2?.start === from && functionWord) {
        from = prev.start;
      }
      // (nor a speech verb: '"They came," said editor-in-chief Ann Lee')
      const speech = SPEECH_VERB.exec(word[1]!);
      if (speech) from += speech[0].length;
      // a sentence's first word is capitalised anyway: "Competition chief Ann Lee" → "Competition chief"
      const opening = ctx.text.slice(ctx.sentenceAt(start).start, from);
      // (an article is not: "The solicitor Leah Grant said" → "solicitor")
      const article = /^(?:the|a|an|its|his|her|their|our|my) $/i.test(opening);
      if (!/\s/.test(word[1]!) && /^\p{Lu}[\p{Ll}-]+ $/u.test(opening) && !article) {
        from -= opening.length;
      }
      return at(from, start - 1);
    }
  }
  return null;
}

const SENTENCE_OPENING_A = /(?:^|[.!?]["”’]?\s+|\n)A $/;
const ELECTED_TITLE = new RegExp('^(?:councillor|councilor|councilman|councilwoman|cllr\\.?|alderman|senator|sen\\.?|' +
  'mayor|mp|mla|msp|representative|rep\\.?|governor|gov\\.?|president|minister|assemblyman|assemblywoman|' +
  'congressman|congresswoman)$');
/** The role told before the name and a comma: "The Kelmont chief executive, Ann Lee,", "Its chief executive, Ann Lee,". */
function roleBeforeComma(ctx: Context, start: number): Role | null {
  // (the role's phrase ends in a comma right before the name: no need to look for it elsewhere)
  if (!ctx.text.startsWith(', ', start - 2)) return null;
  const beforeStart = Math.max(0, start - 80);
  const before = ROLE_BEFORE.exec(ctx.text.slice(beforeStart, start));
  if (!before) return null;
  // a sentence's first word may be an article or a possessive: "The Kelmont chief executive, Ann Lee," → "Kelmont
  // chief executive", "Its chief executive, Ann Lee," → "chief executive"
  // (and words before the last one are a clause's: "I meet their president, Arne Solberg," → "president"; not one
  // inside what the role serves: "the head of the union")
  const article = roleOpening(before[1]!);
  const from = beforeStart + before.index + article;
  const e = beforeStart + before.index + before[1]!.length;
  // ("A Ministry of Roads and Coastal Works official, Ann Lee,": a body's name the role's words cut into opens it)
  const names = classifiedNames(ctx);
  const cut = names[firstIndexAtLeast(names.length, (i) => names[i]!.end, from + 1)];
  const s = cut && cut.cls === 'organisation' && cut.start < from && cut.end < e ? cut.start : from;
  if (e <= s) return null;
  const role: Role = { text: ctx.text.slice(s, e), start: s, end: e };
  // ("Its chief executive, Ann Lee,": the body "its" stands for; "the Kelby Party, whose leader, Ann Lee,": the body
  // "whose" follows)
  const opening = before[1]!.slice(0, article);
  // ("the press's founder, Ann Lee,": the body "the press" calls back)
  const called = /(?:^|\s)[Tt]he (\p{Ll}+)['’]s $/u.exec(ctx.text.slice(Math.max(0, role.start - 40), role.start));
  // ("Their coordinator, Ann Lee,": a body told of in the plural, as British usage has it)
  // ("The Kelby Trust said it would look again. A spokesperson, Ann Lee, said": the body just told of speaks)
  const its = /(?:^|\s)(?:[Ii]ts|[Tt]heir) $/.test(opening)
    || /^spokes(?:person|man|woman)$/.test(role.text)
      && SENTENCE_OPENING_A.test(ctx.text.slice(Math.max(0, role.start - 6), role.start)) ? itsReferent(ctx, role.start)
    : /^whose $/.test(opening) ? whoseBody(ctx, role.start - opening.length)
      : called ? bodyCalled(ctx, called[1]!, role.start) : null;
  return its ? { ...role, affiliation: its } : role;
}

// a speaker's label with the role and the body in brackets, the body last: "Ann Lee (Senior Reporter, Kelby Weekly):",
// "Tom Roe (SVP, Chip Design, Kelby Devices):"
const LABEL_ROLE_AND_BODY_AFTER = /^ \(((?:[^()\n,:]{2,40}, )?[^()\n,:]{2,40}), ([^()\n,:]{2,60})\):/u;
function labelRoleAndBody(ctx: Context, end: number, following: string): Role | null {
  const found = LABEL_ROLE_AND_BODY_AFTER.exec(following);
  // (the name opens its line, after a time stamp maybe)
  const line = ctx.text.slice(ctx.text.lastIndexOf('\n', end - 1) + 1, end);
  if (!found || !/^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?[\p{L}'’. -]{2,60}$/u.test(line)) return null;
  // (the body is one the article names, and the role none: "Ann Lee (Kelby Party, Kelby East):" gives a party and a seat)
  const names = classifiedNames(ctx);
  const bodyAt = end + found[0].length - 2 - found[2]!.length;
  const body = names[firstIndexAtLeast(names.length, (i) => names[i]!.start, bodyAt)];
  const role = names[firstIndexAtLeast(names.length, (i) => names[i]!.start, end + 2)];
  if (body?.start !== bodyAt || body.cls !== 'organisation' || body.end !== bodyAt + found[2]!.length) return null;
  if (role && role.start === end + 2 && role.cls === 'organisation' && role.end === end + 2 + found[1]!.length) {
    return null;
  }
  return { text: found[1]!, start: end + 2, end: end + 2 + found[1]!.length, affiliation: body.text };
}

// (a role in lower case, then the body, closing the entry)
const ENTRY_ROLE_AND_BODY_AFTER = /^, (\p{Ll}[\p{L}'’ &-]{1,50}?), (\p{Lu}[^,;\n]{1,80}?)(?=[ \t]*(?:;|\n|$))/u;
/** The role and the body an entry of a participants' line gives after the name. */
function participantRole(ctx: Context, end: number, following: string): Role | null {
  const found = ENTRY_ROLE_AND_BODY_AFTER.exec(following);
  if (!found) return null;
  const line = ctx.text.slice(ctx.text.lastIndexOf('\n', end - 1) + 1, end);
  if (!PARTICIPANTS_LINE.test(line)) return null;
  const bodyAt = end + found[0].length - found[2]!.length;
  const body = classifiedNames(ctx).find((c) => c.start === bodyAt && c.cls === 'organisation');
  const role = { text: found[1]!, start: end + 2, end: end + 2 + found[1]!.length };
  return body ? { ...role, affiliation: body.text } : role;
}

// a bracket set off after a name before its role: "Ann Lee (MBA 2012), partner, Kelby Ventures;", "Ann Lee (Kelby
// Party), Chair;"
const BRACKET_BEFORE_ROLE = /^ \([^()\n]{1,40}\)(?=, \p{Ll}|, \p{Lu}\p{Ll}+[;\n]|, \p{Lu}\p{Ll}+ \p{Ll})/u;
// letters after a name before its role: "Ann Lee KC, counsel for the family,", "Bo Lind QC OBE, the panel's chair,"
const POST_NOMINALS_BEFORE_ROLE = /^(?: (?:KC|QC|SC|JP|MP|OBE|MBE|CBE|KBE|DBE|FRS|PhD)\b)+(?=, \p{Ll})/u;
/** The role an appositive after the name gives: "Ann Lee, the bank's head of trading,", "Ann Lee, NASA Administrator". */
function roleAfter(ctx: Context, end: number): Role | null {
  const letters = POST_NOMINALS_BEFORE_ROLE.exec(ctx.text.slice(end, end + 30));
  if (letters) return roleAfter(ctx, end + letters[0].length);
  const bracket = BRACKET_BEFORE_ROLE.exec(ctx.text.slice(end, end + 50));
  if (bracket) {
    const role = roleAfter(ctx, end + bracket[0].length);
    if (!role || role.affiliation) return role;
    // (a body in the bracket serves when the role names none)
    const body = classifiedNames(ctx).find((c) => c.cls === 'organisation' && c.start > end
      && c.end <= end + bracket[0].length);
    return body ? { ...role, affiliation: body.text } : role;
  }
  const following = ctx.text.slice(end, end + 100);
  const labelled = labelRoleAndBody(ctx, end, following) ?? participantRole(ctx, end, following);
  if (labelled) return labelled;
  const found = ROLE_AFTER.exec(following) ?? titledAfter(following) ?? ROLE_BYLINE_AFTER.exec(following)
    ?? captionLineRole(ctx, end, following) ?? nextLineRole(ctx, end, following)
    ?? (BODY_ACRONYM_NEAR.test(following) ? ROLE_AFTER_BODY_ACRONYM.exec(following) : null)
    ?? describedAtBody(ctx, end, following);
  // "The victim was Ann Lee, a police spokeswoman said": a role phrase with an article that a speech verb follows is
  // the speaker
  const speaker = !!found && SPEAKER_AFTER.test(following.slice(found[0].length)) && /^, (?:the|a|an) /.test(found[0]);
  if (!found || speaker) return null;
  const s = end + found[0].indexOf(found[1]!);
  // ("operations director at Kelby Terminal B.V.": the role runs to the end of the organisation it names)
  const cut = s + found[1]!.length;
  const names = classifiedNames(ctx);
  let e = cut;
  for (let k = firstIndexAtLeast(names.length, (i) => names[i]!.start, s + 1); names[k] && names[k]!.start < cut; k++) {
    const c = names[k]!;
    if (c.cls === 'organisation' && /\s/.test(c.text) && c.end > cut) {
      e = c.end;
      break;
    }
  }
  // ("Bo Lind, the trust's chief executive,": the body named before as "the trust" serves as the affiliation)
  const owner = /^the (\p{Ll}+)['’]s /u.exec(found[0].slice(found[0].indexOf('the ')));
  const body = owner && /^(?:, \d{1,3})?, the /.test(found[0]) ? bodyCalled(ctx, owner[1]!, s) : null;
  const from = body ? s + owner![0].length - 4 : s;
  // ("Ola Berg, a retail analyst at the firm,": the body "the firm" calls back serves as the affiliation)
  // (or its part: "regional officer of the union's Kelby branch")
  const calledBack = body ? null : CALLED_BACK_AFTER.exec(found[1]!);
  const called = body ?? (calledBack ? bodyCalled(ctx, calledBack[1]!, s) : null);
  if (e <= from) return null;
  const role = { text: ctx.text.slice(from, e), start: from, end: e };
  // ("Ann Lee, vice president of sales, Kelby Homes Group,": a body set off after a role that names none; not the
  // state after a town the role ends with: "president of Kelby Foods in Harlow, N.Y.")
  const inTown = / in \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u.test(role.text);
  const served = called ?? affiliationOf(names, role, ctx.text)
    ?? (inTown ? null : bodySetOffAfter(names, e, ctx.text)) ?? bodyOnLineBeside(names, end, e, ctx.text);
  return { ...role, ...(served ? { affiliation: served } : {}) };
}

// what closes a body set off after a role: a comma, a stop, the line's end, "said", a part in brackets ending the line
// (or its acronym in brackets: ", Kelby Health Institute (KHI)")
const SET_OFF_BODY_CLOSES =
  /^(?:[,.;:]|[ \t]*(?:\n|$)| said\b| \((?:[\p{Ll} ]{1,20}|\p{Lu}[\p{Lu}&.-]{1,9})\)[ \t]*(?:[;\n]|$))/u;
/**
 * The body named right after `end` between commas, closing the appositive: ", Kelby Homes Group,", or a list of
 * speakers' line, a part in brackets after it: ", Kelby Homes Group (moderator)"
 */
function bodySetOffAfter(names: ClassifiedName[], end: number, text: string): string | null {
  const next = names[firstIndexAtLeast(names.length, (i) => names[i]!.start, end)];
  return next && next.cls === 'organisation' && text.slice(end, next.start) === ', '
    && SET_OFF_BODY_CLOSES.test(text.slice(next.end, next.end + 26)) ? next.text : null;
}

/**
 * A contact block's or a signature's body, alone on the line above a line of a name and its title ("Kelby Optics
 * plc\nAnn Lee, Head of Press"), else on the line below it.
 */
function bodyOnLineBeside(names: ClassifiedName[], nameEnd: number, roleEnd: number, text: string): string | null {
  const lineStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
  const closesLine = /^[ \t]*(?:\n|$)/.test(text.slice(roleEnd, roleEnd + 40));
  if (!closesLine || !NAME_ALONE_ON_LINE.test(text.slice(lineStart, nameEnd))) return null;
  const aloneOnLine = (from: number, to: number): string | null => {
    const line = text.slice(from, to).trim();
    const k = firstIndexAtLeast(names.length, (i) => names[i]!.start, from);
    const body = names[k];
    return body && body.cls === 'organisation' && body.start < to && body.text === line ? body.text : null;
  };
  const above = lineStart >= 2 ? aloneOnLine(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : null;
  if (above) return above;
  const belowStart = text.indexOf('\n', roleEnd) + 1;
  if (belowStart === 0) return null;
  const belowEnd = text.indexOf('\n', belowStart);
  return aloneOnLine(belowStart, belowEnd < 0 ? text.length : belowEnd);
}

const CALLED_BACK_AFTER = /\b(?:at|of|with|for) the (\p{Ll}+)(?:['’]s (?:\p{Lu}\p{L}* )*\p{Ll}+)?$/u;

/** "Kelmont's Ann Lee", "Harwell Systems' Dana Reyes": the body whose possessive stands right before the name. */
function organisationOwning(names: ClassifiedName[], start: number, text: string): string | null {
  const k = firstIndexAtLeast(names.length, (i) => names[i]!.start, start) - 1;
  const owner = names[k];
  const possessive = !!owner && /^[’'](?:s)? $/u.test(text.slice(owner.end, start));
  return owner && owner.cls === 'organisation' && possessive ? owner.text : null;
}

/**
 * "Fisheries Minister Ann Lee" in an article that names the Fisheries Ministry (or the Ministry of Fisheries): the
 * ministry of the minister's portfolio.
 */
function ministryOfPortfolio(names: ClassifiedName[], role: string | undefined): string | null {
  const portfolio = /^(?:(?:[Dd]eputy|[Aa]ssistant|[Jj]unior) )?(\p{Lu}[\p{L}-]+(?: and \p{Lu}[\p{L}-]+)?) Minister$/u
    .exec(role ?? '')?.[1]?.toLowerCase();
  if (!portfolio) return null;
  const ministries = [`${portfolio} ministry`, `ministry of ${portfolio}`, `ministry for ${portfolio}`];
  return names.find((n) => n.cls === 'organisation' && ministries.includes(normaliseName(n.text).replace(/^the /, '')))
    ?.text ?? names.find((n) => n.cls === 'organisation' && portfolioLeads(n.text, portfolio))?.text ?? null;
}

// a ministry or a department whose field opens with the portfolio's word, in a form of its own: "Economy Minister"
// and "the Federal Ministry of Economic Planning", "Ports Minister" and "the Department for Ports, Shipping and Canals"
const MINISTRY_FIELD = /^(?:the )?(?:[a-z]+ )?(?:ministry|department) (?:of|for) (?:the )?([a-z]+)/;
const portfolioLeads = (name: string, portfolio: string): boolean => {
  const field = MINISTRY_FIELD.exec(normaliseName(name))?.[1];
  const word = portfolio.split(' ')[0]!;
  const stem = Math.min(5, word.length);
  return !!field && field.length >= stem && field.slice(0, stem) === word.slice(0, stem);
};

/** "(Kelby Courier/Ann Lee)", "KNA/Ann Lee" closing a caption: the outlet a photographer works for. */
function outletOfCredit(names: ClassifiedName[], start: number, end: number, text: string): string | null {
  if (text[start - 1] !== '/' || !closesCaption(text, end)) return null;
  const k = firstIndexAtLeast(names.length, (i) => names[i]!.start, start) - 1;
  const outlet = names[k];
  return outlet && outlet.cls === 'organisation' && outlet.end === start - 1 ? outlet.text : null;
}

// a business's title that names no body: "Chief executive Ann Lee said", "A company spokesperson, Dan Ortiz,"
const BARE_BUSINESS_TITLE = rx('i')`^(?:(?:an?|the) )?(?:company |firm's |group )?(?:chief executive(?: officer)?|
  chief (?:financial|operating|technology|commercial) officer|ceo|cfo|coo|cto|chairman|chairwoman|managing director|
  finance director|(?:company|corporate) spokes(?:man|woman|person)|
  head of investor relations|investor relations (?:director|manager|officer)|company secretary)$`;
/** A business's name: its last word a legal form or a business's head ("Tarvik Foods Inc.", "Kelby Pharma"). */
const isBusinessName = (name: string): boolean => {
  const last = name.split(/\s+/).at(-1)!.toLowerCase().replace(/\./g, '');
  return COMPANY_SUFFIXES.has(last) || isCompanyOrBankHead(last) || BUSINESS_KIND_HEADS.includes(last);
};

/**
 * The last business named before `at`, whom a bare business title serves: the company the story is telling of (by
 * its short name too: "Tarvik Mercantile" after "Tarvik Mercantile Bank").
 */
function businessBefore(names: ClassifiedName[], at: number): string | null {
  const businesses = names.filter((n) => n.cls === 'organisation' && isBusinessName(n.text));
  for (let k = firstIndexAtLeast(names.length, (i) => names[i]!.start, at) - 1; k >= 0; k--) {
    const n = names[k]!;
    if (n.cls !== 'organisation' || n.end > at) continue;
    if (isBusinessName(n.text) || businesses.some((b) => b.text.startsWith(`${n.text} `))) return n.text;
  }
  return null;
}

// a politician's role: "Harbour MP", "Tarvik senator", "the Harbour shadow housing minister"
const POLITICIAN = rx('')`\b(?:MPs?|MSPs?|MEPs?|MLAs?|[Ss]enators?|[Cc]ouncill?ors?|[Ss]hadow|[Ll]awmakers?|[Ll]egislators?|
  [Cc]ongress(?:man|woman)|[Aa]ssembly(?:man|woman|member)|[Cc]andidates?|[Ww]hip)\b`;
const isPlace = (names: readonly ClassifiedName[], name: string): boolean =>
  names.some((n) => n.cls === 'place' && n.text === name);

/**
 * The party whose word opens a politician's role, named as a body in the article: "Harbour MP" → "Harbour Party",
 * "Tarvik senator" → "Tarvik Party", "the Harbour Democrat MP" → "Harbour Democrats".
 */
function partyOfRole(names: readonly ClassifiedName[], role: Role | null, text: string): string | null {
  if (!role || !POLITICIAN.test(role.text)) return null;
  // (the word may stand just before a role read without it: "Tarvik senator Ivo Tavo")
  const word = /^(?:(?:the|a|an) )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) (?=\p{Ll}|MPs?\b|MSPs?\b|MEPs?\b)/u.exec(role.text)?.[1]
    ?? /(?:^|[^\p{L}])(\p{Lu}\p{L}+) $/u.exec(text.slice(Math.max(0, role.start - 30), role.start))?.[1];
  if (!word) return null;
  const forms = [word, `${word}s`, `${word} Party`, word.replace(/s$/, '')];
  const party = names.find((n) => n.cls === 'organisation'
    && forms.some((f) => n.text === f || n.text.endsWith(` ${f}`) || n.text === `The ${f}`));
  return party?.text ?? null;
}

/** The body served by the role an appositive after the name gives, if any. */
function officeAfter(ctx: Context, names: ClassifiedName[], end: number): string | null {
  const office = roleAfter(ctx, end);
  return office ? office.affiliation ?? affiliationOf(names, office, ctx.text) : null;
}

/**
 * "Tessaline cut 300 jobs. Its chief executive, Lorna Mbatha, said": the body "its" stands for, the last one named
 * earlier in the sentence, else the first (the subject, mostly) of the sentence before.
 */
function itsReferent(ctx: Context, at: number): string | null {
  const here = ctx.sentenceAt(at);
  // (a dateline's news agency opens the first sentence and is no one's "its": "OSLO (Kelby News) - Tarvik Ltd said")
  const bodies = classifiedNames(ctx)
    .filter((n) => n.cls === 'organisation' && n.end <= at && n.reason !== 'dateline-agency');
  const inHere = bodies.filter((n) => n.start >= here.start);
  if (inHere.length > 0) return inHere.at(-1)!.text;
  if (here.start === 0) return null;
  const before = ctx.sentenceAt(here.start - 1);
  return bodies.find((n) => n.start >= before.start && n.end <= before.end)?.text ?? null;
}

/** "the Kelby Party (KP), whose leader, …": the body named right before ", whose" (its acronym in brackets between). */
function whoseBody(ctx: Context, whose: number): string | null {
  const bodies = bodiesBefore(ctx, whose);
  const last = bodies.at(-1);
  return last && /^\)?(?: \([^()]{1,12}\))?, $/.test(ctx.text.slice(last.end, whose)) ? last.text : null;
}

/**
 * "Bo Lind, the trust's chief executive": the body "the trust" calls back, the last organisation before whose name
 * ends in that word, or, for a word any body goes by ("the company's"), the one "its" would stand for.
 */
function bodyCalled(ctx: Context, noun: string, at: number): string | null {
  const bodies = bodiesBefore(ctx, at);
  const named = namedWith(bodies, noun);
  if (named) return named;
  // (or one described by it right after its name: "Tarnholt Holdings, an investment group" for "the group's")
  const described = bodies.filter((n) => describedAs(ctx.text.slice(n.end, n.end + 60), noun));
  if (described.length > 0) return described.at(-1)!.text;
  if (!isOrgKindNoun(noun)) return null;
  // (none in this sentence or the one before: the body the article opens with, as "the company" of a story about it)
  return itsReferent(ctx, at) ?? bodies.find((n) => !OUTLET_REASONS.has(n.reason))?.text ?? null;
}
// bodies named as who reports the story, not what it is about
const OUTLET_REASONS = new Set(['dateline-agency', 'byline-outlet', 'news-outlet', 'news-outlet-ambiguous']);

/** The organisations of the article that end before `at`. */
const bodiesBefore = (ctx: Context, at: number): ClassifiedName[] =>
  classifiedNames(ctx).filter((n) => n.cls === 'organisation' && n.end <= at);

/**
 * The last of the bodies whose name ends in the noun (or that noun heads it before "of" or "for": "the college" after
 * "the Royal College of Kelby", "the centre" after "the Kelby Centre for Soil Studies").
 */
function namedWith(bodies: ClassifiedName[], noun: string): string | null {
  const named = bodies.filter((n) => {
    const name = n.text.toLowerCase();
    return name.endsWith(` ${noun}`) || name.includes(` ${noun} of `) || name.startsWith(`${noun} of `)
      || name.includes(` ${noun} for `);
  });
  return named.at(-1)?.text ?? null;
}

// a role opened by a kind of body in lower case, no name: "union president Ann Lee", "central bank Governor Ann Lee"
const BODY_KIND = rx('')`(?:[Tt]he )?(?:[Cc]entral |[Nn]ational )?(union|bank|party|club|foundation|charity|trust|agency|
  ministry|university|hospital|council|commission|federation|association) `;
const KIND_OPENING_ROLE = rx('')`^${BODY_KIND}`;
const KIND_BEFORE_ROLE = rx('')`(?:^|[^\p{L}])${BODY_KIND}$`;
/** The body of the article that a role's opening kind calls back: "union president Ann Lee" after "the Kelby Union". */
function bodyOfKindOpening(ctx: Context, role: Role): string | null {
  // (capitalised where the role opens a sentence: "Union secretary Ann Lee said")
  const kind = KIND_OPENING_ROLE.exec(role.text.charAt(0).toLowerCase() + role.text.slice(1))
    ?? KIND_BEFORE_ROLE.exec(ctx.text.slice(Math.max(0, role.start - 30), role.start));
  if (!kind) return null;
  return namedWith(bodiesBefore(ctx, role.start), kind[1]!);
}

// ", an investment group", " (a fishing cooperative)": a kind set off after a name, up to three words before it and
// none a function word ("a unit of the group" is not one)
// (or one of a kind, after its acronym maybe: "Kelby Aid (KA), one of the country's largest charities", "one of
// Norland's oldest banks")
const DESCRIPTION_AFTER = new RegExp(String.raw`^(?: \([^()]{1,12}\))?(?:,| \() ` +
  String.raw`(?:(a|an|the) |one of (?:the (?:\p{Ll}+['’]s )?|\p{Lu}[\p{L}-]*['’]s ))` +
  String.raw`((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)`, 'u');
const NOT_DESCRIBING = /^(?:of|and|or|the|a|an|in|for|to|with|by|at|on|from)$/;
function describedAs(after: string, noun: string): boolean {
  const description = DESCRIPTION_AFTER.exec(after);
  const words = description?.[2]?.split(' ') ?? [];
  // (one of many: the plural of the noun)
  const at = description?.[1] ? words.indexOf(noun) : words.indexOf(pluralOf(noun));
  return at >= 0 && words.slice(0, at).every((w) => !NOT_DESCRIBING.test(w));
}
const pluralOf = (noun: string): string => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** "UN Secretary-General spokesman": the capitalised titles right before a role phrase are part of it. */
function titlesBefore(ctx: Context, roleStart: number): number {
  let k = firstIndexAtLeast(ctx.tokens.length, (i) => ctx.tokens[i]!.start, roleStart);
  const sentence = ctx.tokens[k]?.sentence;
  while (k > 0) {
    const prev = ctx.tokens[k - 1]!;
    if (prev.sentence !== sentence || !/^[ -]$/.test(prev.post) || !/^\p{Lu}/u.test(prev.text) || !isTitle(prev)) break;
    k--;
  }
  return ctx.tokens[k]?.start ?? roleStart;
}

/**
 * Where a role phrase starts, moved past the body or place whose name it starts inside: "Harbour Party leader Ann
 * Lee" → "leader" (the body serves as the affiliation), not "Party leader".
 */
function afterNameAround(ctx: Context, roleStart: number, roleEnd: number): number {
  const around = classifiedNames(ctx).find((n) => n.start < roleStart && n.end > roleStart && n.end < roleEnd
    && (n.cls === 'organisation' || n.cls === 'place'));
  return around ? around.end + (/^\s*/.exec(ctx.text.slice(around.end, roleEnd))?.[0].length ?? 0) : roleStart;
}

// up to three words of a kind of body between two names, no function word: " think tank ", " brokerage "
const KIND_BETWEEN = /^ (?:(?!(?:and|or|to|the|of|for|in|at|on|with|from|by|a|an)\b)[\p{Ll}-]+ ){1,3}$/u;

// a verb by which a body takes one on or lets one go, between its name and a role: "Kelby Rovers sacked manager"
const EMPLOYING_BETWEEN = rx('')`^ (?:(?:has|have|had) )?(?:sacked|fired|dismissed|suspended|appointed|named|hired|
  promoted|signed|recruited|poached) (?:its |their )?(?:new |former |interim |acting )?$`;
/** The organisation (or country) named inside the role: "Acme spokesman", "minister of the Interior Ministry". */
function affiliationOf(names: ClassifiedName[], role: Role, text = ''): string | null {
  // names are sorted by start: look only at those from just before the role to its end
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < role.start - 120) lo = mid + 1;
    else hi = mid;
  }
  let inside: ClassifiedName | null = null;
  for (let i = lo; i < names.length && names[i]!.start < role.end; i++) {
    const n = names[i]!;
    if (n.cls !== 'organisation' && n.cls !== 'place') continue;
    // "Norland’s special envoy": the possessive before the role is whom the role serves (as is a body before it, its
    // acronym in brackets between: "the Kelby Dockers' Union (KDU) leader")
    if (n.end < role.start && /^(?:[’']s?)?(?: \(\p{Lu}[\p{L}&.-]{1,9}\))? $/u.test(text.slice(n.end, role.start))) {
      return n.text;
    }
    // (or a body, then the field the role answers for: "KTA tournament director", "GHR country director")
    const fieldBetween = n.end < role.start && fieldWordBetween(text.slice(n.end, role.start));
    if (n.cls === 'organisation' && fieldBetween) return n.text;
    // ("Kelby Rovers sacked manager Ann Lee", "Tarvik has appointed chief executive Ann Lee": whom a body takes on or
    // lets go serves it)
    const employing = n.end < role.start && EMPLOYING_BETWEEN.test(text.slice(n.end, role.start));
    if (n.cls === 'organisation' && employing) return n.text;
    // ("At Tarvel Securities, economist Ann Lee said": the body that opens the sentence, just before the role)
    if (n.end < role.start && text.slice(n.end, role.start) === ', '
      && /(?:^|[.!?]["”]?\s+|\n\s*)At (?:the )?$/u.test(text.slice(Math.max(0, n.start - 30), n.start))) return n.text;
    if (n.start < role.start || n.end > role.end) continue;
    // ("chief UK economist at Halvorsen Partners": the employer after "at", not the place inside the office)
    if (inside && n.cls === 'organisation' && / (?:at|with) (?:the )?$/.test(text.slice(role.start, n.start))) return n.text;
    // ("an analyst at Kelby brokerage Tarvik Securities", "at Norland's Kelmont AB": the body after the place it is in)
    if (inside?.cls === 'place' && n.cls === 'organisation') return n.text;
    // (or after a name the parse made a body, and the kind of body the next one is: "at the Kelby think tank Tarvik
    // Forum")
    if (inside && n.cls === 'organisation' && KIND_BETWEEN.test(text.slice(inside.end, n.start))) return n.text;
    // ("an obstetrician in Buffalo": where the office is, no body it serves)
    // (nor where the person comes from: "a lawmaker from Kelby")
    if (n.cls === 'place' && / (?:in|from) (?:the )?$/.test(text.slice(role.start, n.start))) continue;
    inside ??= n;
  }
  return inside?.text ?? null;
}

// the parts of speech no field of an office is: "Kelby said director …", "Tarvik hired director …"
const NOT_A_FIELD = new Set(['PastTense', 'PresentTense', 'Gerund', 'Participle', 'Copula', 'Modal', 'Preposition',
  'Conjunction', 'Determiner', 'Adverb', 'Pronoun']);
/** " tournament ": one lower-case word between a body and a role, a field and not a verb or a function word. */
function fieldWordBetween(between: string): boolean {
  const word = /^ (\p{Ll}[\p{Ll}-]+) $/u.exec(between)?.[1];
  return word !== undefined && !/(?:ed|ing)$/.test(word) && !NOT_A_FIELD.has(lexiconTag(word) ?? '');
}

/**
 * "Ann Lee of Kelmont Corp", "Amara Okonjo of the Metalworkers Union", "my agent, Carla Brennick at Moorfield
 * Literary,": the body named right after the name.
 */
function organisationAfter(names: ClassifiedName[], end: number, text: string): string | null {
  let k = firstIndexAtLeast(names.length, (i) => names[i]!.start, end);
  // (past a member's seat in brackets, whatever it was classified: "Ann Lee (Kelby East) (Harbour Party):")
  if (names[k] && names[k]!.cls !== 'organisation' && /^ \($/.test(text.slice(end, names[k]!.start))
    && /^\) \(/.test(text.slice(names[k]!.end, names[k]!.end + 3))) {
    k++;
  }
  // (past the initials that label one's turns: "Ann Lee (AL), Kelby Police;")
  if (names[k]?.reason === 'speaker-initials' && /^ \($/.test(text.slice(end, names[k]!.start))) k++;
  // (past the speaker's own "I" of a sign-on: "I'm Ann Lee, I edit Kelby Monthly")
  if (names[k]?.text === 'I' && /^,? (?:and )?$/.test(text.slice(end, names[k]!.start))) k++;
  // (past the place a body is based in: "Ann Lee of the Kelby-based Ballot Watch", "of the Lyon firm Renard Avocats")
  if (names[k] && names[k]!.cls !== 'organisation' && (text.startsWith('-based ', names[k]!.end)
    || names[k]!.cls === 'place' && !!names[k + 1]
      && /^ \p{Ll}+ $/u.test(text.slice(names[k]!.end, names[k + 1]!.start)))) {
    k++;
  }
  // (past a place that names the part a clause's verb heads: "Ann Lee, who heads Asia investments at Kelby Partners")
  if (names[k]?.cls === 'place' && /^, who \p{Ll}+ $/u.test(text.slice(end, names[k]!.start))
    && /^ \p{Ll}/u.test(text.slice(names[k]!.end, names[k]!.end + 2))) k++;
  // (past the country or town whose body it is: "Ann Lee, who heads Chile's Ministry of Trade")
  const owner = names[k]?.cls === 'place' && names[k + 1]
    && /^[’']s? $/u.test(text.slice(names[k]!.end, names[k + 1]!.start)) ? names[k++]! : null;
  // (past degrees and a role's words that are names of their own on a list's line: "Presenter: Ann Lee, MD, PhD,
  // Professor of Medicine, Kelby University")
  // (or a caption's, its parts set apart by middle dots: "[Caption: ANN · Ann Lee · In-game leader · Kelby Rovers]")
  if (names[k] && names[k]!.cls !== 'organisation' && (text[end] === ',' || text.startsWith(' · ', end))) {
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    let j = k;
    const closesLine = (n: ClassifiedName): boolean => /^[ \t.;\]]*(?:\n|$)/.test(text.slice(n.end, lineEnd + 1));
    while (names[j] && names[j]!.end < lineEnd && !closesLine(names[j]!)) j++;
    const body = names[j];
    if (body?.cls === 'organisation' && body.end <= lineEnd
      && (onListLine(text, end, body) || /^ · [^·\n]{2,40} · $/.test(text.slice(end, body.start)))) return body.text;
  }
  const next = names[k];
  if (!next || next.cls !== 'organisation') return null;
  // (a lawyer's post-nominal before the firm: "For the Plaintiff: Ann Lee, Esq., Lee & Marr LLP")
  const between = text.slice(end, (owner ?? next).start).replace(/^, (?:Esq|KC|QC|SC)\.?(?=, $)/, '');
  // ("Q (Ann Lee, Kelby Gazette):", "Ann Lee (Kelby Gazette)": a name and its body in brackets, as a transcript or a
  // list gives who asks or speaks; a member's seat may come first: "Ann Lee (Kelby East) (Harbour Party):")
  // (or after the role in the brackets: "ANN LEE (First Minister, Kelby Unity Party):", "PANELIST (Ann Lee, Head of
  // Research, Kelby Labs):"; or the role before the brackets: "TOM ROE, REPORTER (Kelby Wire):")
  const bracketed = text[next.end] === ')'
    && (/^ (?:\([^()]{1,40}\) )?\($/.test(between) || /^ \([^(),]{1,40}(?:, [^(),]{1,40})?, $/.test(between)
      || /^, (?:[^(),]{1,60}, )?$/.test(between) && /\([^()]{1,60}$/.test(text.slice(Math.max(0, end - 60), end))
      || /^, [^(),\n]{1,40} \($/.test(between));
  // ("a question from Ann Lee from Kelby Securities", "Dan Ortiz with Harlow & Finch.": who speaks for a firm; "with"
  // only before the sentence's or the clause's end, not "met Ann Lee with Kelby Bank officials")
  const firm = /^ from (?:[Tt]he )?$/.test(between)
    || /^ with (?:[Tt]he )?$/.test(between) && /^[.,;:]/.test(text.slice(next.end, next.end + 1));
  // ("By Ann Lee, Kelby University" on a line of its own: a byline's writer and whom they write for; "By Ann Lee |
  // The Kelby Post")
  const lineBefore = text.slice(text.lastIndexOf('\n', end) + 1, end);
  // (or whom they wrote for: "By Ann Lee, for the Kelby Review")
  // (or "Ann Lee | The Kelby Post" alone on its line, no "By")
  // (or "Ann Lee for The Kelby Post" alone on its line)
  const byline = /^(?:, (?:for )?(?:[Tt]he )?| [|\u2013\u2014] (?:[Tt]he )?| for (?:[Tt]he )?)$/u.test(between)
    && (/^[ \t]*By \S/.test(lineBefore) && !/^ for/.test(between)
      || /^[ \t]*\p{Lu}[\p{L}'’. -]*$/u.test(lineBefore) && /^ (?:\||for )/.test(between))
    && (/^[ \t]*(?:\n|$)/.test(text.slice(next.end, next.end + 3))
      // (or the writer's role closing the line: "By Ann Lee, Kelby Herald Staff Writer")
      || BYLINE_ROLE_AFTER.test(text.slice(next.end, next.end + 40)));
  // ("Ann Lee KC, representing Kelby Media,": whom a lawyer or an agent acts for)
  const represents = REPRESENTING_BEFORE.test(between);
  // ("[Caption: Ann Lee - retired foreman, Kelby Quarries]": a caption's name, role and body, closing the line)
  // (or a line of a transcript's header, a note in brackets maybe closing it: "Ann Lee — chief forecaster, Kelby Met
  // Office (moderator)")
  // (or its parts set apart by middle dots: "[Caption: ANN · Ann Lee · Striker · Kelby Rovers]")
  const caption = (CAPTION_ROLE_BETWEEN.test(between) || /^ · [^·\n]{2,40} · $/.test(between))
    && /^(?:\]|(?: \([^()\n]{1,30}\))?[ \t]*(?:\n|$))/.test(text.slice(next.end, next.end + 34));
  // ("AUDIENCE MEMBER: Ann Lee, Kelby Makers Cooperative. My question…": one who gives the floor their name and
  // whom they are with, as a transcript's turn opens)
  // (or a numbered item of minutes: "3. Ann Lee, Kelby Tenants Association. Ms Lee asked…"; or the speaker's label
  // itself, a bullet or a bracket before it: "- Ann Lee, Kelby Gazette: What went wrong?", "[Ann Lee, Kelby FM]:")
  const closing = text.slice(next.end, next.end + 2);
  // (a paper's "The" between: "Ann Lee, The Kelby Courier. Is he fit?")
  const introduced = /^, (?:The )?$/.test(between) && (/^[.?]/.test(closing)
    && (SPEAKER_TURN_OPENING.test(lineBefore) || LIST_ITEM_OPENING.test(lineBefore))
    || /^\]?:/.test(closing) && LABEL_OPENING.test(lineBefore));
  // ("Analyst participants:\nAnn Lee, Kelby Securities\n": a line of a list of participants, a name and its body alone;
  // or after the line's label, the list going on after a semicolon: "Guests: Ann Lee, Kelby Trust; Bo Lind, …"; or an
  // email's sender: "From: Ann Lee, The Kelby Review")
  // (initials in brackets and a role may come between, and a member of the list after a semicolon opens it as well:
  // "Speakers: Ann Lee (AL), Kelby Police; Tom Roe (TR), Leader of Kelby Council")
  const listLine = onListLine(text, end, next, between);
  // ("Photo: Ann Lee / Kelby University", "Ann Lee/Reuters": a picture's credit, its taker and whom for; "Photograph:
  // Ann Lee for the Kelby Review")
  const credit = /^ ?\/ ?$/.test(between)
    || /^ for (?:[Tt]he )?$/.test(between) && /\b(?:Photo(?:graph)?|Picture|Image)s?:[ \t]*[^:\n]*$/.test(lineBefore);
  // ("APPEARANCES: Ann Lee, Kelby & Roe LLP, for the Plaintiff": counsel, the firm and the party it acts for)
  const appearance = between === ', ' && FOR_A_PARTY_AFTER.test(text.slice(next.end, next.end + 30));
  // ("I'm Ann Lee and this is Kelby FM": a presenter signing on)
  const signOn = SIGN_ON_BETWEEN.test(between) && SELF_NAMED_BEFORE.test(text.slice(Math.max(0, end - 60), end));
  // (a party and a state in brackets may stand before: "Rep. Ann Lee (R-Texas), who chairs the Kelby Committee")
  const told = between.replace(/^ \([A-Z]{1,3}-[\p{L}. ]{2,20}\)(?=,)/u, '');
  return BODY_BEFORE.test(told) || bracketed || firm || byline || credit || represents || introduced || caption || signOn
    || appearance
    || listLine || ownedAfterWhose(between)
    || ROLE_IS_BEFORE.test(between)
    ? next.text : null;
}
/** Whether a name and its body, the body closing the line or a list's item, make a line of a list of people. */
function onListLine(text: string, end: number, body: ClassifiedName, between = text.slice(end, body.start)): boolean {
  const lineBefore = text.slice(text.lastIndexOf('\n', end) + 1, end);
  return LIST_LINE_BETWEEN.test(between)
    && (NAME_OPENS_LINE.test(lineBefore) || NAME_OPENS_LINE.test(lineBefore.slice(lineBefore.lastIndexOf('; ') + 2)))
    && /^(?:[ \t]*(?:\n|$)|;)/.test(text.slice(body.end, body.end + 3));
}
const FOR_A_PARTY_AFTER = new RegExp(`^,? for the ${anyOf(['Plaintiffs?', 'Defendants?', 'Claimants?', 'Respondents?',
  'Appellants?', 'Applicants?', 'Prosecution', 'Defen[cs]e', 'Crown'])}\\b`, 'i');
// (the role capitalised too, a post-nominal maybe before the dash: "SUPER: Ann Lee MP — Chief Surveyor, Kelby Council")
const CAPTION_ROLE_BETWEEN = /^(?: \p{Lu}{2,3})? [-\u2013\u2014] (?:\p{Ll}[\p{Ll} -]{2,60}|\p{Lu}[\p{L} -]{2,60}), $/u;
// ", whose Kelby Party", ", 61, whose family holding company Kelby Group": the body one has, its kind maybe before it
const WHOSE_BETWEEN = /^(?:, \d{1,3})?, whose ((?:[\p{Ll}-]+ ){0,3})$/u;
const NOT_ONES_OWN = new Set(['rival', 'partner', 'affiliate', 'subsidiary', 'unit', 'side', 'holders', 'champions']);
function ownedAfterWhose(between: string): boolean {
  const kind = WHOSE_BETWEEN.exec(between)?.[1]?.trim();
  // (a kind of body, not a rival's or a relative's: "whose rival Kelby Foods", "whose son")
  const head = kind?.split(' ').at(-1);
  return kind === '' || head !== undefined && isOrgKindNoun(head) && !NOT_ONES_OWN.has(head);
}
// (or says what they do for it: "I'm Ann Lee, I edit Kelby Monthly", "I'm Ann Lee and I run the Kelby Trust")
const SIGN_ON_BETWEEN = new RegExp(String.raw`^,? (?:and (?:this is|you['’]re listening to|you are listening ` +
  String.raw`to|welcome to)|(?:and )?I (?:edit|run|head|lead|chair|direct|manage|work (?:for|at)|write for|` +
  String.raw`report for)) (?:the )?$`);
const SELF_NAMED_BEFORE = /\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is) \p{Lu}[\p{L}'’ .-]{1,40}$/u;
// a speaker's label opening the line, then the name alone: "AUDIENCE MEMBER: Ann Lee", "Q (Ann Lee): Ann Lee"
// (a time stamp may open the turn: "[00:05:05] ANN LEE: Ann Lee, Kelby Post.")
const SPEAKER_TURN_OPENING = /^[ \t]*(?:\[[\d:.]{4,12}\][ \t]*)?[^\n:]{1,60}:[ \t]+[\p{Lu}][\p{L}.'’ -]{1,40}$/u;
// a list's number or bullet opening the line, then the name alone: "3. Ann Lee", "- Ann Lee"
const LIST_MARK = String.raw`(?:\d{1,3}[.)]|[-•*])[ \t]+`;
const LIST_ROLE = String.raw`\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,5}`;
// (degrees first maybe, and a role of two parts: "Ann Lee, MD, PhD, Reader in Surgery, Hand Trauma Unit, …"; a
// lawyer's "Esq." too)
const LIST_LINE_BETWEEN = new RegExp(String.raw`^(?: \(\p{Lu}[\p{L}]{1,3}\))?(?:, \p{Lu}[\p{Lu}\p{Ll}]{1,4}\.?(?=,))*, `
  + String.raw`(?:${LIST_ROLE}(?: of|,) (?:${LIST_ROLE}, )?)?(?:[Tt]he )?$`, 'u');
const NAME_TO_HERE = String.raw`[\p{Lu}][\p{L}.'’ -]{1,40}$`;
const LIST_ITEM_OPENING = new RegExp(String.raw`^[ \t]*${LIST_MARK}${NAME_TO_HERE}`, 'u');
// (its label may run to three words: "For the Plaintiff: Ann Lee, Lee & Marr LLP")
const NAME_OPENS_LINE =
  new RegExp(String.raw`^[ \t]*(?:\p{Lu}\p{Ll}+(?: \p{Ll}+)?(?: \p{Lu}\p{Ll}+)?:[ \t]+)?${NAME_TO_HERE}`, 'u');
// ...or a bracket, or nothing: a speaker's label opening the line, its name first
const LABEL_OPENING = new RegExp(String.raw`^[ \t]*(?:${LIST_MARK}|\[)?${NAME_TO_HERE}`, 'u');
// (or speaks for: "Ann Lee, speaking for Friends of Kelby Creek,", "Tom Roe, on behalf of the Kelby Growers Union")
const REPRESENTING_BEFORE = new RegExp(String.raw`^(?: \p{Lu}{2,3})?, (?:who (?:represents|represented) |` +
  String.raw`representing |(?:speaking )?on behalf of |speaking for )(?:the )?$`, 'u');
// "Ann Lee is a nurse at Kelby Infirmary": what the name is, and where
// (or in a clause: "Ann Lee, who is the delegate for the Kelby Red Cross")
const ROLE_IS_BEFORE = new RegExp(
  `^(?:, who)? (?:is|was) (?:a|an|the) (?:[\\p{Ll}-]+ ){0,2}${ROLE_TEXT_HEAD_SOURCE} (?:at|with|for|of) ` +
  `(?:the )?$`, 'u');
// the verbs of one who leads or works for a body ("who had led the trust since 2021")
// (or joins, teaches or sits on it: "who joined Kelby Foods in 2019", "who serves on the board of", "who researches
// textile dating at")
// (or coordinates or oversees it, or covers a field there: "who coordinates the Kelby Tenants' Forum", "who covers
// insurers at Kelby Securities", "who covers farming for the Kelby Post" — not "who covers the Kelby Council")
const LEADS = String.raw`(?:heads|leads|chairs|runs|directs|manages|commands|commanded|founded|co-founded|` +
  String.raw`coordinates|oversees|covers (?:[\p{Ll}-]+ ){1,3}(?:at|for)|` +
  String.raw`works (?:for|at)|joined|` +
  String.raw`(?:has |had )worked (?:for|at)|(?:teaches|lectures|studies|researches)(?: at)?|(?:sits|serves) on|` +
  String.raw`(?:had |has )?(?:led|headed|run|ran|chaired))`;
// what stands between a name and the body after it: "of the right-wing", "at", ", who heads the watchdog", ", who plays
// for" (a team's rider or driver too: ", who rides for"),
// ", who chairs the health committee of" (no adverb: one pairs the names before with bodies listed in their order)
// (and "from the Kelby Party"; an age before "of the": "Cpl Ann Lee, 24, of the 29th Battalion", not a home town's
// "of Kelby"; "who was employed by")
// (and "a member of the governing Kelby Alliance")
// (or the verb right after the name: "Ana Ruiz chairs the Kelby Fishers' Cooperative"; or after the name set off by
// commas: "Her rival, Dr Ilse Varn, directs the Kelby Soil Institute")
// (and where a judge sits: "Judge Ann Lee, sitting at Kelby Crown Court")
const BODY_BEFORE = new RegExp(String.raw`^(?:, \d{1,3}, of(?= the )|,? of| at| from(?= the )|, (?:a|an) member of|` +
  String.raw`, sitting (?:at|in)(?= )|` +
  // (a noun of what one is may stand before "who": ", a steward who has worked for Kelby Air")
  String.raw`(?:(?:, \d{1,3})?, (?:(?:a|an) (?:[\p{Ll}-]+ ){1,2})?who |,? (?=(?:heads|chairs|leads|directs|manages) ))` +
  String.raw`(?:${LEADS}|(?:plays|rides|drives|races|sails|runs) for|writes for|` +
  String.raw`coaches|captains|was employed by)) (?:the )?` +
  // ("of the Kelby-based Ballot Watch"; a town before the kind: "of the Lyon firm Renard Avocats")
  // (a plural's possessive too: "who heads employers' group Kelby Business Federation")
  String.raw`(?:\p{Lu}\p{Ll}+ (?=\p{Ll}))?(?:(?![\p{Ll}]+ly )[\p{Ll}-]+['’]? |\p{Lu}\p{Ll}+-based ){0,2}` +
  // (or a part of it that the clause heads: "who heads Asia investments at the")
  String.raw`(?:(?<=, who [^,]*)(?:\p{Lu}\p{Ll}+ )?(?:[\p{Ll}-]+ )?(?:of|at) (?:the )?)?$`, 'u');

// ", who leads the choir's board of governors,", ", who heads the union,": the body a clause's verb of leading
// calls back by its kind
// (or by "its": ", who leads its audit team,")
// (a noun of what one is may stand before "who", and a nationality before the body's kind: ", a chemist who joined the
// university last spring", "who runs the Korean university's physics lab")
const LEADS_CALLED_BACK = new RegExp(String.raw`^(?:, (?:a|an) (?:[\p{L}-]+ ){1,3}(?=who )|, )who ${LEADS} ` +
  String.raw`(?:the (?:\p{Lu}[\p{L}-]+ )?(\p{Ll}+)(?:['’]s |(?=[,.;]| (?:in|from|as|since|last|this|on)\b))` +
  String.raw`|its )`, 'u');
function bodyLedCalledBack(ctx: Context, end: number): string | null {
  const clause = LEADS_CALLED_BACK.exec(ctx.text.slice(end, end + 100));
  if (!clause) return null;
  return clause[1] ? bodyCalled(ctx, clause[1], end) : itsReferent(ctx, end);
}

// "our clinical director, Dr Ann Lee", "Ann Lee, who runs our press office": the speaker's body, in a transcript's turn
const OUR_CLAUSE_AFTER = new RegExp(String.raw`^, who ${LEADS} our `);
// the speaker's label opening the line, after a time stamp maybe: "[09:02:15] Ann Lee:", "ANN LEE:"
const TURN_LABEL = new RegExp(String.raw`^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?(${SPEAKER_LABEL_WORDS}):`, 'u');
function ourBody(
  ctx: Context, people: readonly PersonDraft[], start: number, end: number, role: Role | null,
): string | null {
  // (not "your", the one spoken to's: "Your striker Ann Lee")
  const ours = role && /(?:^|[^\p{L}])[Oo]ur $/u.test(ctx.text.slice(Math.max(0, role.start - 5), role.start))
    || OUR_CLAUSE_AFTER.test(ctx.text.slice(end, end + 60));
  const label = ours ? TURN_LABEL.exec(ctx.text.slice(ctx.text.lastIndexOf('\n', start) + 1, start))?.[1] : undefined;
  if (!label) return null;
  const key = normaliseName(label);
  // (the label's name is drafted once per mention until merged: the first draft with a body)
  const speaker = people.find((p) => (normaliseName(p.name) === key || normaliseName(p.name).endsWith(` ${key}`))
    && p.affiliation !== null);
  // (a speaker of no stated body speaks for the one whose record it is: "Kelby Rovers FC: media session after the
  // match … Our physio, Ann Lee, said")
  return speaker?.affiliation ?? headingBody(classifiedNames(ctx), ctx.text);
}

// "the Kelby Port Authority, where deputy director Ann Lee said": the body whose place "where" opens, the role's
// words between
const WHERE_BETWEEN = /^,? where (?:the |its )?(?:[\p{Ll}-]+ ){0,3}$/u;
/** The organisation named right before ", where" and the role before a person's name. */
function bodyWhere(ctx: Context, names: ClassifiedName[], role: Role): string | null {
  const k = firstIndexAtLeast(names.length, (i) => names[i]!.end, role.start + 1) - 1;
  const body = names[k];
  return body?.cls === 'organisation' && WHERE_BETWEEN.test(ctx.text.slice(body.end, role.start)) ? body.text : null;
}

// one who says who they are and then where they are: "I'm Ann Lee, and I host the show here at the Kelby Trust"
// ("we at" too, in the same sentence: "I'm Ann Lee, and we at Tarvik build ferries")
const SELF_INTRODUCED_BEFORE = /\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is) $/;
const HERE_AT_BEFORE = /\b(?:here|we) at (?:the )?$/;
/** The body a speaker names as where they are, after introducing themselves, in the same sentence. */
function hostBody(ctx: Context, names: ClassifiedName[], start: number, end: number): string | null {
  if (!SELF_INTRODUCED_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start))) return null;
  const sentence = ctx.sentenceAt(start);
  const body = names.find((n) => n.cls === 'organisation' && n.start > end && n.end <= sentence.end
    && HERE_AT_BEFORE.test(ctx.text.slice(Math.max(end, n.start - 12), n.start)));
  return body?.text ?? null;
}

// "Kelby Opera on Monday named Ann Lee as its next director": whom a body names to a post of its own
const AS_ITS_AFTER = /^,? as (?:its|their) /;
const APPOINTED_BEFORE = /\b(?:named|appointed|hired|picked|chose|elected|tapped|promoted)\s+(?:[\p{L}-]+ ){0,3}$/u;
function appointingBody(ctx: Context, names: ClassifiedName[], start: number, end: number): string | null {
  if (!AS_ITS_AFTER.test(ctx.text.slice(end, end + 12))) return null;
  const sentence = ctx.sentenceAt(start);
  const verb = APPOINTED_BEFORE.exec(ctx.text.slice(sentence.start, start));
  if (!verb) return null;
  const at = sentence.start + verb.index;
  const bodies = names.filter((n) => n.cls === 'organisation' && n.start >= sentence.start && n.end <= at);
  return bodies.at(-1)?.text ?? null;
}

/** The journalists a wire story credits at its end work for the agency its dateline names. */
function creditedAgency(names: ClassifiedName[], start: number, text: string): string | null {
  if (!CREDIT_LINE_OPENING.test(text.slice(text.lastIndexOf('\n', start) + 1, start))) return null;
  return names.find((n) => n.reason === 'dateline-agency')?.text ?? null;
}

/**
 * "KELBY HARBOUR TRUST\nMinutes of the Board meeting\n\nPresent:\nMs Ann Lee (Chair)\n…": one listed as present, their
 * part in brackets, at a meeting of the body whose name heads the record (named again in it, or in capitals there).
 */
function letterheadBody(names: ClassifiedName[], start: number, end: number, text: string, role: Role | null)
  : string | null {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const lead = text.slice(lineStart, start);
  const listedBelow = PRESENT_TITLE.test(lead) && /^ \([^()\n]{2,60}\)[ \t]*$/.test(text.slice(end, lineEnd))
    && PRESENT_LIST_ABOVE.test(text.slice(0, lineStart));
  // (or on the heading's own line, in a list: "Present: Cllr Ann Lee (Chair), Cllr Tom Roe and Cllr Bo Lind."; or a
  // councillor anywhere in a council's minutes: "Apologies: Councillor Ann Lee.")
  // (not those also present, who come from other bodies: "Board present: …. Also present: Sergeant Ann Lee, Kelby
  // Police")
  const listedOnLine = PRESENT_ON_LINE.test(lead) && !ALSO_PRESENT_BEFORE.test(lead)
    // (or one who appears for the body the heading names, by its head word: "For the Council: Ann Lee, case presenter")
    || FOR_THE_LINE.exec(lead)?.[1]?.toLowerCase() === headingOf(text).split(' ').at(-1);
  const councillor = role !== null && role.end <= start && COUNCILLOR.test(role.text);
  const fromHeading = (): string | null => {
    if (!listedBelow && !listedOnLine && !councillor) return null;
    // (the heading's body before what the record is: "Kelby Water District: Special Board Meeting")
    if (councillor && !listedBelow && !listedOnLine && !/ council$/.test(headingOf(text))) return null;
    return headingBody(names, text);
  };
  // (or a councillor by title, where the article names one council: "Kelbo Borough Council … The mayor, Cr Ann Lee,")
  return fromHeading() ?? (COUNCILLOR_TITLE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ? onlyCouncil(names)
    : null);
}
// (the heading's body before what the record is: "Kelby Water District: Special Board Meeting")
// (or before a masthead's sections: "THE KELBY LEDGER | Courts | 3 May")
// (or a hyphen set off by spaces: "KELBY WATER PLC - RESULTS CALL")
const headingOf = (text: string): string =>
  normaliseName(/^\s*([^\n]+?)(?:: [^\n]*| [-–—|] [^\n]*)?$/m.exec(text)![1]!.trim());
/** The body a record's first line names, alone or before what the record is. */
function headingBody(names: ClassifiedName[], text: string): string | null {
  const heading = headingOf(text);
  return names.find((n) => n.cls === 'organisation' && normaliseName(n.text) === heading)?.text ?? null;
}
function onlyCouncil(names: ClassifiedName[]): string | null {
  const councils = new Set(names.filter((n) => n.cls === 'organisation' && / Council$/.test(n.text)).map((n) => n.text));
  return councils.size === 1 ? [...councils][0]! : null;
}
const ALSO_PRESENT_BEFORE = /(?:^|[.;] )[ \t]*(?:Also present|Also attending|In attendance|Guests?)[ \t]*:[^.;]*$/i;
const PRESENT_ON_LINE = new RegExp(String.raw`^[ \t]*(?:Present|(?:Members|Councillors|Council|Board|Directors|`
  + String.raw`Trustees) present|`
  + String.raw`Attendees|Attending|`
  + String.raw`Officers(?: present)?|(?:Company )?[Pp]articipants|Speakers|Panel(?: of (?:the )?[^:\n]{1,80})?|`
  + String.raw`Panell?ists|Moderator|Hosts|On air)`
  + String.raw`[ \t]*:[^\n]*$`, 'i');
const FOR_THE_LINE = /^[ \t]*For the (\p{Lu}\p{L}+)[ \t]*:/u;
const COUNCILLOR = /^(?:Councillors?|Cllrs?\.?|Councilmembers?|Council members?|Aldermen|Alderman)$/i;
const COUNCILLOR_TITLE_BEFORE = /(?:^|[^\p{L}])(?:Cr|Cllr|Councillor|Councilmember|Alderman)\.? $/u;
const PRESENT_TITLE = /^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev)\.? )?$/;
// a heading of those present, then the lines of the list down to this one
const PRESENT_LIST_ABOVE =
  /(?:^|\n)[ \t]*(?:Present|Attendees|Attending|Members present|In attendance)[ \t]*:[ \t]*\n(?:[^\n]+\n)*$/i;

/**
 * Whom a byline's writer writes for: the body closing the byline's line ("By Ann Lee and Tom Roe, Kelby Daily" for
 * both), else the wire agency of the story's dateline ("KELBY (Kelby Wire) —"), else the holder of the article's
 * copyright ("© 2026 Kelby Ledger"), else the paper whose masthead opens the page ("THE KELBY LEDGER | Courts").
 */
function bylineOutlet(names: ClassifiedName[], start: number, text: string): string | null {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lead = text.slice(lineStart, start);
  // (or a credit at the foot: "Additional reporting by Ann Lee in Tarvo. Edited by Tom Roe.", whose writers work for
  // the outlet the byline names)
  const credit = !BYLINE_TO_NAME.test(lead) && CREDIT_TO_NAME.test(lead);
  if (!credit && !BYLINE_TO_NAME.test(lead)) return null;
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const closing = credit ? outletOfByline(names, text) : closingOrganisation(names, text, start, lineEnd);
  return closing ?? names.find((n) => n.reason === 'dateline-agency')?.text
    ?? names.find((n) => n.cls === 'organisation' && COPYRIGHT_BEFORE.test(text.slice(Math.max(0, n.start - 24),
      n.start)))?.text ?? headingBody(names, text);
}
const closingOrganisation = (names: ClassifiedName[], text: string, from: number, lineEnd: number): string | null =>
  names.find((n) => n.cls === 'organisation' && n.start > from && n.end <= lineEnd
    && /^[ \t.]*$/.test(text.slice(n.end, lineEnd)))?.text ?? null;
/** The body that closes the byline ("By Ann Lee, Kelby Ledger") on the article's first lines. */
function outletOfByline(names: ClassifiedName[], text: string): string | null {
  let lineStart = 0;
  for (let line = 0; line < 4 && lineStart < text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
    if (/^[ \t]*By \p{Lu}/u.test(text.slice(lineStart, lineEnd))) {
      return closingOrganisation(names, text, lineStart, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
// "By ", maybe another writer's name and "and" before this one's: "By Ann Lee and "
const BYLINE_TO_NAME = /^[ \t]*By (?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},? and )?$/u;
// a credit's writers up to this one: "Additional reporting by ", "… in Tarvo. Edited by ", "Reporting by Ann Lee and "
const CREDIT_TO_NAME = new RegExp(String.raw`(?:^|[.;] )[ \t]*\(?(?:Additional reporting|Reporting|Writing|Editing|`
  + String.raw`Edited|Compiled|Fact-checking) by (?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},? and )?$`, 'u');
const COPYRIGHT_BEFORE = /(?:^|\n)[ \t]*(?:©|\([Cc]\)|Copyright(?: ©)?) \d{4}(?:[-–]\d{2,4})? (?:The )?$/u;

/**
 * "Tarvik Resorts, the hotel company founded by businessman Omar Tarvik": the body named before "founded by" (its
 * description between).
 */
function organisationFoundedBy(names: ClassifiedName[], start: number, text: string): string | null {
  const k = firstIndexAtLeast(names.length, (i) => names[i]!.start, start) - 1;
  for (let j = k; j >= 0 && names[j]!.end > start - 120; j--) {
    const n = names[j]!;
    if (n.end > start) continue;
    if (n.cls === 'organisation' && FOUNDED_BY_BEFORE.test(text.slice(n.end, start))) return n.text;
    if (n.cls === 'organisation' || n.cls === 'person') return null;
  }
  return null;
}
// (or "is led by": "The Kelby Front is commanded by Ann Lee"; a nationality may open the description after "by":
// "an investment group led by Norlandic financier Ann Lee"; not a next item in a list: "Kelby Foods, and a group led
// by")
// (after its acronym in brackets too: "the Kelby Union (KU), led by")
const FOUNDED_BY_BEFORE = new RegExp(String.raw`^\)?(?:,(?! (?:and|or) )(?: [\p{Ll}’'-]+){0,6})?` +
  String.raw`(?: (?:is|was|has been|had been))? ` +
  String.raw`(?:co-)?(?:founded|set up|started|created|established|led|headed|commanded|chaired|run|owned)` +
  String.raw`(?: in \d{4})? ` +
  // (a town or a nationality among the words of the role: "led by former Harlow mayor Ann Lee")
  String.raw`by (?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+) ){0,4}$`, 'u');

// a surname whose particles open it in lower case (names.ts, particleLed), or in capitals as a lone surname's do at a
// sentence's start ("De Wit said", after "Anke de Wit")
// (Irish "Ó" and "Ní" stand apart too: "Senator Ó Ceallaigh")
// (or in capitals, a speaker's label: "MS. VAN DER BERG:")
const PARTICLE_LED = new RegExp(String.raw`^(?:(?:\p{Ll}+|De|Van|Von|Da|Das|Do|Dos|Du|Del|Della|Di|Le|La|Ter|Ten|Ó|Ní|`
  + String.raw`Nic) (?:\p{Ll}+ )?\p{Lu}[^\s]*`
  + String.raw`|(?:DE|VAN|VON|DA|DAS|DO|DOS|DU|DEL|DELLA|DI|LE|LA|TER|TEN|Ó|NÍ|NIC) (?:DER |DEN |DE |LA |LOS |DEL )?`
  + String.raw`[\p{Lu}'’-]+)$`, 'u');

const GENERATION_AFTER_SURNAME = /,? (?:jr|sr|ii|iii|iv)\.?$/;

/** "Harwell said": a lone surname is the person introduced with it, earlier if possible. */
function linkSurnames(
  ctx: Context, people: PersonDraft[], singles: Array<{ c: ClassifiedName; m: Mention; first: number }>, names: ClassifiedName[],
): void {
  for (const { c, m, first } of singles) {
    const key = normaliseName(m.text);
    const byGiven = c.link === 'given-name';
    // (a surname is the name's last word before a generation's suffix: "Halloran" of "Conor P. Halloran Jr."; or
    // the first of two joined by "y": "de la Vega" of "Andrés de la Vega y Soto")
    const fitsAt = (at: 0 | -1): PersonDraft[] => people.filter((p) => {
      const name = normaliseName(p.name).replace(GENERATION_AFTER_SURNAME, '');
      return p.mentions[0]!.end > 0 && (name.split(' ').at(at) === key
        || at === -1 && (name.endsWith(` ${key}`) || name.includes(` ${key} y `))
        || at === 0 && key.includes(' ') && name.startsWith(`${key} `)
        // ("Nan" and "NAN:" after 'Ann "Big Nan" Lee': the nickname's last word alone names her too)
        || nicknameOf(p) === key);
    });
    let fits = fitsAt(byGiven ? 0 : -1);
    // "Chloe Barrett, 29, … with Chloe's family": a lone given name no surname matches is the one person
    // introduced before with it
    // (or, a transcript's speaker by a given name, the one person of the article so named, though named in full only in
    // the first turn: "TOVE: Hi, I'm Tove Quarnby")
    if (fits.length === 0 && !byGiven) {
      const given = fitsAt(0).filter((p) => p.start < m.start || c.reason === 'speaker-given-name');
      if (given.length === 1) fits = given;
    }
    // "Marisa Lucía Ordaz Tenorio … Ordaz said": the first of two surnames, where it is no given name, names the one
    // person introduced before with it
    if (fits.length === 0 && !byGiven && !isListedFirstName(m.text)) {
      const paternal = people.filter((p) => {
        const words = normaliseName(p.name).split(' ');
        return p.start < m.start && words.length >= 3 && words.at(-2) === key;
      });
      if (paternal.length === 1) fits = paternal;
    }
    // (a relative introduced as such after another of the surname is not whom the lone surname names: "Margit
    // Halloran … her son, Conor Halloran … Halloran studied")
    const before = fits.filter((p) => p.start < m.start);
    const principals = before.length > 1 ? before.filter((p) => !introducedAsKin(ctx, p)) : before;
    const owner = (principals.length > 0 ? principals : before).at(-1) ?? fits[0];
    if (owner) {
      // a mention the classifier linked keeps its reason; one linked only here says so
      owner.mentions.push({ ...m, reason: c.link ? c.reason : `${c.reason}+surname-link` });
      // a role first given with the surname: "Ravi Menon founded it. … Menon, Quillbright's chief executive, said"
      const role = owner.role === null ? roleOf(ctx, c, first, m.start, m.end) : null;
      if (role) {
        owner.role = role.text;
        owner.affiliation ??= role.affiliation ?? affiliationOf(names, role, ctx.text);
      }
      continue;
    }
    const same = people.find((p) => normaliseName(p.name) === key);
    if (same) {
      same.mentions.push(m);
      continue;
    }
    const role = roleOf(ctx, c, first, m.start, m.end);
    people.push({
      type: 'person', name: m.text, role: role?.text ?? null, affiliation: role ? role.affiliation ?? affiliationOf(names, role, ctx.text) : null,
      mentions: [m], text: m.text, start: m.start, end: m.end, reason: c.reason,
      // (a title before it is evidence of its own: "President Varga")
      confidence: first > c.first ? c.confidence : Math.min(c.confidence, 0.8),
    });
  }
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    // the fact stands where the person is first named, as an organisation does ("Theo … Theo Arkwright")
    const first = p.mentions[0]!;
    Object.assign(p, { start: first.start, end: first.end, text: first.text });
    if (p.mentions.length > 1) p.confidence = Math.min(1, p.confidence + 0.05);
  }
}

// kin named after a possessive and a comma: "her son, Conor Halloran", "his late wife, Ann Lee"
const KIN = ['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'partner',
  'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'uncle', 'aunt'];
const KIN_APPOSITION_BEFORE =
  new RegExp(`\\b(?:his|her|their)(?: late| eldest| youngest| older| younger)? (?:${KIN.join('|')}), $`, 'i');
const introducedAsKin = (ctx: Context, p: PersonDraft): boolean =>
  KIN_APPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, p.start - 40), p.start));

function mergeSameName(people: PersonDraft[]): PersonDraft[] {
  const byName = new Map<string, PersonDraft>();
  for (const person of people) {
    // ('Ann "Big Nan" Lee' and "Ann Lee": one person, with and without her nickname)
    const key = normaliseName(person.name.replace(NICKNAME_INSIDE, ' '));
    const existing = byName.get(key);
    if (!existing) byName.set(key, person);
    else {
      // ("TOVA BRINK, Plaintiff," in a caption, then "Tova Brink": the name as a sentence writes it)
      if (CAPS_NAME.test(existing.name) && !CAPS_NAME.test(person.name)) existing.name = person.name;
      existing.mentions.push(...person.mentions);
      existing.role ??= person.role;
      existing.affiliation ??= person.affiliation;
      existing.confidence = Math.max(existing.confidence, person.confidence);
    }
  }
  // "T. Quarrie" after "Temi Quarrie": initials and a surname name the one person the article gave them in full
  for (const [key, person] of byName) {
    const initialled = INITIALLED.exec(key);
    if (!initialled) continue;
    const [, initials, surname] = initialled;
    const full = [...byName.values()].filter((p) => {
      const words = normaliseName(p.name).split(' ');
      return p !== person && words.length >= 2 && words.at(-1) === surname && !INITIALLED.test(words.join(' '))
        && words.slice(0, -1).map((w) => w[0]).join('').startsWith(initials!.replace(/[^\p{L}]/gu, ''));
    });
    if (full.length !== 1) continue;
    absorb(full[0]!, person);
    byName.delete(key);
  }
  // "Ms Vela Ordaz" after "Lucía Vela Ordaz": a surname of two words, its first no given name, ends one name given in
  // full
  // (the map's keys are the normalised names)
  for (const [key, person] of byName) {
    if (key.split(' ').length !== 2 || isListedFirstName(person.name.split(' ')[0]!)) continue;
    const full = [...byName].filter(([k]) => k !== key && k.split(' ').length >= 3 && k.endsWith(` ${key}`))
      .map(([, p]) => p);
    if (full.length !== 1) continue;
    absorb(full[0]!, person);
    byName.delete(key);
  }
  // "Tobi Lasisi-Vere" after "Oluwatobi Lasisi-Vere": a given name told short, the end or the start of the one given
  // in full, with the same surname of two words or a hyphen's two parts (kin share a surname, rarely a double one)
  // (each name's given name and double surname read once; the map's keys are the normalised names)
  const doubles = [...byName].flatMap(([key, p]) => {
    const m = SHORT_GIVEN.exec(key);
    return m ? [{ key, p, given: m[1]!, surname: m[2]! }] : [];
  });
  for (const { key, p: person, given, surname } of doubles) {
    if (!byName.has(key)) continue;
    const full = doubles.filter((d) => d.p !== person && byName.has(d.key) && d.surname === surname
      && d.given.length >= given.length + 2 && (d.given.endsWith(given) || d.given.startsWith(given)))
      .map((d) => d.p);
    if (full.length !== 1) continue;
    absorb(full[0]!, person);
    byName.delete(key);
  }
  return [...byName.values()];
}
const NICKNAME_INSIDE = / ["“'‘]([^"”'’\n]{1,30})["”'’] /u;
// (read once a person: the mentions linked later are single words, never a nickname's name)
const nicknamesRead = new WeakMap<PersonDraft, string | undefined>();
const nicknameOf = (p: PersonDraft): string | undefined => {
  if (!nicknamesRead.has(p)) {
    nicknamesRead.set(p, p.mentions.map((m) => nicknameWord(m.text)).find((w) => w !== undefined));
  }
  return nicknamesRead.get(p);
};
const nicknameWord = (name: string): string | undefined => {
  const nickname = NICKNAME_INSIDE.exec(name)?.[1];
  return nickname === undefined ? undefined : normaliseName(nickname.split(' ').at(-1)!);
};
// a given name of three letters or more and a double surname, hyphenated or of two words: "tobi lasisi-vere"
const SHORT_GIVEN = /^(\p{L}{3,}) (\p{L}[\p{L}'’]+(?:-| )\p{L}[\p{L}'’-]+)$/u;
/** One named again another way: its mentions, and its role and body where the fuller name has none. */
function absorb(owner: PersonDraft, person: PersonDraft): void {
  owner.mentions.push(...person.mentions);
  owner.role ??= person.role;
  owner.affiliation ??= person.affiliation;
}
// a normalised name that is initials and a surname: "t. quarrie", "j.r. marsh"
const INITIALLED = /^((?:\p{L}\.[ -]?)+) ?(\p{L}[\p{L}'’-]+)$/u;

export const personModule: FactModule<PersonFact> = {
  type: 'person',
  schema: PersonFact,
  extract: extractPeople,
};
