// Article totals: each distinct casualty event once.
// - Figures are grouped into incidents. A figure whose event phrase carries its own date ("the April
//   hijacking", "the May bombing") starts or joins the incident of that date; any other figure belongs
//   to the incident the text is talking about at that point (the last one named).
// - Within an incident, repeated mentions do not add ("five people were killed ... the five victims"):
//   the largest figure stands; figures for further victims ("three others", "another") add to it; an
//   updated toll ("rose to 45") replaces what came before; subsets never add.
// - People shot or struck ("two men were shot") are injured, except those the text says died after it.
import type { CasualtyFact, DateFact, Fact } from '../facts/index.js';
import { z } from 'zod';
import { lastIndexAtMost } from '../util/search.js';
import { RANKS } from '../lexicon/numbers.js';
import { MONTH_NAMES } from '../lexicon/calendar.js';
import { anyOf } from '../lexicon/patterns.js';
import { rx } from '../util/regex.js';
import { ATTACKER_NOUN, ATTACKER_VICTIMS, INCLUDING_NEXT, KILLER_HIMSELF, NOT_AMONG, NOT_IN_THE_FIGURES_AFTER }
  from '../facts/casualty/context-patterns.js';
import { OF_THE_HURT_COUNTED, SMALL_NUMBER, TAKEN_TO_HOSPITAL } from '../facts/casualty/rule-parts.js';
import { numberOf } from '../facts/casualty/numbers.js';
import { HURT_PARTICIPLES, PART_OF_THE_HURT } from './subset-marking.js';
import { DATELINE_HEAD, NOT_PLACES, SPAN_OPENING_BEFORE } from './casualty-linking.js';

export const Totals = z.object({ killed: z.int().nonnegative(), injured: z.int().nonnegative() });
export type Totals = z.infer<typeof Totals>;

interface Incident {
  key: string | null;
  figures: CasualtyFact[];
}

/** Which sentence a figure is in: by default its sentence text; the pipeline gives exact sentence indexes. */
let sentenceOf: (f: CasualtyFact) => number | string = (f) => f.sentence;

/** How one casualty figure stands in the totals. */
export interface FigureInTotals {
  /** the incident (1, 2, … in text order) the figure was grouped into; null when it belongs to none
   * (a subset, an aggregate, background, a zero) */
  incident: number | null;
  /** how many of its `count` the totals add: its count, or fewer for people shot of whom some died
   * (those are among the killed), or 0 when it is left out (a repeat, a subset, background…) */
  counted: number;
  /** why it stands so: counted whole or in part, or the reason it is left out */
  note: TotalsNote;
}

/**
 * counted: adds its whole count; part: people shot or hit of whom some are among the killed;
 * repeat: a figure its incident already counts (a repeat, a smaller mention, a toll since updated);
 * subset: part of a larger figure; aggregate: a statistic over many events; background: an earlier
 * or other event than the article's (dated apart from it, a year's tally); zero: no one.
 */
export const TOTALS_NOTES = ['counted', 'part', 'repeat', 'subset', 'aggregate', 'background', 'zero'] as const;
export type TotalsNote = (typeof TOTALS_NOTES)[number];

/** The totals and, per casualty fact id, how it was counted: the counted parts add up to the totals. */
export interface TotalsDetail {
  totals: Totals;
  figures: Map<string, FigureInTotals>;
}

/**
 * @param sentenceIndex the sentence an offset lies in (the pipeline's parse); without it, figures in
 * the same sentence are those with the same `sentence` text, which holds for sentences of up to
 * SENTENCE_WINDOW characters
 */
export function computeTotals(
  facts: Fact[],
  sentenceIndex?: (offset: number) => number,
  published?: string | null,
): Totals {
  return totalsDetail(facts, sentenceIndex, published).totals;
}

/** @param published the article's publication date (ISO), which dates "the 2019 bombing" before its own events */
export function totalsDetail(
  facts: Fact[],
  sentenceIndex?: (offset: number) => number,
  published?: string | null,
): TotalsDetail {
  const saved = sentenceOf;
  if (sentenceIndex) sentenceOf = (f) => sentenceIndex(f.start);
  try {
    return detailOf(facts, published ?? null);
  } finally {
    sentenceOf = saved;
  }
}

function detailOf(facts: Fact[], published: string | null): TotalsDetail {
  const totals: Totals = { killed: 0, injured: 0 };
  const figures = new Map<string, FigureInTotals>();
  const kept = new Set(withoutBackground(facts, published));
  for (const f of facts) {
    if (f.type !== 'casualty') continue;
    const note: TotalsNote =
      f.count === 0 ? 'zero' : f.aggregate ? 'aggregate' : isSubset(f) ? 'subset' : kept.has(f) ? 'repeat' : 'background';
    figures.set(f.id, { incident: null, counted: 0, note });
  }
  groupIncidents([...kept]).forEach((incident, i) => {
    for (const f of incident.figures) figures.get(f.id)!.incident = i + 1;
    const t = incidentTotals(incident.figures);
    totals.killed += t.killed.total;
    totals.injured += t.injured.total;
    for (const part of [...t.killed.parts, ...t.injured.parts]) figures.get(part.id)!.counted += part.n;
  });
  // an article whose only figures are a tally ("over the weekend, 11 people were killed in shootings") tells of no one
  // incident: its first tally of each outcome is the total
  const onlyTallies = totals.killed === 0 && totals.injured === 0;
  for (const kind of onlyTallies ? (['killed', 'injured'] as const) : []) {
    const tally = facts.find((f): f is CasualtyFact =>
      f.type === 'casualty' && f.kind === kind && f.aggregate && f.count > 0 && !isSubset(f));
    if (!tally) continue;
    totals[kind] = tally.count;
    figures.get(tally.id)!.counted = tally.count;
  }
  for (const f of facts) {
    if (f.type !== 'casualty') continue;
    const figure = figures.get(f.id)!;
    if (figure.counted > 0) figure.note = figure.counted < f.count ? 'part' : 'counted';
  }
  return { totals, figures };
}

/** A figure on its way through the totals: merged statements keep the ids and counts they were made of. */
type Figure = CasualtyFact & { parts: Array<{ id: string; n: number }> };
const asFigure = (f: CasualtyFact): Figure => ({ ...f, parts: [{ id: f.id, n: f.count }] });

/** A chain's total and the parts of the figures it adds, which sum to it. */
interface Chained {
  total: number;
  parts: Array<{ id: string; n: number }>;
}

/** `value` of a figure spread over the parts it was made of (each at most its own count). */
function share(f: Figure, value: number): Array<{ id: string; n: number }> {
  let left = value;
  return f.parts.map((p) => {
    const n = Math.min(p.n, left);
    left -= n;
    return { id: p.id, n };
  });
}

// the months a season, quarter or half covers, first and last (0-based; winter runs into the next year)
const PART_MONTHS: Record<string, [number, number]> = {
  SP: [2, 4], SU: [5, 7], FA: [8, 10], WI: [11, 13], Q1: [0, 2], Q2: [3, 5], Q3: [6, 8], Q4: [9, 11], H1: [0, 5], H2: [6, 11],
};

/** The days a calendar date value covers ("2025-05" → all of May, "2025-WI" → December to February), or null. */
function dayRange(value: string | null | undefined): [number, number] | null {
  // an ISO week, or its weekend: "2026-W48" → Monday to Sunday, "2026-W48-WE" → Saturday and Sunday
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value ?? '');
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4) / 86_400_000;
    const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7;
    return week[3] ? [monday + 5, monday + 6] : [monday, monday + 6];
  }
  const part = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value ?? '');
  if (part) {
    const [from, to] = PART_MONTHS[part[2]!]!;
    return [Date.UTC(Number(part[1]), from, 1) / 86_400_000, Date.UTC(Number(part[1]), to + 1, 0) / 86_400_000];
  }
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(value ?? '');
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
  if (m[3]) {
    const day = Date.UTC(y, mo, Number(m[3])) / 86_400_000;
    return [day, day];
  }
  return [Date.UTC(y, mo, 1) / 86_400_000, Date.UTC(y, mo + 1, 0) / 86_400_000];
}

/** Days a sentence date may lie from the main incident's and still be about it (follow-ups, deaths days later). */
const SAME_INCIDENT_DAYS = 10;
/** A figure dated two days or more before the main incident is an earlier event: a night spans two days at most. */
const EARLIER_INCIDENT_DAYS = 1;
/** A month alone that ended this many days before the publication date is not the article's own event's. */
const MONTH_PAST_DAYS = 31;
// how long after its event a toll may be told
const TOLL_LAG_DAYS = 7;
/** A figure this large, dated by a year alone, counts a year's events rather than one incident. */
const YEAR_TALLY = 10;
const NAMED_YEAR = /\b(?:1[89]|20)\d\d\b/;
const MONTH = anyOf(MONTH_NAMES);
const MONTH_DAY = new RegExp(`^${MONTH} \\d{1,2}$`);
const BARE_MONTH = new RegExp(`^(?:[Ii]n )?${MONTH}$`);
const THIS_YEAR = /\b(?:this|the past) year\b/i;
/** A figure whose date is a year, a decade or a century alone ("2015", "197", "19"). */
const datedByYear = (f: CasualtyFact): boolean => /^\d{2,4}$/.test(f.date?.value ?? '');

// a figure's date told as the day it was said: "…, officials said on Wednesday"
const SAID_ON = /\b(?:said|says|announced|confirmed|reported)(?: on)? $/;
const saidOnTheDay = (f: CasualtyFact): boolean => !!f.date && f.date.start >= f.end
  && SAID_ON.test(f.sentence.slice(0, f.date.start - f.sentence_start));

/**
 * The main incident is the one the article opens with: the first figure that carries a calendar date
 * gives its date. A later figure whose sentence is dated well apart from it tells background: an earlier
 * shooting, a past case; so does an event phrase of its own dated before it ("a blast on June 3"; one dated
 * after it, "the May bombing", starts an incident of its own). Those figures do not add to the totals.
 */
