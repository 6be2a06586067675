// Casualty rules as data. Each pattern runs over one sentence; named groups carry the parts:
// qual (qualifier), count, victims, and one of the outcome groups below (killed, injured, hit).
// A rule either reads its count from the text or fixes it (`count`), and may mark its figures as
// anaphoric ("the victim died": someone already counted) or additional ("three others were hurt").
import { COUNT_SOURCE, NUMBER_WORD_SOURCE, QUALIFIER_SOURCE } from './numbers.js';

export type Outcome = 'killed' | 'injured' | 'hit';

export interface CasualtyRule {
  reason: string;
  example: string;
  pattern: RegExp;
  /** fixed outcome, when the rule itself decides it */
  outcome?: Outcome;
  /** fixed count (zero statements, singular victims, "double shooting") */
  count?: number;
  /** the victims were already introduced ("the victim", "he") */
  anaphoric?: boolean;
  /** part of a figure stated before ("two of them", "including four teachers") */
  subset?: boolean;
  /** the pattern needs a written count: sentences without one skip it */
  counted?: boolean;
  /** a cheap test that any sentence the pattern can match passes (speed only, never meaning) */
  cue?: RegExp;
}

// ---------------------------------------------------------------- vocabulary (general English)

/** People a casualty figure counts, singular head nouns. Suffixes catch most roles (-er, -ist, -ian...). */
const PERSON_WORDS =
  'man|woman|boy|girl|child|kid|teen|teenager|youth|juvenile|baby|infant|toddler|person|individual|victim|civilian|' +
  'student|pupil|officer|policeman|policewoman|cop|soldier|trooper|deputy|guard|sergeant|constable|corporal|captain|' +
  'lieutenant|commander|colonel|major|agent|official|clerk|employee|customer|bystander|pedestrian|motorist|cyclist|' +
  'passenger|driver|father|mother|dad|mom|mum|son|daughter|brother|sister|husband|wife|uncle|aunt|cousin|nephew|' +
  'niece|grandmother|grandfather|grandson|granddaughter|friend|girlfriend|boyfriend|fiancee|fiance|neighbou?r|' +
  'militant|insurgent|rebel|fighter|gunman|attacker|assailant|suspect|robber|intruder|trader|farmer|herder|herdsman|' +
  'leader|activist|member|journalist|reporter|teacher|pastor|priest|imam|cleric|monk|nun|elder|chief|demonstrator|' +
  'protester|protestor|villager|worshipp?er|pilgrim|tourist|migrant|refugee|male|female|adult|minor|senior|patient|' +
  'doctor|nurse|inmate|prisoner|resident|local|native|national|citizen|infantryman|recruit|cadet|guardsman|ranger|' +
  'policeman|jawan|constable|accountant|lawyer|judge|councillor|councilor|politician|candidate|supporter|worker|' +
  'labourer|laborer|shopkeeper|vendor|owner|landlord|tenant|host|guest|partygoer|fan|spectator|hunter|fisherman|' +
  'toddler|newborn|preteen|adolescent|human|hostage|captive|detainee|abductee|target|relative|sibling|spouse|partner|' +
  'roommate|acquaintance|classmate|coworker|co-worker|colleague|stranger|teenage(?:r)?|parent|client|servant|' +
  'sergeant|lieutenant|agent|recipient|occupant|participant|attendant|assistant|tenant|migrant|immigrant|' +
  'activist|journalist|motorist|cyclist|terrorist|extremist|separatist|tourist|dentist|scientist|pharmacist|' +
  'employee|refugee|detainee|trustee|attendee|trainee|shepherd|herdsman|patron|\\d+[- ]years?[- ]old';
// role nouns by suffix: "trader", "demonstrator", "Nigerian", "fisherman"; minus common words that only look like roles
const NOT_PERSON =
  '(?!(?:number|order|border|corner|center|water|paper|power|matter|letter|quarter|chapter|summer|winter|after|other|' +
  'under|over|never|ever|later|together|whether|either|neither|rather|further|floor|door|color|colour|error|sector|' +
  'factor|motor|interior|exterior|mirror|terror|tractor|elevator|trailer|computer|cover|river|shelter|theater|parlor|' +
  'parlour|manor|harbor|harbour|behavior|behaviour|favor|favour|honor|honour|labor|labour|rumor|rumour|tumor|meter|' +
  'liter|chamber|counter|trigger|bumper|finger|shoulder|lower|upper|outer|inner|helicopter|dinner|manner|banner|' +
  'poster|register|corridor|perimeter|barrier|encounter|another|whoever|however|wherever|whatever|november|' +
  'december|october|september|jr|sr|per|her|their|our|your|year|minor)\\b)';
