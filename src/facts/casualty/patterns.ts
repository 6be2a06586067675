// Casualty rules as data. Each pattern runs over one sentence; named groups carry the parts:
// qual (qualifier), count, victims, and one of the outcome groups below (killed, injured, hit).
// A rule either reads its count from the text or fixes it (`count`), and may mark its figures as
// anaphoric ("the victim died": someone already counted) or additional ("three others were hurt").
import {
  AGES,
  APPOSITIVE,
  COMPLEMENT,
  CONDITION,
  AUX,
  A_PERSON,
  COUNT,
  SMALL_NUMBER,
  DEAD,
  type CasualtyRule,
  END,
  HARMLESS_RELATIVE_CLAUSE,
  HIT_PRED,
  HIT_VERB,
  HURT_AFTER_COUNT,
  HURT_VERB,
  INJURED_PRED,
  KILLED_PRED,
  KILL_VERB,
  MODS,
  NAME,
  NAMED_POSSESSED_PERSON,
  NOT_MEASURE,
  NOUN_VICTIMS,
  OBJ_PERSON,
  OBJ_PERSON_OR_THE,
  PAIR_MEMBER,
  PEOPLE,
  PERSON,
  PERSON_HEAD,
  POSSESSED_PERSON,
  PRED,
  PROJECTILE,
  PROJECTILE_HIT,
  RELATIVE_CLAUSE,
  THE_PERSON,
  VICTIMS,
  VICTIMS_AFTER,
  VICTIM_WORD,
  cs,
  g,
} from './rule-parts.js';
import { outcomeOnce } from './outcome-once.js';
import { ANIMALS, ATTACKER_NOUN, RESPONDERS, SAID_OF_THEMSELVES } from './context-patterns.js';

export type { CasualtyRule, Outcome } from './rule-parts.js';

// how a toll moves or stands: "rose to", "has risen to", "stood at"; and, after a long phrase, how it is given
// ("climbed past 100", "topped 100": the toll is more than the figure, which is its floor)
const TOLL_MOVES = 'reached|hit|stood at|stands at|climbed to|rose to|risen to|jumped to|(?:climbed|rose|risen) past|passed|' +
  // a toll put right: "the toll was revised down to 19"
  '(?:revised|lowered|raised|corrected|updated)(?: (?:down|up)(?:wards?)?)? to|' +
  // …or from the figure it had: "the toll rose from 5 to 7", "was lowered from 40 to 37"
  '(?:climbed|rose|risen|jumped|revised|lowered|raised|corrected|updated)(?: (?:down|up)(?:wards?)?)? ' +
  "from (?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?) to|" +
  'topped|surpassed|exceeded|' +
  // …or held where it was: "the toll stayed at nine"
  '(?:remained|remains|stayed|stays) (?:unchanged )?at|' +
  // a headline's present: "Death toll from the landslide reaches 12"
  'reaches|hits|climbs to|rises to|jumps to|(?:climbs|rises) past|passes|tops|surpasses|exceeds';
// which toll: "the latest toll was lowered to 37"
const TOLL_KIND = '(?:official|latest|overall|final|total|confirmed|updated|provisional|revised|new)';
const TOLL_VERBS = `${TOLL_MOVES}|increased to|was|is now|now stands at`;
// what raises a toll, told before it: "pushing the death toll to", "brought the toll to"
const TOLL_RAISING = '(?:(?:rais|bring|push|tak|lift|driv)(?:ing|e|es|ed|s)|brought|took|drove)';
// a group told before by its number: "those four", "the 12"
const TOLD_GROUP = `(?:\\d{1,3}|${SMALL_NUMBER})(?![\\w-])`;
// a relative clause ends with no word that wants one after it: "a medic who cares for the wounded" tells of no one hurt
const NO_DANGLING_WORD = '(?<!\\b(?:the|a|an|for|of|to|with|his|her|their|its) )';
// what corrects a toll, told before it: "lowered the death toll", "cut the toll"
const TOLL_REVISING = '(?:(?:revis|lower|reduc|correct|amend)(?:ing|e|es|ed|s)|cut(?:s|ting)?)';
// one a blast or a crash left hurt: "left a cyclist with a broken leg"
const LEFT_HURT_PERSON = '(?:man|woman|boy|girl|child|baby|driver|passenger|person|teenager|teen|worker|pedestrian|' +
  'cyclist|motorist|rider|officer|guard|resident|neighbou?r|son|daughter|wife|husband|mother|father|brother|sister|' +
  'friend)';
// who holds an office in a place or a body: one of a kind there
const OFFICE_HOLDER = '(?:chief|head|mayor|governor|president|leader|commander|minister|judge|prosecutor|envoy|' +
  'ambassador|imam|bishop|priest|pastor|headman|elder|councill?or|sheriff)';
// what may follow an object victim's noun phrase
// (a dash opens an aside: "killed 23 people — most of them women — and wounded 61")
const OBJECT_ENDS =
  '[,.;:!?)(]|$| [—–-] | (?:and|in|on|at|when|while|after|before|near|who|as|during|outside|inside|with)\\b';
// a relative clause opened after a comma: "The driver, who was killed instantly, was 40"
const WHO_CLAUSE = '(?:,(?= who\\b))?';
// "the man accused of stabbing a guard was killed by officers": what a suspect is held for tells no harm to them
const SUSPECTED_OF = '(?: (?:suspected|accused) of [a-z]+ing\\b[^,.;:!?]{0,80}?(?= ))?';
// a past deed of the subject's own, before "and was killed": "drove at a checkpoint", "lost control"
const PAST_DEED = '(?!(?:was|were|had|has|is|are|and|who|which|that)\\b)[a-z]+(?:ed|ost|ell|ove|an|ew|ook|ent)';
// a number that falls is a year's statistic, not a toll: "the number of people killed on the roads fell to 1,200"
const FALLING = '(?:fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases)';

// what kills on its own, before its verb: "the crash killed", "the blast injured"
const EVENT_NOUN = '(?:crash|blast|explosion|fire|blaze|attack|collision|bombing|shooting|storm|avalanche|landslide|' +
  '(?:earth)?quake|bomb)';
// those who carry out an attack, who may die in it: "the blast killed the bomber and two bystanders", or a suspect
const ATTACKER_HEAD = `(?:${ATTACKER_NOUN}|suspect)`;
// a named person with an age, maybe a home town: "Jane Doe, 34, of Eastbrook"
const NAME_AGE = `${NAME}, (?:age |aged )?\\d{1,3}(?:, (?:of|from) [A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2})?`;
// ...or one named by kin after another: "and her daughter Ann, 6"
const KIN_NAME_AGE = `(?:(?:his|her|their) (?:[a-z]+ ){1,2})?${NAME_AGE}`;
// named people with ages in a list: "Jane Doe, 34, and John Roe, 61", or with what they were, between semicolons:
// "Jane Doe, 34, a nurse; John Roe, 61, a retired driver; and Ann Poe, 9"
const NAMED_AGES = `${NAME_AGE}(?:(?:, [^;.]{1,80})?(?:; (?:and )?${NAME_AGE}(?:, [^;.]{1,80})?)+` +
  `|(?:(?:,|,? and) ${NAME_AGE})*)`;
// an age after a name; in a list of named victims, one victim each
// the count before a verb left out later: digits or a number's word ("Eleven injured pickers were flown to …"; the
// rules' patterns ignore case)
const GAPPED_COUNT_WORD = `(?:\\d+|one|${SMALL_NUMBER}|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|` +
  'ninety)(?:-[a-z]+)?)';
const AGE_AFTER_NAME = /, (?:age |aged )?\d{1,3}\b/;
const AGE_OF_NAMED = new RegExp(AGE_AFTER_NAME.source, 'g');
// a word between "of the" and the group a part is taken from: "two of the seven dead", "eight of the 1,140 injured"
const PARTITIVE_WORD = '(?:\\d{1,3}(?:,\\d{3})+|[\\w-]+)';

