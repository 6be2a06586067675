// Evidence in and around one mixed-case name span, as a table of rules grouped by what they see:
//   1. words that name nothing (function words, months, numerals, "-based" adjectives)
//   2. places (state names, compass names, datelines)
//   3. titles before a person's name
//   4. organisations by their own shape (acronym definitions, head words, suffixes), then by context
//   5. people by their own shape (initials, first names), then by context (speech verbs, role words)
//   6. organisations by weaker context, acronyms, nationalities and countries
// Every rule that fires is evidence; one scorer (scoreEvidence) decides: the strongest that fired. Their ranks live
// in evidence/weights.ts, not in this table's order.
// Domain conventions (sports) and the listed-companies lexicon are delegated rule sets: their decision is evidence.
// The news outlets' list is two rules (firm, ambiguous) whose weighing is in evidence/listed.ts.
import type { Context, Token } from '../../../context.js';
import { CHARGED_ON_HEADS, NAME_PARTICLES, SYLLABLE, UNIT_HEADS, type NameSpan } from '../../names.js';
import { lexiconTag } from '../../../nlp.js';
import { opensWithOutlet } from '../lexicon.js';
import { alternation, anyOf, eitherCaseFirst } from '../../../lexicon/patterns.js';
import { rx } from '../../../util/regex.js';
import {
  BARE_ORG_APPOSITIVE_AFTER, BODY_NOUN_BEFORE, BODY_NOUN_COMMA_BEFORE, BUSINESS_KIND_HEADS, COMPANY_CONTEXT_AFTER,
  COMPANY_HEADS, COMPANY_SUFFIXES, INDEX_AFTER, INSTITUTION_WORDS, isDescribingKind, isOrgKindNoun,
  NOT_ORG_ACRONYMS, NOT_ORG_FOLLOWERS, NOT_ORG_HEADS, ORG_APPOSITIVE_AFTER, ORG_CONTEXT_AFTER, ORG_CONTEXT_BEFORE,
  ORG_HEAD_WORDS, ORG_MEMBER_BEFORE, ORG_NOUN_APPOSITIVE_BEFORE, ORG_NOUN_BEFORE, ORG_NOUN_CALLED_BEFORE,
  ORG_NOUN_COMMA_BEFORE, PLACE_OR_EVENT_HEADS, PUBLICATION_HEADS, RESPONSIBILITY_AFTER, RESPONSIBILITY_BEFORE,
  TRADE_PLURALS, WHICH_DOES_BUSINESS_AFTER,
} from '../../organisation/patterns.js';
import {
  BODY_MEMBER, BYLINE_ROLES,
  CREDIT_LINE_OPENING, DONE_TO_PERSON_BEFORE, FIRST_NAMES, ITS_BODY_NOUN_BEFORE, isListedFirstName,
  CAPTION_LINE_ROLE_AFTER, isPersonNoun, LAW_HEADS, PERSON_NOUN_ENDING,
  NOT_PERSON_HEADS, PARTICIPANTS_LINE, SPEAKER_LABEL_WORDS,
  ONLY_PEOPLE_PASSIVE_AFTER, PERSON_CONTEXT_AFTER, PERSON_CONTEXT_BEFORE, PERSON_NOUN_APPOSITION_BEFORE, PERSON_NOUN_BEFORE,
  CAPITALISED_PROFESSIONS, ROLE_HEAD_SOURCE, ROLE_TEXT_HEAD_SOURCE, TITLE_ABBREVIATION,
} from '../../person/patterns.js';
import { isCommonSurname } from '../../person/surnames.js';
import { PERSON_WORDS } from '../../casualty/rule-parts.js';
import { HOLIDAY } from '../../date/rule-parts.js';
import { nameDomains } from '../domains/index.js';
import { interviewingOutlet } from '../domains/interviews.js';
import { compassTableRow, resultsPlayer, sportTeam } from '../domains/sports.js';
import { acronymFits, DEFINITION_AFTER, DERIVED_WORD } from '../spans.js';
import { titleEndOf } from '../titles.js';
import type { Evidence, Local, NameClass } from '../types.js';
import {
  COMPASS_NAME, FUNCTION_WORDS, GENERIC_BODY, GENERIC_FIRST_WORDS, GIVEN_NAME_BLOCKERS, has, isCoreFirstName,
  acronymOpens, closesCaption, isFirstName, isInitial, isLexiconWord, isOfficeOnly,
  isOnlyWorldFirstName, isPlaceName, isQuotedWhole, isTitle, lastWord, lineAround,
  MONTH_OR_DAY, NATIONALITY_SHAPE, NON_NAME_WORDS, ROMAN, titleCased, TONGUE_SHAPE, wordsPattern,
} from '../words.js';
import { listedEvidence, outletOnList } from './listed.js';
import { RULE_RANKS } from './weights.js';

/** What every rule reads about one span: its tokens and words, its neighbours, and the text around it. */
export interface Probe {
  ctx: Context;
  span: NameSpan;
  tokens: Token[];
  words: string[];
  /** the last word, lower case, without a full stop */
  head: string;
  prev: Token | undefined;
  next: Token | undefined;
  /** 60 characters before and after the span */
  before: string;
  after: string;
  /** the span's line before and after it */
  lead: string;
  rest: string;
  /** one word */
  single: boolean;
  sameSentence: (t: Token | undefined) => t is Token;
}

/** A rule that says a class: `example` holds sentences where it decides (separated by "; "). */
export interface NameRule {
  /** the key of its rank (evidence/weights.ts) where two rules share a reason; else the reason is the key */
  id?: string;
  reason: string;
  example: string;
  cls: NameClass;
  confidence: number;
  evidence?: Evidence;
  match: (p: Probe) => boolean;
}

/** A rule set of its own (a domain, a lexicon) whose decision is one piece of evidence. */
export interface DelegatedRules {
  /** the key of its rank (evidence/weights.ts) */
  id: string;
  delegate: string;
  decide: (p: Probe) => Local | null;
}

// an armed or police unit's ordinal: "the 3rd Armoured Division"
const NUMBERED_UNIT = /^\d{1,3}(?:st|nd|rd|th)$/;
// the last words of streets and squares
const STREET_HEADS = new Set(['street', 'avenue', 'boulevard', 'road', 'lane', 'highway', 'plaza', 'parkway',
  'expressway', 'motorway', 'freeway']);
// a poll after its pollster's name, an article before: "the Kelmont Metrics poll"
const POLL_AFTER = /^ (?:opinion )?(?:poll|survey)s?\b/;
const ARTICLE_BEFORE = /\b(?:the|a|an|latest|new)\s$/i;

/** "Rosa Vane, a cement maker," describes a body; "Rosa Vane, a machine operator at Tarvik Knitwear," a worker there. */
const BARE_KIND_AT_AFTER = new RegExp(`${BARE_ORG_APPOSITIVE_AFTER.source}\\s+at\\b`, 'u');
const bareKindNotAt = (after: string): boolean => {
  const kind = BARE_ORG_APPOSITIVE_AFTER.exec(after);
  return !!kind && !/^\s+at\b/.test(after.slice(kind[0].length));
};
// a participle joined by a hyphen makes the name an adjective: "Kelmont-owned", "rebel-held"
const HYPHEN_ADJECTIVE_AFTER = new RegExp(`^-(?:${[
  'based', 'led', 'backed', 'sponsored', 'controlled', 'run', 'owned', 'funded', 'brokered', 'style', 'born', 'made',
  'linked', 'allied', 'affiliated', 'dominated', 'ruled', 'held', 'registered', 'listed', 'bound',
].join('|')})\\b`);
// a word in two capitalised parts: "HarbourBank" → "Bank"
const COMPOUND_NAME = /^\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}+)$/u;
// what a speaking source does: "the Coastal Herald said", "the Kelmont Review reported"
const SPEECH_AFTER = new RegExp(`^ ${anyOf([
  'said', 'says', 'reported', 'reports', 'quoted', 'added', 'announced', 'wrote', 'warned', 'denied', 'confirmed', 'stated',
  'claimed', 'told', 'cited', 'revealed', 'published', 'obtained',
])}\\b`);
// a dateline: the place in capitals, then its region or country, then a date, a source in brackets or a dash
const CAPS_WORDS = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?$/u;
const DATELINE_REGION = String.raw`, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}`;
const DATELINE_DATE = String.raw`, (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8})\b`;
// a dateline's place, in capitals, its region and its date ("KELBY, March 9 (Kelby Wire) -"), up to an opening bracket
// (or two places: "KELBY/HARLOW, March 9")
const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}.' -]+`;
const DATELINE_PLACES = `${DATELINE_PLACE}(?:/${DATELINE_PLACE})?`;
const FIRST_OF_TWO_PLACES = new RegExp(String.raw`^\s*${DATELINE_PLACE}/$`, 'u');
// the first words of a dateline's place in capitals: its article, or up to a saint's abbreviation ("THE HAGUE",
// "SAULT STE. MARIE", "ST. KELBY")
const DATELINE_PLACE_OPENING = /^\s*(?:THE|(?:\p{Lu}{2,} )*(?:ST|STE|FT|MT|PT)\.) $/u;
const SECOND_OF_TWO_PLACES = new RegExp(`^/${DATELINE_PLACE}(?=,)`, 'u');
const DATELINE_LEAD = new RegExp(
  String.raw`^\s*${DATELINE_PLACES}(?:${DATELINE_REGION})?(?:${DATELINE_DATE}(?:,? \d{4})?)? \($`, 'u');
const DATELINE_REST = new RegExp(String.raw`^(?:${DATELINE_REGION})?(?: \d{4}-\d\d-\d\d\b|${DATELINE_DATE}| \(\p{Lu}| ?[-\u2013\u2014] )`, 'u');
// a list of people one to a line, each name in capitals before a dash: "KIRA VALE — Director, Kelby Pictures" (a
// dateline opens one line, not a run of them)
// (its role in lower case after the dash: not a headline in capitals, "SOCCER - KELBY WIN")
const CAPS_DASH_LINE = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]*\p{Lu} [-\u2013\u2014] (?=[^\n]*\p{Ll})/u;
function inCapsDashList(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const previous = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  const nextStart = text.indexOf('\n', start) + 1;
  const next = nextStart > 0 ? text.slice(nextStart, text.indexOf('\n', nextStart) >>> 0) : '';
  return CAPS_DASH_LINE.test(previous) || CAPS_DASH_LINE.test(next);
}
// an acronym defined in brackets right after the name
const DEFINITION_TEXT = /^\s*\(([^)]+)\)/;
// "Harbour Rovers have sacked their coach", "Kelmont are to cut jobs": a name that opens its clause and takes a plural
// verb is a team or a body (British usage); one person takes "has", "is", "was" (not "does Ann Lee have", "Ann and Lee
// are": an auxiliary before, or a name coordinated with another)
const PLURAL_VERB_AFTER = /^ (?:have|are|were)\b/;
const CLAUSE_START_BEFORE =
  /(?:^|[.!?]["”’]?\s+|\n\s*|[,;:“"(—–]\s*|\b(?:that|but|when|after|while|because|since|although|though|if|so) )$/u;
const pluralSubject = (p: Probe): boolean =>
  PLURAL_VERB_AFTER.test(p.after) && CLAUSE_START_BEFORE.test(p.before) && !/\b(?:and|or|&)\s*$/.test(p.before)
  && !p.tokens.some((t) => has(t, 'Person', 'FirstName', 'Plural', 'Pronoun', 'Value', 'Date', 'Month'))
  && !isCoreFirstName(p.tokens[0]!) && !(p.span.initial && p.single) && !MONTH_OR_DAY.test(p.words[0]!);
// ...or one no verb follows, so it opens no clause: "represented by the law firm Leigh Cole."
// a label line's person and role before the body that closes it: "CAPTION: Statement from Ann Lee, Chief Executive, "
// (a label, then a few words and "from" or "with", may open it; the person named in two to four capitalised words)
const LABEL_LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:\p{Lu}[\p{L} ]*: )?(?:[\p{L} ]+ (?:from|with|by) )?` +
  String.raw`(?:(?:Dr|Prof)\.? )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}, (?<role>[\p{L}&' -]{2,60}), $`, 'u');
const ROLE_WORD = new RegExp(String.raw`(?:^|[^\p{L}])${ROLE_TEXT_HEAD_SOURCE}(?![\p{L}])`, 'u');
const ROLE_WORD_ALONE = new RegExp(String.raw`^${ROLE_TEXT_HEAD_SOURCE}$`, 'u');
const RANKS = '(?:Chief|Senior|Principal|Lead|Head|Deputy|Assistant|Associate)';
const RANK_WORD = new RegExp(`^${RANKS}$`);
const RANK_WORD_BEFORE = new RegExp(`\\b${RANKS} $`);
/** The role a label line gives before its last name, holding a role's head word ("Head of Operations"). */
const labelLineRole = (lead: string): boolean => {
  const role = LABEL_LINE_LEAD.exec(lead)?.groups?.role;
  return role !== undefined && ROLE_WORD.test(role.toLowerCase());
};
// ...and the person it names, first on the line, in capitals or not: "CAPTION: ANN LEE, Soil Scientist, Kelby Soil
// Institute", "TOM ROE, Fisherman, Kelby Fishers Cooperative" (a role's head, a person's noun or a person noun's
// ending)
const AMPERSAND_FIRM = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)* & \p{Lu}[\p{L}'’-]+$/u;
const isLabelRole = (role: string): boolean =>
  ROLE_WORD.test(role.toLowerCase()) || isPersonNoun(lastWord(role)) || PERSON_NOUN_ENDING.test(lastWord(role));
// "…, Defendant." closing a caption's line
const CAPTION_PARTY_AFTER =
  /^, (?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Claimant|Applicant)s?\b[,.]?[ \t]*(?:\n|$)/;
// two initials written together before a surname no lexicon holds: "J.P. Tarnow" (not a place's or a body's
// letters: "U.S. Steel", "N.Y. Kelby", "U.N. Resolution")
const DOTTED_PLACES_AND_BODIES = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'L.A.', 'N.Y.', 'N.J.', 'N.C.', 'S.C.',
  'N.D.', 'S.D.', 'N.H.', 'N.M.', 'R.I.', 'W.V.', 'B.C.', 'N.B.', 'N.S.', 'N.L.', 'S.A.', 'A.G.']);
const dottedInitials = (p: Probe): boolean => p.tokens.length === 2 && /^(?:\p{Lu}\.){2}$/u.test(p.tokens[0]!.text)
  && !DOTTED_PLACES_AND_BODIES.has(p.tokens[0]!.text) && !has(p.tokens[0], 'Place', 'Country', 'Organization')
  && /^\p{Lu}\p{Ll}/u.test(p.tokens[1]!.text) && !isLexiconWord(p.tokens[1]!.text)
  && !has(p.tokens[1], 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb');
// a person's noun and a name after the span, whose employer it is: "said Kelby engineer Ann Lee"
const ROLE_THEN_NAME_AFTER = /^ (\p{Ll}[\p{Ll}-]+) \p{Lu}\p{Ll}/u;
const NOT_ROLE_WORDS =
  /^(?:after|under|over|never|either|neither|rather|whether|together|later|ever|however|other|another|prior)$/;
const roleAndNameAfter = (p: Probe): boolean => {
  const word = ROLE_THEN_NAME_AFTER.exec(p.after)?.[1];
  return !!word
    && (isPersonNoun(word) || word.length >= 5 && PERSON_NOUN_ENDING.test(word) && !NOT_ROLE_WORDS.test(word));
};
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/;
const HEAD_SITE_AFTER = /^ (?:headquarters|offices|premises|depot)\b/;
// (the entry opens after the label's colon, a semicolon, or its speaker's initials: "; AL = Ann Lee (Chair)"; or a
// comma in a line of names alone, a given name first: "Hosts: Ann Lee, Tom Roe", not the body after a name: "Guests:
// Ann Lee, Head of Sales, Kelby Foods; …", "Speakers: Ivo Marr, Tarnby Engines")
const PARTICIPANT_ENTRY_LEAD = /(?:[:;]|\b\p{Lu}{2,3} =) $/u;
const participantEntryOpens = (p: Probe): boolean => PARTICIPANT_ENTRY_LEAD.test(p.lead)
  || p.lead.endsWith(', ') && !/;/.test(p.lead + p.rest)
    && (isListedFirstName(p.words[0]!) || isFirstName(p.tokens[0]!));
const PARTICIPANT_ENTRY_REST = /^(?: \([^()\n]{1,60}\))?[ \t]*(?:[;,]|$)/u;
const personOfLabelLine = (p: Probe): boolean => {
  if (p.single || p.words.length > 4 || !/^[ \t]*(?:\p{Lu}[\p{L} ]*: )?$/u.test(p.lead)) return false;
  const role = CAPTION_LINE_ROLE_AFTER.exec(p.after)?.groups?.role;
  return role !== undefined && isLabelRole(role) && !orgHead(p) && !p.tokens.some(isTitle);
};
// (", which" tells of a thing: "Forwarding group Dale Vane, which handles shipments")
const NO_CLAUSE_AFTER = /^(?:[.;:)]|\s+(?:in|of|on|at|to|for|which|that|whose)\b|, which\b)/;
// (or a comma, where the kind follows a preposition: "an associate with law firm Sinclair Hume, said" sets the firm
// off; or an appositive's article: "her sponsor, the sportswear company Orvell Vane, said")
const KIND_SET_OFF_OPENING =
  /(?:\b(?:at|from|with|for|of|by) (?:(?:the|a|an) )?|, (?:the|a|an) )(?:[\p{Ll}-]+ ){1,3}$/u;
const firmNamedForPeople = (p: Probe): boolean => BODY_NOUN_BEFORE.test(p.before)
  && (NO_CLAUSE_AFTER.test(p.after) || /^,/.test(p.after) && KIND_SET_OFF_OPENING.test(p.before));
/** "Rival Harlan Snacks said": a kind of business opening the sentence describes the name after it, given name or not */
const describedAtOpening = (p: Probe): boolean =>
  !!p.prev && p.sameSentence(p.prev) && /^\p{Lu}/u.test(p.prev.text) && isDescribingKind(p.prev.text)
  && p.ctx.tokens[p.span.first - 2]?.sentence !== p.prev.sentence;
const noSurnameLast = (p: Probe): boolean =>
  !p.single && !isCommonSurname(p.words.at(-1)!) && !has(p.tokens.at(-1), 'Person', 'LastName', 'FirstName');
// a body's kind in lower case after its name, with "the" before: "the ruling Civic Dawn party", "the Kelby
// Shield group"
// (or of firms joined for a contract: "the Velha Tarsa consortium"; or of members joined in a cause: "the Kelby Rivers
// Watch network", "the Open Larder charity")
const ORG_KIND_AFTER = new RegExp(String.raw`^ (?:party|movement|group|militia|faction|coalition|alliance|consortium|` +
  String.raw`network|charity|union|association|organi[sz]ation)\b(?! of\b)`);