const PERSON_SUFFIX = `${NOT_PERSON}[a-z][\\w'-]*(?:er|or|ian|man|woman|person)`;
/** A singular person head noun (or an age used as a noun: "a 15-year-old"). */
const PERSON = `(?:${PERSON_WORDS}|${PERSON_SUFFIX})`;
/** The same, plural: "men", "women", "children", "people", "troops", regular -s plurals. */
const PEOPLE = `(?:people|persons|men|women|children|kids|troops|personnel|police|youths|folk|${PERSON}s)`;

/** Modifiers before a head noun: "a 21-year-old Hamilton man", "an elderly woman" (lazy, bounded). */
const MODS = "(?:(?!(?:was|were|is|are|has|had|have|and|or|but|who|which|that|where|died|after|before|when|while|of|in|at|to|from|with)\\b)[\\w'’.-]+ ){0,4}?";
/** A short complement after the head: "an official of an intelligence agency", "a woman from Ohio". */
const COMPLEMENT = "(?: (?:of|from|in|at) (?:the |a |an )?(?:[A-Za-z][\\w'’-]* ){0,3}?[A-Za-z][\\w'’-]*)?";
/** An appositive between commas: "One victim, a 25-year-old man, was ..." */
const APPOSITIVE = "(?:,(?: [^,.;:!?]{1,40}?,){1,3})?";

const QUAL = `(?:(?<qual>${QUALIFIER_SOURCE}|all(?: of the)?|the other|the|all the|a total of|another|an additional|at least) )?`;
// a count is not the tail of a date or time ("20/06", "3:15") nor of a decimal, nor an age ("aged 18 to 45")
const COUNT = `${QUAL}(?<count>(?<![/:.\\d-])(?<!\\bage[ds]? (?:of )?(?:between )?(?:\\d+ ?(?:-|–|to|and) ?)?)(?!911\\b)${COUNT_SOURCE})`;
// a number that is an age, a duration, money or a measure is not a head count
const NOT_MEASURE =
  "(?![-\\u2010\\u2011]?(?:yo\\b|y/o|yrs?\\b|year|month|week|day|hour|minute|km|mile|metre|meter|per ?cent|%" +
    "|foot|feet|inch|caliber|calibre|mm\\b|point)|\\.\\d|,\\d{1,2}\\b|:\\d| ?(?:yrs?|yo|years|months|weeks|days" +
    "|hours|minutes|seconds|km|kilometres|kilometers|miles|metres|meters|feet|yards|inches|percent|per cent|am|pm" +
    "|a\\.m|p\\.m|dollars|rupees|pounds|euros|times|counts?|charges?|rounds|shots|bullets|o'clock|jan(?:uary)?" +
    "|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?" +
    "|dec(?:ember)?)\\b)";
/** Plural victims after a count: up to four words, lazily ("civilians", "security personnel"). */
const VICTIM_WORD =
  "(?!(?:and|or|but|then|while|when|where|as|after|before|were|was|are|is|had|has|have|who|which|that|the|a|an" +
    "|his|her|their|its|with|to|for|by|from|of|in|inside|at|on|said|says|saying|told|he|she|they|it|we|you|him" +
    "|them)\\b)[A-Za-z][\\w'’-]*";
const VICTIMS = `(?<victims>(?:${VICTIM_WORD} ){0,4}?(?:(?:from|of|in|inside|at|on) (?:the |a |an )?(?:${VICTIM_WORD} ){1,4}?)?)`;
/** Victims before a noun of outcome may be coordinated: "police and militia deaths". */
const NOUN_VICTIMS = "(?<victims>(?:(?!(?:with|to|by|for|from|said|says|saying|spoke|told|have|has|had|who)\\b)[A-Za-z][\\w'’-]* ){0,4}?)";
const VICTIMS_AFTER = `(?<victims>(?: ${VICTIM_WORD}){0,4}?)`;

/** Auxiliaries and adverbs between a subject and its outcome ("were reportedly", "has since been"). */
const AUX =
  "(?<aux>(?:(?:was|were|have|has|had|been|be|is|are|got|get|being|reportedly|reported|allegedly|also|later|all" +
    "|both|each|then|since|still|now|not yet|to|who|that|found|(?!fatally|mortally)[a-z]+ly|(?!shot" +
    "|struck)[a-z]+ed and) )*)";

// outcomes as predicates after a subject; longer phrases first
const KILLED_PRED =
  "(?<killed>shot and killed|shot dead|shot to death|stabbed to death|beaten to death|burn(?:ed|t) to death" +
    "|hacked to death|lynched(?: to death)?|(?:fatally|mortally) (?:shot|stabbed|wounded|injured|struck|hit)" +
    "|killed|murdered|assassinated|strangled|slain|massacred|executed|beheaded|gunned down|pronounced dead" +
    "|declared dead|found dead|confirmed dead|(?:found|pronounced|declared) deceased|dead|died|dies|die" +
    "|lost (?:their|his|her) li(?:ves|fe)|succumbed|passed away|shot and (?:later |eventually |then )?died" +
    "|killed instantly|shot and fatally wounded)";