// one of two coordinated victims told of before: "the 26-year-old driver"
const PUT_IN = '(?:put|puts|putting|landed|lands|landing)';
const PUT_IN_CUE = new RegExp(`\\b${PUT_IN}\\b`, 'i');
const THE_MEMBER = `the ${MODS}${PERSON_HEAD}${COMPLEMENT}`;
// (the second may be indefinite; a possessed one is the possessed-person rule's: "the pilot and his passenger died")
const A_MEMBER = `(?:an?|one) ${MODS}${PERSON_HEAD}${COMPLEMENT}`;
const RULES: CasualtyRule[] = [
  // "the only person injured was the cook": one, named after (before the count rules, which would read "one killed")
  {
    reason: 'the-only-one-harmed',
    cue: /\bthe only (?:person|one)\b/i,
    example: 'but the only person injured was the cook; the only one killed was a guard',
    pattern: g(`\\b(?<victims>the only (?:person|one)) (?:(?<injured>hurt|injured|wounded)|(?<killed>killed|to die|` +
      `who died)) ` +
      `(?:was|is)\\b`),
    count: 1,
  },
  // zero statements first: "no one was injured" must not read as "one was injured"
  {
    reason: 'no-one-harmed',
    cue: /\b(?:no(?:body| one|ne)|neither|not (?:one|a single))\b/i,
    example: 'no one was killed; Neither of the two ferry crew was hurt; Not one child was hurt; Neither the pilot nor '
      + 'any of the 12 pupils aboard was hurt',
    // (with a short phrase saying who: "no one there was hurt", "no one on the ground was hurt", "none of the
    // passengers was injured")
    pattern: g(`\\b(?<count>no one|nobody|none|no other (?:people|persons)|no one else|nobody else` +
      // (or both of two named by "neither … nor": "Neither the pilot nor any of the 12 pupils aboard was hurt")
      `|no others?|neither (?:the |a |an |his |her |their )?[\\w-]+(?: [\\w-]+){0,3}? nor (?:any of )?` +
      `(?:the |his |her |their )?[\\w-]+(?: [\\w-]+){0,5}?(?= (?:was|were) )` +
      `|neither|not (?:a single|one)(?: (?!(?:was|were|of)\\b)[\\w-]+)?)(?: there| here)?` +
      `(?: (?:on|in|inside|aboard|at|among|of|from|near) [\\w-]+(?: [\\w-]+){0,5}?)? ${AUX}` +
      `(?:${KILLED_PRED}|${INJURED_PRED}|${HIT_PRED})${END}`),
    count: 0,
  },
  {
    reason: 'no-casualties-reported',
    cue: /\b(?:no|zero|without)\b/i,
    example: 'no injuries were reported',
    pattern: g(`\\b(?<count>no|zero|without any|without) (?:(?:immediate|reported|other|serious|further|additional` +
      `|known) )?(?:(?<injured>casualties|injur(?:y|ies)|injured)|(?<killed>deaths|fatalities))\\b`),
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
    // (or still in care: "left 13 still being treated", "left nine in hospital")
    example: 'the blast left 3 dead and 12 injured; a gas leak at the depot left 13 still being treated',
    pattern: g(`\\b(?:left|leaving|leaves|leave) ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER} (?:(?<killed>dead|killed)` +
      `|(?<injured>injured|wounded|hurt|(?:still )?being treated|(?:still )?in hospital))\\b`),
  },
  // "left three people dead and 17 others with injuries": the second figure of what the attack left
  {
    reason: 'left-count-with-injuries',
    cue: /\blea?(?:ve|ft|ving)/i,
    counted: true,
    outcome: 'injured',
    // (or right after the verb, and burns are injuries: "the fire killed 28 workers and left 61 others with burns")
    example: 'the bombing left three people dead and 17 others with injuries; the fire left 61 others with burns; the '
      + 'brawl left one man dead and two others with stab wounds; the leak left nine workers with chemical burns; the '
      + 'blast left two cooks in the kitchen with injuries',
    // (the look back is bounded, so a sentence with no end costs no more than its length)
    // (where they were may stand before "with": "left two cooks in the kitchen with injuries")
    pattern: g(`(?<=\\b(?:left|leaving|leaves|leave)(?:\\b.{0,160} and)? )${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER}` +
      `(?: (?:in|on|aboard|inside) (?:the|a|an|their|his|her) [\\w-]+)? with ` +
      `(?:(?:minor|serious|severe|critical|life[- ]threatening|gunshot|shrapnel|stab|knife|bullet|head|burn|chemical` +
      `|acid|flash|facial|(?:first|second|third)-degree) )*(?:injuries|wounds|burns)\\b`),
  },
  {
    reason: 'left-person-outcome',
    cue: /\blea?(?:ve|ft|ving)/i,
    // (or "with" a wound: "the blast left a night porter with shrapnel wounds")
    example: 'the shooting left a 47-year-old cyclist dead; the blast left a night porter with shrapnel wounds',
    pattern: g(`\\b(?:left|leaving|leaves|leave) ${A_PERSON} (?:(?<killed>dead)|(?<injured>injured|wounded|hurt` +
      `|with (?:an? )?(?:(?:minor|serious|severe|critical|life[- ]threatening|gunshot|shrapnel|stab|head|burn) )*` +
      `(?:injury|injuries|wounds?)))\\b`),
    count: 1,
  },
  // "the blaze put his son in hospital", "landed a teacher in hospital": one an event put in hospital is hurt (those
  // it sent to hospital: sent-to-hospital)
  {
    reason: 'put-person-in-hospital',
    cue: PUT_IN_CUE,
    example: 'The blaze killed a farmer and put his son in hospital',
    pattern: g(`\\b${PUT_IN} ${OBJ_PERSON} (?<injured>in (?:the )?hospital)\\b`),
    count: 1,
  },
  // "the fumes put 12 pupils in hospital"
  {
    reason: 'put-count-in-hospital',
    cue: PUT_IN_CUE,
    counted: true,
    example: 'the fumes put 12 pupils in hospital',
    pattern: g(`\\b${PUT_IN} ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER} (?<injured>in (?:the )?hospital)\\b`),
  },
  // "Two of the 30 passengers wounded in the attack have since died": a part of the hurt who died (the whole, a
  // figure of its own, extract.ts adds)
  {
    reason: 'part-of-the-hurt-died',
    victimsAs: 'subject',
    counted: true,
    subset: true,
    example: 'Two of the 30 passengers wounded in the attack have since died; '
      + 'Four of the 25 diners admitted to hospital on Friday had died',
    pattern: g(`\\b${COUNT}\\b of the (?<whole>${PARTITIVE_WORD}) (?:${PEOPLE} )?(?<victims>${HURT_AFTER_COUNT})\\b` +
      `[^,.;:!?]{0,60}? (?:later |subsequently |has |had |have )?(?<killed>died|succumbed)\\b`),
  },
  // "The baker, Ann Marr, was one of the six and later died": one person told back as one of the hurt counted
  // before, who died (the part's words name no one; the person is the one of them)
  {
    reason: 'person-one-of-them-died',
    cue: /\bone of\b/i,
    subset: true,
    example: 'Six were hurt. The baker, Ann Marr, was one of the six and later died',
    pattern: g(`(?<=\\b(?:[Tt]he|[Tt]his|[Tt]hat) ${MODS}${PERSON_HEAD}${APPOSITIVE},? (?:was|is) (?:also )?)` +
      `one of (?<victims>them|those|the (?:\\d{1,3}|${SMALL_NUMBER})) and (?:later |then |subsequently )?` +
      `(?<killed>died|succumbed)\\b`),
    count: 1,
  },
  // "two men who were shot on Friday have died": the outcome at the end of the clause wins, as for one person
  {
    reason: 'count-who-died',
    victimsAs: 'subject',
    counted: true,
    cue: /\bwho\b/i,
    example: 'Two men who were shot on Friday have died',
    // (no speech inside the clause: "three girls who saw it said a man died" tells the man's death; nor another
    // "who" or "but not": "The 40 include two drivers who were trapped, but not the man who died")
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE} ${VICTIMS}who ` +
      `(?:(?!\\b(?:said|says|told|who|but not)\\b)[^.;:!?]){1,100}? ` +
      `(?:has |have |had |later |since |eventually )*(?<killed>died|been pronounced dead|succumbed)${END}`),
  },
  // "two men were shot", "nine villagers were killed", "Four people are dead"
  {
    reason: 'count-victims-outcome',
    victimsAs: 'subject',
    counted: true,
    // (with an appositive: "One of them, a 70-year-old man, later died")
    example: 'nine villagers were killed; One of them, a 70-year-old man, later died in hospital; '
      + 'Of those six, one, an elderly shepherd, died; One of those admitted, the welder, died',
    // (a group told by its number: "One of those three, a welder, has died")
    // (or with one alone: "Of those six, one, an elderly shepherd, died")
    // (or those a participle tells: "One of those treated, an old cook, later died")
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE}(?: of (?<partitive>them|those|whom|the (?:${PARTITIVE_WORD} ){0,2}?` +
      `(?:dead|killed|injured|wounded|victims|${PEOPLE})|(?:those|these|the) ${TOLD_GROUP}(?=,)` +
      `|those (?:admitted|treated|hurt|injured|wounded|hospitali[sz]ed)(?=,))${APPOSITIVE}` +
      `| of (?:his|her|their|its)|(?<=\\b[Oo]ne)(?=, (?:an?|the) )${APPOSITIVE})? ${VICTIMS}` +
      `(?:${HARMLESS_RELATIVE_CLAUSE})?${AUX}${PRED}${END}`),
  },
  // "A hospital spokesman said 30 people had been admitted": those admitted where the sentence tells of a hospital
  {
    reason: 'count-admitted-hospital-told',
    victimsAs: 'subject',
    counted: true,
    cue: /\badmitted\b/i,
    example: 'A hospital spokesman said 30 people had been admitted overnight.',
    pattern: g(`(?<=\\bhospitals?\\b[^.;!?]{0,80})\\b${COUNT}\\b${NOT_MEASURE} ${VICTIMS}${AUX}admitted\\b` +
      // (not to what else admits people: "admitted to its nursing course")
      `(?! (?:in)?to (?!(?:a |the )?(?:[\\w'’-]+ ){0,2}?(?:hospitals?|intensive care|wards?)\\b))`),
    outcome: 'hit',
  },
  // "The bomber, who set off his vest at the gate, was the only fatality": one death, the only one
  {
    reason: 'only-fatality',
    cue: /\bthe only (?:fatality|death|person killed|one killed|person to die)\b/i,
    example: 'the driver was the only fatality of the crash; '
      + 'The bomber, who set off his vest at the gate, was the only death',
    pattern: g(`\\b(?<victims>(?:an?|the|his|her|their) ${MODS}${PERSON_HEAD})(?:, [^,;.!?]{1,100},)? (?:was|is) ` +
      `the only (?<killed>fatality|death|person killed` +
      `|one killed|person to die)\\b`),
    count: 1,
  },
  // "the only death was an elderly porter": the same, the other way round
  {
    reason: 'only-fatality-was',
    cue: /\bthe only (?:fatality|death|person killed|one killed) (?:was|is)\b/i,
    example: 'the only death was an elderly porter',
    pattern: g(`\\bthe only (?<killed>fatality|death|person killed|one killed) (?:was|is) ` +
      `(?<victims>(?:an?|the|his|her|their) ${MODS}${PERSON_HEAD})`),
    count: 1,
  },
  // "a 5-year-old boy who was shot in the face has died": the outcome at the end of the clause wins
  {
    reason: 'person-who-died',
    cue: /\bwho\b/i,
    example: 'a boy who was shot on Tuesday has died',
    pattern: g(`\\b${A_PERSON},? who [^.;:!?]{1,100}? (?:has |have |had |later |since |eventually )*(?<killed>died|been pronounced dead|succumbed)${END}`),
    count: 1,
  },
  // "a guard who tried to stop the bomber was also killed": the outcome after a relative clause is the person's,
  // not that of someone named inside the clause
  {
    reason: 'person-who-outcome',
    cue: /\bwho\b/i,
    example: 'a guard who tried to stop the gunman was also killed',
    // (not one who died, then a place: "a woman who died in hospital" is one of the dead; nor the outcome as a noun after
    // "the": "a nurse who tends to the wounded")
    // (nor a plural verb, whose subject is a group the person was named in: "Five others, among them a guard who
    // sprained his wrist, were seen to at the scene")
    pattern: g(`\\b${A_PERSON},? who (?!(?:later |then |also )?died\\b)${RELATIVE_CLAUSE},? ` +
      `(?<!\\bthe )(?!(?:were|are|have)\\b)${AUX}${PRED}${END}`),
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
    victimsAs: 'subject',
    example: 'a girl and her mother were killed',
    pattern: g(`\\b(?<victims>${PAIR_MEMBER} and (?:${PAIR_MEMBER}|${MODS}${PERSON}))${APPOSITIVE},? (?=(?:who ` +
      `|that )?(?:were|are|have|had|both|all|died|later|each)\\b)${AUX}${PRED}${END}`),
    count: 2,
  },
  // "the cyclist and a pedestrian were killed", "both the skipper and the deckhand survived with injuries": two
  // victims, the first named as one told of (both may have been counted before: the pair may repeat a figure)
  {
    reason: 'definite-pair-outcome',
    cue: /\band\b/i,
    victimsAs: 'subject',
    example: 'Both the skipper and the lone deckhand survived with minor injuries',
    pattern: g(`\\b(?<victims>(?:both )?${THE_MEMBER} and (?:${THE_MEMBER}|${A_MEMBER}))${APPOSITIVE},? ` +
      `(?=(?:who |that )?(?:were|are|have|had|both|all|died|later|each|survived)\\b)${AUX}${PRED}${END}`),
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
  // "an elderly couple was killed", "a couple in their seventies died": a couple is two victims (not "a couple of")
  {
    reason: 'couple-outcome',
    cue: /\bcouple\b/i,
    victimsAs: 'subject',
    example: 'an elderly couple was killed; a couple in their seventies died',
    pattern: g(`\\b(?<victims>an? ${MODS}couple${COMPLEMENT})${APPOSITIVE} ${AUX}${PRED}${END}`),
    count: 2,
  },
  // "Twin sisters aged 8 were hurt", "the twins died": twins are two victims
  {
    reason: 'twins-outcome',
    cue: /\btwins?\b/i,
    victimsAs: 'subject',
    example: 'Twin sisters aged 8 were hurt in the crash; the twins died',
    pattern: g(`\\b(?<victims>(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) )?` +
      `(?:[Tt]win (?:brothers|sisters|boys|girls|sons|daughters)|(?<=\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) )twins)` +
      `${COMPLEMENT})${APPOSITIVE} ${AUX}${PRED}${END}`),
    count: 2,
  },
  // "the tornado killed a couple in their home", "injuring a young couple"
  {
    reason: 'verb-couple',
    cue: /\bcouple\b/i,
    victimsAs: 'object',
    example: 'the tornado killed a couple in their home',
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) (?<victims>an? ${MODS}couple)\\b(?! of\\b)`),
    count: 2,
  },
  // "A man was killed", "an official ... was shot dead", "One died at the scene"
  {
    reason: 'person-outcome',
    victimsAs: 'subject',
    example: 'a woman was injured',
    // (a relative clause between commas tells it too: "The driver, who was killed instantly, was 40")
    pattern: g(`\\b${A_PERSON}${APPOSITIVE}${WHO_CLAUSE} ${AUX}${PRED}${END}`),
    count: 1,
  },
  // "her driver, Tomas Quill, was killed", "his brother was wounded": a possessed person is one victim
  {
    reason: 'possessed-person-outcome',
    cue: /\b(?:his|her|their|its)\b|\w['’]s? /i,
    victimsAs: 'subject',
    // (a plural verb after one possessed person: the last of coordinated subjects, "the driver and her son were hurt")
    // (a name's or a noun's possessive too: "Ellis's neighbour, a 61-year-old man, was also struck by a bullet")
    example:
      'her driver, Tomas Quill, was killed; the pilot and his passenger died; Ellis’s neighbour was also struck by a bullet',
    pattern: g(`\\b${NAMED_POSSESSED_PERSON}${APPOSITIVE}${WHO_CLAUSE} ` +
      `(?=(?:was|were|has|have|had|died|later|succumbed|suffered|sustained|is|are|both|who)\\b)` +
      `${AUX}${PRED}${END}`),
    count: 1,
  },
  // "a woman was killed and her husband seriously injured": after "and", the verb "was" is left out
  {
    reason: 'possessed-person-elided',
    cue: /\band (?:his|her|their)\b/i,
    victimsAs: 'subject',
    example: 'a woman was killed and her husband seriously injured; the blast left a man dead and his son wounded',
    // (or what an event left: "the blast left a soldier dead and his brother wounded")
    pattern: g(`(?<=\\b(?:was|were|left|leaving|leaves) [\\w ]{1,40}? and )${POSSESSED_PERSON} ` +
      `(?:(?:seriously|critically|badly|slightly|severely|gravely) )?(?<aux>)(?:${KILLED_PRED}|${INJURED_PRED})${END}`),
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
  // "Jane Doe, 34, and John Roe, 61, were killed": each name with an age is one victim
  {
    reason: 'name-age-list-outcome',
    cue: /, (?:age |aged )?\d{1,3},? and /,
    example: 'Jane Doe, 34, and John Roe, 61, of Eastbrook, were killed; Ann Roe, 34, and her daughter Ivy, 6, died',
    pattern: cs(`(?<![\\w-])(?<victims>${NAME_AGE}(?:, ${KIN_NAME_AGE})*,? and ${KIN_NAME_AGE}),? ${AUX}${PRED}${END}`),
    countEach: AGE_OF_NAMED,
    anaphoric: true,
  },
  // "Killed were Jane Doe, 34, and John Roe, 61", "the dead were identified as ...": victims named after their outcome
  {
    reason: 'outcome-named-ages',
    cue: AGE_AFTER_NAME,
    example: 'Killed were Jane Doe, 34, and John Roe, 61; the injured were Ann Poe, 19, of Eastbrook',
    pattern: cs(`(?:\\b(?:[Tt]hose|[Tt]he)(?: (?:people|persons|men|women))? |^)(?:(?<killed>[Kk]illed|dead)` +
      `|(?<injured>[Ii]njured|[Ww]ounded)) (?:were|was|are|is|(?:have|has|had) been)` +
      `(?: (?:identified|named)(?: by(?: [\\w-]+){1,3}?)? as)? (?<victims>${NAMED_AGES})`),
    countEach: AGE_OF_NAMED,
    anaphoric: true,
  },
  {
    reason: 'identified-dead-as',
    cue: AGE_AFTER_NAME,
    example: 'police identified the dead as Jane Doe, 34, and John Roe, 61',
    pattern: cs(`\\b(?:identified|named) the (?<killed>dead) as (?<victims>${NAMED_AGES})`),
    countEach: AGE_OF_NAMED,
    anaphoric: true,
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
  // (a lone plural-looking word before "died" is more often a common noun: "Hopes died"; a name after "of" or "in"
  // or "to" ends another's phrase: "a porter flown to a clinic in the city of Quillby died")
  {
    reason: 'name-died',
    example:
      'Jane Doe died later at the hospital; Imogen Varre was assassinated at a rally; Rafe Oduya succumbed to his wounds',
    pattern: cs(`(?<![\\w-])(?<!\\b(?:of|in|at|to|from|near|outside) )` +
      `(?!(?:Nobody|None|Many|Most|Some|Several|Others|Both|All|Each|Everyone|Hundreds|Thousands` +
      `|Dozens|Scores|Few|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|One|Who|Which|That|This|These|Those` +
      `|Someone|Anyone|Authorities|Officials)\\b)(?![A-Z][\\w'’-]*s (?:(?:later|eventually|then` +
      `|also) )?died\\b)(?<victims>${NAME}) (?:(?:later|eventually|then|also) )?(?<killed>died` +
      `|was pronounced dead|was declared dead|was killed|was fatally shot|was shot and killed` +
      `|was shot dead|was assassinated|was murdered|was (?:stabbed|beaten) to death` +
      `|succumbed to (?:his|her) (?:wounds|injuries))${END}`),
    count: 1,
    anaphoric: true,
  },
  // "one rider died at the roadside and another later in hospital": the verb of the death before left out
  {
    reason: 'another-died-gapped',
    cue: /\band (?:another|a second)\b/i,
    example: 'One driver died at the roadside and another en route to hospital.',
    pattern: g(`(?<=\\b(?:died|was killed|were killed)\\b[^.;:!?]{0,50} and )(?<victims>another|a second)` +
      `(?= (?:on the way|en route|later|after|in (?:a |the )?hospital|at (?:a |the )?hospital)\\b)`),
    outcome: 'killed',
    count: 1,
  },
  // "Three people were killed in Tarvik and two in nearby Orsa": a further count in another place, the outcome of the
  // figure before it with its verb left out
  {
    reason: 'count-gapped-place',
    // (the cue is the pattern read forwards: a sentence without it spends no look-behind at every position)
    cue: /\b(?:killed|injured|wounded|hurt) (?:in|at) [A-Z][^.;:!?,]{0,40}?,? and \S+ (?:more )?(?:in|at) /,
    example: 'Three people were killed in Tarvik and two in nearby Orsa as the storm passed.',
    pattern: cs(`(?<=\\b(?:were|was|have been|had been) (?:(?<killed>killed)|(?<injured>injured|wounded|hurt)) ` +
      `(?:in|at) [A-Z][^.;:!?,]{0,40}?,? and )${COUNT}(?= (?:more )?(?:in|at) (?:nearby |neighbouring )?[A-Z])`),
    additional: true,
  },
  // "Eleven injured pickers were flown to Kelby Infirmary and four to a field clinic": a further count taken to another
  // hospital, its verb left out (after a count of its own, not a part: "Nine of the victims were taken to …")
  {
    reason: 'count-gapped-hospital',
    cue: /\b(?:taken|rushed|flown|airlifted|transported|admitted) to [^.;:!?,]{1,50}?,? and \S+ (?:more )?to /,
    example: 'Eleven injured pickers were flown to Tarvik Infirmary and four to a field clinic.',
    pattern: g(`(?<=(?:^|[^\\w'’-])${GAPPED_COUNT_WORD} ` +
      `(?:(?!of\\b)[a-z]+ ){0,2}(?:were|have been|had been) ` +
      `(?<injured>taken|rushed|flown|airlifted|transported|admitted) ` +
      `to [^.;:!?,]{1,50}?,? and )${COUNT}(?= (?:more )?to (?:an? |the )?(?:[\\w'’-]+ ){0,4}?` +
      `(?:hospitals?|clinics?|infirmary|(?:medical|health) (?:centres?|centers?|posts?)|\\p{Lu}))`),
    additional: true,
  },
  // "14 were treated for cuts and 6 for shock": a further count treated for another harm
  {
    reason: 'count-gapped-treated',
    cue: /\btreated for [^.;:!?,]{1,40}?,? and \S+ (?:more )?for /,
    example: 'Medics said 14 passengers were treated for cuts and 6 for shock.',
    pattern: g(`(?<=\\b(?:were|was|have been|had been) (?<injured>treated) for [^.;:!?,]{1,40}?,? and )` +
      `${COUNT}(?= (?:more )?for )`),
    additional: true,
  },
  // "Six were killed at the depot and another two at the bridge": a further count of the same outcome in
  // another place or event, its verb left out
  {
    reason: 'count-gapped-another',
    cue: /\band (?:another|a further) \S+ (?:in|at|on|during)\b/,
    example: 'Six were killed at the depot and another two at the bridge.',
    pattern: g(`(?<=(?:^|[^\\w'’-])${GAPPED_COUNT_WORD} (?:(?!of\\b)[a-z]+ ){0,2}(?:were|have been|had been) ` +
      `(?:(?<killed>killed)|(?<injured>injured|wounded|hurt)) (?:in|at|on|during) [^.;:!?,]{1,50}?,? and )` +
      `${COUNT}(?= (?:in|at|on|during) )`),
  },
  // "Another was injured", "another injured" (after a first victim); "a fourth was wounded" (after three)
  {
    reason: 'another-outcome',
    cue: /another|\ba (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i,
    example: 'a policeman was killed and another injured; three soldiers were killed and a fourth was wounded; eight '
      + 'porters were hurt and a ninth died',
    pattern: g(`\\b(?<victims>another(?: one)?|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)) ` +
      `${AUX}${PRED}${END}`),
    count: 1,
  },
  // "the victim was pronounced dead", "the boy died", "the other died later"
  {
    reason: 'definite-person-outcome',
    example: 'the victim was pronounced dead; the driver, who was killed instantly, was 40; '
      + 'the owner of the van was hurt; the guard who spotted the smoke was hurt',
    pattern: g(`\\b${THE_PERSON}${SUSPECTED_OF}${APPOSITIVE}${WHO_CLAUSE} ` +
      `(?:${HARMLESS_RELATIVE_CLAUSE}${NO_DANGLING_WORD})?${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "the suspect, named as Ivo Brank, drove at a checkpoint and was later killed": the person's own outcome after a deed
  // of theirs, its "and" followed by no second subject
  {
    reason: 'definite-person-and-outcome',
    cue: /\band (?:was|later|then|subsequently|eventually)\b/i,
    example: 'The suspect, named as Ivo Brank, 27, drove at a checkpoint and was later killed.',
    pattern: g(`\\b${THE_PERSON}${APPOSITIVE} (?=${PAST_DEED} )[^,.;:!?]{1,100}? and ` +
      `(?=(?:was|later|then|subsequently|eventually)\\b)${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "he died at the hospital", "she was shot in the leg"
  {
    reason: 'pronoun-outcome',
    pronoun: true,
    cue: /\b(?:he|she)\b/i,
    example: 'he died at the hospital',
    pattern: g(`\\b(?<victims>he|she) ${AUX}${PRED}${END}`),
    count: 1,
    anaphoric: true,
  },
  // "… killing three people, before being shot dead by police": the subject's own death after the deed
  {
    reason: 'shot-dead-after-deed',
    cue: /\bbefore being\b/i,
    example: 'He stabbed two men before being shot dead by police',
    pattern: g(`\\bbefore being (?<killed>shot dead|shot and killed|killed)` +
      `(?= by (?:armed )?(?:police|officers|an officer|a police officer|troops|soldiers|security forces|guards?)\\b)`),
    count: 1,
    anaphoric: true,
  },
  // "Officers shot dead the attacker, who had stabbed two guards": the attacker, killed by those who stopped him
  {
    reason: 'police-shot-dead-the-attacker',
    victimsAs: 'object',
    cue: /\bshot dead the\b/i,
    example: 'Police in Varnek shot dead the attacker, who had stabbed two men; officers shot dead the knifeman',
    pattern: g(`(?<=\\b(?:[Pp]olice|officers|an officer|a police officer|troops|soldiers|security forces|guards?)\\b` +
      `(?: (?:in|at) [A-Z][\\w-]+)? )(?<killed>shot dead) (?<victims>the (?:[a-z-]+ )?${ATTACKER_NOUN})\\b`),
    count: 1,
    anaphoric: true,
  },
  // "both were killed", "both men died", "both gunmen were killed"
  {
    reason: 'both-outcome',
    cue: /\bboth\b/i,
    example: 'both men were shot; both gunmen died after a gunfight with troops',
    pattern: g(`\\b(?<victims>both(?: of them| (?:${PEOPLE}|${ATTACKER_NOUN})` +
      `(?: (?:of|from|in|inside|at|on) (?:the |a |an )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+)?)?` +
      `|(?:they|the two) (?:were )?both) ${AUX}${PRED}${END}`),
    count: 2,
    anaphoric: true,
  },
  // "Troops killed both attackers", "wounding both drivers": "both" counts two people
  {
    reason: 'verb-both',
    cue: /\bboth\b/i,
    victimsAs: 'object',
    example: 'Troops killed both attackers after the raid',
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}) both (?:of the )?(?<victims>(?:[a-z][\\w'’-]* )?(?:${PEOPLE}` +
      `|${ATTACKER_NOUN}))(?=${OBJECT_ENDS})`),
    count: 2,
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
  // "which killed nine villagers", "killing 20 residents", "wounded four others", "killing a family of five"
  {
    reason: 'verb-count-victims',
    victimsAs: 'object',
    counted: true,
    example: 'which killed nine villagers; the fever has killed 40 infants under two years old; '
      + 'A rocket hit the block, killing a family of five; A lorry hit the queue, killing four and injuring the '
      + 'remaining six.',
    // (a possessive before the count: "injured his two sons"; the rest of a group: "injuring the remaining 41")
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) ` +
      `(?:(?:an?|the|their|his|her) family of |(?:his|her|their) |the remaining )?` +
      `${COUNT}\\b` +
      `${NOT_MEASURE}(?: of (?<partitive>them|those` +
      // (up to five words: "five members of the same family")
      `|the (?:[\\w-]+ ){0,2}?${PEOPLE}))?(?<victims>(?: [A-Za-z][\\w'’-]*){0,5}?)` +
      `(?=[,.;:!?)(]|$| [—–-] |(?: dead| injured` +
      `| wounded| and| or| in| on| at| when| while| after| before| during| including| as| near| inside| outside` +
      `| with| who| whom| it| they| that| which| from| by| but| to| late| early| last| this| around| about| across` +
      `| throughout| along| over| since| under| aged` +
      `| shortly| just| overnight| yesterday| today| tonight| (?:mon|tues|wednes|thurs|fri|satur|sun)day` +
      // (or a participle after a plural: "killed two police officers guarding the gate")
      `|(?<=(?:s|people|men|women|children)) [a-z]+ing)\\b)`),
  },
  // "gunfire hit two men standing outside": what is fired hits a count of people
  {
    reason: 'projectile-hit-count',
    victimsAs: 'object',
    counted: true,
    cue: PROJECTILE_HIT,
    example: 'gunfire hit two men outside a store',
    pattern: g(`\\b${PROJECTILE} (?<hit>hit) ${COUNT}\\b${NOT_MEASURE}${VICTIMS_AFTER}` +
      `(?=[,.;:!?)(]|$| [—–-] | (?:as|in|on|at|when|while|outside|inside|near|who|and)\\b)`),
  },
  // "a stray bullet hit a 10-year-old girl"
  {
    reason: 'projectile-hit-person',
    victimsAs: 'object',
    cue: PROJECTILE_HIT,
    example: 'a stray bullet hit a 10-year-old girl',
    pattern: g(`\\b${PROJECTILE} (?<hit>hit) ${OBJ_PERSON}\\b`),
    count: 1,
  },
  // "killed the bomber and two bystanders": the count after a definite person ("the bomber" may be the attacker, or
  // a victim counted before, so only the count is read; an event's or a participle's own definite victim is read by
  // the rules for those, and the count joins it: "the crash killed the pilot and two passengers" is three)
  {
    reason: 'verb-the-person-and-count',
    victimsAs: 'object',
    counted: true,
    cue: /\band\b/i,
    example: 'the blast killed the bomber and two bystanders',
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}) the ` +
      `(?:(?=${MODS}${ATTACKER_HEAD}\\b)|(?<!(?:, |\\b${EVENT_NOUN} )(?:shot and killed|[a-z]+) the ))` +
      `${MODS}${PERSON_HEAD} and ${COUNT}\\b${NOT_MEASURE}` +
      `(?<victims>(?: [A-Za-z][\\w'’-]*){0,4}?)` +
      `(?=[,.;:!?)(]|$| [—–-] |(?: and| in| on| at| when| while| after| near| who| as)\\b)`),
  },
  // "killed four people before turning the gun on himself": the killer is one more dead
  {
    reason: 'killer-turned-weapon',
    cue: /\bon (?:him|her)self\b/i,
    additional: true,
    outcome: 'killed',
    count: 1,
    example: 'a gunman killed four people before turning the gun on himself',
    pattern: g(`\\b(?:turning|turned|turns|turn) (?:the|his|her) (?:gun|weapon|rifle|pistol|handgun|shotgun|knife) ` +
      `on (?<victims>himself|herself)\\b(?! and (?:was|is) (?:taken|rushed|flown|airlifted|in)\\b)`),
  },
  // "the bomber blew himself up, killing two guards": the attacker is one of the dead, besides those he killed
  {
    reason: 'attacker-blew-himself-up',
    cue: /\b(?:blew|blowing|blows|blown) (?:him|her)self up\b/i,
    outcome: 'killed',
    count: 1,
    example: 'the bomber blew himself up at the gate, killing two guards',
    pattern: g(`\\b(?<victims>(?:the |an? )?(?:[a-z]+ )?${ATTACKER_NOUN}) (?:blew|blowing|blows|had blown|has blown) ` +
      `(?:himself|herself) up\\b`),
  },
  // "The gunman, who killed four people, was later found dead": the attacker's own death after the clause of his deed
  // (an appositive that tells harm is otherwise no part of a definite victim: the figure inside it counts)
  {
    reason: 'attacker-clause-outcome',
    cue: new RegExp(`\\b${ATTACKER_NOUN}, `),
    outcome: 'killed',
    count: 1,
    example: 'The gunman, who shot five people at the depot, was later found dead.',
    // (the figure is the outcome alone: the clause's own figures stand apart)
    pattern: g(`(?<=\\b(?<victims>[Tt]he ${ATTACKER_HEAD}), (?:who|which) [^,.;:!?]{1,80}?, )` +
      `${AUX}${KILLED_PRED}${END}`),
    // (one more than the victims of the clause, not one of them)
    anaphoric: false,
  },
  // "the army lost eight soldiers in the battle": a force's dead, counted by what it lost
  {
    reason: 'force-lost-count',
    cue: /\blos[te]/i,
    counted: true,
    additional: true,
    outcome: 'killed',
    example: 'the army killed 40 militants and lost eight soldiers',
    pattern: g(`\\b(?:lost|losing|loses|lose) ${COUNT}\\b${NOT_MEASURE} (?:of (?:its|their) (?:own )?)?` +
      `(?<victims>soldiers|troops|men|officers|fighters|policemen|police officers|personnel|crew members|sailors|pilots)\\b`),
  },
  // "the attack claimed 15 lives", "the crash cost 9 lives"
  {
    reason: 'lives-claimed',
    cue: /\blives\b/i,
    counted: true,
    outcome: 'killed',
    example: 'the attack claimed 15 lives',
    pattern: g(`\\b(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes) ${COUNT}\\b${NOT_MEASURE} (?:more )?lives\\b`),
  },
  // "hospitals admitted 90 people with heatstroke": those admitted with a wound or a condition are the hurt
  {
    reason: 'admitted-count-victims',
    cue: /\badmit/i,
    counted: true,
    outcome: 'injured',
    victimsAs: 'object',
    example: 'hospitals admitted 90 people with heat exhaustion or dehydration',
    pattern: g(`\\badmit(?:ted|ting|s) ${COUNT}\\b${NOT_MEASURE} (?<victims>(?:[a-z][\\w'’-]* ){0,2}?)(?:with|for) ` +
      `(?:(?:minor|serious|severe|critical|gunshot|stab|bullet|burn|head|multiple) )*` +
      `(?:injuries|wounds|burns|gunshot wounds|${CONDITION})\\b`),
  },
  // "medics treated 40 people for injuries": the treated are the hurt
  {
    reason: 'treated-count-victims',
    cue: /\btreat/i,
    counted: true,
    outcome: 'injured',
    victimsAs: 'object',
    example: 'medics treated 40 people for injuries; hospitals treated 300 people for heat-related illness',
    pattern: g(`\\btreat(?:ed|ing|s)? ${COUNT}\\b${NOT_MEASURE} (?<victims>(?:[a-z][\\w'’-]* ){0,2}?)for (?:(?:minor|serious|severe` +
      `|critical|gunshot|stab|bullet|burn|head|multiple) )*(?:injuries|wounds|burns|gunshot wounds|${CONDITION})\\b`),
  },
  // "treated 30 climbers for exposure, and a further eight for frostbite": more treated, the verb left out
  {
    reason: 'further-treated-count',
    cue: /\btreat(?:ed|ing)\b[^.;]{0,160}\b(?:a further|another) /i,
    counted: true,
    outcome: 'injured',
    additional: true,
    example: 'clinics treated 30 climbers for exposure, and a further eight for frostbite',
    pattern: g(`(?<=\\btreat(?:ed|ing)\\b[^.;!?]{0,160},? and )(?:a further|another) ${COUNT}\\b${NOT_MEASURE} ` +
      `for (?:(?:minor|serious|severe|critical) )*(?:injuries|wounds|burns|${CONDITION})\\b`),
  },
  // "Ambulance crews treated 11 people on site": those whom the emergency services treat are the hurt, whatever for
  {
    reason: 'responders-treated-count',
    cue: /\btreat/i,
    counted: true,
    outcome: 'injured',
    victimsAs: 'object',
    // ("paramedics said they treated 14 people": the responders said so of themselves)
    // (the people may go unsaid: "medics have treated another 40 at the scene")
    example: 'Ambulance crews treated 11 people on site; paramedics said they treated 14 people at the scene; '
      + 'medics have treated another 40 at the scene; emergency medical technicians treated six people at the scene; '
      + 'paramedics treated 30 more at the scene; volunteer medics treated 25 people at roadside posts',
    // (or told as more: "paramedics treated 30 more at the scene")
    pattern: g(`\\b(?:${RESPONDERS})(?: ${SAID_OF_THEMSELVES})? (?:(?:have|had|also) )?treat(?:ed|ing) ` +
      `${COUNT}\\b${NOT_MEASURE}` +
      `(?: (?<victims>(?:[a-z][\\w'’-]* )?${PEOPLE}|more(?= (?:at|on|in)\\b)))?` +
      // (or where: "treated another four passengers on the quay")
      // (or where, without an article: "treated 25 people at roadside posts")
      `(?= at the scene| on site| for\\b| in hospital|[,.;]| and\\b| after\\b| (?:on|at|in) (?:the |a |an )?[a-z])`),
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
    victimsAs: 'object',
    example: 'gunmen shot and killed a village elder; police shot him dead',
    // ("shot him dead": the pronoun's outcome after it)
    pattern: g(`\\b(?:${KILL_VERB}|${HURT_VERB}|${HIT_VERB}) ${OBJ_PERSON}\\b(?:(?<dead> dead)\\b)?`),
    count: 1,
  },
  // "crashed, killing the driver and a passenger": after the event, a participle's definite victim is one of its own,
  // no one introduced before (a figure of the same outcome before it is still the one the totals count)
  {
    reason: 'participle-the-person',
    victimsAs: 'object',
    anaphoric: false,
    cue: /, (?:killing|injuring|wounding)/i,
    example: 'the van hit a wall, killing the driver; the bus overturned, injuring the driver and a passenger',
    pattern: g(`(?<=, )(?:(?<killed>killing)|(?<injured>injuring|wounding)) (?<victims>the ${MODS}${PERSON_HEAD})\\b`),
    count: 1,
  },
  // "The crash killed the pilot": an event's definite victim is one of its own as well (a bomb's too)
  // (the whole noun phrase, up to what ends it: "killed the deputy governor of Varn province and two of his aides")
  {
    reason: 'event-verb-the-person',
    victimsAs: 'object',
    anaphoric: false,
    cue: new RegExp(`\\b${EVENT_NOUN}\\b`, 'i'),
    example:
      'the crash killed the pilot; the blast injured the driver and a passer-by; ' +
      'a car bomb killed the deputy governor; ' +
      'the crash of the small plane killed the pilot; the blast killed a porter and injured the owner of the shop',
    // (the event's own complement may stand between: "the crash of the small plane killed"; and its first victims: "the
    // blast killed a porter and injured the owner")
    pattern: g(`(?<=\\b${EVENT_NOUN}(?: (?:of|at|on|in|near) (?:the |a |an )?[\\w'’-]+(?: [\\w'’-]+){0,2})? ` +
      `(?:(?:killed|injured|wounded|hurt) [^,.;:!?]{1,50}? and )?)` +
      `(?:(?<killed>killed)|(?<injured>injured|wounded|hurt))` +
      ` (?<victims>the ${MODS}${PERSON_HEAD}${COMPLEMENT})\\b(?=${OBJECT_ENDS})`),
    count: 1,
  },
  // "Gunmen killed the village chief": attackers' definite victim who holds an office is one of a kind, no one named
  // before ("Three gunmen killed the guard" may tell again of a guard already counted)
  {
    reason: 'attackers-killed-office-holder',
    victimsAs: 'object',
    anaphoric: false,
    cue: /\b(?:gunm[ae]n|attackers|assailants|militants)\b/i,
    example:
      'gunmen killed the village chief; militants shot dead the district governor; Gunmen in Varnek killed the headman',
    // (where they struck may stand between: "Gunmen in Varnek killed the headman")
    pattern: g(`(?<=\\b(?:gunm[ae]n|attackers|assailants|militants)(?: (?:in|from) [A-Z][\\w-]+)? )` +
      `(?:(?<killed>killed|shot dead|assassinated)` +
      `|(?<injured>injured|wounded))` +
      ` (?<victims>the ${MODS}${OFFICE_HOLDER}${COMPLEMENT})\\b(?=${OBJECT_ENDS})`),
    count: 1,
  },
  // "Gunmen robbed the bus and killed the driver": attackers' definite victim who holds no office may have been told
  // before (anaphoric: counted where no figure told of them)
  {
    reason: 'attackers-killed-the-person',
    victimsAs: 'object',
    anaphoric: true,
    cue: /\b(?:gunm[ae]n|attackers|assailants|militants|bandits|robbers)\b/i,
    example: 'Gunmen robbed the bus and killed the driver; bandits later shot dead the guard',
    pattern: g(`(?<=\\b(?:gunm[ae]n|attackers|assailants|militants|bandits|robbers)\\b[^.;:!?]{0,60} )` +
      `(?:(?<killed>killed|shot dead|murdered)|(?<injured>injured|wounded))` +
      ` (?<victims>the ${MODS}${PERSON_HEAD}${COMPLEMENT})\\b(?=${OBJECT_ENDS})`),
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
  // "paramedics took four people to hospital", "treated five climbers for cuts and took two more to hospital": those
  // carried to a hospital by those who came to help are hurt
  {
    reason: 'took-count-to-hospital',
    cue: /\b(?:took|taken|taking|takes|rushed|rushing|flew|flown|airlifted|airlifting)\b/i,
    counted: true,
    example: 'paramedics took two more climbers to hospital',
    pattern: g(`\\b(?:took|taken|taking|takes|rushed|rushing|flew|flown|airlifted|airlifting) ${COUNT}\\b${NOT_MEASURE}` +
      `${VICTIMS_AFTER} to (?:a |the )?(?:[\\w-]+ ){0,2}?hospitals?\\b`),
    outcome: 'injured',
  },
  // "the shooting death of a 16-year-old girl", "the fatal shooting of another teen"
  {
    reason: 'death-of-person',
    victimsAs: 'object',
    cue: /shooting|stabbing|murder|killing|homicide|slaying/i,
    example: 'the shooting death of a teenager',
    pattern: g(`\\b(?:(?<killed>(?:shooting|stabbing) deaths?|fatal (?:shooting|stabbing)|murders?|killings?|slayings?` +
      `|homicides?)|(?<hit>(?:non-fatal |accidental )?shooting)) of (?:${OBJ_PERSON}|(?<count>\\d+` +
      `|${'two|three|four|five|six|seven|eight|nine|ten'}) ${PEOPLE})\\b`),
    count: 1,
  },
  // "the bombing resulted in the deaths of nine people", "caused the deaths of 14 migrants"
  {
    reason: 'deaths-of-count',
    victimsAs: 'object',
    counted: true,
    cue: /\bdeaths of\b/i,
    example: 'the bombing resulted in the deaths of nine people',
    // (not of animals: "the deaths of about 900 sheep")
    pattern: g(`\\b(?<killed>deaths) of ${COUNT}\\b${NOT_MEASURE} (?!(?:[a-z]+ )?${ANIMALS}\\b)${VICTIMS}`),
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
  // "shot four people, one fatally": the part of those shot or stabbed who died
  // (also of casualties counted: "The crash caused nine casualties, two of them fatal")
  {
    reason: 'count-fatally',
    subset: true,
    counted: true,
    cue: /\b(?:fatal(?:ly)?|mortally)\b/i,
    // (or after a participle: "held after stabbing three men, one fatally")
    example: 'The gunman shot four people, one fatally, before fleeing; held after stabbing three men, one fatally',
    pattern: g(`(?<=\\b(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|struck|striking|hit|hitting` +
      `|casualties|injuries)\\b[^.;:!?]{0,40}, )${COUNT}\\b` +
      `(?: of (?:them|which|whom))?(?: were)? (?:fatally|mortally|fatal)\\b`),
    outcome: 'killed',
  },
  // "Two British tourists were among the dead": a count named among the dead or the hurt
  {
    reason: 'count-among-victims',
    victimsAs: 'subject',
    counted: true,
    cue: /\bamong\b/i,
    example: 'Two British tourists were among the dead.',
    // (their ages after them: "Three boys aged 7, 9 and 12 were among the injured")
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE} ${NOUN_VICTIMS}(?:${AGES} )?(?:were|was|are|is) (?:also )?` +
      'among (?:the|those) ' +
      `(?:(?<killed>dead|killed)|(?<injured>injured|wounded|hurt))\\b`),
  },
  // "A teenager was among those killed": one person named among the dead or the hurt
  {
    reason: 'person-among-victims',
    victimsAs: 'subject',
    cue: /\bamong\b/i,
    example: 'A teenager was among those killed.',
    pattern: g(`\\b${A_PERSON}${APPOSITIVE} (?:was|is) (?:also )?among (?:the|those) ` +
      `(?:(?<killed>dead|killed)|(?<injured>injured|wounded|hurt))\\b`),
    count: 1,
  },
  // "17 police and militia deaths", "22 fatalities", "two dead"
  {
    reason: 'count-victims-noun',
    victimsAs: 'subject',
    counted: true,
    example: '17 police and militia deaths',
    pattern: g(`\\b${COUNT}\\b${NOT_MEASURE} ${NOUN_VICTIMS}` +
      `(?:(?<killed>deaths|fatalities|${DEAD}|deceased|bodies|killed|lives lost)` +
      `|(?<injured>injuries|injured|wounded|casualties))\\b(?! (?:of|in) (?:the )?(?:past|last|previous|recent))` +
      // (not animals: "hundreds of dead birds")
      `(?! (?:[a-z]+ )?${ANIMALS}\\b)`),
  },
  // "left two men dead and a boy with head injuries", "left his neighbour with burns": one left hurt
  {
    reason: 'left-person-with-injuries',
    cue: /\bleft\b/i,
    example: 'the crash left two men dead and a boy with head injuries; the blast left his neighbour with burns',
    // (after another outcome the match opens at the one hurt, as that outcome's rule reads "left two men dead")
    pattern: g(`(?:(?<=\\bleft [^.;:!?]{1,60}? and )|\\bleft )(?<victims>(?:an?|one|another|his|her|their) ` +
      `(?:[a-z-]+ ){0,2}?` +
      `${LEFT_HURT_PERSON}) with (?:(?:serious|minor|severe|critical|life-threatening|multiple|head|leg) )*` +
      `(?<injured>injuries|injury|wounds|burns|a (?:broken|fractured) [a-z]+)\\b`),
    count: 1,
  },
  // "one body has been found", "a body was pulled from the river": one dead, found
  {
    reason: 'one-body-found',
    cue: /\bbody\b/i,
    example: 'one body has been found; a second body was pulled from the river',
    pattern: g(`\\b(?<victims>(?:one|a|another|a (?:second|third|fourth|fifth)) body) (?:has |have |had |was |is )?` +
      `(?:so far |since |later |also |now )?(?:been )?(?<killed>recovered|found|pulled|retrieved|discovered|washed ` +
      `(?:up|ashore))\\b`),
    count: 1,
  },
  {
    reason: 'death-toll',
    cue: /tolls?\b/i,
    counted: true,
    example: 'the death toll rose to 45',
    toll: true,
    // (a long phrase of what the toll is from ends at a verb of the toll: "the death toll from Saturday's bombing at a
    // crowded market in the city of Velkor has risen to 31", "from a 6.1 quake"; "at" and "of" give it only right after
    // the toll: "the toll of 40", not "the toll of an attack at one mosque")
    // (an aside between commas may come first: "the death toll, first given as nine, was cut to seven";
    // and a toll raised from one figure to another: "lifted the death toll of the storm from 70 to 95")
    pattern: g(`\\b(?:(?<killed>death|fatality)|(?<injured>casualty|injury)) tolls?(?:, [^,.;:]{1,60},)? (?:at|of` +
      `|(?:[\\w'’]+ ){0,4}?from (?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?) to` +
      `|(?:[\\w'’]+ ){0,4}?(?:to|reached|reaches|was|is|hit|hits|stood at|stands at|climbed to|rose to|risen to|now|past` +
      `|(?:remained|remains|stayed|stays) (?:unchanged )?at` +
      `|passed|passes|topped|tops|surpassed|surpasses|exceeded|exceeds)` +
      `|(?:[\\w'’-]+(?:\\.\\d+)? ){1,16}?(?:${TOLL_VERBS})` +
      // (a long phrase of what it is from, after a verb that raises it: "pushing the death toll from the landslide on
      // the island's east coast to seven")
      // (or lowers it: "lowered the death toll from Friday's mill blast to 12")
      `|(?<=\\b(?:${TOLL_RAISING}|${TOLL_REVISING}) the \\w+ tolls? )(?:[\\w'’-]+ ){5,12}?to) ` +
      `${COUNT}\\b${NOT_MEASURE}`),
  },
  // "Officials put the death toll from the cyclone at 1,012": whoever counts puts the toll at a figure
  {
    reason: 'toll-put-at',
    cue: /\b(?:put|puts|putting|placed|places|placing) the \w+ tolls?\b/i,
    counted: true,
    example: 'Officials put the death toll from the cyclone at 1,012',
    toll: true,
    pattern: g(`(?<=\\b(?:put|puts|putting|placed|places|placing) the )` +
      `(?:(?<killed>death|fatality)|(?<injured>casualty|injury)) tolls? (?:[\\w'’-]+ ){0,8}?at ${COUNT}\\b${NOT_MEASURE}`),
  },
  // "put the death toll at nine but on Monday lowered it to seven": a toll told, then changed by a verb that takes it
  {
    reason: 'toll-revised-it',
    cue: /\b(?:it|that figure|the figure) (?:(?:up|down|upwards?|downwards?) )?to\b/i,
    counted: true,
    example: 'The coastguard put the death toll at nine but on Monday lowered it to seven; the injury toll was 9 until '
      + 'officials raised it to 11',
    toll: true,
    pattern: g(`(?<=\\b(?:(?<killed>death|fatality)|(?<injured>casualty|injury)) tolls?\\b[^.;:!?]{0,80}? ` +
      `(?:${TOLL_REVISING}|${TOLL_RAISING}) (?:it|that figure|the figure) (?:(?:up|down|upwards?|downwards?) )?to )` +
      `${COUNT}\\b${NOT_MEASURE}`),
  },
  // "the death toll climbed to 11 by noon and then to 14 by nightfall": a toll that rose again, its verb left out
  {
    reason: 'toll-rose-again',
    cue: /\band (?:then |later |by [\w-]+ )?to\b/i,
    counted: true,
    example: 'the death toll climbed to 11 by noon and then to 14 by nightfall; the injury toll went up to 20 and later '
      + 'to 26',
    toll: true,
    pattern: g(`(?<=\\b(?:(?<killed>death|fatality)|(?<injured>casualty|injury)) tolls?\\b[^.;:!?]{0,80}? ` +
      `(?:rose|climbed|increased|jumped|risen|reached|went up) to [\\w-]+\\b[^.;:!?,]{0,40}?,? and ` +
      `(?:then |later |by [\\w-]+ )?to )${COUNT}\\b${NOT_MEASURE}`),
  },
  // "first said 22 people had died, then corrected the figure to 19": a figure of an outcome told, then changed
  {
    reason: 'figure-revised',
    cue: /\b(?:it|that figure|the figure|the number) (?:(?:up|down|upwards?|downwards?) )?to\b/i,
    counted: true,
    example: 'Officials first said 22 people had died, then corrected the figure to 19; the hospital said nine were '
      + 'hurt, then raised the number to 12',
    toll: true,
    pattern: g(`(?<=\\b(?:(?<killed>died|dead|killed|deaths)|(?<injured>injured|hurt|wounded|injuries))\\b` +
      `[^.;:!?]{0,80}? (?:${TOLL_REVISING}|${TOLL_RAISING}) (?:that figure|the figure|the number) ` +
      `(?:(?:up|down|upwards?|downwards?) )?to )${COUNT}\\b${NOT_MEASURE}`),
  },
  // "Three were reported hurt, but the number rose to eight": the figure of the outcome told before it
  // (the nearest such word before)
  {
    reason: 'that-figure-rose',
    cue: /\b(?:that|the|this) (?:figure|number|tally|count)\b/i,
    counted: true,
    example: 'Three walkers were reported hurt on the fell, but the number rose to eight overnight; two were said to '
      + 'have died before the number rose to five',
    toll: true,
    pattern: g(`(?<=\\b(?:(?<killed>dead|killed|died|deaths)|(?<injured>injured|hurt|wounded))\\b[^.;:!?]{0,60}? ` +
      `(?:that|the|this) (?:figure|number|tally|count) (?:(?:later|then|has|had|have|since|quickly) )*` +
      `(?:climbed|rose|risen|grew|grown|jumped|increased|fell|dropped) to )${COUNT}\\b${NOT_MEASURE}`),
  },
  {
    // "The toll rose to 41": a bare toll, in a report of the dead, is the death toll
    reason: 'bare-toll',
    cue: /\b(?:toll|total)\b/i,
    counted: true,
    outcome: 'killed',
    example: 'the toll rose to 41 by Monday evening; Toll in hotel siege rises to 26; another died, bringing the toll '
      + 'to six; officials had put the toll at 11; raising the toll from the quarry collapse to two; the toll rose from '
      + '5 to 7; the latest toll was lowered to 37; a fourth passenger died overnight, bringing the total to four; the '
      + "avalanche's toll rose to 14 overnight; the official toll is 12; the council's confirmed toll stands at 9; "
      + 'the coroner confirmed a toll of eight; officials cut the toll from the crush down from 9 dead to 8; the toll '
      + "stayed at nine; the toll from Sunday's mine fire near the Kelby pass rose to 12",
    toll: true,
    // (a headline's toll has no article, and what it is from may run a few words: "Toll in hotel siege rises to 26",
    // "the toll from Sunday's mine fire near the Kelby pass rose to 12")
    // (or a death that brings or takes it to a figure: "Another person died, bringing the toll to six"; or whoever
    // counts puts it at one: "officials had put the toll at 11")
    // (the event's own: "The avalanche's toll rose to 14")
    // (a kind of toll, one told as it stands: "the official toll is 12")
    // (whoever counts, owning it: "the council's confirmed toll stands at 9"; or confirming it: "confirmed a toll of 8")
    pattern: g(`(?:(?:\\bthe |^)(?:(?:${EVENT_NOUN}|[\\w-]+)['’]s )?(?:${TOLL_KIND} )?toll ` +
      `(?:(?:from|in|of) (?:[\\w'’-]+ ){1,7}?|(?:[\\w'’]+ ){0,2}?)(?:${TOLL_MOVES})` +
      `|\\bthe ${TOLL_KIND} toll (?:is|was)` +
      `|(?<=\\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised` +
      `|${TOLL_REVISING}) the (?:[\\w-]+ )?)toll ` +
      `(?:(?:from|in|of) (?:[\\w'’-]+ ){1,5}?)?(?:(?:down|up)(?:wards?)? )?(?:from [\\w,-]+ )?to` +
      // (and revised from the figure it had, its own figure of the dead: "cut the toll from the crush down from 9 dead
      // to 8")
      `|(?<=\\b(?:${TOLL_RAISING}|${TOLL_REVISING}) the (?:[\\w-]+ )?toll (?:(?:from|in|of) (?:[\\w'’-]+ ){1,5}?)?` +
      `(?:(?:down|up)(?:wards?)? )?from [\\w,-]+ (?:dead|deaths|killed) )to` +
      // (or a total that a death brings to a figure: "a fourth passenger died overnight, bringing the total to four")
      `|(?<=\\b(?:died|killed|dead)\\b[^.;!?]{0,100}\\b${TOLL_RAISING} the )total to` +
      `|(?<=\\b(?:put|puts|putting|placed|places|placing) the )toll at` +
      `|(?<=\\b(?:confirmed|gave|announced|released|issued) (?:a|an|the|its) (?:${TOLL_KIND} )?)toll of) ` +
      `${COUNT}\\b${NOT_MEASURE}(?! (?:dollars|euros|pounds|million|billion)\\b)`),
  },
  {
    // "the toll rose to four by noon and to six by night": the later figure of a toll that rose twice
    reason: 'toll-and-then',
    cue: /\btoll\b/i,
    counted: true,
    outcome: 'killed',
    example: 'the toll rose to four by noon and to six by night; the toll climbed to five by dusk as crews cut '
      + 'through the wreck, and to 8 by Sunday',
    toll: true,
    pattern: g(`(?<=(?<!\\b(?:injury|casualty) )\\btoll (?:[\\w'’]+ ){0,2}?(?:${TOLL_MOVES}) [\\w,]+` +
      `(?: [\\w'’-]+){0,8},? and (?:then |later )?)to ${COUNT}\\b${NOT_MEASURE}`),
  },
  {
    // the same as a toll, in other words
    reason: 'number-of-dead',
    cue: /\bnumber (?:of|killed|dead|injured|wounded|hurt|treated|hospitali[sz]ed|in hospital)\b/i,
    counted: true,
    example: 'the number of injured stood at 112; The number of people killed in the siege has risen to 26; '
      + 'raising the number killed in the crash to six; the number of people confirmed dead after the ferry capsized '
      + 'on the river on Sunday climbed to 27; the number of dead from the fire that swept a crowded night market on '
      + 'the edge of the old port late on Friday has risen to 9; raising the number treated in hospital to 30; the number '
      + 'of wounded, first put at 60, was later revised to 52; the number in hospital rose to 23; the number of people '
      + 'who have died stands at 31; the total number of those who died, counting the driver, was now five',
    toll: true,
    // ("the number of people killed in the siege has risen to 26": those killed, and where and when, up to 20 words
    // before the verb, after an aside; not one that falls; "the number killed" says it without "of")
    pattern: g(`\\bnumber (?:of (?:the )?(?:(?:people|persons|those|civilians) )?` +
      `(?:(?:confirmed|reported|known|recorded) )?)?` +
      `(?:(?<killed>dead|deaths|fatalities|killed|who (?:have |had )?died)` +
      `|(?<injured>injured|wounded|injuries|hurt|treated|hospitali[sz]ed|in hospital))(?:, [^,.;:!?]{1,40}?,)? ` +
      `(?:(?!${FALLING} )[\\w'’-]+ ){0,20}?(?:to|at` +
      `|reached|was|is|hit|stood at|climbed to|rose to|risen to)(?: now)? ${COUNT}\\b${NOT_MEASURE}`),
  },
  // "the governor put the number of the dead at 14 and the injured at 52": a second figure put at a number beside a toll
  {
    reason: 'second-figure-put-at',
    cue: /\band (?:the )?(?:number of )?(?:the )?(?:dead|killed|injured|wounded|hurt) at\b/i,
    counted: true,
    example: 'the governor put the number of the dead at 14 and the injured at 52',
    toll: true,
    pattern: g(`(?<=\\b(?:number|toll)\\b[\\w\\s'’-]{0,40}? at [\\w,]+ and (?:the )?(?:number of )?(?:the )?)` +
      `(?:(?<killed>dead|killed)|(?<injured>injured|wounded|hurt)) at ${COUNT}\\b${NOT_MEASURE}`),
  },
  // "Deaths from the outbreak have risen to 19": a count of deaths that rises is a running toll
  {
    reason: 'deaths-risen-to',
    cue: /\b(?:deaths|fatalities)\b/i,
    counted: true,
    example: 'Deaths from the outbreak have risen to 19',
    toll: true,
    pattern: g(`\\b(?<killed>deaths|fatalities) (?:(?!${FALLING} )[\\w'’-]+ ){0,6}?(?:(?:have|has) )?` +
      `(?:reached|risen to|rose to|climbed to|stood at|stand at|now stand at) ${COUNT}\\b${NOT_MEASURE}`),
  },
  // "Kelby General Hospital admitted nine", "St Anne's said it had treated 30 people": those a hospital named took in
  // (and whom anyone tells of having treated; not a clinic's daily work: "The clinic admitted 40 patients with
  // appointments", "treated 3,000 patients last year"); after the rules whose own words these are
  {
    reason: 'hospital-admitted-count',
    counted: true,
    // (the cue, read with case, wants the hospital's name: the rules ignore case)
    cue: new RegExp(`(?:[A-Z][\\w'’-]+ )+(?:Hospital|Infirmary|Clinic|Medical Cent(?:re|er))` +
      `(?: (?:said|says) (?:it|they))? (?:had |has |have |also )?(?:admitted|received|took in|treated) ` +
      `|(?:said|says) (?:it|they) (?:had |has |have )?treated `),
    victimsAs: 'object',
    example: 'Kelby General Hospital admitted nine.; St Anne\'s said it had treated 30 people after the fire.; '
      + 'Lenk Medical Center treated 11 patients, among them a nurse.',
    pattern: g(`(?<=\\b(?:(?:[a-z][\\w'’-]+ )+(?:hospital|infirmary|clinic|medical cent(?:re|er))` +
      `(?: (?:said|says) (?:it|they))? (?:had |has |have |also )?(?:admitted|received|took in|treated)` +
      `|(?:said|says) (?:it|they) (?:had |has |have )?treated) )${COUNT}\\b${NOT_MEASURE}` +
      `(?: (?<victims>(?:[a-z][\\w'’-]* )?${PEOPLE}))?` +
      `(?=[,.;:]| (?:from|after|and|in|on|at|by|overnight)\\b|$)` +
      `(?![^.;]*\\b(?:last|this|each|every|a|per) (?:year|month|week|day)\\b)`),
    outcome: 'hit',
  },
];
// (those closing on the outcome predicate match it once per sentence: outcome-once.ts)
export const casualtyRules: readonly CasualtyRule[] = RULES.map(outcomeOnce);
