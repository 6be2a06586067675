// Calendar arithmetic for TIMEX3 values, all in UTC on ISO date strings so no clock or zone leaks in.
import type { Tense } from './patterns.js';

export interface Resolution {
  value: string | null;
  granularity: 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'reference';
  relative: boolean;
  /** why the value is null, when it is */
  unresolved?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);

export function shiftDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** A bare weekday: the most recent one in past-tense text, the next one in future-tense text. */
export function resolveWeekday(weekday: number, published: string | null, tense: Tense): Resolution {
  if (!published) return { value: null, granularity: 'day', relative: true, unresolved: 'no-publication-date' };
  const current = toDate(published).getUTCDay();
  let delta = weekday - current;
  if (tense === 'past') {
    if (delta > 0) delta -= 7;
  } else if (delta < 0) delta += 7;
  return { value: shiftDays(published, delta), granularity: 'day', relative: true };
}

/** A month without a year: past-tense text means the latest such month not after publication. */
export function resolveMonth(month: number, published: string | null, tense: Tense, day?: number): Resolution {
  const granularity = day ? 'day' : 'month';
  if (!published) return { value: null, granularity, relative: true, unresolved: 'no-publication-date' };
  const [pubYear, pubMonth, pubDay] = published.split('-').map(Number) as [number, number, number];
  let year = pubYear;
  const after = month > pubMonth || (month === pubMonth && day !== undefined && day > pubDay);
  const before = month < pubMonth || (month === pubMonth && day !== undefined && day < pubDay);
  if (tense === 'past' && after) year -= 1;
  if (tense === 'future' && before) year += 1;
  const value = day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
  return { value, granularity, relative: true };
}

/** The first calendar day a TIMEX3 value covers, for sorting; null when it has none. */
export function firstDay(value: string | null): string | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return value;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  m = /^(\d{3})$/.exec(value);
  if (m) return `${m[1]}0-01-01`;
  return null;
}
