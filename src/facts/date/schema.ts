import { z } from 'zod';
import { Evidence, Span } from '../common.js';
import { rx } from '../../util/regex.js';

/** TimeML TIMEX3 values: 2025-08-12, 2025-04, 2025, 2025-W33, 2025-Q2, 2025-SU, 199, PAST_REF... */
export const Timex3Value = z
  .string()
  .regex(
    rx('')`^(?:[\dX]{2,4}(?:-(?:[\dX]{2}|W[\dX]{1,2}|Q[1-4X]|SP|SU|FA|WI|H[12]))?(?:-(?:[\dX]{2}|WE))?(?:T(?:\d{2}(?::\d{2})?|
      MO|AF|EV|NI|DT))?|PRESENT_REF|PAST_REF|FUTURE_REF)$`,
    'not a TIMEX3 date value',
  );

export const Granularity = z.enum(['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century', 'reference']);

export const DateFact = Evidence.extend({
  type: z.literal('date'),
  /** TIMEX3 value, or null when the text gives no way to resolve it (reason says why) */
  value: Timex3Value.nullable(),
  granularity: Granularity.nullable(),
  /** ISO calendar day the value starts on, for sorting in a spreadsheet */
  iso: z.iso.date().nullable(),
  /** true when the value depends on the publication date */
  relative: z.boolean(),
  /**
   * for a date counted from another one ("the eve of the summit", "later that year"):
   * the dated mention it was resolved from
   */
  anchor: Span.extend({
    /** id of the date fact the value was derived from */
    fact: z.string().nullable(),
    /** the event noun the phrase names ("dialogue"), or null for "that year", "the next day" */
    event: z.string().nullable(),
  }).nullable(),
});
export type DateFact = z.infer<typeof DateFact>;