const INJURED_PRED =
  "(?<injured>shot and (?:wounded|injured|hurt)|injured|wounded|hurt|maimed|recovering|survived(?! by\\b" +
    "| (?:unhurt|unharmed|uninjured|unscathed|without)\\b)|(?:being |been )?treated for (?:(?:his|her|their|minor" +
    "|serious|non-life[- ]threatening|gunshot|bullet|graze) )*(?:wounds?|injuries|injury)|expected to (?:survive" +
    "|recover)|in (?:critical|serious|stable|fair|grave|good) condition|(?:suffered|sustained|suffering" +
    "|sustaining) (?:an? )?(?:(?:minor|non-life[- ]threatening|superficial) (?:gunshot |bullet )?|(?:(?:minor" +
    "|serious|apparent|critical|life[- ]threatening|stab|multiple|severe) )*)(?:injuries|wounds|wound))";
const HIT_PRED =
  "(?<hit>shot(?! at\\b(?! (?:about|around|approximately|roughly|\\d)| (?:the )?(?:[\\w'’-]+ ){1,3}?(?:street" +
    "|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|parkway|highway|hwy|block)\\b| (?:a|an" +
    "|the) (?:[\\w-]+ ){0,2}?(?:house|home|residence|apartment|party|gathering|bar|club|nightclub|restaurant" +
    "|store|park|school|church|intersection|station|complex|motel|hotel|lounge|corner|event)\\b)| and (?:killed" +
    "|wounded|injured|hurt|fatally|mortally|later|eventually|then|died)\\b| dead| to death| back| down)" +
    "|struck by (?:gunfire|a bullet|bullets|a stray bullet|a round|shrapnel|a vehicle|a car)|(?:suffered" +
    "|sustained|suffering|sustaining) (?:an? )?(?:(?:apparent|single|multiple|serious|critical|severe" +
    "|life[- ]threatening|self-inflicted) )*(?:gunshot|gun shot|bullet|graze) wounds?|grazed by (?:a |an " +
    "|the )?(?:[\\w'’-]+ ){0,3}?(?:gunfire|bullets?|rounds?|shots?|pellets)|(?:treated and )?released from (?:a " +
    "|the )?(?:[\\w-]+ ){0,3}?hospitals?|(?:with|suffering from) (?:an? )?(?:(?:apparent|single|multiple|several" +
    "|serious|critical|severe|life[- ]threatening|possible) )*(?:gunshot|gun shot|bullet) wounds?" +
    "|fighting for (?:his|her|their) li(?:fe|ves)|hospitali[sz]ed|hit by (?:gunfire|a bullet|bullets" +
    "|a stray bullet|a round|shrapnel)|(?:taken|rushed|transported|transferred|airlifted|flown) to (?:a " +
    "|the )?(?:[\\w-]+ ){0,3}?(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re))|(?:drove (?:himself" +
    "|herself|themselves) to|walked into) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:hospitals?|medical cent(?:er|re)" +
    "|trauma cent(?:er|re)|emergency room))";
const PRED = `(?:${KILLED_PRED}|${INJURED_PRED}|${HIT_PRED})`;
const END = "(?![\\w-])";

// outcomes as transitive verbs before their object
const KILL_VERB =
  "(?<killed>shot and killed|shooting and killing|shot dead|shooting dead|fatally (?:shot|shooting|stabbed" +
    "|stabbing|wounded|wounding)|gunned down|gunning down|killed|killing|kills|kill|murdered|murdering" +
    "|assassinated|assassinating|strangled|strangling|massacred|massacring|slaughtered|slaughtering|executed" +
    "|executing|claimed the li(?:ves|fe) of|claiming the li(?:ves|fe) of|took the li(?:ves|fe) of" +
    "|taking the li(?:ves|fe) of)";
const HURT_VERB = '(?<injured>injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|maimed|maiming)';
const HIT_VERB = '(?<hit>shot|shooting|struck|striking|hitting)';

/** A name: capitalised words, not a day or month ("Jane Doe", "J. R. Smith"). */
const NAME =
  "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July" +
    "|August|September|October|November|December|The|A|An|He|She|They|It|Police" +
    "|Officers?)\\b)[A-Z][\\w'’-]+(?: (?:[A-Z][\\w'’.-]*))" + "{0,3}";

