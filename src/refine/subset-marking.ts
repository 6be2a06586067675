// "ten civilians, including eight students": the eight are part of the ten, never added to it.
import type { Refiner } from './types.js';

export const subsetMarking: Refiner = {
  name: 'subset-marking',
  refine(facts, ctx) {
    const casualties = facts.filter((f) => f.type === 'casualty');
    for (const fact of casualties) {
      if (fact.reason !== 'including-subset') continue;
      const sentence = ctx.sentenceAt(fact.start);
      const whole = casualties
        .filter((c) => c !== fact && c.reason !== 'including-subset' && c.end <= fact.start && c.start >= sentence.start && c.kind === fact.kind)
        .at(-1);
      fact.subset_of = whole?.id ?? null;
    }
    return facts;
  },
};