const THE_KIND_BEFORE = /\b[Tt]he (?:[\p{Ll}-]+ ){0,2}$/u;
// ...or a country's possessive: "Mexico's ruling Morena party" (a creed qualifies a party, "the region's main Catholic
// party", and names none)
const OWNER_KIND_BEFORE = /\p{Lu}\p{L}+[’']s (?:[\p{Ll}-]+ ){0,2}$/u;
const CREED =
  /^(?:Protestant|Catholic|Christian|Muslim|Islamic|Islamist|Jewish|Hindu|Sikh|Buddhist|Shiite|Shia|Sunni|Orthodox|Evangelical)$/;
/** "the ruling Civic Dawn party", "Mexico's ruling Morena party": a party's kind after the name, "the" or an owner before */
const kindAfterName = (p: Probe): boolean => ORG_KIND_AFTER.test(p.after)
  && (THE_KIND_BEFORE.test(p.before) || OWNER_KIND_BEFORE.test(p.before) && !CREED.test(p.span.text));
// a town's stock exchange or radio is no organisation named by the town
const ORG_CONTEXT_AFTER_NOT_PLACE =
  /^(?:[’']s?)? (?:shares|stock|news agency|newspaper|daily|weekly|radio|television|spokesman|spokeswoman|officials)\b/;
// "the special envoy for the Harbour Council, Ann Lee": a lower-case role phrase and a comma
// "Ann Lee, the chairman of", "Lee, a spokesman for": a role phrase after the name
const NOT_IN_A_ROLE = '(?:including|and|or|but|while|as|with|among|such|like|plus) ';
// a role's head, maybe led by "co-", "vice-" or "ex-": "co-founder"
const LED_ROLE_HEAD = `(?:co-|vice-|ex-)?${ROLE_HEAD_SOURCE}`;
const ROLE_APPOSITIVE_AFTER = new RegExp(
  // (an abbreviation among the words before the head: "Ann Lee, U.S. Republican Party presidential candidate")
  // (a role phrase that a speech verb follows, with no comma, is the speaker, not the name's: "in Lorvik, a hospital
  // spokeswoman said")
  `^, (?:the |a |an |its |their |my |our |his |her )?` +
  // (an owner's possessive too: "Ann Lee, the company's director,")
  // (a "co-", "vice-" or "ex-" may lead the head, and one role may come before "and" another: "Ann Lee, co-founder and
  // chief executive of Kelby,")
  `(?:${LED_ROLE_HEAD} and )?` +
  // (a plural's possessive too: "Ann Lee, the rangers' coordinator,")
  `(?:(?!${NOT_IN_A_ROLE})(?:[\\p{L}-]+(?:['’]s|(?<=s)['’])?|(?:\\p{Lu}\\.){2,}) ){0,4}${LED_ROLE_HEAD}\\b` +
  `(?! (?:said|says|told|added|confirmed|reported|wrote|warned)\\b)`, 'u',
);
// ", senior agronomist at Kelby Seed Trust": a job with no article and where it is done, as a caption gives it
const JOB_AT_AFTER =
  new RegExp(String.raw`^, (?:[\p{Ll}-]+ ){0,2}${ROLE_TEXT_HEAD_SOURCE} (?:at|with) (?:the )?\p{Lu}`, 'u');
// "Ikechi Tarvobi, a local farmer, said": a noun for a person in apposition (the casualty reader's list of them),
// not one a body may be too ("Kelmont, a member of the alliance", "the target of", "a supporter of")
const NOT_ONLY_PEOPLE = 'member|owner|host|partner|target|national|local|native|senior|minor|adult|client|recipient|' +
  'participant|patron|supporter|leader|human|male|female|suspect';
// (an acronym among the words before the noun: "Ann Lee, a KSU student,")
// (a partner or a member "at" a place of work is a person: "Ann Lee, a partner at Harlow & Pike LLP,"; a body is a
// partner "of" or "in" one)
// (people of wealth and business no body is: "Ann Lee, the shipping magnate, said")
const PEOPLE_OF_BUSINESS = 'business(?:man|woman|person)|entrepreneur|magnate|tycoon|(?:multi-?)?billionaire|' +
  'millionaire|heir|heiress|industrialist|financier|philanthropist';
const PERSON_NOUN_APPOSITIVE_AFTER = new RegExp(
  `^, (?:a|an|the) (?:(?:[\\p{Ll}-]+|\\p{Lu}{2,6}) ){0,3}?(?!(?:${NOT_ONLY_PEOPLE})\\b(?! at\\b))` +
  `(?:${PERSON_WORDS}|${ROLE_TEXT_HEAD_SOURCE}|${BODY_MEMBER}|${PEOPLE_OF_BUSINESS})` +
  `(?=[,;)]|\\.(?:\\s|$)| (?:who|from|in|of|at|and|with)\\b)`, 'u',
);
const ROLE_APPOSITIVE_BEFORE = new RegExp(`\\b${ROLE_HEAD_SOURCE}(?: (?:for|of|to|at) (?:the )?[\\p{L}’' -]{2,40}?)?, $`, 'u');
// an office in capitals, told by "the", then its holder set off: "The Minister of Trade, Lerako Tlali, said" (not a
// name's role and then its body: "Ann Lee, Head of Sales, Kelby Foods")
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}’'-]+(?: (?:and )?\p{Lu}[\p{L}’'-]+){0,3}`;
const OFFICE_OF_APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir) ` +
  String.raw`${eitherCaseFirst(ROLE_HEAD_SOURCE)} (?:for|of) (?:the )?${CAPITALISED_WORDS}, $`, 'u');
// "the Varga administration", "the Varga presidency": the government a leader led, named after the leader
const LEADER_OF_AFTER = /^ (?:administration|presidency|premiership)\b/;
const ACRONYM_SHAPE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,}[A-Z]?)$/;
// a lone word before "said" is as often a news agency or a company: it needs a person tag
const SAID_AFTER = /^ (?:said|says)\b/;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|to|from)\s$/i;
// (a body's description after a name that follows "from" or "to" is still the name's: "money from Tessel Arc, a London
// firm", "contracts to Trasa Vell, a company owned by his cousin")
const WHERE_PREPOSITION_BEFORE = /\b(?:in|at|near)\s$/i;
// an office and its charge so far: "the Minister for Science and ", "Secretary of State for Health, Care and "
const PORTFOLIO_BEFORE = new RegExp(String.raw`\b(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman)` +
  String.raw`(?: of State)? (?:for|of) (?:the )?(?:\p{Lu}[\p{L}-]+(?:,| and)? ){0,4}$`, 'u');
// "fiddlers from Kelby, a choir from Harlow": the same preposition after the description makes it a list's next item
const ORIGIN_BEFORE = /\b(from|to) $/i;
const NEXT_ITEM_AFTER = /^,? (?:the|a|an)(?: [\p{L}’'-]+){1,6}? (from|to) /u;
const listOfOrigins = (p: Probe): boolean => {
  const preposition = ORIGIN_BEFORE.exec(p.before)?.[1]?.toLowerCase();
  return !!preposition && NEXT_ITEM_AFTER.exec(p.after)?.[1] === preposition;
};
const GENDERED_HEAD = /(?:man|men|woman|women)$/;
// "Harwell Vale partner Ann Lee": a firm's partner by its name is a person of the firm ("Kelmont's partner" may be
// a firm)
const FIRMS_PARTNER_BEFORE = /\p{Lu}[\p{L}’'-]* (?:managing |senior |general )?partner $/u;
const OF_OR_FOR = wordsPattern(['of', 'for']);

export function probeOf(ctx: Context, span: NameSpan): Probe {
  const tokens = ctx.tokens.slice(span.first, span.last);
  const words = span.text.split(/\s+/);
  const { lead, rest } = lineAround(ctx, span);
  return {
    ctx,
    span,
    tokens,
    words,
    // (a last word of capitalised parts joined by hyphens, the last a street's or a thing's word, is one head:
    // "Ivanov-Lane" is no lane; "Sun-Times" is a paper's name still)
    head: hyphenedHead(words.at(-1) ?? '') ?? lastWord(span.text),
    prev: ctx.tokens[span.first - 1],
    next: ctx.tokens[span.last],
    before: ctx.text.slice(Math.max(0, span.start - 60), span.start),
    after: ctx.text.slice(span.end, span.end + 60),
    lead,
    rest,
    single: tokens.length === 1 || words.length === 1,
    sameSentence: (t: Token | undefined): t is Token => !!t && t.sentence === tokens[0]!.sentence,
  };
}

// ---- what several rules read, named once ----

/**
 * "Mok Kin-wai", "Seo Ji-hoon": three romanised syllables, the last two joined by a hyphen (the first may be a frequent
 * surname romanised otherwise: "Park Min-ji")
 */
/** "Head of Communications", "Director of Operations": a title over one field, a post inside a body, no body. */
const titleOverField = (p: Probe): boolean =>
  p.tokens.length === 3 && p.tokens[1]!.normal === 'of' && isTitle(p.tokens[0]!) && !has(p.tokens[2], 'Place', 'Country');

function romanisedName(text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,5}) (\p{Lu}\p{Ll}{1,5})[-\u2010\u2011](\p{L}\p{Ll}{1,5})$/u.exec(text);
  // (or the given name first, as English papers often write it: "Min-seo Baek"; a second surname may join the first:
  // "Ji-ho Seo-Lindqvist")
  const given =
    /^(\p{Lu}\p{Ll}{1,5})[-\u2010\u2011](\p{Ll}{1,5}) (\p{Lu}\p{Ll}{1,5})(?:[-\u2010\u2011]\p{Lu}\p{Ll}+)?$/u.exec(text);
  return !!m && (SYLLABLE.test(m[1]!) || isCommonSurname(m[1]!)) && SYLLABLE.test(m[2]!) && SYLLABLE.test(m[3]!)
    || !!given && SYLLABLE.test(given[1]!) && SYLLABLE.test(given[2]!)
      && (SYLLABLE.test(given[3]!) || isCommonSurname(given[3]!));
}

// a recall of goods by their count: "recalled 40,000 trucks", "is recalling about 1.2 million bottles"
const PRODUCT_RECALL_AFTER = new RegExp(
  '^ (?:(?:has|have|had|is|are|was|will|would) )?(?:recalled|recalling|recalls|recall) ' +
    '(?:about |some |nearly |almost |more than |over |another |an additional )?' +
    '(?:\\d[\\d,.]*(?: (?:million|thousand))?|(?:hundreds|thousands|millions) of)\\b' +
    '(?! (?:years?|months?|weeks?|days?|decades?|times?)\\b)',
);

// "Linford Medical Center": a centre of care or research is an institution, a shopping centre a place
const INSTITUTION_CENTRE = /\b(?:Medical|Trauma|Health|Cancer|Research|Detention|Data) (?:Center|Centre)$/;
// a district that is a public body, not a place: "the Northfield Unified School District", "Kelby Water District",
// "Kelby Fire Protection District", "Kelby Park District"
export const INSTITUTION_DISTRICT =
  /\b(?:School|Water|Fire|Sanitation|Irrigation|Utility|Transit|Protection|Hospital|Health|Park|Library|Port) District$/;
const orgHead = (p: Probe): boolean =>
  ORG_HEAD_WORDS.has(p.head) && !sportNamed(p) || INSTITUTION_CENTRE.test(p.span.text)
  || INSTITUTION_DISTRICT.test(p.span.text) || BROADCASTER_FIRST.test(p.span.text) || airlineName(p);
// an airline named "<name> Air" ("Kelby Air", "Tarvik Sun Air"); not a common word's air ("Fresh Air", "Clean Air")
// (nor the first of two things joined: "Kelby Air and Sea Museum"; not a head word of the span builder, which
// would cut that name in two)
const airlineName = (p: Probe): boolean =>
  p.head === 'air' && p.words.length <= 3 && !/^ (?:and|&) /.test(p.after)
  && p.words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isLexiconWord(w));
// a team named "… Racing" or "… Cycling" is named for its founder or sponsor; a common word before it names the
// sport ("Horse Racing"; "Track Cycling", "Road Cycling", every word before it a common one)
const sportNamed = (p: Probe): boolean => p.head === 'racing' && isLexiconWord(p.words.at(-2) ?? '')
  || p.head === 'cycling' && p.words.slice(0, -1).every(isLexiconWord);
// a broadcaster named by its medium first: "Radio Tarvik", "Radio Free Velkor", "Television Kelby", "Channel 7 News"
// (or a paper named by its kind first, as French, Spanish and Italian order it: "Gazette Provençale", "Diario Sur";
// or as English papers do: "Daily Kelby")
const BROADCASTER_FIRST = new RegExp(String.raw`^(?:(?:Radio|Television)(?: \p{Lu}[\p{L}'’-]+){1,3}|` +
  String.raw`Channel \d{1,3}(?: News)?|` +
  String.raw`(?:Gazette|Courrier|Diario|Jornal|Corriere|Gazeta|Daily)(?: (?:do|da|dos|das|de|del|della|di|du|des))?` +
  String.raw`(?: \p{Lu}[\p{L}'’-]+){1,2})$`, 'u');
const CAPITAL_PARTS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const hyphenedHead = (word: string): string | null => {
  const last = lastWord(word);
  return CAPITAL_PARTS.test(word) && (STREET_HEADS.has(last) || NOT_PERSON_HEADS.has(last)) ? word.toLowerCase() : null;
};
const thingHead = (p: Probe): boolean => NOT_PERSON_HEADS.has(p.head);
// words for a body that open its name in other languages: "Jamaat Nur al-Kelbi", "Partido Verde", "Banco Harvel"
// a company's legal form before its name, as Indonesian and Russian companies write it: "PT Kelbu Raya", "PJSC Tarvneft"
const COMPANY_FORM_FIRST = /^(?:PT|PJSC)$/;
const LEADING_BODY_WORDS = new Set([
  'jamaat', "jama'at", 'jamaah', 'jemaah', 'jamiat', 'harakat', 'hizb', 'jaish', 'lashkar', 'jabhat', 'tehreek', 'tehrik',
  'katibat', 'kataib', "kata'ib", 'liwa', 'saraya', 'tanzim', 'majlis', 'ittehad', 'ittihad', 'sipah',
  'partido', 'frente', 'ejército', 'ejercito', 'movimiento', 'fuerzas', 'grupo', 'banco', 'compañía', 'unión', 'parti',
  'mouvement', 'rassemblement', 'partito', 'movimento', 'partij', 'société', 'compagnie',
  // institutions, unions and firms of Spanish, Portuguese, French and Italian names: "Cooperativa dos Pescadores do
  // Kelbo", "Fondation Harvel", "Instituto Nacional de Tarvia"
  'instituto', 'institut', 'fundación', 'fundação', 'fondation', 'fondazione', 'asociación', 'associação', 'sindicato',
  'syndicat', 'confederación', 'confederação', 'federación', 'federação', 'fédération', 'cooperativa', 'coopérative',
  'companhia', 'universidad', 'universidade', 'université', 'università', 'agencia', 'agência', 'consejo',
  'conselho', 'conseil', 'comisión', 'comissão', 'comité', 'ministerio', 'ministério', 'ministère', 'secretaría',
  'sociedad', 'sociedade', 'società', 'união', 'hôpital', 'ospedale', 'escuela', 'escola', 'école', 'colegio', 'ligue',
  'clube', 'esporte', 'club',
  'asamblea', 'assembleia', 'assemblée', 'policía', 'polícia', 'alianza', 'aliança', 'observatorio',
  'observatório', 'observatoire', 'empresa', 'caixa', 'corporación', 'corporação', 'clínica', 'centro',
  // Spanish-speaking states' offices of oversight: "Defensoría de Kelbo", "Fiscalía General de Tarvia"
  'defensoría', 'fiscalía', 'procuraduría', 'contraloría', 'registraduría',
  // companies named by their trade first: "Minera Kelbo SA", "Constructora Tarvia", "Naviera del Sur"
  'minera', 'mineradora', 'constructora', 'construtora', 'naviera', 'petrolera', 'inmobiliaria', 'aseguradora',
  'financiera', 'distribuidora', 'editora',
  // Indonesian and Malay: "Partai Kelbu Raya", "Gerakan Hijau Tarvia", "Lembaga Survei Kelbu", "Yayasan Tarvik"
  'partai', 'gerakan', 'lembaga', 'yayasan', 'persatuan', 'pertubuhan', 'kesatuan', 'ikatan', 'jaringan', 'komisi',
  'dewan', 'majelis', 'badan',
  // universities of Indonesian, German and Dutch names: "Universitas Kelbu Raya", "Universität Tarnstadt"
  'universitas', 'universität', 'universiteit', 'hochschule',
  // banks and town halls of French, Portuguese and Spanish names: "Caisse d'Épargne de Tarvé", "Câmara de
  // Vereadores de Kelbo", "Prefeitura de Tarvia", "Ayuntamiento de Kelbo"
  'caisse', 'banque', 'câmara', 'cámara', 'prefeitura', 'mairie', 'ayuntamiento', 'guarda', 'guardia',
]);
// (the body's word second, after the word it is named for: "Union Coopérative des Pêcheurs de Tarvé", with a
// connector of those languages later)
const ROMANCE_CONNECTORS = new Set(['de', 'des', 'du', 'do', 'da', 'dos', 'das', 'del', 'della', 'di']);
const leadingBodyWord = (words: readonly string[]): boolean => LEADING_BODY_WORDS.has(words[0]!.toLowerCase())
  || words.length >= 4 && LEADING_BODY_WORDS.has(words[1]!.toLowerCase())
  && words.slice(2).some((w) => ROMANCE_CONNECTORS.has(w));
// a sports team so named: "Team Kelvaro", "Team Kelby Racing"; not a role ("Team Leader Ann Lee", "the Team Lead")
const namedTeam = (p: Probe): boolean => p.words[0] === 'Team' && !!p.tokens[1] && !isLexiconWord(p.tokens[1].text)
  && !isTitle(p.tokens[1])
  // (or a team that rescues or responds, named last: "Kelby Fells Rescue Team", "the Tarn Incident Response Team")
  || p.words.length >= 3 && p.words.at(-1) === 'Team' && SERVICE_TEAMS.test(p.words.at(-2)!);
const SERVICE_TEAMS = /^(?:Rescue|Response|Recovery|Relief|Emergency|Search|Support|Outreach)$/;
// a university's body whose name opens with it and a head of its own: "University College Kelby", "University Hospital
// Tarvik" (not "University Avenue")
const universityBody = (p: Probe): boolean =>
  p.words.length > 2 && (p.words[0] === 'University' && ORG_HEAD_WORDS.has(p.words[1]!.toLowerCase())
    // "Trinity College Dublin", "Kelby College London": a college and the city it stands in
    || /^(?:College|University)$/.test(p.words.at(-2)!) && lexiconTag(p.words.at(-1)!) === 'City');
/** "Ministry of Finance", "Northfield Board of Trade": a head word followed by "of" or "for" */
const ofHead = (p: Probe): boolean =>
  p.words.length > 2 && p.words.some((w, k) => k < p.words.length - 2
    && (OF_HEADS(w.toLowerCase()) && OF_OR_FOR.test(p.words[k + 1]!)
      // (a committee's charge: "the Senate Committee on Harbours, Trade, and Fisheries")
      || CHARGED_ON_HEADS.has(w.toLowerCase()) && p.words[k + 1] === 'on'))
  || legislativeChamber(p);
// "the House of Commons", "the House of Delegates": a chamber named by its members ("the House of Fraser" is a shop)
const legislativeChamber = (p: Probe): boolean =>
  p.words.length === 3 && p.words[0] === 'House' && p.words[1] === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(p.words[2]!);
// "the House of Commons", "the Centre for Policy Research": heads that name a body only before "of" or "for"
// (members by their trade too: "the Communications Workers of America", "the Harbour Teachers of Kelby")
const MEMBERS_BY_TRADE =
  new RegExp(`^${anyOf([...TRADE_PLURALS, 'workers', 'drivers', 'pilots', 'miners', 'employees'])}$`);
const OF_HEADS = (word: string): boolean => ORG_HEAD_WORDS.has(word) || /^(?:cent(?:er|re)s?)$/.test(word)
  || MEMBERS_BY_TRADE.test(word);
