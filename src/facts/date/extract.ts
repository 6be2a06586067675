import type { Context } from '../../context.js';
import type { Draft } from '../common.js';
import type { FactModule } from '../types.js';
import { DateFact } from './schema.js';
import { dateRules, type Tense } from './patterns.js';
import { firstDay } from './timex.js';

// "will meet", "is to visit", "next": the sentence looks forward, so bare weekdays and months do too
const FUTURE_CUE = /\b(?:will|shall|to be held|is to|are to|scheduled|upcoming|next|plans? to|expected to)\b/i;

function tenseOf(sentence: string): Tense {
  return FUTURE_CUE.test(sentence) ? 'future' : 'past';
}

export function extractDates(ctx: Context): Array<Draft<DateFact>> {
  const found: Array<Draft<DateFact>> = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  // rules are ordered most specific first; a later rule never claims text an earlier one took
  for (const rule of dateRules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
      const text = rule.group ? m[rule.group]! : m[0];
      const start = rule.group ? m.index + m[0].indexOf(text) : m.index;
      const end = start + text.length;
      if (overlaps(start, end)) continue;
      const sentence = ctx.sentenceAt(start).text;
      const r = rule.resolve(m, ctx.published, tenseOf(sentence));
      // "45 April" or "February 30" is not a calendar date
      if (r.value && !isRealDate(r.value)) continue;
      taken.push([start, end]);
      found.push({
        type: 'date',
        text,
        start,
        end,
        value: r.value,
        granularity: r.granularity,
        iso: firstDay(r.value),
        relative: r.relative,
        reason: r.unresolved ? `${rule.reason}+${r.unresolved}` : rule.reason,
        confidence: r.value ? (r.relative ? 0.8 : 0.95) : 0.5,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dateModule: FactModule<DateFact> = {
  type: 'date',
  schema: DateFact,
  extract: extractDates,
};