/** A singular victim: "a 21-year-old man", "an official of an intelligence agency", "one soldier". */
const A_PERSON = `(?<victims>(?:an?|one|another|a single) ${MODS}${PERSON}${COMPLEMENT})`;
/** One of two coordinated victims: "a girl", "her mother", "an 18-year-old man from Dayton". */
const PAIR_MEMBER = `(?:(?:an?|one|his|her|their|its) ${MODS}${PERSON}${COMPLEMENT})`;
/** A victim already introduced: "the victim", "the boy", "the other". */
const THE_PERSON = `(?<victims>(?:the|that|this) ${MODS}${PERSON}|the other|the second(?: ${PERSON})?)`;
/** An object victim: indefinite or possessive ("killed a taxi driver", "shot his wife", "shot himself"). */
const OBJ_PERSON = `(?<victims>(?:an?|one|another|his|her|their|its) ${MODS}${PERSON}${COMPLEMENT}|himself|herself|him|her)`;
/** The same, or a definite one: "stabbed the town's mayor to death" names whom the verb killed. */
const OBJ_PERSON_OR_THE = `(?<victims>(?:an?|one|another|his|her|their|its|the) ${MODS}${PERSON}${COMPLEMENT}|himself|herself|him|her)`;
/** A possessed victim, maybe named in an appositive: "her driver, Tomas Quill," "his brother". */
const POSSESSED_PERSON = `(?<victims>(?:his|her|their|its) ${MODS}${PERSON})`;

const g = (source: string): RegExp => new RegExp(source, 'gi');
/** case-sensitive, for rules that read capitalised names */
const cs = (source: string): RegExp => new RegExp(source, 'g');

