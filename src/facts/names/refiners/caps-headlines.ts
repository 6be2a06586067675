// In an all-capitals line case says nothing: its words are names only where the article names them
// in mixed case ("SOCCER - SILVA'S LATE GOAL" → "SILVA", after "Silva scored").
import type { Context } from '../../../context.js';
import type { NameSpan } from '../../names.js';
import type { ClassifiedName } from '../types.js';
import type { Resolver } from './same-name.js';

// the longest run of words tried as one name
const MAX_WORDS = 4;

/** Headline words that the article names in mixed case, each with the class the article gave it. */
export function capsSubspans(ctx: Context, span: NameSpan, resolve: Resolver): ClassifiedName[] {
  const out: ClassifiedName[] = [];
  const toks = ctx.tokens;
  let k = span.first;
  while (k < span.last) {
    let found: ClassifiedName | null = null;
    for (let j = Math.min(span.last, k + MAX_WORDS); j > k && !found; j--) {
      const start = Math.max(span.start, toks[k]!.start);
      const end = Math.min(span.end, toks[j - 1]!.end);
      if (end <= start) continue;
      let text = ctx.text.slice(start, end);
      const poss = /[’'][sS]$/.exec(text);
      const e = poss ? end - 2 : end;
      text = ctx.text.slice(start, e);
      if (!/^\p{Lu}/u.test(text) || /[^\p{L}\s.'’&-]/u.test(text)) continue;
      const at = { first: k, last: j, start, end: e, text };
      const r = resolve({ ...span, ...at });
      if (r && r.cls !== 'other' && r.cls !== 'place') {
        // a link to a person named in full holds in a headline too
        const link = r.link ? { link: r.link } : {};
        found = { ...span, ...at, cls: r.cls, reason: `caps-${r.reason}`, confidence: r.confidence - 0.05, ...link };
      } else if (!found && j === k + 1) break;
    }
    if (found) {
      out.push(found);
      k = found.last;
    } else k++;
  }
  return out;
}
