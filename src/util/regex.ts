// Long patterns written over several lines: a line break and the indentation after it are dropped,
// nothing else, so a pattern reads as it matches. Parts may be interpolated, as strings or regexes.

type Part = string | RegExp;

/**
 * A regex from a template written over lines: rx('gi')`\b(?:one|two|
 *   three)\b` is /\b(?:one|two|three)\b/gi. Backslashes are kept as written (String.raw).
 */
export const rx =
  (flags = '') =>
  (strings: TemplateStringsArray, ...parts: Part[]): RegExp =>
    new RegExp(source(strings, ...parts), flags);

/** The same, as a source string to build larger patterns from. */
export function source(strings: TemplateStringsArray, ...parts: Part[]): string {
  const raw = strings.raw.map((s) => s.replace(/\n[ \t]*/g, ''));
  return String.raw({ raw }, ...parts.map((p) => (typeof p === 'string' ? p : p.source)));
}
