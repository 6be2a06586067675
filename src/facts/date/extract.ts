import type { Context, Token } from '../../context.js';
import type { Draft } from '../common.js';
import type { FactModule } from '../types.js';
import { DateFact } from './schema.js';
import { anchorRules, dateRules, type Env } from './patterns.js';
import { firstDay, isoWeek, shiftDays, shiftMonths, type Tense } from './timex.js';
import { lastIndexAtMost } from '../../util/search.js';

// ---------- tense of the clause a date sits in ----------
const FUTURE_MODAL = /^(?:will|shall|'ll|’ll|wo|would)$/i;
// "is to", "scheduled to", "due to", "expected to": the clause looks forward
const FORWARD_WORDS = /^(?:scheduled|due|expected|set|slated|planned|plans?|planning|intends?|going|upcoming|poised|aims?|hopes?|wants?|next)$/i;
const CLAUSE_BREAK = /[;:]|--|—/;
// words just before a date that point forward whatever the verb's tense: "extended until Tuesday", "payable Dec. 7"
const FORWARD_CUE = /\b(?:until|till|as soon as|as early as|no later than|payable|effective|due|expires?|expiring|starting|beginning)\s+(?:on\s+|in\s+)?$/i;
// "since" looks back whatever the verb's tense: "the deadliest attack since January" is last January
const BACKWARD_CUE = /\b(?:ever )?since\s+(?:(?:early|late|mid)[- ])?$/i;
// "is due to arrive on Monday", "expected to sign it on Friday": compromise may read "due to" as a preposition and
// the verb after it as a noun, so the forward phrase is read from the text
const FORWARD_PHRASE = /\b(?:due|expected|scheduled|slated|set|poised|planning|plans|intends|hopes) to [a-z]+(?: [a-z]+){0,3}?\s+(?:on\s+|in\s+|at\s+|by\s+)?$/i;
// words that make a date the nearer of the two candidates: "extended to Nov. 20", "completed by Dec. 15", "of record Nov. 22"
const NEAR_CUE = /\b(?:by|to|through|record|around|from)\s+(?:on\s+)?$/i;
// a period named by its end: "the year to March", "the three months to September"
const PERIOD_TO = /\b(?:year|months|weeks|quarter|half|period)\s+(?:to|through)\s+$/i;
// past-tense verbs that schedule: "planned a rally on Saturday", "postponed the vote to Monday"
const SCHEDULING = /^(?:scheduled|planned|slated|postponed|delayed|deferred|rescheduled|set|expected|moved|extended)$/i;
// how many words to look back (then ahead) for the verb that governs a date: lists of titles or places can be long
const SCAN = 10;
const PAST_AUX = /^(?:was|were|had|did|been)$/;
// "forecasters expect more rain on Thursday": a forecast in the present looks ahead
const FORECAST_VERB = /^(?:expects?|forecasts?|predicts?|anticipates?)$/;
const PRESENT_BE = /^(?:is|are|am|being)$/;
// an earnings report names its quarter: "third-quarter profit", "the quarter ended Sept. 30"
// verbs of beginning and ending that compromise reads as plural nouns after a singular subject:
// "before the fiscal year ends on Sept. 30", "the season starts in May"
const ASPECTUAL_VERB_S = /^(?:ends|begins|starts|expires|closes|opens|runs|finishes|concludes|resumes)$/;
const ASPECTUAL_PRESENT = /^(?:begins?|starts?|opens?|resumes?|ends?|closes?|expires?|finish(?:es)?|concludes?|runs?)$/;
const QUARTERLY = /\b(?:first|second|third|fourth)[- ]quarter\b|\bquarter ended\b/i;

function tokenAt(tokens: Token[], offset: number): number {
  return Math.max(0, lastIndexAtMost(tokens.length, (i) => tokens[i]!.start, offset));
}

/** Tense of one verb group, read from compromise's tags; null when the token is no verb. */
function verbTense(tokens: Token[], i: number): Tense | null {
  const t = tokens[i]!;
  if (!t.tags.has('Verb')) {
    // "rain is expected through Thursday": compromise may read the participle after "is" as an adjective
    if (SCHEDULING.test(t.normal) && PRESENT_BE.test(tokens[i - 1]?.normal ?? '')) return 'future';
    return aspectualVerbMisread(tokens, i) ? 'present' : null;
  }
  // "hold a meeting on Monday": an -ing form after an article is a noun
  if (t.tags.has('Gerund') && tokens[i - 1]?.tags.has('Determiner')) return null;
  if (FUTURE_MODAL.test(t.normal) || (t.tags.has('Modal') && FUTURE_MODAL.test(t.text.replace(/^.*['’]/, "'")))) return 'future';
  // "is to visit", "plans to meet": an infinitive after "to" points forward
  const prev = tokens[i - 1];
  if (t.tags.has('Infinitive') && prev?.normal === 'to') {
    const before = tokens[i - 2];
    if (before && (FORWARD_WORDS.test(before.normal) || before.tags.has('Copula'))) return 'future';
  }
  if (FORWARD_WORDS.test(t.normal) && tokens[i + 1]?.normal === 'to') return 'future';
  if (SCHEDULING.test(t.normal) || FORECAST_VERB.test(t.normal)) return 'future';
  // "the strike begins on Wednesday", "talks resume on Monday": what begins or ends in the present is scheduled
  if (ASPECTUAL_PRESENT.test(t.normal) && t.tags.has('PresentTense')) return 'future';
  if (PAST_AUX.test(t.normal)) return 'past';
  if (t.tags.has('PastTense') || t.tags.has('Participle')) return presentPassive(tokens, i) ? 'present' : 'past';
  return 'present';
}

/** "is heard in May", "are usually held": a participle after a present form of "be" is no past. */
function presentPassive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.tags.has('Adverb') && j > i - 3) j--;
  return j >= 0 && PRESENT_BE.test(tokens[j]!.normal);
}

/** ", killing 23 people and injuring 25": an -ing form with no auxiliary of its own */
const participleClause = (tokens: Token[], i: number): boolean =>
  tokens[i]!.tags.has('Gerund') && !/^(?:is|are|am|was|were|be|been|being)$/.test(tokens[i - 1]?.normal ?? '');

/** "ends" between a singular noun and a preposition ("the year ends on"), tagged a plural noun. */
function aspectualVerbMisread(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!ASPECTUAL_VERB_S.test(tokens[i]!.normal) || !prev || !next?.tags.has('Preposition')) return false;
  return prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun');
}

// "a 27% premium to Friday's close": a market's close is one already past, whatever the clause's tense
const PAST_CLOSE_AFTER = /^['’]s (?:close|closing(?: price| level)?|settlement|session)\b/;

/**
 * The tense of the verb that governs a date: the nearest verb group before it in its clause,
 * else the nearest after it. A modal ("will") anywhere in the group makes it future.
 */
function tenseAt(ctx: Context, start: number, end: number): Tense {
  const before = ctx.text.slice(Math.max(0, start - 24), start);
  if (PAST_CLOSE_AFTER.test(ctx.text.slice(end, end + 24))) return 'past';
  if (BACKWARD_CUE.test(before)) return 'past';
  const { tense, after, perfect } = verbTenseAt(ctx, start, end);
  // a cue points forward unless the date opens a clause whose verb is past: "Until Thursday, they had not..."
  if (FORWARD_CUE.test(before) && !(after && tense === 'past')) return 'future';
  if (!after && tense === 'present' && FORWARD_PHRASE.test(ctx.text.slice(Math.max(0, start - 60), start))) return 'future';
  // "extended to Nov. 20" may look ahead; a past perfect never does: "By Wednesday the toll had risen"; nor does the
  // end of a period already reported: "profit rose in the year to March"
  return tense === 'past' && !perfect && NEAR_CUE.test(before) && !PERIOD_TO.test(before) ? 'present' : tense;
}

interface GroupTense {
  tense: Tense;
  /** the verb group was found after the date */
  after: boolean;
  /** the group is a past perfect ("had risen") */
  perfect: boolean;
}

/** A capitalised word inside a sentence right before another: a word of a name, not a step further from the verb. */
const nameWordAfter = (tokens: readonly Token[], i: number): boolean =>
  /^\p{Lu}/u.test(tokens[i]!.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')
  && tokens[i - 1]?.sentence === tokens[i]!.sentence;

/** The tense of the nearest verb group, and whether it was found after the date. */
function verbTenseAt(ctx: Context, start: number, end: number): GroupTense {
  const { tokens } = ctx;
  if (tokens.length === 0) return { tense: 'past', after: false, perfect: false };
  const first = tokenAt(tokens, start);
  const sentence = tokens[first]!.sentence;
  let perfect = false;
  const groupTense = (i: number, step: -1 | 1): Tense => {
    // walk the whole verb group: "will be held", "has been scheduled to"
    let tense: Tense | null = null;
    for (let j = i; j >= 0 && j < tokens.length && tokens[j]!.sentence === sentence; j += step) {
      if (tokens[j]!.normal === 'had') perfect = true;
      let t = verbTense(tokens, j);
      if (t === null && !(tokens[j]!.tags.has('Adverb') || tokens[j]!.normal === 'not' || tokens[j]!.normal === 'to')) break;
      // "planned a rally on Saturday" looks forward; "On Friday, the government planned to pay" dates the planning
      // ("the walkouts on June 17 are expected to halt": a present "be" keeps the group's look ahead)
      if (t === 'future' && step === 1 && SCHEDULING.test(tokens[j]!.normal) && !presentPassive(tokens, j)) t = 'past';
      if (t === 'future') return 'future';
      // any past form in the group dates it: "has met", "were revised"
      if (t === 'past' || (t && !tense)) tense = t;
    }
    return tense ?? 'past';
  };
  // (a name's words count as one: "will run at the Harwell Public Library every Saturday until January")
  const stepOf = (i: number): number => (nameWordAfter(tokens, i) ? 0 : 1);
  for (let i = first - 1, n = 0; i >= 0 && n < SCAN && tokens[i]!.sentence === sentence; n += stepOf(i), i--) {
    if (CLAUSE_BREAK.test(tokens[i]!.post)) break;
    if (verbTense(tokens, i) !== null) return { tense: groupTense(i, -1), after: false, perfect };
  }
  const last = tokenAt(tokens, Math.max(start, end - 1));
  for (let i = last + 1, n = 0; i < tokens.length && n < SCAN && tokens[i]!.sentence === sentence; i++, n++) {
    if (CLAUSE_BREAK.test(tokens[i]!.pre)) break;
    // ", killing 23 people", ", including six children": a participle's clause has no tense of its own
    if (participleClause(tokens, i)) continue;
    if (verbTense(tokens, i) !== null) return { tense: groupTense(i, 1), after: true, perfect };
  }
  return { tense: 'past', after: false, perfect: false };
}

// ---------- filters ----------

/** a year followed by a plural noun with nothing dating it before: "1500 troops" counts, "the 2019 elections" dates */
function yearIsCount(ctx: Context, start: number, end: number, text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const i = tokenAt(ctx.tokens, start);
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  if (!next || ctx.tokens[i]!.end !== end || /[,.;:]/.test(ctx.tokens[i]!.post)) return false;
  if (!next.tags.has('Plural')) return false;
  return !prev || !(prev.tags.has('Determiner') || prev.tags.has('Preposition') || prev.tags.has('Possessive'));
}

/** false for a day or month the calendar does not have: "February 30, 2021", "2025-13-01" */
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(value);
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ---------- extraction ----------

export function extractDates(ctx: Context): Array<Draft<DateFact>> {
  const found: Array<Draft<DateFact>> = [];
  // characters already claimed by a date: a match is short, so checking its own span is cheap
  const claimed = new Uint8Array(ctx.text.length);
  const overlaps = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (claimed[i]) return true;
    return false;
  };
  const claim = (s: number, e: number): void => {
    claimed.fill(1, s, e);
  };
  // "the following month": how many units from the date the text gave last, resolved once all dates are known
  const fromEarlier = new Map<Draft<DateFact>, number>();
  const orPublication = new Set<Draft<DateFact>>();
  // phrases fixed by an event claim their text first, and are resolved once all dates are known
  const anchored: Array<{ draft: Draft<DateFact>; event: string; offset: number }> = [];
  for (const rule of anchorRules) {
    if (rule.cue && !rule.cue.test(ctx.text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
      const phrase = m.groups!.event!;
      const event = eventNoun(ctx, m.index + m[0].length - phrase.length, phrase);
      if (!event) continue;
      const start = m.index;
      const end = m.index + m[0].length - phrase.length + event.end;
      if (overlaps(start, end)) continue;
      claim(start, end);
      const dir = m.groups!.dir?.toLowerCase();
      const draft: Draft<DateFact> = {
        type: 'date', text: ctx.text.slice(start, end), start, end, value: null, granularity: 'day', iso: null, relative: true,
        reason: `${rule.reason}+anchor-event-not-dated`, confidence: 0.5, anchor: null,
      };
      anchored.push({ draft, event: event.noun, offset: dir === 'before' ? -1 : dir === 'after' ? 1 : rule.offset });
      found.push(draft);
    }
  }
  const quarterly = QUARTERLY.test(ctx.text);
  for (const rule of dateRules) {
    if (rule.cue && !rule.cue.test(ctx.text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const groups = m.groups ?? {};
      const text = rule.group ? groups[rule.group]! : m[0];
      const start = rule.group ? m.index + m[0].indexOf(text) : m.index;
      const end = start + text.length;
      if (overlaps(start, end)) continue;
      if (rule.mayBeCount && yearIsCount(ctx, start, end, groups.year!)) continue;
      if (rule.accept && !rule.accept(groups, ctx.text.slice(Math.max(0, start - 30), start))) continue;
      const env: Env = { published: ctx.published, tense: tenseAt(ctx, start, end), sentence: ctx.sentenceAt(start).text, quarterly };
      const r = rule.resolve(groups, env);
      claim(start, end);
      // "February 30, 2021" is no calendar date, and no part of it ("2021") is one either
      if (r.value && !isRealDate(r.value)) continue;
      const draft: Draft<DateFact> = {
        type: 'date',
        text,
        start,
        end,
        value: r.value,
        granularity: r.granularity,
        iso: firstDay(r.value),
        relative: r.relative,
        reason: r.unresolved ? `${rule.reason}+${r.unresolved}` : rule.reason,
        confidence: r.value ? (r.relative ? 0.8 : 0.95) : 0.5,
        anchor: null,
      };
      if (r.fromEarlier !== undefined) fromEarlier.set(draft, r.fromEarlier);
      if (r.orPublication) orPublication.add(draft);
      found.push(draft);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const anchoredDrafts = new Set(anchored.map((a) => a.draft));
  const plain = found.filter((d) => !anchoredDrafts.has(d));
  for (const a of anchored) resolveAnchor(ctx, a.draft, a.event, a.offset, plain);
  resolveAnaphora(ctx.text, found, fromEarlier, orPublication);
  return found;
}

const FUNCTION_WORD = /^(?:to|of|for|and|or|in|on|at|by|with|from|between|that|which|when|as|is|was|will|a|an|the)$/i;

/** The event noun of "the talks", "the annual summit", "the Pope's visit"; its end offset inside the phrase. */
function eventNoun(ctx: Context, phraseStart: number, phrase: string): { noun: string; end: number } | null {
  const words = phrase.split(' ');
  const first = words[0]!.replace(/[^A-Za-z'’-]+$/, '');
  const second = words[1];
  if (FUNCTION_WORD.test(first)) return null;
  const possessive = /['’]s$/.test(first);
  if (second && !FUNCTION_WORD.test(second)) {
    // a second word that compromise reads as a noun heads the phrase: "annual summit", "Pope's visit"
    const token = ctx.tokens[tokenAt(ctx.tokens, phraseStart + words[0]!.length + 1)];
    if (token && token.tags.has('Noun') && !token.tags.has('Verb')) return { noun: second.toLowerCase(), end: phrase.length };
  }
  if (possessive) return null;
  return { noun: first.toLowerCase(), end: first.length };
}

/**
 * The latest day-dated fact before the phrase, in a sentence that names the event noun:
 * "held a summit on Tuesday … On the eve of the summit" → the Monday.
 */
function resolveAnchor(ctx: Context, draft: Draft<DateFact>, event: string, offset: number, dates: Array<Draft<DateFact>>): void {
  const stem = event.replace(/(?:es|s)$/, '');
  const mentions = new RegExp(`\\b${stem.replace(/[^a-z]/g, '')}\\w*`, 'i');
  let best: Draft<DateFact> | undefined;
  for (const d of dates) {
    if (d === draft || d.start >= draft.start || d.granularity !== 'day' || !d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    const sentence = ctx.sentenceAt(d.start);
    if (mentions.test(sentence.text)) best = d;
  }
  if (!best) {
    if (!ctx.published) draft.reason = draft.reason.replace('anchor-event-not-dated', 'no-publication-date');
    return;
  }
  draft.value = shiftDays(best.value!.slice(0, 10), offset);
  draft.iso = draft.value;
  draft.reason = draft.reason.replace('+anchor-event-not-dated', '');
  draft.confidence = 0.6;
  // the fact's id is filled in by the date-anchors refiner, once the pipeline has numbered the facts
  draft.anchor = { start: best.start, end: best.end, text: best.text, fact: null, event };
}

const POSSESSIVE = /^['’]s\b/;
const SENTENCE_END = /[.!?]["'”’]?\s/;

/**
 * "later that year", "the following month": the unit of the latest earlier date precise enough,
 * shifted by the offset the words give. Without one the value stays null.
 */
function resolveAnaphora(
  text: string, dates: Array<Draft<DateFact>>, fromEarlier: Map<Draft<DateFact>, number>,
  orPublication: ReadonlySet<Draft<DateFact>>,
): void {
  let previous: Draft<DateFact> | undefined;
  for (const d of dates) {
    const offset = fromEarlier.get(d);
    if (offset === undefined) {
      // a possessive date after another of its sentence names an event told back to, not the time the story moved
      // to: "On 3 March a boy was hurt near the site of 5 March's blast. A girl was hurt the same day" (3 March)
      const toldBackTo = POSSESSIVE.test(text.slice(d.end, d.end + 2)) && previous !== undefined
        && previous.end <= d.start && !SENTENCE_END.test(text.slice(previous.end, d.start));
      if (d.value && /^\d{4}/.test(d.value) && !toldBackTo) previous = d;
      continue;
    }
    const unit = d.granularity;
    const base = previous?.value ?? '';
    let value: string | null = null;
    if (unit === 'year' && /^\d{4}/.test(base)) value = String(Number(base.slice(0, 4)) + offset);
    else if (unit === 'month' && /^\d{4}-\d{2}(?:-|$)/.test(base)) value = shiftMonths(`${base.slice(0, 7)}-01`, offset);
    else if (unit === 'day' && /^\d{4}-\d{2}-\d{2}/.test(base)) value = shiftDays(base.slice(0, 10), offset);
    else if (unit === 'week' && /^\d{4}-\d{2}-\d{2}/.test(base)) value = isoWeek(shiftDays(base.slice(0, 10), offset * 7));
    if (!value) {
      // (counted from publication instead, as resolved)
      if (orPublication.has(d)) previous = d;
      else d.reason = `${d.reason.split('+')[0]}+no-earlier-date`;
      continue;
    }
    d.value = value;
    d.iso = firstDay(value);
    d.reason = d.reason.startsWith('anaphoric-unit') ? 'anaphoric-unit' : `${d.reason.split('+')[0]}+from-earlier-date`;
    d.confidence = 0.6;
    d.anchor = { start: previous!.start, end: previous!.end, text: previous!.text, fact: null, event: null };
    previous = d;
  }
}

export const dateModule: FactModule<DateFact> = {
  type: 'date',
  schema: DateFact,
  extract: extractDates,
};