const compoundTail = (p: Probe): string | undefined => (p.single ? COMPOUND_NAME.exec(p.span.text)?.[1]?.toLowerCase() : undefined);
/** "Previously, an affiliate of...": a sentence's first word is no name */
const openingWord = (p: Probe): boolean =>
  !!p.span.initial && p.single && has(p.tokens[0], 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Verb', 'Adjective')
  && !has(p.tokens[0], 'ProperNoun');
// "Unison members": a body's members, inside a sentence ("Family members said" opens one with a common noun)
const MEMBERS_AFTER = /^ members\b/;
// an apposition that says whose the person is: ", my campaign manager,", ", his lawyer,"
const POSSESSED_APPOSITIVE_AFTER = /^, (?:my|his|her|our|their|your) [\p{Ll}-]+(?: [\p{Ll}-]+){0,2},/u;
// one who works there, after an article or "former": "a former Kelvane executive", "an Orbitek engineer"
// (the noun ends its phrase: "a Kelvane executive director" names an office, and whose it is may be a longer name)
const EMPLOYEE_AFTER = new RegExp(String.raw`^ (?:executive|employee|engineer|staffer|manager)` +
  String.raw`(?=[,.;:)!?]| (?:who|and|at|in|for|to|was|is|has|had|said|says|told)\b|$)`);
const EMPLOYEE_BEFORE = /(?:^|\s)(?:[Aa]n?|[Ff]ormer|[Ee]x-|[Aa] former|[Aa]n ex-) $/;
/** "Recalled fly-half Ann Lee": a sentence's first word may be a verb or adjective, capitalised anyway */
const commonFirstWord = (p: Probe): boolean => !!p.span.initial && p.single
  && (has(p.tokens[0], 'Verb', 'Adjective', 'Adverb') && !has(p.tokens[0], 'ProperNoun') || sectorWord(p.words[0]!));
// a legal form closing the name, not a place's word of two letters in title case ("the Namak Ab district")
const endsInLegalForm = (p: Probe): boolean => COMPANY_SUFFIXES.has(p.head) && !/^\p{Lu}\p{Ll}$/u.test(p.words.at(-1)!);
// a trade named by its verb's noun opens a sentence as any word does: "Banking shares fell", "Shipping rates rose"
const sectorWord = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && /^(?:Gerund|Singular|Uncountable)$/.test(lexiconTag(word.toLowerCase()) ?? '');
// the kind of medium, with its article, right before a name: "the newspaper X", "the broadcaster X"
const MEDIUM_KIND =
  'newspaper|tabloid|magazine|broadcaster|daily|weekly|news agency|news website|news site|publisher|journal';
const MEDIUM_BEFORE = new RegExp(
  `\\b(?:the|a|an) (?:(?:daily|weekly|monthly|local|national|state|online|news|financial|business|medical|scientific|` +
    `academic|peer-reviewed) )*(?:${MEDIUM_KIND}) $`, 'i',
);
// staff a firm employs, named right after the firm and before the person: "Tarvel analyst Ola Berg"
const FIRM_STAFF_AFTER = /^ (?:analyst|economist|strategist|chief economist|chief strategist)s? \p{Lu}/u;
// "Government spokesman Abdi Lee said": a common word for a body, capitalised only as it opens the sentence, names none
const genericBodyOpening = (p: Probe): boolean => !!p.span.initial && p.single && GENERIC_BODY.test(p.span.text);
/**
 * "a tally by the Kelby Conflict Monitor": a name of two words or more after "the" that ends its phrase is no person's,
 * who takes no article ("the Ann Lee film": before a noun the name is a modifier, and stays a person's)
 */
const theNameEndsPhrase = (p: Probe): boolean =>
  p.prev?.normal === 'the' && p.sameSentence(p.prev) && !p.single && !p.span.caps && !p.span.headline
  && !/^,? who\b/.test(p.after)
  && !(p.sameSentence(p.next) && /^\p{Ll}/u.test(p.next.text) && has(p.next, 'Noun') && !has(p.next, 'Verb'));
/** "the Herons, who won", "the Herons organisation": a plural name after "the" is a team or a group, never a person */
const pluralAfterThe = (p: Probe): boolean =>
  p.single && p.prev?.normal === 'the' && p.sameSentence(p.prev) && /\p{Ll}s$/u.test(p.span.text) && !isCommonSurname(p.span.text);
/** "Ann Lee said Harwell expects": after "said" a name that a verb follows is the reported clause's subject */
const clauseSubject = (p: Probe): boolean =>
  /\b(?:said|says) $/.test(p.before) && /^ \p{Ll}/u.test(p.after) && p.sameSentence(p.next) && /^\p{Ll}/u.test(p.next.text)
  && has(p.next, 'Verb') && !has(p.next, 'Preposition', 'Adverb');
/** "arrested Kelmont residents", "TikVox users": the name qualifies the noun after it, of which the context speaks */
export const qualifiesNounAfter = (p: Probe): boolean =>
  p.sameSentence(p.next) && /^\p{Ll}/u.test(p.next.text) && has(p.next, 'Noun')
  && !has(p.next, 'Verb', 'Date', 'Pronoun', 'Preposition', 'Adverb', 'Conjunction', 'Determiner');
// people named together after their plural: "openers Vedanth Murugesh and Tenzin Lhamo", "co-founders Maya Ortega
// and …" (not rivals or champions, which may be teams)
const PLURAL_PEOPLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:openers|batters|bowlers|strikers|defenders|` +
  String.raw`midfielders|forwards|wingers|team-?mates|co-?founders|brothers|sisters|siblings|cousins|twins|colleagues|` +
  String.raw`researchers|lawmakers|legislators|senators|councillors|ministers|judges|journalists|activists) $`, 'u');
const LIST_GOES_ON = /^(?:,| and) \p{Lu}/u;
/** "teenager Ann Lee", "his counterpart Ann Lee", but not "its rival Datavane" */
const personNounBefore = (p: Probe): boolean =>
  PLURAL_PEOPLE_BEFORE.test(p.before) && LIST_GOES_ON.test(p.after)
  || PERSON_NOUN_BEFORE.test(p.before) && !ITS_BODY_NOUN_BEFORE.test(p.before)
  // (the apposition ends in a comma: the long pattern runs only where one stands)
  || p.before.endsWith(', ') && (PERSON_NOUN_APPOSITION_BEFORE.test(p.before) || ownRoleBefore(p))
  || ownRoleBeforeGivenName(p);
// (or one's role told with "my" or "our": "Our producer there, Tove Karn, argued", "my agent, Ann Lee," — not a partner
// or an owner, which a body may be: "our partner, Kelby Bank,")
const OWN_ROLE_APPOSITION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|` +
  String.raw`[Yy]our) (?:[\p{Ll}-]+ )?(?<role>${ROLE_TEXT_HEAD_SOURCE})(?: there| here)?, $`, 'u');
// (or, with no comma, before a given name alone: "Our reporter Fergus is down by the river now")
const OWN_ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur) (?:[\p{Ll}-]+ )?` +
  String.raw`(?!(?:partner|owner|member) )${ROLE_TEXT_HEAD_SOURCE} $`, 'u');
const ownRoleBeforeGivenName = (p: Probe): boolean => p.single && OWN_ROLE_BEFORE.test(p.before)
  && isListedFirstName(p.words[0]!);
const ownRoleBefore = (p: Probe): boolean =>
  !/^(?:partner|owner|member)$/.test(OWN_ROLE_APPOSITION_BEFORE.exec(p.before)?.groups?.role ?? 'partner');
// one who takes another's office: "Olu Adeyemi replaced Chidi Okonkwo as chief executive" (both are people; a body
// may replace another "as the largest supplier", so the office decides)
const OFFICE_AS = String.raw`as (?:the |its |their )?(?:[\p{Ll}-]+ ){0,3}(?:chief|executive|president|chair|chairman` +
  String.raw`|chairwoman|head|leader|manager|coach|captain|director|minister|secretary|governor|mayor|editor|ceo|cfo)\b`;
const SUCCESSION = '(?:replaced|replaces|succeeded|succeeds|will replace|will succeed|is replacing|is succeeding)';
const SUCCESSION_AFTER = new RegExp(String.raw`^ ${SUCCESSION} (?:\p{Lu}[\p{L}'’.-]* ){1,3}${OFFICE_AS}`, 'u');
const SUCCESSION_BEFORE = new RegExp(String.raw`\b${SUCCESSION} $`);
const ROLE_AS_AFTER = new RegExp(String.raw`^ ${OFFICE_AS}`, 'u');
// a speaker's role in brackets opening a line, after a short label or none: "Q: (CHAIR) " (not a title put in brackets
// in a quotation: "let down by (Governor) Ruskin")
const LABEL_IN_BRACKETS_BEFORE = /(?:^|\n)[ \t]*(?:\p{Lu}{1,3}:[ \t]*)?[([][^()[\]\n]*[)\]][ \t]*$/u;
const personBefore = (p: Probe): boolean =>
  !pluralAfterThe(p) && p.sameSentence(p.prev)
  // (a speaker's label is no title of what is said: "The Chair: Thank you", "Q: (CHAIR) Welcome back"; nor a list's
  // last role the next name's: "Speakers: Ann Lee, Press Officer; Battalion Chief Tom Roe")
  // (nor a role's bracket the body it serves: "Ann Lee, council leader (Kelby Independents)")
  && (isTitle(p.prev) && !/[:;]/.test(p.prev.post) && !p.tokens[0]!.pre.includes('(')
    && !LABEL_IN_BRACKETS_BEFORE.test(p.before)
    || PERSON_CONTEXT_BEFORE.test(p.before) && !clauseSubject(p)
    || DONE_TO_PERSON_BEFORE.test(p.before) && !qualifiesNounAfter(p) || ROLE_APPOSITIVE_BEFORE.test(p.before)
    || OFFICE_OF_APPOSITIVE_BEFORE.test(p.before)
    || personNounBefore(p) || SUCCESSION_BEFORE.test(p.before) && ROLE_AS_AFTER.test(p.after)
    // (someone the speaker knows by a given name, after a possessive and a noun for a person: "my postdoc, Ilse,")
    || POSSESSED_PERSON_BEFORE.test(p.before) && /^,/.test(p.after)
    || nationalityAndDoerBefore(p));
// "Nigerian weightlifter Ada Obi": a nationality, then one who does something, before a name of two words or more
// (not a kind of business, "Dutch cell maker Voltera", "German carmaker Kelby Motors")
const DOER = /^\p{Ll}+(?:er|or|ist|ian)$/u;
const nationalityAndDoerBefore = (p: Probe): boolean => {
  const nationality = p.ctx.tokens[p.span.first - 2];
  return !p.single && !!p.prev && DOER.test(p.prev.text) && !isOrgKindNoun(p.prev.text)
    && !isDescribingKind(p.prev.text) && p.sameSentence(nationality) && has(nationality, 'Demonym')
    && p.prev.pre === '' && nationality.post === ' ';
};
// ("the group Saif-e-Kalam said": a kind of body right before the name is whose the speech is)
// a title in capitals set off after the name, as a list of participants gives it: "Ann Lee, Chief Financial Officer"
const TITLE_CASE_ROLE_AFTER = new RegExp(String.raw`^, (?:\p{Lu}[\p{L}-]+ ){0,3}` + anyOf(['Officer', 'President',
  'Director', 'Chairman', 'Chairwoman', 'Chair', 'Manager', 'Secretary', 'Minister', 'Editor', 'Professor', 'Counsel',
  ...CAPITALISED_PROFESSIONS]) + String.raw`(?=[,;.]|[ \t]*(?:\n|$))`, 'u');
const GIVEN_NAMES_ROLE_AFTER = new RegExp(`^[’']s (?:[\\p{Ll}-]+ ){0,2}${ROLE_TEXT_HEAD_SOURCE}, `, 'u');
// a label's name and outlet in brackets, as a transcript gives who asks: "Q (Ann Lee, Kelby Wire):"
// (a surname's particle too: "(Joost de Vaal, Kelby Growers):")
const LABEL_NAME_BEFORE = new RegExp(
  String.raw`\(\p{Lu}[\p{L}'’.-]+(?: (?:(?:${[...NAME_PARTICLES, 'al'].join('|')}) )?\p{Lu}[\p{L}'’.-]+){1,3}, $`, 'u');
// (or opening the line, set off by a comma: "Ann Lee, Kelby Wire: When is the launch?")
const LINE_LABEL_NAME_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, $/u;
// a transcript: an article with three lines or more that open with a speaker's label (maybe after the speaker's part in
// brackets, "[Host] Ann Lee:", or a time stamp, "[08:12] ANN LEE:", or with one after the name, "Ann Lee (Chair):")
const LABEL_PART = String.raw`(?:\[(?:[\p{L} ]{1,20}|[\d:.]{4,12})\][ \t]*)?`;
const SPEAKER_LABEL_LEAD = new RegExp(String.raw`^[ \t]*${LABEL_PART}$`, 'u');
const LABEL_LINE =
  new RegExp(String.raw`^[ \t]*${LABEL_PART}${SPEAKER_LABEL_WORDS}(?: \([^()\n]{1,30}\))?:[ \t]+\S`, 'gmu');
const TRANSCRIPT_LABELS = 3;
const labelLines = new WeakMap<Context, number>();
const isTranscript = (ctx: Context): boolean => {
  let n = labelLines.get(ctx);
  if (n === undefined) labelLines.set(ctx, n = ctx.text.match(LABEL_LINE)?.length ?? 0);
  return n >= TRANSCRIPT_LABELS;
};
// a speaker's body, party or outlet in brackets after the speaker's full name in a transcript's label, as a
// committee's record gives them: "Ann Lee (Kelby Labour): Thank you, Chair." — not a part, "Ann Lee (Chair):", nor a
// place spoken for, "Ann Lee (Norland):", nor a speaker named in brackets after a part in capitals, "GUEST (Ann Lee):")
const LABEL_FULL_NAME_BEFORE = /(?:^|\n)[ \t]*\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}\p{Ll}[\p{L}'’.-]*){1,3} \($/u;
const PARTS_IN_A_TRANSCRIPT =
  /^(?:Host|Co-host|Guest|Moderator|Interviewer|Presenter|Anchor|Caller|Reporter|Witness|Chair)$/i;
const speakerBodyInBrackets = (p: Probe): boolean => LABEL_FULL_NAME_BEFORE.test(p.before)
  && /^\)[ \t]*:[ \t]/.test(p.after) && !p.tokens.some(isTitle) && !has(p.tokens[0], 'Place', 'Country', 'City')
  && !isFirstName(p.tokens[0]!)
  && !PARTS_IN_A_TRANSCRIPT.test(p.span.text) && isTranscript(p.ctx);
const questionerOutlet = (p: Probe): boolean => LABEL_NAME_BEFORE.test(p.before) && /^\)[ \t]*:/.test(p.after)
  // (a caller's label gives the town called from: "CALLER (ANN LEE, KELBY):")
  && !CALLER_BRACKET_BEFORE.test(p.before)
  // (not a title, nor one word but an acronym, which may be a caller's town: "Tom Keogh, Limerick:")
  || LINE_LABEL_NAME_BEFORE.test(p.before) && /^:[ \t]/.test(p.after) && p.words.length <= 4
    && (!p.single || ACRONYM_SHAPE.test(p.span.text)) && !isOfficeOnly(p.tokens) && !titleOverField(p);
