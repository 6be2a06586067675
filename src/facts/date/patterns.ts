// Date rules kept as data: each entry is a regex over the raw text, the reason it records,
// and how to turn the match into a TIMEX3 value. Compiled once at module load.
// Rules run in order, most specific first; a later rule never claims text an earlier one took.
import {
  isoWeek, noPublication, pad, parts, resolveSeason, shiftDays, shiftMonths, shiftQuarter, type Resolution,
} from './timex.js';
import {
  AFTER_NAME,
  COUNT,
  NUM_AFTER,
  NUM_BEFORE,
  ONES_WORD,
  ORDINAL,
  QUARTER_WORD,
  SEASONS,
  SPELLED_YEAR,
  TIME_PREPOSITION,
  YEAR,
  absolute,
  countOf,
  ordinalNumber,
  quarterOfYear,
  ref,
  relative,
  reportedQuarter,
  spelledYear,
  type DateRule,
  type Env,
  unitValue,
  yearAgo,
  yearOffset,
} from './rule-parts.js';
import { calendarRules } from './rules-calendar.js';
import { rx } from '../../util/regex.js';

// a possessive before a decade makes it an age ("both in their twenties", "in his late '40s")
const NOT_AN_AGE = String.raw`(?<!\b(?:my|your|his|her|its|our|their|one['’]s)(?: (?:early|mid|late))?[- ])`;

export type { Tense } from './timex.js';
export type { DateRule, Env } from './rule-parts.js';

/**
 * The weekend a clause points to: "this weekend" written on a Saturday or Sunday is that one; else the next in the
 * future, and in the present "this weekend" written on a weekday ("the market opens this weekend"); else the last.
 */
function weekendOf(which: string, env: Env & { published: string }): Resolution {
  const { weekday } = parts(env.published);
  const weekend = weekday === 0 || weekday === 6;
  if (/^this$/i.test(which) && weekend) {
    return relative(`${isoWeek(weekday === 6 ? env.published : shiftDays(env.published, -1))}-WE`, 'week');
  }
  const ahead = env.tense === 'future' || env.tense === 'present' && /^this$/i.test(which) && !weekend;
  return unitValue('weekend', ahead ? 1 : -1, env.published);
}

