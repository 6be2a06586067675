// Building regexes from named parts: long patterns are written as lists, one entry a line or a few.

/** A non-capturing group of alternatives that are themselves pattern source ("spokes(?:man|woman)"). */
export const anyOf = (parts: readonly string[]): string => `(?:${parts.join('|')})`;
