// What the date rules are built from: their types, the vocabularies and patterns they share,
// and the small resolvers that turn a match into a TIMEX3 value.
import {
  easter,
  isoWeek,
  nthWeekday,
  noPublication,
  pad,
  parts,
  shiftDays,
  shiftMonths,
  shiftQuarter,
  type Resolution,
  type Tense,
} from './timex.js';

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { alternation } from '../../lexicon/patterns.js';
import { ONES, TEENS as TEEN_WORDS, TENS } from '../../lexicon/numbers.js';
import { rx } from '../../util/regex.js';

export interface Env {
  published: string | null;
  tense: Tense;
  /** the sentence the match sits in (financial "year-ago" phrases read it for "quarter") */
  sentence: string;
  /** the article reports quarterly results: "a year earlier" then means the same quarter a year before */
  quarterly: boolean;
}

export interface DateRule {
  reason: string;
  /** example: the text this rule is for */
  example: string;
  pattern: RegExp;
  /** named group to report as the date's text (defaults to the whole match) */
  group?: string;
  /** a bare year that may be a count instead ("1500 troops"): the extractor drops it when it is */
  mayBeCount?: boolean;
  /** a cheap test the article's text passes wherever the pattern can match (speed only, never meaning) */
  cue?: RegExp;
  /** a last check on the match and the text just before it; false drops it */
  accept?(groups: Record<string, string | undefined>, before: string): boolean;
  resolve(groups: Record<string, string | undefined>, env: Env): Resolution;
}

export const TIME_PREPOSITION = /\b(?:in|since|until|by|before|after|from)\s+$/i;

export const QUARTER_WORD = /\bquarter\b/i;

/** "each Thursday", "every Monday" recur: no one date */
export const RECURRING = /\b(?:each|every)\s+$/i;

/** a capitalised word right before: "VOA Today", "Orion 1980" are names, not dates */
export const AFTER_NAME = rx('')`(?:^|[^.!?"“'‘\n]\s)(?!(?:In|On|By|Since|Until|From|Through|During|Before|After|Of|For|To|
  The|At|And|Or|But|As|Early|Late|Mid|End|Fiscal|Year|Last|This|Next)\b)[A-Z][A-Za-z]*\s$`;

// ---------- vocabularies ----------
export const FULL_MONTHS = alternation(MONTH_NAMES);
// abbreviations need their full stop, or a day number after them (checked by the rules that use MONTH_ANY)
export const ABBR_MONTHS = [...MONTH_ABBREVIATIONS.map((m) => `${m}\\.`), ...MONTH_ABBREVIATIONS].join('|');
export const MONTH = `(?:${FULL_MONTHS})`;
export const MONTH_ANY = `(?:${FULL_MONTHS}|${ABBR_MONTHS})`;
export const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)})`;
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[6-9]|20)\\d{2}';
// a number that is not part of a larger number, a money sum, a version or a score
export const NUM_BEFORE = '(?<![\\d$£€#.,:/\\-–])';
export const NUM_AFTER = '(?![\\d%]|[.,:/\\-–]\\d|\\s?(?:%|percent|per cent|hours|hrs|GMT|UTC|[AP]\\.?M\\b|[ap]\\.m\\.))';
export const ORDINALS = ['first', 'second', 'third', 'fourth'];
export const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
export const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
export const COUNT = `(?:\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// tens by their digit ("ninety" → 9), ten included: "nineteen ten"
export const UNITS_TENS: Record<string, number> = Object.fromEntries(Object.entries({ ten: 10, ...TENS }).map(([w, n]) => [w, n / 10]));
export const UNITS_ONES = ONES;
export const TEENS: Record<string, number> = Object.fromEntries(Object.entries(TEEN_WORDS).filter(([w]) => w !== 'ten'));
export const TENS_WORD = Object.keys(UNITS_TENS).join('|');
export const ONES_WORD = Object.keys(UNITS_ONES).join('|');
export const CENTURY_WORD = `(?:nineteen|twenty|eighteen)`;
// "nineteen ninety-six", "nineteen eighty", "two thousand and one"
export const SPELLED_YEAR = `(?:${CENTURY_WORD} (?:(?:${TENS_WORD})(?:[- ](?:${ONES_WORD}))?|${Object.keys(TEENS).join('|')}` +
  `|oh[- ](?:${ONES_WORD}))|two thousand(?:(?: and)? (?:${ONES_WORD}|${Object.keys(TEENS).join('|')}` +
  `|(?:${TENS_WORD})(?:[- ](?:${ONES_WORD}))?))?)`;

/** Holidays whose date a reader knows, by the day they fall on in a given year. */
export const HOLIDAYS: Record<string, (year: number) => string> = {
  'christmas': (y) => `${y}-12-25`,
  'christmas day': (y) => `${y}-12-25`,
  'christmas eve': (y) => `${y}-12-24`,
  'boxing day': (y) => `${y}-12-26`,
  "new year's day": (y) => `${y}-01-01`,
  "new year's eve": (y) => `${y}-12-31`,
  "valentine's day": (y) => `${y}-02-14`,
  'halloween': (y) => `${y}-10-31`,
  'may day': (y) => `${y}-05-01`,
  'independence day': (y) => `${y}-07-04`,
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  // the Tuesday after the first Monday of November
  'election day': (y) => shiftDays(nthWeekday(y, 11, 1, 1), 1),
  'easter': (y) => easter(y),
  'easter sunday': (y) => easter(y),
  'good friday': (y) => shiftDays(easter(y), -2),
};
export const HOLIDAY = "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|May Day" +
  "|Independence Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Easter(?: Sunday)?|Good Friday)";

export const dayNumber = (text: string): number => Number.parseInt(text, 10);
export const countOf = (word: string): number => COUNT_WORDS[word.toLowerCase()] ?? Number(word);
export const ordinalNumber = (word: string): number => {
  const w = word.toLowerCase();
  const i = ORDINALS.indexOf(w);
  return i >= 0 ? i + 1 : Number(w[0]);
};

export function spelledYear(text: string): string {
  const words = text.toLowerCase().split(/[- ]+/).filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') {
    let rest = 0;
    for (const w of words.slice(2)) rest += (UNITS_TENS[w] ?? 0) * 10 + (UNITS_ONES[w] ?? 0) + (TEENS[w] ?? 0);
    return String(2000 + rest);
  }
  const century = TEENS[words[0]!] ?? 20;
  let rest = 0;
  for (const w of words.slice(1)) rest += (UNITS_TENS[w] ?? 0) * 10 + (UNITS_ONES[w] ?? 0) + (TEENS[w] ?? 0);
  return `${century}${pad(rest)}`;
}