function withoutBackground(facts: Fact[], published: string | null): Fact[] {
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const figures = facts.filter((f): f is CasualtyFact => f.type === 'casualty' && f.count > 0 && !f.aggregate).sort((a, b) => a.start - b.start);
  // (a stated zero of the article's own event is a figure not so dated too: "Tuesday's tremor caused no casualties")
  const zeros = facts.filter((f): f is CasualtyFact => f.type === 'casualty' && f.count === 0 && !f.aggregate);
  const others = (dated: (f: CasualtyFact) => boolean): boolean => figures.some((f) => !dated(f))
    || zeros.some((f) => !dated(f) && !datedByYear(f));
  const first = figures.find((f) => dayRange(f.date?.value) !== null);
  // (every date of that figure's sentence: "a man who was shot last week has died, police said Monday" tells of
  // last week's shooting as much as of Monday)
  const told = first ? laterToldBefore(facts, figures, first) ?? sentenceDays(facts, first) : undefined;
  // (a toll's day is when it was counted, days after the event may be: "the toll reached 12 by Sunday", of Thursday's
  // landslide)
  // (so is the day a figure was said on, its event days before may be: "six are now dead, the police told
  // reporters on Wednesday", of Monday's fire)
  const main: [number, number] | undefined =
    told && (first!.figure_role === 'toll' || saidOnTheDay(first!)) ? [told[0] - TOLL_LAG_DAYS, told[1]] : told;
  const background = new Set<CasualtyFact>();
  // a large figure whose sentence names only a whole year ("in 2015, 265 people were shot", "by this time
  // last year 130 had been shot"), or a decade or a century ("in the late 1970s"), is a tally over it, when the
  // article has figures not dated so
  // (without a publication date, "this year" has no value but is the same tally: "have killed 1,200 people this year")
  const yearOnly = (f: CasualtyFact): boolean => f.count >= YEAR_TALLY && ownDate(f) === null
    && (datedByYear(f) || !!f.date && f.date.value === null && THIS_YEAR.test(f.date.text));
  if (others(yearOnly)) for (const f of figures) if (yearOnly(f)) background.add(f);
  // without a publication date no date has a value, but "last year", "two months ago" still lie before the article's
  // own event, when another figure is not so dated
  if (others(pastPeriod)) for (const f of figures) if (pastPeriod(f)) background.add(f);
  // …and a figure dated by a named year, or a month of one, is an earlier event's: "In May 2019, 45 people died",
  // "the 2009 collapse of a mine, which killed 80" (the article's own event is told by days)
  // (with a publication date, one two calendar years or more before it, told before the figure: "In March 2019, a
  // crash killed 40" in a story of 2021, though it be the only dated figure)
  // (or right after it: "where a silo fire killed 14 people in 2018")
  const yearBeside = (f: CasualtyFact): boolean => f.date!.end <= f.start
    || f.date!.start >= f.end && /^ (?:in|during) $/.test(f.sentence.slice(f.end - f.sentence_start,
      f.date!.start - f.sentence_start));
  const inNamedYear = (f: CasualtyFact): boolean => !!f.date
    && /^\d{4}(?:-\d{2})?$/.test(f.date.value ?? '') && NAMED_YEAR.test(f.date.text)
    && (publishedYear === null || Number(f.date.value!.slice(0, 4)) <= publishedYear - 2 && yearBeside(f));
  if (others(inNamedYear)) for (const f of figures) if (inNamedYear(f)) background.add(f);
  // …and so is one dated by a month alone other than the month of the article's first date of a day, its dateline's:
  // "In October, a ferry fire killed 40" in a report from "April 3" (a later month is last year's)
  const reference = publishedYear === null ? facts.find((f) => f.type === 'date' && MONTH_DAY.test(f.text)) : undefined;
  const inOtherMonth = (f: CasualtyFact): boolean => !!reference && !!f.date && f.date.value === null
    && BARE_MONTH.test(f.date.text) && !reference.text.startsWith(f.date.text.replace(/^[Ii]n /, ''));
  if (others(inOtherMonth)) for (const f of figures) if (inOtherMonth(f)) background.add(f);
  // (with a publication date, a month alone that ended a month or more before it, told after a figure not so dated:
  // "killed two workers … a fire in June hurt nine" in a story of November; a story may open with an old event, a
  // trial's: "shot five in August" in October)
  const publishedDay = dayRange(published)?.[0];
  const monthsBefore = (f: CasualtyFact): boolean => publishedDay !== undefined && !!f.date
    && BARE_MONTH.test(f.date.text) && /^\d{4}-\d{2}$/.test(f.date.value ?? '')
    && dayRange(f.date.value)![1] < publishedDay - MONTH_PAST_DAYS;
  const toldAfterOthers = (f: CasualtyFact): boolean => monthsBefore(f)
    && figures.some((o) => o.start < f.start && !monthsBefore(o));
  for (const f of figures) if (toldAfterOthers(f)) background.add(f);
  // "Earlier this month, 19 people died when a dinghy sank …" after the article's event: its value (this month)
  // hides the "earlier"
  if (others(earlierPeriod)) for (const f of figures) if (earlierPeriod(f)) background.add(f);
  // "That winter's floods left 300 dead": a time named before, told back to ("a level last reached in 1998. That
  // winter…")
  if (others(toldBackTo)) for (const f of figures) if (toldBackTo(f)) background.add(f);
  // "In 2017, a coach fire on the same road killed five" after Monday's crash: a named year before the main incident's,
  // "in" it, before the figure (not "killed a farmer, 80, who had bought the land in 1980")
  const mainYear = first?.date?.value ? Number(first.date.value.slice(0, 4)) : null;
  const inEarlierYear = (f: CasualtyFact): boolean => mainYear !== null && !!f.date?.value
    && NAMED_YEAR.test(f.date.text)
    && /^\d{4}(?:-\d{2})?$/.test(f.date.value) && Number(f.date.value.slice(0, 4)) < mainYear && f.date.end <= f.start
    && /\b[Ii]n (?:\p{L}+ )?$/u.test(f.sentence.slice(0, f.date.start - f.sentence_start));
  for (const f of figures) if (inEarlierYear(f)) background.add(f);
  // "… since last year, when a cyclone killed 70": a clause "when" opens after a time before the article's is that
  // time's event
  for (const f of figures) if (whenOfAPastTime(f, publishedYear)) background.add(f);
  // "… the army said, a day after a roadside bomb killed two civilians": another event, dated before the one told
  if (others(afterAnother)) for (const f of figures) if (afterAnother(f)) background.add(f);
  if (others(toldAsAnother)) for (const f of figures) if (toldAsAnother(f)) background.add(f);
  // an event phrase that names an earlier year than the article's is a past event, on its own too: "the town marked
  // the anniversary of the 2004 pit disaster, which killed 41 miners"
  for (const f of figures) if (namesAnEarlierYear(f, publishedYear)) background.add(f);
  // "In 2019, a school collapsed, killing 20. Two years later, a tower fell, killing dozens": years after an earlier
  // event, told next, is another past event
  for (const f of figures) if (yearsLaterThan(f, figures, background)) background.add(f);
  if (!main) return background.size === 0 ? facts : facts.filter((f) => f.type !== 'casualty' || !background.has(f));
  const kept: CasualtyFact[] = [];
  for (const f of figures) {
    if (background.has(f)) continue;
    // "Since the rains began on June 2, floods have killed 140": a tally since a day well before the main incident
    const since = spanOpening(facts, f);
    if (since && since[1] < main[0] - EARLIER_INCIDENT_DAYS && others((o) => o === f)) {
      background.add(f);
      continue;
    }
    // an event phrase dated before the main incident is an earlier event ("a blast on June 3 killed 11", told after
    // Monday's bombing); one dated after it is an incident of its own
    const own = ownDate(f);
    if (own !== null) {
      const days = dayRange(own);
      if (days && days[1] < main[0] - EARLIER_INCIDENT_DAYS) background.add(f);
      continue;
    }
    const range = dayRange(f.date?.value);
    if (range && (range[1] < main[0] - EARLIER_INCIDENT_DAYS || range[0] > main[1] + SAME_INCIDENT_DAYS)) background.add(f);
    else if (range) kept.push(f);
  }
  // an undated repeat of a background figure ("left six injured ... left six people injured") is background
  // too, unless the main incident states the same figure
  const same = (a: CasualtyFact, b: CasualtyFact): boolean => a.kind === b.kind && a.count === b.count;
  for (const f of figures) {
    if (f.date?.value || ownDate(f) !== null || kept.some((k) => same(k, f))) continue;
    if ([...background].some((b) => b.end <= f.start && same(b, f))) background.add(f);
  }
  return facts.filter((f) => f.type !== 'casualty' || !background.has(f));
}

/**
 * The days of a calendar date told in the sentence just before an undated figure that comes before the first
 * dated one, when the first dated figure lies before it: "A tram derailed on Friday. Two passengers were killed …
 * Last week a bus crash killed three" is Friday's incident. (One dated after it may be the same incident's update:
 * "shot on Saturday … died on Tuesday".) A dateline's date says when the story was filed, not when it happened.
 */
function laterToldBefore(facts: Fact[], figures: CasualtyFact[], first: CasualtyFact): [number, number] | undefined {
  const dates = facts.filter((f): f is DateFact => f.type === 'date' && dayRange(f.value) !== null
    && f.start - f.sentence_start >= (DATELINE_HEAD.exec(f.sentence)?.[0].length ?? 0));
  const firstDays = dayRange(first.date?.value)!;
  // (a day told well after the first dated figure's is the main incident's; one next to it or before it, not)
  const laterDays = (told: DateFact): [number, number] | undefined => {
    const days = dayRange(told.value)!;
    return firstDays[1] < days[0] - EARLIER_INCIDENT_DAYS ? days : undefined;
  };
  for (const f of figures) {
    if (f.start >= first.start) break;
    const told = dates.filter((d) => d.sentence_start < f.sentence_start
      && f.sentence_start - (d.sentence_start + d.sentence.length) <= SENTENCE_GAP).at(-1);
    if (!told) continue;
    return laterDays(told);
  }
  // the opening figure undated, a date told after it of the same victim, before the first dated figure, is its
  // incident's: "A woman was shot on a canal path … At 4 p.m. Tuesday, the woman had stopped … On Sunday, a boy
  // was shot"
  const opening = figures[0];
  const head = /(\p{L}+)$/u.exec(opening?.victims ?? '')?.[1];
  if (!opening || opening === first || opening.date || !head) return undefined;
  const toldOf = new RegExp(`\\b[Tt]he ${head}\\b`, 'u');
  const told = dates.find((d) => d.sentence_start > opening.sentence_start && d.sentence_start < first.sentence_start
    && toldOf.test(d.sentence));
  return told ? laterDays(told) : undefined;
}
/** At most this much white space lies between one sentence and the next. */
const SENTENCE_GAP = 3;

/** The days from the earliest to the latest calendar date of the figure's sentence (its own date among them). */
/** The days of a date in the figure's sentence, before it, that opens a span: "since the storm struck on May 2". */
function spanOpening(facts: Fact[], figure: CasualtyFact): [number, number] | null {
  const opening = facts.find((d) => d.type === 'date' && d.start >= figure.sentence_start && d.end <= figure.start
    && SPAN_OPENING_BEFORE.test(figure.sentence.slice(Math.max(0, d.start - figure.sentence_start - 60),
      d.start - figure.sentence_start)));
  return opening?.type === 'date' ? dayRange(opening.value) : null;
}