export const dateRules: DateRule[] = [
  ...calendarRules,
  // ---------- quarters and halves ----------
  {
    reason: 'quarter-of-year',
    cue: /quarter/i,
    example: 'the third quarter of 1984; the fiscal first quarter of 2025',
    pattern: new RegExp(`\\b(?:the |its |a )?(?:fiscal[- ])?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?quarter,? (?:of |in )?(?:fiscal )?(?<year>${YEAR})\\b`, 'gi'),
    resolve: (g) => absolute(`${g.year}-Q${ordinalNumber(g.ord!)}`, 'quarter'),
  },
  {
    reason: 'year-quarter',
    cue: /quarter|Q[1-4]/i,
    example: 'the 1988 second quarter; Q2 2025',
    pattern: new RegExp(`\\b(?:the )?(?<year>${YEAR})(?:'s)? (?:fiscal )?(?<ord>${ORDINAL})[- ]quarter\\b` +
      `|\\bQ(?<q>[1-4]) (?<qyear>${YEAR})\\b|\\b(?<qyear2>${YEAR}) ?Q(?<q2>[1-4])\\b`, 'gi'),
    resolve: (g) => absolute(`${g.year ?? g.qyear ?? g.qyear2}-Q${g.ord ? ordinalNumber(g.ord) : (g.q ?? g.q2)}`, 'quarter'),
  },
  {
    // a report's shorthand for a half year: "H1 2025", "2025 H2"
    reason: 'year-half',
    cue: /H[12]/,
    example: 'H1 2025; 2025 H2',
    pattern: new RegExp(`\\bH(?<h>[12]) (?<year>${YEAR})\\b|\\b(?<year2>${YEAR}) ?H(?<h2>[12])\\b`, 'g'),
    resolve: (g) => absolute(`${g.year ?? g.year2}-H${g.h ?? g.h2}`, 'half'),
  },
  {
    reason: 'relative-year-quarter',
    cue: /quarter/i,
    example: "next year's first quarter",
    pattern: new RegExp(`\\b(?<which>last|this|next) year's (?:fiscal )?(?<ord>${ORDINAL})[- ]quarter\\b`, 'gi'),
    resolve: (g, env) => quarterOfYear(ordinalNumber(g.ord!), env, g.which),
  },
  {
    // an earnings report compares "the 1988 quarter" (or "period") with this year's: the quarter it reports, in that year
    reason: 'year-quarter-compared',
    cue: /quarter|period/,
    example: 'up from the 2024 quarter; in the 2024 period',
    pattern: new RegExp(`\\bthe (?<year>${YEAR}) (?<unit>quarter|period)\\b(?!s)`, 'g'),
    resolve: (g, env) => {
      if (!env.published || (g.unit === 'period' && !env.quarterly && !QUARTER_WORD.test(env.sentence))) return absolute(g.year!, 'year');
      return absolute(`${g.year}-Q${reportedQuarter(env.published).slice(-1)}`, 'quarter');
    },
  },
  {
    reason: 'year-ago-quarter',
    cue: /year-(?:ago|earlier)/i,
    example: 'the year-ago quarter; the year-earlier third quarter',
    pattern: new RegExp(`\\b(?:the |a )?(?:comparable |same )?year-(?:ago|earlier)(?: (?<ord>${ORDINAL})[- ]quarter` +
      `| (?<unit>quarter|period|results|level|figure))?\\b`, 'gi'),
    resolve: (g, env) => yearAgo(env, g.ord ? ordinalNumber(g.ord) : undefined),
  },
  {
    reason: 'quarter-of-relative-year',
    cue: /quarter/i,
    example: 'the third quarter of last year; the first quarter of next year',
    pattern: new RegExp(`\\b(?:the )?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?quarter of (?<which>last|this|next) year\\b`, 'gi'),
    resolve: (g, env) => quarterOfYear(ordinalNumber(g.ord!), env, g.which),
  },
  {
    reason: 'ordinal-quarter',
    cue: /quarter/i,
    example: 'the third quarter; third-quarter profit',
    pattern: new RegExp(`\\b(?:(?:the|its|this|last|next) )?(?:(?:fiscal|flat|latest|current)[- ])?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?quarter\\b`, 'gi'),
    resolve: (g, env) => quarterOfYear(ordinalNumber(g.ord!), env),
  },
  {
    // "profit fell in Q3", "Q4 results": a report's shorthand for a quarter of the year it reports on (after a
    // preposition or before a report's word; "the Audi Q3" is a car)
    reason: 'quarter-abbreviation',
    cue: /Q[1-4]/,
    example: 'profit fell in Q3; Q4 results beat forecasts',
    pattern: new RegExp(
      '(?<=\\b(?:in|for|during|of|by|since|until|from|and|to|over|through|than) )Q(?<q>[1-4])\\b(?![-–]\\d)' +
        '|\\bQ(?<q2>[1-4])(?= (?:results|earnings|profits?|revenues?|sales|figures|numbers|guidance|loss(?:es)?|GDP' +
        '|growth)\\b)',
      'g',
    ),
    resolve: (g, env) => quarterOfYear(Number(g.q ?? g.q2), env),
  },
  {
    reason: 'relative-quarter',
    cue: /quarter/i,
    example: 'the latest quarter; last quarter; the current quarter',
    pattern: rx('gi')`\b(?<which>the latest|the most recent|the past|the previous|the last|last|this|the current|
      the coming|next|the next|the)(?: fiscal)? quarter(?![\w-])`,
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
    cue: /half/i,
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
    cue: /spring|summer|fall|autumn|winter/i,
    example: 'the summer of 2024; winter 2023',
    pattern: new RegExp(`\\b(?:the )?(?:(?:early|late|mid)[- ])?(?<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn` +
      `|[Ww]inter),? (?:of )?(?:(?<year>${YEAR})|(?<spelled>${SPELLED_YEAR}))\\b`, 'g'),
    resolve: (g) => absolute(`${g.year ?? spelledYear(g.spelled!)}-${SEASONS[g.season!.toLowerCase()]}`, 'season'),
  },
  {
    reason: 'relative-season',
    cue: /spring|summer|fall|autumn|winter/i,
    example: 'last fall; this summer; the early summer',
    pattern: rx('gi')`\b(?<which>this past|this coming|last|this|next|the|early|late|(?:the )?(?:early|late))[- ](?<season>spring|
      summer|fall|autumn|winter)\b(?! of\b)(?!-)`,
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
  {
    // a season with no article after a preposition of time: "a cut in spring", "by autumn" ("fall" only where it
    // cannot be the verb: after "in", "by", "until", "since")
    reason: 'bare-season',
    cue: /spring|summer|fall|autumn|winter/i,
    example: 'a rate cut in spring; finished by autumn; until fall',
    pattern: rx('g')`(?:(?<=\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough) )(?<season>[Ss]pring|[Ss]ummer|
      [Aa]utumn|[Ww]inter)|(?<=\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince) )(?<fall>[Ff]all))\b(?![ -](?:of\b|\d|[A-Z]))(?!-)`,
    resolve: (g, env) => resolveSeason(SEASONS[(g.season ?? g.fall)!.toLowerCase()]!, env.published, env.tense),
  },
  // ---------- decades and centuries ----------
  {
    reason: 'decade',
    cue: /0[’']?s/i,
    example: 'the 1990s; the early 1980s; the mid-1990s',
    pattern: /\b(?:the )?(?:(?:early|mid|late)[- ])?(?<decade>(?:1[6-9]|20)\d)0['’]?s\b/gi,
    resolve: (g) => absolute(g.decade!, 'decade'),
  },
  {
    reason: 'short-decade',
    cue: /0s|ties/i,
    example: "the '90s; the nineties",
    pattern: new RegExp(`\\b(?:the )?(?:(?:early|mid|late)[- ])?${NOT_AN_AGE}(?:['’](?<digit>[2-9])0s` +
      `|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`, 'gi'),
    resolve: (g, env) => {
      const decades = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const digit = g.digit ?? String(decades.indexOf(g.word!.toLowerCase()) + 2);
      // the century is the most recent one in which that decade has begun
      const pubYear = env.published ? parts(env.published).year : 2000;
      let century = Math.floor(pubYear / 100);
      if (century * 100 + Number(digit) * 10 > pubYear) century -= 1;
      return { value: `${century}${digit}`, granularity: 'decade', relative: !env.published };
    },
  },
  {
    reason: 'relative-decade',
    cue: /decade/i,
    example: 'the last decade; this decade',
    pattern: /\b(?<which>the last|the past|the previous|last|this|the next|next|the coming) decade\b/gi,
    resolve: (g, env) => (env.published ? unitValue('decade', yearOffset(g.which), env.published) : noPublication('decade')),
  },
  {
    reason: 'century',
    cue: /century/i,
    example: 'the 20th century; the nineteenth century',
    pattern: rx('gi')`\b(?:the )?(?:(?:early|mid|late)[- ])?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>eleventh|twelfth|
      thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b`,
    resolve: (g) => {
      const words = [
        'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
        'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
      ];
      const n = g.n ? Number(g.n) : words.indexOf(g.word!.toLowerCase()) + 11;
      return absolute(pad(n - 1), 'century');
    },
  },
  {
    reason: 'this-century',
    cue: /century/i,
    example: 'this century',
    pattern: /\b(?<which>this|last|next) century\b/gi,
    resolve: (g, env) => (env.published ? unitValue('century', yearOffset(g.which), env.published) : noPublication('century')),
  },
  {
    // "by the end of the year", "year-end", "the end of the month": the year or month itself
    reason: 'end-of-unit',
    example: 'by year-end; the end of the month; the end of next year; by the end of the decade',
    pattern: rx('gi')`\b(?:(?:the )?(?<unit1>year|month)[- ]end|(?<unit2>year|month)['’]s end|the (?:end|beginning|
      start|middle) of (?<which>the|this|next|last) (?<unit3>year|month|week|decade))\b`,
    resolve: (g, env) => {
      if (!env.published) return noPublication('year');
      const unit = (g.unit1 ?? g.unit2 ?? g.unit3)!;
      return unitValue(unit, yearOffset(g.which), env.published);
    },
  },
  {
    // the weekend nearest in the clause's direction: "over the weekend" said on a Monday is the one just past
    reason: 'the-weekend',
    cue: /weekend/i,
    example: 'over the weekend; this weekend',
    pattern: /\b(?<which>the|this) weekend\b/gi,
    // ("this weekend" in the present looks ahead on a weekday: "the market opens this weekend" said on a Monday)
    resolve: (g, env) => (env.published ? weekendOf(g.which!, { ...env, published: env.published }) : noPublication('week')),
  },
  {
    // in a company's report "the year" and "the full year" are the current one
    reason: 'the-year',
    example: 'for the full year; the fiscal year',
    pattern: rx('g')`\b(?<![Oo]f |(?:[Ee]arlier|[Ll]ater) in )the (?:full |fiscal |current fiscal |calendar )?year\b(?! (?:ago|
      earlier|before|after|later|of|in which|when|that|-|ended|ending|end|to|\d+|nineteen|twenty|
      eighteen|two thousand)\b)(?![-'’])`,
    resolve: (_g, env) => (env.published ? unitValue('year', 0, env.published) : noPublication('year')),
  },
  {
    reason: 'latest-period',
    cue: /period/i,
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
    pattern: rx('g')`\b(?:(?:[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater) (?:in )?)?(?<which>that|[Tt]he same|[Tt]hat same|
      [Tt]he following|[Tt]he next|[Tt]he previous|[Tt]he preceding|[Tt]he prior)(?: fiscal)? (?<unit>day|
      week|month|year)\b(?!s|-)`,
    resolve: (g) => ({
      value: null,
      granularity: g.unit!.toLowerCase() as 'day',
      relative: true,
      unresolved: 'refers-to-earlier-date',
      fromEarlier: /following|next/i.test(g.which!) ? 1 : /previous|preceding|prior/i.test(g.which!) ? -1 : 0,
    }),
  },
  {
    // two units away: "the week after next", "the year before last"
    reason: 'unit-after-next',
    example: 'the week after next; the year before last',
    pattern: rx('gi')`\bthe (?<unit>week|month|year) (?<which>after next|before last)\b`,
    resolve: (g, env) => {
      if (!env.published) return noPublication(g.unit!.toLowerCase() as 'week');
      return unitValue(g.unit!, /after/i.test(g.which!) ? 2 : -2, env.published);
    },
  },
  {
    reason: 'relative-unit',
    example: 'last week; earlier this month; early next year; the coming week',
    accept: (g) => /^[a-z]/.test(g.unit!),
    pattern:
      rx('gi')`\b(?:(?<edge>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|
        the rest of|the remainder of)[- ](?:in )?)?(?<which>last|this|next|the past|the coming|the current|
        this past|this coming)(?: fiscal)? (?<unit>week|weekend|month|year)\b(?!s|-)`,
    resolve: (g, env) => {
      if (!env.published) return noPublication(g.unit!.toLowerCase() === 'weekend' ? 'week' : (g.unit!.toLowerCase() as 'week'));
      const which = g.which!.toLowerCase();
      return unitValue(g.unit!, yearOffset(which), env.published);
    },
  },
  {
    reason: 'earlier-in-unit',
    cue: /in the (?:week|month|year)/i,
    example: 'earlier in the year; later in the month',
    pattern: /\b(?:earlier|later) in the (?<unit>week|month|year)\b/gi,
    resolve: (g, env) => (env.published ? unitValue(g.unit!, 0, env.published) : noPublication('year')),
  },
  {
    reason: 'units-ago',
    example: 'three days ago; two years ago; a week earlier; a fortnight ago',
    pattern: new RegExp(
      `\\b(?:(?:nearly|almost|about|some|just|only|roughly|around|more than|less than|over|under` +
        `|exactly) )?(?<count>${COUNT}|several|a few|a couple of|many) (?<unit>day|week|fortnight|month` +
        // ("four months earlier than planned" measures a shift, not a date)
        `|year|decade)s? (?:or so )?(?<dir>ago|earlier(?! than\\b)|from now|hence)\\b`,
      'gi',
    ),
    resolve: (g, env) => {
      // a fortnight is two weeks
      const fortnight = /^fortnight$/i.test(g.unit!);
      const unit = fortnight ? 'week' : g.unit!.toLowerCase();
      const dir = g.dir!.toLowerCase();
      if (/several|few|couple|many/i.test(g.count!)) return ref(/ago|earlier|before/.test(dir) ? 'PAST_REF' : 'FUTURE_REF');
      if (!env.published) return noPublication(unit === 'decade' ? 'year' : (unit as 'day'));
      if (unit === 'year' && /^an?$/i.test(g.count!) && /earlier|ago/.test(dir)) return yearAgo(env);
      const n = countOf(g.count!) * (fortnight ? 2 : 1) * (/ago|earlier|before/.test(dir) ? -1 : 1);
      // "Officials met on Saturday; a day earlier, rebels had seized the town": days and weeks "earlier" count from
      // the day the text gave last, "ago" from publication
      const counted = dir === 'earlier' ? { fromEarlier: n, orPublication: true } : {};
      if (unit === 'day') return { ...relative(shiftDays(env.published, n), 'day'), ...counted };
      if (unit === 'week') return { ...relative(isoWeek(shiftDays(env.published, n * 7)), 'week'), ...counted };
      if (unit === 'month') return relative(shiftMonths(env.published, n), 'month');
      if (unit === 'decade') return relative(String(parts(env.published).year + n * 10), 'year');
      return relative(String(parts(env.published).year + n), 'year');
    },
  },
  // ---------- years ----------
  {
    reason: 'spelled-year',
    cue: /nineteen|twenty|eighteen|thousand/i,
    example: 'nineteen ninety-six; the year two thousand',
    pattern: new RegExp(`\\b(?<prefix>the year )?(?<spelled>${SPELLED_YEAR})\\b(?![- ](?:${ONES_WORD}|hundred|thousand|million` +
      `|percent|people|dollars|years?|times|men|women|troops|miles|feet)\\b)`, 'gi'),
    // a bare "two thousand" is a count unless "the year" or a preposition of time comes before it
    accept: (g, before) => !/^two thousand$/i.test(g.spelled!) || Boolean(g.prefix) || TIME_PREPOSITION.test(before),
    resolve: (g) => absolute(spelledYear(g.spelled!), 'year'),
  },
  {
    reason: 'year',
    mayBeCount: true,
    example: 'since at least 2023; the 2019 election; fiscal 1989; mid-2023; the FY2025 results',
    accept: (_g, before) => !AFTER_NAME.test(before),
    pattern: new RegExp(
      `${NUM_BEFORE}(?<!\\b(?:[Vv]ersion|v|[Nn]o\\.|[Nn]umber|[Rr]oute|[Ff]light|[Ii]tem|[Rr]oom|[Pp]age|[Bb]us` +
        `|[Aa]bout|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]round|[Aa]pproximately|[Ss]ome) )\\b(?:(?:[Ff]iscal` +
        `|[Tt]he year|[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd|[Pp]re|[Pp]ost)[- ]|FY ?)?(?<year>${YEAR})\\b${NUM_AFTER}(?!s\\b` +
        `|['’]s\\b(?! [a-z]))`,
      'g',
    ),
    resolve: (g) => absolute(g.year!, 'year'),
  },
  // ---------- the present, past and future as such ----------
  {
    reason: 'present-ref',
    example: 'now; currently; these days; at present',
    pattern: new RegExp(
      '\\b(?:(?:right|just|until|till|from) )?' +
        '(?<word>now|currently|presently|nowadays|these days|at present|at the moment)\\b(?!-)',
      'gi',
    ),
    // "Safer Roads Now", "Justice Now": a capitalised word after a name's words is the end of that name (a line in
    // capitals, "IT IS NOW", is no name)
    accept: (g, before) => !(/^\p{Lu}\p{Ll}/u.test(g.word!) && /\p{Lu}\p{Ll}[\p{L}'’-]* $/u.test(before)),
    resolve: () => ref('PRESENT_REF'),
  },
  {
    reason: 'past-ref',
    cue: /recent|lately|past/i,
    example: 'recently; in the past; in recent years',
    pattern: rx('gi')`\b(?:(?:more|most|until|only|very|as) )?(?:recently|lately)\b|\brecent (?:days|weeks|months|
      years|decades|times)\b|\bthe (?:distant |recent )?past\b(?! (?:\d+|few|several|two|three|four|
      five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|decade|year|month|week|day|
      quarter|summer|winter|spring|fall|autumn|century|hundred)s?\b)(?! of)`,
    resolve: () => ref('PAST_REF'),
  },
  {
    reason: 'future-ref',
    cue: /future|coming|term/i,
    example: 'in the future; the coming months; the near future',
    pattern: rx('gi')`\bthe (?:near |foreseeable |distant |immediate )?future\b(?! of)|\b(?:the )?(?:coming|upcoming) (?:days|
      weeks|months|years|decades|quarters)\b|\bfuture (?:quarters|years|months)\b|\bthe (?:near|
      short) term\b`,
    resolve: () => ref('FUTURE_REF'),
  },
];

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
  /** as DateRule's: a cheap test the text passes wherever the pattern can match */
  cue?: RegExp;
}

export const anchorRules: AnchorRule[] = [
  {
    reason: 'eve-of-event',
    cue: /eve of/,
    example: 'on the eve of the summit',
    pattern: /\b(?:[Tt]he )?eve of (?:the |this |that |its |their |his |her |a )?(?<event>[A-Za-z-]+(?:['’]s)?(?: [a-z-]+)?)/g,
    offset: -1,
  },
  {
    reason: 'day-before-after-event',
    cue: /day (?:before|after)/,
    example: 'the day before the vote',
    pattern: /\b(?:[Tt]he )?day (?<dir>before|after) (?:the |this |that |its |their )(?<event>[A-Za-z-]+(?:['’]s)?(?: [a-z-]+)?)/g,
    offset: 0,
  },
];
