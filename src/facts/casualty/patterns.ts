// Casualty rules as data. Each pattern runs over one sentence; named groups carry the parts:
// qual (qualifier), count, victims, kind (the word that says killed or injured).
import { COUNT_SOURCE, QUALIFIER_SOURCE } from './numbers.js';

export interface CasualtyRule {
  reason: string;
  example: string;
  pattern: RegExp;
  /** fixed kind, when the rule itself decides it */
  kind?: 'killed' | 'injured';
  /** fixed count (zero-casualty statements) */
  count?: number;
}

const COUNT = `(?:(?<qual>${QUALIFIER_SOURCE}) )?(?<count>${COUNT_SOURCE})`;
// a number that is an age, a duration, money or a measure is not a head count
const NOT_MEASURE = "(?![-\\u2010\\u2011]?(?:year|month|week|day|hour|minute|km|mile|metre|meter|per ?cent|%)|\\.\\d|,\\d{1,2}\\b| ?(?:years|months|weeks|days|hours|minutes|seconds|km|kilometres|miles|metres|meters|percent|per cent|am|pm|a\\.m|p\\.m|dollars|rupees|pounds|euros)\\b)";
const VICTIMS = "(?<victims>(?:[A-Za-z][\\w'’-]* ){0,4}?)";
const KILLED = 'killed|dead|died|murdered|massacred|shot dead|slain|executed|lost (?:their|his|her) lives|beheaded';
const INJURED = 'injured|wounded|hurt|hospitali[sz]ed|maimed';
const KILL_NOUN = 'deaths|fatalities|dead|bodies';
const INJURY_NOUN = 'injuries|injured|wounded|casualties';

export function kindOf(word: string): 'killed' | 'injured' {
  return new RegExp(`^(?:${INJURED}|${INJURY_NOUN})$`, 'i').test(word) ? 'injured' : 'killed';
}

export const casualtyRules: CasualtyRule[] = [
  // zero statements first: "no one was injured" must not read as "one was injured"
  {
    reason: 'no-one-harmed',
    example: 'no one was killed',
    pattern: new RegExp(`\\b(?<count>no one|nobody|none) (?:was|were) (?:\\w+ )?(?<kind>${KILLED}|${INJURED})\\b`, 'gi'),
    count: 0,
  },
  {
    reason: 'no-casualties-reported',
    example: 'no injuries were reported',
    pattern: /\b(?<count>no|zero) (?<kind>casualties|injuries|deaths|fatalities)\b/gi,
    count: 0,
  },
  {
    reason: 'count-victims-verb',
    example: 'ten civilians were killed',
    pattern: new RegExp(
      `\\b${COUNT}\\b${NOT_MEASURE} ${VICTIMS}(?:(?:were|was|have been|has been|had been|are|is|got|being|reportedly|also|later|all) )*(?<kind>${KILLED}|${INJURED})\\b`,
      'gi',
    ),
  },
  {
    reason: 'count-victims-noun',
    example: '31 civilian and security personnel deaths',
    pattern: new RegExp(`\\b${COUNT}\\b${NOT_MEASURE} ${VICTIMS}(?<kind>${KILL_NOUN}|${INJURY_NOUN})\\b`, 'gi'),
  },
  {
    reason: 'verb-count-victims',
    example: 'which killed ten civilians',
    pattern: new RegExp(
      `\\b(?<kind>killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|left) ${COUNT}\\b${NOT_MEASURE}(?<victims>(?: [a-z][\\w-]*){0,3}?)(?= dead| injured| wounded|[,.;:]| and| in| on| at| when| after| during| including|$)`,
      'gi',
    ),
  },
  {
    reason: 'death-toll',
    example: 'the death toll rose to 45',
    pattern: new RegExp(
      `\\b(?<kind>death|casualty|injury) toll (?:\\w+ ){0,3}?(?:to|at|of|reached|was|is|hit|stood at|climbed to) ${COUNT}\\b${NOT_MEASURE}`,
      'gi',
    ),
  },
];

/** "including eight students" after a figure: a subset of that figure, same kind. */
export const subsetPattern = new RegExp(`\\b(?:including|among them|of whom|of them) ${COUNT}\\b${NOT_MEASURE}(?<victims>(?: [a-z][\\w-]*){1,3})`, 'gi');

/** Event nouns that casualty figures belong to. */
export const EVENT_NOUNS =
  'hijacking|bombing|bombings|attack|attacks|shooting|shootings|clash|clashes|explosion|blast|crash|massacre|raid|strike|airstrike|ambush|assault|fire|stabbing|collision|derailment|earthquake|flood|floods|storm|riot|violence|fighting|battle|incident|accident|gunfight|firefight|shelling';

/** The event phrase: up to three modifiers, the event noun, and an "of ..." complement. */
export const eventPattern = new RegExp(
  `(?:\\b(?:[A-Z][\\w’'-]*|suicide|terrorist|terror|deadly|bomb|car|twin|mass|gun|armed|militant|missile|drone|air|road|train|school|mob) ){0,3}\\b(?:${EVENT_NOUNS})\\b(?: (?:of|on) (?:the |a |an )?(?:[\\w’'-]+ ){0,4}?(?:[\\w’'-]+)(?=,| by| in| which| that| at| on|\\.|$))?`,
  'g',
);

/** "by the X", "attributed ... to the X", "X claimed responsibility". */
export const perpetratorPatterns: RegExp[] = [
  /\b(?:by|to) (?:the )?(?<name>(?:[A-Z][\w’'-]*|al|of|e|ul)(?: (?:[A-Z][\w’'-]*|al-\w+|of|e|ul))*)/g,
  /(?<name>\b[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (?:claimed|has claimed|have claimed) responsibility/g,
];

/** "in Khuzdar", "near Quetta": a place for the event. */
export const locationPattern = /\b(?:in|near|at|outside) (?:the )?(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)/g;