function sentenceDays(facts: Fact[], figure: CasualtyFact): [number, number] {
  const end = figure.sentence_start + figure.sentence.length;
  const ranges = facts.flatMap((f) =>
    (f.type === 'date' && f.start >= figure.sentence_start && f.end <= end ? [dayRange(f.value)] : []));
  const widen = (m: [number, number], r: [number, number] | null): [number, number] =>
    (r ? [Math.min(m[0], r[0]), Math.max(m[1], r[1])] : m);
  return ranges.reduce(widen, dayRange(figure.date?.value)!);
}

// a period before the publication date's own: "last year", "the previous month", "two years ago"
const PAST_PERIOD = rx('i')`\b(?:(?:last|previous|past) (?:(?:fiscal|financial|calendar) )?(?:year|month)|
  (?:a|one|two|three|four|five|six|\d+) (?:years?|months?) ago)\b`;
/** A figure dated by a past period the article could not resolve (no publication date). */
const pastPeriod = (f: CasualtyFact): boolean => !!f.date && f.date.value === null && PAST_PERIOD.test(f.date.text);

// (a day or a night may be the article's own event's: "that night three people were shot")
const THAT_PERIOD = /\b[Tt]hat (?:year|summer|winter|spring|autumn|season|decade)\b/;
/** A figure in a sentence that tells of a period named before it ("That winter's floods left 300 dead"). */
// (or an event named before, told back to at the sentence's opening: "In that accident, 60 people died")
const THAT_EVENT_OPENING =
  /^(?:In|During) that (?:accident|disaster|crash|attack|fire|blast|sinking|collapse|storm|incident|tragedy|raid)\b/;
const toldBackTo = (f: CasualtyFact): boolean => THAT_PERIOD.test(f.sentence) || THAT_EVENT_OPENING.test(f.sentence);

const EARLIER_PERIOD = /^earlier (?:this|that|in the) (?:week|month|year)$/i;
const WHEN_OF_A_PAST_TIME =
  /\b(?:last year|in (?<year>(?:1[89]|20)\d\d)|(?:[\w-]+ )?(?:years|decades) ago),? when\b[^.;:!?]*$/i;
/** A figure in a "when" clause after a time before the article's: "the worst since 2019, when a cyclone killed 90". */
function whenOfAPastTime(f: CasualtyFact, publishedYear: number | null): boolean {
  const when = WHEN_OF_A_PAST_TIME.exec(f.sentence.slice(0, f.start - f.sentence_start));
  return !!when && (!when.groups!['year'] || publishedYear !== null && Number(when.groups!['year']) < publishedYear);
}
/** A figure dated earlier in the period of the article's own event ("earlier this month"). */
const earlierPeriod = (f: CasualtyFact): boolean => !!f.date && EARLIER_PERIOD.test(f.date.text);

// (a storm's name is one of its own: "a week after Storm Petra claimed four lives")
const NAMED_STORM = String.raw`(?:tropical )?(?:storm|hurricane|cyclone|typhoon) [a-z]+`;
// how long after another event the one told came, up to the figure: "a day after a roadside bomb", "six years after a
// similar quake", "11 months after a boy was killed", "two days after airstrikes killed 19" (an event of its own,
// introduced with "a", a bare plural or the figure itself;
// not the sentence's opening, "Three weeks after a gunman killed nine, …", which dates what the article is about)
const AFTER_ANOTHER = rx('i')`\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few) (?:days?|
  weeks?|months?|years?|decades?)|days|weeks|months|years|decades) (?:after|since) (?:(?:an?|[a-z]+s|${NAMED_STORM})\b
  (?:(?!\b(?:and|but|while|when)\b)[^,;:])*)?$`;
// (years after an event told by "the" are another's too: "eleven years after the Kelby mill collapse killed 40")
const YEARS_AFTER_THE =
  rx('i')`(?:\b[\w-]+ )?\b(?:years?|decades?) (?:after|since) the\b(?:(?!\b(?:and|but|while|when)\b)[^,;:])*$`;
const afterAnother = (f: CasualtyFact): boolean => {
  const before = f.sentence.slice(0, f.start - f.sentence_start);
  const m = AFTER_ANOTHER.exec(before) ?? YEARS_AFTER_THE.exec(before);
  return m !== null && m.index > 0;
};

// the figure's event told as another like it or before it: "a similar crash on that bend killed nine", "the two
// previous pile-ups killed 13", "last year's storms, which killed 40", "revived memories of the Kelby mill fire in
// 1998, which killed 48", "the third such crash after one last spring that hurt six"
// (and the figure told after one of them with "and": "which killed 48 people and injured about 150")
const WHICH_AND = String.raw`(?:, (?:which|that))?(?: [^,;:.!?]{1,40} and)?`;
const ANOTHER_LIKE_IT_BEFORE = rx('iu')`(?:\b(?:similar|previous|prior) [^,;:.!?]{0,50}(?:${WHICH_AND}|,)|
  \blast (?:year|month|week)['’]s [^,;:.!?]{0,40}${WHICH_AND}|
  \b(?:memories|memory|reminiscent|echoes) of [^,;:.!?]{0,80}${WHICH_AND}|
  \b(?:after|following) (?:one|another|an earlier [\p{L}-]+)(?: (?:in|on|at|last) [^,;:.!?]{1,40}?)?,? (?:which|that)) $`;
const toldAsAnother = (f: CasualtyFact): boolean =>
  ANOTHER_LIKE_IT_BEFORE.test(f.sentence.slice(0, f.start - f.sentence_start));

// a sentence that opens with years after the one before: "Two years later,", "A decade later,"
const YEARS_LATER_OPENING = /^(?:[A-Z][a-z]+(?:-[a-z]+)? |\d+ )(?:years?|decades?) later\b/;
/** An undated figure whose sentence opens years after the last figure before it, itself a past event's. */
function yearsLaterThan(f: CasualtyFact, figures: CasualtyFact[], background: Set<CasualtyFact>): boolean {
  if (f.date?.value || !YEARS_LATER_OPENING.test(f.sentence)) return false;
  const before = figures.filter((b) => b.sentence_start < f.sentence_start).at(-1);
  return before !== undefined && background.has(before);
}

/** An event phrase that carries a year alone, before the publication date's: "the 2004 pit disaster". */
function namesAnEarlierYear(f: CasualtyFact, publishedYear: number | null): boolean {
  const own = ownDate(f);
  return publishedYear !== null && own !== null && /^\d{4}$/.test(own) && Number(own) < publishedYear;
}

/** The date that an event phrase carries itself ("the May bombing"), as the incident's key. */
function ownDate(fact: CasualtyFact): string | null {
  const { event, date } = fact;
  if (!event || !date?.value) return null;
  return date.start >= event.start && date.end <= event.end ? date.value : null;
}

/** A figure that is part of a larger one ("including four teachers"): never added. */
const isSubset = (f: CasualtyFact): boolean => f.subset_of !== null || f.figure_role === 'part';

// "Separately, a roadside bomb killed a soldier", "In another attack, …", "In a separate attack in the Kelby district,
// …": a sentence that says it tells another incident (its opening phrase may say where or when)
const SEPARATE_INCIDENT = new RegExp(
  '^(?:separately|in (?:a |an )?(?:separate|another|unrelated|second) (?:\\w+ )?(?:attack|incident|shooting|stabbing|bombing'
  + '|strike|raid|ambush|explosion|blast|clash|crash|accident|case)|elsewhere)\\b[^,.;:]{0,60},', 'i',
);

export function groupIncidents(facts: Fact[]): Incident[] {
  const figures = facts
    .filter((f): f is CasualtyFact => f.type === 'casualty' && !isSubset(f) && f.count > 0 && !f.aggregate)
    .sort((a, b) => a.start - b.start);
  const incidents: Incident[] = [];
  let current: Incident | null = null;
  for (const figure of figures) {
    // a sentence that says it tells another incident is one of its own; the figures after it are the story's again
    if (SEPARATE_INCIDENT.test(figure.sentence)) {
      const key = `separate@${figure.sentence_start}`;
      const aside = incidents.find((i) => i.key === key);
      if (aside) aside.figures.push(figure);
      else incidents.push({ key, figures: [figure] });
      continue;
    }
    const key = ownDate(figure);
    if (key !== null) {
      const same: Incident | undefined = incidents.find((i) => i.key === key) ?? (current && current.key === null ? current : undefined);
      if (same) {
        same.key = key;
        current = same;
      } else {
        current = { key, figures: [] };
        incidents.push(current);
      }
    } else if (!current) {
      current = { key: null, figures: [] };
      incidents.push(current);
    }
    // a toll stated after an aside counts it too: "Separately, two soldiers were killed. … Fatalities coded as 9"
    if (figure.figure_role === 'toll') {
      for (const aside of incidents.filter((i) => i.key?.startsWith('separate@'))) {
        current.figures.push(...aside.figures);
        incidents.splice(incidents.indexOf(aside), 1);
      }
      current.figures.sort((a, b) => a.start - b.start);
    }
    current.figures.push(figure);
  }
  return incidents;
}

/** Coordinated figures ("a 21-year-old man and a 23-year-old man were killed") are one statement. */
function statements(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const previous = out.at(-1);
    if (previous && previous.figure_role === 'coordinated' && previous.end <= f.start && f.start - previous.end < 12) {
      out[out.length - 1] = { ...f, count: previous.count + f.count, figure_role: f.figure_role, parts: [...previous.parts, ...f.parts] };
    } else out.push(f);
  }
  return out;
}

// a figure told as what was reported before: "initial reports had put", "an earlier toll of", "was first given as",
// "initially told reporters", an article's correction ("An earlier edition of this page gave 25 injured")
// (a source may stand between: "an earlier newspaper report", "initial police figures")
const EARLIER_REPORT = rx('i')`\b(?:initial(?:ly)?|early|earlier|first|original(?:ly)?|previous(?:ly)?|
  preliminary) (?:(?:news(?:paper)?|media|press|police|official|government|hospital) )?(?:reports?|figures?|estimates?|
  tolls?|counts?|tallies|versions?|editions?)\b|\bhad (?:put|given|reported|said|estimated)\b|
  \b(?:earlier|initially|first|previously) (?:put|given|reported|said|told|announced|stated)\b`;

// what a count leaves out, told after it: "not counting the gunman", "a toll that does not include the bomber"
const LEFT_OUT_BEFORE = rx('i')`\b(?:not including|excluding|not counting|(?:does|did|do) not (?:include|count)|
  (?:doesn|didn|don)['’]t (?:include|count)) (?:the |a |an )?(?:[\w-]+ )?$`;

