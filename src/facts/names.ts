// Capitalised name spans over tokens: the candidates both the organisation and person
// extractors classify. A span is a run of capitalised words joined by spaces, hyphens or
// slashes, with lower-case name particles inside ("al-", "bin", "van der", "-e-", "ul-").
import type { Context, Token } from '../context.js';

// particles that may sit inside a name in lower case
const PARTICLES = new Set(['al', 'el', 'e', 'ul', 'ud', 'bin', 'bint', 'ibn', 'abu', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'von', 'of', 'y']);
// particles that may join a name but never end one
const CONNECTORS = new Set(['of', 'for', 'and', 'y', 'de', 'la', 'van', 'der', 'von', 'bin', 'al', 'el', 'e', 'ul', 'ud', 'abu', 'ibn', 'du', 'da', 'di', 'del', 'dos', 'den', 'le', 'bint']);

export interface NameSpan {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** a capitalised sentence-initial word that compromise does not tag as a name */
  weak?: boolean;
}

export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
// words join across one run of spaces, or a hyphen or slash, and never across a possessive
const joinable = (prev: Token, next: Token): boolean =>
  /^(?:[ \t]+|[-\u2010\u2011/])$/u.test(prev.post + next.pre) && !/[’']s$/u.test(prev.text);

/** Maximal runs of capitalised tokens (with inner particles) within one sentence. */
export function nameSpans(ctx: Context): NameSpan[] {
  const spans: NameSpan[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isCapitalised(token) || /^\d/.test(token.text)) {
      i++;
      continue;
    }
    // a sentence's first word is capitalised anyway: only a name if compromise thinks so
    const next = tokens[i + 1];
    if (isSentenceStart(tokens, i) && !looksLikeName(token) && next && next.sentence === token.sentence) {
      // kept apart, flagged weak: it can still be a known surname ("Harwell said")
      spans.push({ ...makeSpan(ctx, i, i + 1), weak: true });
      i++;
      continue;
    }
    let last = i + 1;
    let end = i + 1;
    while (last < tokens.length) {
      const prev = tokens[last - 1]!;
      const next = tokens[last]!;
      if (next.sentence !== token.sentence || !joinable(prev, next)) break;
      if (isCapitalised(next) || /^\d+$/.test(next.text) && /[-/]$/.test(prev.post + next.pre)) end = ++last;
      else if (PARTICLES.has(next.normal) || /^(?:al|el|ul|e)$/.test(next.text)) last++;
      else break;
    }
    // never end on a connector: "Army of" → "Army"
    while (end > i + 1 && CONNECTORS.has(tokens[end - 1]!.normal)) end--;
    spans.push(makeSpan(ctx, i, end));
    i = end;
  }
  return spans;
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const looksLikeName = (t: Token): boolean => NAME_TAGS.some((tag) => t.tags.has(tag));
const isSentenceStart = (tokens: Token[], i: number): boolean => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;

export function makeSpan(ctx: Context, first: number, last: number): NameSpan {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last - 1]!.end;
  return { first, last, start, end, text: ctx.text.slice(start, end) };
}

/** Normal form for comparing names: lower case, plain apostrophes and hyphens, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
