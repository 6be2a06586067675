// What the casualty rules are built from: their type, and the vocabularies and sub-patterns they share
// (victims, counts, outcomes as predicates and as verbs), each a regex source built from named parts.
import { COUNT_SOURCE, QUALIFIER_SOURCE } from './numbers.js';

export type Outcome = 'killed' | 'injured' | 'hit';

/** What the extractor runs of a rule: a global RegExp, or an object built to match as it would (outcome-once.ts). */
export interface RulePattern {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  exec(text: string): RegExpExecArray | null;
}

export interface CasualtyRule {
  reason: string;
  example: string;
  pattern: RulePattern;
  /** fixed outcome, when the rule itself decides it */
  outcome?: Outcome;
  /** fixed count (zero statements, singular victims, "double shooting") */
  count?: number;
  /** the count is how many times this matches the victims ("Jane Doe, 34, and John Roe, 61": two ages) */
  countEach?: RegExp;
  /**
   * the victims were already introduced ("the victim", "he"); false where a definite victim is new ("crashed, killing
   * the driver"); unset, a definite victim is taken as introduced
   */
  anaphoric?: boolean;
  /** part of a figure stated before ("two of them", "including four teachers") */
  subset?: boolean;
  /** victims other than those of the figures before ("killed 40 militants and lost eight soldiers": the army's own) */
  additional?: boolean;
  /** a running toll: it replaces the figures before it ("the death toll rose to 45") */
  toll?: boolean;
  /**
   * where the victims stand: a subject before the outcome, which other subjects may join from the left
   * ("four police and 39 civilians were killed"), or an object after a verb, which other objects may join
   * from the right ("injured two men and a boy")
   */
  victimsAs?: 'subject' | 'object';
  /** the victims are a pronoun: before an active verb it names the attacker ("he shot ...") */
  pronoun?: boolean;
  /** the pattern needs a written count: sentences without one skip it */
  counted?: boolean;
  /** a cheap test that any sentence the pattern can match passes (speed only, never meaning) */
  cue?: RegExp;
}

// ---------------------------------------------------------------- vocabulary (general English)

/** People a casualty figure counts, singular head nouns. Suffixes catch most roles (-er, -ist, -ian...). */
export const PERSON_WORDS =
  'man|woman|boy|girl|child|kid|teen|teenager|youth|juvenile|baby|infant|toddler|person|individual|victim|' +
  'civilian|student|pupil|officer|policeman|policewoman|cop|soldier|trooper|deputy|guard|sergeant|constable|' +
  'corporal|captain|lieutenant|commander|colonel|major|agent|official|clerk|employee|customer|bystander|' +
  'pedestrian|motorist|cyclist|passenger|driver|father|mother|dad|mom|mum|son|daughter|brother|sister|husband|' +
  'wife|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|friend|girlfriend|' +
  'boyfriend|fiancee|fiance|neighbou?r|militant|insurgent|rebel|fighter|gunman|attacker|assailant|suspect|robber|' +
  'intruder|trader|farmer|herder|herdsman|leader|activist|member|journalist|reporter|teacher|pastor|priest|imam|' +
  'cleric|monk|nun|elder|chief|demonstrator|protester|protestor|villager|worshipp?er|pilgrim|tourist|migrant|' +
  'refugee|male|female|adult|minor|senior|patient|doctor|nurse|inmate|prisoner|resident|local|native|national|' +
  'citizen|infantryman|recruit|cadet|guardsman|ranger|jawan|accountant|lawyer|judge|councillor|councilor|' +
  'politician|candidate|supporter|worker|labourer|laborer|shopkeeper|vendor|owner|landlord|tenant|host|guest|' +
  'partygoer|fan|spectator|hunter|fisherman|newborn|preteen|adolescent|human|hostage|captive|detainee|abductee|' +
  'target|relative|sibling|spouse|partner|roommate|acquaintance|classmate|coworker|co-worker|colleague|stranger|' +
  'teenage(?:r)?|parent|client|servant|recipient|occupant|participant|attendant|assistant|immigrant|terrorist|' +
  'extremist|separatist|dentist|scientist|pharmacist|trustee|attendee|trainee|shepherd|patron|pilot|co-pilot|' +
  'motorcyclist|athlete|jockey|paramedic|medic|bodyguard|passer-?by|chauffeur|aide|referee|umpire|chef|nanny|maid|' +
  'mechanic|cook|midwife|' +
  // hands on a boat, a farm, a stage: "a deckhand was flown to hospital"
  'deckhand|farmhand|stagehand|(?:stable|farm|ranch|deck|stage|dock|mill) hand|' +
  // who leads a party on a mountain or a tour: "two climbers and their guide died"
  'guide|' +
  // jobs of science, medicine and teaching that no body is called: "Tuini Kawharu, a freshwater ecologist at …"
  'ecologist|biologist|geologist|psychologist|epidemiologist|cardiologist|radiologist|pathologist|physician|' +
  'paediatrician|pediatrician|obstetrician|technician|statistician|dietitian|mathematician|engineer|surgeon|' +
  'researcher|lecturer|' +
  // heads of states, bodies and faiths, and envoys: "the president was assassinated", "the envoy was killed"
  'president|premier|envoy|diplomat|secretary|magistrate|king|queen|prince|princess|emir|sultan|sheikh|' +
  'bishop|archbishop|cardinal|pope|rabbi|mullah|sheriff|warden|\\d+[- ]years?[- ]old';