// a toll told as another source's lower one: "a council spokesman quoted a lower death toll of 12"
const LOWER_TOLL = /\blower (?:death |casualty )?(?:toll|figure|count|tally|estimate)\b/i;
// a toll the attacker's own death raised: "The gunman's death raised the number of dead to seven"
const ATTACKER_DEATH = new RegExp(`\\b${ATTACKER_NOUN}['’]s? deaths?\\b`, 'i');
// a larger figure told as not confirmed: "a website said 18 had died, a figure that could not yet be confirmed"
const UNCONFIRMED = rx('i')`\b(?:could|can|may) not (?:yet )?be (?:independently )?(?:confirmed|verified)\b|
  \bunconfirmed\b|\b(?:it|they) could not (?:independently )?(?:confirm|verify)\b`;

// a figure told as feared, not known: "Nine feared dead", "12 feared killed"
const FEARED = /\bfeared\b/i;
const NAMES_THE_DEAD = rx('i')`^(?:(?:the|those)(?: people| persons| men| women)? (?:dead|killed)|killed) (?:were|was|
  are|is|(?:have|has|had) been)\b`;
const UP_FROM = /\b(?:up|down) from (?:the |an? )?$/i;
const BUT_AFTER = /, but /;
// a figure told before, said to be wrong: "that figure was wrong", "denied the report", "corrected the number"
const FIGURE_NOUN = /(?:figure|number|toll|count|tally|estimate|report|reports|claim)/;
const REFUTED_BEFORE = rx('i')`\b(?:(?:that|the|this|those|these|such) ${FIGURE_NOUN} (?:was|were|is|are|had been) (?:
  wrong|incorrect|mistaken|inaccurate|false|exaggerated|untrue|an error)|(?:denied|disputed|rejected|corrected) (?:
  that|the|this|those|these|such) ${FIGURE_NOUN})\b`;
