/** A cell as it crosses between threads: a calendar day is `{ day: 'YYYY-MM-DD' }`, written as a date. */
export type XlsxCell = string | number | boolean | null | { day: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day-precise value as a date cell; anything else stays as it is. */
export const dayCell = (value: string | null): XlsxCell => (value && DAY.test(value) ? { day: value } : value);
