// Date rules kept as data: each entry is a regex over the raw text, the reason it records,
// and how to turn the match into a TIMEX3 value. Compiled once at module load.
// Rules run in order, most specific first; a later rule never claims text an earlier one took.
import {
  easter,
  isoWeek,
  nthWeekday,
  noPublication,
  pad,
  parts,
  resolveMonth,
  resolveSeason,
  resolveWeekday,
  shiftDays,
  shiftMonths,
  shiftQuarter,
  type Resolution,
  type Tense,
} from './timex.js';

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, alternation, monthNumber, weekdayNumber } from '../../lexicon/calendar.js';
import { ONES, TEENS as TEEN_WORDS, TENS } from '../../lexicon/numbers.js';

export type { Tense } from './timex.js';

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
  /** a last check on the match and the text just before it; false drops it */
  accept?(groups: Record<string, string | undefined>, before: string): boolean;
  resolve(groups: Record<string, string | undefined>, env: Env): Resolution;
}

const TIME_PREPOSITION = /\b(?:in|since|until|by|before|after|from)\s+$/i;

const QUARTER_WORD = /\bquarter\b/i;

/** "each Thursday", "every Monday" recur: no one date */
const RECURRING = /\b(?:each|every)\s+$/i;

/** a capitalised word right before: "VOA Today", "Orion 1980" are names, not dates */
const AFTER_NAME = /(?:^|[^.!?"“'‘\n]\s)(?!(?:In|On|By|Since|Until|From|Through|During|Before|After|Of|For|To|The|At|And|Or|But|As|Early|Late|Mid|End|Fiscal|Year|Last|This|Next)\b)[A-Z][A-Za-z]*\s$/;

// ---------- vocabularies ----------
const FULL_MONTHS = alternation(MONTH_NAMES);
// abbreviations need their full stop, or a day number after them (checked by the rules that use MONTH_ANY)
const ABBR_MONTHS = [...MONTH_ABBREVIATIONS.map((m) => `${m}\\.`), ...MONTH_ABBREVIATIONS].join('|');
const MONTH = `(?:${FULL_MONTHS})`;
const MONTH_ANY = `(?:${FULL_MONTHS}|${ABBR_MONTHS})`;
const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)})`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]|20)\\d{2}';
// a number that is not part of a larger number, a money sum, a version or a score
const NUM_BEFORE = '(?<![\\d$£€#.,:/\\-–])';
const NUM_AFTER = '(?![\\d%]|[.,:/\\-–]\\d|\\s?(?:%|percent|per cent|hours|hrs|GMT|UTC|[AP]\\.?M\\b|[ap]\\.m\\.))';
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const COUNT = `(?:\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// tens by their digit ("ninety" → 9), ten included: "nineteen ten"
const UNITS_TENS: Record<string, number> = Object.fromEntries(Object.entries({ ten: 10, ...TENS }).map(([w, n]) => [w, n / 10]));
const UNITS_ONES = ONES;
const TEENS: Record<string, number> = Object.fromEntries(Object.entries(TEEN_WORDS).filter(([w]) => w !== 'ten'));
const TENS_WORD = Object.keys(UNITS_TENS).join('|');
const ONES_WORD = Object.keys(UNITS_ONES).join('|');
const CENTURY_WORD = `(?:nineteen|twenty|eighteen)`;
// "nineteen ninety-six", "nineteen eighty", "two thousand and one"
const SPELLED_YEAR = `(?:${CENTURY_WORD} (?:(?:${TENS_WORD})(?:[- ](?:${ONES_WORD}))?|${Object.keys(TEENS).join('|')}` +
  `|oh[- ](?:${ONES_WORD}))|two thousand(?:(?: and)? (?:${ONES_WORD}|${Object.keys(TEENS).join('|')}` +
  `|(?:${TENS_WORD})(?:[- ](?:${ONES_WORD}))?))?)`;

/** Holidays whose date a reader knows, by the day they fall on in a given year. */
const HOLIDAYS: Record<string, (year: number) => string> = {
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
const HOLIDAY = "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|May Day" +
  "|Independence Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Easter(?: Sunday)?|Good Friday)";

export { monthNumber };
const dayNumber = (text: string): number => Number.parseInt(text, 10);
const countOf = (word: string): number => COUNT_WORDS[word.toLowerCase()] ?? Number(word);
const ordinalNumber = (word: string): number => {
  const w = word.toLowerCase();
  const i = ORDINALS.indexOf(w);
  return i >= 0 ? i + 1 : Number(w[0]);
};

function spelledYear(text: string): string {
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

const absolute = (value: string, granularity: Resolution['granularity']): Resolution => ({ value, granularity, relative: false });
const relative = (value: string, granularity: Resolution['granularity']): Resolution => ({ value, granularity, relative: true });
const ref = (value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'): Resolution => ({ value, granularity: 'reference', relative: true });
const ymd = (year: string | number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** The year a "last/this/next" word points to. */
function yearOffset(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (/last|past|previous/.test(w)) return -1;
  if (/next|coming|following/.test(w)) return 1;
  return 0;
}

/** week, month, year, quarter or weekend shifted from the publication date */
function unitValue(unit: string, offset: number, published: string): Resolution {
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
function yearAgo(env: Env, quarter?: number): Resolution {
  if (!env.published) return noPublication('year');
  const { year } = parts(env.published);
  if (quarter) return relative(`${year - 1}-Q${quarter}`, 'quarter');
  if (env.quarterly || /\bquarter\b/i.test(env.sentence)) return relative(shiftQuarter(env.published, -5), 'quarter');
  return relative(String(year - 1), 'year');
}

/** the quarter a report speaks of: "the quarter", "the latest quarter" are the last completed one */
function reportedQuarter(published: string): string {
  return shiftQuarter(published, -1);
}

/** An ordinal quarter without a year: this year's, unless past-tense text names one not begun yet. */
function quarterOfYear(n: number, env: Env, yearWord?: string): Resolution {
  if (!env.published) return noPublication('quarter');
  const pub = parts(env.published);
  let year = pub.year + yearOffset(yearWord);
  if (!yearWord && env.tense === 'past' && n > pub.quarter) year -= 1;
  return relative(`${year}-Q${n}`, 'quarter');
}

export const dateRules: DateRule[] = [
  // ---------- absolute calendar dates ----------
  {
    reason: 'iso-date',
    example: '2025-08-12',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?<year>${YEAR})-(?<month>[01]\\d)-(?<day>[0-3]\\d)\\b(?![-\\d])`, 'g'),
    resolve: (g) => absolute(ymd(g.year!, Number(g.month), Number(g.day)), 'day'),
  },
  {
    // US order unless the first number cannot be a month
    reason: 'slash-date',
    example: '8/12/2025',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?<a>[01]?\\d|[23]\\d|3[01])/(?<b>[0-3]?\\d)/(?<year>${YEAR})\\b(?![/\\d])`, 'g'),
    resolve: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      const [month, day] = a > 12 ? [b, a] : [a, b];
      return absolute(ymd(g.year!, month, day), 'day');
    },
  },
  {
    reason: 'weekday-month-day',
    example: 'Saturday, April 25',
    pattern: new RegExp(`\\b${WEEKDAY},? (?<month>${MONTH_ANY}) (?<day>${DAY})\\b(?:,? (?<year>${YEAR})\\b)?`, 'g'),
    resolve: (g, env) =>
      g.year ? absolute(ymd(g.year, monthNumber(g.month!), dayNumber(g.day!)), 'day') : resolveMonth(monthNumber(g.month!), env.published, env.tense, dayNumber(g.day!)),
  },
  {
    reason: 'weekday-day-month',
    example: 'Tuesday 12 August',
    pattern: new RegExp(`\\b${WEEKDAY},? (?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH_ANY})\\b(?:,? (?<year>${YEAR})\\b)?`, 'g'),
    resolve: (g, env) =>
      g.year ? absolute(ymd(g.year, monthNumber(g.month!), dayNumber(g.day!)), 'day') : resolveMonth(monthNumber(g.month!), env.published, env.tense, dayNumber(g.day!)),
  },
  {
    reason: 'day-month-year',
    example: '12 August 2025',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH_ANY}),? (?<year>${YEAR})\\b`, 'g'),
    resolve: (g) => absolute(ymd(g.year!, monthNumber(g.month!), dayNumber(g.day!)), 'day'),
  },
  {
    reason: 'month-day-year',
    example: 'August 12, 2025',
    pattern: new RegExp(`\\b(?<month>${MONTH_ANY}) (?<day>${DAY}),? (?<year>${YEAR})\\b`, 'g'),
    resolve: (g) => absolute(ymd(g.year!, monthNumber(g.month!), dayNumber(g.day!)), 'day'),
  },
  {
    // the first half of a range takes the year the second half states: "from March to May 2024"
    reason: 'range-start-takes-end-year',
    example: 'from March to May 2024',
    pattern: new RegExp(
      `\\b(?<text>(?:(?<day1>${DAY}) )?(?<month>${MONTH_ANY})(?: (?<day2>${DAY}))?)(?=\\s?(?:-|–|to|until|till` +
        `|through|and)\\s?(?:${DAY} )?${MONTH_ANY}(?: ${DAY})?,? (?<year>${YEAR})\\b)`,
      'g',
    ),
    group: 'text',
    resolve: (g) => {
      const month = monthNumber(g.month!);
      const day = g.day1 ?? g.day2;
      return day ? absolute(ymd(g.year!, month, dayNumber(day)), 'day') : absolute(`${g.year}-${pad(month)}`, 'month');
    },
  },
  {
    reason: 'month-year',
    example: 'April 2024; mid-April 2024',
    pattern: new RegExp(`\\b(?:(?:early|mid|late)[- ]|the (?:end|beginning|middle|start) of )?(?<month>${MONTH_ANY}),? (?:of )?(?<year>${YEAR})\\b`, 'g'),
    resolve: (g) => absolute(`${g.year}-${pad(monthNumber(g.month!))}`, 'month'),
  },
  {
    reason: 'month-relative-year',
    example: 'July last year; April next year',
    pattern: new RegExp(`\\b(?<month>${MONTH}) (?<which>last|this|next) year\\b`, 'g'),
    resolve: (g, env) => {
      if (!env.published) return noPublication('month');
      return relative(`${parts(env.published).year + yearOffset(g.which)}-${pad(monthNumber(g.month!))}`, 'month');
    },
  },
  {
    // "last April" is the latest April before the publication month; "next April" the first after it
    reason: 'last-next-month',
    example: 'last April; this September',
    pattern: new RegExp(`\\b(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming) (?<month>${MONTH})\\b`, 'g'),
    resolve: (g, env) => {
      if (!env.published) return noPublication('month');
      const pub = parts(env.published);
      const month = monthNumber(g.month!);
      const which = g.which!.toLowerCase();
      let year = pub.year;
      if (which === 'last' || which === 'this past') year -= month >= pub.month ? 1 : 0;
      else if (which === 'next' || which === 'this coming') year += month <= pub.month ? 1 : 0;
      return relative(`${year}-${pad(month)}`, 'month');
    },
  },
  {
    reason: 'month-day',
    example: 'August 12; Aug. 12',
    pattern: new RegExp(`\\b(?<month>${MONTH_ANY}) (?<day>${DAY})\\b(?![\\d:]|,? ${YEAR}\\b|\\.\\d| ?%)`, 'g'),
    resolve: (g, env) => resolveMonth(monthNumber(g.month!), env.published, env.tense, dayNumber(g.day!)),
  },
  {
    reason: 'day-month',
    example: '12 August; the 12th of August',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH}|${ABBR_MONTHS})(?!\\w|\\.\\d)(?!,? ${YEAR}\\b)`, 'g'),
    resolve: (g, env) => resolveMonth(monthNumber(g.month!), env.published, env.tense, dayNumber(g.day!)),
  },
  {
    reason: 'part-of-month',
    example: 'late November; mid-November; early March',
    pattern: new RegExp(`\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ](?<month>${MONTH})\\b(?! \\d)`, 'g'),
    resolve: (g, env) => resolveMonth(monthNumber(g.month!), env.published, env.tense),
  },
  {
    // "May" alone is also a verb or a name and "March" a noun: only after a preposition or determiner,
    // after another month ("April and May"), or (not "May") after "for", "to", "a" or before a possessive
    reason: 'bare-month',
    example: 'in April; the May bombing; since March',
    pattern: new RegExp(
      `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]he|[Ee]nd of|[Ss]tart of|[Bb]eginning of` +
        `|[Mm]iddle of|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Tt]his|[Ss]ince early|[Ss]ince late` +
        `|[Ee]arlier in|[Ll]ater in|[Bb]etween) )|(?<=${MONTH},? (?:and|or|to|until|through|-|–) )` +
        `|(?<=\\b(?:[Ff]or|[Tt]o|[Aa]|[Aa]n|[Aa]nd|[Oo]r) )(?!May\\b)` +
        `|(?!May\\b)(?=${MONTH}['’]s\\b))(?<month>${MONTH})\\b(?![ -]\\d)(?! (?:[A-Z][a-z]+ )*(?:Street|Road` +
        `|Avenue|Square|Movement|Revolution|Committee|Party|Group))`,
      'g',
    ),
    resolve: (g, env) => resolveMonth(monthNumber(g.month!), env.published, env.tense),
  },
  {
    // a holiday is this year's when the text says so, else the latest one in past-tense text, the next in future-tense text
    reason: 'holiday',
    example: 'on Thanksgiving Day; last Christmas; Easter 2024',
    pattern: new RegExp(`\\b(?:(?<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past` +
      `|[Tt]his coming) )?(?<holiday>${HOLIDAY})\\b(?:,? (?<year>${YEAR})\\b)?(?! [A-Z][a-z])(?! (?:tree|card` +
      `|gift|party|market|shopping|sales?|lights?|message|address|speech|holidays?|season|break|dinner|rising` +
      `|offensive|uprising|island|parade|agreement|accord)s?\\b)`, 'g'),
    resolve: (g, env) => {
      const day = HOLIDAYS[g.holiday!.toLowerCase().replace('’', "'")]!;
      if (g.year) return absolute(day(Number(g.year)), 'day');
      if (!env.published) return noPublication('day');
      const { year } = parts(env.published);
      const which = (g.which ?? '').toLowerCase();
      if (which === 'this') return relative(day(year), 'day');
      const thisYear = day(year);
      if (!which && env.tense === 'present') {
        // the nearer of this year's and the one on the other side of publication
        const other = thisYear <= env.published ? day(year + 1) : day(year - 1);
        const gap = (d: string): number => Math.abs(Date.parse(d) - Date.parse(env.published!));
        return relative(gap(thisYear) <= gap(other) ? thisYear : other, 'day');
      }
      const past = which === 'last' || which === 'this past' || (!which && env.tense === 'past');
      if (past) return relative(thisYear <= env.published ? thisYear : day(year - 1), 'day');
      return relative(thisYear >= env.published ? thisYear : day(year + 1), 'day');
    },
  },
  // ---------- weekdays ----------
  {
    // "last Friday" is the one before publication day; "next Friday" the one after
    reason: 'last-next-weekday',
    example: 'last Wednesday; next Monday; this coming Sunday',
    pattern: new RegExp(
      `\\b(?<which>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his coming|[Tt]his past|[Tt]he previous|[Tt]he following` +
        `|[Cc]oming) (?<weekday>${WEEKDAY})(?:'s)?(?: (?:morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    resolve: (g, env) => {
      const which = g.which!.toLowerCase();
      const direction = /last|past|previous/.test(which) ? -1 : /next|coming|following/.test(which) ? 1 : undefined;
      return resolveWeekday(weekdayNumber(g.weekday!), env.published, env.tense, direction);
    },
  },
  {
    reason: 'weekday',
    example: 'on Tuesday; Wednesday night',
    // "each Thursday", "every Monday" recur: no one date
    accept: (_g, before) => !RECURRING.test(before),
    pattern: new RegExp(
      `(?:\\b(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))? (?<ampm>[ap])\\.?m\\.?(?: [A-Z]{2,4})?,? ` +
        `|\\b(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater) )?\\b(?<weekday>${WEEKDAY})\\b(?: (?:morning|afternoon` +
        `|evening|night)\\b)?`,
      'g',
    ),
    resolve: (g, env) => withTime(resolveWeekday(weekdayNumber(g.weekday!), env.published, env.tense), g),
  },
  // ---------- the day itself and its neighbours ----------
  {
    reason: 'day-before-after',
    example: 'the day before yesterday',
    pattern: /\b(?:the )?day (?<which>before yesterday|after tomorrow)\b/gi,
    resolve: (g, env) => (env.published ? relative(shiftDays(env.published, /before/i.test(g.which!) ? -2 : 2), 'day') : noPublication('day')),
  },
  {
    reason: 'today-yesterday-tomorrow',
    example: 'yesterday; late yesterday; tonight',
    accept: (g, before) => /^[a-z]/.test(g.word!) || !AFTER_NAME.test(before),
    pattern: /\b(?:(?:early|late|earlier|later) )?(?<word>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)\b/gi,
    resolve: (g, env) => {
      if (!env.published) return noPublication('day');
      const word = g.word!.toLowerCase();
      const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return relative(shiftDays(env.published, offset), 'day');
    },
  },
  // ---------- quarters and halves ----------
  {
    reason: 'quarter-of-year',
    example: 'the third quarter of 1984; the fiscal first quarter of 2025',
    pattern: new RegExp(`\\b(?:the |its |a )?(?:fiscal[- ])?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?quarter,? (?:of |in )?(?:fiscal )?(?<year>${YEAR})\\b`, 'gi'),
    resolve: (g) => absolute(`${g.year}-Q${ordinalNumber(g.ord!)}`, 'quarter'),
  },
  {
    reason: 'year-quarter',
    example: 'the 1988 second quarter; Q2 2025',
    pattern: new RegExp(`\\b(?:the )?(?<year>${YEAR})(?:'s)? (?:fiscal )?(?<ord>${ORDINAL})[- ]quarter\\b` +
      `|\\bQ(?<q>[1-4]) (?<qyear>${YEAR})\\b|\\b(?<qyear2>${YEAR}) ?Q(?<q2>[1-4])\\b`, 'gi'),
    resolve: (g) => absolute(`${g.year ?? g.qyear ?? g.qyear2}-Q${g.ord ? ordinalNumber(g.ord) : (g.q ?? g.q2)}`, 'quarter'),
  },
  {
    reason: 'relative-year-quarter',
    example: "next year's first quarter",
    pattern: new RegExp(`\\b(?<which>last|this|next) year's (?:fiscal )?(?<ord>${ORDINAL})[- ]quarter\\b`, 'gi'),
    resolve: (g, env) => quarterOfYear(ordinalNumber(g.ord!), env, g.which),
  },
  {
    // an earnings report compares "the 1988 quarter" (or "period") with this year's: the quarter it reports, in that year
    reason: 'year-quarter-compared',
    example: 'up from the 2024 quarter; in the 2024 period',
    pattern: new RegExp(`\\bthe (?<year>${YEAR}) (?<unit>quarter|period)\\b(?!s)`, 'g'),
    resolve: (g, env) => {
      if (!env.published || (g.unit === 'period' && !env.quarterly && !QUARTER_WORD.test(env.sentence))) return absolute(g.year!, 'year');
      return absolute(`${g.year}-Q${reportedQuarter(env.published).slice(-1)}`, 'quarter');
    },
  },
  {
    reason: 'year-ago-quarter',
    example: 'the year-ago quarter; the year-earlier third quarter',
    pattern: new RegExp(`\\b(?:the |a )?(?:comparable |same )?year-(?:ago|earlier)(?: (?<ord>${ORDINAL})[- ]quarter` +
      `| (?<unit>quarter|period|results|level|figure))?\\b`, 'gi'),
    resolve: (g, env) => yearAgo(env, g.ord ? ordinalNumber(g.ord) : undefined),
  },
  {
    reason: 'ordinal-quarter',
    example: 'the third quarter; third-quarter profit',
    pattern: new RegExp(`\\b(?:(?:the|its|this|last|next) )?(?:(?:fiscal|flat|latest|current)[- ])?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?quarter\\b`, 'gi'),
    resolve: (g, env) => quarterOfYear(ordinalNumber(g.ord!), env),
  },
  {
    reason: 'relative-quarter',
    example: 'the latest quarter; last quarter; the current quarter',
    pattern: /\b(?<which>the latest|the most recent|the past|the previous|the last|last|this|the current|the coming|next|the next|the)(?: fiscal)? quarter\b(?!s)/gi,
    resolve: (g, env) => {
      if (!env.published) return noPublication('quarter');
      const which = g.which!.toLowerCase();
      if (/current|this/.test(which)) return relative(shiftQuarter(env.published, 0), 'quarter');
      if (/coming|next/.test(which)) return relative(shiftQuarter(env.published, 1), 'quarter');
      return relative(reportedQuarter(env.published), 'quarter');
    },
  },
  {
    reason: 'half-of-year',
    example: 'the first half of 2025; the second half of next year',
    pattern: new RegExp(`\\b(?:the )?(?<ord>first|second|last|1st|2nd) half (?:of )?(?:(?<year>${YEAR})|(?<which>this|last|next) year|the year)\\b`, 'gi'),
    resolve: (g, env) => {
      const half = /first|1st/i.test(g.ord!) ? 1 : 2;
      if (g.year) return absolute(`${g.year}-H${half}`, 'half');
      if (!env.published) return noPublication('half');
      return relative(`${parts(env.published).year + yearOffset(g.which)}-H${half}`, 'half');
    },
  },
  // ---------- seasons ----------
  {
    reason: 'season-of-year',
    example: 'the summer of 2024; winter 2023',
    pattern: new RegExp(`\\b(?:the )?(?:(?:early|late|mid)[- ])?(?<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn` +
      `|[Ww]inter),? (?:of )?(?:(?<year>${YEAR})|(?<spelled>${SPELLED_YEAR}))\\b`, 'g'),
    resolve: (g) => absolute(`${g.year ?? spelledYear(g.spelled!)}-${SEASONS[g.season!.toLowerCase()]}`, 'season'),
  },
  {
    reason: 'relative-season',
    example: 'last fall; this summer; the early summer',
    pattern: /\b(?<which>this past|this coming|last|this|next|the|early|late|(?:the )?(?:early|late))[- ](?<season>spring|summer|fall|autumn|winter)\b(?! of\b)(?!-)/gi,
    resolve: (g, env) => {
      const code = SEASONS[g.season!.toLowerCase()]!;
      const which = g.which!.toLowerCase();
      if (!env.published) return noPublication('season');
      // "this past spring" is the latest one, "this coming winter" the next
      if (which === 'this past') return resolveSeason(code, env.published, 'past');
      if (which === 'this coming') return resolveSeason(code, env.published, 'future');
      const offset = /last/.test(which) ? -1 : /next/.test(which) ? 1 : /this/.test(which) ? 0 : undefined;
      return resolveSeason(code, env.published, env.tense, offset);
    },
  },
  // ---------- decades and centuries ----------
  {
    reason: 'decade',
    example: 'the 1990s; the early 1980s; the mid-1990s',
    pattern: /\b(?:the )?(?:(?:early|mid|late)[- ])?(?<decade>(?:1[6-9]|20)\d)0['’]?s\b/gi,
    resolve: (g) => absolute(g.decade!, 'decade'),
  },
  {
    reason: 'short-decade',
    example: "the '90s; the nineties",
    pattern: new RegExp(`\\b(?:the )?(?:(?:early|mid|late)[- ])?(?:['’](?<digit>[2-9])0s|(?<word>twenties|thirties|forties|fifties` +
      `|sixties|seventies|eighties|nineties))\\b`, 'gi'),
    resolve: (g, env) => {
      const digit = g.digit ?? String(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.word!.toLowerCase()) + 2);
      // the century is the most recent one in which that decade has begun
      const pubYear = env.published ? parts(env.published).year : 2000;
      let century = Math.floor(pubYear / 100);
      if (century * 100 + Number(digit) * 10 > pubYear) century -= 1;
      return { value: `${century}${digit}`, granularity: 'decade', relative: !env.published };
    },
  },
  {
    reason: 'relative-decade',
    example: 'the last decade; this decade',
    pattern: /\b(?<which>the last|the past|the previous|last|this|the next|next|the coming) decade\b/gi,
    resolve: (g, env) => (env.published ? unitValue('decade', yearOffset(g.which), env.published) : noPublication('decade')),
  },
  {
    reason: 'century',
    example: 'the 20th century; the nineteenth century',
    pattern: /\b(?:the )?(?:(?:early|mid|late)[- ])?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b/gi,
    resolve: (g) => {
      const words = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
      const n = g.n ? Number(g.n) : words.indexOf(g.word!.toLowerCase()) + 11;
      return absolute(pad(n - 1), 'century');
    },
  },
  {
    reason: 'this-century',
    example: 'this century',
    pattern: /\b(?<which>this|last|next) century\b/gi,
    resolve: (g, env) => (env.published ? unitValue('century', yearOffset(g.which), env.published) : noPublication('century')),
  },
  {
    // "by the end of the year", "year-end", "the end of the month": the year or month itself
    reason: 'end-of-unit',
    example: 'by year-end; the end of the month; the end of next year',
    pattern: /\b(?:(?:the )?(?<unit1>year|month)[- ]end|(?<unit2>year|month)['’]s end|the (?:end|beginning|start|middle) of (?<which>the|this|next|last) (?<unit3>year|month|week))\b/gi,
    resolve: (g, env) => {
      if (!env.published) return noPublication('year');
      const unit = (g.unit1 ?? g.unit2 ?? g.unit3)!;
      return unitValue(unit, yearOffset(g.which), env.published);
    },
  },
  {
    // the weekend nearest in the clause's direction: "over the weekend" said on a Monday is the one just past
    reason: 'the-weekend',
    example: 'over the weekend; this weekend',
    pattern: /\b(?:the|this) weekend\b/gi,
    resolve: (_g, env) => (env.published ? unitValue('weekend', env.tense === 'future' ? 1 : -1, env.published) : noPublication('week')),
  },
  {
    // in a company's report "the year" and "the full year" are the current one
    reason: 'the-year',
    example: 'for the full year; the fiscal year',
    pattern: /\b(?<![Oo]f |(?:[Ee]arlier|[Ll]ater) in )the (?:full |fiscal |current fiscal |calendar )?year\b(?! (?:ago|earlier|before|after|later|of|in which|when|that|-|ended|ending|end|to|\d+|nineteen|twenty|eighteen|two thousand)\b)(?![-'’])/g,
    resolve: (_g, env) => (env.published ? unitValue('year', 0, env.published) : noPublication('year')),
  },
  {
    reason: 'latest-period',
    example: 'the latest period',
    pattern: /\bthe (?:latest|most recent) (?:period|reporting period)\b/gi,
    resolve: (_g, env) => (env.published ? relative(reportedQuarter(env.published), 'quarter') : noPublication('quarter')),
  },
  // ---------- weeks, months and years counted from publication ----------
  {
    // "later that year", "the following month", "the next day": counted from the date the text gave last;
    // the extractor resolves them once every date is known
    reason: 'anaphoric-unit',
    example: 'later that year; the following month; the next day',
    pattern: /\b(?:(?:[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater) (?:in )?)?(?<which>that|[Tt]he same|[Tt]hat same|[Tt]he following|[Tt]he next|[Tt]he previous|[Tt]he preceding|[Tt]he prior)(?: fiscal)? (?<unit>day|week|month|year)\b(?!s|-)/g,
    resolve: (g) => ({
      value: null,
      granularity: g.unit!.toLowerCase() as 'day',
      relative: true,
      unresolved: 'refers-to-earlier-date',
      fromEarlier: /following|next/i.test(g.which!) ? 1 : /previous|preceding|prior/i.test(g.which!) ? -1 : 0,
    }),
  },
  {
    reason: 'relative-unit',
    example: 'last week; earlier this month; early next year; the coming week',
    accept: (g) => /^[a-z]/.test(g.unit!),
    pattern:
      /\b(?:(?<edge>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)[- ](?:in )?)?(?<which>last|this|next|the past|the coming|the current|this past|this coming)(?: fiscal)? (?<unit>week|weekend|month|year)\b(?!s|-)/gi,
    resolve: (g, env) => {
      if (!env.published) return noPublication(g.unit!.toLowerCase() === 'weekend' ? 'week' : (g.unit!.toLowerCase() as 'week'));
      const which = g.which!.toLowerCase();
      return unitValue(g.unit!, yearOffset(which), env.published);
    },
  },
  {
    reason: 'earlier-in-unit',
    example: 'earlier in the year; later in the month',
    pattern: /\b(?:earlier|later) in the (?<unit>week|month|year)\b/gi,
    resolve: (g, env) => (env.published ? unitValue(g.unit!, 0, env.published) : noPublication('year')),
  },
  {
    reason: 'units-ago',
    example: 'three days ago; two years ago; a week earlier',
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|just|only|roughly|around|more than|less than|over|under` +
        `|exactly) )?(?<count>${COUNT}|several|a few|a couple of|many) (?<unit>day|week|month|year` +
        `|decade)s? (?:or so )?(?<dir>ago|earlier|from now|hence)\\b`,
      'gi',
    ),
    resolve: (g, env) => {
      const unit = g.unit!.toLowerCase();
      const dir = g.dir!.toLowerCase();
      if (/several|few|couple|many/i.test(g.count!)) return ref(/ago|earlier|before/.test(dir) ? 'PAST_REF' : 'FUTURE_REF');
      if (!env.published) return noPublication(unit === 'decade' ? 'year' : (unit as 'day'));
      if (unit === 'year' && /^an?$/i.test(g.count!) && /earlier|ago/.test(dir)) return yearAgo(env);
      const n = countOf(g.count!) * (/ago|earlier|before/.test(dir) ? -1 : 1);
      if (unit === 'day') return relative(shiftDays(env.published, n), 'day');
      if (unit === 'week') return relative(isoWeek(shiftDays(env.published, n * 7)), 'week');
      if (unit === 'month') return relative(shiftMonths(env.published, n), 'month');
      if (unit === 'decade') return relative(String(parts(env.published).year + n * 10), 'year');
      return relative(String(parts(env.published).year + n), 'year');
    },
  },
  // ---------- years ----------
  {
    reason: 'spelled-year',
    example: 'nineteen ninety-six; the year two thousand',
    pattern: new RegExp(`\\b(?<prefix>the year )?(?<spelled>${SPELLED_YEAR})\\b(?![- ](?:${ONES_WORD}|hundred|thousand|million` +
      `|percent|people|dollars|years?|times|men|women|troops|miles|feet)\\b)`, 'gi'),
    // a bare "two thousand" is a count unless "the year" or a preposition of time comes before it
    accept: (g, before) => !/^two thousand$/i.test(g.spelled!) || Boolean(g.prefix) || TIME_PREPOSITION.test(before),
    resolve: (g) => absolute(spelledYear(g.spelled!), 'year'),
  },
  {
    reason: 'year',
    example: 'since at least 2023; the 2019 election; fiscal 1989; mid-2023',
    accept: (_g, before) => !AFTER_NAME.test(before),
    pattern: new RegExp(
      `${NUM_BEFORE}(?<!\\b(?:[Vv]ersion|v|[Nn]o\\.|[Nn]umber|[Rr]oute|[Ff]light|[Ii]tem|[Rr]oom|[Pp]age|[Bb]us` +
        `|[Aa]bout|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]round|[Aa]pproximately|[Ss]ome) )\\b(?:(?:[Ff]iscal` +
        `|[Tt]he year|[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd|[Pp]re|[Pp]ost)[- ])?(?<year>${YEAR})\\b${NUM_AFTER}(?!s\\b` +
        `|['’]s\\b(?! [a-z]))`,
      'g',
    ),
    resolve: (g) => absolute(g.year!, 'year'),
  },
  // ---------- the present, past and future as such ----------
  {
    reason: 'present-ref',
    example: 'now; currently; these days; at present',
    pattern: /\b(?:(?:right|just|until|till|from) )?(?:now|currently|presently|nowadays|these days|at present|at the moment)\b(?!-)/gi,
    resolve: () => ref('PRESENT_REF'),
  },
  {
    reason: 'past-ref',
    example: 'recently; in the past; in recent years',
    pattern: /\b(?:(?:more|most|until|only|very|as) )?(?:recently|lately)\b|\brecent (?:days|weeks|months|years|decades|times)\b|\bthe (?:distant |recent )?past\b(?! (?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|decade|year|month|week|day|quarter|summer|winter|spring|fall|autumn|century|hundred)s?\b)(?! of)/gi,
    resolve: () => ref('PAST_REF'),
  },
  {
    reason: 'future-ref',
    example: 'in the future; the coming months; the near future',
    pattern: /\bthe (?:near |foreseeable |distant |immediate )?future\b(?! of)|\b(?:the )?(?:coming|upcoming) (?:days|weeks|months|years|decades|quarters)\b|\bfuture (?:quarters|years|months)\b|\bthe (?:near|short) term\b/gi,
    resolve: () => ref('FUTURE_REF'),
  },
];

/**
 * "9 a.m. Tuesday" adds its clock time (2025-08-12T09:00); "Friday night" keeps the day value,
 * since the annotated convention for parts of the day varies and a spreadsheet sorts by day.
 */
function withTime(r: Resolution, g: Record<string, string | undefined>): Resolution {
  if (!g.hour || !r.value) return r;
  const hour = (Number(g.hour) % 12) + (g.ampm === 'p' ? 12 : 0);
  return { ...r, value: `${r.value}T${pad(hour)}:${g.minute ?? '00'}` };
}

// ---------- dates given by an event ----------

/**
 * "the eve of the summit", "the day after the vote": a day fixed by an event the article names.
 * The extractor looks for the latest date it found in a sentence that mentions the event noun
 * (before the phrase) and shifts it by `offset` days.
 */
export interface AnchorRule {
  reason: string;
  example: string;
  pattern: RegExp;
  offset: number;
}

export const anchorRules: AnchorRule[] = [
  {
    reason: 'eve-of-event',
    example: 'on the eve of the summit',
    pattern: /\b(?:[Tt]he )?eve of (?:the |this |that |its |their |his |her |a )?(?<event>[A-Za-z-]+(?:['’]s)?(?: [a-z-]+)?)/g,
    offset: -1,
  },
  {
    reason: 'day-before-after-event',
    example: 'the day before the vote',
    pattern: /\b(?:[Tt]he )?day (?<dir>before|after) (?:the |this |that |its |their )(?<event>[A-Za-z-]+(?:['’]s)?(?: [a-z-]+)?)/g,
    offset: 0,
  },
];
