// Ties each casualty figure to the perpetrator, place and date its sentence gives,
// pointing at the organisation and date facts those came from.
import type { CasualtyFact, Fact } from '../facts/index.js';
import { locationPattern, perpetratorPatterns } from '../facts/casualty/context-patterns.js';
import type { Refiner } from './types.js';

/** A date value of month or day precision: "2025-05", "2025-05-04", "2025-05-04T21:30". */
const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/;

const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|Pakistan’s)$/;

export const casualtyLinking: Refiner = {
  name: 'casualty-linking',
  refine(facts, ctx) {
    const orgs = facts.filter((f) => f.type === 'organisation' || f.type === 'person');
    const dates = facts.filter((f) => f.type === 'date');
    const entityAt = (start: number, end: number): Fact | undefined =>
      orgs.find((o) => (o.type === 'organisation' || o.type === 'person') && o.mentions.some((m) => m.start < end && m.end > start));
    for (const fact of facts) {
      if (fact.type !== 'casualty') continue;
      const sentence = ctx.sentenceAt(fact.start);
      fact.perpetrator = findPerpetrator(sentence.text, sentence.start, entityAt);
      fact.location = findLocation(sentence.text, sentence.start, entityAt);
      fact.date = findDate(fact, dates, sentence.start, sentence.end);
    }
    return facts;
  },
};

function findPerpetrator(text: string, offset: number, entityAt: (s: number, e: number) => Fact | undefined): CasualtyFact['perpetrator'] {
  for (const pattern of perpetratorPatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m.groups!.name!;
      const start = offset + m.index + m[0].indexOf(name);
      const entity = entityAt(start, start + name.length);
      // only a known organisation or person can be a perpetrator; "by the US" is not an attribution
      if (entity && entity.type === 'organisation') return { start, end: start + name.length, text: name, fact: entity.id };
    }
  }
  return null;
}

function findLocation(text: string, offset: number, entityAt: (s: number, e: number) => Fact | undefined): CasualtyFact['location'] {
  locationPattern.lastIndex = 0;
  for (let m = locationPattern.exec(text); m; m = locationPattern.exec(text)) {
    const name = m.groups!.name!;
    if (NOT_PLACES.test(name)) continue;
    const start = offset + m.index + m[0].indexOf(name);
    if (entityAt(start, start + name.length)) continue;
    return { start, end: start + name.length, text: name };
  }
  return null;
}

function findDate(fact: CasualtyFact, dates: Fact[], from: number, to: number): CasualtyFact['date'] {
  const inSentence = dates.filter((d) => d.type === 'date' && d.start >= from && d.end <= to);
  // a date inside the event phrase ("the May bombing") beats any other in the sentence
  const event = fact.event;
  // otherwise a calendar date (day or month) beats a vague one ("now", "recently", "this year")
  const chosen =
    (event && inSentence.find((d) => d.start >= event.start - 5 && d.end <= event.end)) ??
    inSentence.find((d) => d.type === 'date' && d.value !== null && CALENDAR.test(d.value)) ??
    inSentence[0];
  if (!chosen || chosen.type !== 'date') return null;
  return { start: chosen.start, end: chosen.end, text: chosen.text, fact: chosen.id, value: chosen.value };
}