// role nouns by suffix: "trader", "demonstrator", "Nigerian", "fisherman"; minus common words that only look like roles
export const NOT_PERSON =
  '(?!(?:number|order|border|corner|center|water|paper|power|matter|letter|quarter|chapter|summer|winter|after|other|' +
  'under|over|never|ever|later|earlier|together|whether|either|neither|rather|further|floor|door|color|colour|error|sector|' +
  'factor|motor|interior|exterior|mirror|terror|tractor|elevator|trailer|computer|cover|river|shelter|theater|parlor|' +
  'parlour|manor|harbor|harbour|behavior|behaviour|favor|favour|honor|honour|labor|labour|rumor|rumour|tumor|meter|' +
  'liter|chamber|counter|trigger|bumper|finger|shoulder|lower|upper|outer|inner|helicopter|dinner|manner|banner|' +
  'poster|register|corridor|perimeter|barrier|encounter|another|whoever|however|wherever|whatever|november|' +
  'december|october|september|jr|sr|per|for|nor|her|their|our|your|year|minor)\\b)';
export const PERSON_SUFFIX = `${NOT_PERSON}[a-z][\\w'-]*(?:er|or|ian|man|woman|person)`;
/** A singular person head noun (or an age used as a noun: "a 15-year-old"). */
export const PERSON = `(?:${PERSON_WORDS}|${PERSON_SUFFIX})`;
/** A person's head noun, not the modifier of another: "a senior cleric", "a local trader", "a 45-year-old man". */
export const PERSON_HEAD = `${PERSON}(?! (?:${PERSON_WORDS})\\b)`;
/** The same, plural: "men", "women", "children", "people", "troops", regular -s plurals. */
/** The hurt a group is told as, after its count: "the 30 passengers wounded", "the 20 guests taken to hospital". */
export const HURT_AFTER_COUNT = '(?:injured|wounded|hurt|(?:taken|admitted) to (?:a |the )?hospital|hospitali[sz]ed)';
/** A part of the hurt who died, its whole counted in its own words: "Two of the 30 passengers wounded … have died". */
export const OF_THE_HURT_COUNTED =
  new RegExp(String.raw`^[\w-]+ of the \S+ (?:[a-z]+ )?${HURT_AFTER_COUNT}\b.* (?:died|succumbed)$`, 'i');
export const PEOPLE =
  `(?:people|persons|men|women|children|kids|troops|personnel|police|youths|folk|(?:house)?wives|crew|staff|${PERSON}s)`;

/** Modifiers before a head noun: "a 21-year-old Hamilton man", "an elderly woman" (lazy, bounded). */
// (nor an article: "a figure that omits the man" reads no victim "that omits the man")
const NOT_A_MODIFIER = 'was|were|is|are|has|had|have|and|or|but|who|which|that|where|died|after|before|when|while|' +
  'of|in|at|to|from|with|on|the|a|an';
export const MODS = `(?:(?!(?:${NOT_A_MODIFIER})\\b)[\\w'’.-]+ ){0,4}?`;
/** A short complement after the head: "an official of an intelligence agency", "a woman from Ohio". */
// "a man from Dayton", "a driver travelling behind the convoy"
// "a man in his 60s", "a woman in her late twenties": an age by its decade
const AGE_DECADE = "in (?:his|her|their) (?:early |mid-?|late )?(?:\\d0s|teens|twenties|thirties|forties|fifties|sixties" +
  "|seventies|eighties|nineties)";
// ("two journalists covering the protests": a participle and what it takes)
const PARTICIPLE = '(?!(?:including|killing|wounding|injuring|leaving)\\b)[a-z]{3,}ing';
// (no auxiliary or negation inside it: "a passenger in the car was not hurt" ends the complement at "car")
// (a possessive opens the complement's noun phrase, never ends it: "her boyfriend at their home", not "… at their")
const COMPLEMENT_WORD =
  "(?!(?:was|were|is|are|has|have|had|been|being|not|never|his|her|their|its|my|our|your)\\b)[A-Za-z][\\w'’-]*";
// ("a woman aged 27 was shot": the age after the noun)
// ("a girl of 9 was hurt": the age after "of")
export const COMPLEMENT = `(?: aged \\d{1,3}\\b| of \\d{1,2}\\b| ${AGE_DECADE}| (?:of|from|in|at|on|aboard|inside` +
  "|(?:travell?ing|walking|driving|riding|standing|sitting|waiting|sleeping|playing|lying|working) [a-z]+|" +
  PARTICIPLE + ") (?:the |a |an |his |her |their |its )?" +
  `(?:${COMPLEMENT_WORD} ){0,3}?${COMPLEMENT_WORD})?`;
