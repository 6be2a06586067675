// A date counted from another ("the eve of the summit", "the following month") points to that date's fact.
// The extractor knows the span it counted from; the id exists only once the pipeline has numbered the facts.
import type { Refiner } from './types.js';

export const dateAnchors: Refiner = {
  name: 'date-anchors',
  refine(facts) {
    const idBySpan = new Map<string, string>();
    for (const f of facts) if (f.type === 'date') idBySpan.set(`${f.start}:${f.end}`, f.id);
    for (const f of facts) {
      if (f.type === 'date' && f.anchor && f.anchor.fact === null) f.anchor.fact = idBySpan.get(`${f.anchor.start}:${f.anchor.end}`) ?? null;
    }
    return facts;
  },
};
