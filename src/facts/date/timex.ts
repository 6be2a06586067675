// Calendar arithmetic for TIMEX3 values, all in UTC on ISO date strings so no clock or zone leaks in.

/** The tense of the clause a date sits in: it decides which way a bare weekday or month points. */
export type Tense = 'past' | 'present' | 'future';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'reference';

export interface Resolution {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  /** why the value is null, when it is */
  unresolved?: string;
  /** counted from the date the text gave last, shifted by this many units ("the following month": 1) */
  fromEarlier?: number;
  /** with `fromEarlier`: the value stands when the text gave no earlier date ("two days earlier" said of today) */
  orPublication?: boolean;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);

/** Parts of a publication date. */
export function parts(published: string): { year: number; month: number; day: number; weekday: number; quarter: number } {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: toDate(published).getUTCDay(), quarter: Math.floor((month - 1) / 3) + 1 };
}

export function shiftDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** YYYY-MM shifted by whole months. */
export function shiftMonths(published: string, months: number): string {
  const { year, month } = parts(published);
  const index = year * 12 + (month - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** ISO 8601 week of a day: 2025-W33. */
export function isoWeek(iso: string): string {
  const d = toDate(iso);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** The quarter `offset` quarters from the publication date's: 2025-Q2. */
export function shiftQuarter(published: string, offset: number): string {
  const { year, quarter } = parts(published);
  const index = year * 4 + (quarter - 1) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export const noPublication = (granularity: Granularity): Resolution => ({
  value: null,
  granularity,
  relative: true,
  unresolved: 'no-publication-date',
});

/**
 * A bare weekday: the most recent one (or the publication day itself) in past-tense text,
 * the next one in future-tense text, and in present-tense text the latest one unless the next is tomorrow.
 */
export function resolveWeekday(weekday: number, published: string | null, tense: Tense, direction?: -1 | 1): Resolution {
  if (!published) return noPublication('day');
  const current = parts(published).weekday;
  const back = current - weekday >= 0 ? current - weekday : current - weekday + 7;
  const ahead = weekday - current >= 0 ? weekday - current : weekday - current + 7;
  let delta: number;
  if (direction === -1) delta = -(back || 7);
  else if (direction === 1) delta = ahead || 7;
  else if (tense === 'future') delta = ahead;
  else if (tense === 'past') delta = -back;
  // present-tense news mostly reports what has just happened ("meets Tuesday", "Thursday's close"):
  // it looks forward only to the next day
  else delta = ahead === 1 ? ahead : -back;
  return { value: shiftDays(published, delta), granularity: 'day', relative: true };
}

/**
 * A day of the month alone ("on the 15th"): this month's, or the next month's (the last month's) where the clause
 * looks ahead (back) past it; a month without that day is passed over ("the 30th" looked back from March is January's).
 */
export function resolveDayOfMonth(day: number, published: string | null, tense: Tense): Resolution {
  if (!published) return noPublication('day');
  const pub = parts(published);
  const ahead = tense === 'future';
  let step = ahead && day < pub.day ? 1 : !ahead && day > pub.day ? -1 : 0;
  for (;;) {
    const date = new Date(Date.UTC(pub.year, pub.month - 1 + step, day));
    if (date.getUTCDate() === day) return { value: toIso(date), granularity: 'day', relative: true };
    step += ahead ? 1 : -1;
  }
}

/** days from one ISO day to another */
export const daysBetween = (from: string, to: string): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86400000);

/** how far after (before) publication a day may lie and still be read as this year's in past- (future-) tense text */
const SOON = 14;

/**
 * A month (and maybe a day) without a year. Past-tense text means the latest such date not after
 * publication, future-tense text the next one not before it; present tense takes the nearer.
 */
export function resolveMonth(month: number, published: string | null, tense: Tense, day?: number): Resolution {
  const granularity = day ? 'day' : 'month';
  if (!published) return noPublication(granularity);
  const pub = parts(published);
  const when = (m: number, d: number): number => m * 40 + d;
  // a month with no day compares by month only
  const target = when(month, day ?? (month === pub.month ? pub.day : 0));
  const now = when(pub.month, pub.day);
  let year = pub.year;
  // a past-tense verb cannot report a day that has not come yet: a day just after publication
  // is this year's (a deadline, a scheduled event, or a verb misread), not one almost a year ago;
  // likewise a future-tense verb does not look a whole year ahead to a day just gone
  // (the nearest such day may lie across new year: "Dec. 30" written on Jan. 3)
  const soonAfterOrBefore = (y: number): boolean =>
    day !== undefined && Math.abs(daysBetween(published, `${y}-${pad(month)}-${pad(day)}`)) <= SOON;
  const nearYear = day === undefined ? undefined : [pub.year - 1, pub.year, pub.year + 1].find(soonAfterOrBefore);
  if (nearYear !== undefined && tense !== 'present') year = nearYear;
  else if (tense === 'past' && target > now) year -= 1;
  else if (tense === 'future' && target < now) year += 1;
  else if (tense === 'present') {
    // the nearer occurrence, looking up to six months either way
    const distance = month - pub.month;
    if (distance > 6) year -= 1;
    else if (distance < -6) year += 1;
  }
  const value = day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  return { value, granularity, relative: true };
}

/**
 * A season without a year, resolved like a month: spring starts in March, summer June, fall
 * September, winter December (so January's winter is the one that began the December before).
 */
export function resolveSeason(code: string, published: string | null, tense: Tense, offset?: number): Resolution {
  if (!published) return noPublication('season');
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  const pub = parts(published);
  const inLastWinter = pub.month <= 2;
  // the season of this name that is under way or most recently began
  const current = code === 'WI' && inLastWinter ? pub.year - 1 : first <= pub.month ? pub.year : pub.year - 1;
  let year = current;
  if (offset !== undefined) year = (code === 'WI' && inLastWinter ? pub.year - 1 : pub.year) + offset;
  else if (tense === 'future') {
    // forward-looking text means the next one that is not over yet
    const over = code !== 'WI' && first + 3 <= pub.month;
    if (current < pub.year || over) year = current + 1;
  } else if (tense === 'present') {
    // present-tense text means the nearer one, as for a month: "campaigns before the summer" written in March
    const distance = first - pub.month;
    year = distance > 6 ? pub.year - 1 : distance < -6 ? pub.year + 1 : pub.year;
  }
  return { value: `${year}-${code}`, granularity: 'season', relative: true };
}

/** The first calendar day a TIMEX3 value covers, for sorting; null when it has none. */
export function firstDay(value: string | null): string | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // Monday of ISO week: the week containing 4 January is week 1
    const jan4 = toDate(`${m[1]}-01-04`);
    const monday = shiftDays(`${m[1]}-01-04`, -((jan4.getUTCDay() || 7) - 1));
    return shiftDays(monday, (Number(m[2]) - 1) * 7);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2]!]}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  m = /^(\d{3})$/.exec(value);
  if (m) return `${m[1]}0-01-01`;
  m = /^(\d{2})$/.exec(value);
  if (m) return `${m[1]}00-01-01`;
  return null;
}

/** The nth (1-based; -1 for last) given weekday of a month: Thanksgiving is the 4th Thursday of November. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return `${pad(year, 4)}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + (n - 1) * 7)}`;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return `${pad(year, 4)}-${pad(month)}-${pad(lastDay.getUTCDate() - back)}`;
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
export function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
