// A span claimed by an organisation is not also a person: 'Tehreek-e-Taliban Pakistan' is a group.
import type { Fact } from '../facts/index.js';
import type { Refiner } from './types.js';

export const entityOverlap: Refiner = {
  name: 'entity-overlap',
  refine(facts) {
    const orgSpans = facts.flatMap((f) => (f.type === 'organisation' ? f.mentions : []));
    const overlapsOrg = (s: number, e: number): boolean => orgSpans.some((m) => s < m.end && e > m.start);
    return facts.flatMap((fact): Fact[] => {
      if (fact.type !== 'person') return [fact];
      const mentions = fact.mentions.filter((m) => !overlapsOrg(m.start, m.end));
      if (mentions.length === 0) return [];
      const first = mentions[0]!;
      return [{ ...fact, mentions, start: first.start, end: first.end, text: first.text }];
    });
  },
};
