// Matching policies a fact type's scoring picks from: exact spans, equal values, shared entity names.
import { normaliseName } from '../facts/names.js';
import type { ScoredItem, ScoredItems } from './score.js';

type Span = { text: string; start: number; end: number };

export const spanItem = (s: Span, extra: Partial<ScoredItem> = {}): ScoredItem => ({
  text: s.text,
  start: s.start,
  end: s.end,
  ...extra,
});

/** Exact spans, each counted once (a span two facts share is one prediction). */
export function matchSpans(predicted: ScoredItem[], expected: ScoredItem[]): ScoredItems {
  const key = (i: ScoredItem): string => `${i.start}:${i.end}`;
  const unique = (items: ScoredItem[]): Map<string, ScoredItem> => {
    const map = new Map<string, ScoredItem>();
    for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
    return map;
  };
  const p = unique(predicted);
  const g = unique(expected);
  return {
    matched: [...p].filter(([k]) => g.has(k)).map(([, i]) => i),
    spurious: [...p].filter(([k]) => !g.has(k)).map(([, i]) => i),
    missed: [...g].filter(([k]) => !p.has(k)).map(([, i]) => i),
  };
}

/** One to one on `value` (a multiset match). */
export function matchByValue(predicted: ScoredItem[], expected: ScoredItem[]): ScoredItems {
  const left = [...expected];
  const items: ScoredItems = { matched: [], missed: [], spurious: [] };
  for (const p of predicted) {
    const i = left.findIndex((g) => g.value === p.value);
    if (i >= 0) {
      left.splice(i, 1);
      items.matched.push(p);
    } else items.spurious.push(p);
  }
  items.missed = left;
  return items;
}

interface Entity { id: string; text: string; start: number; end: number; name: string; aliases?: string[] }

/** One to one on the normalised name or any alias in common. */
export function matchEntities(predicted: Entity[], expected: Array<{ name: string; aliases: string[] }>): ScoredItems {
  const namesOf = (e: { name: string; aliases?: string[] }): Set<string> =>
    new Set([e.name, ...(e.aliases ?? [])].map(normaliseName));
  const left = expected.map((e) => ({
    names: namesOf(e),
    item: { text: e.name, value: [e.name, ...e.aliases].join(' / ') } as ScoredItem,
  }));
  const items: ScoredItems = { matched: [], missed: [], spurious: [] };
  for (const fact of predicted) {
    const names = namesOf(fact);
    const value = [fact.name, ...(fact.aliases ?? [])].join(' / ');
    const item = spanItem(fact, { text: fact.name, value, fact: fact.id });
    const i = left.findIndex((g) => [...names].some((n) => g.names.has(n)));
    if (i >= 0) {
      left.splice(i, 1);
      items.matched.push(item);
    } else items.spurious.push(item);
  }
  items.missed = left.map((g) => g.item);
  return items;
}

/** Annotated mention spans of one type against every mention of that type's facts. */
export function matchMentions(
  facts: ReadonlyArray<{ id: string; name: string; mentions: readonly Span[] }>,
  gold: ReadonlyArray<{ type: string; text: string; start: number; end: number }>,
  type: string,
): ScoredItems {
  const predicted = facts.flatMap((f) => f.mentions.map((m) => spanItem(m, { value: f.name, fact: f.id })));
  return matchSpans(predicted, gold.filter((m) => m.type === type).map((m) => spanItem(m)));
}