/** An appositive between commas: "One victim, a 25-year-old man, was ..." */
// (one that tells harm is a clause of its own: "The gunman, who killed five people, later died" counts the five)
const HARM_IN_APPOSITIVE =
  "(?![^,.;:!?]*\\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|stabbed|stabbing)\\b)";
export const APPOSITIVE = `(?:,(?: ${HARM_IN_APPOSITIVE}[^,.;:!?]{1,60}?,){1,3})?`;

export const QUAL = `(?:(?<qual>${QUALIFIER_SOURCE}|all(?: of the)?|the other|the|all the` +
  `|a (?:combined )?total of|another` +
  `|an additional|a further|at least|only) )?`;
// money is no head count: "Tk 10,000 to each injured person", "$5,000", "P20,000", "Rs. 500"
const CURRENCY_BEFORE = "(?<![$£€¥₹₦₱₨] ?)" +
  "(?<!\\b(?:Tk|Tsh|Rs|KSh|Sh|Rp|RM|USD|EUR|GBP|INR|BDT|PKR|NGN|KES|ZAR|PHP|[RPKN])\\.? )";
// a count is not the tail of a date or time ("20/06", "3:15") nor of a decimal or a figure ("1,200"), nor an age
// ("aged 18 to 45"), nor the figure of a sum; it starts no word ("P20,000"); nor is a year after "in" or "since" ("floods
// in 2022 killed 1,700", "the floods of 2022 killed")
// a parent, whose "of" and a number tell how many children they have
const PARENT = '(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent)';
// a year that names an event after an article: "the 2004 tsunami killed", "a 1999 flood" (a count before a singular
// noun that is no word of harm; "the 2000 dead" stays a count)
const YEAR_OF_AN_EVENT = '(?<=\\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Ii]ts|[Tt]heir) )(?:1[89]|20)\\d\\d ' +
  '(?!(?:dead|injured|wounded|killed|hurt|missing)\\b)[a-z]+(?<!s)\\b';
export const COUNT = `${QUAL}(?<count>(?<![/:.\\d-])(?<!\\d,)(?<![A-Za-z])${CURRENCY_BEFORE}(?<!\\b[Nn]o )` +
  `(?<!\\bage[ds]? (?:of )?(?:between )?(?:(?:\\d+, )*\\d+ ?(?:-|–|to|and|,) ?)?)(?!911\\b)` +
  // (nor an age after a person: "a girl of 9 was hurt")
  `(?<!\\b(?:boy|girl|man|woman|child|son|daughter|teenager|youth|baby|pensioner)s? of )` +
  // (nor how many children a parent has: "a father of four was killed", "the mother of two was hurt")
  `(?<!\\b${PARENT}s? of )` +
  `(?!(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|of) )(?:1[89]|20)\\d\\d\\b)(?!${YEAR_OF_AN_EVENT})` +
  `${COUNT_SOURCE})`;
// a number that is an age, a duration, money or a measure is not a head count
export const NOT_MEASURE =
  "(?![-\\u2010\\u2011]?(?:yo\\b|y/o|yrs?\\b|year|month|week|day|hour|minute|km|mile|metre|meter|per ?cent|%" +
    "|foot|feet|inch|caliber|calibre|mm\\b|point)|\\.\\d|,\\d{1,2}\\b|:\\d| ?(?:yrs?|yo|years|months|weeks|days" +
    "|hours|minutes|seconds|km|kilometres|kilometers|miles|metres|meters|feet|yards|inches|percent|per cent|am|pm" +
    "|a\\.m|p\\.m|dollars|rupees|pounds|euros|times?|counts?|charges?|rounds|shots|bullets|o'clock|jan(?:uary)?" +
    "|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?" +
    "|dec(?:ember)?)\\b)";
/** Plural victims after a count: up to four words, lazily ("civilians", "security personnel"). */
export const AGES = 'aged \\d{1,3}(?:(?:, | and |-)\\d{1,3}){0,4}';
export const VICTIM_WORD =
  "(?!(?:and|or|but|then|while|when|where|as|after|before|were|was|are|is|had|has|have|who|which|that|the|a|an" +
    "|his|her|their|its|with|to|for|by|from|of|in|inside|at|on|said|says|saying|told|he|she|they|it|we|you|him" +
    "|them)\\b)[A-Za-z][\\w'’-]*";
// (the victims of a count may name some of them: "two people including a child were killed")
// (what the victims came with: "28 passengers with burns were taken to hospital")
// (and their ages by decade: "three women in their 40s were hurt", or each: "three girls aged 6, 8 and 11 were hurt";
// where they rode: "11 people aboard the van")
// (a place's own clause after it: "tenants of homes overlooking the quarry")
export const VICTIMS = `(?<victims>(?:${VICTIM_WORD} ){0,4}?(?:${AGE_DECADE} |${AGES} )?` +
  `(?:(?:from|of|in|inside|aboard|on board|at|on|including|with|${PARTICIPLE}) (?:the |a |an )?` +
  `(?:${VICTIM_WORD} ){1,4}?(?:(?<=\\b(?:of|in|from) [a-z]+ )(?:overlooking|near|beside) (?:the |a |an )?` +
  `(?:${VICTIM_WORD} ){1,3}?)?)?)`;