const CLAIMED_BEFORE = /\bclaim(?:ed|s|ing)?\b[^.;]{0,40}$/i;
const NOT_AMONG_THE = new RegExp(`\\bnot ${NOT_AMONG} the ([\\w,-]+)\\b`, 'i');
// a larger figure told as someone's claim: "a union claimed that nine had died", after the toll of seven
// (or as its teller's own count: "By our tally 12 died")
const OWN_COUNT = /\bby (?:our|their|its|his|her) (?:own )?(?:count|tally|reckoning|estimates?|figures?)\b,? $/i;
const CLAIMED_THAT = /\bclaim(?:ed|s|ing)?\b[^.;,]{0,40}?,? that (?:[\w'’-]+ ){0,3}$/i;
const CONFIRMED_AFTER = /^ (?:had|have|has) been (?:confirmed|verified)\b/i;
const BUT_SAID = /^[^.;]{0,60}, but [^.;]{0,60}\b(?:said|says|put|insisted|reported)\b[^.;]{0,40}$/i;
const BUT_CONFIRMED = rx('i')`^[^.;]{0,40}, but [^.;]{0,60}\b(?:verified|confirmed|officially|put the (?:toll|figure|
  number) at)\b[^.;]{0,20}$`;
// ("Witnesses spoke of 25 deaths, but the official toll from the ministry stood at 11")
const BUT_OFFICIAL = /^[^.;]{0,40}, but [^.;]{0,20}\bofficial (?:death )?(?:toll|figure|count|tally)\b[^.;]{0,60}$/i;
const TOLL_RAISED_BEFORE = rx('i')`\b(?:death toll|toll|tally|number of (?:dead|deaths|victims))\b[^.;]{0,20}\b
  (?:was|has been|had been) (?:raised|revised(?: up(?:wards?)?)?|increased|updated) from\b[^.;]{0,80}$`;
const NOT_YET_COUNTED = rx('i')`\b(?:(?:still|are|is) being (?:examined|investigated|verified)|not (?:yet )?(?:been )?confirmed|
  yet to be (?:confirmed|verified)|unconfirmed|(?:will|would) only be (?:added|counted)|
  (?:will|would) not be (?:added|counted|included)|(?:are|is) suspected of being (?:linked|related))\b`;

// a toll that went down: "revised the toll down to six", "lowered the figure", "corrected it to"
const REVISED_DOWN =
  /\b(?:revised?|revising|revises|corrected|correcting|lowered|lowering|reduced|reducing|cut)\b|\bdown to\b/i;

// one person told before, by a definite noun: "the deputy", "The driver"
const DEFINITE_ONE = /^the [\p{Ll}-]+$/iu;
const ORDINAL_VICTIM = new RegExp(`^(?:an?|the) (${Object.keys(RANKS).join('|')})\\b`, 'i');
/** "A ninth person has died": one death, stated as the toll it brings (extract reads its rank as the count). */
const isRankedToll = (f: CasualtyFact): boolean => f.figure_role === 'toll' && ORDINAL_VICTIM.test(f.victims ?? '');

/**
 * Repeated mentions stand for one figure; further victims ("three others", "the other") add to the
 * statement just before them when it counts the same outcome ("a man was killed and another injured":
 * the other is injured, not added to any injured figure); an updated toll replaces everything before it.
 */
function chain(figures: Figure[], all: Figure[], value: (f: Figure) => number = (f) => f.count): Chained {
  let total = 0;
  let last = 0;
  let tollBefore = 0;
  // the figures behind `last`, and behind `total` (the run that set it)
  let run: Chained['parts'] = [];
  let best: Chained['parts'] = [];
  // the victims' counts told so far, and whether an attacker's death was
  const victimCounts: number[] = [];
  let attackerTold = false;
  // the counts told as an earlier report's, set aside; and the earlier reports' tolls
  const earlierCounts: number[] = [];
  const earlierTolls = new Set<Figure>();
  let lastToll: Figure | undefined;
  const told = statements(figures);
  // ("A union said 40 miners had died, but the regulator said it had confirmed 17 deaths": a claim the
  // sentence then answers with a confirmed figure is set aside)
  // (or a side's claim the sentence answers with another's word: "The raiders claimed they killed 60 guards, but
  // the warden said two died")
  const answers = (f: Figure, g: Figure): boolean => {
    const between = f.sentence.slice(f.end - f.sentence_start, g.start - g.sentence_start);
    // (or the answer's own words confirm it: "…, but the coroner said only 12 deaths had been confirmed")
    return BUT_CONFIRMED.test(between) || BUT_OFFICIAL.test(between)
      || (CLAIMED_BEFORE.test(f.sentence.slice(0, f.start - f.sentence_start))
        || CONFIRMED_AFTER.test(g.sentence.slice(g.end - g.sentence_start))) && BUT_SAID.test(between);
  };
  // (only a figure a ", but" follows in its sentence is looked at: most are not)
  const answered = new Set(told.filter((f) => BUT_AFTER.test(f.sentence.slice(f.end - f.sentence_start))
    && told.some((g) => g.start > f.end && sentenceOf(g) === sentenceOf(f) && g.kind === f.kind && g.count < f.count
      && answers(f, g))
    // (or the next sentence says it was wrong and gives another: "…that 12 had drowned. The coastguard said the figure
    // was wrong, confirming ten deaths")
    || told.some((g) => g.start > f.end && sentenceOf(g) !== sentenceOf(f) && toldNear(f, g) && g.kind === f.kind
      && g.count !== f.count && REFUTED_BEFORE.test(g.sentence.slice(0, g.start - g.sentence_start)))));
  for (const f of told) {
    const v = value(f);
    if (answered.has(f)) continue;
    if (f.figure_role === 'toll') {
      // "Initial reports had put the number of dead at 19", after "31 were killed": an earlier report's figure; and a
      // toll lower than one told before is how it stood earlier ("a ninth person has died … the toll rose to eight by
      // Wednesday"), unless the text says it was revised down
      // (the earlier report said in its own words: "Initial reports said 30 had died, but the ministry later put the
      // toll at 21" tells the 21 as the later figure)
      // (larger or smaller: "16 were hurt. Police had earlier given the figure as 20")
      // (and another source's lower toll, a toll the attacker's death raised, a larger one no one could confirm)
      const said = ownClause(all, f);
      if (total > 0 && (EARLIER_REPORT.test(said) || LOWER_TOLL.test(said)) || ATTACKER_DEATH.test(said)
        || v < tollBefore && !REVISED_DOWN.test(f.sentence) || total > 0 && v > total && UNCONFIRMED.test(f.sentence)) {
        earlierTolls.add(f);
        continue;
      }
      total = last = tollBefore = v;
      best = run = share(f, v);
      lastToll = f;
    } else {
      // "A local website had earlier reported that nine had died", after "Six people were killed": what was
      // reported before the figure told (a smaller one stays the base of more told after it: "had earlier reported
      // six deaths; two more bodies were found"); and "Nine feared dead" (a headline's fear) where a figure is told
      // later
      const earlier = total > 0 && v > total && EARLIER_REPORT.test(ownClause(all, f));
      if (earlier) earlierCounts.push(v);
      const before = f.sentence.slice(0, f.start - f.sentence_start);
      // (the earlier report's figure told again, as others still give it: "Several sites still reported 12 deaths")
      if (earlier || total > 0 && v > total && (earlierCounts.includes(v) || UNCONFIRMED.test(f.sentence)
        || CLAIMED_THAT.test(before) || OWN_COUNT.test(before))
        || FEARED.test(f.text) && figures.some((o) => o.start > f.end && !FEARED.test(o.text))
        // (what the count stood at before: "has killed 31 people, up from the 24 reported on Friday"; and more
        // not yet counted: "nine more deaths are still being verified")
        || UP_FROM.test(before)
        || f.additional && NOT_YET_COUNTED.test(f.sentence)
        // ("The death toll was revised up from six once divers found two more bodies": the more are what raised the toll
        // told before)
        || f.additional && TOLL_RAISED_BEFORE.test(before)) continue;
      // ("Six were hurt, including a guard … The guard is recovering well. Three more were hurt": one told
      // before, told again by "the", is one of those counted, and what more add to is the count)
      // (an attacker's death is news of its own: "four guards were killed, not counting the gunman, who was shot")
      if (f.anaphoric && !f.additional && f.count === 1 && last > 1 && DEFINITE_ONE.test(f.victims ?? '')
        && !ATTACKER_VICTIMS.test(f.victims ?? '')) continue;
      // (only further victims look back to the statement before them)
      // (a part that adds, "20 of the attackers", "one of whom later died", adds to the last figure of its outcome)
      // (attackers killed are others than the victims told before them: "three hostages were killed, and six attackers
      // died"; not than attackers: "Seven militants were killed … Four militants were killed")
      // (one the police shot dead after the deed, in its sentence, is the attacker: "killing three people, before being
      // shot dead by police", "before he was shot dead by police")
      const shotByPolice = policeEndedIt(f, figures);
      // (one the figure before says it leaves out: "9 dead, not counting the gunman, who was shot dead")
      const leftOut = LEFT_OUT_BEFORE.test(before);
      // (attackers told by "the", two or more, are those of the deed, whose death is news when none was told: "left
      // 14 villagers dead, and the four attackers were shot dead"; one is as often the one told dead before)
      // (and the one attacker after a toll told as the victims': "bringing the number of victims to four. The
      // attacker was shot dead")
      const victimsToll = lastToll !== undefined && VICTIMS_TOLL.test(lastToll.sentence.slice(
        Math.max(0, lastToll.start - lastToll.sentence_start - 20), lastToll.end - lastToll.sentence_start));
      const attackers = shotByPolice || !f.additional && f.figure_role === 'figure'
        && (!f.anaphoric || leftOut || !attackerTold && (f.count > 1 || victimsToll))
        && ATTACKER_VICTIMS.test(f.victims ?? '');
      const rank = ORDINAL_VICTIM.exec(f.victims ?? '')?.[1]?.toLowerCase();
      // (the one attacker told dead again: "The gunman was later shot dead … It leaves out the gunman, who … died")
      if (attackers && attackerTold && f.count === 1 && rank === undefined) continue;
      // (and victims are others than an attacker whose death was told just before: "the attacker was shot dead after
      // stabbing three people, one of whom died later"; not the victims' count told again: "killing three people … The
      // gunman was later shot dead … 'The confirmed figure is three dead,' the mayor said"; nor one of the same
      // statement: "The gunman and four diners were killed")
      const lastOfOutcome = lastEndingBy(figures, f.start);
      const afterAttacker = !f.additional && !attackers && !ATTACKER_VICTIMS.test(f.victims ?? '')
        && lastOfOutcome !== undefined
        // (or one who killed himself, told before his victims: "A man killed himself after he shot dead his two
        // neighbours")
        && (ATTACKER_VICTIMS.test(lastOfOutcome.victims ?? '') || KILLER_HIMSELF.test(lastOfOutcome.victims ?? ''))
        && toldNear(lastOfOutcome, f) && !victimCounts.includes(v) && !f.parts.some((p) => p.id === lastOfOutcome.id);
      // (a figure of another place than the one before it of its outcome, in its sentence, is a further part of a
      // breakdown: "In Kelby four people died, in Tarvik three died")
      const elsewhere = !f.additional && !attackers && !afterAttacker ? toldOfAnotherPlace(lastOfOutcome, f) : undefined;
      const previous = afterAttacker ? lastOfOutcome : elsewhere ?? (!f.additional && !attackers ? undefined
        : f.figure_role === 'partitive' || toldAsMore(f) || respondersMore(f) ? lastOfOutcome
          : statementBefore(figures, all, f.start));
      // "the toll rose to 26 after two more victims died": the further victims are what the updated toll counts
      const raisesToll = previous?.figure_role === 'toll' && figures.includes(previous);
      if (raisesToll && sentenceOf(previous) === sentenceOf(f) && !leftOut) continue;
      // ("a further three died in a hospital, raising the toll to 12. 'We admitted 20; three of them did not survive'":
      // those of the hurt who died, told after a toll that hospital deaths as many raised, are those deaths)
      if (raisesToll && f.figure_role === 'partitive' && !attackers && diedInHospitalBefore(previous, f, figures)) {
        continue;
      }
      // "eight others were hurt ... eight other people injured": both count the others, once
      // "one died ... the other died": "the other" completes a pair, it adds only to a single victim
      // ("Three people were killed … a third person died in hospital": the third is one of the three)
      // (the killer who took his own life is one more whoever was listed before: "killed his wife and a neighbour, then
      // himself")
      const adds =
        previous !== undefined && figures.includes(previous)
        && (!attackers || !ATTACKER_VICTIMS.test(previous.victims ?? ''))
        // (attackers add to the run of victims however it was told: "killed three officers and a civilian; two
        // assailants were shot dead" is six)
        // (a hospital's intake, one of a breakdown, is a part more add to: "Kelby General took in six. Paramedics
        // treated another four")
        && (!previous.additional || attackers || listedAfter(previous, f) || KILLER_HIMSELF.test(f.victims ?? '')
          || afterAttacker && KILLER_HIMSELF.test(previous.victims ?? '')
          || previous.reason === 'hospital-admitted-count'
          || NOT_IN_THE_FIGURES_AFTER.test(f.sentence.slice(f.end - f.sentence_start))
          || alsoMore(previous, f) || elsewhere !== undefined || respondersAfterOthers(previous, f))
        && (!f.anaphoric || previous.count === 1 || shotByPolice || leftOut || attackers)
        // (a ranked attacker is ranked among attackers: "killing nine … a second attacker was shot dead" is ten)
        && !(rank !== undefined && f.count === 1 && previous.count >= RANKS[rank]!
          && ATTACKER_VICTIMS.test(f.victims ?? '') === ATTACKER_VICTIMS.test(previous.victims ?? ''));
      if (attackers || ATTACKER_VICTIMS.test(f.victims ?? '')) attackerTold = true;
      else victimCounts.push(v);
      // ("Officials had put the toll at seven earlier. Two more bodies were recovered": more than the earlier toll)
      // (victims told after an attacker's death add to that death, not to a run it was added to: "Blast kills five …
      // A bomber blew herself up, killing three guards and two drivers" is six)
      const fromEarlier = adds && (earlierTolls.has(previous) || afterAttacker);
      // (more told as others than a count named, add to that count: "Twenty were hurt … eight went to Kelby.
      // Two porters were injured later, and the pair were not among the 20")
      const notAmong = adds && !fromEarlier ? NOT_AMONG_THE.exec(f.sentence.slice(f.end - f.sentence_start)) : null;
      const named = notAmong ? told.find((g) => g.start < f.start && g.kind === f.kind && g.figure_role === 'figure'
        && value(g) === numberOf(notAmong[1]!)) : undefined;
      const base = fromEarlier ? previous : named;
      last = adds ? (base ? value(base) : last) + v : v;
      run = adds ? [...(base ? share(base, value(base)) : run), ...share(f, v)] : share(f, v);
      if (last > total) {
        total = last;
        best = run;
      }
    }
  }
  return { total, parts: best.filter((p) => p.n > 0) };
}

// "in Kelby", "In the Harlow district": where a figure of a breakdown by place was told (not a month's or a day's name)
const PLACE_IN = rx('g')`\b[Ii]n (?:the )?(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)`;
const PLACE_OPENS = /^In (?:the )?[A-Z]/;

/**
 * The place a figure was told of: "in Tarvik" after it in its clause ("six were killed and two hurt in Kelby,"), or
 * else the nearest before it in its sentence ("In Kelby four people died").
 */
function placeOf(f: Figure): string | null {
  const at = f.start - f.sentence_start;
  const end = f.end - f.sentence_start;
  let before: string | null = null;
  PLACE_IN.lastIndex = 0;
  for (let m = PLACE_IN.exec(f.sentence); m; m = PLACE_IN.exec(f.sentence)) {
    const name = m.groups!.name!;
    if (NOT_PLACES.test(name.split(' ')[0]!)) continue;
    if (m.index >= end) {
      const closes = /^\s*(?:[,;:.]|$)/.test(f.sentence.slice(m.index + m[0].length));
      return /[,;:.]/.test(f.sentence.slice(end, m.index)) || !closes && m.index > end + 1 ? before : name;
    }
    if (m.index + m[0].length <= at) before = name;
  }
  return before;
}

/**
 * The figure of the same outcome before `f` in its sentence, when each was told of a place of its own (places whose
 * names start apart: "in Hale County … in Pike County"; "Fatal shooting in Kelby Gallery: Fatal shooting in Kelby" is
 * a caption said twice).
 */
function toldOfAnotherPlace(previous: Figure | undefined, f: Figure): Figure | undefined {
  if (!previous) return undefined;
  // (or in the sentence just after, which opens with its place: "… and four in Upper Tarvik. In Kelby district, two
  // children drowned")
  const sameSentence = sentenceOf(previous) === sentenceOf(f) && previous.sentence_start === f.sentence_start;
  const nextSentence = f.sentence_start > previous.sentence_start
    && f.sentence_start - (previous.sentence_start + previous.sentence.length) <= 3 && PLACE_OPENS.test(f.sentence);
  if (!sameSentence && !nextSentence) return undefined;
  const [here, there] = [placeOf(f), placeOf(previous)];
  return here !== null && there !== null && here.split(' ')[0] !== there.split(' ')[0] ? previous : undefined;
}

/**
 * Whether `f` is told in the sentence of `before` or the next one ("the gunman was shot dead. He had killed three"); a
 * figure told paragraphs later is a statement of its own ("the strike killed six fighters … an elder said 11
 * villagers were dead").
 */
function toldNear(before: Figure, f: Figure): boolean {
  const [a, b] = [sentenceOf(before), sentenceOf(f)];
  if (typeof a === 'number' && typeof b === 'number') return b - a <= 1;
  return a === b || f.sentence_start - (before.sentence_start + before.sentence.length) <= SENTENCE_GAP;
}

/** The words of a figure's sentence from the end of the figure before it in the sentence (or the start) to its end. */
function ownClause(all: Figure[], f: Figure): string {
  return f.sentence.slice(Math.max(0, clauseStart(all, f)), f.end - f.sentence_start);
}

/**
 * Where a figure's own clause starts in its sentence: after the figure before it there, or where that one's starts
 * when the two are joined by "and" ("police had said two were dead and seven hurt": one report's figures).
 */
function clauseStart(all: Figure[], f: Figure): number {
  // (or where another clause opens before it: "Officials had given no figure, but the clinic counted 41 wounded")
  let opened = 0;
  for (const m of f.sentence.slice(0, f.start - f.sentence_start).matchAll(CLAUSE_OPENS)) opened = m.index + m[0].length;
  const before = lastEndingBy(all, f.start);
  if (!before || sentenceOf(before) !== sentenceOf(f)) return opened;
  const between = f.sentence.slice(before.end - f.sentence_start, f.start - f.sentence_start);
  return Math.max(opened, /^,? and $/.test(between) ? clauseStart(all, before) : before.end - f.sentence_start);
}
const CLAUSE_OPENS = /; |, (?:while|whereas|but) /g;

/**
 * "41 others were injured. … A police officer who joined the rescue was also hurt": "also" says the officer is one
 * more after the others (the same figure of others twice, "eight others … also eight other people", is one); so does
 * "more" ("a guard was hurt … Two more were taken to hospital")
 */
const alsoMore = (previous: Figure, f: Figure): boolean => f.count !== previous.count
  && (/\balso\b|\bmore\b(?! than)/i.test(f.text) || f.additional && ADDED_OPENING.test(f.sentence)
    && sentenceOf(f) !== sentenceOf(previous));
// a sentence that opens by saying its figure is one more: "In addition, medics treated six people"
const ADDED_OPENING = /^(?:In addition|Additionally|Besides|On top of|Apart from)\b/;

/**
 * "Two died … Six were injured. Officials said three further deaths were linked to it": more dead told with "further"
 * or "more" add to the last figure of the dead, whatever the hurt told between.
 */
// (the dead only: more hurt told after the dead may be more of the hurt told with them, GVA check injured 84.4 → 83.6)
const toldAsMore = (f: Figure): boolean => f.kind === 'killed' && f.additional && f.figure_role === 'figure'
  && FURTHER_OR_MORE.test(f.text);
const FURTHER_OR_MORE = /\b(?:further|more)\b(?! than)/i;
/** Responders hurt, told as more than the hurt before them, add to those whatever dead were told between. */
const respondersMore = (f: Figure): boolean => f.kind === 'injured' && f.additional && f.figure_role === 'figure'
  && RESPONDER_HEAD.test(victimHead(f));

/** "killed a teacher, his wife and their three daughters": the next member of a list of victims, right after the last */
function listedAfter(previous: Figure, f: Figure): boolean {
  if (sentenceOf(previous) !== sentenceOf(f) || f.sentence_start !== previous.sentence_start) return false;
  const gap = f.sentence.slice(previous.end - f.sentence_start, f.start - f.sentence_start);
  return /^(?:,? and |, )$/.test(gap);
}

/**
 * The figure just before `position`; those of the other outcome told in the same sentence as the last figure of this
 * outcome, or as parts of a figure ("twelve of the injured"), are no statement of their own ("killing 14 and wounding
 * 30 others. … A police officer was also killed": the officer adds to the 14).
 */
const AMONG_THEM = /\b(?:been |was |were )?among (?:the|those|them)\b|\b(?:they|these|those) (?:included|include)\b/i;
function statementBefore(figures: Figure[], all: Figure[], position: number): Figure | undefined {
  const previous = lastEndingBy(all, position);
  if (previous === undefined || figures.includes(previous)) return previous;
  const sameOutcome = lastEndingBy(figures, position);
  if (!sameOutcome) return previous;
  // the other outcome's figures since: part of the same statement, or parts of what was stated ("twelve of the injured"),
  // or a group told before told again ("The 30 include the two who have since died"; not one person: "shot her")
  const between = all.filter((o) => o.start >= sameOutcome.end && o.end <= position);
  // (or one of the group told back: "A porter who died on Friday was among them", "These included a cook who died")
  const asides = between.every((o) => sentenceOf(o) === sentenceOf(sameOutcome) || o.figure_role === 'partitive'
    || o.anaphoric && o.count > 1 || (o.anaphoric || o.count === 1) && AMONG_THEM.test(o.sentence));
  return asides ? sameOutcome : previous;
}

/**
 * "two people were shot and two others were grazed": further people hit, told in the same sentence right
 * after people hit, are one figure of people hit (the dead are then taken from the whole).
 */
function joinHits(harmed: Figure[], all: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of harmed) {
    const previous = out.at(-1);
    const justBefore = lastEndingBy(all, f.start);
    const sameSentenceHit = previous?.hit && !previous.additional && sentenceOf(previous) === sentenceOf(f);
    if (f.hit && f.additional && !f.anaphoric && previous && previous === justBefore && sameSentenceHit) {
      out[out.length - 1] = { ...previous, count: previous.count + f.count, end: f.end, parts: [...previous.parts, ...f.parts] };
    } else out.push(f);
  }
  return out;
}

const AGE = /\b(\d{1,3})[- ]years?[- ]old\b/i;

/**
 * A single victim whose age differs from every single victim of the same outcome told before is
 * another person ("left a 1-year-old wounded ... a 25-year-old man had been shot"): it adds.
 */
function distinctAges(figures: Figure[]): Figure[] {
  const seen = new Map<string, Set<string>>();
  return figures.map((f) => {
    const age = f.count === 1 && !f.anaphoric ? AGE.exec(f.victims ?? '')?.[1] : undefined;
    if (!age) return f;
    const ages = seen.get(f.kind) ?? new Set<string>();
    seen.set(f.kind, ages);
    const other = ages.size > 0 && !ages.has(age);
    ages.add(age);
    return other && !f.additional ? { ...f, additional: true } : f;
  });
}

// nouns that may take in any victim named beside them: "two people were hurt and a woman was taken to hospital"
const ANY_VICTIM =
  /^(?:people|persons?|victims?|others?|individuals?|child(?:ren)?|kids?|minors?|adults?|youths?|casualties)$/;
// a common noun for a kind of person (no name, no age, no pronoun: "DeMaree", "8-year-old", "himself")
// ("passers-by" too)
const KIND_OF_PERSON = /^(?!(?:him|her|them|it)(?:sel(?:f|ves))?$|he$|she$|they$)[a-z][a-z-]{2,}$/;
/** A head noun that names one kind of person, no one in general ("firefighter", not "people" or "him"). */
const aKindOfPerson = (head: string): boolean => KIND_OF_PERSON.test(head) && !ANY_VICTIM.test(head);
/** The victims without what follows their noun: "a man from Dover" → "a man". */
const victimPhrase = (f: CasualtyFact): string =>
  (f.victims ?? '').toLowerCase().replace(/ (?:of|from|in|at) .*$/, '');
/** The victims' head noun, singular: "his wife" → "wife", "Three firefighters" → "firefighter". */
// ("two rescue workers" are rescuers, as "firefighters" are)
const victimHead = (f: CasualtyFact): string =>
  victimPhrase(f).replace(/ (?:on|with)\b.*$/, '').replace(/\b(?:rescue|emergency|search|relief) workers?$/, 'rescuer')
    .split(' ').at(-1)!.replace(/(?<=[a-z]{3})s$/, '');

/**
 * A figure told in the same sentence as one of the same outcome, after it, whose victims are another kind of person is
 * more victims ("a man was shot and a woman was wounded", "an officer was injured … had hurt two pharmacy staff"); not
 * where either noun may take in the other ("two people were hurt and a woman …").
 */
function distinctVictims(figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    if (f.additional || f.anaphoric || f.figure_role !== 'figure' || !f.victims) return f;
    // (groups of several, when "and" joins their clauses: "Four paramedics were hurt, the ambulance service said, and
    // 15 fans were treated")
    if (f.count > 1) return otherGroupAfterAnd(figures, i) ? { ...f, additional: true } : f;
    const head = victimHead(f);
    // (the figures of its sentence before it: walked back, the figures being in text order)
    const before: Figure[] = [];
    for (let k = i - 1; k >= 0 && sentenceOf(figures[k]!) === sentenceOf(f); k--) {
      if (figures[k]!.kind === f.kind && figures[k]!.end <= f.start) before.push(figures[k]!);
    }
    const other = aKindOfPerson(head) && before.length > 0 && before.every((g) => {
      const h = victimHead(g);
      return g.count === 1 && h !== head && aKindOfPerson(h);
    });
    return other ? { ...f, additional: true } : f;
  });
}

