// Patterns around the figures: coordinated victims, subsets, sentences that hold no figure, statistics
// over many events, and the event, perpetrator and place a figure belongs to.
import { NUMBER_WORD_SOURCE } from './numbers.js';
import { rx, source } from '../../util/regex.js';
import { eitherCaseFirst } from '../../lexicon/patterns.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import {
  APPOSITIVE,
  A_PERSON,
  COMPLEMENT,
  COUNT,
  HIT_BY_VEHICLE,
  MODS,
  NAME,
  NOT_MEASURE,
  PEOPLE,
  PERSON_HEAD,
  PROJECTILE,
  VICTIMS,
  g,
} from './rule-parts.js';

// what a count of events or things counts: "12 crashes and three injuries" are no 12 injured
const EVENTS_OR_THINGS = 'crashes|collisions|accidents|incidents|attacks|shootings|explosions|blasts|fires|cases|reports' +
  '|complaints|arrests|vehicles|cars|buildings|homes|houses';
/** "four police and 39 civilians were killed": a count right before a figure, coordinated with it. */
export const coordinatedCount =
  new RegExp(`\\b${COUNT}\\b${NOT_MEASURE} (?!(?:${EVENTS_OR_THINGS})\\b)${VICTIMS}(?:, ?and |, |and )$`, 'i');
/** "injured two men and a 10-year-old girl": a further object coordinated after a verb's object
 * (a head noun the object left out may stand before "and": "his 4-year-old daughter and her mother"). */
// (a list's member after a comma alone only when possessed: "killed a farmer, his wife and their daughter")
// what joins a second object to the first: "killed a commander and two guards", "along with four of his bodyguards"
export const OBJECT_JOINER =
  // (after a word or where the people were: "killing all 30 people aboard and two people on the road")
  rx()`^(?: (?:on|in|at|inside|aboard) (?:the )?[a-z][\w'’-]*| [a-z][\w'’-]*)?(?:,? and |,? (?:along|together) with |
  ,? as well as |, (?=(?:his|her|their) ))`;
export const coordinatedObject = new RegExp(`${OBJECT_JOINER.source}` +
  `(?:(?<victims>(?:an?|one|another|his|her|their|its) ${MODS}${PERSON_HEAD}${COMPLEMENT})` +
  // (a count's people may take a modifier or two: "two U.S. contractors", "three more Kelbian soldiers")
  `|(?:(?:his|her|their|its) )?${COUNT}\\b${NOT_MEASURE} (?:of (?:his|her|their|its) )?` +
  `(?:(?!(?:and|or|were|was|who|in|at|on)\\b)[A-Za-z][\\w.'’-]* ){0,2}?(?<victims2>${PEOPLE})` +
  // (or both of a pair: "killed a farmer and both of his sons")
  `|(?<both>both) (?:of (?:his|her|their|its) )?(?<victims3>${PEOPLE}))\\b`, 'i');
/**
 * "a 21-year-old man and a 23-year-old man were killed": a singular victim coordinated with a figure; or a list's
 * member before another ("a 37-year-old man, a 58-year-old man and a 64-year-old woman were taken to hospitals").
 */
export const coordinatedPerson = new RegExp(`\\b${A_PERSON}(?:${APPOSITIVE} and (?:(?:his|her|their) )?|, )$`, 'i');
/** "A retired couple and their granddaughter were killed": a couple, two victims, before the possessed. */
export const coordinatedCouple =
  new RegExp(`\\b(?<victims>an? ${MODS}couple)${APPOSITIVE} and (?:(?:his|her|their) )?$`, 'i');
/** "Greta Vell and her two daughters were killed", "Tom Roe, 45, and his son": a named victim before the possessed. */
export const coordinatedName =
  new RegExp(`(?<![\\w-])(?<victims>${NAME})(?:, (?:age |aged )?\\d{1,3},)? and (?:his|her|their) $`);
/**
 * "The pilot and his passenger died": a definite victim coordinated with a possessed one, as one subject: it opens
 * its clause ("Police shot the gunman and two officers were hurt": the gunman is the verb's object).
 */
export const coordinatedDefinite = new RegExp(
  `(?<=^|[,;:] |\\b(?:when|as|after|while|but|because|before|until|where|and) )(?<victims>the ${MODS}${PERSON_HEAD})` +
    ` and (?:(?:his|her|their) )?$`, 'i',
);