export const casualtyRules: CasualtyRule[] = [
  // zero statements first: "no one was injured" must not read as "one was injured"
  {
    reason: 'no-one-harmed',
    cue: /\bno(?:body| one|ne)\b/i,
    example: 'no one was killed',
    pattern: g(`\\b(?<count>no one|nobody|none|no other (?:people|persons)|no one else|nobody else` +
      `|no others?) ${AUX}(?:${KILLED_PRED}|${INJURED_PRED}|${HIT_PRED})${END}`),
    count: 0,
  },
  {
    reason: 'no-casualties-reported',
    cue: /\b(?:no|zero|without)\b/i,
    example: 'no injuries were reported',
    pattern: g(`\\b(?<count>no|zero|without any|without) (?:(?:immediate|reported|other|serious|further|additional` +
      `|known) )?(?:(?<injured>casualties|injuries|injured)|(?<killed>deaths|fatalities))\\b`),
    count: 0,
  },
  // compound events: "a double homicide", "a triple shooting"
  {
    reason: 'multiple-victim-event',
    cue: /double|triple|quadruple|quintuple/i,
    example: 'a double homicide',
    pattern: g(`\\b(?<count>double|triple|quadruple|quintuple)[- ](?:(?<killed>(?:fatal[- ])?(?:homicides?|murders?` +
      `|killings?|murder-suicide|shootings?(?<=fatal[- ]shootings?)))|(?<hit>shootings?))\\b`),
  },
  // "left 3 dead and 12 injured", "leaving one dead"
  {
    reason: 'left-count-outcome',
    cue: /\blea?(?:ve|ft|ving)/i,
    counted: true,
    example: 'the blast left 3 dead and 12 injured',
    pattern: g(`\\b(?:left|leaving|leaves|leave) ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER} (?:(?<killed>dead|killed)|(?<injured>injured|wounded|hurt))\\b`),
  },
  {
    reason: 'left-person-outcome',
    cue: /\blea?(?:ve|ft|ving)/i,
    example: 'the shooting left a 20-year-old man dead',
    pattern: g(`\\b(?:left|leaving|leaves|leave) ${A_PERSON} (?:(?<killed>dead)|(?<injured>injured|wounded|hurt))\\b`),
    count: 1,
  },
  // "two men were shot", "nine villagers were killed", "Four people are dead"
  {
    reason: 'count-victims-outcome',
    counted: true,
    example: 'nine villagers were killed',
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE}(?: of (?<partitive>them|those|whom|the (?:[\\w-]+ ){0,2}?(?:dead|killed` +
      `|injured|wounded|victims|${PEOPLE})))? ${VICTIMS}${AUX}${PRED}${END}`),
  },
  // "a 5-year-old boy who was shot in the face has died": the outcome at the end of the clause wins
  {
    reason: 'person-who-died',
    cue: /\bwho\b/i,
    example: 'a boy who was shot on Tuesday has died',
    pattern: g(`\\b${A_PERSON},? who [^.;:!?]{1,100}? (?:has |have |had |later |since |eventually )*(?<killed>died|been pronounced dead|succumbed)${END}`),
    count: 1,
  },
  // "1 civilian, a tribal elder, was killed"
  {
    reason: 'count-victims-appositive-outcome',
    example: 'two guards, both in their forties, were killed',
    counted: true,
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE} (?<victims>(?:${VICTIM_WORD} ){0,3}?${VICTIM_WORD}(?: (?:from|of|in|inside|at` +
      `|on) (?:the |a ` +
      `|an )?(?:${VICTIM_WORD} ){0,3}?${VICTIM_WORD})?)(?:, [^,.;:!?]{1,60}?){1,2}, ${AUX}${PRED}${END}`),
  },
  // "a girl and her mother were killed", "a man and a teenager are fighting for their lives": two victims
  {
    reason: 'person-pair-outcome',
    cue: /\band\b/i,
    example: 'a girl and her mother were killed',
    pattern: g(`\\b(?<victims>${PAIR_MEMBER} and (?:${PAIR_MEMBER}|${MODS}${PERSON}))${APPOSITIVE},? (?=(?:who ` +
      `|that )?(?:were|are|have|had|both|all|died|later|each)\\b)${AUX}${PRED}${END}`),
    count: 2,
  },
  // "the bodies of two children", "the body of a woman was found"
  {
    reason: 'bodies-of',
    cue: /\bbod(?:y|ies) of\b/i,
    example: 'officers found the bodies of two hikers',
    counted: true,
    pattern: g(`\\b(?<killed>bodies) of ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER}(?=[,.;:!?)(]| and| in| on| at| inside` +
      `| near| outside| below| under| behind| beside| along| who| were| was| from| after|$)`),
  },
  {
    reason: 'body-of-person',
    cue: /\bbody of\b/i,
    example: 'the body of a woman was found',
    pattern: g(`\\b(?<killed>body) of ${A_PERSON}${END}`),
    count: 1,
  },
  // "A man was killed", "an official ... was shot dead", "One died at the scene"
  {
    reason: 'person-outcome',
    example: 'a woman was injured',
    pattern: g(`\\b${A_PERSON}${APPOSITIVE} ${AUX}${PRED}${END}`),
    count: 1,
  },
  // "her driver, Tomas Quill, was killed", "his brother was wounded": a possessed person is one victim
  {
    reason: 'possessed-person-outcome',
    cue: /\b(?:his|her|their|its)\b/i,
    example: 'her driver, Tomas Quill, was killed',
    pattern: g(`\\b${POSSESSED_PERSON}${APPOSITIVE} (?=(?:was|has|had|died|later|succumbed|is)\\b)${AUX}${PRED}${END}`),
    count: 1,
  },
  // "32-year-old Jane Doe was shot": an age before a name is one victim
  {
    reason: 'aged-name-outcome',
    cue: /year[- ]old/i,
    example: '32-year-old Jane Doe was shot in the arm',
    pattern: cs(`(?<![\\w-])(?<victims>\\d{1,3}-year-old ${NAME})${APPOSITIVE} (?!(?:were|are|have|all|both)\\b)${AUX}${PRED}${END}`),
    count: 1,
  },
  // "Jane Doe, 34, was shot", "John Roe, 19, of Eastbrook, who was wounded": a name with an age is one victim
  {
    reason: 'name-age-outcome',
    cue: /, (?:age |aged )?\d{1,3},/,
    example: 'Jane Doe, 34, was shot in the arm',
    pattern: cs(`(?<![\\w-])(?<victims>${NAME}), (?:age |aged )?\\d{1,3}(?:,(?: [^,.;:!?]{1,40}?,){0,2})?,? (?!(?:were|are` +
      `|have|all|both)\\b)${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "Stephen died later at the hospital", "Jane Doe was pronounced dead": a named person's death
  // (a lone plural-looking word before "died" is more often a common noun: "Hopes died")
  {
    reason: 'name-died',
    example: 'Jane Doe died later at the hospital',
    pattern: cs(`(?<![\\w-])(?!(?:Nobody|None|Many|Most|Some|Several|Others|Both|All|Each|Everyone|Hundreds|Thousands` +
      `|Dozens|Scores|Few|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|One|Who|Which|That|This|These|Those` +
      `|Someone|Anyone|Authorities|Officials)\\b)(?![A-Z][\\w'’-]*s (?:(?:later|eventually|then` +
      `|also) )?died\\b)(?<victims>${NAME}) (?:(?:later|eventually|then|also) )?(?<killed>died` +
      `|was pronounced dead|was declared dead|was killed|was fatally shot|was shot and killed` +
      `|was shot dead)${END}`),
    count: 1,
    anaphoric: true,
  },
  // "Another was injured", "another injured" (after a first victim)
  {
    reason: 'another-outcome',
    cue: /another/i,
    example: 'a policeman was killed and another injured',
    pattern: g(`\\b(?<victims>another(?: one)?) ${AUX}${PRED}${END}`),
    count: 1,
  },
  // "the victim was pronounced dead", "the boy died", "the other died later"
  {
    reason: 'definite-person-outcome',
    example: 'the victim was pronounced dead',
    pattern: g(`\\b${THE_PERSON}${APPOSITIVE} ${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "he died at the hospital", "she was shot in the leg"
  {
    reason: 'pronoun-outcome',
    cue: /\b(?:he|she)\b/i,
    example: 'he died at the hospital',
    pattern: g(`\\b(?<victims>he|she) ${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "both were killed", "both men died"
  {
    reason: 'both-outcome',
    cue: /\bboth\b/i,
    example: 'both men were shot',
    pattern: g(`\\b(?<victims>both(?: of them| ${PEOPLE}(?: (?:of|from|in|inside|at|on) (?:the |a ` +
      `|an )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?)?|(?:they|the two) (?:were )?both) ${AUX}${PRED}${END}`),
    count: 2,
    anaphoric: true,
  },
  // "shot two men to death"
  {
    reason: 'verb-count-to-death',
    cue: /to death/i,
    counted: true,
    example: 'the guards shot two men to death',
    pattern: g(`\\b(?:shot|shooting|stabbed|stabbing|beat|beaten|beating|hacked|hacking|burned|burning) ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER} to death\\b`),
    outcome: 'killed',
  },
  // "which killed nine villagers", "killing 20 residents", "wounded four others"
  {
    reason: 'verb-count-victims',
    counted: true,
    example: 'which killed nine villagers',
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) ${COUNT}\\b${NOT_MEASURE}(?: of (?<partitive>them|those` +
      `|the (?:[\\w-]+ ){0,2}?${PEOPLE}))?(?<victims>(?: [A-Za-z][\\w'’-]*){0,4}?)(?= dead| injured| wounded` +
      `|[,.;:!?)(]| and| or| in| on| at| when| while| after| before| during| including| as| near| inside| outside` +
      `| with| who| whom| it| they| that| which| from| by| but| to| late| early| last| this| around| about` +
      `| shortly| just| overnight| yesterday| today| tonight| (?:mon|tues|wednes|thurs|fri|satur|sun)day|$)`),
  },
  // "shot his daughter to death"
  {
    reason: 'verb-person-to-death',
    cue: /to death/i,
    example: 'he shot his neighbour to death',
    pattern: g(`\\b(?:shot|shooting|stabbed|stabbing|beat|beaten|beating|hacked|hacking) ${OBJ_PERSON_OR_THE}(?: [\\w'’-]+)? to death\\b`),
    outcome: 'killed',
    count: 1,
  },
  // "killed a cattle herder", "shot and killed a civilian", "shot his wife"
  {
    reason: 'verb-person',
    example: 'gunmen shot and killed a clan elder',
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) ${OBJ_PERSON}\\b`),
    count: 1,
  },
  // "killing John Roe, 18": a named victim with an age
  {
    reason: 'verb-name-age',
    example: 'opened fire, killing John Roe, 18',
    pattern: cs(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) (?<victims>${NAME}), \\d{1,3}\\b(?![,.]?\\d)`),
    count: 1,
  },
  // "an accidental shooting claimed a life"
  {
    reason: 'claimed-a-life',
    cue: /\bli(?:fe|ves)\b/i,
    example: 'the crash claimed a life',
    pattern: g(`\\b(?:claimed|claiming|claims|took|taking|takes) (?:a|one) (?<killed>life)\\b`),
    count: 1,
  },
  // "sent a man to the hospital"
  {
    reason: 'sent-person-to-hospital',
    cue: /\bsen[dt]/i,
    example: 'the shooting sent a man to the hospital',
    pattern: g(`\\b(?:sent|sending|sends) ${A_PERSON} to (?:a |the )?(?:[\\w-]+ ){0,2}?hospitals?\\b`),
    outcome: 'hit',
    count: 1,
  },
  // "sent five people to the hospital"
  {
    reason: 'sent-to-hospital',
    cue: /\bsen[dt]/i,
    counted: true,
    example: 'the shooting sent five people to the hospital',
    pattern: g(`\\b(?:sent|sending|sends) ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER} to (?:a |the )?(?:[\\w-]+ ){0,2}?hospitals?\\b`),
    outcome: 'hit',
  },
  // "the shooting death of a 16-year-old girl", "the fatal shooting of another teen"
  {
    reason: 'death-of-person',
    cue: /shooting|stabbing|murder|killing|homicide|slaying/i,
    example: 'the shooting death of a teenager',
    pattern: g(`\\b(?:(?<killed>(?:shooting|stabbing) deaths?|fatal (?:shooting|stabbing)|murders?|killings?|slayings?` +
      `|homicides?)|(?<hit>(?:non-fatal |accidental )?shooting)) of (?:${OBJ_PERSON}|(?<count>\\d+` +
      `|${'two|three|four|five|six|seven|eight|nine|ten'}) ${PEOPLE})\\b`),
    count: 1,
  },
  // "police are investigating a fatal shooting": the event itself says someone died
  {
    reason: 'fatal-event',
    example: 'police are investigating a fatal shooting',
    cue: /fatal|deadly|death/i,
    pattern: g(`\\b(?:fatal|deadly) (?:shooting|stabbing|shootout|attack|ambush|bombing|crash)\\b|\\b(?:shooting|stabbing) death\\b`),
    outcome: 'killed',
    count: 1,
    anaphoric: true,
  },
  // "a murder-suicide": the one killed and the killer
  {
    reason: 'murder-suicide',
    example: 'police called it a murder-suicide',
    cue: /suicide/i,
    pattern: g(`\\b(?:murder|homicide|killing)[- ]suicide\\b`),
    outcome: 'killed',
    count: 2,
    anaphoric: true,
  },
  // "17 police and militia deaths", "22 fatalities", "two dead"
  {
    reason: 'count-victims-noun',
    counted: true,
    example: '17 police and militia deaths',
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE} ${NOUN_VICTIMS}(?:(?<killed>deaths|fatalities|dead|bodies|killed|lives lost)` +
      `|(?<injured>injuries|injured|wounded|casualties))\\b(?! (?:of|in) (?:the )?(?:past|last|previous|recent))`),
  },
  {
    reason: 'death-toll',
    cue: /tolls?\b/i,
    counted: true,
    example: 'the death toll rose to 45',
    pattern: g(`\\b(?:(?<killed>death|fatality)|(?<injured>casualty|injury)) tolls? (?:\\w+ ){0,4}?(?:to|at|of|reached|was` +
      `|is|hit|stood at|climbed to|rose to|risen to|now) ${COUNT}\\b${NOT_MEASURE}`),
  },
];

/** "four police and 39 civilians were killed": a count right before a figure, coordinated with it. */
export const coordinatedCount = new RegExp(`\\b${COUNT}\\b${NOT_MEASURE} ${VICTIMS}(?:, ?and |, |and )$`, 'i');
/** "injured two men and a 10-year-old girl": a further object coordinated after a verb's object
 * (a head noun the object left out may stand before "and": "his 4-year-old daughter and her mother"). */
export const coordinatedObject = new RegExp(`^(?: [a-z][\\w'’-]*)?,? and (?:(?<victims>(?:an?|one|another|his|her|their|its) ${MODS}${PERSON}${COMPLEMENT})` +
  `|${COUNT}\\b${NOT_MEASURE} (?<victims2>${PEOPLE}))\\b`, 'i');
/** "a 21-year-old man and a 23-year-old man were killed": a singular victim coordinated with a figure. */
export const coordinatedPerson = new RegExp(`\\b${A_PERSON}${APPOSITIVE} and (?:(?:his|her|their) )?$`, 'i');

/** A sentence without any of these word stems states no casualty figure: the rules skip it. */
export const OUTCOME_STEMS =
  /kill|dead|die|death|fatal|assassinat|strangl|injur|wound|hurt|shot|shoot|struck|strik|hitting|hospital|casualt|bod(?:y|ies)|li(?:ves|fe)|murder|massacr|slain|slaughter|execut|behead|gunn(?:ed|ing) down|condition|stab|lynch|homicide|toll|maim|harm|succumb|passed away|slay|deceased|surviv|grazed/i;

/** A sentence without any of these holds no written count. */
export const ANY_COUNT = new RegExp(`\\d|\\b(?:${NUMBER_WORD_SOURCE}|dozens?|scores|hundreds|thousands|several|few|couple|handful)\\b`, 'i');

/** "including four teachers" after a figure: a part of that figure, same kind. */
export const subsetPattern = g(`\\b(?:including|among them|among whom|of whom|of them|among the (?:dead|killed|victims|injured` +
  `|wounded)(?: were)?) ${COUNT}\\b${NOT_MEASURE}(?<victims>(?: [a-z][\\w-]*){0,3})`);

/** Words that make a count refer to something other than people. */
export const NOT_VICTIMS =
  /^(?:the )?(?:terrorist |militant |armed |other |more |of (?:the |its |his |her |their )?)?(?:groups?|organi[sz]ations?|vehicles?|cars?|buses|trucks?|houses?|homes?|buildings?|shops?|stores?|times|rounds?|shots?|bullets?|bombs?|rockets?|missiles?|shells?|grenades?|mortars?|countries|districts?|villages?|provinces?|states?|cities|towns|incidents?|cases?|attacks?|shootings?|weapons?|guns?|rifles?|handguns?|pistols?|dogs?|cats?|horses?|cows?|cattle|animals?|goats?|sheep|camels?|days?|nights?|weeks?|months?|years?|hours?|minutes?|blocks?|streets?|doors?|windows?|tires?|tyres?|counts?|charges?|points?|games?|goals?|percent|businesses|companies|parties|teams?|pounds|dollars|men's|women's|members of (?:congress|parliament))\b(?! (?:victims?|survivors?))/i;

/**
 * A sentence that counts over many events (a year, a city, a list of incidents) gives a statistic,
 * not the figure of an event: "73 officers were shot dead in the decade's worst year", "five people
 * have been killed so far this year", "ten were wounded in separate shootings across the city".
 */
export const AGGREGATE_CUES =
  /\b(?:(?:so far|already) this year|so far|(?:already|so far) in \d{4}|(?<!(?:image|photo|page|slide|picture) )\d+ of (?:the )?\d+ (?:\w+ )?(?:deaths|fatalities|victims|killings|homicides|shootings|murders|people|cases)|per year|a year|each year|every year|annual(?:ly)?|year-to-date|since (?:the (?:start|beginning)|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|(?:past|last|previous) (?:\w+ )?(?:years|decades?|months)|on record|statistics|on average|average of|(?:highest|lowest|deadliest) (?:total|number|year|month)|(?:separate|different|unrelated) (?:shootings|incidents|attacks)|series of (?:shootings|incidents)|(?:in )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:\w+ )?(?:shootings|shooting incidents)|in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:\w+ )?(?:incidents|attacks)|(?:across|around|throughout) the (?:city|county|state|country|nation)|(?:shootings|homicides|murders|killings) (?:this|last) (?:year|month))\b/i;

/** Cumulative tallies that only plural counts can be: "22 people shot over the weekend", "104 have been shot this year". */
export const TALLY_CUES =
  /\b(?:over|during|across) the (?:\w+ )?weekend\b|\b(?:have|has|had) (?:been|seen|recorded|reported)\b.{0,80}\bthis (?:year|month)\b|\bthis (?:year|month)\b.{0,80}\b(?:have|has|had) (?:been|seen|recorded)\b/i;

/** Event nouns that casualty figures belong to. */
export const EVENT_NOUNS =
  'hijacking|bombing|bombings|attack|attacks|shooting|shootings|clash|clashes|explosion|blast|crash|massacre' +
    '|raid|strike|airstrike|ambush|assault|fire|stabbing|collision|derailment|earthquake|flood|floods|storm|riot' +
    '|violence|fighting|battle|incident|accident|gunfight|firefight|shelling|shootout|gunfire|robbery|homicide' +
    '|murder|killing|killings';

/** The event phrase: up to three modifiers, the event noun, and an "of ..." complement. */
export const eventPattern = new RegExp(
  `(?:\\b(?:[A-Z][\\w’'-]*|suicide|terrorist|terror|deadly|fatal|bomb|car|twin|mass|gun|armed|militant|missile` +
    `|drone|air|road|train|school|mob|drive-by|double|triple|accidental|apparent|domestic|police|officer-involved` +
    `|gang-related|random|overnight|weekend|early-morning|late-night` +
    `|arson) ){0,3}\\b(?:${EVENT_NOUNS})\\b(?: (?:of|on) (?:the |a |an )?(?:[\\w’'-]+ ){0,4}?(?:[\\w’'-]+)(?=,` +
    `| by| in| which| that| at| on|\\.|$))?`,
  'g',
);

/** Event nouns that name no particular kind of event: they can stand for any other. */
export const GENERIC_EVENTS = /^(?:attacks?|incidents?|violence|assault|raid|fighting|clash(?:es)?|battle|killings?|homicide|murder|fire|gunfire)$/i;

/** "by the X", "attributed ... to X", "X claimed responsibility". */
export const perpetratorPatterns: RegExp[] = [
  /\b(?:by|to) (?:the )?(?<name>(?:[A-Z][\w’'-]*|al|of|e|ul)(?: (?:[A-Z][\w’'-]*|al-\w+|of|e|ul))*)/g,
  /(?<name>\b[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (?:claimed|has claimed|have claimed) responsibility/g,
];

/** "in Eastport", "near the border town": a place for the event. */
export const locationPattern = /\b(?:in|near|at|outside) (?:the )?(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)/g;