const CALLER_BRACKET_BEFORE = /\b(?:CALLER|Caller|LISTENER|Listener|VIEWER|Viewer)[ \t]*\([^()\n]*, $/;
// a speaker's label of a name and the body spoken for, opening the line: "Ann Lee, Kelby Wire: When is the launch?"
const SPEAKER_AND_BODY_AFTER = /^, \p{Lu}[^,:\n]{0,40}:[ \t]/u;
// (or a question's label with the asker and the outlet in brackets: "Q (Ann Lee, Kelby Wire): Is it open?")
const QUESTION_LABEL_OPENING = /^[ \t]*(?:Q|QUESTION|Question)[ \t]*\($/;
const ASKER_AND_OUTLET_AFTER = /^, \p{Lu}[^,:()\n]{0,40}\)[ \t]*:/u;
const speakerAndBody = (p: Probe): boolean =>
  /^[ \t]*$/.test(p.lead) && SPEAKER_AND_BODY_AFTER.test(p.after);
// (the parse may read the asker and the outlet as a town and its region: the label says they are a person)
const askerAndOutlet = (p: Probe): boolean => !p.single && QUESTION_LABEL_OPENING.test(p.lead)
  && ASKER_AND_OUTLET_AFTER.test(p.after) && !has(p.tokens[0], 'Organization', 'Acronym') && !thingHead(p);
// a speaker's label of a full name, opening a line (maybe after the speaker's part in brackets), then what is said:
// "Tove Quarn: We started in 2019.", "[Host] Tove Quarn: Good morning"
// (its first word a given name or no word of the language: not "Good Morning:", "Closing Remarks:")
// (in a transcript, one with three labels or more: a web page's "Previous Story:" or a hotline's name is no speaker;
// nor is its title line's opening: "Panel Transcript: …", "Kelby This Morning: …")
// (in capitals only where a given name opens it: "TOVE KARN: And the red card?", not "CROSS EXAMINATION:")
const capsGivenName = (p: Probe): boolean => p.words.length <= 3 && isCapsGivenName(p.words[0]!);
/** "KOFI": a word in capitals that, written as a name, is a listed given name. */
const isCapsGivenName = (word: string): boolean => isListedFirstName(titleCased(word));
// (the speaker's body maybe in brackets before the colon: "TOVE KARN (Kelby Gazette): When?")
// (a label in capitals that ends in a part played is no one's name: "CASE PRESENTER:")
const speakerLabel = (p: Probe): boolean => !p.single && p.words.length <= 4
  && SPEAKER_LABEL_LEAD.test(p.lead) && /^(?: \([^()\n]{1,40}\))?:[ \t]+\S/.test(p.after)
  && (!/^[\p{Lu}\s'’.-]+$/u.test(p.span.text) || capsGivenName(p) && !SPEAKER_LABEL_WORD.test(p.words.at(-1)!))
  && (isFirstName(p.tokens[0]!) || !isLexiconWord(p.words[0]!))
  && !orgHead(p) && !ofHead(p) && !p.tokens.some(isTitle) && !isOfficeOnly(p.tokens)
  && p.ctx.text.lastIndexOf('\n', p.span.start) >= 0 && isTranscript(p.ctx);
// a transcript's speaker named in brackets after the part they play: "ANCHOR (TOM ROE):", "Host (Ann Lee):"
// (a timecode may open the line: "[08:06:34] CALLER (ANN LEE, KELBY):")
const ROLE_BRACKET_LEAD = new RegExp(String.raw`^[ \t]*${LABEL_PART}(?:ANCHOR|CO-ANCHOR|HOST|CO-HOST|PRESENTER|` +
  String.raw`MODERATOR|INTERVIEWER|NARRATOR|GUEST|CALLER|WITNESS) \($`, 'iu');
const speakerInRoleBrackets = (p: Probe): boolean => p.words.length <= 4 && ROLE_BRACKET_LEAD.test(p.lead)
  && (/^\):/.test(p.after) || callerAndTown(p));
// (a caller's name, maybe a given name alone, then the town called from: "CALLER (MAIRA, KELBY):")
const CALLER_BRACKET_LEAD =
  new RegExp(String.raw`^[ \t]*${LABEL_PART}(?:CALLER|Caller|LISTENER|Listener|VIEWER|Viewer) \($`, 'u');
const callerAndTown = (p: Probe): boolean => CALLER_BRACKET_LEAD.test(p.lead) && /^, [^,()\n]{1,40}\):/.test(p.after);
// a header line's name, a dash and the role: "Ann Lee — chief forecaster, Kelby Met Office"
const DASH_AFTER = /^ [-\u2013\u2014] /u;
const roleAfterLineDash = (p: Probe): boolean =>
  /^[ \t]*$/.test(p.lead) && DASH_AFTER.test(p.after) && ROLE_APPOSITIVE_AFTER.test(`, ${p.after.slice(3)}`);
const CALLER_PUT_THROUGH_AFTER = /^(?:[’']s| is) (?:calling|on the line) (?:from|in) \p{Lu}/u;
// a model told with its number after "a": "bought a Tarvo Calor 28 from" (a person takes no "a" and number)
const A_BEFORE = /(?:^|[^\p{L}])(?:a|an) $/u;
const MODEL_NUMBER_AFTER = /^ \d{1,4}[A-Za-z]?(?![\d,.:%-])(?! (?:per ?cent|percent|years?|people|minutes?|hours?)\b)/;
const modelNumbered = (p: Probe): boolean => A_BEFORE.test(p.before) && MODEL_NUMBER_AFTER.test(p.after);
// a body's branch in a country: nouns, the first a common one, then the country's name ("Shopper Forum Kenya", "Tourism
// Chile"; not a place's own words, "North Korea", "New Zealand", which the parse reads as a place or an adjective)
const nationalBranch = (p: Probe): boolean => p.tokens.length >= 2 && p.tokens.length <= 4
  && has(p.tokens.at(-1), 'Country') && !has(p.tokens[0], 'ProperNoun')
  && p.tokens.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)
    && has(t, 'Noun') && !has(t, 'Place', 'Adjective', 'Person', 'FirstName', 'Demonym'));
const personAfter = (p: Probe): boolean =>
  !pluralAfterThe(p)
  && (PERSON_CONTEXT_AFTER.test(p.after) || ROLE_APPOSITIVE_AFTER.test(p.after) || SUCCESSION_AFTER.test(p.after)
    || JOB_AT_AFTER.test(p.after)
    || TITLE_CASE_ROLE_AFTER.test(p.after) || roleAfterLineDash(p)
    || PERSON_NOUN_APPOSITIVE_AFTER.test(p.after) || subjectOfWhatBefallsPeople(p) || photoCredit(p)
    || creditAfterOutlet(p)
    || !!p.span.memberOf)
  && !(p.sameSentence(p.prev) && ORG_NOUN_BEFORE.test(p.before))
  // ("when the Green Left asked me": a person's name takes no article)
  && !(p.prev?.normal === 'the' && p.sameSentence(p.prev));
// a body's officer with a capitalised title, then the officer's name: "Harbour's Shadow Health Secretary Ann Ruiz"
const TITLED_MEMBER_AFTER = new RegExp(String.raw`^[’']s (?:\p{Lu}[\p{L}-]+ ){0,3}(?:Secretary|Minister|Director|` +
  String.raw`Chairman|Chairwoman|Chair|President|Spokesman|Spokeswoman|Spokesperson|Leader|Chief Executive|CEO|Officer|` +
  String.raw`Manager|Editor)(?= \p{Lu})`, 'u');
const CURRENCY_SUM_AFTER = /^ ?(?:\d{1,3}(?:[.,]\d+)+|\d[\d,.]*\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)/;
// what a service of worship follows: "said Mass", "at Sunday Mass", "a funeral Mass"
const MASS_BEFORE = new RegExp(String.raw`\b(?:said|say|says|saying|celebrated?|celebrates|celebrating|attended|` +
  String.raw`attends?|attending|hold|holds|held|at|after|before|during|for|to|from|Sunday|Saturday|evening|morning|` +
  String.raw`midnight|` +
  String.raw`funeral|requiem|daily|the|a) $`, 'i');
// a photograph's credit's label: "Photo", "Pictures by", "Credit"
const CREDIT_LABEL = String.raw`(?:Photo(?:graph)?|Picture|Image|Credit)s?(?: by)?`;
// a photograph's credit in brackets up to its photographer and the slash: "(Photo: Ann Lee/"
const PHOTO_CREDIT_SLASH_BEFORE = new RegExp(String.raw`\(${CREDIT_LABEL}:? [\p{L}'’. -]{2,60}\/$`, 'iu');
// (or a credit's line, the agency closing it: "Photos: Ann Lee/Kelby Images"; not a photographer after the outlet,
// "Picture: Kelby Newswire/Ann Lee")
const bodyBeforeSlash = (lead: string): boolean =>
  ORG_HEAD_WORDS.has(/([\p{L}'’.-]+)\/$/u.exec(lead)?.[1]?.toLowerCase() ?? '');
// (the slash may be spaced: "Picture: Ann Lee / Kelby Images")
const PHOTO_CREDIT_LINE_BEFORE = new RegExp(String.raw`(?:^|[.;] )${CREDIT_LABEL}: [\p{L}'’. -]{2,60}\/ ?$`, 'u');
// a photographer's credit: "Ann Lee/Reuters", a name and the agency the picture is from
// (or any agency's name in brackets closing a caption: "(Kees van der Linden/ANP)")
const AGENCY_CLOSING_CREDIT = /^\/\p{Lu}[\p{L}&.-]{1,15}(?: \p{Lu}[\p{L}&.-]{1,15}){0,3}\)/u;
// (or after a credit's label, the agency closing the line: "Photos: Ann Lee/Kelby Picture Agency"; not the outlet
// before its photographer: "Picture: Kelby Newswire/Ann Lee")
// (the slash maybe spaced: "Photo: Ann Lee / Kelby Picture Agency")
const photoCredit = (p: Probe): boolean => {
  const after = p.after.replace(SPACED_SLASH, '/');
  return !p.single && after.startsWith('/')
    && (opensWithOutlet(after.slice(1)) || p.ctx.text[p.span.start - 1] === '(' && AGENCY_CLOSING_CREDIT.test(after)
      || CREDIT_LABEL_LEAD.test(p.lead) && AGENCY_CLOSING_LINE.test(after) && !ORG_HEAD_WORDS.has(p.head));
};
const SPACED_SLASH = /^ \/ /;
/** A credit's label, opening its line or a sentence, just before a name: "Photos: ", "… today. Picture: ". */
export const CREDIT_LABEL_LEAD = new RegExp(String.raw`(?:^|\n|[.;] )${CREDIT_LABEL}: ?$`);
const AGENCY_CLOSING_LINE = /^\/\p{Lu}[\p{L}&.-]{1,15}(?: \p{Lu}[\p{L}&.-]{1,15}){0,3}[ \t]*(?:\n|$)/u;
// (or after the outlet, closing a caption: "(Kelby Herald/Ann Lee)", "KELBY NEWS/Ann Lee" at a line's end)
// (or an agency's acronym: "Kelby harbour at dawn. KNA/Ann Lee")
const OUTLET_SLASH_BEFORE = new RegExp(String.raw`\b(?:${PUBLICATION_HEADS.join('|')})\/$`, 'i');
const ACRONYM_SLASH_BEFORE = /\b[A-Z]{2,6}\/$/;
export const isCreditAfterOutlet = (text: string, start: number, end: number): boolean => text[start - 1] === '/'
  && [OUTLET_SLASH_BEFORE, ACRONYM_SLASH_BEFORE].some((outlet) =>
    outlet.test(text.slice(Math.max(0, start - 20), start)))
  && closesCaption(text, end)
  && !/^[\p{Lu}\s'’.-]+$/u.test(text.slice(start, end));
const creditAfterOutlet = (p: Probe): boolean => !p.single && p.words.length <= 3
  && isCreditAfterOutlet(p.ctx.text, p.span.start, p.span.end);
// (not after a preposition or a noun's words: "a woman in Ndavara was killed", "our K-9 was injured" tell of another)
const subjectOfWhatBefallsPeople = (p: Probe): boolean =>
  ONLY_PEOPLE_PASSIVE_AFTER.test(p.after) && !/\d/.test(p.span.text)
  && !(p.sameSentence(p.prev) && has(p.prev, 'Preposition', 'Determiner', 'Adjective', 'Noun'));
/**
 * "Harwell Air Accident Investigation Branch": four words or more, two of them capitalised words of the language, name
 * a body (particles in lower case are a person's: "Rafael van der Berg")
 */
const wordyBody = (p: Probe): boolean =>
  p.words.length >= 4 && p.words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && isLexiconWord(w)).length >= 2;
/** "the Premier Division": after "the", a title and one word no list or parse calls a person's name, name a thing */
const titledThing = (p: Probe): boolean =>
  p.prev?.normal === 'the' && p.sameSentence(p.prev) && p.words.length === 2 && isTitle(p.tokens[0]!) && !orgHead(p)
  && !isFirstName(p.tokens[1]!) && !has(p.tokens[1], 'Person', 'FirstName', 'LastName');
// a work or a ship named right after its kind: "her novel Mara Lost", "the film Golden Hour", "the ship Ever Bright";
// not the maker of a work, a relative clause's subject ("the song Ann Lee wrote")
// (no word that is as often a verb before its object: "will play Kelby Rovers")
const WORK_BEFORE = rx('i')`\b(?:novel|song|album|film|movie|book|memoir|musical|documentary|painting|poem|opera|
  ship|vessel|yacht|tanker|frigate|destroyer|submarine|ferry|boat|trawler|barge|freighter|liner|warship|catamaran|
  schooner|dhow) $`;
const MAKER_AFTER =
  /^ (?:wrote|writes|directed|directs|composed|sang|sings|recorded|produced|painted|made|released|stars)\b/;
// a model by its year, owned or one of many: "a yellow 1977 Kelby Marquis", "her 2015 Velkor Civic" ("the 2018 X …"
// is as often an event a body runs)
const MODEL_YEAR_BEFORE = /\b(?:an?|his|her|their|my|our) (?:[\p{Ll}-]+ )?(?:19|20)\d\d $/u;
// stadiums named with the word first, in the languages that do so: "Stade Lucien-Borde", "Estadio Rafa Ortiz"
const STADIUM_FIRST = /^(?:Stade|Estadio|Estádio|Stadio|Stadion)$/;
// streets and squares named with the word first, in the languages that do so: "Calle del Correo", "Rua das Flores"
export const STREET_FIRST =
  /^(?:Calle|Carrer|Avenida|Paseo|Camino|Plaza|Praça|Rua|Largo|Rue|Via|Viale|Piazza|Corso|Strada)$/;
/** A span of two words or more that starts with a first name and ends in no place, body or thing. */
const SAID_RIGHT_AFTER = /^ (?:said|says|told|added|asked|wrote)\b/;
// (what one is welcomed back to is a show or a place: "Welcome back to Night Desk on Kelby FM")
const WELCOME_TO_BEFORE = /\b[Ww]elcome (?:back )?to $/;
export const firstNamed = (p: Probe): boolean =>
  !p.single && isFirstName(p.tokens[0]!) && !STREET_FIRST.test(p.words[0]!) && !WELCOME_TO_BEFORE.test(p.before)
  // (a place's or a body's word joined to a surname by a hyphen is a second surname: "Lorna Dempsey-Vale")
  && (doubleBarrelled(p) ? !has(p.tokens[1], 'Place', 'Organization')
    : (!has(p.tokens.at(-1), 'Place', 'Organization') || placeAsSecondSurname(p))
    // (a thing's word in the singular that is a frequent surname too, a speech verb after it: "Ingrid Vale said")
    && (!thingHead(p) || p.tokens.length === 2 && isCommonSurname(p.words[1]!) && !/s$/.test(p.words[1]!)
      && SAID_RIGHT_AFTER.test(p.after)))
  && !/^[A-Z]{2,}$/.test(p.words.at(-1)!)
  && !wordyBody(p)
  // "Harwell General" (a hospital): a name ends in no title, unless the title is also a frequent surname ("Major")
  && !(isTitle(p.tokens.at(-1)!) && !isCommonSurname(p.words.at(-1)!));
// ("homes in Kendra and Rose Hill": no couple sharing a surname: a given name alone after "in" or "near" is where,
// as "in Jordan", "near Florence")
const lonePlaceAfterIn = (p: Probe): boolean => p.single && (p.prev?.normal === 'in' || p.prev?.normal === 'near')
  && p.sameSentence(p.prev) && !/^[’']/u.test(p.after);
// "Kelmont's " before a site's name, and the kind of site after it (another site's name may come between: "Ostby and
// Lundmark sites")
const OWNERS_POSSESSIVE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}&-]*['’]s $/u;
const SITE_AFTER = new RegExp(`^(?: and \\p{Lu}[\\p{L}-]+)? (?:${alternation(['site', 'sites', 'plant', 'plants', 'factory',
  'factories', 'hospital', 'hospitals', 'campus', 'depot', 'depots', 'mine', 'mines', 'warehouse', 'warehouses', 'works',
  'yard', 'yards', 'terminal', 'terminals', 'refinery', 'smelter', 'mill', 'mills', 'store', 'branch'])})\\b`, 'u');
// ("Marcela Pereira Valencia, Kelby Post": a town's name as the second of two frequent surnames after a given name)
const placeAsSecondSurname = (p: Probe): boolean => p.tokens.length === 3 && isCommonSurname(p.words[1]!)
  && !has(p.tokens[1], 'Place', 'Organization') && isCommonSurname(p.words[2]!)
  && !has(p.tokens[2], 'Organization', 'Country', 'Region');
// "Harold and June Whitaker": two given names before one surname, a couple or siblings
const PAIR_SHARING_SURNAME_AFTER = /^ and (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}[\p{L}'’-]*(?! (?:and|&|of)\b)(?! \p{Lu})/u;
const givenNameOfPair = (p: Probe): boolean => {
  const pair = p.single && p.sameSentence(p.next) ? PAIR_SHARING_SURNAME_AFTER.exec(p.after) : null;
  return !!pair && !lonePlaceAfterIn(p) && isListedFirstName(p.span.text) && isListedFirstName(pair[1]!)
    && !has(p.tokens[0], 'Place')
    && !isPlaceName(p.span.text) && !PLACE_LEXICON_TAGS.has(lexiconTag(p.span.text) ?? '');
};
/**
 * "Tom Hall said", "Lena Marsh, who runs the clinic": compromise tags a frequent surname that is also a place's last
 * word (hall, hill, marsh, lane, woods) a place; a given name before it, in a person's context, is a person
 * (not before a word that names a place or an event alone: park, street, station).
 */
const firstNamedPlaceSurname = (p: Probe): boolean =>
  (p.tokens.length === 2 || doubleBarrelled(p)) && (p.tokens[0]!.tags.has('FirstName') || FIRST_NAMES.has(p.words[0]!))
  && has(p.tokens.at(-1), 'Place') && !p.tokens.some((t) => has(t, 'Organization', 'Country', 'City', 'Region'))
  // (a word that names a place alone, "Park", is a surname only where what follows speaks of a person: "Lena Park said")
  && (!PLACE_OR_EVENT_HEADS.has(p.head) || personAfter(p) && !GIVEN_NAME_BLOCKERS.has(p.words[0]!))
  && isCommonSurname(p.tokens.at(-1)!.text);
const placeAfterIn = (p: Probe): boolean => p.prev?.normal === 'in' && p.sameSentence(p.prev) && p.tokens.length === 2
  && !has(p.tokens[0], 'FirstName') && !isCommonSurname(p.tokens[1]!.text) && !/^[’']/u.test(p.after);
const PERSONS_OWN_KIND_BEFORE = /\b(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er) [\p{Ll}-]+,? $/u;
const OUR_OWN_KIND_BEFORE = /\b(?:[Oo]ur|[Tt]heir) [\p{Ll}-]+,? $/u;
// a questioner's label opening the line, a time stamp before it, a short greeting after it: "[00:12] Q: Thanks. "
const QUESTIONER_OPENING = new RegExp(String.raw`^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?` +
  String.raw`(?:QUESTION|Q|REPORTER|JOURNALIST|AUDIENCE MEMBER|CALLER|QUESTIONER)\.?:[ \t]*` +
  String.raw`(?:[^.!?\n]{0,30}[.!?][ \t]+)?$`);
const questioner = (p: Probe): boolean => QUESTIONER_OPENING.test(p.lead) && /^, \p{Lu}/u.test(p.after);
// "Jodie Kwarteng-Hall": a given name, then two surnames joined by a hyphen
const doubleBarrelled = (p: Probe): boolean =>
  p.tokens.length === 3 && p.tokens[1]!.post + p.tokens[2]!.pre === '-' && /^\p{Lu}/u.test(p.tokens[2]!.text);
/** a title or person noun right before ("representative Lena Marsh"), or speech, age or "who" after, but not after a
 * preposition ("the mayor of Virginia Beach said") */
const nearPersonWord = (p: Probe): boolean =>
  !pluralAfterThe(p) && !(p.sameSentence(p.prev) && has(p.prev, 'Preposition'))
  && (p.sameSentence(p.prev) && isTitle(p.prev) || personNounBefore(p) || personAfter(p));
/**
 * "said K Annavel, a forecaster", "M K Selvan said": an initial with no full stop, as South Asian names are often
 * written, where a person's context speaks (no "A" or "I"; "E Street" and "B Company" have a thing's last word)
 */
const undottedInitial = (p: Probe): boolean =>
  /^[B-HJ-Z]$/.test(p.words[0]!) && !isInitial(p.ctx, p.tokens[0]!) && !p.span.caps
  && (PERSON_CONTEXT_BEFORE.test(p.before) || PERSON_CONTEXT_AFTER.test(p.after) || ROLE_APPOSITIVE_AFTER.test(p.after)
    || p.sameSentence(p.prev) && personNounBefore(p));
// ("stopped by Norwegian soldiers": a nationality alone is no name)
// "a novel by", "a film directed by": whoever made a work, when two words or more name them ("an album by" one
// word may name a band)
// a byline's writer: "By Ann Lee" on a line of its own, or before where they write from or for ("By Ann Lee, Kelby
// University"); not a sentence opening "By Kelby Council's count, …"
const byline = (p: Probe): boolean => p.words.length <= 3 && /(?:^|\n)[ \t]*By $/.test(p.before)
  && /^(?:[ \t]*(?:\n|$)|(?:,| [|\u2013\u2014])[^\n,]{1,60}(?:\n|$)| and \p{Lu}[^\n]{1,40}(?:\n|$))/u.test(p.after)
  && !orgHead(p);
const WORK_BY_BEFORE = new RegExp(`\\b(?:${anyOf(['books?', 'novels?', 'memoirs?', 'biography', 'poems?', 'poetry',
  'collections? of (?:poems|stories|essays)', 'collections?', 'essays?', 'short stories', 'songs?', 'films?', 'movies?',
  'documentar(?:y|ies)', 'plays?', 'paintings?', 'portraits?', 'sculptures?', 'photographs?', 'photos?', 'drawings?',
  'op-eds?', 'columns?'])} by|(?:written|directed|composed|painted|illustrated|narrated|co-written|authored) by) $`, 'i');
// "my postdoc, ", "our lead programmer, ": a person's noun after a possessive (not a business's: "our supplier, ")
const POSSESSED_PERSON_NOUNS = 'postdoc|friend|colleague|boss|coach|neighbou?r|mentor|assistant|student|aide|intern|' +
  'trainee|apprentice|nurse|medic|volunteer|deputy';
// a noun for a person, no business's role: "postdoc", "lead programmer" (not "supplier")
const PERSON_NOUN_AFTER_DETERMINER = String.raw`(?: [a-z-]+)? ` +
  String.raw`(?!(?:supplier|partner|customer|client|buyer|lender|insurer|provider|carrier|retailer|manufacturer|` +
  String.raw`producer|distributor|publisher|developer|operator|employer|owner|competitor|sponsor|parent)\b)` +
  String.raw`(?:[a-z-]+(?:er|or|ist|ian)|${POSSESSED_PERSON_NOUNS}), $`;
const POSSESSED_PERSON_BEFORE =
  new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)` + PERSON_NOUN_AFTER_DETERMINER);
const SPEAKER_ROLE_BEFORE = /\b(?:spokes(?:man|woman|person)|leader|commander|chief|deputy|founder) $/;
const EMPLOYER_BEFORE = /\b(?:employed (?:at|by)|(?:worked|works|working) (?:at|for)) $/;
// (nor where one named before it is: "our producer Ossan at Kelby Audio, who set up the microphones")
const NAME_AT_BEFORE = /\p{Ll} \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? at $/u;
const SPEAKER_LABEL_AFTER = /^(?::|\s\([^()]{1,40}\):)/;
// (one the lexicon may not hold: "CALLER (ANN, KELBY):")
const SPEAKER_LABEL_WORD = /^(?:CALLER|LISTENER|VIEWER|PRESENTER|MODERATOR|INTERVIEWER|NARRATOR|PANELLIST|PANELIST)$/;
/**
 * Whether two or three capitals that label a speaker's turns are the initials of a name the text gives: "RB" of "Rita
 * Boyle".
 */
function initialsOfNamed(ctx: Context, letters: string): boolean {
  if (!initialLabels(ctx).has(letters)) return false;
  // (a capital inside the surname too: "SM" of "Sorcha MacNeill")
  const words = [...letters].map((l) => `${l}\\p{Ll}[\\p{L}'’-]*`).join('(?: \\p{Lu}\\.)? ');
  // (or a legend that says whose they are: "TOV = Tomas Orre-Vik", "AN = Anwar")
  return new RegExp(`(?<![\\p{L}])(?:${words}(?![\\p{L}])|${letters} ?= ?\\p{Lu})`, 'u').test(ctx.text);
}
// a caption's label opening the line ("SUPER: ", "CAPTION: ", "LOWER THIRD: "), and a dash and a role after the name
const CAPTION_LABEL_LEAD = /^[ \t]*\p{Lu}[\p{Lu} ]{1,20}:[ \t]+$/u;
// (a post-nominal may come first: "Ifeyinwa Kelbu-Marr MP — Minister")
const CAPTION_DASH_ROLE = /^(?: \p{Lu}{2,3})? [—–-] ([^\n,—–]{2,60})/u;
const captionRole = (after: string): boolean => {
  const role = CAPTION_DASH_ROLE.exec(after)?.[1];
  return role !== undefined && isLabelRole(role);
};
// kin called by a possessive, a name beside them between commas
const KIN_NOUN = String.raw`(?:my|me|his|her|our|their|your)(?: late| eldest| youngest| older| younger| little| baby)? ` +
  String.raw`(?:son|daughter|wife|husband|brother|sister|father|mother|dad|da|mum|mam|mom|granddaughter|grandson|` +
  String.raw`grandmother|grandfather|grandma|grandpa|gran|nan|nephew|niece|cousin|uncle|aunt|auntie)`;
const KIN_APPOSITIVE_AFTER = new RegExp(String.raw`^, ${KIN_NOUN}(?:,| (?:who|and)\b)`, 'iu');
const KIN_APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${KIN_NOUN}, $`, 'iu');
/**
 * "Interviewer: Greta Vossel (GV)": a given name and a surname, their initials in brackets, as a transcript labels
 * their turns ("GV: …"; not "Kelby Flight Centre (KFC)").
 */
// (the given name listed, whatever the parse tags it: "Nora Heath" may read as a place)
// (a given name no list holds too, where every word has a name's shape: "Arvind Pal Sethi (APS)" and "APS:")
// (or, with a listed given name first and no labels, the name's capitals in order as minutes use them in running text:
// "Mira Quell-Ostrand (MQO) … MQO moved", "Tom K. Lund Jr. (TKL)")
const initialsOfPerson = (p: Probe, acronym: string): boolean => p.tokens.length <= 5
  && !p.tokens.some((t) => ORG_HEAD_WORDS.has(t.normal))
  && (p.tokens.length <= 3 && (isListedFirstName(p.words[0]!) || p.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    && initialLabels(p.ctx).has(acronym) && acronym === p.words.map((w) => w[0]).join('')
    // (a body of four words or more may open with a given name: "West Calder Grain Millers (WCGM)"; a person's
    // initials and generation are no more words: "Ivo K. Pelka Jr. (IKP)")
    || p.words.filter((w) => !INITIAL_OR_GENERATION.test(w)).length <= 3 && isListedFirstName(p.words[0]!)
      && acronym.length <= 4 && acronym[0] === p.words[0]![0]
      && capitalsInOrder(acronym, p.span.text) && noCommonWordAfterFirst(p.words));
const ESQUIRE_AFTER = /^, (?:ESQ|Esq)\.?(?=[,;\s]|$)/;
const INITIAL_OR_GENERATION = /^(?:\p{Lu}\.?|Jr\.?|Sr\.?|I{2,3}|IV)$/u;
// (a place or a body named after a person has common words after the given name: "Kennedy Space Center (KSC)")
const noCommonWordAfterFirst = (words: readonly string[]): boolean =>
  words.slice(1).every((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || !isLexiconWord(w));
// a name right before the bracket that holds the span: capitalised words and the particles between them
const NAME_BEFORE_BRACKET =
  /(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|da|de|van|von|di|del|la|le|du|dos|das|bin|al)){1,5}) \($/u;
const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,4})\)/gu;
const personInitialsRead = new WeakMap<Context, ReadonlySet<string>>();
/** The initials an article gives in brackets right after a person's name, read once an article (most have none). */
function personInitials(ctx: Context): ReadonlySet<string> {
  let found = personInitialsRead.get(ctx);
  if (found) return found;
  const initials = new Set<string>();
  for (const m of ctx.text.matchAll(INITIALS_IN_BRACKETS)) {
    const name = NAME_BEFORE_BRACKET.exec(ctx.text.slice(Math.max(0, m.index - 80), m.index + 1))?.[1];
    if (name && isListedFirstName(name.split(' ')[0]!) && m[1]![0] === name[0] && capitalsInOrder(m[1]!, name)
      && !name.split(' ').some((w) => ORG_HEAD_WORDS.has(w.toLowerCase())) && noCommonWordAfterFirst(name.split(' '))) {
      initials.add(m[1]!);
    }
  }
  personInitialsRead.set(ctx, (found = initials));
  return found;
}
/** Whether every letter of the acronym is one of the name's capitals, in order. */
const capitalsInOrder = (acronym: string, name: string): boolean => {
  let k = 0;
  for (const letter of name.match(/\p{Lu}/gu) ?? []) if (letter === acronym[k]) k++;
  return k === acronym.length;
};
// the labels of two or three capitals that open an article's lines, read once an article (most have none)
const INITIALS_LABEL = /^[ \t]*(\p{Lu}{2,3}):/gmu;
const initialLabelsRead = new WeakMap<Context, ReadonlySet<string>>();
function initialLabels(ctx: Context): ReadonlySet<string> {
  let labels = initialLabelsRead.get(ctx);
  if (!labels) initialLabelsRead.set(ctx, (labels = new Set(Array.from(ctx.text.matchAll(INITIALS_LABEL), (m) => m[1]!))));
  return labels;
}
// what a transcript notes in brackets of the sound, not the words
const STAGE_DIRECTION = new RegExp(`^(?:${['LAUGHS?', 'LAUGHTER', 'LAUGHING', 'CHUCKLES?', 'CHUCKLING', 'CROSSTALK',
  'INAUDIBLE', 'UNINTELLIGIBLE', 'APPLAUSE', 'SIGHS?', 'PAUSES?', 'MUSIC', 'SILENCE', 'COUGHS?', 'CHEERS', 'CHEERING',
  'OVERLAPPING', 'NOISE', 'BREAK'].join('|')})$`);
// the lexicon's tags of a word no name opens with: "Statistics", "Services"
const PLURAL_OR_MASS = new Set(['Plural', 'Uncountable']);
// heads of a body's name that are common surnames too: "Linnea Church", "Tessa Court"
const SURNAME_SHAPED_HEADS = new Set(['church', 'court', 'fleet', 'steel']);
/**
 * "Tarvik's head of data, Tessa Court, said so": a given name and a body's head word that is a common surname too,
 * where the context speaks of a person.
 */
const surnameShapedHead = (p: Probe): boolean => p.tokens.length === 2 && SURNAME_SHAPED_HEADS.has(p.head)
  // (the parse may read the pair as a body's name, taking the given name's tag away: its list still knows it)
  && (p.tokens[0]!.tags.has('FirstName') || isListedFirstName(p.words[0]!)) && isCommonSurname(p.words[1]!)
  // (a body speaks of itself as "it": "Christ Church said it would open its doors")
  && !SAID_IT_AFTER.test(p.after) && !appositiveSpeaksAsIt(p)
  && (personBefore(p) || personAfter(p) || speakerAndBody(p) || askerAndOutlet(p)
    || SPEAKER_LABEL_LEAD.test(p.lead) && /^:[ \t]+\S/.test(p.after) && isTranscript(p.ctx));
// "the Varga Quillen partner leading the appeal": a name between "the" and a role in a body is the body's, however
// much it looks like a person's (a person's name takes no article)
const ROLE_IN_A_BODY_AFTER = rx('')`^ (?:partner|lawyer|analyst|economist|executive|director|official|employee|
  spokes(?:man|woman|person)|chief executive|chairman|chairwoman|founder)s?\b`;
const bodyBeforeItsRole = (p: Probe): boolean =>
  !p.single && p.prev?.normal === 'the' && p.sameSentence(p.prev) && ROLE_IN_A_BODY_AFTER.test(p.after);
// (asked by two rules of a span: read once)
const personBeforeRead = new WeakMap<Probe, boolean>();
const personBeforeNotPlace = (p: Probe): boolean => {
  let read = personBeforeRead.get(p);
  if (read === undefined) personBeforeRead.set(p, (read = readPersonBeforeNotPlace(p)));
  return read;
};
/** The name is one word right before a lower-case plural noun of its sentence: "British households". */
const qualifiesPlural = (p: Probe): boolean => {
  const next = p.ctx.tokens[p.span.last];
  return !!next && next.sentence === p.tokens[0]!.sentence && /^ $/.test(p.ctx.text.slice(p.span.end, next.start))
    && /^\p{Ll}/u.test(next.text) && has(next, 'Plural') && !has(next, 'Adverb', 'Verb');
};
const abbreviatedTitle = (word: string): boolean => TITLE_ABBREVIATION.test(word) || word === 'Hon';
const readPersonBeforeNotPlace = (p: Probe): boolean =>
  personBefore(p) && (!has(p.tokens[0], 'Place', 'Organization', 'Acronym') || givenNameReadAsPlace(p))
  && !(p.single && has(p.tokens[0], 'Demonym'))
  // (nor one word before a plural it qualifies: "a survey says British renters face higher deposits", "said Taliban
  // fighters")
  && !(p.single && qualifiesPlural(p))
  // ("agreed to buy rival Brightledger": a buyer's rival is a business; so is "the broker Hensby Marlowe", a kind of
  // body before a name that opens with no given name)
  && !ORG_CONTEXT_BEFORE.test(p.before)
  && !(BODY_NOUN_BEFORE.test(p.before) && !isFirstName(p.tokens[0]!) && !isListedFirstName(p.words[0]!))
  // ("according to Val Fire": a thing's last word that is no frequent surname, unlike "Hall" or "Park")
  && !(!p.single && thingHead(p) && !isCommonSurname(p.words.at(-1)!))
  // ("according to Statistics Tarvia": nor does a name open with a plural or a mass noun)
  && !(!p.single && PLURAL_OR_MASS.has(lexiconTag(p.words[0]!) ?? '') && !isFirstName(p.tokens[0]!))
  // ("Q&A with the director of Kelby General Hospital, Tarnmouth": a lone word closing the line after a
  // body's name and a comma is where the body is)
  && !(p.single && !isListedFirstName(p.words[0]!) && /^[ \t]*(?:\n|$)/.test(p.after)
    && BODY_NAME_COMMA_BEFORE.test(p.before));
// a body's name by its head word, then a comma: "… of Kelby General Hospital, "
const BODY_NAME_COMMA_BEFORE =
  new RegExp(String.raw`\p{Lu}[\p{L}-]* ${eitherCaseFirst(anyOf([...ORG_HEAD_WORDS]))}, $`, 'u');
// the fields a company's officers answer for, named after their title: "Senior Vice President, Product"
const TITLE_SET_OFF_BEFORE = /\b(?:President|Director|Head|Officer|Manager|Chief|Lead|Partner|Executive),[ \t]*$/;
const BUSINESS_FIELD_LAST = new RegExp(`^${anyOf(['Products?', 'Sales', 'Marketing', 'Operations', 'Finance',
  'Engineering', 'Relations', 'Communications', 'Resources', 'Strategy', 'Technology', 'Development', 'Research',
  'Compliance', 'Affairs', 'Policy', 'Design', 'Partnerships', 'Procurement', 'Legal'])}$`);
/** "founder Nina Park": the parse reads a given name and a place's last word as one place; the lists know the name */
const givenNameReadAsPlace = (p: Probe): boolean =>
  !p.single && !has(p.tokens[0], 'Organization', 'Acronym', 'Country', 'City') && isListedFirstName(p.words[0]!)
  && !isPlaceName(p.span.text) && !PLACE_LEXICON_TAGS.has(lexiconTag(p.words[0]!) ?? '');
// what the lexicon calls a place's own word ("Florida" is a region before it is a given name)
const PLACE_LEXICON_TAGS = new Set(['Region', 'City', 'Country', 'Place']);
// (a place the lexicon knows, not one the parse guessed from a last word such as "Crescent")
const placeTheLexiconKnows = (t: Token): boolean => has(t, 'Place') && PLACE_LEXICON_TAGS.has(lexiconTag(t.text) ?? '');
// "all Buddhists who", "many Democrats who": a quantifier before a plural names a group, no one person
const QUANTIFIED_PLURAL_BEFORE = /\b(?:all|many|most|some|few|several|other|fellow|young|\d+) $/i;
const lonePerson = (p: Probe): boolean =>
  !p.single || !has(p.tokens[0], 'Demonym', 'Plural') && !NATIONALITY_SHAPE.test(p.span.text)
  && !(/\p{Ll}s$/u.test(p.span.text) && QUANTIFIED_PLURAL_BEFORE.test(p.before))
  && (has(p.tokens[0], 'Person', 'LastName', 'FirstName') || !SAID_AFTER.test(p.after));
/** "a spokesman for the Tarvian army": the nationality qualifies the noun after it, the body the context speaks of */
const nationalityBeforeNoun = (p: Probe): boolean =>
  p.single && (has(p.tokens[0], 'Demonym') || NATIONALITY_SHAPE.test(p.span.text)) && p.sameSentence(p.next)
  && /^\p{Ll}/u.test(p.next.text) && has(p.next, 'Noun') && !has(p.next, 'Date', 'Verb');
/** "the new Norland captain": a country's team is the country (compromise may lose the tag in context) */
const placeLike = (p: Probe): boolean =>
  has(p.tokens[0], 'Country', 'Demonym') || (p.single && lexiconTag(p.span.text) === 'Country') || isPlaceName(p.span.text)
  || (p.single && NATIONALITY_SHAPE.test(p.span.text));
/** a lone capitals word, not in a row of them (a table or a shouted line) nor before a colon */
const acronymShape = (p: Probe): boolean => {
  const capsNeighbour = (t: Token | undefined): boolean =>
    p.sameSentence(t) && /^[A-Z]{2,}$/.test(t.text) && Math.abs(t.start - p.span.start) < 40;
  return p.single && ACRONYM_SHAPE.test(p.span.text) && !/^\s*:/.test(p.after) && !capsNeighbour(p.prev) && !capsNeighbour(p.next);
};
/** "Analyst Priya Raman of": a title, a given name and a surname, then "of", right before the span */
function titledPersonOf(p: Probe): boolean {
  const { tokens } = p.ctx;
  const k = p.span.first;
  if (tokens[k - 1]?.normal !== 'of' || !p.sameSentence(tokens[k - 4]) || !/^ of $/.test(p.before.slice(-4))) return false;
  const [title, given, surname] = [tokens[k - 4]!, tokens[k - 3]!, tokens[k - 2]!];
  return BUSINESS_TITLE.test(title.normal) && isFirstName(given) && /^\p{Lu}\p{Ll}/u.test(surname.text);
}
// "Dalby Pryor, which built the first tram line": what a firm did, told with "which", as of no person
const WHICH_DID_AFTER = new RegExp(String.raw`^, which (?:${[
  'built', 'builds', 'makes', 'made', 'owns', 'owned', 'operates', 'operated', 'runs', 'ran', 'employs', 'employed',
  'sells', 'sold', 'supplies', 'supplied', 'designed', 'designs', 'manufactures', 'manufactured', 'publishes', 'published',
].join('|')})\b`);
const firmWhichDid = (p: Probe): boolean =>
  !p.single && WHICH_DID_AFTER.test(p.after) && !has(p.tokens[0], 'Place', 'City', 'Region', 'Country');
/** "Tomas Brandt of Kettle Forge said": the name after a person's "of" is where the person is from or works, and
 * what follows it is the person's ("said" is Brandt's) */
export function personOfBefore(p: Probe): boolean {
  const { tokens } = p.ctx;
  const k = p.span.first;
  if (tokens[k - 1]?.normal !== 'of' || !p.sameSentence(tokens[k - 3]) || !/^ of $/.test(p.before.slice(-4))) return false;
  return isFirstName(tokens[k - 3]!) && /^\p{Lu}\p{Ll}/u.test(tokens[k - 2]!.text);
}
// titles of people who speak for a firm ("Mayor Ann Lee of Kelbridge" serves a town, "Detective … of" a place or a force)
const BUSINESS_TITLE = wordsPattern([
  'analyst', 'economist', 'strategist', 'trader', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder',
  'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'manager', 'partner',
]);
const notCountryOrPlace = (p: Probe): boolean =>
  !has(p.tokens[0], 'Country', 'Place', 'City', 'Demonym') && !isPlaceName(p.span.text) && lexiconTag(p.span.text) !== 'Country';

// "Tarvik said on Monday it would cut jobs", "… said its profit rose": a body speaks of itself as "it"
const ON_A_DAY = String.raw`(?: on| late)? \p{Lu}\p{Ll}+day`;
// (a body, not a person, is "devastated" or "cooperating" as "it": "Ann Lee said it was devastating" tells of a thing)
const IT_WOULD = String.raw`it (?:would|will|had|has|expects|expected|plans|planned|intends|aims|agreed|could` +
  String.raw`|(?:is|was) (?:cutting|selling|buying|planning|devastated|saddened|shocked|aware|cooperating|working with` +
  // (what a body does with a report or a complaint: "Kelby Water said it was reviewing the study")
  String.raw`|reviewing|investigating|examining|assessing|evaluating|monitoring)` +
  // a body's answer to a ruling: "Snapwave said it disagreed with the decision"
  String.raw`|disagreed|disputed|rejected|denied|welcomed|regretted)`;
const SAID_IT = String.raw`(?:said|says)(?:${ON_A_DAY})?,? (?:its|${IT_WOULD})\b`;
const SAID_IT_AFTER = new RegExp(String.raw`^ ${SAID_IT}`, 'u');
// "The ferry's owner, Talsa Lines, said it would": the name in apposition to the subject speaks as "it"
const APPOSITIVE_SAID_IT_AFTER = new RegExp(String.raw`^, ${SAID_IT}`, 'u');
const SUBJECT_NOUN_COMMA_BEFORE = new RegExp(
  String.raw`(?:^|[.!?] )(?:The|Its|\p{Lu}\p{L}*[’']s)(?: \p{Ll}[\p{Ll}-]*)*[’']?s? \p{Ll}[\p{Ll}-]*, $`, 'u');
// (an owner or an organiser may be a person and "it" the thing owned: no given name, and a name of two words no
// frequent surname)
const appositiveSpeaksAsIt = (p: Probe): boolean =>
  APPOSITIVE_SAID_IT_AFTER.test(p.after) && SUBJECT_NOUN_COMMA_BEFORE.test(p.before) && !isCoreFirstName(p.tokens[0]!)
  && (p.tokens.length > 2 || !isCommonSurname(p.tokens.at(-1)!.text));

// an age right after a name: ", 34,", ", aged 34,", " (34)"
// ("Mira Okonta, 29 years old and a mother of two,": an age written out)
const AGE_AFTER = /^(?:, (?:aged? )?\d{1,3}(?: years? old\b)?(?:,|\.(?!\d)|$| and\b)| \(\d{1,3}\))/;
const AGED_APPOSITIVE_AFTER = /^, (?:a|an) \d{1,2}-year-old\b/;
// a byline's writers, then a bar, a slash, "for" or a comma before the body ("By Ann Lee, Motoring Correspondent, ")
const BYLINE_WRITER = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const BYLINE_CLOSING_BEFORE = new RegExp(String.raw`^[ \t]*(?:By (?:[^\n,]+, ){0,2}[^\n,]+, |${BYLINE_WRITER}`
  + String.raw`(?: and ${BYLINE_WRITER})? (?:\||\/|for) )(?:The )?$`, 'u');
const CREDIT_CLOSING_BEFORE = new RegExp(String.raw`^[ \t]*(?:Edited|Reporting|Additional reporting|Writing|Editing) `
  + String.raw`by ${BYLINE_WRITER}, (?:The )?$`, 'u');
const COPYRIGHT_HOLDER_BEFORE = /^[ \t]*(?:©|\([Cc]\)|Copyright(?: ©)?) \d{4}(?:[-–]\d{2,4})? (?:The )?$/u;
// (a name shaped as a part of a country is the paper after "The" or a bar, not after a comma alone: "By Ann Lee, East
// Kelby" is where she writes from)
const compassOutlet = (p: Probe): boolean => COMPASS_NAME.test(p.span.text) && / (?:The|\||\/|for) $/.test(p.lead)
  && !PLACE_LEXICON_TAGS.has(lexiconTag(p.span.text) ?? '');
/** Whether a name of two words or more ends a byline's or a credit's line, after its writers. */
const closesByline = (p: Probe): boolean =>
  !p.single && !p.span.caps
  && /^[ \t]*\.?(?:[ \t]+All rights reserved\.?)?[ \t]*$/.test(p.rest)
  && (BYLINE_CLOSING_BEFORE.test(p.lead) && (/^[ \t]*By /.test(p.lead) || onFirstLines(p.ctx.text, p.span.start, 3))
    || CREDIT_CLOSING_BEFORE.test(p.lead) || COPYRIGHT_HOLDER_BEFORE.test(p.lead));
// a speaker's label in capitals, a time stamp maybe before it, up to the bracket: "[00:05] ANN LEE ("
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.-]+`;
const CAPS_SPEAKER_BRACKET_LEAD =
  new RegExp(String.raw`^[ \t]*(?:\[[\d:.]+\][ \t]*)?${CAPS_WORD}(?: ${CAPS_WORD}){1,3} \($`, 'u');
const DEGREE_AFTER_NAME =
  /^(?:MD|PhD|DPhil|FRCS|FRCP|MRCP|FACS|RN|MBBS|JD|CPA|KC|QC|SC|OBE|MBE|CBE|KBE|DBE|FRS|FRSE|FREng|FMedSci)$/;
const GATHERING = /^(?:Meeting|Assembly|Election|Conference|Session|Hearing|Convention|Congress|Debate|Inquiry|Synod)$/;
/** Whether an offset lies on one of the text's first lines (counting no further than that). */
const onFirstLines = (text: string, at: number, lines: number): boolean => {
  let seen = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) if (++seen > lines) return false;
  return true;
};
const PRODUCTION_CREDIT_BEFORE = /(?:^|[.!?]\s+|\n\s*)An? $/;
const HOLIDAY_NAME = new RegExp(`^${HOLIDAY}$`);
const AGE_BETWEEN_COMMAS = /^, (?:aged? )?\d{1,2},(?! ?\d)/;

const FOUNDER_OF_BEFORE = /\b(?:co-)?founder of (?:the )?$/i;

// "I taught PE", "she studied IT": a school subject, not a body ("studied at MIT" has its preposition)
const SUBJECT_TAUGHT_BEFORE = /\b(?:taught|teach|teaches|teaching|studied|study|studies|studying|degree in) $/;
// "the MMR vaccine", "an HPV jab": a vaccine or a virus named by letters, not a body; nor letters before a number of
// three digits or more that is no year, a catalogue's or a standard's designation ("the planet LHS 1140 b", "ISO 9001";
// a table's team before its wins, "KQVB 11" a station; an index is read by its own rule)
const VACCINE_OR_VIRUS_AFTER = /^ (?:vaccines?|vaccinations?|jabs?|virus(?:es)?|infections?|boosters?)\b/;
const DESIGNATION_NUMBER_AFTER = /^ (?!(?:19|20)\d\d\b)\d{3,}\b(?! ind(?:ex|ices)\b)/;

const NAMED_STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical)$/;
// the storms an article names ("Storm Hilde … Hilde was the ninth named storm"), found once per article
const STORM_NAME = /\b(?:Storm|Hurricane|Typhoon|Cyclone) (\p{Lu}\p{Ll}+)\b/gu;
const stormNames = new WeakMap<Context, ReadonlySet<string>>();
function namedStorms(ctx: Context): ReadonlySet<string> {
  let names = stormNames.get(ctx);
  if (!names) stormNames.set(ctx, (names = new Set([...ctx.text.matchAll(STORM_NAME)].map((m) => m[1]!))));
  return names;
}

// a party's member is a description, not a name ("a Democrat who"); the plural names the party
const PARTY_MEMBER = /^(?:Democrat|Republican|Tory|Conservative|Socialist|Communist)$/;
// …and a party named for its members: "the Social Democrats", "the Young Liberals"; one word only after "the"
// ("the Tories"), since a bare plural is as often the members ("Democrats who")
const PARTY_MEMBERS =
  /^(?:Democrats|Republicans|Socialists|Conservatives|Liberals|Nationalists|Communists|Unionists|Dems|Tories|Greens)$/;

// the parts of a law or a code named by their number: "Chapter 11", "Article 5", "Title IX"
const LAW_PART = /^(?:Chapter|Article|Section|Clause|Title|Rule|Paragraph|Schedule)$/;
const LAW_PART_NUMBER_AFTER = /^ (?:\d+[A-Za-z]?|[IVXL]+)\b/;

/** "SEC", "MIN": compromise reads a unit's abbreviation in capitals as one (seconds, minutes). */
function unitInCapitals(t: Token): boolean {
  return has(t, 'Duration') && /^\p{Lu}{2,}$/u.test(t.text);
}

/** The local rules, grouped by phenomenon; how each ranks is in evidence/weights.ts. */
export const LOCAL_RULES: ReadonlyArray<NameRule | DelegatedRules> = [
  // 1. words that name nothing
  {
    reason: 'function-word', cls: 'other', confidence: 0.9,
    example: 'Meanwhile the river rose.',
    match: (p) => p.single && FUNCTION_WORDS.test(p.span.text),
  },
  {
    reason: 'not-a-name-word', cls: 'other', confidence: 0.9,
    example: 'The vote is due on Thursday.; It was MOVED by Cllr Ann Lee.; Signed ........ Date ........'
      + '; Ann Lee, MD, FRCS, operated on Friday.'
      + '; Chipmaker’s shares jump after licence granted; Father Tom said Mass.; It cost NOK 40 million.'
      + '; Company participants:\nAnn '
      + 'Lee, Vice President, Investor Relations\nTom Roe, Senior Vice President, Product; Under any carrier Chapter '
      + '11 plan, the unions lose.; Panel: Dr Ann Lee, Chief Epidemiologist, Kelby Health Institute'
      + '; "It is fair," said Hon. Tom Roe, the minister.',
    // (a unit's abbreviation in capitals is an acronym: "the SEC", not seconds; a kind of business alone names none:
    // a headline's "Chipmaker's shares jump")
    // (nor does the field a company's officer answers for, set off after the title: "Vice President, Investor
    // Relations")
    match: (p) => p.tokens.every((t) => has(t, ...NON_NAME_WORDS) && !unitInCapitals(t) || t.normal === 'the')
      || p.single && isDescribingKind(p.span.text)
      || BUSINESS_FIELD_LAST.test(p.words.at(-1)!) && TITLE_SET_OFF_BEFORE.test(p.before)
      // (nor does a part of a law by its number: "any carrier Chapter 11 plan", "under Article 5")
      || p.single && LAW_PART.test(p.span.text) && LAW_PART_NUMBER_AFTER.test(p.after)
      // (nor a profession's word after a title, a role set off by commas: "Ann Lee, Chief Epidemiologist, Kelby …")
      || /^, /.test(p.after) && ROLE_WORD_ALONE.test(p.words.at(-1)!.toLowerCase())
        && (p.single ? RANK_WORD_BEFORE.test(p.before) : p.words.length === 2 && RANK_WORD.test(p.words[0]!))
      // (nor a degree or an honour after a name and a comma: "Ann Lee, MD, FRCS, operated")
      || p.single && DEGREE_AFTER_NAME.test(p.span.text) && /\p{Lu}[\p{L}.]*, $/u.test(p.before)
      // (nor a currency's code before a sum: "NOK 40 million", "CHF 2.5bn", "SEK 4,500")
      || p.single && /^[A-Z]{3}$/.test(p.span.text) && CURRENCY_SUM_AFTER.test(p.after)
      // (nor a service of worship: "the priest said Mass on Sunday", "after evening Mass")
      || p.single && p.span.text === 'Mass' && MASS_BEFORE.test(p.before)
      // (nor a title's abbreviation before a name: "said Hon. Tom Roe"; not "Hon" with no full stop, a Cantonese
      // given name)
      || p.single && abbreviatedTitle(p.span.text) && /^\. \p{Lu}/u.test(p.after)
      // (nor a form's field, dots to fill in after it: "Date ........")
      || p.single && /^[ \t]*(?:\.{3,}|_{3,}|…)/.test(p.after)
      // (nor a past tense or an adjective in capitals, as minutes record a motion: "MOVED by Cllr Lee", "LOST")
      || p.single && /^[A-Z]{4,}$/.test(p.span.text) && !p.ctx.text.includes(`(${p.span.text})`)
        && (has(p.tokens[0], 'PastTense', 'Adjective') && !has(p.tokens[0], 'Acronym', 'Organization')),
  },
  {
    reason: 'month-or-weekday', cls: 'other', confidence: 0.9,
    example: 'Crowds cheered as the May parade passed.; Posted 9:10 AM ET, Tue March 3, 2026',
    // (a weekday cut short before a month and a day: "Tue March 3")
    match: (p) => p.single && MONTH_OR_DAY.test(p.span.text)
      || p.words.length === 2 && WEEKDAY_SHORT.test(p.words[0]!) && MONTH_OR_DAY.test(p.words[1]!)
        && /^ \d/.test(p.after),
  },
  {
    // a feast or a public holiday is a day, no body: "by Christmas", "at Easter"
    reason: 'holiday', cls: 'other', confidence: 0.9,
    example: 'Will the wards reopen by Christmas?',
    match: (p) => HOLIDAY_NAME.test(p.span.text),
  },
  {
    reason: 'party-member', cls: 'other', confidence: 0.9,
    example: 'Lee, a Democrat who was elected in 2022, resigned.',
    match: (p) => p.single && PARTY_MEMBER.test(p.span.text),
  },
  {
    // (and other bodies named for their members: "Friends of Harbour Earth", "Doctors Without Kelby Borders")
    reason: 'party-by-its-members', cls: 'organisation', confidence: 0.85,
    example:
      'The Christian Democrats won 12 seats.; The Tories lost the vote.; Friends of the Tarvik Forest said it was weak.',
    match: (p) => PARTY_MEMBERS.test(p.words.at(-1)!) && (!p.single || p.prev?.normal === 'the') || !!p.span.membersNamed,
  },
  {
    // named storms are events, whatever given name they carry
    reason: 'named-storm', cls: 'other', confidence: 0.9,
    example: 'Storm Hilde left thousands without power.; After Storm Kesra, forecasters said Kesra was the worst.',
    match: (p) => !p.single && NAMED_STORM.test(p.words[0]!) || p.sameSentence(p.prev) && NAMED_STORM.test(p.prev.text)
      || p.single && namedStorms(p.ctx).has(p.span.text),
  },
  {
    // "told MPs", "CEOs of banks": people holding an office, many of them, no body's name; "the Minister for Science
    // and Innovation": the office's charge, no name either (office-portfolio)
    id: 'office-holders', delegate: 'offices: their holders in the plural, and an office\'s charge after it',
    decide: (p) => {
      if (p.single && /^(?:MPs|MEPs|MSPs|MLAs|MKs|TDs|CEOs|GPs)$/.test(p.span.text)) {
        return { cls: 'other', reason: 'office-holders', confidence: 0.9 };
      }
      // (words of the language, or made from them: "Innovation", which the lexicon may not hold)
      const plainWords = p.words.every((w) => isLexiconWord(w) || DERIVED_WORD.test(w.toLowerCase()));
      if (PORTFOLIO_BEFORE.test(p.before) && plainWords) {
        return { cls: 'other', reason: 'office-portfolio', confidence: 0.85 };
      }
      return null;
    },
  },
  {
    reason: 'roman-numeral', cls: 'other', confidence: 0.9,
    example: 'The council approved phase II of the plan.',
    match: (p) => p.single && ROMAN.test(p.span.text),
  },
  {
    // a transcript's label of a speaker's initials, which the text spells out: "RB = Rita Boyle (Chair)", then "RB:"
    // (the initials are the speaker's, named in full; no body and no second person)
    reason: 'speaker-initials', cls: 'other', confidence: 0.9,
    example: 'Speakers: RB = Rita Boyle (Chair)\n\nRB: Welcome.',
    match: (p) => p.single && /^\p{Lu}{2,3}$/u.test(p.span.text) && initialsOfNamed(p.ctx, p.span.text),
  },
  {
    reason: 'hyphen-adjective', cls: 'other', confidence: 0.8,
    example: 'A Kelmont-owned ferry sank.',
    match: (p) => HYPHEN_ADJECTIVE_AFTER.test(p.after),
  },
  {
    reason: 'lone-letter', cls: 'other', confidence: 0.9,
    example: 'The council chose plan B for the bridge.',
    match: (p) => p.single && /^\p{Lu}\.?$/u.test(p.span.text),
  },
  {
    reason: 'thing-named-after', cls: 'other', confidence: 0.8,
    example: 'They boarded the Harbour Line train to the coast.; Rovers are bottom of the Premier Division.; He bought '
      + 'a yellow 1977 Kelby Marquis.; Her novel Mara Lost won the prize.; Few had the KPX vaccine.; The planet KLT 1140 b '
      + 'has water.; She bought a Tarvo Calor 28 from a shop.',
    // (a name that ends in a legal form is the owner's: "the Harbour Lines Ltd vessel")
    match: (p) => NOT_ORG_FOLLOWERS.test(p.after) && !p.single && !endsInLegalForm(p)
      || titledThing(p) || MODEL_YEAR_BEFORE.test(p.before) || modelNumbered(p)
      || acronymShape(p) && (VACCINE_OR_VIRUS_AFTER.test(p.after) || DESIGNATION_NUMBER_AFTER.test(p.after))
      || WORK_BEFORE.test(p.before) && p.sameSentence(p.prev) && !MAKER_AFTER.test(p.after),
  },
  {
    reason: 'index-named-after', cls: 'other', confidence: 0.8,
    example: 'The Kelmont Composite index fell two points.',
    match: (p) => INDEX_AFTER.test(p.after) && !p.single && !orgHead(p),
  },
  // 2. places
  {
    id: 'sports-compass-row', delegate: 'sports: a compass-named club in a results table',
    decide: (p) => (nameDomains.sports ? compassTableRow(p.span, p.tokens, p.lead, p.rest) : null),
  },
  {
    reason: 'place-name', cls: 'place', confidence: 0.85,
    example: 'Rain soaked North Vale overnight.; They rallied on Anne-Marie Tessier Boulevard.; They won at Stade '
      + 'Lucien-Borde.',
    // (not a paper or a company named for its part of the country: "the Northern Dispatch", "Western Airways")
    // (a street or a square named after a person: "Anne-Marie Tessier Boulevard", "Dina Plaza"; not a given name and
    // a surname that names streets, with an age after: "Ann Lane, 51,")
    match: (p) => isPlaceName(p.span.text)
      && !(COMPASS_NAME.test(p.span.text) && (PUBLICATION_HEADS.includes(p.head) || COMPANY_HEADS.has(p.head)
        || closesByline(p) && compassOutlet(p)))
      || !p.single && STREET_HEADS.has(p.head) && !(isListedFirstName(p.words[0]!) && AGE_AFTER.test(p.after))
      // (or a stadium named in its own language, often after a person: "Stade Lucien-Borde", "Estadio Rafa Ortiz")
      || !p.single && STADIUM_FIRST.test(p.words[0]!),
  },
  {
    // a body's site, named after its owner's possessive and before the kind of site: "Kelmont's Tarnby plant",
    // "Harvel's Ostby and Lundmark sites"
    reason: 'owners-site', cls: 'place', confidence: 0.85,
    example: "Pickets stood at Harvel's Ostby and Lundmark sites.; Output at Kelmont's Tarnby plant fell.",
    match: (p) => p.single && OWNERS_POSSESSIVE_BEFORE.test(p.before) && SITE_AFTER.test(p.after),
  },
  {
    // "NICOSIA, Cyprus 2025-08-12", "KELMONT, Norland (Agency) -": a dateline opens the story with a place, and
    // names the agency in brackets after it: "WASHINGTON (AP) —" (not a word of the language: "(Wire)")
    id: 'dateline', delegate: 'a dateline: its place, and the agency in brackets after it',
    decide: (p) => {
      // (not a transcript's speaker with the place they speak for: "MR TOM ROE (Norland): Thank you"; nor one with a
      // role and an outlet: "TOM ROE, REPORTER (Kelby Wire): Is it open?")
      // (either of two places: "KELBY/HARLOW, Nov 3 (Tarn Wire) -")
      const [lead, rest] = [p.lead.replace(FIRST_OF_TWO_PLACES, '').replace(DATELINE_PLACE_OPENING, ''),
        p.rest.replace(SECOND_OF_TWO_PLACES, '')];
      if (/^\s*$/.test(lead) && CAPS_WORDS.test(p.span.text) && DATELINE_REST.test(rest)
        && !/^(?:, [^()\n:]{1,40})? \([^()\n]{1,40}\):/.test(p.rest) && !inCapsDashList(p.ctx.text, p.span.start)) {
        return { cls: 'place', reason: 'dateline', confidence: 0.9 };
      }
      if (DATELINE_LEAD.test(p.lead) && /^\)\s*[-\u2013\u2014]/u.test(p.rest) && !isLexiconWord(p.span.text)) {
        return { cls: 'organisation', reason: 'dateline-agency', confidence: 0.85 };
      }
      return null;
    },
  },
  // 3. people by the words in front of a body's shape: titles ("President Ann Lee", "Foreign Minister Dan Ortiz",
  // "Senate Majority Leader Ann Lee"), and a given name before a body's head word that is a common surname too
  {
    reason: 'title-before-name', cls: 'person', confidence: 0.9, evidence: 'title',
    example: 'General Yusuf al-Rashidi inspected the troops.; Foreign Minister Dana Whitcomb arrived late.',
    // (not a compound the hyphen runs on into: "Analyst Question-and-Answer Call")
    match: (p) => titleEndOf(p.ctx, p.span.first, p.span.last) > p.span.first && !orgHead(p) && !ofHead(p)
      && !LAW_HEADS.has(lastWord(p.span.text)) && !/^-(?:and|or|to|in|of)-/.test(p.after),
  },
  {
    reason: 'surname-shaped-head', cls: 'person', confidence: 0.8,
    example: "Tarvik's head of data, Tessa Court, said so.; Linnea Church, head of sales, spoke first.",
    match: surnameShapedHead,
  },
  // 4. organisations by their own shape: definitions, head words, company suffixes
  {
    id: 'acronym-defined', reason: 'acronym-in-parentheses', cls: 'organisation', confidence: 0.9,
    evidence: 'acronym-definition',
    example: 'The Coastal Relief Alliance (CRA) sent boats.',
    match: (p) => !!p.span.defined,
  },
  {
    reason: 'acronym-in-parentheses', cls: 'organisation', confidence: 0.95, evidence: 'acronym-definition',
    example: 'Volunteers from Harbour Rescue Trust (HRT) arrived.',
    match: (p) => {
      const withThe = p.prev?.normal === 'the' ? `The ${p.span.text}` : p.span.text;
      const acronym = DEFINITION_AFTER.test(p.after) ? DEFINITION_TEXT.exec(p.after)![1]! : undefined;
      return !!acronym && p.tokens.length > 1 && acronymFits(acronym, withThe) && !initialsOfPerson(p, acronym);
    },
  },
  {
    reason: 'org-head-word', cls: 'organisation', confidence: 0.85, evidence: 'org-head-word',
    example: 'The Northfield Housing Authority approved the plan.; A spokesman told Radio Tarvik the talks had ended.'
      + '; The bill cleared the House of Delegates on Friday.; Troops of the 3rd Armoured Division moved north.'
      + '; The United Nations Relief Mission in Peru sent a team.; The contractor PT Kelbu Raya won the bid.'
      + '; Tarvik Air cut ten routes.; The Scientific Panel on Food Additives met twice.'
      + '; Ann Lee, of Vey Court Chambers, appeared for the defence.; The Kelby Seafarers\' Centre opened a hostel.'
      + '; The Tarvo First Nation signed the deal.',
    // ("the 3rd Armoured Division": an armed or police unit named by its number, names.ts joining the ordinal; "the
    // United Nations Relief Mission in Peru": a mission and where it is sent, joined by spans.ts)
    // (not a title over a field: "Ann Lee, Head of Communications, Kelby Council"; nor a work's title in quotation
    // marks: 'gave its prize to "Winter Journal", a family thriller')
    match: (p) => !p.single && !titleOverField(p) && !isQuotedWhole(p.before, p.after)
      && (orgHead(p) && !NOT_ORG_HEADS.has(p.head) || ofHead(p) || leadingBodyWord(p.words)
        // (barristers' chambers, named in three words or more: "Vey Court Chambers"; "Ann Chambers" is a person)
        || p.words.length >= 3 && p.head === 'chambers'
        // (a people's government, named in three words or more: "the Kelby River Dene Nation", "the Tarvo First Nation")
        || p.words.length >= 3 && p.head === 'nation'
        // (a centre named for those it serves: "the Kelby Seafarers' Centre"; a mall is no one's: "Kelby Centre")
        || /^cent(?:re|er)$/.test(p.head) && /\p{L}s['’] \S+$/u.test(p.span.text)
        || COMPANY_FORM_FIRST.test(p.words[0]!)
        || namedTeam(p)
        || universityBody(p) || NUMBERED_UNIT.test(p.words[0]!) && UNIT_HEADS.has(p.head) || !!p.span.sentTo),
  },
  {
    reason: 'company-suffix', cls: 'organisation', confidence: 0.9, evidence: 'company-suffix',
    example: 'Shares of Brantholm Tooling AG rose.',
    match: (p) => !p.single && COMPANY_SUFFIXES.has(p.head),
  },
  {
    // "HarbourBank", "NorthCorp": one word whose capitalised tail is a kind of organisation
    reason: 'compound-head-word', cls: 'organisation', confidence: 0.8,
    example: 'Customers of QuillBank complained.',
    match: (p) => {
      const tail = compoundTail(p);
      return !!tail && (ORG_HEAD_WORDS.has(tail) || COMPANY_SUFFIXES.has(tail));
    },
  },
  {
    // "the Treasury", "Parliament voted": a state's institution, capitalised where no sentence starts
    reason: 'institution-word', cls: 'organisation', confidence: 0.75,
    example: 'The bill now goes to the Senate for a vote.',
    match: (p) => p.single && !p.span.initial && !p.span.headline && INSTITUTION_WORDS.has(p.head) && /^\p{Lu}\p{Ll}+$/u.test(p.span.text),
  },
  // organisations by context
  {
    // "Kelmont, the biggest cement maker in the region": a description that names a kind of organisation
    reason: 'org-appositive', cls: 'organisation', confidence: 0.8,
    example: 'Kelmont Vale, a cement maker, won the order.',
    match: (p) =>
      ORG_APPOSITIVE_AFTER.test(p.after) && !openingWord(p)
      // (after "in", "at" or "near" a place may be described: "in Kelby, the party's heartland"; not after "at" by a
      // bare kind: "a strike at Swiftvane, the mail carrier")
      && (!WHERE_PREPOSITION_BEFORE.test(p.before)
        || /\bat\s$/i.test(p.before) && BARE_ORG_APPOSITIVE_AFTER.test(p.after))
      && !listOfOrigins(p)
      && !has(p.tokens[0], 'Country', 'Demonym') && !isPlaceName(p.span.text)
      // (a bare kind "at" a body is one's job there, whatever the name: "Ann Lee, a machine operator at Tarvik
      // Knitwear")
      && (!isCoreFirstName(p.tokens[0]!) && !BARE_KIND_AT_AFTER.test(p.after) || bareKindNotAt(p.after)),
  },
  {
    reason: 'claimed-responsibility', cls: 'organisation', confidence: 0.75,
    example: 'Al-Kelmar claimed responsibility for the attack.; Responsibility was claimed by Kelvar Nur.',
    match: (p) => (RESPONSIBILITY_AFTER.test(p.after) || RESPONSIBILITY_BEFORE.test(p.before)) && notCountryOrPlace(p)
      && !isCoreFirstName(p.tokens[0]!)
      // (one who speaks for the group claims it in its name: "KLF spokesman Tavo Mbeki-Renn claimed responsibility")
      && !(p.sameSentence(p.prev) && SPEAKER_ROLE_BEFORE.test(p.before)),
  },
  {
    reason: 'which-does-business', cls: 'organisation', confidence: 0.75,
    example:
      'Raj Menon left to start Tessellate AI, which makes software for forklifts.; Velkor, which sponsors the team, said so.',
    match: (p) =>
      WHICH_DOES_BUSINESS_AFTER.test(p.after) && !openingWord(p) && !PLACE_PREPOSITION_BEFORE.test(p.before) && notCountryOrPlace(p)
      && !isCoreFirstName(p.tokens[0]!),
  },
  {
    // "Kelmontbank", "Harwellbanken": one word that ends in "bank" names a bank; so does the word for a bank before
    // the name, as many languages put it ("Bank Tavrida", "Banco Kelmar"; a bank holiday is none)
    reason: 'bank-word', cls: 'organisation', confidence: 0.8,
    example: 'Shares in Kelmontbank fell 3%.; The loan came from Bank Tavrida.',
    match: (p) => p.single && /^\p{Lu}\p{Ll}{2,}bank(?:en)?$/u.test(p.span.text)
      || !p.single && /^(?:Bank|Banco|Banque|Banca|Banka)$/.test(p.words[0]!) && !/^Holidays?$/.test(p.words[1]!),
  },
  {
    // "Tesla recalled 2 million cars": a maker calls back what it sold (a person "recalled 20 years" of something)
    reason: 'product-recall', cls: 'organisation', confidence: 0.75,
    example: 'Stellan Auto recalled 40,000 trucks over a brake fault.',
    // ("Carmaker recalls 400,000 cars": a headline's kind of body is no name)
    match: (p) =>
      PRODUCT_RECALL_AFTER.test(p.after) && notCountryOrPlace(p) && !(p.single && isOrgKindNoun(p.span.text)),
  },
  {
    reason: 'said-it-would', cls: 'organisation', confidence: 0.75,
    example: 'Tarvik said on Monday it would cut 500 jobs.; The ferry\'s owner, Talsa Vell, said it was cooperating.; ' +
      'Quillby Rail said it was reviewing the report.',
    match: (p) =>
      (SAID_IT_AFTER.test(p.after) || appositiveSpeaksAsIt(p))
      && (!isCoreFirstName(p.tokens[0]!) || wordyBody(p))
      && !p.tokens.some((t) => has(t, 'Person', 'Demonym'))
      && !(p.single && isCommonSurname(p.span.text))
      // (a place the parse only guessed from its last word does not block: "the Harbour Crescent said its teams")
      && !placeLike(p) && !has(p.tokens.at(-1), 'Country', 'City', 'Region') && !placeTheLexiconKnows(p.tokens.at(-1)!),
  },
  {
    // "the Coastal Herald said": a person's name takes no article, a speaking institution does
    reason: 'the-name-said', cls: 'organisation', confidence: 0.75,
    example: 'The lock was faulty, the Brantholm Lantern reported.',
    match: (p) =>
      p.prev?.normal === 'the' && p.sameSentence(p.prev) && SPEECH_AFTER.test(p.after) && !isCoreFirstName(p.tokens[0]!)
      && !p.tokens.some((t) => has(t, 'Demonym')) && !has(p.tokens.at(-1), 'Country', 'Place', 'City', 'Region')
      && !isPlaceName(p.span.text) && !PLACE_OR_EVENT_HEADS.has(p.head) && !GENDERED_HEAD.test(p.head),
  },
  {
    // "an investigation by the newspaper Denni Hlas": a medium's kind right before a name is what the name is
    reason: 'medium-before-name', cls: 'organisation', confidence: 0.8,
    example: 'The case followed an investigation by the newspaper Velkor Vesti.',
    match: (p) => MEDIUM_BEFORE.test(p.before) && !p.span.caps && !placeLike(p),
  },
  {
    // "A Tarvik Audio production", "An Orvik Films production for Tarn TV": the maker a credit names (a person's name
    // may stand there too: "A Rosa Lind production")
    reason: 'production-credit', cls: 'organisation', confidence: 0.8,
    example: 'A Tarvik Audio production. Edited for clarity.',
    match: (p) => PRODUCTION_CREDIT_BEFORE.test(p.before) && /^ (?:co-)?production\b/.test(p.after)
      && (!isFirstName(p.tokens[0]!) || BUSINESS_KIND_HEADS.includes(p.head)),
  },
  {
    // the agency a photograph's credit names after its photographer: "(Photo: Ann Lee/Kelby Images)"
    reason: 'credit-agency', cls: 'organisation', confidence: 0.85,
    example: 'Strikers rally. (Photo: Ann Lee/Kelby Images); Text: Bo Lind. Photos: Ann Lee/Tarvik Images',
    match: (p) => (PHOTO_CREDIT_SLASH_BEFORE.test(p.before) && /^\)/.test(p.after)
      || PHOTO_CREDIT_LINE_BEFORE.test(p.lead) && /^\s*$/.test(p.rest) && !bodyBeforeSlash(p.lead)) && !p.span.caps,
  },
  {
    // what closes a byline or a credit is whom its writer works for: "Ann Lee | Kelby Avisa", "By Ann Lee and Tom
    // Roe, Kelby Diário", "Edited by Ann Lee, Kelby Wire", "© 2026 Kelby Nachrichten." (not where they write from)
    reason: 'byline-outlet', cls: 'organisation', confidence: 0.8,
    example: 'Bakery shuts\nAnn Lee | Kelby Avisa\n\nThe bakery shut on Monday.'
      + '; By Ann Lee, Brasque Diário\n\nRents rose.'
      + '; Rents rose.\n\n© 2026 Tarvik Nachrichten. All rights reserved.',
    // (a name shaped as a part of a country is a paper there: "Ann Lee for The Gazelle Courant")
    // (an outlet's first word is often its town's: "Quillby Avisen" after "QUILLBY —")
    match: (p) => closesByline(p) && (compassOutlet(p) || !placeLike(p)
      && !PLACE_LEXICON_TAGS.has(lexiconTag(p.span.text) ?? '')) && !isTitle(p.tokens.at(-1)!)
      // (the writer's role closes it there too: "By Ann Lee, Opera Critic")
      && !BYLINE_ROLES.includes(p.tokens.at(-1)!.normal),
  },
  {
    // a person's name takes no spokesperson after it (a person has one only in the possessive); nor an analyst or an
    // economist, whom a firm employs ("Castleford analyst Hana Obuya"; a party's or a nation's is an adjective:
    // "Democratic strategist", "Kelbian economist")
    reason: 'spokesperson-of', cls: 'organisation', confidence: 0.8,
    example: 'Two firefighters were hurt, said Mel Fire spokesperson Dana Ruiz.; Sales may slow, said Tarvel analyst Ola Berg.',
    match: (p) =>
      (/^ spokes(?:man|woman|person|people)\b/.test(p.after)
        || FIRM_STAFF_AFTER.test(p.after) && !p.tokens.some((t) => has(t, 'Adjective', 'Demonym', 'Person', 'FirstName')))
      && !placeLike(p) && !commonFirstWord(p) && !genericBodyOpening(p) && !has(p.tokens[0], 'Place', 'City', 'Country'),
  },
  // a company listed on an exchange: evidence, weighed against a person's context and a place's
  {
    id: 'listed-companies', delegate: 'listed companies',
    decide: (p) => listedEvidence(p.ctx, p.span, p.before, p.after),
  },
  // a news outlet or agency on a public list (Freebie): evidence, weighed as the listed companies are
  {
    reason: 'news-outlet', cls: 'organisation', confidence: 0.75,
    example: 'Agence France Presse reported two arrests.; Ann Rossi told Pravda she would stay.',
    // (not a speaker's initials the text spells out: "Mervyn Tully (MT)" and "MT:" in an interview)
    match: (p) => outletOnList(p.ctx, p.span, p.before, p.after) === 'firm' && !initialsOfNamed(p.ctx, p.span.text),
  },
  {
    reason: 'news-outlet-ambiguous', cls: 'organisation', confidence: 0.65,
    example: 'Talks had stalled, Politico reported.',
    match: (p) => outletOnList(p.ctx, p.span, p.before, p.after) === 'ambiguous' && !initialsOfNamed(p.ctx, p.span.text),
  },
  {
    // "Analyst Priya Raman of Bernstein said": a titled person "of" a name works there (a place is left alone)
    reason: 'titled-person-of', cls: 'organisation', confidence: 0.75,
    example: 'Analyst Priya Raman of Kelsall said the cuts were overdue.',
    match: (p) => titledPersonOf(p) && notCountryOrPlace(p) && !has(p.tokens[0], 'Region'),
  },
  {
    // "analysts at Morgan Hale", "chief financial officer of Harwell": a member of what follows
    reason: 'org-member-before', cls: 'organisation', confidence: 0.8,
    example: 'Analysts at Kelmont Halvorsen expect a rise.; Ann Lee, the founder of Kelby Estates, was jailed.; '
      + 'Ola Berg, a tax lawyer at Harlan Voss, said so.',
    // ("owner of Kelby's garage": the garage is what is owned; what one founded is a body whatever place the parse
    // guessed from its words, "Kelby Estates", unless the gazetteer knows it as a place)
    match: (p) =>
      ORG_MEMBER_BEFORE.test(p.before) && p.sameSentence(p.prev) && !/^[’']s /.test(p.after)
      // ("head of Irish silver at …": a nationality before a lower-case noun qualifies what is headed)
      && !nationalityBeforeNoun(p)
      // (nor is a business's kind the parse read as a place's name: "analysts at Kelby Bridge Capital")
      && (notCountryOrPlace(p) || (FOUNDER_OF_BEFORE.test(p.before) || !p.single && BUSINESS_KIND_HEADS.includes(p.head))
        && !has(p.tokens[0], 'Country', 'City') && !isPlaceName(p.span.text)),
  },
  {
    // "CAPTION: Hadiza Okoro, Operations Manager, Kelby Fisheries": a label line's person, role and body, the body last
    reason: 'label-line-body', cls: 'organisation', confidence: 0.8,
    example: 'CAPTION: Hadiza Okoro, Operations Manager, Kelby Fisheries\nOKORO: We lost a week of sales.; '
      + 'Guest: Tunde Alade, artistic director, Harrow Lane Players\nHOST: Welcome.',
    match: (p) => /^[ \t]*(?:\([^)\n]*\))?[ \t]*(?:\n|$)/.test(p.rest) && labelLineRole(p.lead),
  },
  {
    // "ANN LEE (Kelbo):": the one word in brackets after a speaker's name in capitals, the label's colon after it, is
    // whom they ask or speak for (not a role, a place or a word: "TOM ROE (Chair):", "ANN LEE (Tarvik):")
    reason: 'label-bracket-body', cls: 'organisation', confidence: 0.75,
    example: '[00:05] ANN LEE (Kelbo): When will the pool reopen?\nMAYOR: In May.',
    match: (p) => p.single && /^\):/.test(p.after) && CAPS_SPEAKER_BRACKET_LEAD.test(p.lead) && !isTitle(p.tokens[0]!)
      && !isLexiconWord(p.span.text) && !placeLike(p) && !has(p.tokens[0], 'Place', 'City', 'Region', 'FirstName')
      && !ROLE_WORD_ALONE.test(p.span.text.toLowerCase()) && !NOT_ORG_ACRONYMS.has(p.span.text),
  },
  // 5. people by their own shape: initials, first names
  {
    reason: 'initial-and-surname', cls: 'person', confidence: 0.85,
    example: 'The fund is run by R. Castellan.; The storm was strong, said K Annavel, a forecaster.',
    match: (p) => (isInitial(p.ctx, p.tokens[0]!) || undottedInitial(p)) && p.tokens.length > 1
      && !has(p.tokens.at(-1), 'Organization') && !thingHead(p),
  },
  {
    // a generation's suffix closes a person's name: "Partner Ramon Tarbell III", "Dan Ortiz Jr." (a fund's number
    // closes a fund's: "Kelby Equity Partners IV", so a roman one wants a listed given name first)
    reason: 'generation-suffix', cls: 'person', confidence: 0.85,
    example: 'Partner Ramon Tarbell III, who sits on the board, said so.',
    match: (p) => p.words.length >= 2 && p.words.length <= 5 && (/^[JS]r\.?$/.test(p.words.at(-1)!)
      || /^(?:II|III|IV)$/.test(p.words.at(-1)!) && isListedFirstName(p.words[0]!))
      && !p.words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()) || COMPANY_HEADS.has(w.toLowerCase())),
  },
  {
    // a lawyer's "Esquire" after the name and a comma, as a record of appearances gives it, in capitals too: "For the
    // Plaintiff: ANN LEE, ESQ., Kelby Law LLP"
    reason: 'esquire-after-name', cls: 'person', confidence: 0.85,
    example: 'For the Plaintiff: ORLA VENN, ESQ., Tarvik Law LLP',
    match: (p) => p.words.length >= 2 && p.words.length <= 4 && ESQUIRE_AFTER.test(p.after),
  },
  {
    // ranked below a body's context: "J.P. Kelwin said it would cut jobs" is a bank named for its founder
    reason: 'dotted-initials-and-surname', cls: 'person', confidence: 0.8,
    example: '(Editing by J.P. Tarnow)',
    match: (p) => dottedInitials(p) && !has(p.tokens.at(-1), 'Organization') && !thingHead(p),
  },
  {
    // "Mok Kin-wai", "Seo Ji-Hoon": a surname of one syllable and a given name of two joined by a hyphen, the
    // way Cantonese and Korean names are romanised
    reason: 'romanised-given-name', cls: 'person', confidence: 0.8,
    example: 'Councillor-elect Mok Kin-wai won the seat.; Min-seo Baek, who chairs the board, agreed.; a thriller by '
      + 'Park Hae-rom, a first film',
    // (the parse may read a surname that is also a word as a place: "a thriller by Park Hae-rom")
    match: (p) => romanisedName(p.span.text) && !has(p.tokens[0], 'Country', 'Organization')
      && (!has(p.tokens[0], 'Place') || isCommonSurname(p.words[0]!)),
  },
  {
    // "Jolene Park, 34,", "Ann Hill (52)": a name followed by an age is a person's, whatever its last word names elsewhere
    reason: 'age-after-name', cls: 'person', confidence: 0.85,
    example: 'The dead were named as Jolene Park, 34, and Tom Hill, 41.; Mira Okonta, 29 years old and a mother of two, '
      + 'voted.; Rosa Hill, a 61-year-old allotment holder, shrugged.; Later Okonta, 29, signed the lease.',
    // (or an age in an appositive after a given name: "Rosa Hill, a 61-year-old gardener,")
    // (a surname alone too, with an age between commas: "Okonta, 29, signed"; not a word of the lexicon or a place's)
    // (nor a person's noun opening a sentence: "Girl, 14, hurt")
    match: (p) => (p.single ? AGE_BETWEEN_COMMAS.test(p.after) && !isLexiconWord(p.words[0]!)
      && !has(p.tokens[0], 'Place', 'Country', 'City', 'Region', 'Actor') && !isPersonNoun(p.words[0]!)
      : AGE_AFTER.test(p.after) || AGED_APPOSITIVE_AFTER.test(p.after) && FIRST_NAMES.has(p.words[0]!))
      && !p.span.caps && !has(p.tokens[0], 'Organization', 'Acronym'),
  },
  {
    id: 'sports-results-player', delegate: 'sports: a player in a results line or a scorecard',
    decide: (p) => (nameDomains.sports ? resultsPlayer(p.span, p.tokens, p.next, p.lead, p.rest, p.after, p.single) : null),
  },
  {
    id: 'first-name-in-context', reason: 'first-name', cls: 'person', confidence: 0.95,
    example: 'Ann Whitcomb, who chairs the board, resigned.',
    match: (p) => firstNamed(p) && (personBefore(p) || personAfter(p)) || firstNamedPlaceSurname(p) && nearPersonWord(p),
  },
  {
    reason: 'first-name', cls: 'person', confidence: 0.85, evidence: 'given-name-only',
    example: 'The plan came from Ann Whitcomb last year.',
    // (what a person named just before belongs to is no second person: "Dr. Grace Liu of Carson Medicine")
    // (nor is a name after a kind of body whose last word is no surname, "the charity Hope Rising", or that opens no
    // clause, "the law firm Leigh Cole.")
    match: (p) => givenNameOfPair(p) || firstNamed(p) && !isOnlyWorldFirstName(p.tokens[0]!) && !theNameEndsPhrase(p)
      && !p.span.belongedTo && !firmWhichDid(p)
      && !(ORG_NOUN_BEFORE.test(p.before) && p.sameSentence(p.prev) && noSurnameLast(p)) && !describedAtOpening(p)
      // ("what Supergiant did with their Early Access": a body's or a group's possessive owns a thing, no person)
      && !(p.sameSentence(p.prev) && /^(?:its|their|our|your)$/.test(p.prev.normal))
      && !(p.sameSentence(p.prev) && firmNamedForPeople(p))
      // ("a holiday in Gran Tarvia": where something is, a word no surname list holds after a rare given name)
      && !placeAfterIn(p) && !bodyBeforeItsRole(p),
  },
  {
    // "Adaku, my granddaughter, sows with me", "me dad, Tomas, was a docker": one named as someone's kin, the name
    // alone
    reason: 'kin-appositive', cls: 'person', confidence: 0.85,
    example: 'Adaku, my granddaughter, plants with me.; Me dad, Tomas, was a docker.',
    match: (p) => p.single && /^\p{Lu}\p{Ll}/u.test(p.span.text) && !isPlaceName(p.span.text)
      && (p.after.startsWith(', ') && KIN_APPOSITIVE_AFTER.test(p.after)
        || p.before.endsWith(', ') && KIN_APPOSITIVE_BEFORE.test(p.before)),
  },
  {
    // "SUPER: Ifeyinwa Kelbu-Marr — Minister for Ports": a broadcast's caption, its label, a name, a dash and a role
    reason: 'caption-dash-role', cls: 'person', confidence: 0.85,
    example: 'SUPER: Ifeyinwa Kelbu-Marr — Minister for Ports, Harbours Office',
    match: (p) => !p.single && p.words.length <= 4 && CAPTION_LABEL_LEAD.test(p.lead) && captionRole(p.after),
  },
  {
    // "Interviewer: Greta Vossel (GV)": a given name and a surname, then their initials in brackets, as a transcript
    // names who will speak under them
    reason: 'initials-after-name', cls: 'person', confidence: 0.9,
    example: 'Interviewee: Greta Vossel (GV), born 1950\nGV: I was.',
    match: (p) => {
      const initials = /^ \((\p{Lu}{2,3})\)/u.exec(p.after)?.[1];
      return !!initials && initialsOfPerson(p, initials);
    },
  },
  {
    // "KOFI (Tarnby): Morning.": in a transcript, a caller's or a guest's given name alone, in capitals, as the label
    reason: 'speaker-given-name', cls: 'person', confidence: 0.8,
    example: 'HOST: Welcome back.\nGUEST: Thanks.\nHOST: First caller now.\nKOFI (Tarnby): Morning to you both.; '
      + '[07:02] HOST: Welcome back.\n[07:02] GUEST: Thanks.\n[07:03] HOST: Travel now.\n'
      + '[07:03] ESI (Travel): Morning.',
    // (a time stamp may open the line: "[08:18] ESI (Travel): Thanks.")
    match: (p) => p.single && SPEAKER_LABEL_LEAD.test(p.lead) && SPEAKER_LABEL_AFTER.test(p.after)
      && /^\p{Lu}{2,}$/u.test(p.span.text)
      && isCapsGivenName(p.span.text) && isTranscript(p.ctx),
  },
  {
    // a caller a phone-in puts through, by a given name alone: "Tunji is on the line from Kelby. Morning, Tunji."
    reason: 'caller-put-through', cls: 'person', confidence: 0.8,
    example: 'HOST: Six weeks, then. Tunji\'s calling from Kelby. Go ahead.',
    match: (p) => p.single && CALLER_PUT_THROUGH_AFTER.test(p.after) && !isLexiconWord(p.words[0]!) && !p.span.caps,
  },
  // people by context: a leader's name for the time or the government they led, speech verbs, kin and role words
  {
    reason: 'leader-of-administration', cls: 'person', confidence: 0.75,
    example: 'The Varga administration cut the budget.',
    match: (p) =>
      p.single && p.prev?.normal === 'the' && p.sameSentence(p.prev) && LEADER_OF_AFTER.test(p.after)
      && !has(p.tokens[0], 'Place', 'Country', 'City', 'Region', 'Demonym', 'Adjective', 'Acronym', 'Plural')
      && !ACRONYM_SHAPE.test(p.span.text) && !NATIONALITY_SHAPE.test(p.span.text) && !isPlaceName(p.span.text),
  },
  {
    reason: 'speech-or-kin-before-name', cls: 'person', confidence: 0.8, evidence: 'speech-only',
    // (and one who asks a question and says whom they are with, as a briefing's transcript gives them: "QUESTION:
    // Thank you. Tomasz Brel, Kelby Post."; a wire story's journalists in its closing credits; and a label of a name
    // and a body, opening a line)
    example: 'The bridge will reopen, said Whitcomb.; I just finished a collection of poems by Tarsa Velmont.; '
      + 'Storm cuts power\n\nBy Tarsa Velmont, Kelby University\n\nThe storm struck at night.; Fees rise\nBy Ann Marsh, '
      + 'Kelby Ledger\n\nFees rose.; QUESTION: Thank you. '
      + 'Oyelaran Adebisi, Kelby Post. Is the border open?; The port reopened.\n\n(Reporting by Kelvo '
      + 'Marandi); Briefing\n\nTaavo Lund, KBN: When is the launch?; Q (Taavo Lund, Kelby Wire): Is the road open?; '
      + 'Panel\nHost: Welcome.\nAdewunmi Vekemo: We started in 2019.\nHost: Why?\nAdewunmi Vekemo: Demand.',
    match: (p) => PERSON_CONTEXT_BEFORE.test(p.before) && personBeforeNotPlace(p)
      || !p.single && (WORK_BY_BEFORE.test(p.before) || byline(p) || questioner(p) || CREDIT_LINE_OPENING.test(p.lead)
        || speakerAndBody(p) || speakerLabel(p))
        // (a byline's writer, a given name first, may bear a surname the parse reads as a place's or a thing's word:
        // "By Ann Marsh, Kelby Ledger")
        && (!has(p.tokens[0], 'Place', 'Organization') && !thingHead(p)
          || byline(p) && isListedFirstName(p.tokens[0]!.text) && !has(p.tokens[0], 'Organization'))
        // (a given name in capitals the parse reads as an acronym: "TOVE KARN: Yes")
        && (!has(p.tokens[0], 'Acronym') || capsGivenName(p) && speakerLabel(p))
      // (in capitals too, which the parse reads as acronyms: "ANCHOR (TOM ROE):")
      || speakerInRoleBrackets(p) && !orgHead(p) && !ofHead(p)
      || askerAndOutlet(p),
  },
  {
    reason: 'role-before-name', cls: 'person', confidence: 0.8,
    // (or a nationality and one who does something: "Nigerian weightlifter Ada Obi")
    example: 'The Harbour Council envoy, Oduya, left.; My postdoc, Ilse, checked the data twice.; Our chief designer, '
      + 'Tove, drew it.; The federation banned Nigerian weightlifter Obiaku Okechi.',
    // (not a gathering a title-shaped word opens: "the Annual General Meeting", "a Special General Assembly")
    match: (p) => !(p.single && GATHERING.test(p.span.text)) && personBeforeNotPlace(p) && !roleAndNameAfter(p),
  },
  {
    reason: 'label-line-person', cls: 'person', confidence: 0.85,
    example: 'CAPTION: TOVE KARN, Soil Scientist, Kelby Soil Institute',
    match: personOfLabelLine,
  },
  {
    // an entry of a header's line of those taking part, its role in brackets or none: "Speakers: AL = Ann Lee
    // (Chair); …", "Hosts: Ann Lee, Tom Roe" (a body's head word makes it a body: "Guests: Kelby Rowing Club")
    reason: 'participant-entry', cls: 'person', confidence: 0.8,
    example: 'Speakers: RB = Vanu Amarasekera (Chair)\n\nRB: Welcome.',
    // (a given name alone after the initials that label it: "AN = Anwar (plot 9)")
    match: (p) => (!p.single || /\p{Lu} = $/u.test(p.lead) && isListedFirstName(p.words[0]!))
      && p.words.length <= 4 && participantEntryOpens(p)
      && PARTICIPANT_ENTRY_REST.test(p.rest) && PARTICIPANTS_LINE.test(p.lead) && !orgHead(p)
      && !p.tokens.some((t) => isTitle(t) || has(t, 'Place', 'Country', 'City')),
  },
  {
    // a party in a case's caption, on a line of its own: one whose given name is listed is a person
    reason: 'caption-party', cls: 'person', confidence: 0.8,
    example: 'KELBY FOODS INC., Plaintiff,\nv.\nTOVA K. BRINK, Defendant.',
    match: (p) => !p.single && p.words.length <= 5 && /^[ \t]*$/.test(p.lead) && CAPTION_PARTY_AFTER.test(p.after)
      && isCapsGivenName(p.words[0]!) && !orgHead(p),
  },
  {
    // names joined by an ampersand name a firm, as law and accounting firms are named for their partners (one of them a
    // name the parse or the lists know: not a journal's or a field's words, "Coastal Ecology & Policy")
    reason: 'ampersand-firm', cls: 'organisation', confidence: 0.75,
    example: 'Ilse Kelb, Marrack Tarnby & Holt, for the Defendant.',
    // (not two given names: "Tom & Ann")
    match: (p) => AMPERSAND_FIRM.test(p.span.text)
      && !(p.words.length === 3 && isListedFirstName(p.words[0]!) && isListedFirstName(p.words[2]!))
      && p.tokens.some((t) => has(t, 'Person', 'LastName', 'FirstName') || isCommonSurname(t.text)),
  },
  {
    // a union's branch by its number after the union's name (the name joins it only inside a longer name)
    reason: 'union-local', cls: 'organisation', confidence: 0.8,
    example: 'Members of Tarn Metro Drivers Local 88 walked out.',
    match: (p) => / Local \d{1,5}$/.test(p.span.text) && p.words.length >= 4,
  },
  {
    reason: 'national-branch', cls: 'organisation', confidence: 0.75,
    example: 'Shopper Forum Kenya said the recall came too late.',
    match: nationalBranch,
  },
  {
    reason: 'role-after-name', cls: 'person', confidence: 0.75, evidence: 'speech-only',
    // (a sentence's first word too, where it is a given name and the role someone's: "Dwayne, my campaign
    // manager, keeps a list")
    // (or a header line's name before a dash and a role: "Ann Lee — chief forecaster, Kelby Met Office")
    example: 'Brennock Halloway, a spokesman for the harbour board, declined.; Rosalind, his lawyer, said he was kind.; '
      + 'Speakers:\nAdelowo Okonji-Varn — director-general, Kelby Flood Office',
    match: (p) => personAfter(p) && lonePerson(p) && !has(p.tokens[0], 'Place', 'Organization', 'Acronym')
      && !personOfBefore(p)
      // (an employer is no person: "a cleaner employed by Harlow Vane Facilities, who lost a leg")
      && !EMPLOYER_BEFORE.test(p.before) && !NAME_AT_BEFORE.test(p.before)
      // ("a cook from nearby Pellan, who has waited": "who" tells of the person before the place)
      && !(p.single && p.sameSentence(p.prev) && /^(?:in|near|nearby|outside)$/.test(p.prev.normal))
      // (nor "a student from Baile Riabhach who helped", with no comma before "who")
      && !(p.sameSentence(p.prev) && /^(?:in|near|nearby|outside|from)$/.test(p.prev.normal) && /^ who\b/.test(p.after))
      && (p.single ? !p.span.initial || isCoreFirstName(p.tokens[0]!) && POSSESSED_APPOSITIVE_AFTER.test(p.after)
        : !thingHead(p) && !GENERIC_FIRST_WORDS.test(p.words[0]!) && !wordyBody(p)),
  },
  // 6. organisations by weaker context, acronyms, nationalities, countries
  {
    id: 'sports-team', delegate: 'sports: a team in a results table or a game report',
    decide: (p) => (nameDomains.sports ? sportTeam(p.ctx, p.span, p.tokens, p.lead, p.rest, p.before, p.after) : null),
  },
  {
    reason: 'org-noun-before', cls: 'organisation', confidence: 0.75,
    example:
      'Ferries run by the shipping company Tarvik stopped.; The families are represented by the law firm Leigh Cole.',
    // (after a comma, a people's name is the next clause's subject: "the rebel band, the Danish navy said")
    match: (p) =>
      (ORG_NOUN_BEFORE.test(p.before) && !FIRMS_PARTNER_BEFORE.test(p.before) || ORG_NOUN_CALLED_BEFORE.test(p.before)
        || (ORG_NOUN_APPOSITIVE_BEFORE.test(p.before) || ORG_NOUN_COMMA_BEFORE.test(p.before) && /^,/.test(p.after))
        && !has(p.tokens[0], 'Demonym', 'Place') && lexiconTag(p.words[0]!) !== 'Demonym' && !NATIONALITY_SHAPE.test(p.words[0]!))
      && p.sameSentence(p.prev) && !has(p.tokens[0], 'Country')
      // (a person's name after the kind is a relative clause's subject, "the company Ann Lee founded"; not a name whose
      // last word is no surname, "the charity Hope Rising", nor one no verb follows, "the law firm Leigh Cole.")
      && (!has(p.tokens[0], 'Person', 'FirstName') || noSurnameLast(p) || firmNamedForPeople(p) || describedAtOpening(p)
        // (nor one word the parse only guessed a person's, no given name and no frequent surname: "the housing
        // charity Hearthway has launched", where "Charity" may be a given name)
        || p.single && !has(p.tokens[0], 'FirstName', 'LastName') && !isListedFirstName(p.words[0]!)
          && !isCommonSurname(p.words[0]!) && lexiconTag(p.words[0]!) === undefined
        // (between commas after a body's kind the name is its apposition, not a clause's subject)
        || BODY_NOUN_COMMA_BEFORE.test(p.before) && /^,/.test(p.after))
      // (what a person has is no body's kind: "my producer, Tunde Osei,", "her agent Ann Lee"; nor is one word that
      // qualifies a plural after it a name: "between rival Kelbian factions")
      && !PERSONS_OWN_KIND_BEFORE.test(p.before) && !(p.single && qualifiesPlural(p))
      // (nor, by a given name, what a group has: "our producer, Ann Lee," though "our club, Kelby Rovers," is a body)
      && !(OUR_OWN_KIND_BEFORE.test(p.before) && isListedFirstName(p.words[0]!)),
  },
  {
    reason: 'org-role-after', cls: 'organisation', confidence: 0.75,
    example:
      'Tarvik shares fell 3 percent on Monday.; The ruling Civic Dawn party called the protest.; ' +
      'Velkor will cut 900 jobs.; The strike was backed by Kelvar members at the plant.; ' +
      'It hired Raj Velkar, a former Kelvane executive, on Monday.; ' +
      'The contract went to Dalby Pryor, which built the bridge.; The Kelmont Metrics poll had her at nine percent.',
    // (not a body's head word alone before its site, a generic one: "Service headquarters", "Council offices")
    match: (p) => !(p.single && ORG_HEAD_WORDS.has(p.head) && HEAD_SITE_AFTER.test(p.after))
      && (ORG_CONTEXT_AFTER.test(p.after) || kindAfterName(p) || firmWhichDid(p) || bodyBeforeItsRole(p)
        || (COMPANY_CONTEXT_AFTER.test(p.after) || TITLED_MEMBER_AFTER.test(p.after))
          && !has(p.tokens[0], 'Place', 'City', 'Region', 'Person', 'FirstName')
        || pluralSubject(p) || MEMBERS_AFTER.test(p.after) && !p.span.initial
        || EMPLOYEE_AFTER.test(p.after) && EMPLOYEE_BEFORE.test(p.before) && p.sameSentence(p.prev)
          && !has(p.tokens[0], 'Person', 'FirstName', 'Adjective')
        // ("Tarvinews interviews Dana Whitcomb": one word that is no one's name interviewing is an outlet)
        || p.single && nameDomains.interviews && interviewingOutlet(p.tokens[0]!, p.after)
        // ("the Kelmont Metrics poll": the pollster, after an article)
        || POLL_AFTER.test(p.after) && ARTICLE_BEFORE.test(p.before)
          && !has(p.tokens[0], 'Place', 'City', 'Region', 'Country', 'Person', 'FirstName'))
      && !placeLike(p) && !commonFirstWord(p) && !genericBodyOpening(p)
      // (nor a term in capitals that names no body: "the HR manager")
      && !NOT_ORG_ACRONYMS.has(p.span.text)
      // ("pitted the Dutch group against …": a nationality alone is whose the body is)
      && !(p.single && (has(p.tokens[0], 'Demonym') || lexiconTag(p.words[0]!) === 'Demonym'))
      && !(has(p.tokens[0], 'Place', 'City') && ORG_CONTEXT_AFTER_NOT_PLACE.test(p.after))
      // ("Lee's spokesman": a frequent surname's spokesman is a person's; so is a given name's co-founder, "Aarav's
      // co-founder, Min-jun Seo")
      && !(p.single && isCommonSurname(p.span.text) && /^[’']s spokes(?:man|woman|person)\b/.test(p.after))
      && !(p.single && has(p.tokens[0], 'FirstName') && GIVEN_NAMES_ROLE_AFTER.test(p.after)),
  },
  {
    reason: 'org-context-before', cls: 'organisation', confidence: 0.75,
    // (or a questioner's outlet in a transcript's label: "Q (Tova Brink, Velo Kelby):")
    // (or opening the line: "Tova Brink, KBN: When?")
    example: 'She bought a stake in Tarvik last year.; Q (Tova Brink, Velo Kelby): Was that the plan?; Briefing\n\n'
      + 'Tova Brink, KBN: When is the launch?; Hearing\nTova Brink (Chair): Welcome.\nIvo Marr (Mebyon Kelby): Thank '
      + 'you.\nTova Brink: Go on.',
    // ("Shares of Daltrey’s Kelmont Tool Inc": the shares are the unit's, whatever the owner is)
    match: (p) =>
      (ORG_CONTEXT_BEFORE.test(p.before) || questionerOutlet(p) || speakerBodyInBrackets(p))
      && !has(p.tokens[0], 'Country')
      && !isPlaceName(p.span.text)
      && (!has(p.tokens[0], 'Person') || acronymOpens(p.tokens))
      && !/^[’']s /.test(p.after) && !nationalityBeforeNoun(p)
      // (a tongue is none: "published in Spanish")
      && !(p.single && TONGUE_SHAPE.test(p.span.text))
      // ("a spokeswoman for Valencia airport": a town the lexicon knows qualifies the body after it)
      && !(p.single && placeTheLexiconKnows(p.tokens[0]!) && qualifiesNounAfter(p)),
  },
  // (a place acronym, "UK", was decided by place-name above)
  {
    // "AK-47", "XR-7": a model number; "ABCX 100 index": a market index
    reason: 'model-or-index', cls: 'other', confidence: 0.8,
    example: 'The KSE 100 index fell sharply.',
    match: (p) => acronymShape(p) && /^-\d|^ \d+ (?:index|share index)\b/.test(p.after),
  },
  {
    reason: 'acronym', cls: 'organisation', confidence: 0.7, evidence: 'acronym',
    example: 'The strike was called by the KWF on Monday.',
    match: (p) => acronymShape(p) && !NOT_ORG_ACRONYMS.has(p.span.text) && !has(p.tokens[0], 'Place', 'Country', 'Unit')
      && !SUBJECT_TAUGHT_BEFORE.test(p.before)
      // (a transcript's speaker label is a common word in capitals: "GUEST (Varga):", "ANCHOR:"; nor is its stage
      // direction in brackets: "(LAUGHS)", "[CROSSTALK]")
      && !(SPEAKER_LABEL_AFTER.test(p.after)
        && (lexiconTag(p.span.text.toLowerCase()) !== undefined || SPEAKER_LABEL_WORD.test(p.span.text)))
      && !(/[([]$/.test(p.before) && /^[)\]]/.test(p.after) && STAGE_DIRECTION.test(p.span.text))
      // (nor a speaker's initials the text spells out: "RB: …" after "RB — Rita Boyle"; nor a word shouted: "BANG!")
      && !initialsOfNamed(p.ctx, p.span.text)
      && !(/^!/.test(p.after) && lexiconTag(p.span.text.toLowerCase()) !== undefined)
      // (nor the first part of a reference code: "Ref: KT/REC/0042")
      && !/^\/[A-Z\d]/.test(p.after)
      // (nor a person's initials, which the text gives in brackets right after their name: "Mira Quell-Ostrand (MQO),
      // President … MQO moved the motion")
      && !personInitials(p.ctx).has(p.span.text)
      // (nor a player's handle, which a caption gives before the name: "ZEPH · Ann Lee · Support · Kelby Rovers")
      && !p.ctx.text.includes(`${p.span.text} · `),
  },
  {
    reason: 'nationality', cls: 'other', confidence: 0.9,
    example: 'Two Canadians were hurt.',
    match: (p) => has(p.tokens[0], 'Demonym') && p.single,
  },
  {
    reason: 'country', cls: 'place', confidence: 0.9,
    example: 'Talks between France and Spain resumed.',
    match: (p) => p.tokens.every((t) => has(t, 'Country')),
  },
];

const isDelegate = (r: NameRule | DelegatedRules): r is DelegatedRules => 'delegate' in r;
export const ruleKey = (r: NameRule | DelegatedRules): string => r.id ?? (r as NameRule).reason;

/** One rule that fired for a span: its key, its rank (evidence/weights.ts, 0 the strongest) and what it says. */
export interface FiredRule {
  key: string;
  rank: number;
  local: Local;
}

// the rules with their ranks, strongest first, built once: fired evidence comes out in rank order
const RANKED = LOCAL_RULES.map((rule) => {
  const key = ruleKey(rule);
  const rank = RULE_RANKS.get(key);
  if (rank === undefined) throw new Error(`names: local rule ${key} has no rank in evidence/weights.ts`);
  return { rule, key, rank };
}).sort((a, b) => a.rank - b.rank);

const localOf = (rule: NameRule): Local => {
  const { reason, cls, confidence, evidence } = rule;
  return evidence ? { cls, reason, confidence, evidence } : { cls, reason, confidence };
};

/**
 * Every local rule that fires for the span, strongest first (for the scorer, tests and debugging). `firstOnly` stops
 * at the first, which alone decides (the scorer's result is the same).
 */
export function scoredEvidence(ctx: Context, span: NameSpan, firstOnly = false): FiredRule[] {
  const p = probeOf(ctx, span);
  // "Sgt", "Major": a title alone is a name only if the article names someone so (resolved later); so is an office
  // ("the Foreign Minister said")
  if (isOfficeOnly(p.tokens)) return [];
  const fired: FiredRule[] = [];
  for (const { rule, key, rank } of RANKED) {
    if (isDelegate(rule)) {
      const decided = rule.decide(p);
      if (decided) fired.push({ key, rank, local: decided });
    } else if (rule.match(p)) fired.push({ key, rank, local: localOf(rule) });
    if (firstOnly && fired.length > 0) break;
  }
  return fired;
}

/**
 * The scorer: the strongest rule that fired (the lowest rank) decides the class, and its reason, confidence and typed
 * evidence are the decision's. The rules below it are recorded, not counted: a rank is compared, never added, so the
 * table may hold any number of rules. Null: nothing fired.
 */
export function scoreEvidence(fired: readonly FiredRule[]): Local | null {
  let strongest: FiredRule | null = null;
  for (const f of fired) if (!strongest || f.rank < strongest.rank) strongest = f;
  return strongest ? { ...strongest.local } : null;
}

/** What the local evidence decides about the span, or null: nothing in or around it says enough. */
export function localEvidence(ctx: Context, span: NameSpan): Local | null {
  return scoreEvidence(scoredEvidence(ctx, span, true));
}
