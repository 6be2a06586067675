// Date rules kept as data: each entry is a regex over the raw text, the reason it records,
// and how to turn the match into a TIMEX3 value. Compiled once at module load.
import { resolveMonth, resolveWeekday, shiftDays, type Resolution } from './timex.js';

export interface DateRule {
  reason: string;
  /** example: the text this rule is for */
  example: string;
  pattern: RegExp;
  /** group to report as the date's text (defaults to the whole match) */
  group?: number;
  resolve(match: RegExpExecArray, published: string | null, tense: Tense): Resolution;
}

export type Tense = 'past' | 'future';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

export const monthNumber = (name: string): number => {
  const key = name.slice(0, 3).toLowerCase();
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
};
const weekdayNumber = (name: string): number =>
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(name.toLowerCase());
const pad = (n: number): string => String(n).padStart(2, '0');

export const dateRules: DateRule[] = [
  {
    reason: 'iso-date',
    example: '2025-08-12',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}`, granularity: 'day', relative: false }),
  },
  {
    reason: 'day-month-year',
    example: '12 August 2025',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS}|${MONTH_ABBR})\\.?,? (\\d{4})\\b`, 'g'),
    resolve: (m) => ({
      value: `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`,
      granularity: 'day',
      relative: false,
    }),
  },
  {
    reason: 'month-day-year',
    example: 'August 12, 2025',
    pattern: new RegExp(`\\b(${MONTHS}|${MONTH_ABBR})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    resolve: (m) => ({
      value: `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`,
      granularity: 'day',
      relative: false,
    }),
  },
  {
    reason: 'month-year',
    example: 'April 2024',
    pattern: new RegExp(`\\b(${MONTHS}|${MONTH_ABBR})\\.?,? (\\d{4})\\b`, 'g'),
    resolve: (m) => ({ value: `${m[2]}-${pad(monthNumber(m[1]!))}`, granularity: 'month', relative: false }),
  },
  {
    reason: 'month-day',
    example: 'August 12',
    pattern: new RegExp(`\\b(${MONTHS}|${MONTH_ABBR})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})(?![\\d:])`, 'g'),
    resolve: (m, published, tense) => resolveMonth(monthNumber(m[1]!), published, tense, Number(m[2])),
  },
  {
    reason: 'day-month',
    example: '12 August',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\b(?!,? \\d{4})`, 'g'),
    resolve: (m, published, tense) => resolveMonth(monthNumber(m[2]!), published, tense, Number(m[1])),
  },
  {
    // "May" alone is also a verb: only after a preposition or determiner, or before an event noun
    reason: 'bare-month',
    example: 'in April; the May bombing',
    pattern: new RegExp(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]he|[Ll]ate|[Ee]arly|[Mm]id-?|[Ss]ince|[Tt]o|[Ee]nd of|[Ll]ast|[Tt]his|[Nn]ext|[Dd]uring) )(${MONTHS})\\b(?![ -]\\d)`,
      'g',
    ),
    group: 1,
    resolve: (m, published, tense) => resolveMonth(monthNumber(m[1]!), published, tense),
  },
  {
    reason: 'weekday',
    example: 'on Tuesday',
    pattern: new RegExp(`\\b(${WEEKDAYS})\\b`, 'g'),
    resolve: (m, published, tense) => resolveWeekday(weekdayNumber(m[1]!), published, tense),
  },
  {
    reason: 'today-yesterday-tomorrow',
    example: 'yesterday',
    pattern: /\b(today|yesterday|tomorrow)\b/gi,
    resolve: (m, published) => {
      const word = m[1]!.toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { value: published ? shiftDays(published, offset) : null, granularity: 'day', relative: true };
    },
  },
  {
    // a four-digit year in a date context: "since 2023", "in 2024", "the 2019 election"
    reason: 'year',
    example: 'since at least 2023',
    pattern: /(?<=\b(?:[Ii]n|[Ss]ince|[Ss]ince at least|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]he|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]o|and|[Ee]arly|[Ll]ate|[Mm]id-) )((?:1[89]|20)\d{2})\b(?![-/.]\d)(?!s)/g,
    group: 1,
    resolve: (m) => ({ value: m[1]!, granularity: 'year', relative: false }),
  },
  {
    reason: 'decade',
    example: 'the 1990s',
    pattern: /\b(?:the )?((?:1[89]|20)\d)0s\b/gi,
    resolve: (m) => ({ value: m[1]!, granularity: 'decade', relative: false }),
  },
  {
    reason: 'unanchored-eve',
    example: 'on the eve of the dialogue',
    pattern: /\b(?:the )?eve of the \w+/gi,
    resolve: () => ({ value: null, granularity: 'day', relative: true, unresolved: 'anchor-event-not-dated' }),
  },
];