/** The emergency services that treat the hurt where it happened: "Ambulance crews treated 11 people on site". */
export const RESPONDERS = '(?:paramedics|medics|ambulance (?:crews|staff|workers|officers|service)' +
  '|emergency (?:crews|services' +
  '|workers|responders|medical services)|first responders|firefighters|rescuers|medical teams' +
  '|(?:emergency )?medical technicians|EMTs|first[- ]aiders)';
/** Responders telling of themselves: "paramedics said they treated 14 people". */
export const SAID_OF_THEMSELVES = '(?:said|says) (?:it|they)';
/** A sentence without any of these word stems states no casualty figure: the rules skip it. */
export const OUTCOME_STEMS =
  rx('i')`kill|dead|die|death|fatal|assassinat|strangl|martyr|injur|wound|hurt|shot|shoot|struck|strik|
    hitting|hospital|infirmar|casualt|bod(?:y|ies)|li(?:ves|fe)|murder|massacr|slain|slaughter|execut|behead|
    gunn(?:ed|ing) down|condition|stab|lynch|homicide|toll|maim|harm|succumb|passed away|slay|
    deceased|surviv|grazed|treated (?:(?:at|on|in|by) (?:the |a |an )?(?:[\w'’-]+ ){1,3})?for|being treated|clinic|
    treat(?:ed|ing) (?:another |a further )?\d[\d,]* (?:[\w'’-]+ ){0,2}for|treated (?:at|on) (?:the )?(?:scene|
    roadside|spot)|
    treated (?:by (?:[\w'’-]+ ){1,3})?(?:(?:at|on|in) (?:the |a |an )?(?:[\w'’-]+ ){1,6})?and (?:later )?(?:released|
    discharged|sent home|went home|allowed home)|
    health (?:cent|complex|post)|medical cent(?:er|re)|(?:said|says) (?:it|they) (?:had |has |have )?treated|
    (?:under|receiving) (?:medical )?treatment|treatment for|medical (?:treatment|attention|care)|sought treatment|
    drown|perish|crushed|trampled|burns? (?:cent|unit)|hypotherm|frostbit|
    burn(?:ed|t) alive|burns|blew (?:him|her)self up|blowing (?:him|her)self up|escaped with|
    broken|broke (?:[a-z]+ )?(?:bone|leg|arm|ankle|wrist|rib|hip|back|neck|collarbone|pelvis|jaw|nose|feet|foot|skull|
    shoulder|knee|elbow)|dislocat|
    fractur|shattered|concussion|(?:gashed|cut|burned|burnt) (?:his|her|their) |
    (?:suffer|sustain)(?:ed|ing) (?:[a-z]+ ){0,2}(?:cuts?|lacerations?|bruis|gash)|
    (?:suffer|sustain)(?:ed|ing) (?:severe |mild |suspected )?(?:smoke|gas|fumes?|carbon|toxic|heat|sun|dehydr|
    ruptur|breathing|chemical|ammonia|chlorine|radiation|exposure)|
    ${PROJECTILE} hit|${HIT_BY_VEHICLE}|${RESPONDERS} (?:[a-z]+ |${SAID_OF_THEMSELVES} )?treat`;

/** A sentence without any of these holds no written count. */
export const ANY_COUNT = new RegExp(
  `\\d|\\b(?:${NUMBER_WORD_SOURCE}|dozens?|scores?|hundreds|thousands|several|few|couple|handful)\\b`, 'i');

/**
 * What stands between a figure and a part of it named next: "three people were injured, including a girl who died",
 * maybe after the rest of its clause: "80 were treated for smoke at a clinic nearby, including a cook".
 */
// (or a figure said to hold them: "five have died since the raid, a toll which includes two of the raiders")
export const INCLUDING_NEXT = new RegExp(String.raw`^(?: [^,;:.!?]{1,60})?,? (?:including|among them|one of whom was) ` +
  String.raw`$|^[^;:.!?]{0,120}, (?:a|the) (?:count|figure|toll|number|total) (?:that|which) ` +
  String.raw`(?:includes?|included) $`, 'i');

/** "including four teachers" after a figure: a part of that figure, same kind. */
export const subsetPattern = g(`\\b(?:including|among them|among whom|of whom|of them|among the (?:dead|killed|victims|injured` +
  `|wounded)(?: were)?) ${COUNT}\\b${NOT_MEASURE}(?<victims>(?: [a-z][\\w-]*){0,3})`);

