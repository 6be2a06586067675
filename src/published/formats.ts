// The calendar-date formats a news page prints its own date in. Each format is written once and
// used twice: without groups inside the line rules, and with named groups to read the date found.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, monthNumber } from '../lexicon/calendar.js';
import { alternation } from '../lexicon/patterns.js';

const WEEKDAY_ABBREVIATIONS = WEEKDAY_NAMES.map((d) => d.slice(0, 3));
const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)}|(?:${alternation(WEEKDAY_ABBREVIATIONS)})\\.?)`;
const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
// four digits, or two with an optional apostrophe ("31 Oct 88", "Sept. 3, '16")
const YEAR = "(?:(?:19|20)\\d{2}|['’]?\\d{2})";
/** a weekday before the date: "Thursday, February 23, 2006", "Sat 4 May 2024" */
export const WEEKDAY_PREFIX = `(?:${WEEKDAY},?\\s+)`;

interface Format {
  name: string;
  example: string;
  /** the format with named groups day, month and year */
  source: string;
  /** month and day as numbers; a month name when the format spells it */
  numericMonth: boolean;
}

const g = (name: string, body: string): string => `(?<${name}>${body})`;

const FORMATS: readonly Format[] = [
  {
    name: 'iso',
    example: '1996-08-30',
    source: `${g('year', '(?:19|20)\\d{2}')}-${g('month', '0[1-9]|1[0-2]')}-${g('day', '0[1-9]|[12]\\d|3[01]')}(?![\\d-])`,
    numericMonth: true,
  },
  {
    name: 'month-day-year',
    example: 'Sept. 3, 2016',
    source: `${g('month', MONTH)}\\s+${g('day', DAY)}${ORDINAL_SUFFIX},?\\s+${g('year', YEAR)}(?!\\d)`,
    numericMonth: false,
  },
  {
    name: 'day-month-year',
    example: '31 Oct 88',
    source: `(?:the\\s+)?${g('day', DAY)}${ORDINAL_SUFFIX}\\s+(?:of\\s+)?${g('month', MONTH)},?\\s+${g('year', YEAR)}(?!\\d)`,
    numericMonth: false,
  },
  {
    // US order; read only when the day is over 12 or equals the month (see readDate)
    name: 'numeric-month-day-year',
    example: '8/19/2013',
    source: `${g('month', '0?[1-9]|1[0-2]')}/${g('day', DAY)}/${g('year', '(?:19|20)\\d{2}|\\d{2}')}(?![\\d/])`,
    numericMonth: true,
  },
  {
    // day first, as in most of the world; read only when the day is over 12 (see readDate)
    name: 'numeric-day-month-year',
    example: '28/11/2026',
    source: `${g('day', '1[3-9]|2\\d|3[01]')}[/.]${g('month', '0?[1-9]|1[0-2]')}[/.]${g('year', '(?:19|20)\\d{2}')}(?![\\d/.])`,
    numericMonth: true,
  },
];

const withoutGroups = (source: string): string => source.replace(/\(\?<[a-z]+>/g, '(?:');

/** Any one of the formats, with an optional weekday before it, as a regex source without groups. */
export const DATE = `(?:${WEEKDAY_PREFIX}?(?:${FORMATS.map((f) => withoutGroups(f.source)).join('|')}))`;

const READERS = FORMATS.map((f) => ({ ...f, pattern: new RegExp(`^${WEEKDAY_PREFIX}?${f.source}`, 'i') }));

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  format: string;
}

/**
 * The calendar day a date text names, or null when it names none for sure: a day the calendar lacks,
 * or a numeric date that could be read day-first or month-first ("03/04/2015").
 */
export function readDate(text: string): CalendarDay | null {
  for (const format of READERS) {
    const m = format.pattern.exec(text.trim());
    if (!m) continue;
    const { day: d, month: mo, year: y } = m.groups!;
    const day = Number(d);
    const month = format.numericMonth ? Number(mo) : monthNumber(mo!);
    if (format.name === 'numeric-month-day-year' && day <= 12 && day !== month) return null;
    const year = fullYear(y!);
    if (!isCalendarDay(year, month, day)) return null;
    return { date: `${year}-${pad(month)}-${pad(day)}`, format: format.name };
  }
  return null;
}

/** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999 (a fixed pivot, never the clock). */
function fullYear(text: string): number {
  const digits = text.replace(/^['’]/, '');
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  return n < 50 ? 2000 + n : 1900 + n;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
