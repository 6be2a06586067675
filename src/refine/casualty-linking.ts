// Ties each casualty figure to the perpetrator, place and date its sentence gives,
// pointing at the organisation and date facts those came from.
import type { CasualtyFact, Fact } from '../facts/index.js';
import {
  ATTACKER_VICTIMS, attackerByPattern, attackerSubjectPattern, inComparisonAside, locationPattern, perpetratorPatterns,
} from '../facts/casualty/context-patterns.js';
import type { Refiner } from './types.js';
import { firstIndexAtLeast } from '../util/search.js';
import { rx } from '../util/regex.js';

/** A date value of month or day precision: "2025-05", "2025-05-04", "2025-05-04T21:30". */
const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/;

export const NOT_PLACES = rx('')`^(?:January|February|March|April|May|June|July|August|September|October|November|December|
  Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|Pakistan’s)$`;

export const casualtyLinking: Refiner = {
  name: 'casualty-linking',
  refine(facts, ctx) {
    const orgs = facts.filter((f) => f.type === 'organisation' || f.type === 'person');
    const dates = facts.filter((f) => f.type === 'date').sort((a, b) => a.start - b.start);
    const entityAt = mentionIndex(orgs);
    for (const fact of facts) {
      if (fact.type !== 'casualty') continue;
      const sentence = ctx.sentenceAt(fact.start);
      fact.perpetrator =
        findPerpetrator(sentence.text, sentence.start, entityAt) ?? findAttacker(fact, sentence.text, sentence.start);
      fact.location = findLocation(sentence.text, sentence.start, entityAt);
      const inSentence = datesWithin(dates, sentence.start, sentence.end);
      fact.date = findDate(fact, inSentence, sentence.start, sentence.end, sentence.text);
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

/**
 * Attackers named by a noun, not by a name ("gunmen", "a suicide bomber"): the agent after "by", else the subject of
 * an attack verb before the figure. `fact` is null: no organisation or person fact stands for them. The figure's own
 * victims are never its attackers ("two gunmen were killed").
 */
function findAttacker(fact: CasualtyFact, text: string, offset: number): CasualtyFact['perpetrator'] {
  if (ATTACKER_VICTIMS.test(fact.text)) return null;
  let found: CasualtyFact['perpetrator'] = null;
  for (const pattern of [attackerByPattern, attackerSubjectPattern]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m.groups!.name!;
      const start = offset + m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (start < fact.end && end > fact.start) continue;
      if (pattern === attackerByPattern) return { start, end, text: name, fact: null };
      // the subject nearest before the figure: "Gunman kills 4 ... A gunman killed four people"
      if (start < fact.start) found = { start, end, text: name, fact: null };
    }
  }
  return found;
}

function findLocation(text: string, offset: number, entityAt: (s: number, e: number) => Fact | undefined): CasualtyFact['location'] {
  locationPattern.lastIndex = 0;
  for (let m = locationPattern.exec(text); m; m = locationPattern.exec(text)) {
    // "in Tarvia's northern province": the owner is the place named
    const name = m.groups!.name!.replace(/[’']s?$/u, '');
    if (NOT_PLACES.test(name)) continue;
    const start = offset + m.index + m[0].indexOf(name);
    if (entityAt(start, start + name.length)) continue;
    return { start, end: start + name.length, text: name };
  }
  return null;
}

// a dateline opening the sentence, up to its dash: "KARSO, Tarvia (December 1) -", "HARWICK, Dec. 1 (Reuters) —"
export const DATELINE_HEAD = /^.{0,60}?\s(?:-{1,2}|–|—)\s/;

// a day that opens a span ("vigil since Monday", "have died since March 3", "since the cold snap started on May 2") is
// when it began, not when it happened
export const SPAN_OPENING_BEFORE =
  /\bsince (?:(?:the|a|an|its|their) (?:[\p{L}-]+ ){0,3}(?:began|started|broke out|struck) (?:on )?)?$/iu;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

function findDate(fact: CasualtyFact, dates: Fact[], from: number, to: number, text: string): CasualtyFact['date'] {
  const opensSpan = (d: Fact): boolean => d.type === 'date' && DAY_VALUE.test(d.value ?? '')
    && SPAN_OPENING_BEFORE.test(text.slice(Math.max(0, d.start - from - 60), d.start - from));
  let inSentence = dates.filter((d) => d.type === 'date' && d.start >= from && d.end <= to && !opensSpan(d));
  // the dateline's date is when the story was filed: another date in the sentence says when it happened
  const headEnd = from + (DATELINE_HEAD.exec(text)?.[0].length ?? 0);
  const afterHead = inSentence.filter((d) => d.start >= headEnd);
  if (headEnd > from && afterHead.some((d) => d.type === 'date' && d.value !== null && CALENDAR.test(d.value))) {
    inSentence = afterHead;
  }
  // a clause after a semicolon tells another thing: "A flood last year killed 90; on Sunday a storm hurt 6" (and a
  // date only in the other clause is not the figure's: "A fire killed six; a similar fire in 2009 killed 40")
  const clause = clauseAround(text, fact.start - from, fact.end - from);
  inSentence = inSentence.filter((d) => d.start >= from + clause[0] && d.end <= from + clause[1]);
  // nor is a date that opens the next clause ("… killed 15 fishermen, and in May last year a bus crash killed 22")
  // or one named in a comparison ("a rockfall in 2016, a mile from Friday's collapse, killed 40")
  const opensNextClause = (d: Fact): boolean => d.start >= fact.end
    && NEXT_CLAUSE_BEFORE.test(text.slice(fact.end - from, d.start - from));
  inSentence = inSentence.filter((d) => !opensNextClause(d)
    && !inComparisonAside(text, d.start - from, d.end - from, fact.start - from));
  // a date inside the event phrase ("the May bombing") beats any other in the sentence
  const event = fact.event;
  // otherwise the calendar date (day or month) nearest the figure beats a vague one ("now", "recently", "this year"):
  // a dateline's date opens the first sentence, but "on Saturday" by the figure is when it happened
  const calendar = inSentence.filter((d) => d.type === 'date' && d.value !== null && CALENDAR.test(d.value));
  const distance = (d: Fact): number => (d.end <= fact.start ? fact.start - d.end : Math.max(0, d.start - fact.end));
  // (a year that opens the figure's clause says when it happened, before a day named in a later clause: "In 1998 a
  // storm killed 12 in Kelby, and elders likened this week's flood to it")
  const yearOpening = inSentence.find((d) => d.type === 'date' && /^\d{4}$/.test(d.value ?? '') && d.end <= fact.start
    && /(?:^|[\s(])[Ii]n $/.test(text.slice(Math.max(0, d.start - from - 4), d.start - from))
    && /^,? [^,;:]{0,50}$/.test(text.slice(d.end - from, fact.start - from)));
  // (or one right after the figure: "where a silo fire killed 14 people in 2018, burned again on Friday")
  const yearAfter = inSentence.find((d) => d.type === 'date' && /^\d{4}$/.test(d.value ?? '') && d.start >= fact.end
    && /^ (?:in|during) $/.test(text.slice(fact.end - from, d.start - from)));
  const chosen =
    (event && inSentence.find((d) => d.start >= event.start - 5 && d.end <= event.end)) ?? yearOpening ?? yearAfter ??
    calendar.reduce<Fact | undefined>((best, d) => (!best || distance(d) < distance(best) ? d : best), undefined) ??
    inSentence[0];
  if (!chosen || chosen.type !== 'date') return null;
  return { start: chosen.start, end: chosen.end, text: chosen.text, fact: chosen.id, value: chosen.value };
}

// (the conjunction, then the date's preposition, right before it)
const NEXT_CLAUSE_BEFORE = /, (?:and|but|while|whereas) (?:(?:in|on|during|by|at|since|earlier|later) )?$/;

/** The bounds, within a sentence's text, of the clause between semicolons that holds [start, end). */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const after = text.indexOf(';', end);
  return [text.lastIndexOf(';', start) + 1, after < 0 ? text.length : after];
}

/**
 * The first entity (in fact order) with a mention overlapping [start, end): mentions sorted by start
 * with the furthest end so far, so a sentence asks in log time, not once per mention of the article.
 */
function mentionIndex(entities: Fact[]): (start: number, end: number) => Fact | undefined {
  const mentions: Array<{ start: number; end: number; rank: number }> = [];
  entities.forEach((e, rank) => {
    if (e.type === 'organisation' || e.type === 'person') for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, rank });
  });
  mentions.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const m of mentions) reach.push(Math.max(reach.at(-1) ?? -1, m.end));
  return (start, end) => {
    let best = Infinity;
    // every mention starting before `end`, walking back while one could still reach past `start`
    for (let k = firstFrom(mentions, end) - 1; k >= 0 && reach[k]! > start; k--) {
      const m = mentions[k]!;
      if (m.end > start && m.rank < best) best = m.rank;
    }
    return best === Infinity ? undefined : entities[best];
  };
}

/** The dates (sorted by start) that lie within [from, to]. */
function datesWithin(dates: Fact[], from: number, to: number): Fact[] {
  const out: Fact[] = [];
  for (let k = firstFrom(dates, from); k < dates.length && dates[k]!.start <= to; k++) if (dates[k]!.end <= to) out.push(dates[k]!);
  return out;
}

/** Index of the first item whose start is at least `position` (items sorted by start). */
function firstFrom(sorted: ReadonlyArray<{ start: number }>, position: number): number {
  return firstIndexAtLeast(sorted.length, (i) => sorted[i]!.start, position);
}
