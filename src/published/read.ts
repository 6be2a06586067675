// The publication date an article prints in its head (a dateline, a date line under the headline,
// a "Posted:" label), with the span it came from. Never a guess: a date of the body's events, a date
// without a year or a numeric date that reads two ways gives nothing.
import { readDate } from './formats.js';
import { publishedRules, TIME, ZONE } from './rules.js';

/** how far into the article its head can reach */
export const HEAD_LINES = 8;
export const HEAD_CHARS = 2000;

export interface PublishedInText {
  /** YYYY-MM-DD */
  date: string;
  start: number;
  end: number;
  text: string;
  /** the rule that found it */
  reason: string;
}

interface Line {
  text: string;
  start: number;
}

/** The non-blank lines of the head, each with its offset; a long first line is cut at HEAD_CHARS. */
function headLines(text: string): Line[] {
  const head = text.slice(0, HEAD_CHARS);
  const lines: Line[] = [];
  let start = 0;
  while (start <= head.length && lines.length < HEAD_LINES) {
    const newline = head.indexOf('\n', start);
    const end = newline < 0 ? head.length : newline;
    const line = head.slice(start, end);
    if (line.trim() !== '') lines.push({ text: line, start });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** The article's own publication date, or null when its head prints none. */
export function readPublished(text: string): PublishedInText | null {
  let best: (PublishedInText & { rank: number }) | null = null;
  for (const line of headLines(text)) {
    for (const rule of publishedRules) {
      if (best && rule.rank >= best.rank) continue;
      const m = rule.pattern.exec(line.text);
      const dateText = m?.groups?.date;
      if (!m || !dateText) continue;
      const day = readDate(dateText);
      if (!day) continue;
      const start = line.start + m.index + m[0].lastIndexOf(dateText);
      best = { date: day.date, start, end: start + dateText.length, text: dateText, reason: rule.reason, rank: rule.rank };
    }
  }
  if (!best) return null;
  const { rank: _rank, ...found } = best;
  return found;
}

// what may stand beside the date on a line that only dates the article: a label, a time and its zone
const SEPARATORS = '[\\s|•·,:;()\\u2013\\u2014-]*';
const LABEL = '(?:(?:first |originally |last )?(?:published|posted|updated|modified|date)(?: on)?)?';
const DATE_ONLY_REST = new RegExp(`^${SEPARATORS}${LABEL}${SEPARATORS}(?:(?:at )?${TIME}(?:\\s+${ZONE})?)?${SEPARATORS}$`, 'i');

/** "Date: 28/11/2026", "Thursday, February 23, 2006 2:26 PM EDT": a line that only dates the article. */
export function datesOnly(line: string): boolean {
  const found = readPublished(line);
  return !!found && DATE_ONLY_REST.test(`${line.slice(0, found.start)} ${line.slice(found.end)}`);
}