// a vague plural's count by convention ("dozens" is 24), and the least an exact figure it yields to must be
const VAGUE_PLURAL = /\b(dozens|scores|hundreds|thousands)\b/i;
const VAGUE_PLURAL_LEAST: Readonly<Record<string, number>> = { dozens: 13, scores: 21, hundreds: 100, thousands: 1000 };

/**
 * A vague plural yields to an exact figure of its outcome told after it, as many as the word allows at least: "Two
 * dead, dozens hurt … 23 others were taken to hospital" (not a part of them: "dozens were hurt, 5 of them badly").
 */
function exactFiguresFirst(figures: Figure[]): Figure[] {
  return figures.filter((f) => {
    const word = VAGUE_PLURAL.exec(f.text)?.[1]?.toLowerCase();
    return !word || !figures.some((o) => o.kind === f.kind && o.start > f.end && !VAGUE_PLURAL.test(o.text)
      && !isSubset(o) && o.figure_role !== 'partitive' && o.count >= VAGUE_PLURAL_LEAST[word]!);
  });
}

// those who came to help: "firefighter", "police officer", "rescuer" (the victims' head, singular)
const RESPONDER_HEAD = new RegExp(`^${anyOf(['firefighter', 'fireman', 'officer', 'policeman', 'policewoman',
  'constable', 'paramedic', 'medic', 'rescuer', 'searcher', 'volunteer', 'lifeguard', 'diver', 'soldier'])}$`);

// responders hurt at their work, after the event: "during the search", "while tackling the blaze"
const WHILE_HELPING = new RegExp(String.raw`\b(?:during|in) the (?:[a-z]+ )?(?:rescue|search|operation|recovery` +
  String.raw`|clean-?up|firefight)\b` +
  String.raw`|\bwhile (?:searching|fighting|tackling|rescuing|helping|carrying|clearing|digging)\b` +
  // (or what they went in to do: "who went back into the mill to search for trapped staff")
  String.raw`|\bto (?:search for|look for|rescue|free|reach) (?:trapped|missing|injured|stranded|the)\b` +
  // (or who stopped the attacker: "a constable who disarmed the gunman was grazed")
  String.raw`|\bwho (?:tackled|confronted|disarmed|chased|restrained|subdued) (?:the|an?) ` +
  String.raw`(?:attacker|assailant|gunman|knifeman|man|suspect)\b`, 'i');

/**
 * Responders hurt or killed, told after victims of another kind of the same outcome and first of their kind, are more
 * victims: "Nine workers were treated in hospital … a second explosion hurt two firefighters" (not a part of the
 * victims, "three of them", "among those hurt"; nor of victims counted as a whole, "the 20 hurt … a firefighter who
 * was burned"; and once responders were told, a responder told after is one of them: "one firefighter broke an arm").
 */
function respondersBesides(figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    if (f.additional || f.anaphoric || f.figure_role !== 'figure' || !RESPONDER_HEAD.test(victimHead(f))
      || /\bamong\b/i.test(f.text)) return f;
    const before = figures.slice(0, i).filter((g) => g.kind === f.kind && g.count > 0);
    const inTheRescue = WHILE_HELPING.test(f.sentence);
    const othersOnly = before.length > 0 && before.every((g) => {
      const head = victimHead(g);
      // (a part of a group: "Six climbers were found. Four of them had frostbite"; or others than the dead: "Two
      // workers were killed and 23 others were taken to hospital")
      // (any victims, when the responders were hurt helping: "injuring 12 … a firefighter was hurt during the search")
      return !RESPONDER_HEAD.test(head)
        && (inTheRescue || aKindOfPerson(head) || g.figure_role === 'partitive' || head === 'other' && g.additional);
    }) && (sentenceOf(before.at(-1)!) !== sentenceOf(f)
      // (or in its own clause after "and": "Three cyclists had cuts seen to, and a paramedic was injured")
      || /^(?: [^,;:.]{1,40})?,? and $/.test(f.sentence.slice(before.at(-1)!.end - f.sentence_start,
        f.start - f.sentence_start)));
    return othersOnly ? { ...f, additional: true } : f;
  });
}