// people named by the thing they work on, ride or keep: "five building workers", "two bus drivers", "three shop owners"
const PEOPLE_OF_A_THING = source`(?:workers?|drivers?|passengers?|owners?|keepers?|staff|employees?|guards?|crew|
  occupants?|residents?|elders?|officials?|members?|leaders?|officers?|fans?|players?|supporters?|chiefs?|heads?|
  mayors?|governors?)\b`;
/** Others told apart from a count: "not among", "not part of", "not included in", "not counted in". */
export const NOT_AMONG = '(?:among|part of|(?:included|counted) in)';
/**
 * Told as others than those counted: "…; these are not counted in the totals given", "…; both were not part of the
 * council's tally", "…; the pair were not among the 40 admitted", "… and were not counted by the agency".
 */
export const NOT_IN_THE_FIGURES_AFTER = rx('i')`^[^.!?]{0,80}\b(?:is|are|was|were) (?:also )?not ${NOT_AMONG}
  \x20(?:the|those|these|its|their|his|her) (?:[\w'’-]+ ){0,2}?(?:figures?|counts?|totals?|tolls?|
  numbers?|tally|\d+|${NUMBER_WORD_SOURCE})\b|
  ^[^.!?]{0,80}\b(?:is|are|was|were) (?:also )?not counted by (?:its|their|the) |
  ^[^.!?]{0,80}\b(?:do|does|did) not (?:appear|feature) in (?:the|its|their) (?:[\w'’-]+ ){0,2}?(?:figures?|counts?|
  totals?|tolls?|numbers?|tally)\b`;
/** Animals, a count of which is no casualty: "three guard dogs", "dozens of dead fish". */
export const ANIMALS = source`(?:(?:guard |sniffer |police |stray |pet |farm |search |rescue |sled |guide )?dogs?|cats?|
  (?:police |farm |race )?horses?|cows?|cattle|animals?|goats?|sheep|camels?|livestock|
  buffalo(?:e?s)?|pigs?|donkeys?|mules?|chickens?|poultry|(?:sea|song|wild|water)?birds?|fish|dolphins?|whales?|
  seals?|deer|wildlife|turtles?|elephants?|lions?|bears?|wolves|head of (?:cattle|livestock|sheep|goats))`;
/** Words that make a count refer to something other than people. */
export const NOT_VICTIMS =
  rx('i')`^(?:the )?(?:terrorist |militant |armed |other |more |of (?:the |its |his |her |their )?(?:dead |injured |
    wounded )?)?(?:groups?|
    organi[sz]ations?|vehicles?|cars?|buses|trucks?|houses?|homes?|buildings?|shops?|stores?|times|
    rounds?|shots?|bullets?|bombs?|rockets?|missiles?|shells?|grenades?|mortars?|countries|districts?|
    villages?|provinces?|states?|cities|towns|incidents?|cases?|attacks?|shootings?|weapons?|guns?|
    rifles?|handguns?|pistols?|${ANIMALS}|
    days?|nights?|weeks?|months?|years?|hours?|minutes?|blocks?|streets?|doors?|windows?|tires?|
    tyres?|counts?|charges?|points?|games?|goals?|percent|businesses|companies|parties|teams?|
    pounds|dollars|men's|women's|members of (?:congress|parliament))\b(?! (?:victims?|survivors?|${PEOPLE_OF_A_THING}))`;

/**
 * A sentence that counts over many events (a year, a city, a list of incidents) gives a statistic,
 * not the figure of an event: "73 officers were shot dead in the decade's worst year", "five people
 * have been killed so far this year", "ten were wounded in separate shootings across the city", "died in road
 * accidents over the holiday". Hospitals throughout a city are where one event's hurt went ("taken to
 * hospitals throughout the city"), not a tally over it.
 */
// "a year" as a rate ("30 die a year"), not a span since ("in over a year") nor a time ("a year ago")
const A_YEAR_AS_RATE =
  String.raw`(?<!\b(?:than|over|for|in|within|nearly|almost|about) )a year(?! ago| earlier| later| after| before)`;
// "at the annual Kelby Bridge Fair", "during an annual music festival": a yearly event, where one year's figure was
// told
const ANNUAL_GATHERING = source`(?:[\w'’-]+ ){0,3}(?:festival|fair|parade|pilgrimage|procession|celebrations?|
  carnival|march|marathon|race|rally|gathering|vigil|feast|concert|show|convention|ceremony|commemoration|pageant)\b`;