/** Victims before a noun of outcome may be coordinated: "police and militia deaths". */
// (no second count inside: "13 patients and two bodies" are two figures)
// (a number word opens no victim word, but "one" after "of" may stand inside: "four members of one family")
// (no conjunction opens a clause among them: "the toll reached 14 when divers found more bodies": no "when divers")
export const NOUN_VICTIMS = "(?<victims>(?!(?:and|or) )(?:(?!(?:with|to|by|for|from|said|says|saying|spoke|told|have|has|had|who|not|never|two|three" +
  "|four|five|six|seven|eight|nine|ten|dozens?|hundreds|several|as|when|while|after|before|because|since|until)\\b)" +
  "(?!(?<!\\bof )one\\b)[A-Za-z][\\w'’-]* ){0,4}?)";
export const VICTIMS_AFTER = `(?<victims>(?: ${VICTIM_WORD}){0,4}?)`;

/**
 * The words of a relative clause that is not itself the outcome: "who tried to stop the gunman". It opens with no
 * auxiliary ("who was shot" is the outcome) and holds no second clause ("who saw it said he was hurt").
 */
const CLAUSE_WORD = "(?!(?:said|says|told|saying|and|but|who|which|he|she|they|we|i|was|were)\\b)[\\w'’-]+";
// (its own "was" may open it when no harm follows: "a woman who was with him was wounded", "a firefighter who was also
// trapped under the beams")
const HARM_AFTER_BE = 'shot|stabbed|killed|wounded|injured|hurt|struck|hit|fatally|critically|seriously|badly|found|pronounced|' +
  'taken|rushed|airlifted|hospitali[sz]ed|treated|beaten|attacked|murdered|slain|also|later|then|being|been|not|among';
export const RELATIVE_CLAUSE =
  `(?:(?:was|were) (?:(?:also|then) )?(?!(?:${HARM_AFTER_BE})\\b))?` +
  `(?!(?:was|were|is|are|has|had|have|been|being|also|later|then)\\b)(?:${CLAUSE_WORD} ){0,14}?${CLAUSE_WORD}`;
/** A relative clause that tells no harm of its own: "four hikers who went missing on Friday" (not "who killed two"). */
const HARMLESS_WORD = `(?!(?:kill|shot|shoot|wound|injur|stab|hurt|attack|murder|bomb|fire|died|dead)[\\w'’-]*\\b)${CLAUSE_WORD}`;
// (its own "were" may open it too: "two men who were inside were hurt")
export const HARMLESS_RELATIVE_CLAUSE =
  `who (?:(?:was|were) (?:(?:also|then) )?(?!(?:${HARM_AFTER_BE})\\b))?(?:${HARMLESS_WORD} ){0,7}?${HARMLESS_WORD},? `;

/** Auxiliaries and adverbs between a subject and its outcome ("were reportedly", "has since been"). */
export const AUX =
  "(?<aux>(?:(?:was|were|have|has|had|been|be|is|are|got|get|being|reportedly|reported|allegedly|also|later|all" +
    "|both|each|then|since|still|now|not yet|to|who|that|found|remains?|remained" +
    // "are believed to have been killed", "were feared to have died"
    "|(?:believed|thought|feared|said|understood|presumed|known) to|(?!fatally|mortally)[a-z]+ly|(?!shot" +
    // ("were wounded and taken to hospital": the wound is the outcome, not a step before one)
    "|struck|wounded|injured)[a-z]+ed and|hit and" +
    // "were caught in the crossfire and wounded", "were dragged from their car and shot"
    "|(?!shot|struck)[a-z]+(?:ed|ght) (?:in|into|from|inside|outside) (?:the |a |an |their |his |her )?[a-z-]+ and" +
    // "was electrocuted while repairing a cable and died later", "collapsed during the march and died": what came
    // before a death, however long (an irregular past too: "fell from a ladder and later died")
    "|(?:(?!shot|struck|wounded|injured)[a-z]+(?:ed|ght)|fell|ran|swam|went|drove|rode|came|sank) " +
    "(?:[\\w'’-]+ ){1,10}?and(?= (?:later |then |subsequently " +
    "|eventually )?(?:died|succumbed)\\b)" +
    ") )*)";

/** "dead", not "a dead heat" (a race's tie). */
export const DEAD = 'dead(?! heat)';

// outcomes as predicates after a subject; longer phrases first
export const KILLED_PRED =
  "(?<killed>shot and killed|(?:struck|hit|run over|knocked down) and killed|shot dead|shot to death|stabbed to death" +
    "|beaten to death" +
    "|burn(?:ed|t) to death" +
    "|hacked to death|lynched(?: to death)?|(?:fatally|mortally) (?:shot|stabbed|wounded|injured|struck|hit)" +
    "|killed|murdered|assassinated|strangled|martyred|slain|massacred|executed|beheaded|gunned down|pronounced dead" +
    "|declared dead|found dead|confirmed dead|(?:found|pronounced|declared) deceased|" + DEAD + "|died|dies|die" +
    "|lost (?:their|his|her) li(?:ves|fe)|took (?:their|his|her) own li(?:ves|fe)|succumbed|passed away" +
    // ("three of them did not survive", "one did not survive the burns")
    "|did not survive(?: (?:their|his|her|the) (?:injuries|wounds|burns))?" +
    "|shot and (?:later |eventually |then )?died" +
    "|killed instantly|shot and fatally wounded|drowned|perished" +
    "|(?:crushed|trampled|mauled|gored|savaged|bludgeoned|stoned) to death|burn(?:ed|t) alive|presumed dead" +
    "|pulled (?:out )?dead|(?:fell|plunged|tumbled|jumped|leapt|leaped) to (?:their|his|her) deaths?)";