export const absolute = (value: string, granularity: Resolution['granularity']): Resolution => ({ value, granularity, relative: false });
export const relative = (value: string, granularity: Resolution['granularity']): Resolution => ({ value, granularity, relative: true });
export const ref = (value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'): Resolution => ({ value, granularity: 'reference', relative: true });
export const ymd = (year: string | number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** The year a "last/this/next" word points to. */
export function yearOffset(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (/last|past|previous/.test(w)) return -1;
  if (/next|coming|following/.test(w)) return 1;
  return 0;
}

/** week, month, year, quarter or weekend shifted from the publication date */
export function unitValue(unit: string, offset: number, published: string): Resolution {
  const u = unit.toLowerCase();
  if (u === 'week') return relative(isoWeek(shiftDays(published, offset * 7)), 'week');
  if (u === 'weekend') {
    // the weekend of the week in question: last weekend is the one before publication
    const { weekday } = parts(published);
    const saturday = offset < 0 ? shiftDays(published, -((weekday + 1) % 7 || 7)) : shiftDays(published, 6 - weekday + Math.max(0, offset - 1) * 7);
    return relative(`${isoWeek(saturday)}-WE`, 'week');
  }
  if (u === 'month') return relative(shiftMonths(published, offset), 'month');
  if (u === 'quarter') return relative(shiftQuarter(published, offset), 'quarter');
  if (u === 'decade') return relative(String(Math.floor(parts(published).year / 10) + offset), 'decade');
  if (u === 'century') return relative(pad(Math.floor(parts(published).year / 100) + offset), 'century');
  return relative(String(parts(published).year + offset), 'year');
}

/** "a year ago", "year-earlier": the year before; in a sentence about quarters, last year's same quarter. */
export function yearAgo(env: Env, quarter?: number): Resolution {
  if (!env.published) return noPublication('year');
  const { year } = parts(env.published);
  if (quarter) return relative(`${year - 1}-Q${quarter}`, 'quarter');
  if (env.quarterly || /\bquarter\b/i.test(env.sentence)) return relative(shiftQuarter(env.published, -5), 'quarter');
  return relative(String(year - 1), 'year');
}

/** the quarter a report speaks of: "the quarter", "the latest quarter" are the last completed one */
export function reportedQuarter(published: string): string {
  return shiftQuarter(published, -1);
}

/** An ordinal quarter without a year: this year's, unless past-tense text names one not begun yet. */
export function quarterOfYear(n: number, env: Env, yearWord?: string): Resolution {
  if (!env.published) return noPublication('quarter');
  const pub = parts(env.published);
  let year = pub.year + yearOffset(yearWord);
  if (!yearWord && env.tense === 'past' && n > pub.quarter) year -= 1;
  return relative(`${year}-Q${n}`, 'quarter');
}


/**
 * "9 a.m. Tuesday" adds its clock time (2025-08-12T09:00); "Friday night" keeps the day value,
 * since the annotated convention for parts of the day varies and a spreadsheet sorts by day.
 */
export function withTime(r: Resolution, g: Record<string, string | undefined>): Resolution {
  if (!g.hour || !r.value) return r;
  const hour = (Number(g.hour) % 12) + (g.ampm === 'p' ? 12 : 0);
  return { ...r, value: `${r.value}T${pad(hour)}:${g.minute ?? '00'}` };
}
