// A span claimed by an organisation is not also a person: 'Harkat-e-Azadi Front' is a group.
import type { Fact } from '../facts/index.js';
import { sentenceWindow } from '../facts/common.js';
import type { Refiner } from './types.js';
import { firstIndexAtLeast } from '../util/search.js';

export const entityOverlap: Refiner = {
  name: 'entity-overlap',
  refine(facts, ctx) {
    const orgSpans = facts.flatMap((f) => (f.type === 'organisation' ? f.mentions : [])).sort((a, b) => a.start - b.start);
    // mentions do not nest much: the longest org mention bounds how far back one can start
    const longest = orgSpans.reduce((n, m) => Math.max(n, m.end - m.start), 0);
    const overlapsOrg = (s: number, e: number): boolean => {
      const first = firstIndexAtLeast(orgSpans.length, (i) => orgSpans[i]!.start, s - longest);
      for (let i = first; i < orgSpans.length && orgSpans[i]!.start < e; i++) if (s < orgSpans[i]!.end) return true;
      return false;
    };
    return facts.flatMap((fact): Fact[] => {
      if (fact.type !== 'person') return [fact];
      const mentions = fact.mentions.filter((m) => !overlapsOrg(m.start, m.end));
      if (mentions.length === 0) return [];
      const first = mentions[0]!;
      if (first.start === fact.start && first.end === fact.end) return [{ ...fact, mentions }];
      // (the evidence sentence goes with the first mention left)
      const { start, end, text } = first;
      return [{ ...fact, mentions, start, end, text, ...sentenceWindow(ctx, start, end) }];
    });
  },
};