// the body part an injury is named by: "head injuries", "a broken leg"
const BODY_PART = "head|facial|internal|spinal|back|neck|chest|leg|arm|hand|eye|spine|skull|hip|pelvis";
// "a broken leg", "fractured ribs", "burns to his arms", "a concussion"
const BROKEN_BONE_OR_BURN = "(?:an? )?(?:(?:(?:broken|fractured|shattered) (?:(?:left|right) )?(?:" + BODY_PART +
  "|legs|arms|ribs?|bones?|jaw|wrist|ankle|collarbone|nose|shoulder|foot|feet))|(?:(?:severe|serious|minor|" +
  "third-degree|second-degree|first-degree|chemical|acid|flash|facial|superficial) )*burns|fractures|concussion)";
// what people are treated for besides wounds: "carbon monoxide inhalation", "ruptured eardrums", "heatstroke"
/** Numbers a group is told again by: "those four", "the twelve". */
export const SMALL_NUMBER = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
export const CONDITION = "(?:smoke|gas|fumes?|carbon monoxide|toxic fumes?) inhalation" +
  "|(?:carbon monoxide|gas) (?:poisoning|exposure)|ruptured eardrums?|breathing (?:difficulties|problems)" +
  // ("treated for respiratory problems after the fire")
  "|respiratory (?:distress|problems|difficulties|complaints|illness(?:es)?)" +
  "|hypothermia|frostbite" +
  "|heat ?stroke" +
  "|heat exhaustion|heat-related (?:illness(?:es)?|conditions?)|sunstroke|(?:severe )?dehydration" +
  "|fractures|broken bones" +
  // ("treated for exposure to chlorine", "for chemical exposure")
  "|(?:(?:tear[- ]gas|gas|chemical|smoke|toxic|ammonia|chlorine|radiation) )?exposure(?: to (?:the )?(?:toxic )?(?:gas|smoke" +
  "|fumes|chemicals?|ammonia|chlorine|radiation)\\b)?";
const SURVIVED_HARM =
  "(?:(?:minor|light|slight|serious|severe|critical|multiple|head|deep) )*(?:injuries|wounds|burns|cuts)";
