// Where a news article prints its own date: the lines and labels of its head, kept as data.
// Each rule matches one line of the head and names the date in its `date` group. A lower `rank`
// wins: "Posted:" beats a dateline, which beats "Updated:" (the first version is the publication).
import { DATE } from './formats.js';

export interface PublishedRule {
  reason: string;
  /** a line the rule is for */
  example: string;
  rank: number;
  pattern: RegExp;
}

export const TIME = '(?:\\d{1,2}(?:[:.]\\d{2}){1,2}|\\d{1,2})\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?)?';
export const ZONE = '(?:[A-Z]{2,5}|GMT|UTC)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?';
// "10:42 a.m. ET," or "at 5:17 pm," before the date of a labelled line
const TIME_BEFORE = `(?:(?:at\\s+)?${TIME}(?:\\s+${ZONE})?,?\\s+(?:on\\s+)?)`;
// a time and zone after the date of a line that holds nothing else: "2:26 PM EDT", "- 8:04 AM"
const TIME_AFTER = `(?:\\s*(?:[-|,]|at)?\\s*${TIME}(?:\\s+${ZONE})?)`;
// an ISO timestamp's time after its date: "T10:15:00Z", "T10:15-04:00"
const ISO_TIME = '(?:T\\d{2}(?::\\d{2}){0,2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)';
// capitals only, up to four words: "LONDON", "NEW YORK", "N'DJAMENA"
const PLACE_CAPS = "[A-Z][A-Z'’.-]+(?:\\s[A-Z][A-Z'’.-]+){0,3}";
// a capitalised place, up to four words: "Lima", "Cedar Rapids"
const PLACE_NAME = "[A-Z][A-Za-z'’.-]+(?:\\s[A-Z][A-Za-z'’.-]+){0,3}";
// ", Wisconsin", ", Iowa", ", N.Y."
const REGION = "(?:,\\s*[A-Z][A-Za-z'’.]+(?:\\s[A-Z][A-Za-z'’.]+){0,2})";
// the news agency in brackets after a dateline: "(AP)", "(EFE)"
const AGENCY = '\\(\\s?[A-Z][A-Za-z&. -]{0,20}\\)';
// what ends a dateline that runs into the first paragraph; a hyphen only with a space after it ("Wire) - Nov. 28"),
// never inside a date ("2026-11-28")
const DASH = '(?:--|—|–|_|:|-(?=\\s))';
// "By Jane Smith |", "By Jane Smith, Staff Writer —": a byline then the date on the same line
const BYLINE = "By\\s+[A-Z][^\\d|•·—–\\n]{1,60}?\\s*[|•·—–,]";
// a label is capitalised (a heading, not a verb in a sentence) and starts the line or follows a space
// or a separator
const LABEL_START = '(?:^|[\\s(|•·])';
const date = `(?<date>${DATE})`;

export const publishedRules: readonly PublishedRule[] = [
  {
    reason: 'published-label',
    example: 'Posted: Friday, July 17, 2015 2:26 PM EDT',
    rank: 1,
    pattern: new RegExp(
      // a bare "Date:" only opens a line ("Release Date: …" is a product's)
      `(?:${LABEL_START}(?:Published|Posted|First published|Originally published|Publication date|PUBLISHED|POSTED)` +
        `|^\\s*(?:Date|DATE)(?=\\s*:))(?:\\s+on)?\\s*:?\\s*${TIME_BEFORE}?${date}`,
    ),
  },
  {
    reason: 'date-line',
    example: 'Thursday, February 23, 2006',
    rank: 2,
    pattern: new RegExp(`^\\s*${date}${ISO_TIME}?${TIME_AFTER}?\\s*$`, 'i'),
  },
  {
    reason: 'dateline-capitals',
    example: 'LONDON 1996-08-30',
    rank: 2,
    pattern: new RegExp(`^\\s*${PLACE_CAPS}${REGION}?,?\\s+${date}\\s*(?:${AGENCY})?\\s*(?:$|${DASH})`),
  },
  {
    reason: 'dateline-bracketed-date',
    example: 'RIVERTON, Ind. (April 11, 2014) – Four men were hurt',
    rank: 2,
    pattern: new RegExp(`^\\s*${PLACE_CAPS}${REGION}?,?\\s+\\(${date}\\)\\s*(?:$|${DASH}|-)`),
  },
  {
    reason: 'byline-date',
    example: 'By Jane Smith | March 3, 2025 10:15 a.m.',
    rank: 2,
    pattern: new RegExp(`^\\s*${BYLINE}\\s*(?:(?:Published|Posted|Updated)\\s*:?\\s*)?${date}`),
  },
  {
    reason: 'dateline-agency',
    example: 'Lima, 31 Oct 88 (EFE) -- Police said on Monday',
    rank: 2,
    pattern: new RegExp(`^\\s*${PLACE_NAME}${REGION}?,\\s*${date}\\s*(?:${AGENCY}\\s*${DASH}?|${DASH})`),
  },
  {
    reason: 'dateline-agency-then-date',
    example: 'PARIS (AP) — Nov. 28, 2026 — French officials said',
    rank: 2,
    pattern: new RegExp(`^\\s*${PLACE_CAPS}${REGION}?,?\\s*${AGENCY}\\s*${DASH}\\s*${date}\\s*(?:$|${DASH}|-)`),
  },
  {
    reason: 'updated-label',
    example: 'Updated 10:42 a.m. ET, Sept. 3, 2016',
    rank: 3,
    pattern: new RegExp(`${LABEL_START}(?:Updated|Last updated|UPDATED|Last modified)(?:\\s+on)?\\s*:?\\s*${TIME_BEFORE}?${date}`),
  },
];