// treated where they were hurt: "treated on site by paramedics", "treated at the spot"
const TREATED_AT_THE_SCENE = /\btreated (?:[\w-]+ ){0,3}?(?:at the scene|on site|on the spot|at the site)\b/i;
const HOSPITALISED = /\bhospitali[sz]ed\b/i;

/**
 * The hurt seen to on site, told after people taken to hospital, are others than them: "58 had been hospitalised …
 * three lifeguards were cut and treated on site".
 */
function treatedAtTheSceneBesides(figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    if (f.kind !== 'injured' || f.additional || f.anaphoric || f.figure_role !== 'figure') return f;
    const own = f.sentence.slice(f.start - f.sentence_start, f.end - f.sentence_start + 60);
    if (!TREATED_AT_THE_SCENE.test(own) || /\bhospital/i.test(own)) return f;
    const told = figures.slice(0, i).filter((g) => g.kind === f.kind && g.end <= f.start);
    const before = told.at(-1);
    // (not after a part of the hurt told before: "three were injured … Two men were taken to hospital … two women were
    // treated on site")
    return before && before.figure_role === 'figure' && !before.additional && takenAway(before)
      && !told.some((g) => g.count > before.count) ? { ...f, additional: true } : f;
  });
}

/** Responders made more victims (respondersBesides) add to others told before them too: "19 others … three
 * firefighters". */
const respondersAfterOthers = (previous: Figure, f: Figure): boolean => f.additional
  && RESPONDER_HEAD.test(victimHead(f)) && !RESPONDER_HEAD.test(victimHead(previous));

/**
 * A group of several after the one before it of the same outcome in its sentence, another kind of person, with "and"
 * between.
 */
function otherGroupAfterAnd(figures: Figure[], i: number): boolean {
  const f = figures[i]!;
  const head = victimHead(f);
  let k = i - 1;
  while (k >= 0 && figures[k]!.kind !== f.kind) k--;
  const g = figures[k];
  if (!g || sentenceOf(g) !== sentenceOf(f) || g.count < 2 || g.anaphoric || g.figure_role !== 'figure' || !g.victims) {
    return false;
  }
  const h = victimHead(g);
  const gap = f.sentence.slice(g.end - f.sentence_start, f.start - f.sentence_start);
  return h !== head && aKindOfPerson(h) && aKindOfPerson(head) && /(?:^|,| )and $/.test(gap)
    && !figures.slice(k + 1, i).some((o) => sentenceOf(o) === sentenceOf(f));
}

const GRAZED = /\bgraze/i;
const BESIDES = /\b(?:besides|apart from|aside from|in addition to|as well as) $/i;
/** The dead told, in the figure's sentence before it, as others than the figure's: "Apart from the two dead, 19 …". */
const toldBesides = (k: CasualtyFact, f: CasualtyFact): boolean => k.sentence_start === f.sentence_start
  && k.end <= f.start && BESIDES.test(k.sentence.slice(0, k.start - k.sentence_start));
const FURTHER = /^(?:a further|further|another) /i;
const COUNT_MORE = /\b[\w-]+ more\b(?! than)/i;
const AT_THE_SCENE = /^ (?:at the scene|on the spot|at the site|instantly)\b/i;
const diedAtTheScene = (k: CasualtyFact): boolean => AT_THE_SCENE.test(k.sentence.slice(k.end - k.sentence_start));
const TAKEN_AWAY = new RegExp(`\\b(?:${TAKEN_TO_HOSPITAL})\\b`, 'i');
/** People taken or admitted to hospital, whom the totals read as people hit. */
const takenAway = (f: CasualtyFact): boolean => TAKEN_AWAY.test(f.text) || HOSPITALISED.test(f.text);
const BODIES = /\bbod(?:y|ies)\b/i;
// "was shot dead by police", "killed by officers": whom the police killed
const BY_POLICE =
  /^ (?:by|by armed) (?:police|officers|an officer|a police officer|troopers|a trooper|deputies|a deputy)\b/i;
const killedByPolice = (k: CasualtyFact): boolean =>
  k.count === 1 && BY_POLICE.test(k.sentence.slice(k.end - k.sentence_start, k.end - k.sentence_start + 30));

const AFTER_THE_DEED = /\b(?:before|until) (?:being|(?:he|she) was) (?:shot dead|shot and killed|killed)$/i;
/** A death by police told after the deed of the figure before it in its sentence (one of the same outcome). */
function policeEndedIt(f: Figure, figures: readonly Figure[]): boolean {
  if (f.kind !== 'killed' || !killedByPolice(f)) return false;
  const deed = lastEndingBy(figures, f.start);
  if (!deed || sentenceOf(deed) !== sentenceOf(f) || killedByPolice(deed)) return false;
  return AFTER_THE_DEED.test(f.sentence.slice(0, f.end - f.sentence_start));
}

function incidentTotals(incidentFigures: CasualtyFact[]): { killed: Chained; injured: Chained } {
  const figures = treatedAtTheSceneBesides(respondersBesides(distinctVictims(distinctAges(exactFiguresFirst(
    incidentFigures.map(asFigure))))));
  const killedFigures = figures.filter((f) => f.kind === 'killed');
  const killedChain = chain(killedFigures, figures);
  const killed = killedChain.total;
  // a victim described the same way as one who died is that person, hurt before dying
  // ("the blast killed a 16-year-old ... the blast critically injured a 16-year-old")
  // (in another sentence: "a man was killed and a man was hurt" are two)
  const sameVictim = (f: Figure): boolean =>
    f.count === 1 &&
    !!f.victims &&
    !f.additional &&
    killedFigures.some((k) =>
      k.count === 1 && k.victims && sentenceOf(k) !== sentenceOf(f) && victimPhrase(k) === victimPhrase(f));
  const harmed = joinHits(figures.filter((f) => f.kind === 'injured' && !sameVictim(f)), figures);
  const hurt = figures.filter((f) => f.kind === 'injured');
  // (a killer who took his own life is none of those he shot: "shot three people, killing one, then turned the gun on
  // himself" leaves two hurt)
  // (nor is an attacker shot dead: "the attacker was shot dead after stabbing two people" leaves two hurt)
  // (nor one the police shot dead: "A man was shot dead by police after he stabbed an officer" leaves the officer hurt)
  const victimsKilled = killedFigures.filter((k) =>
    !KILLER_HIMSELF.test(k.victims ?? '') && !ATTACKER_VICTIMS.test(k.victims ?? '') && !killedByPolice(k));
  const killedOfThem = victimsKilled.length === killedFigures.length ? killed : chain(victimsKilled, figures).total;
  // people shot or struck are injured, minus those the text says died: deaths told after the
  // shooting or about people already named; "he was shot" names someone already counted, so all
  // deaths may be among them; "three other people were also shot" are others than the dead
  const survivors = (f: Figure): number => {
    // ("five were injured … one of the injured later died": those of the hurt who died are among the dead only)
    // (a graze is a wound no one dies of: "a deputy was grazed by gunfire" is hurt, whoever dies after)
    if (!f.hit || f.additional || GRAZED.test(f.text)) return Math.max(0, f.count - diedOfThem(f, killedFigures, hurt));
    // ("29 were taken to hospital, including the two who later died": the dead named among them are the dead of them)
    const among = killedFigures.find((k) => k.start >= f.end && sentenceOf(k) === sentenceOf(f)
      && INCLUDING_NEXT.test(f.sentence.slice(f.end - f.sentence_start, k.start - f.sentence_start)));
    if (among) return Math.max(0, f.count - among.count);
    // ("38 were rescued, four of whom were taken to hospital": a part of people no figure counts is none of the dead,
    // but those told after to have died in hospital: "Of them, 15 were admitted … A further three died in hospital")
    if (f.figure_role === 'partitive' && f.subset_of === null) {
      const inHospital = victimsKilled.filter((k) => k.start > f.end && k.figure_role === 'figure'
        && diedInHospital(k));
      return Math.max(0, f.count - inHospital.reduce((n, k) => n + k.count, 0));
    }
    // (a death that gives the toll its rank, "a seventh victim died", is one death more, not the whole toll)
    // (one who died at the scene, told before, is none of those taken to hospital: "our driver died at the scene. …
    // Fourteen passengers were taken to hospital")
    // (the dead named, "The dead were named as Ann Lee, 44, and her son", are those counted, none of the hurt)
    // (nor are the dead told as others than them: "Apart from the two dead, 19 were admitted to hospital")
    // (nor the dead of an earlier report told after: "nine were taken to hospital … Officials had said that two had
    // been killed")
    // (nor are bodies found: "divers found eight bodies in the hull" after "26 were admitted to hospital")
    // (nor one ranked past them: "Eight porters were hospitalised and a ninth died")
    // (nor a part of another count: "Of those six, one died", after the 30 another hospital treated)
    const ofAnotherCount = (k: Figure): boolean => {
      const whole = k.figure_role === 'partitive' ? frontedWhole(k) : null;
      return whole !== null && whole !== f.count;
    };
    const told = victimsKilled.filter((k) => !NAMES_THE_DEAD.test(k.text) && !toldBesides(k, f) && !rankedPast(k, f)
      && !ofAnotherCount(k)
      && !(BODIES.test(k.text) && takenAway(f))
      && !(k.start > f.start && EARLIER_REPORT.test(ownClause(figures, k)))
      && !CLAIMED_THAT.test(k.sentence.slice(0, k.start - k.sentence_start))
      && (k.start > f.start || k.anaphoric && !(diedAtTheScene(k) && takenAway(f))));
    const ranked = told.filter(isRankedToll);
    const toldAfter = chain(told.filter((k) => !ranked.includes(k)), figures).total + ranked.length;
    // (a toll told after holds the dead told before the figure, none of them hurt first: "killed two people. Seven
    // were taken to hospital; a week later the death toll rose to three" leaves six)
    // (the dead of the last sentence that told any before it: a lead that tells the final toll is not how it stood
    // then: "20 were killed … 18 had died and 50 were in hospital … two of the patients died, bringing it to 20")
    const lastDead = victimsKilled.filter((k) => k.end <= f.start && !k.anaphoric).at(-1);
    const deadBefore = lastDead && told.some((k) => k.figure_role === 'toll') ? chain(victimsKilled.filter((k) =>
      k.end <= f.start && !k.anaphoric && sentenceOf(k) === sentenceOf(lastDead)), figures).total : 0;
    const after = deadBefore > 0 ? Math.min(toldAfter, Math.max(0, killed - deadBefore)) : toldAfter;
    if (f.anaphoric) {
      if (sumsTheHurtBefore(f, harmed)) return f.count;
      // ("Two porters died on Tuesday. Both were among the 30 admitted to hospital": those of the dead the
      // sentence puts among them)
      const among = DEAD_AMONG_THEM.exec(f.sentence.slice(0, f.start - f.sentence_start));
      const named = among ? (among[1] ? 2 : among[2] ? 1 : numberOf(among[3] ?? '') ?? 0) : 0;
      return Math.max(0, f.count - (named > 0 ? Math.min(named, killedOfThem) : killedOfThem));
    }
    // "one killed and four injured ... five people were shot", "a boy was killed ... he shot himself":
    // the shot are the dead (and the injured stated), when the numbers agree; a figure stated right
    // beside the dead ("two bodies and two wounded victims") counts others
    const beside = killedFigures.some((k) => k.end <= f.start && f.start - k.end < 30 && sentenceOf(k) === sentenceOf(f));
    const rest = f.count - killedOfThem;
    // (a figure told as others than the shot is none of them: "12 were admitted to hospital … and a further seven
    // were seen by paramedics", after five deaths)
    // (not others told as more: "Medics treated four more guests on site")
    const agrees = rest === 0
      || harmed.some((h) => !h.hit && !FURTHER.test(h.text) && !COUNT_MORE.test(h.text) && h.count === rest);
    const died = !beside && rest >= 0 && agrees ? killedOfThem : after;
    return Math.max(0, f.count - died);
  };
  return { killed: killedChain, injured: chain(harmed, figures, survivors) };
}

