// Hard-wrapped text (plain-text wire copy, press releases sent as e-mail) breaks its lines inside sentences: "a
// firefighter suffered a back\ninjury". The parser takes every line break for a sentence's end, so a phrase broken
// there is read as two sentences and no rule sees it whole. The parser reads the text with such breaks as spaces
// (same length, so every offset holds), and the casualty rules read their sentences so too; the context keeps the
// text as it is. A break is a wrap when the line ends in a lower-case letter, a comma or a semicolon and the next
// opens with a lower-case letter (not before a capital, which may open a list's line or a heading: "Dead: 3\nInjured:
// 5"; nor between digits, as the lines of a results table end and open: "69\n2.").

/** A line break inside a sentence of hard-wrapped text. */
export const WRAPPED_LINE_BREAK = /(?<=[\p{Ll},;])\n(?=\p{Ll})/gu;

/** The text with each wrapped line's break replaced by a space. */
export const withWrappedLinesJoined = (text: string): string =>
  text.includes('\n') ? text.replace(WRAPPED_LINE_BREAK, ' ') : text;