export const INJURED_PRED =
  "(?<injured>shot and (?:wounded|injured|hurt)|injured|wounded|hurt|maimed|recovering" +
    // ("survived the rockfall on the ridge with deep cuts": what one lived through, then the harm it left)
    "|survived (?:the |a |an )?(?:(?!(?:and|but|who|which)\\b)[\\w'’-]+ ){1,6}?with " + SURVIVED_HARM +
    "|survived(?! by\\b" +
    "| (?:unhurt|unharmed|uninjured|unscathed|without)\\b" +
    // ("40 people survived the capsizing": who lived through a wreck is not thereby hurt)
    "| the (?:sinking|capsizing|capsize|shipwreck|wreck|flood(?:ing|s)?|landslide|earthquake|quake|storm" +
    "|fire)\\b)|(?:(?:being |been )?treated|(?:received|receiving|given) treatment)" +
    // ("treated at the scene for heat exhaustion")
    // ("treated on the riverbank for cuts", "treated on board for severe hypothermia": where, in up to three words)
    "(?: (?:at|on) the scene| in hospital| (?:at|on|in) (?:(?:the|a|an) )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?" +
    // ("treated for a fractured wrist")
    " for (?:" + BROKEN_BONE_OR_BURN + "|(?:an? )?" +
    "(?:(?:his|her|their|minor|serious|severe|mild|deep|non-life[- ]threatening" +
    "|gunshot|bullet|graze|stab|shrapnel|blast" +
    "|knife|" + BODY_PART + ") )*(?:wounds?|injuries|injury|cuts?|burns|gash(?:es)?|lacerations?" +
    // ("treated for carbon monoxide inhalation", "for ruptured eardrums", "for breathing difficulties")
    "|" + CONDITION + "))" +
    "|escaped with (?:only )?(?:(?:minor|light|slight|superficial|non-life[- ]threatening) )?(?:injuries|cuts|wounds|burns)" +
    // ("All four had burns and were taken to hospital", "two had broken legs")
    "|had (?:(?:minor|serious|severe|critical) )?(?:burns|injuries|wounds)|had " + BROKEN_BONE_OR_BURN +
    // ("four had frostbite", "two had smoke inhalation")
    "|had (?:(?:severe|mild|suspected) )?(?:" + CONDITION + ")" +
    // ("two of the crew suffering from frostbite")
    "|(?:suffering|suffered) from (?:(?:severe|mild|suspected) )?(?:" + CONDITION + ")" +
    "|(?:being )?treated (?:in|at) (?:a |the )?hospitals?|" +
    // "35 people are still being treated", "four others remain under treatment"
    "(?<=\\b(?:are|is|were|was) (?:still )?)being treated(?! (?:as|like|with|by)\\b)" +
    "|(?:remain(?:s|ed)? |(?<=\\b(?:are|is|were|was) (?:still )?))(?:under|receiving) (?:medical )?treatment" +
    // "32 were rescued, 20 of them with injuries" (a part only: extract.ts)
    "|with (?:(?:minor|serious|severe|critical|life[- ]threatening|multiple|head) )*(?:injuries|wounds|burns)" +
    "|with (?:(?:minor|serious|severe) )?(?:chemical|acid|flash|facial|(?:first|second|third)-degree) burns" +
    // ("340 more sought treatment at clinics")
    "|sought (?:medical |hospital )?treatment" +
    // ("only two riders needed treatment for light burns")
    "|(?:needed|needing|required|requiring|received) (?:hospital (?:treatment|care)|medical (?:treatment|attention|care)" +
    "|treatment in hospital|treatment\\b)" +
    "|left with (?:(?:minor|serious|severe|life[- ]changing|life[- ]threatening|critical|head) )*" +
    "(?:injuries|wounds|burns)" +
    // ("nine were kept in hospital for observation")
    "|remain(?:s|ed)? in hospitals|(?:remain(?:s|ed)? |kept )?in (?:a |the )?hospital" +
    // ("two remain in intensive care")
    "|(?<=\\b(?:are|is|were|was|remain|remains|remained) (?:still )?)in (?:an? )?intensive care(?: units?)?" +
    "|expected to (?:survive|recover)|in (?:a )?(?:critical|serious|stable|fair|grave|good) condition" +
    "|(?:suffered|sustained|suffering|sustaining) (?:an? )?" +
    "(?:(?:minor|non-life[- ]threatening|superficial) (?:gunshot |bullet )?|(?:(?:minor" +
    "|serious|apparent|critical|life[- ]threatening|stab|shrapnel|knife|blast|multiple|severe|" + BODY_PART + ") )*)" +
    "(?:injuries|wounds|wound)" +
    // "a firefighter suffered a head injury" (one injury with what it was: a bare "an injury" is often one told before)
    "|(?:suffered|sustained|suffering|sustaining) an? (?:(?:minor|serious|critical|severe|life[- ]threatening|" +
    BODY_PART + ") )+injury" +
    // "she suffered a broken leg", "he sustained burns to his arms"
    "|(?:suffered|sustained|suffering|sustaining) " + BROKEN_BONE_OR_BURN +
    // ("nine pupils suffered heat exhaustion")
    "|(?:suffered|sustained|suffering|sustaining) (?:(?:severe|mild|suspected) )?(?:" + CONDITION + ")" +
    // "two students broke bones", "a guard broke his leg", "dislocated his shoulder"
    // ("a diver gashed his hand", "she cut her head on the glass")
    "|(?:gashed|cut|burned|burnt) (?:his|her|their) (?:(?:left|right) )?(?:hands?|heads?|faces?|fingers?|arms?|legs?" +
    "|feet|foot|knees?|eyes?|forehead|scalp)" +
    "|(?:broke|dislocated) (?:(?:a|an|his|her|their) )?(?:(?:left|right) )?(?:bones|legs?|arms?|ankles?|wrists?" +
    "|ribs|hips?|backs?|necks?|collarbones?|pelvis|jaws?|noses?|feet|foot|skulls?|shoulders?|knees?|elbows?)" +
    // "he suffered cuts to his hand", "a deep cut to the arm", "minor cuts and bruises" (not "the budget suffered cuts")
    "|(?:suffered|sustained|suffering|sustaining) (?:(?:minor|deep|serious|severe|superficial|multiple) (?:cuts|lacerations" +
    "|bruises|bruising)|(?:an? )?(?:(?:minor|deep|serious|severe|superficial|bad|nasty) )?" +
    "(?:cuts?|lacerations?|bruises|gash|deep wound) to (?:his|her|their|the) [a-z]+" +
    // ("suffered cuts and bruises": both, as only hurt people have them)
    "|(?:cuts|lacerations|scratches) and (?:bruises|bruising|grazes|scrapes))" +
    // ("were treated and released": by a hospital or at the scene, named or not)
    // ("treated at field posts and sent home": where, in up to three words)
    // ("two cyclists were treated on the spot": where the hurt are seen to, with no more said)
    "|treated (?:at|on) (?:the )?(?:scene|roadside|spot)(?! (?:and|but) (?:not|no))" +
    // (by whom too: "treated by lifeguards on the beach and released")
    // (what for, and who runs the place: "treated by nurses for burns and went home", "treated at a first-aid post run
    // by the army and later discharged")
    "|treated(?: by (?:(?:the|a) )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?" +
    "(?: (?:at|in|on) (?:(?:the|a|an) )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+" +
    "(?: run by (?:(?:the|a|an) )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?)?" +
    "(?: for (?:[a-z]+ ){0,2}?[a-z]+)? and (?:later )?(?:released|discharged|sent home|went home|allowed home)" +
    // "a fourth skier was rescued with serious injuries", "pulled from the rubble with a broken leg"; "taken to Kelby
    // General with a head injury" (a hospital by its name)
    // ("dug out of the mud alive and flown to hospital with injuries", "brought out of the shaft with injuries")
    "|(?:(?:rescued|evacuated|airlifted|pulled|freed|dug|brought(?= out))(?: out)?(?: alive)?" +
    "(?: (?:from|out of) (?:the )?(?:[A-Z][\\w'’-]* )?[a-z]+)?" +
    "(?: alive)?(?: by [a-z]+)?(?: and (?=taken|rushed|flown|airlifted|transported))?" +
    "|(?:taken|rushed|flown|airlifted|transported) to (?:[\\w'’-]+ ){0,3}?[\\w'’-]+" +
    // ("30 admitted with bullet wounds", "admitted to Kelby General with burns")
    "|admitted(?: to (?:[\\w'’-]+ ){0,3}?[\\w'’-]+)?){1,2} with " +
    "(?:(?:(?:minor|serious|severe" +
    "|critical|life[- ]threatening|multiple|head) )*(?:injuries|wounds|burns)|" +
    BROKEN_BONE_OR_BURN +
    // ("flown to hospital with severe hypothermia", "taken to hospital with smoke inhalation")
    "|(?:(?:severe|mild|suspected) )?(?:" + CONDITION + ")))";
