// Date rules for calendar days: explicit dates, weekdays, and the day itself and its neighbours.
// They run before the rules in patterns.ts, in this order (see dateRules there).
import { noPublication, pad, parts, resolveDayOfMonth, resolveMonth, resolveWeekday, shiftDays } from './timex.js';
import { monthNumber, weekdayNumber } from '../../lexicon/calendar.js';
import { rx } from '../../util/regex.js';
import {
  ABBR_MONTHS,
  AFTER_NAME,
  DAY,
  HOLIDAY,
  HOLIDAYS,
  MONTH,
  MONTH_ANY,
  NUM_BEFORE,
  RECURRING,
  WEEKDAY,
  YEAR,
  absolute,
  dayNumber,
  relative,
  type DateRule,
  withTime,
  yearOffset,
  ymd,
} from './rule-parts.js';

/** A month named with its day: that day of the year given, or else the one the tense points to. */
const monthAndDay: DateRule['resolve'] = (g, env) =>
  g.year
    ? absolute(ymd(g.year, monthNumber(g.month!), dayNumber(g.day!)), 'day')
    : resolveMonth(monthNumber(g.month!), env.published, env.tense, dayNumber(g.day!));

// where an ISO date ends: a word boundary, or a timestamp's time ("2025-08-12T14:05")
// "Dec 1-3", "March 4 to 6": between the first day of a range and its last
const DAY_RANGE_TO = ' ?(?:-|–|to|through|until) ?';
const DATE_END = String.raw`(?:\b|(?=T\d{2}:\d{2}))(?![-\d])`;

export const calendarRules: DateRule[] = [
  // ---------- absolute calendar dates ----------
  {
    // the date of a timestamp too: "2025-08-12T14:05:00Z"
    reason: 'iso-date',
    cue: /\d-[01]\d-[0-3]\d/,
    example: '2025-08-12; Updated 2025-08-12T14:05:00Z',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?<year>${YEAR})-(?<month>[01]\\d)-(?<day>[0-3]\\d)${DATE_END}`, 'g'),
    resolve: (g) => absolute(ymd(g.year!, Number(g.month), Number(g.day)), 'day'),
  },
  {
    // US order unless the first number cannot be a month
    reason: 'slash-date',
    cue: /\d\/\d/,
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
    // day first with dots, as most of Europe writes it: "30.11.2026" (not a version or a score: four-digit year last)
    reason: 'dotted-date',
    cue: /\d\.\d/,
    example: '30.11.2026',
    pattern: new RegExp(`(?<![Vv]ersion |[Vv]|[Rr]elease |[Bb]uild )${NUM_BEFORE}\\b(?<day>[0-2]?\\d|3[01])\\.` +
      `(?<month>0?[1-9]|1[0-2])\\.(?<year>${YEAR})\\b(?!\\.?\\d)`, 'g'),
    resolve: (g) => absolute(ymd(g.year!, Number(g.month), Number(g.day)), 'day'),
  },
  {
    reason: 'weekday-month-day',
    example: 'Saturday, April 25',
    pattern: new RegExp(`\\b${WEEKDAY},? (?<month>${MONTH_ANY}) (?<day>${DAY})\\b(?:,? (?<year>${YEAR})\\b)?`, 'g'),
    resolve: monthAndDay,
  },
  {
    reason: 'weekday-day-month',
    example: 'Tuesday 12 August',
    pattern: new RegExp(`\\b${WEEKDAY},? (?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH_ANY})\\b(?:,? (?<year>${YEAR})\\b)?`, 'g'),
    resolve: monthAndDay,
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
    resolve: monthAndDay,
  },
  {
    // the end of a range of days: "Dec 1-3", "March 4 to 6" (the start is read by month-day)
    reason: 'month-day-range-end',
    example: 'Dec 1-3; March 4 to 6',
    pattern: new RegExp(`(?<=\\b(?<month>${MONTH_ANY}) ${DAY}${DAY_RANGE_TO})(?<day>${DAY})\\b(?![\\d:]|\\.\\d| ?%)`, 'g'),
    resolve: monthAndDay,
  },
  {
    reason: 'day-month',
    example: '12 August; the 12th of August',
    pattern: new RegExp(`${NUM_BEFORE}\\b(?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH}|${ABBR_MONTHS})(?!\\w|\\.\\d)(?!,? ${YEAR}\\b)`, 'g'),
    resolve: monthAndDay,
  },
  {
    // "on the 15th": a day of the month the text is in, by the clause's tense; "the 15th century", "the 15th time"
    // and "the 15th of May" are no such day
    reason: 'ordinal-day',
    cue: /\bon the \d/i,
    example: 'The trial is set to begin on the 15th.',
    pattern: rx('gi')`(?<=\bon )the (?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=[,.;:!?)]|$| (?:and|or|at|in|when|after|before|
      until|to|for|with|but|as|because|while|if|unless)\b)`,
    resolve: (g, env) => resolveDayOfMonth(Number(g.day), env.published, env.tense),
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
        `|[Ee]arlier in|[Ll]ater in|[Bb]etween|[Aa]s early as|[Aa]s late as) )|(?<=${MONTH},? (?:and|or|to|until|through|-|–) )` +
        // (there, a capitalised word after the month makes it a given name: "Harold and June Whitaker", "to April Ruiz")
        `|(?<=\\b(?:[Ff]or|[Tt]o|[Aa]|[Aa]n|[Aa]nd|[Oo]r) )(?!May\\b)(?!${MONTH} [A-Z][a-z])` +
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
    cue: /day (?:before|after)/i,
    example: 'the day before yesterday',
    pattern: /\b(?:the )?day (?<which>before yesterday|after tomorrow)\b/gi,
    resolve: (g, env) => (env.published ? relative(shiftDays(env.published, /before/i.test(g.which!) ? -2 : 2), 'day') : noPublication('day')),
  },
  {
    reason: 'today-yesterday-tomorrow',
    example: 'yesterday; late yesterday; tonight; Today, the talks resume',
    // "USA Today", "Radio 4's Today programme": capitalised after a name or a possessive, it is a title
    accept: (g, before) => /^[a-z]/.test(g.word!) || (!AFTER_NAME.test(before) && !/[’']s\s$/u.test(before)),
    pattern: /\b(?:(?:early|late|earlier|later) )?(?<word>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)\b/gi,
    resolve: (g, env) => {
      if (!env.published) return noPublication('day');
      const word = g.word!.toLowerCase();
      const offset = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return relative(shiftDays(env.published, offset), 'day');
    },
  },
];
