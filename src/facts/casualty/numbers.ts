// Reading counts as written: digits, number words, and vague quantities with bounds.

import { ONES as ONE_TO_NINE, SCALES, TEENS as TEN_TO_NINETEEN, TENS } from '../../lexicon/numbers.js';

const UNITS: Record<string, number> = { zero: 0, no: 0, a: 1, an: 1, single: 1, ...ONE_TO_NINE, ...TEN_TO_NINETEEN };

/** More people than live on Earth: a figure this large is a misreading or a typo, never a count. */
export const WORLD_POPULATION = 8_300_000_000;

/** Vague quantities: the count reported is the lower bound the words guarantee. */
const VAGUE: Record<string, { count: number; min: number; max: number | null }> = {
  dozens: { count: 24, min: 24, max: null },
  scores: { count: 40, min: 40, max: null },
  hundreds: { count: 200, min: 200, max: null },
  thousands: { count: 2000, min: 2000, max: null },
  several: { count: 3, min: 3, max: null },
  'a few': { count: 3, min: 2, max: null },
  'a couple of': { count: 2, min: 2, max: 2 },
  'a dozen': { count: 12, min: 12, max: 12 },
  'a score of': { count: 20, min: 20, max: 20 },
  'half a dozen': { count: 6, min: 6, max: 6 },
  'a handful of': { count: 3, min: 2, max: 5 },
  // "a double homicide", "a triple shooting": exact
  double: { count: 2, min: 2, max: 2 },
  triple: { count: 3, min: 3, max: 3 },
  quadruple: { count: 4, min: 4, max: 4 },
  quintuple: { count: 5, min: 5, max: 5 },
};

const ONES = Object.keys(ONE_TO_NINE).join('|');
const TEENS = Object.keys(TEN_TO_NINETEEN).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
/** "seven", "sixteen", "thirty-one": a number below a hundred in words */
const SMALL = `(?:(?:${TENS_WORDS})(?:[- ](?:${ONES}))?|zero|${ONES}|${TEENS})`;
const SCALE = '(?:hundred|thousand|million|billion)';
// "and" joins only after a scale word: "three hundred and twelve", never "fifteen and twenty"
const JOIN = `(?:[- ]|(?<=${SCALE}),? and )`;
/**
 * A number in words, scales included: "three hundred and twelve thousand", "one thousand two hundred",
 * "two dozen", "a hundred" ("a" only before a scale).
 */
export const NUMBER_WORD_SOURCE =
  `(?:${SMALL}|a(?= (?:${SCALE}|dozen)\\b))(?:${JOIN}(?:${SCALE}|dozen)\\b(?:${JOIN}${SMALL}\\b)?)*`;

/** digits, with thousands separated by commas: "1,200" (no-break spaces are read as commas first) */
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)';
/** "1.5 million", "2 million", "3 dozen" */
const DIGITS_SCALED = `(?:\\d+(?:\\.\\d+)?[- ](?:thousand|million|billion)|\\d+ dozen)\\b`;
const ONE_NUMBER = `(?:${DIGITS_SCALED}|${DIGITS}|${NUMBER_WORD_SOURCE})`;
/** "between 15 and 20", "15 to 20", "15-20": a range, read as its bounds */
// (its bounds are digits or small number words: the full word grammar thrice over would slow every count rule)
const RANGE_SOURCE = `(?:between (?:${DIGITS}|${SMALL}) and (?:${DIGITS}|${SMALL})\\b|\\d+ ?(?:-|–|to) ?\\d+\\b(?!-))`;
// ("a score of miners" is twenty of them; "a score of 3-1" is a match's)
const VAGUE_SOURCE =
  'half a dozen|a dozen|a score of(?! \\d)|dozens|scores|hundreds|thousands|several|a few|a couple of|a handful of';

/** Digits, number words or a vague quantity, as one regex source (no capturing groups). */
export const COUNT_SOURCE = `(?:${RANGE_SOURCE}|${ONE_NUMBER}|${VAGUE_SOURCE})`;

/** "at least 12", "more than 40": the qualifier and what it does to the bounds. */
export const QUALIFIER_SOURCE =
  '(?:at least|at most|more than|over|fewer than|less than|nearly|almost|about|around|approximately|roughly|some|up to|as many as|an estimated)';

const RANGE = /^(?:between (.+) and (.+)|(\d+) ?(?:-|–|to) ?(\d+))$/;
const SCALED_DIGITS = /^(\d+(?:\.\d+)?)[- ](dozen|thousand|million|billion)$/;

export interface ParsedCount {
  count: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
}

/** Value of a number written in words ("thirty-one", "two hundred"), or null. */
export function wordsToNumber(words: string): number | null {
  const parts = words.toLowerCase().replace(/[-,]/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) {
      // "two three" is no number; "twenty one" is
      if (current % 10 !== 0 || (current > 0 && current < 20) || (current % 100 !== 0 && UNITS[part]! >= 10)) return null;
      current += UNITS[part]!;
    }
    else if (part in TENS) current += TENS[part]!;
    else if (part in SCALES) {
      current = (current || 1) * SCALES[part]!;
      if (SCALES[part]! >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}

/** One number in digits, scaled digits or words: "1,200", "1.5 million", "three hundred and twelve". */
export function numberOf(text: string): number | null {
  const scaled = SCALED_DIGITS.exec(text);
  if (scaled) return Math.round(Number(scaled[1]) * SCALES[scaled[2]!]!);
  if (/^\d/.test(text)) return /^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : null;
  return wordsToNumber(text);
}

export function parseCount(raw: string, qualifier?: string): ParsedCount | null {
  const text = raw.toLowerCase().trim();
  let count: number | null;
  let min: number | null = null;
  let max: number | null = null;
  let approximate = false;
  const vague = VAGUE[text];
  if (vague) {
    ({ count, min, max } = vague);
    approximate = max === null || min !== max;
  } else if (RANGE.test(text)) {
    // "1-2", "between 15 and 20": the lower bound is what the text guarantees, never the sum
    const [, lowWords, highWords, lowDigits, highDigits] = RANGE.exec(text)!;
    const low = numberOf(lowWords ?? lowDigits!);
    const high = numberOf(highWords ?? highDigits!);
    if (low === null || high === null || high < low) return null;
    [count, min, max] = [low, low, high];
    approximate = true;
  } else count = numberOf(text);
  if (count === null || !Number.isFinite(count)) return null;
  const q = qualifier?.toLowerCase().replace(/\s+/g, ' ');
  switch (q) {
    case 'at least':
    case 'more than':
    case 'over':
      min = q === 'at least' ? count : count + 1;
      approximate = true;
      break;
    case 'at most':
    case 'up to':
    case 'as many as':
    case 'fewer than':
    case 'less than':
      max = q === 'fewer than' || q === 'less than' ? count - 1 : count;
      approximate = true;
      break;
    // determiners, not qualifiers: "the five victims", "all four passengers", "another two", "the other two"
    case undefined:
    case 'the':
    case 'all':
    case 'all the':
    case 'all of the':
    case 'a total of':
    case 'a combined total of':
    case 'another':
    case 'an additional':
    case 'the other':
    case 'only': // ("killed only three people": the count exactly, told as few)
      break;
    default:
      approximate = true;
  }
  return { count, min, max, approximate };
}