/** One told by a rank past the figure's count: "a ninth" after "eight porters". */
function rankedPast(k: Figure, f: Figure): boolean {
  const rank = ORDINAL_VICTIM.exec(k.victims ?? '')?.[1]?.toLowerCase();
  return rank !== undefined && k.count === 1 && RANKS[rank]! > f.count;
}

/** A death told to have come in hospital: "Two more passengers died in hospital on Sunday". */
const diedInHospital = (k: Figure): boolean =>
  /^(?: later| overnight)? in (?:a |the )?hospital\b/.test(k.sentence.slice(k.end - k.sentence_start));

/** Deaths in hospital as many as the figure's, told in the toll's sentence: what raised the toll. */
function diedInHospitalBefore(toll: Figure, f: Figure, figures: readonly Figure[]): boolean {
  return figures.some((k) => k !== toll && k.kind === 'killed' && k.count === f.count
    && sentenceOf(k) === sentenceOf(toll) && diedInHospital(k));
}

/**
 * "Four others were wounded, and three students were hurt as they fled. All seven were taken to hospital": an anaphoric
 * figure that adds up the figures of the hurt (two or more, not hit) of the last sentence that told any before it is
 * those hurt, none of the dead.
 */
function sumsTheHurtBefore(f: Figure, harmed: readonly Figure[]): boolean {
  const before = harmed.filter((h) => h.end <= f.start && !h.hit && !isSubset(h));
  const last = before.at(-1);
  if (!last || sentenceOf(last) === sentenceOf(f)) return false;
  const told = before.filter((h) => sentenceOf(h) === sentenceOf(last));
  return told.length >= 2 && told.reduce((n, h) => n + h.count, 0) === f.count;
}

/**
 * The deaths told as a part of a figure of the hurt, after it: "Five were injured. One of the injured later died."
 * (subset-marking has marked such a part as more dead, taken from the last figure of the hurt before it)
 */
function diedOfThem(f: Figure, killedFigures: readonly Figure[], hurt: readonly Figure[]): number {
  let died = 0;
  for (const k of killedFigures) {
    // ("One of the injured drivers died", its victims the drivers: the hurt named in its words)
    const ofTheHurt = k.figure_role === 'partitive'
      && (k.additional && PART_OF_THE_HURT.test(k.victims ?? '') || OF_THE_HURT_NAMED.test(k.text)
        || OF_THE_HURT_COUNTED.test(k.text) || OF_THOSE_NAMED.test(k.text) || OF_THE_PATIENTS.test(k.text));
    const last = lastEndingBy(hurt, k.start);
    // (or the last is the same figure told again: "eleven injured … Of the eleven people injured, two later died")
    // (or told again as a statement of its own, a headline's figure in the body: "Blast injures 20 … 20 were hurt")
    const retold = !!last && last.start >= f.end && (last.anaphoric || !last.additional) && last.count === f.count;
    // (or a part of them told between: "31 injured. Fourteen of the injured were admitted …; two of them later died")
    // (or those of them a figure told next, a death called back by them: "57 treated. Fourteen were admitted … One of
    // those admitted died")
    const partOfThem = !!last && last !== f && last.start >= f.end && last.count >= k.count
      && lastEndingBy(hurt, last.start)?.count === f.count
      && (last.figure_role === 'partitive' && OF_THE_HURT_PART.test(last.text)
        || OF_THOSE_TOLD.test(k.text) && !last.additional && last.count < f.count);
    // (or the hurt are told inside the part: "Two of the 30 passengers wounded in the attack have since died")
    const inside = k.start < f.start && f.end <= k.end;
    // (or the part's sentence opens with the hurt's count: "Kelby General took in six. Of those six, one died")
    const fronted = k.figure_role === 'partitive' && k.start >= f.end && frontedWhole(k) === f.count;
    if (ofTheHurt && (k.start >= f.end && (last === f || retold || partOfThem) || inside) || fronted) died += k.count;
    // ("30 were treated … The 30 include the two who have since died": the hurt's count, told as holding them)
    else if (k.start >= f.end && last === f && numberOf(INCLUDE_THE_DEAD.exec(k.sentence.slice(0,
      k.start - k.sentence_start))?.[1] ?? '') === f.count) died += k.count;
    // ("The clinic took in four of the hurt; the cook who died is one of them": the dead told back as of them)
    else if (k.start >= f.end && last === f && ONE_OF_THEM_AFTER.test(k.sentence.slice(k.end - k.sentence_start))) {
      died += k.count;
    }
    // ("Among the four hurt was a porter. … the porter had died": one told among them, told back by "the")
    else if (k.start >= f.end && k.count === 1 && toldAmongThem(k, f, hurt)) died += 1;
  }
  return died;
}

// a toll told as the victims' alone: "the number of victims", "the victims' death toll"
const VICTIMS_TOLL = /\b(?:number of victims|victims['’]? (?:death )?toll|victims killed)\b/i;
// "Both were among", "He was among", "All three were among", "Two of them were among": those told before, put among
// the figure after
const DEAD_AMONG_THEM =
  /\b(?:(both)(?: of them)?|(he|she)|(?:all )?([\w-]+)(?: of them)?) (?:were|was) (?:also )?among (?:the )?$/i;
/** The count a part's sentence opens with: "Of those six, one died" → 6. */
const frontedWhole = (k: Figure): number | null =>
  numberOf(/^Of (?:those|these|the) ([\w-]+)\b/.exec(k.sentence)?.[1] ?? '') ?? null;
// (or past when and who: "The fitter who died on Friday, Ivo Marr, was among the 12")
const ONE_OF_THEM_AFTER = new RegExp(String.raw`^(?: on \w+)?(?:, [^,.;]{1,60},)? (?:was|is|were|are) (?:also )?` +
  String.raw`(?:one of|among) (?:them\b|the (?:\d{1,3}|${SMALL_NUMBER}|injured|wounded|hurt)(?= ?[.,;]))`, 'i');
const INCLUDE_THE_DEAD = /\b[Tt]he ([\w-]+) (?:includes?|included) $/;
const OF_THE_HURT_PART = /^[\w-]+ of the (?:injured|wounded|hurt)\b/i;
const OF_THOSE_TOLD = new RegExp(`^[\\w-]+ of those (?:${HURT_PARTICIPLES})\\b`, 'i');
const OF_THE_HURT_NAMED = /^[\w-]+ of the (?:injured|wounded|hurt) \p{Ll}+ (?:later |also |since )?died\b/iu;
// ("treated 60 people … Nine of those patients died": the hurt told just before, called back by a noun, or by their
// number: "One of the three, a welder, has died")
const OF_THOSE_NAMED = new RegExp(String.raw`^[\w-]+ of (?:(?:those|these) \p{Ll}+|the (?:\d{1,3}|${SMALL_NUMBER}))` +
  String.raw`(?:, [^,]{1,80},)? (?:and )?(?:(?:later|also|since|has|have|had|then) ){0,2}died\b`, 'iu');
/** One who died, told back by "the", whose noun a sentence that opens "Among the (six) wounded" put among `f`. */
function toldAmongThem(k: Figure, f: Figure, hurt: readonly Figure[]): boolean {
  if (!/^the [\p{Ll} -]+$/iu.test(k.victims ?? '')) return false;
  const head = victimHead(k);
  return head.length > 2 && hurt.some((h) => h.start >= f.start && h.end <= k.start && h.count === f.count
    && AMONG_THE_HURT_OPENING.test(h.sentence) && h.sentence.slice(h.end - h.sentence_start).split(/\W+/)
    .some((w) => w.toLowerCase().replace(/s$/, '') === head));
}
const AMONG_THE_HURT_OPENING = /^Among (?:the|those) (?:[\w-]+ )?(?:wounded|injured|hurt|hospitali[sz]ed)\b/i;

// ("Three of the patients in the burns unit had died": the hurt, called patients where they are treated)
const OF_THE_PATIENTS =
  /^[\w-]+ of the patients\b[^,;:.]{0,40}? (?:(?:later|also|since|has|have|had|then) ){0,2}died\b/i;

/** Ends of each figure list, checked for order once: figures in text order are searched in log time. */
const endsOf = new WeakMap<readonly object[], number[] | null>();

/** The last figure of `all` (in its order) that ends at or before `position`; linear only for unordered lists. */
function lastEndingBy<T extends { end: number }>(all: readonly T[], position: number): T | undefined {
  let ends = endsOf.get(all);
  if (ends === undefined) {
    const list = all.map((f) => f.end);
    ends = list.every((e, i) => i === 0 || list[i - 1]! <= e) ? list : null;
    endsOf.set(all, ends);
  }
  if (ends === null) return all.filter((o) => o.end <= position).at(-1);
  const sorted = ends;
  const found = lastIndexAtMost(sorted.length, (i) => sorted[i]!, position);
  return found >= 0 ? all[found] : undefined;
}
