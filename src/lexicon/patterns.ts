// Building regexes from named parts: long patterns are written as lists, one entry a line or a few.

/** A non-capturing group of alternatives that are themselves pattern source ("spokes(?:man|woman)"). */
export const anyOf = (parts: readonly string[]): string => `(?:${parts.join('|')})`;

/** The same alternation with each word's first letter in either case, for words that may open a sentence:
 * "gunmen|(?:chief" → "[Gg]unmen|(?:[Cc]hief". */
export const eitherCaseFirst = (alternation: string): string =>
  alternation.replace(/(^|\(\?:|\|)([a-z])/g, (_m, lead: string, c: string) => `${lead}[${c.toUpperCase()}${c}]`);

/** A regex alternation of words, escaped, in the order given. */
export const alternation = (words: readonly string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
