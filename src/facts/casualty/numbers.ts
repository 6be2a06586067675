// Reading counts as written: digits, number words, and vague quantities with bounds.

const UNITS: Record<string, number> = {
  zero: 0, no: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

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
  'a handful of': { count: 3, min: 2, max: 5 },
  // "a double homicide", "a triple shooting": exact
  double: { count: 2, min: 2, max: 2 },
  triple: { count: 3, min: 3, max: 3 },
  quadruple: { count: 4, min: 4, max: 4 },
  quintuple: { count: 5, min: 5, max: 5 },
};

export const NUMBER_WORD_SOURCE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ](?:hundred|thousand)(?:(?: and)? (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)?';

/** Digits, number words or a vague quantity, as one regex source (no capturing groups). */
export const COUNT_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+ ?(?:-|–|to) ?\\d+\\b(?!-)|\\d+|${NUMBER_WORD_SOURCE}|a dozen|dozens|scores|hundreds|thousands|several|a few|a couple of|a handful of)`;

/** "at least 12", "more than 40": the qualifier and what it does to the bounds. */
export const QUALIFIER_SOURCE =
  '(?:at least|at most|more than|over|fewer than|less than|nearly|almost|about|around|approximately|roughly|some|up to|as many as|an estimated)';

const RANGE = /^(\d+) ?(?:-|–|to) ?(\d+)$/;

export interface ParsedCount {
  count: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
}

/** Value of a number written in words ("thirty-one", "two hundred"), or null. */
export function wordsToNumber(words: string): number | null {
  const parts = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) current += UNITS[part]!;
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
    // "1-2", "5 to 7": the lower bound is what the text guarantees
    const [, low, high] = RANGE.exec(text)!;
    count = Number(low);
    min = count;
    max = Number(high);
    if (max < count) return null;
    approximate = true;
  } else if (/^\d/.test(text)) count = Number(text.replace(/,/g, ''));
  else count = wordsToNumber(text);
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
    case 'another':
    case 'an additional':
    case 'the other':
      break;
    default:
      approximate = true;
  }
  return { count, min, max, approximate };
}