// "The accident happened during a week of gales that have killed 12", "The shooting comes amid a feud that has claimed
// 40 lives": the story's event told against a larger one, whose toll is that one's
const CAME = '(?:came|comes|happened|occurred|took place)';
const CAME_AMID = source`^(?:the|this|that|its?|[\w-]+['’]s) (?:[\w'’-]+ ){0,3}${CAME} (?:[\w'’-]+ ){0,6}?(?:amid|during|
  in the midst of|on the \w+ day of|(?:days|weeks|months) into)\b[^.;:]*?(?:that|which) (?:has|have|had) (?:so far |
  already )?(?:killed|claimed|left|cost)`;
export const AGGREGATE_CUES =
  rx('i')`(?:${CAME_AMID})|\b(?:(?:so far|already) this year|(?:already|so far) in \d{4}|(?<!(?:image|photo|page|
    slide|picture) )\d+ of (?:the )?\d+ (?:\w+ )?(?:deaths|fatalities|victims|killings|homicides|
    shootings|murders|people(?! (?:on board|aboard|inside|in the (?:car|bus|van|boat|plane|vehicle|house)|
    (?:reported |still )?missing))|cases)|
    per year|${A_YEAR_AS_RATE}|each year|every year|annually|annual(?! ${ANNUAL_GATHERING})|year-to-date|
    since the (?:\w+ )?(?:war|conflict|fighting|insurgency|invasion|uprising|offensive|unrest|crisis|protests|pandemic|
    monsoon|(?:rainy|wet|dry|fire|hurricane|typhoon|cyclone|flood|storm) season)
    (?: (?:began|started|erupted|broke out))?|(?:in|during|over) the first (?:\w+ )?(?:weeks|months|half|quarter) of (?:the|this|
    last) year|(?:have|has) (?:been killed|died) (?:in|during) the (?:\w+ )?(?:war|conflict|
    insurgency|invasion|uprising)\b|since (?:then|the (?:start|beginning)|
    (?:(?:early|mid|late)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december)|
    \d{4})|(?:past|last|previous) (?:\w+ )?(?:years|decades?|months)|
    on record|statistics|on average|average of|(?:highest|lowest|deadliest) (?:total|number|year|
    month)|(?:separate|different|unrelated) (?:shootings|incidents|attacks)|series of (?:shootings|
    incidents)|(?:in )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:\w+ )?(?:shootings|
    shooting incidents)|in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:\w+ )?(?:incidents|
    attacks)|(?<!(?:hospitals|clinics) )(?:across|around|throughout|elsewhere in) the (?:city|county|state|country|
    nation)|(?:shootings|
    homicides|murders|killings) (?:this|last) (?:year|month)|
    (?:more|fewer) (?:\w+ )?than (?:usual|normal|expected|average|would be expected)|excess (?:deaths|mortality)|
    from all causes|(?:in|on) (?:road|traffic) (?:accidents|crashes|collisions)|
    on (?:the )?(?:country|nation|state|region|province|city)['’]s roads|
    (?:nationally|nationwide|statewide|countrywide) (?:last|this) year|
    (?:have|has) (?:now |so far |already )?(?:claimed|killed|taken|been blamed for) [^.;]{0,60}\bthis (?:year|season|
    month|summer|winter))\b`;

/** Cumulative tallies that only plural counts can be: "22 people shot over the weekend", "104 have been shot this year". */
export const TALLY_CUES =
  rx('i')`\b(?:over|during|across) the (?:\w+ )?weekend\b|\b(?:have|has|had) (?:been|seen|recorded|reported)\b.{0,80}\bthis (?:year|
    month)\b|\bthis (?:year|month)\b.{0,80}\b(?:have|has|had) (?:been|seen|recorded)\b`;

/**
 * A toll over a year, a season or a country, just before the toll's own words: "bringing this year's monsoon death
 * toll to 146", "the nationwide toll from the storms" (a statistic; the incident's own figure stands beside it).
 */
export const SEASON_TOLL_BEFORE =
  rx('i')`\b(?:(?:this|the|last) (?:year|season|month|summer|winter|monsoon)['’]s|(?:nationwide|national|countrywide|
    statewide)) (?:[\w-]+ ){0,2}$`;

