// Person evidence as data: title and role words that sit before or after a name, and first names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/package-root.js';
import { anyOf, eitherCaseFirst } from '../../lexicon/patterns.js';
import { BUSINESS_KIND_HEADS } from '../organisation/patterns.js';
import { FIRST_NAME_LIST } from './first-names.js';
import { rx } from '../../util/regex.js';
import { WEEKDAY_NAMES } from '../../lexicon/calendar.js';

/**
 * Forms of address of West African news ("Alhaji Bala Umar", "Hajiya Amina Sule", "Otunba Kola Adeyemi", "Togbe Kwame
 * Adzorku"), of Malaysian and Singaporean news ("Datuk Azlan Hamid", "Mdm Tan Mei Ling") and others ("Madam Efua
 * Mensah"): titles before a name, and no role.
 */
export const REGIONAL_HONORIFICS = [
  'alhaji', 'alhaja', 'hajiya', 'hajia', 'otunba', 'togbe', 'datuk', 'dato', "dato'", 'datin', 'puan', 'encik', 'mdm',
  'madam',
  // Indonesia ("Bapak Joko", "Ibu Sri"), Ethiopia ("Weyzero Almaz"), Australia and the Caribbean
  // ("Aunty June", terms of respect for elders), Egypt's judges ("Counsellor Adel Omar")
  'bapak', 'ibu', 'weyzero', 'aunty', 'auntie', 'uncle', 'counsellor', 'counselor',
  // Spanish ("Doña Rosa Vidal"), Pakistan and north India ("Mian Tariq Javed"), Nigeria's engineers ("Engr. Bola Ade")
  'doña', 'dona', 'mian', 'engr',
  // Dutch and Indonesian academic forms of address, in lower case or not: "drs. Anke de Wit", "Ir. Budi Kartaman"
  'drs', 'ir',
  // who has made the pilgrimage to Mecca, in Afghan, Pakistani and Indonesian news: "Haji Gul Rahmat", "Hajjah Siti"
  'haji', 'hajji', 'hajjah',
  // a union's or a movement's members, in Nigerian, South African and Indian news: "Comrade Ade Bello"
  'comrade',
  // the Church of England's and Parliament's styles: "the Rt Revd Ann Lee", "the Revd Tom Roe", "the Ven. Ida Marr",
  // "the Rt Hon Ann Lee MP"
  'rt', 'revd', 'ven', 'venerable',
  // a French or Lebanese lawyer ("Maître Ann Lee")
  'maître', 'maitre',
];
/** A byline's roles after the outlet, and the grades before them: "Kelby Herald Staff Writer". */
// (or the desk that wrote it: "Kelby Herald Business Desk"; or who judges the arts: "Theatre Critic")
export const BYLINE_ROLES = ['writer', 'reporter', 'correspondent', 'editor', 'columnist', 'photographer', 'contributor',
  'desk', 'critic'];
export const BYLINE_ROLE_GRADES = ['staff', 'senior', 'chief', 'special', 'contributing', 'political', 'business',
  'sports', 'foreign', 'features', 'news', 'metro', 'city'];
/** A byline writer's role after the outlet, closing the line: " Staff Writer", " Senior Correspondent". */
export const BYLINE_ROLE_AFTER = new RegExp(`^ (?:(?:${BYLINE_ROLE_GRADES.join('|')}) )*(?:${BYLINE_ROLES.join('|')})` +
  '[ \\t]*(?:\\n|$)', 'i');
/**
 * Honorifics of two words, whose second word is also a given name: "Tan Sri Kamarul Yusof", "Datuk Seri Lim Boon Keat",
 * "the Rt Hon Ann Lee".
 */