// "a man was hit by a car", "knocked down by a bus": a road victim is hurt
export const HIT_BY_VEHICLE =
  '(?:hit|struck|knocked down|run over) by (?:an?|the) (?:car|vehicle|truck|lorry|bus|van|train|tram|motorcycle|motorbike)';
/** How people come to hospital: "taken", "rushed", "admitted" (to …). */
export const TAKEN_TO_HOSPITAL = 'taken|rushed|transported|transferred|airlifted|flown|admitted';
export const HIT_PRED =
  "(?<hit>shot(?! at\\b(?! (?:about|around|approximately|roughly|\\d)| (?:the )?(?:[\\w'’-]+ ){1,3}?(?:street" +
    "|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|parkway|highway|hwy|block)\\b| (?:a|an" +
    "|the) (?:[\\w-]+ ){0,2}?(?:house|home|residence|apartment|party|gathering|bar|club|nightclub|restaurant" +
    "|store|park|school|church|intersection|station|complex|motel|hotel|lounge|corner|event)\\b)| and (?:killed" +
    "|wounded|injured|hurt|fatally|mortally|later|eventually|then|died)\\b| dead| to death| back| down)" +
    "|stabbed(?! to death| and killed)" +
    "|struck by (?:gunfire|a bullet|bullets|a stray bullet|a round|shrapnel)" +
    "|" + HIT_BY_VEHICLE + "|(?:suffered" +
    "|sustained|suffering|sustaining) (?:an? )?(?:(?:apparent|single|multiple|serious|critical|severe" +
    "|life[- ]threatening|self-inflicted) )*(?:gunshot|gun shot|bullet|graze) wounds?|grazed by (?:a |an " +
    "|the )?(?:[\\w'’-]+ ){0,3}?(?:gunfire|bullets?|rounds?|shots?|pellets)|(?:treated and )?released from (?:a " +
    "|the )?(?:[\\w-]+ ){0,3}?hospitals?|(?:with|suffering from) (?:an? )?(?:(?:apparent|single|multiple|several" +
    "|serious|critical|severe|life[- ]threatening|possible) )*(?:gunshot|gun shot|bullet) wounds?" +
    // ("30 admitted with bullet wounds")
    "|admitted(?: to (?:a |the )?hospital)? with (?:(?:multiple|serious|critical|severe) )*(?:gunshot|bullet) wounds" +
    "|(?:left )?fighting for (?:his|her|their) li(?:fe|ves)|left in (?:a )?(?:critical|serious|grave) condition" +
    "|hospitali[sz]ed|hit by (?:gunfire|a bullet|bullets" +
    "|a stray bullet|a round|shrapnel)|(?:" + TAKEN_TO_HOSPITAL + ")" +
    // ("taken by ambulance to Kelby General Hospital")
    "(?: by (?:ambulance|helicopter|air ambulance|boat|road|air))? to (?:a " +
    "|the )?(?:[\\w-]+ ){0,3}?(?:hospitals?|infirmary|medical cent(?:er|re)|trauma cent(?:er|re)" +
    "|burns? (?:cent(?:er|re)|unit)|clinic|health (?:cent(?:er|re)|complex|post))" +
    // "was hit in the shoulder": a body part says a person was hit (not "hit in the polls")
    "|(?:hit|struck) in the (?:" + BODY_PART + "|shoulder|stomach|abdomen|torso|buttocks?|thigh|foot|feet|knee|ankle" +
    "|groin|face|jaw|lower body|upper body)\\b" +
    // "showed up at a hospital", "drove himself to hospital": one who came hurt
    "|(?:drove (?:himself" +
    "|herself|themselves) to|walked into|(?:showed|turned) up at) (?:a |an |the )?(?:[\\w-]+ ){0,3}?" +
    "(?:hospitals?|medical cent(?:er|re)" +
    "|trauma cent(?:er|re)|emergency room))";