/** One disaster or accident named in the sentence: "Typhoon Mira tore through … over the weekend", "Heavy rain over the
 * weekend caused rivers to burst their banks" are no weekend tally. */
export const ONE_DISASTER =
  rx('i')`\b(?:typhoon|hurricane|cyclone|storm|earthquake|quake|floods?|landslides?|mudslides?|wildfires?|blaze|tornado|
    avalanche|tsunami|eruption|explosion|blast|crash|derailment|collapse|stampede|capsiz\w*|sank|sinking|rains?|rainfall|
  downpours?|monsoon|heat ?waves?|blizzards?|snowstorms?)\b`;

/** Event nouns that casualty figures belong to. */
export const EVENT_NOUNS =
  'hijacking|bombing|bombings|attack|attacks|shooting|shootings|clash|clashes|explosion|blast|crash|massacre' +
    '|raid|strike|airstrike|ambush|assault|fire|stabbing|collision|derailment|earthquake|flood|floods|storm|riot' +
    '|violence|fighting|battle|incident|accident|gunfight|firefight|shelling|shootout|gunfire|robbery|homicide' +
    '|murder|killing|killings|disaster|tragedy|stampede|landslide|collapse|avalanche|tornado|cyclone|hurricane|typhoon' +
    '|wildfire|quake|tremor|sinking|eruption|tsunami|blaze|mudslide|heatwave';

/** The event phrase: up to three modifiers, the event noun, and an "of ..." complement. */
export const eventPattern = new RegExp(
  // (a year opens an event phrase, and up to two words may come between it and the noun: "the 2019 bus bombing")
  `(?:\\b(?:1[89]|20)\\d{2} (?:(?!(?:a|an|the|and|or|in|on|of|at|by)\\b)[a-z][\\w’'-]* ){0,2}?)?` +
    `(?:\\b(?:[A-Z][\\w’'-]*|suicide|terrorist|terror|deadly|fatal|bomb|car|twin|mass|gun|armed|militant|missile` +
    `|drone|air|road|train|school|mob|drive-by|double|triple|accidental|apparent|domestic|police|officer-involved` +
    `|gang-related|random|overnight|weekend|early-morning|late-night` +
    `|arson) ){0,3}\\b(?:${EVENT_NOUNS})\\b(?: (?:of|on) (?:the |a |an )?(?:[\\w’'-]+ ){0,4}?(?:[\\w’'-]+)(?=,` +
    `| by| in| which| that| at| on|\\.|$))?` +
    // (and the year it is told in, right after it: "the blast in 2011, which killed nine", "the floods in May 2021")
    `(?: in (?:(?:early|late|mid-)?(?:${MONTH_NAMES.join('|')}) )?(?:1[89]|20)\\d{2}(?=[,.;]| which| that|$))?`,
  'g',
);

// ", the deadliest since a 2019 bombing that killed 40,": the event it is ranked against is another
const WORST_SINCE = source`(?:the |its |their )?(?:deadliest|worst|bloodiest|most (?:deadly|serious|severe)|
  biggest|largest) (?:[\w-]+ ){0,2}?since`;
/** What opens a comparison set off by commas: ", not far from", ", like", ", two miles from the site of". */
const COMPARISON_OPENING = rx('')`, (?:(?:not )?(?:far|close) (?:from|to)|near|like|unlike|similar to|as with|next to|
  (?:[\w-]+ )?(?:miles?|kilometres?|kilometers?|metres?|meters?|blocks?) (?:away )?from|
  ${WORST_SINCE}) (?:[\w’'-]+ ){0,3}$`;
/**
 * Whether [start, end) lies in a comparison set off by commas, which names another event than the figure's and its
 * date: "a rockfall on the pass, a mile from Friday's collapse, killed 40" (the rockfall's, not Friday's).
 */
export function inComparisonAside(text: string, start: number, end: number, figureStart = -1): boolean {
  const rest = /^[^,.;!?]{0,40},/.exec(text.slice(end, end + 41));
  // (unless the figure is in the aside too, and so that event's: ", the worst since a 2019 blast that killed 40,")
  if (figureStart >= end && rest && figureStart < end + rest[0].length) return false;
  return rest !== null && COMPARISON_OPENING.test(text.slice(Math.max(0, start - 60), start));
}

/** Event nouns that name no particular kind of event: they can stand for any other. */
export const GENERIC_EVENTS = /^(?:attacks?|incidents?|violence|assault|raid|fighting|clash(?:es)?|battle|killings?|homicide|murder|fire|gunfire)$/i;

