import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  easter,
  firstDay,
  isoWeek,
  nthWeekday,
  resolveMonth,
  resolveSeason,
  resolveWeekday,
  shiftDays,
  shiftMonths,
  shiftQuarter,
} from '../../../src/facts/date/timex.js';

// Every resolution here is against a fixed publication day, never the clock.
const WEDNESDAY = '2025-08-13';
const [SUNDAY, MONDAY, TUESDAY, THURSDAY, FRIDAY] = [0, 1, 2, 4, 5];

describe('calendar arithmetic', () => {
  it.each([
    ['2025-08-13', 1, '2025-08-14'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('shiftDays(%s, %i) = %s', (day, n, expected) => expect(shiftDays(day, n)).toBe(expected));

  it.each([
    ['2025-08-13', -1, '2025-07'],
    ['2025-01-31', -1, '2024-12'],
    ['2025-11-01', 3, '2026-02'],
  ])('shiftMonths(%s, %i) = %s', (day, n, expected) => expect(shiftMonths(day, n)).toBe(expected));

  it.each([
    ['2025-08-13', '2025-W33'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('isoWeek(%s) = %s', (day, week) => expect(isoWeek(day)).toBe(week));

  it.each([
    [WEDNESDAY, -1, '2025-Q2'],
    ['2025-02-01', -1, '2024-Q4'],
  ])('shiftQuarter(%s, %i) = %s', (day, n, expected) => expect(shiftQuarter(day, n)).toBe(expected));

  it.each([
    [2025, '2025-04-20'],
    [2024, '2024-03-31'],
    [2000, '2000-04-23'],
  ])('easter(%i) = %s', (year, day) => expect(easter(year)).toBe(day));

  it.each([
    [2025, 11, 4, 4, '2025-11-27'],
    [2025, 5, 1, -1, '2025-05-26'],
    [2025, 9, 1, 1, '2025-09-01'],
  ])('nthWeekday(%i, %i, %i, %i) = %s', (y, m, wd, n, day) => expect(nthWeekday(y, m, wd, n)).toBe(day));

  it.each([
    ['2025-08-13', '2025-08-13'],
    ['2025-W33', '2025-08-11'],
    ['2025-08', '2025-08-01'],
    ['2025-Q3', '2025-07-01'],
    ['2025', '2025-01-01'],
    ['PAST_REF', null],
    [null, null],
  ])('firstDay(%s) = %s', (value, day) => expect(firstDay(value)).toBe(day));

  it('daysBetween counts calendar days either way', () => {
    expect(daysBetween('2025-08-13', '2025-09-02')).toBe(20);
    expect(daysBetween('2025-09-02', '2025-08-13')).toBe(-20);
  });
});

describe('resolving a date without a year against the publication day', () => {
  it.each([
    [MONDAY, 'past', '2025-08-11'],
    [FRIDAY, 'past', '2025-08-08'],
    [FRIDAY, 'future', '2025-08-15'],
    [THURSDAY, 'present', '2025-08-14'],
    [TUESDAY, 'present', '2025-08-12'],
    [SUNDAY, 'future', '2025-08-17'],
  ] as const)('weekday %i in %s text', (weekday, tense, day) => {
    expect(resolveWeekday(weekday, WEDNESDAY, tense).value).toBe(day);
  });

  it.each([
    [3, undefined, 'past', '2025-03'],
    [10, undefined, 'past', '2024-10'],
    [10, undefined, 'future', '2025-10'],
    [2, undefined, 'future', '2026-02'],
    [8, 20, 'past', '2025-08-20'],
    [9, 30, 'past', '2024-09-30'],
    [9, 30, 'present', '2025-09-30'],
  ] as const)('month %i day %s in %s text', (month, day, tense, value) => {
    expect(resolveMonth(month, WEDNESDAY, tense, day).value).toBe(value);
  });

  it('a season resolves like its first month', () => {
    expect(resolveSeason('WI', WEDNESDAY, 'past').value).toMatch(/^2024-WI|^2025-WI/);
    expect(resolveSeason('SU', WEDNESDAY, 'present').value).toBe('2025-SU');
  });

  it.each([
    () => resolveWeekday(MONDAY, null, 'past'),
    () => resolveMonth(3, null, 'past'),
    () => resolveSeason('SU', null, 'past'),
  ])('without a publication day there is no value (%#)', (resolve) => {
    expect(resolve()).toMatchObject({ value: null, unresolved: 'no-publication-date' });
  });
});