export const PRED = `(?:${KILLED_PRED}|${INJURED_PRED}|${HIT_PRED})`;
export const END = "(?![\\w-])";

// outcomes as transitive verbs before their object
export const KILL_VERB =
  "(?<killed>shot and killed|shooting and killing|shot dead|shooting dead|fatally (?:shot|shooting|stabbed" +
    "|stabbing|wounded|wounding)|gunned down|gunning down|killed|killing|kills|kill|murdered|murdering" +
    "|assassinated|assassinating|strangled|strangling|martyred|martyring|beheaded|beheading" +
    "|massacred|massacring|slaughtered|slaughtering|executed" +
    "|executing|claimed the li(?:ves|fe) of|claiming the li(?:ves|fe) of|took the li(?:ves|fe) of" +
    "|taking the li(?:ves|fe) of)";
export const HURT_VERB = '(?<injured>injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|maimed|maiming)';
export const HIT_VERB = '(?<hit>shot|shooting|stabbed|stabbing|struck|striking|hitting)';
// "hit" only after what is fired: "a stray bullet hit a girl" ("the storm hit two towns", "hit a man with a bottle");
// its own rules, with a cue, so the general verbs' patterns stay as they were
export const PROJECTILE = '(?:bullets?|gunfire|rounds?|shrapnel|pellets|shots)';
export const PROJECTILE_HIT = new RegExp(`\\b${PROJECTILE} hit\\b`, 'i');

/** A name: capitalised words, not a day or month ("Jane Doe", "J. R. Smith"). */
export const NAME =
  "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July" +
    "|August|September|October|November|December|The|A|An|He|She|They|It|Police" +
    "|Officers?)\\b)[A-Z][\\w'’-]+(?: (?:[A-Z][\\w'’.-]*))" + "{0,3}";

/** A singular victim: "a 21-year-old man", "an official of an intelligence agency", "one soldier". */
export const A_PERSON = `(?<victims>(?:an?|one|another|a single) ${MODS}${PERSON_HEAD}${COMPLEMENT})`;
/** One of two coordinated victims: "a girl", "her mother", "an 18-year-old man from Dayton". */
export const PAIR_MEMBER = `(?:(?:an?|one|his|her|their|its) ${MODS}${PERSON_HEAD}${COMPLEMENT})`;
/** A victim already introduced: "the victim", "the boy", "the other". */
// how many children a parent has: "the mother of two", "a father of four"
const CHILDREN_OF_A_PARENT = `(?:(?<=\\b${PARENT}) of (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b)?`;
// (with a complement like an indefinite one's: "the owner of the van", "the keeper of the inn")
export const THE_PERSON = `(?<victims>(?:the|that|this) ${MODS}${PERSON_HEAD}${CHILDREN_OF_A_PARENT}${COMPLEMENT}` +
  `|the other|the second(?: ${PERSON})?)`;
/** An object victim: indefinite or possessive ("killed a taxi driver", "shot his wife", "shot himself"). */
// "killed one guard and wounded another", "wounded a third": one more, the person noun left out
const ONE_MORE = '(?:another|a (?:second|third|fourth|fifth))' +
  '(?=[,.;:!?]|$| (?:and|in|on|at|when|as|before|after|who|during|near)\\b)';
export const OBJ_PERSON =
  `(?<victims>(?:an?|one|another|his|her|their|its) ${MODS}${PERSON_HEAD}${COMPLEMENT}|himself|herself|him|her|${ONE_MORE})`;
/** The same, or a definite one: "stabbed the town's mayor to death" names whom the verb killed. */
export const OBJ_PERSON_OR_THE = `(?<victims>(?:an?|one|another|his|her|their|its|the) ${MODS}${PERSON_HEAD}${COMPLEMENT}|himself|herself|him|her)`;
/** A possessed victim, maybe named in an appositive: "her driver, Tomas Quill," "his brother". */
const POSSESSED = `(?:his|her|their|its) ${MODS}${PERSON_HEAD}`;
export const POSSESSED_PERSON = `(?<victims>${POSSESSED})`;
// ...or a name's, right before the person: "Ellery's neighbour" ("the boy's father" is a definite person)
export const NAMED_POSSESSED_PERSON = `(?<victims>${POSSESSED}|(?<!\\b(?:the|a|an) )[\\w-]+['’]s? ${PERSON_HEAD})`;

// 'd': the rules' matches carry their groups' offsets, so the clause reader finds the outcome predicate
export const g = (source: string): RegExp => new RegExp(source, 'gid');
/** case-sensitive, for rules that read capitalised names */
export const cs = (source: string): RegExp => new RegExp(source, 'gd');