export const HONORIFIC_PAIR = /^(?:(?:tan|datuk|dato'?|dato’) (?:sri|seri)|rt\.? hon\.?)$/;
/** Honorifics after a given name: Turkish "Selim Bey", "Ayla Hanım". */
export const HONORIFICS_AFTER = new Set(['bey', 'hanım', 'hanim', 'efendi']);

/** "President Ann Lee", "Coordinator for Trade Policy Dan Ortiz", "spokesman": role heads. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'coordinator', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'director', 'general', 'colonel', 'captain', 'senator', 'sen', 'rep',
  'representative', 'governor', 'gov', 'mayor', 'judge', 'juror', 'justice', 'ambassador', 'envoy', 'chairman',
  'chairwoman', 'chair', 'leader', 'commander', 'official', 'king', 'queen', 'prince', 'princess', 'pope',
  'sheikh', 'mullah', 'maulana', 'mufti', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'inspector', 'sergeant', 'sgt',
  'officer', 'lieutenant', 'lt', 'major', 'maj', 'admiral', 'adm', 'gen', 'col', 'capt', 'cpt', 'head',
  'ceo', 'executive', 'founder', 'co-founder', 'cofounder', 'professor', 'prof', 'coach', 'manager', 'chancellor', 'premier', 'deputy', 'assistant',
  'undersecretary', 'attorney', 'advocate', 'counsel',
  'provost', 'trustee', 'detective', 'sheriff', 'constable', 'superintendent', 'bishop', 'registrar',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'emir', 'sultan', 'marshal', 'commissioner',
  'advisor', 'adviser', 'aide', 'analyst', 'economist', 'lawyer', 'barrister', 'solicitor', 'correspondent', 'editor',
  'reporter',
  'broker', 'trader', 'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler', 'champion',
  ...REGIONAL_HONORIFICS,
  // players by their position: "winger Tane Whitford", "quarterback Dan Okafor"
  'winger', 'flanker', 'fullback', 'wicketkeeper', 'quarterback', 'pitcher', 'batter', 'seamer', 'spinner',
  'leg-spinner', 'off-spinner',
  // musicians by their part: "guitarist Hana Kowal and drummer Dev Rao" (not "singer": a maker's name, a sponsor's)
  'drummer', 'guitarist', 'bassist', 'vocalist', 'frontman', 'frontwoman', 'keyboardist', 'pianist',
  'violinist', 'cellist', 'rapper', 'songwriter', 'composer', 'conductor',
  'emperor', 'empress', 'czar', 'tsar', 'father', 'brother', 'sister', 'rev', 'reverend', 'monsignor',
  // clergy of a cathedral or a parish: "Canon Ann Lee", "Archdeacon Tom Roe"
  'canon', 'archdeacon', 'vicar', 'chaplain', 'deacon',
  'trooper', 'agent', 'investigator', 'patrolman', 'firefighter', 'coroner', 'prosecutor', 'pastor', 'principal',
  'speaker', 'administrator', 'councillor', 'councilor', 'cllr', 'cr', 'alderman', 'cfo', 'coo', 'cto', 'treasurer', 'cpl',
  'corporal',
  // members of legislatures: "Harbour Party MP Ann Lee", "Assemblyman Tom Roe"; "Crown Prince"
  'mp', 'mep', 'msp', 'mla', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
  'councilman', 'councilwoman', 'councilmember', 'crown',
  'pvt', 'private', 'ofc', 'det', 'supt', 'insp', 'atty', 'lt.', 'msgr', 'fr', 'brig', 'cmdr', 'cdr', 'amb',
  // the style of judges and ministers: "the Honorable Ann Lee" (not "Hon", a given name's syllable: "Lee Hon Ming")
  'honorable', 'honourable',
  // who rules on a game or a dispute: "Chief Arbiter Ann Lee", "referee Tom Roe"
  'arbiter', 'arbitrator', 'mediator', 'referee', 'umpire',
  // who keeps a collection: "Senior Curator Ann Lee"
  'curator', 'conservator',
]);

/** A profession's word, capitalised in a label's role: "Ann Lee, Chief Epidemiologist, Kelby Health Institute". */
export const CAPITALISED_PROFESSIONS = [
  'Epidemiologist', 'Economist', 'Scientist', 'Strategist', 'Analyst', 'Engineer', 'Researcher', 'Correspondent',
  'Curator', 'Architect', 'Physician', 'Consultant', 'Lead', 'Partner',
];

/** Lower-case role phrases: "special envoy for the Harbour Council". */
const ROLE_HEADS = [
  'secretary', 'minister', 'spokes(?:man|woman|person)', 'coordinator', 'director', 'chief', 'ambassador', 'envoy', 'adviser',
  'advisor', 'official', 'commander', 'leader', 'president', 'chairman', 'chairwoman', 'governor', 'mayor', 'head', 'founder',
  'general', 'deputy', 'representative', 'analyst', 'lawyer', 'officer',
  // who stands for office: "Ann Lee, a presidential candidate,"
  'candidate', 'nominee', 'challenger', 'incumbent',
  // who runs a university or a business, or teaches: "Olu Adeyemi, the vice-chancellor,"
  // (its second part capitalised too: "The university's Vice-Chancellor, Olu Adeyemi,")
  '(?:vice-)?chancellor', 'Vice-Chancellor', 'professor', 'executive', 'manager',
  // who edits a paper or a section of one: "Ann Lee, literary editor of the Kelby Ledger"
  'editor',
  // a business's own lawyer: "Harwell's general counsel Ann Lee"
  '(?:general|chief|legal) counsel',
  // who runs a firm of partners (a body may be a partner, never a managing one): "Ann Lee, managing partner of Kelby"
  '(?:managing|senior|founding) partner',
  // an office with "-general": "the authority's commissioner-general", "the state's auditor-general"
  '(?:attorney|auditor|solicitor|inspector|surgeon|commissioner|registrar|accountant|governor|postmaster)-general',
];
export const ROLE_HEAD_SOURCE = anyOf(ROLE_HEADS);
/** Scholars, makers and practitioners no body is: "the historian Ann Lee", "Dan Ortiz, a composer who …". */
export const MAKERS_AND_SCHOLARS = [
  'historian', 'scholar', 'philosopher', 'playwright', 'filmmaker', 'composer', 'musician', 'pianist', 'violinist',
  'chef', 'lawyer', 'architect', 'sculptor', 'painter', 'translator',
];
/**
 * The heads of the role a person's record gives (`role`, `affiliation`): the heads above and the jobs of business
 * and public life that name no one's rank ("Ann Lee, the Kelmont chief executive,"). Only the role's text reads
 * them; which spans are people does not. A "co-", "vice-" or "ex-" may lead the head ("co-leader").
 */
export const ROLE_TEXT_HEAD_SOURCE = '(?:co-|vice-|ex-)?' + anyOf([
  ...ROLE_HEADS, 'editor', 'chair', 'chairperson', 'economist', 'strategist', 'secretary-general', 'director-general',
  'partner', 'owner', 'researcher', 'scientist', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'MSP', 'MLA', 'treasurer',
  'prosecutor', 'judge', 'counsel', 'trustee', 'member',
  // who knows a field: "a shipping specialist at Kelby Legal", "a water policy expert at Tarvik Watch"
  'specialist', 'expert',
  'inspector', 'superintendent', 'commissioner', 'administrator', 'principal', 'dean', 'rector',
  'correspondent', 'reporter', 'producer', 'curator', 'consultant', 'organi[sz]er', 'campaigner', 'activist', 'boss', 'coach',
  // professions: "a cardiologist at Linford Medical Center", "an engineer with Kelmont Rail"
  'doctor', 'surgeon', 'nurse', 'paramedic', 'attorney', 'barrister', 'solicitor', 'engineer', 'fellow', 'lecturer',
  // (who heads a school: "headteacher of Kelby Primary School")
  '(?:head)?teacher', 'headmaster', 'headmistress', 'author',
  'instructor',
  // the sciences: "a chemist at Kelby Polytechnic", "a botanist with the Kelby Trust"
  '(?:bio|geo|astro|pharma|agro|electro|photo)?chemist',
  'physicist', '(?:bio|eco|zoo|geo|epidemio|viro|socio|psycho|meteoro|climato|'
    + 'archaeo|hydro|seismo|crimino|immuno|neuro)logist', 'botanist', 'historian', 'astronomer', 'statistician',
  'oceanographer', 'pharmacist', 'agronomist', 'geneticist', 'dentist', '(?:physio)?therapist',
  // who leads a team at work: "a Kelby team lead", "the project's design lead"
  'lead',
  // who leads a side: "our captain, Johan Ek,"
  'captain',
  // who represent, write or draw for others: "my agent, Carla Brennick,", "the photographer, Dan Pike,"
  'agent', 'publicist', 'writer', 'novelist', 'poet', 'photographer', 'designer', 'translator', 'illustrator',
  'journalist', 'columnist', 'presenter', 'critic', ...MAKERS_AND_SCHOLARS,
  // members of legislatures and of diplomacy: "a former lawmaker, Ann Lee,"
  'lawmaker', 'legislator', 'politician', 'diplomat', 'senator', 'councill?or', 'delegate',
  // who audits or hears complaints: "the state comptroller, Ana Ruiz,"
  'comptroller', 'auditor', 'ombudsman',
  // who brokers or looks into a dispute: "a federal mediator, Paul Orsi,", "the lead investigator, Ann Lee,"
  'mediator', 'negotiator', 'arbitrator', 'arbiter', 'investigator', 'detective',
  // who commands an incident or an operation: "Kelby Fire Authority's incident controller"
  'controller',
  // who rules a district or a court: "the district magistrate, Asha Rao,"
  'magistrate', 'collector', 'coroner', 'sergeant',
  // who speaks for workers on the floor: "the union's steward at the Tarvik yard"
  'steward',
  // who works a trade for others: "a sewing operator at Tarvik Knitwear", "a clerk at the court", "a student at …" (a
  // co-worker is kin of a kind, no job)
  'worker(?<!co-worker)', 'employee', 'operator', 'technician', 'labou?rer', 'clerk', 'accountant', 'banker', 'trader',
  'driver', 'pilot', 'student',
  // …and who keeps a place or guards it: "a cleaner employed by Kelby Facilities", "a logistics assistant"
  'cleaner', 'assistant', 'guard', 'mechanic', 'cashier', 'receptionist', 'volunteer',
  // who plays in an ensemble or leads it: "the orchestra's principal cellist", "a violinist with the Kelby Quartet"
  'conductor', 'concertmaster', 'soloist', 'cellist', 'violinist', 'violist', 'pianist', 'harpist', 'organist',
  'flautist', 'oboist', 'clarinett?ist', 'bassoonist', 'percussionist', 'trumpeter', 'trombonist', 'horn player',
  '[a-z]+ologist', '[a-z]+ician',
  // a rank before one who does a job: "chief forecaster", "senior planner", "lead negotiator"
  '(?<=\\b(?:[Cc]hief|[Ss]enior|[Pp]rincipal|[Ll]ead) )[a-z]+(?:er|or|ist)',
]);

/** "said Ann Lee", "according to Ann Lee": words before a name that only a person follows. */
// (and one who says who they are: "I'm Dana Marsh", "my name is Ann Lee")
export const PERSON_CONTEXT_BEFORE = new RegExp(String.raw`\b(?:said|says|according to|quoted|wife|husband|widow|son|` +
  String.raw`daughter|compatriot|team-?mate|veteran|seed|seeded|told by|I['’]m|I am|[Mm]y name is) $`);
/** "police arrested Ikechi Dabiri", "gunmen abducted …": what is done only to a person */
export const DONE_TO_PERSON_BEFORE = /\b(?:arrested|detained|kidnapped|abducted|assassinated|murdered|(?:identified|named) as) $/;
/** "Ann Lee said", "Lee, 45,", "Lee, who": words after a name that only a person precedes. */
const SPEECH_OR_SELF_AFTER = anyOf([
  'said', 'says', 'told', 'asked', 'replied', 'admitted', 'insisted', 'explained', 'wrote', 'himself', 'herself',
  // "added that", "added:"; not "added voice chat", what a product or a firm adds
  String.raw`added(?= *[,.:;"“”]| that\b| *$)`,
  // "recalled that he": a person remembers; "recalled 40,000 trucks": a maker calls its products back
  String.raw`recalled(?! (?:about |some |nearly |almost |more than |over )?(?:\d|(?:hundreds|thousands|millions) of\b))`,
]);
// "Ikechi Dabiri was shot dead", "Tarvik Osmanov was sentenced": what befalls only a person (a body is fined, not jailed)
const ONLY_PEOPLE_PASSIVE = String.raw`^ (?:was|were|has been|had been) ` +
  String.raw`(?:(?:fatally|critically|seriously|badly|later|also|reportedly|allegedly) )?` +
  anyOf(['shot', 'stabbed', 'killed', 'murdered', 'assassinated', 'executed', 'hanged', 'beheaded', 'kidnapped', 'abducted',
    'arrested', 'detained', 'jailed', 'imprisoned', 'sentenced', 'born', 'injured', 'wounded', 'hospitali[sz]ed', 'buried']) +
  String.raw`\b`;
export const ONLY_PEOPLE_PASSIVE_AFTER = new RegExp(ONLY_PEOPLE_PASSIVE);
const KIN_AND_AIDES = anyOf(['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'family', 'lawyer', 'aides?']);
export const PERSON_CONTEXT_AFTER = new RegExp(`^${anyOf([
  String.raw`,? who\b`, String.raw`, \d{1,2}, `, String.raw`, aged \d`, String.raw` \(\d{1,2}\)`,
  String.raw` ${SPEECH_OR_SELF_AFTER}\b`, String.raw`[’']s ${KIN_AND_AIDES}\b`,
  // "Tunji's calling from Kelby": a caller a phone-in puts through
  String.raw`(?:[’']s| is) (?:calling|on the line|joining us) (?:from|in)\b`,
  // "Eva Lind, wife of the playwright …": kin of someone
  String.raw`, (?:the )?(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister) of\b`,
  // "When Ama Boateng became director of the museum": one who takes up an office of a body
  String.raw` (?:became|becomes|was (?:named|appointed|elected)) (?:the |its )?(?:[\p{Ll}-]+ ){0,2}` +
    String.raw`(?:director|chairman|chairwoman|chair|president|chief executive|head|mayor|governor|minister|secretary|` +
    String.raw`editor|professor|manager|chancellor|ambassador|coordinator|curator|dean|principal) (?:of|at)\b`,
])}`, 'u');

/** A member of a body named by the body's kind: "council member Ann Lee" (a body is a member of one, never so). */
export const BODY_MEMBER = '(?:cabinet|council|board|committee|assembly) member';
/** Lower-case nouns for people that stand right before a name: "teenager Ann Lee", "his counterpart Ann Lee". */
const PERSON_NOUNS = [
  'counterpart', 'colleague', 'compatriot', 'rival', 'opponent', 'legend', 'veteran', 'teenager', 'defender',
  'striker', 'midfielder', 'goalkeeper', 'forward', 'winger', 'batsman', 'bowler', 'spinner', 'opener', 'playmaker',
  'paceman', 'seamer', 'wicketkeeper', 'all-rounder', 'quarterback', 'pitcher', 'full-back', 'fullback', 'centre-back',
  'center-back', 'captain', 'skipper', 'coach', 'rider', 'driver', 'jockey', 'trainer', 'sprinter', 'runner', 'swimmer',
  'boxer', 'referee', 'umpire',
  'golfer', 'novelist', 'author', 'writer', 'poet', 'singer', 'actor', 'actress', 'artist', 'dissident', 'activist',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'banker', 'broker', 'strategist', 'economist', 'analyst',
  'lawmaker', 'legislator', 'politician', 'candidate', 'challenger', 'incumbent', 'nominee', 'premier', 'dictator',
  'strongman', 'general', 'colonel', 'rebel leader', 'warlord', 'cleric', 'priest', 'monk', 'suspect', 'defendant',
  'victim', 'widow', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandson',
  'granddaughter', 'nephew', 'niece', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'stepfather',
  'stepmother', 'stepson', 'stepdaughter', 'girlfriend', 'boyfriend', 'fiancée?', 'woman', 'man', 'girl', 'boy',
  'student', 'journalist', 'photographer',
  'reporter', 'editor', 'correspondent', 'spokesman', 'spokeswoman', 'chief-of-staff', 'aide', 'adviser', 'advisor',
  'deputy', 'successor', 'predecessor', 'champion', 'seed', 'winner', 'finalist', 'Olympian',
  // witnesses and bystanders quoted in reports: "a resident, Ann Lee, said"
  'resident', 'witness', 'neighbour', 'neighbor', 'survivor', 'relative', 'friend', 'farmer', 'trader', 'shopkeeper',
  'villager', 'passenger', 'parent', 'teacher',
  // those an attack or an accident report names: "a tribal elder, Gul Rahman,", "the pilot, Ann Lee,"
  'elder', 'pilot', 'guard', 'nurse', 'doctor', 'worker', 'soldier', 'policeman', 'policewoman', 'imam', 'pastor',
  'pensioner',
  // children, named in reports of harm: "their eight-week-old baby, Ilka,"
  'child', 'baby', 'infant', 'toddler',
  // those one lives, studies, plays or works beside, in interviews: "my college roommate, Priscilla,", "co-host Luis"
  'roommate', 'flatmate', 'housemate', 'classmate', 'bandmate', 'co-host', 'co-star', 'co-author', 'co-worker', 'mentor',
  // who is interviewed or helped: "interviewee K Tharvel", "a volunteer, Ann Lee,"
  'interviewee', 'interviewer', 'volunteer', 'patient',
  // scientists and practitioners by their field's ending: "glaciologist Ann Lee", "statistician Dan Ortiz"
  '\\p{Ll}{3,}ologist', '\\p{Ll}{3,}ician',
  ...MAKERS_AND_SCHOLARS,
  // a member of a council's cabinet or a board: "council member Ann Lee" (a body is a member of something, never so)
  BODY_MEMBER,
];
export const PERSON_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])${anyOf(PERSON_NOUNS)} $`, 'u');
/** One of those nouns as a word, as a sentence may open with it: "Referee Ann Lee booked five players". */
const PERSON_NOUN_WORD = new RegExp(`^${anyOf(PERSON_NOUNS)}$`, 'iu');
export const isPersonNoun = (word: string): boolean => PERSON_NOUN_WORD.test(word);
/**
 * A caption line's role after the name that opens it, before the body that closes the line: "CAPTION: ANN LEE, Soil
 * Scientist, Kelby Soil Institute".
 */
// (or a dash, a post-nominal maybe before it, as a broadcast's caption writes it: "SUPER: Ann Lee MP — Chief Surveyor, …")
export const CAPTION_LINE_ROLE_AFTER =
  /^(?: \p{Lu}{2,3})?(?:,| [-\u2013\u2014]) (?<role>\p{Lu}[\p{L}&'’ -]{1,60}), (?=\p{Lu}[^,\n]{1,80}[ \t]*(?:\n|$))/u;
/** The endings of nouns for people who do something: "fisherman", "biologist", "historian", "farmer", "sculptor". */
export const PERSON_NOUN_ENDING = /(?:man|woman|ist|ian|er|or)$/;
// kin named together after a plural: "her sons, Ivo and Tam," (the list's members take its first one's class)
const PLURAL_KIN = ['sons', 'daughters', 'children', 'brothers', 'sisters', 'parents', 'twins', 'grandchildren'];
/** "His main rival, Ann Lee,", "the victim's brother, Ann Lee,": a person noun whose apposition is the name. */
export const PERSON_NOUN_APPOSITION_BEFORE =
  new RegExp(
    // (one modifier before the noun, hyphens and all: "their eight-week-old baby, Ilka,"; or two, a nationality among
    // them: "a young Kenyan writer, Wanjiru Mbeki,")
    // (a possessive's "'s" follows its owner's last letter: "the victim's brother, Ann Lee,")
    `(?:(?:^|[^\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Tt]he|[Aa]n?)|[’']s)` +
      `(?:(?: [\\p{Ll}\\d-]+)?(?: \\p{Lu}\\p{Ll}+(?:ian|ese|ish|ean|an|i|ch))|(?: [\\p{Ll}\\d-]+)?)` +
      ` ${anyOf([...PERSON_NOUNS, ...PLURAL_KIN])}, $`,
    'u',
  );
/**
 * "its rival Datavane", "its predecessor Kelmont One": after "its" these nouns name a company, team or thing;
 * "joined Kelmont from rival Datavane": a person comes from a rival body; "agreed to sell its arm to rival Tessaro
 * Pay": what is sold goes to a business.
 */
export const ITS_BODY_NOUN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]ts (?:rival|counterpart|successor|predecessor|challenger|incumbent|winner|champion)` +
    String.raw`|from rival|\b(?:sell|sells|sold|selling)\b[^.;!?]{0,60} to rival) $`,
  'u',
);
/** Sports reports: a scorer's minute "(47th)", "(captain)", cricket dismissals "c Ortiz b Lee", "lbw b Lee". */
export const PERSON_SCORER_AFTER = /^ \((?:\d{1,3}(?:st|nd|rd|th)?(?: minute)?(?:,[^)]*)?|captain|capt|pen|penalty|og|wk|c)\)/;
export const CRICKET_DISMISSAL_BEFORE = /(?:^|[\s|(])(?:c|st|b|lbw b|c & b|c and b) $/;
export const CRICKET_DISMISSAL_AFTER = /^ (?:b |c |st |lbw |run out|not out|retired|\d{1,3}(?:[ ;,)]|$))/;

/** Common first names (see first-names.ts for the source). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAME_LIST);
// Given names of many countries beyond the English lists (data/README.md): a text file read on the first look-up,
// one line per first two letters ("|Aad|Aadam|…|"), so that neither import nor first look-up builds a set of 30,000
// strings (cold start). The path is the package's, so the tests (src/), the library (dist/) and the bundled command
// (dist/main.cjs) read the same file.
const WORLD_FIRST_NAMES_FILE = 'src/facts/person/data/world-first-names.txt';
let worldFirstNames: ReadonlyMap<string, string> | undefined;
function worldFirstNameLines(): ReadonlyMap<string, string> {
  if (!worldFirstNames) {
    let text = '';
    try {
      text = readFileSync(join(packageRoot(), WORLD_FIRST_NAMES_FILE), 'utf8');
    } catch {
      // without the file the rules that need it never fire
    }
    worldFirstNames = new Map(text.split('\n').filter(Boolean).map((line) => [line.slice(1, 3), line]));
  }
  return worldFirstNames;
}
/** A given name only the world list holds ("Kalervo", "Bogomil"): weaker evidence than an English one. */
export const isWorldFirstName = (word: string): boolean =>
  !FIRST_NAMES.has(word) && (!!worldFirstNameLines().get(word.slice(0, 2))?.includes(`|${word}|`)
    || /^[A-Za-z-]+$/.test(word) && !!foldedWorldFirstNameLines().get(word.slice(0, 2))?.includes(`|${word}|`)
    // (and a name written with accents the list gives without: "Siobhán" of "Siobhan")
    || /\P{ASCII}/u.test(word) && isListedAsPlain(word.normalize('NFD').replace(/\p{M}/gu, '')));
const isListedAsPlain = (plain: string): boolean => /^[A-Za-z-]+$/.test(plain) && isListedFirstName(plain);

// English news often drops a name's accents ("Sinead", "Jose"): the list's accented names, folded to plain letters,
// are given names too (lines by first two letters as above, built on the first plain-letter word the list lacks)
let foldedLines: ReadonlyMap<string, string> | undefined;
// (a letter beyond printable ASCII: the list holds no control characters)
const ACCENTED_NAME = /[^|]*[^ -~][^|]*/g;
function foldedWorldFirstNameLines(): ReadonlyMap<string, string> {
  if (!foldedLines) {
    const byPrefix = new Map<string, string[]>();
    for (const line of worldFirstNameLines().values()) {
      // (only the names with a letter beyond ASCII: splitting every line was most of a cold start's cost here)
      for (const [name] of line.matchAll(ACCENTED_NAME)) {
        const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
        const names = byPrefix.get(plain.slice(0, 2));
        if (names) names.push(plain);
        else byPrefix.set(plain.slice(0, 2), [plain]);
      }
    }
    foldedLines = new Map([...byPrefix].map(([prefix, names]) => [prefix, `|${names.join('|')}|`]));
  }
  return foldedLines;
}

/** A given name of either list. */
export const isListedFirstName = (word: string): boolean => FIRST_NAMES.has(word) || isWorldFirstName(word);

/**
 * Laws, treaties and plans by their last word: "the Fair Share Amendment", "the Kelby Accord", "the General Data
 * Rules Regulation" (no person, and no title's either: "General" opens the law's name)
 */
export const LAW_HEADS = new Set([
  'act', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'doctrine', 'initiative', 'charter', 'declaration',
  'protocol', 'convention', 'regulation', 'regulations', 'directive', 'ordinance', 'statute',
]);

/** Words after which a capitalised span is not a person: places and organisations' kinds. */
export const NOT_PERSON_HEADS = new Set([
  'express', 'front', 'army', 'government', 'state', 'states', 'road', 'street', 'avenue', 'lane', 'square', 'park', 'hall',
  'house', 'palace', 'castle', 'bridge', 'hole', 'vale', 'valley', 'hill', 'hills', 'bay', 'island', 'islands', 'lake', 'river',
  'mountain', 'mountains', 'point', 'port', 'harbour', 'harbor', 'beach', 'coast', 'county', 'counties', 'city', 'town',
  'village', 'east', 'eastern', 'west', 'western', 'north', 'northern', 'south', 'southern', 'games', 'cup', 'open',
  'trophy', 'prize', 'award', 'stadium', 'arena', 'airport', 'station', 'prison', 'building', 'tower', 'centre', 'center',
  // buildings a given name may open: "the Rosa Lind Pavilion", "St Ann Cathedral"
  'pavilion', 'gallery', 'museum', 'library', 'theatre', 'theater', 'cathedral', 'chapel', 'temple', 'mosque',
  'catholic', 'protestant', 'orthodox', 'muslim', 'jewish', 'bulls', 'xi',
  // events, where a given name may open the name: "the Summer Olympics", "the Grace Valley Festival"
  'olympics', 'paralympics', 'championships', 'championship', 'festival', 'tournament', 'marathon', 'expo',
  ...LAW_HEADS, 'rights', 'right',
  // a public body's task: "Customs Enforcement" (as an organisation head it lowered a check half, docs/names.md)
  'enforcement',
  // a wildfire by its name, a fire service by its state's: "the Ross Fire", "Val Fire"
  'fire',
  // kinds of business a company's name ends in: "Harwell Pharma", "Orvik Logistics" name no person
  ...BUSINESS_KIND_HEADS,
  // businesses named after their owner: "Rosa Lind Cafe"
  'cafe', 'café', 'restaurant', 'shop', 'store', 'stores', 'bakery', 'diner', 'pizzeria', 'grill', 'salon', 'pub', 'hotel', 'motel', 'inn',
  // feasts and sales named by their weekday: "Easter Monday", "Black Friday"
  ...WEEKDAY_NAMES.map((day) => day.toLowerCase()),
]);

/**
 * A frequent surname alone ("Baker", "Turner") is also a common word, so it counts as a person
 * only in a slot that a person fills; each slot is a rule with its own reason. `after` is
 * tested on the text after the name (lower-cased in a title-case headline), `before` on the
 * sentence up to it.
 */
export interface SurnameSlot { reason: string; example: string; before?: RegExp; after?: RegExp; unless?: RegExp }
// what a company or a country has, not a person: "Kelmont's board", "Jordan's long border"
const POSSESSIONS_OF_A_BODY = [
  'board', 'boards', 'directors', 'shares?', 'stock', 'stocks', 'bonds?', 'debt', 'notes', 'certificates',
  'securities', 'rating', 'ratings', 'earnings', 'profits?', 'revenues?', 'sales', 'income', 'losses', 'dividend',
  'offer', 'bid', 'takeover', 'merger', 'acquisition', 'units?', 'division', 'subsidiary', 'subsidiaries', 'plants?',
  'factory', 'factories', 'stores', 'products', 'brands?', 'customers', 'clients', 'shareholders', 'stockholders',
  'employees', 'staff', 'workforce', 'operations', 'assets', 'capital', 'pill', 'border', 'borders', 'territory',
  'economy', 'population', 'army', 'military', 'troops', 'forces', 'government', 'parliament', 'coast',
  'embassy', 'airspace', 'waters', 'currency', 'exports', 'imports',
  // officers only a body has: "Tarnby's general manager, Ann Lee,", "Kelby's chief executive"
  'general manager', 'managing director', 'chief executive', 'chief financial officer', 'chief operating officer',
];
const NOT_PERSON_POSSESSIONS = new RegExp(`^[’']s (?:[\\p{Ll}-]+ ){0,2}?${anyOf(POSSESSIONS_OF_A_BODY)}\\b`, 'u');
const SPEECH_VERBS = anyOf([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'replied', 'insisted', 'explained', 'recalled',
  'admitted', 'warned', 'argued',
]);
// a function word after "'s" makes it "is" or "has": "Baker's in town"
const NOT_AFTER_POSSESSIVE = anyOf([
  'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'with', 'by', 'from', 'as', 'is', 'was', 'has', 'had',
]);
const STANCE_VERBS = anyOf([
  'defended', 'defends', 'praised', 'praises', 'criticised', 'criticized', 'criticises', 'criticizes', 'thanked', 'thanks',
  'blamed', 'blames', 'accused', 'accuses', 'urged', 'urges', 'endorsed', 'endorses', 'slammed', 'slams', 'congratulated',
  'rebuked', 'rebukes',
]);
const AUXILIARIES = anyOf(['had', 'has', 'was', 'is', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'should']);
export const SURNAME_SLOTS: readonly SurnameSlot[] = [
  // "it" after the verb speaks for a company: "Ford said it would recall"
  {
    reason: 'surname-before-speech-verb', example: 'Baker said the vote would wait.',
    after: new RegExp(String.raw`^ ${SPEECH_VERBS}\b(?! it\b)`),
  },
  {
    reason: 'surname-possessive-before-noun', example: 'Aides defended Baker’s plan.',
    after: new RegExp(String.raw`^[’']s (?!${NOT_AFTER_POSSESSIVE}\b)\p{Ll}`, 'u'), unless: NOT_PERSON_POSSESSIONS,
  },
  {
    reason: 'surname-after-stance-verb', example: 'Critics blamed Baker for the delay.',
    before: new RegExp(String.raw`\b${STANCE_VERBS} $`), unless: /^[’']/,
  },
  // "Lee said Baker had been ill": the subject of the reported clause
  {
    reason: 'surname-subject-after-speech', example: 'Aides said Baker had left.',
    before: /\b(?:said|says) $/, after: new RegExp(String.raw`^ ${AUXILIARIES}\b`),
  },
  { reason: 'surname-with-age-or-who', example: 'Baker, 54, resigned.', after: /^(?:, who\b|, \d{1,2}, |, aged \d)/ },
];

// a role phrase in lower case right before a name, no comma: "chief executive Ann Lee", "deputy finance minister Ann Lee";
// at a sentence's start its first word is capitalised anyway ("Chief financial officer Ann Lee said")
const ROLE_MODIFIER = '(?:chief|senior|executive|managing|deputy|vice|financial|operating|technology|technical|information|marketing|' +
  'commercial|legal|general|assistant|associate|acting|interim|former|ex|co|press|foreign|defen[cs]e|finance|interior|prime|state|' +
  'national|regional|security|communications|non-executive|independent|group|company|bank|party|union|team|club|investment|research|' +
  // a legislature's party group: "caucus leader Ann Lee", "parliamentary leader Dan Ortiz"
  'caucus|parliamentary|' +
  // a minister's portfolio: "deputy health minister Ann Lee", "Energy minister Dan Ortiz"
  'health|energy|education|justice|transport|agriculture|labou?r|trade|economy|environment|culture|home|tourism|housing|' +
  'industry|immigration|budget|sports?|infrastructure|climate|digital|development|fisheries|welfare|employment|shadow|' +
  // whom a leader or an officer leads: "opposition leader Ann Lee", "district police chief Dan Ortiz"
  'opposition|police|district|county|city|provincial|federal|local|fire|military|army|rebel|militia|campaign|top|' +
  // a party's: "Conservative leader Ann Lee"
  'conservative|liberal|republican|democratic|socialist|tory|' +
  // a director's or an officer's field: "medical director Ann Lee", "artistic director Dan Ortiz"
  'medical|clinical|creative|artistic|musical|scientific|editorial|sales|product|programme|program|festival|museum|' +
  'academy|nursing|design|personnel|operations|safety|policy|' +
  // the newer chief officers' fields: "chief content officer Ann Lee", "chief people officer Dan Ortiz"
  'content|people|strategy|growth|revenue|customer|data|risk|compliance|brand|innovation|sustainability|' +
  // who leads a school, a kitchen, a team: "head teacher Ann Lee"; who sits on a board: "board member Ann Lee"
  'head|board)';
const ROLE_NOUN = '(?:executive|officer|director|president|chairman|chairwoman|chairperson|chair|' +
  'spokes(?:man|woman|person)|secretary|minister|' +
  'manager|founder|co-founder|head|analyst|economist|strategist|adviser|advisor|lawyer|counsel|editor|treasurer|partner|leader|governor|' +
  'commissioner|ambassador|envoy|ceo|cfo|coo|cto|boss|coach|commander|engineer|superintendent|inspector|prosecutor|' +
  'mayor|councill?or|senator|chief|member|' +
  // professions: "head teacher Ann Lee", "surgeon Dan Ortiz"
  'teacher|principal|professor|lecturer|dean|judge|doctor|surgeon|nurse|attorney|researcher|scientist|curator|' +
  'correspondent|reporter|fellow|owner|[a-z]+ologist|[a-z]+ician|publicist|novelist|poet|photographer|singer|author|' +
  'magistrate|mediator|negotiator|activist|campaigner|auditor|' +
  // those who report, write, design or build: "local journalist Ann Lee", "architect Dan Ortiz"
  'journalist|columnist|broadcaster|presenter|writer|playwright|filmmaker|composer|conductor|architect|designer)';
// one role, then "and" another: "co-founder and chief executive Ann Lee", "president and CEO Dan Ortiz"
const FIRST_OF_TWO_ROLES = `(?:(?:${eitherCaseFirst(ROLE_MODIFIER)}[ -])?${ROLE_NOUN} and )`;
const ONE_ROLE = `(?:${eitherCaseFirst(ROLE_MODIFIER)}[ -])?(?:${ROLE_MODIFIER}[ -]){0,2}${ROLE_NOUN}`;
export const ROLE_PHRASE_BEFORE = new RegExp(`(?:^|[^\\p{L}’'-])(${FIRST_OF_TWO_ROLES}?${ONE_ROLE}) $`, 'u');

/** A title abbreviated with a full stop: "Gov. Ann Lee", "Lt. Gov. Ann Lee", "Florida Gov. Ann Lee". */
export const TITLE_ABBREVIATION = /^(?:Gov|Sen|Rep|Capt|Cpt|Lt|Sgt|Gen|Col|Maj|Cmdr|Cdr|Adm|Supt|Det|Insp|Cpl|Pvt|Amb|Atty|Brig)$/;

/** The words of a speaker's label in a transcript: a name or a part, up to four capitalised words ("Ann Lee:"). */
export const SPEAKER_LABEL_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;

// a wire story's closing credits: "(Reporting by Ann Lee in Kelby; Editing by Bo Lind)", "Additional reporting by"
export const CREDIT_LINE_OPENING = rx('')`^[ \t]*\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|
  [Rr]eported|[Ff]act-checking)(?: and (?:[Rr]eporting|[Ww]riting|[Ee]diting))? by [^\n]*$`;

/**
 * A header's line of those taking part, entries set off by semicolons: "Participants: Ann Lee, head gardener, Kelby
 * Abbey Trust; Tom Roe, …", "Speakers: AL = Ann Lee (Chair); …", "Hosts: Ann Lee, Tom Roe".
 */
// (or a body's panel: "Panel of the Kelby Medical Council: Ann Lee (panel chair); …")
export const PARTICIPANTS_LINE = new RegExp(String.raw`^[ \t]*(?:Participants|Panellists|Panelists|Present|Witnesses|` +
  String.raw`Speakers|Guests|Hosts|Attendees|In attendance|In the studio|On the panel|Panel of [^:\n]{1,80})\b` +
  String.raw`[^:\n]{0,20}:`, 'u');