/** "by the X", "attributed ... to X", "X claimed responsibility". */
// where the hurt were taken is no one's attribution: "flown to Kelby General Hospital" ("attributed the bombing to the
// Harwell Front" is)
const TAKEN_TO = 'taken|rushed|transported|flown|airlifted|brought|admitted|sent|moved|transferred|driven|evacuated';
export const perpetratorPatterns: RegExp[] = [
  new RegExp(
    `\\b(?:by|(?<!\\b(?:${TAKEN_TO}) )to) (?:the )?` +
      `(?<name>(?:[A-Z][\\w’'-]*|al|of|e|ul)(?: (?:[A-Z][\\w’'-]*|al-\\w+|of|e|ul))*)`,
    'g',
  ),
  /(?<name>\b[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (?:claimed|has claimed|have claimed) responsibility/g,
];

/** Nouns for the people who carry out an attack: "gunmen", "a suicide bomber", "suspected militants". */
export const ATTACKER_NOUN = `(?:${eitherCaseFirst(source`gunm[ae]n|attackers?|assailants?|militants?|insurgents?|
  (?:suicide |car |truck )?bombers?|rebels?|bandits?|jihadists?|terrorists?|extremists?|shooters?|snipers?|raiders?|
  kidnappers?|hijackers?|killers?|assassins?|knifem[ae]n|arsonists?|mobs?|gang members|gangs?|robbers?|burglars?|
  intruders?|carjackers?`)})`;
/** What may stand before it: an article or a number, and up to three modifiers ("two masked", "suspected Taliban"). */
const ATTACKER_COUNT = eitherCaseFirst('an?|the|two|three|four|five|six|several|some|dozens of|a group of|a gang of');
const ATTACKER_LEAD = `(?:(?:${ATTACKER_COUNT}) )?` +
  `(?:(?:${eitherCaseFirst('suspected|armed|heavily armed|masked|unidentified|unknown|alleged|lone|rival')}|` +
  `[A-Z][a-z][\\w’'-]*) ){0,3}`;
/** The killer who took his own life: "killed his wife and a neighbour, then himself". */
export const KILLER_HIMSELF = /^(?:himself|herself)$/i;
/**
 * A figure of attackers ("one assailant killed"): its attackers are not named by a noun in its sentence. A suspect is
 * the one held for the deed ("the suspect died in the shoot-out", "the man accused of the stabbing").
 */
export const ATTACKER_VICTIMS = new RegExp(`\\b(?:${ATTACKER_NOUN}|[Ss]uspects?|suspected of)\\b`);
/** "killed by gunmen", "shot dead by a sniper": the agent of a passive. */
export const attackerByPattern = new RegExp(`\\bby (?<name>${ATTACKER_LEAD}${ATTACKER_NOUN})\\b`, 'g');
/** "Gunmen stormed a market, killing ...", "Two suicide bombers blew themselves up": an attacker who acts. */
export const attackerSubjectPattern = rx('g')`(?:^|[,;:] |\b(?:when|as|after|where) )(?<name>${ATTACKER_LEAD}${ATTACKER_NOUN})
  (?: (?:on|in|with|from|armed with)(?: [\w’'-]+){1,3}?)?(?= (?:had |have |has |allegedly |reportedly |then |also )?
  (?:opened|stormed|attacked|killed|shot|detonated|blew|set|ambushed|raided|fired|abducted|kidnapped|stabbed|rammed|
  hacked|burned|torched|bombed|shelled|struck|hit|targeted|launched|attacking|killing|shooting|
  kill|kills|attack|attacks|storm|storms|shoot|shoots|ambush|ambushes|raid|raids)\b)`;

/** "in the northern town of": the kind of place, before its name. */
const PLACE_KIND = rx('')`(?:[a-z-]+ ){0,2}(?:town|city|village|district|province|region|state|county|area|suburb|
  neighbou?rhood|capital|port|camp|island|municipality|governorate) of `;
/**
 * "in Eastport", "near the border town", "in the northern town of Eastport": a place for the event (opening the
 * sentence too: "In Eastport, two people were hurt")
 */
export const locationPattern =
  rx('g')`\b(?:[Ii]n|[Nn]ear|at|[Oo]utside) (?:the )?(?:${PLACE_KIND})?(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)`;
