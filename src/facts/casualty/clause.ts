// A small clause reader over the article's one compromise parse (ctx tokens and their tags; nothing is
// parsed again). For an outcome predicate ("was killed", "shot dead", "died", "suffered injuries") it
// says the predicate's voice, its subject noun phrase and its object noun phrase, so the casualty rules
// can tell victims ("three guards were killed", "two died") from attackers ("three gunmen killed a guard").
// It reads only the predicate's own sentence and a few tokens around it: cheap, and run only on figures.
import type { Context, Token } from '../../context.js';
import { OUTCOME_STEMS } from './context-patterns.js';

export type Voice = 'passive' | 'active' | 'intransitive';

/** A noun phrase: tokens [first, last] and their character span; coordinated members and appositives included. */
export interface Phrase {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Clause {
  voice: Voice;
  /** an auxiliary of the perfect or a relative pronoun before an active verb: "had killed", "who shot" */
  perfectOrRelative: boolean;
  subject: Phrase | null;
  object: Phrase | null;
}

// compromise at times tags an article a noun ("shot and wounded the suspect")
const ARTICLES = new Set(['the', 'a', 'an']);
const has = (t: Token | undefined, tag: string): boolean =>
  t !== undefined && (t.tags.has(tag) || (tag === 'Determiner' && ARTICLES.has(t.normal)));
/** Only spaces (or a hyphen: "45-year-old") between a token and the next: no comma, full stop or bracket. */
const joined = (ctx: Context, t: Token): boolean => /^[\s-]*$/.test(t.post + (ctx.tokens[t.index + 1]?.pre ?? ''));

// auxiliaries are closed classes of English, not stop words: a form of "be" or "get" before a participle
// makes it passive ("was killed", "got hurt"); "have" makes a perfect; a relative pronoun a relative clause
const BE_OR_GET = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'am', 'get', 'got', 'gets', 'getting', 'gotten']);
const HAVE = new Set(['have', 'has', 'had', 'having']);
const RELATIVE = new Set(['who', 'that', 'which']);
// words that may stand between the subject and its verb besides auxiliaries and adverbs ("were all killed")
const FLOATING = new Set(['all', 'both', 'each', 'not', 'yet', 'to', 'then', 'later', 'since', 'also', 'reportedly']);
// outcome verbs that take no object ("died two days later": "two days" is no object)
const NO_OBJECT = /^(?:die|died|dies|dying|drowned|succumb(?:ed|s)?|pass(?:ed)? away)$/;
// nouns of time after a verb are adverbials, not objects ("killed Tuesday", "died two days later");
// compromise tags days and durations, not the parts of a day or a count of times ("shot this morning",
// "shot multiple times"), so those few nouns are named
const ADVERBIAL_TAGS = ['Date', 'Duration', 'Time', 'WeekDay', 'Month'];
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'tonight', 'today', 'yesterday',
  'time', 'times', 'midnight', 'noon', 'dawn', 'dusk']);
// a subject pronoun opens no object ("... shot Sunday, he said" without its comma)
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
const dated = (t: Token): boolean => ADVERBIAL_TAGS.some((tag) => t.tags.has(tag));
const adverbial = (t: Token): boolean => TIME_NOUNS.has(t.normal) || dated(t);

/** The tokens of the sentence that holds `start`, as [first, last) indexes. */
function sentenceRange(ctx: Context, start: number): [number, number] {
  const s = ctx.sentenceAt(start);
  return [s.first, s.last];
}

/**
 * Reads the clause of the outcome predicate at [start, end) (character offsets in ctx.text); null when
 * the parse gives no footing (no token there, or no verb in an active predicate), so the caller keeps
 * its older reading.
 */
export function readClause(ctx: Context, start: number, end: number): Clause | null {
  const [from, to] = sentenceRange(ctx, start);
  let p0 = -1;
  let pn = -1;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (p0 < 0) p0 = i;
    pn = i;
  }
  if (p0 < 0) return null;
  const predicate = ctx.tokens.slice(p0, pn + 1);
  const verbAt = predicate.findIndex((t) => has(t, 'Verb'));

  // the auxiliary chain: auxiliaries, adverbs and floating quantifiers right before the predicate
  let passive = predicate.some((t) => has(t, 'Passive') && !HAVE.has(t.normal));
  let perfectOrRelative = false;
  let i = p0 - 1;
  for (; i >= from; i--) {
    const t = ctx.tokens[i]!;
    if (!joined(ctx, t)) break;
    if (BE_OR_GET.has(t.normal)) passive = true;
    else if (HAVE.has(t.normal)) perfectOrRelative = true;
    else if (RELATIVE.has(t.normal)) {
      perfectOrRelative = true;
      i--;
      break;
    } else if (t.normal === 'and' || (has(t, 'Verb') && has(t, 'PastTense'))) {
      // "were killed and wounded", "was treated and released": coordinated participles share the auxiliary
      continue;
    } else if (!(has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Adverb') || FLOATING.has(t.normal))) break;
  }
  const subject = phraseBefore(ctx, i, from);

  // the object: a noun phrase right after the predicate, or after a second active verb
  // joined to it ("shot and critically injured his brother")
  let object: Phrase | null = null;
  const last = ctx.tokens[pn]!;
  if (!passive && joined(ctx, last) && pn + 1 < to) {
    object = phraseAfter(ctx, pn + 1, to);
    if (!object) object = coordinatedVerbObject(ctx, pn + 1, to);
  }
  const words = predicate.map((t) => t.normal).join(' ');
  if (passive) return { voice: 'passive', perfectOrRelative, subject, object: null };
  // no verb in the predicate ("dead", "in critical condition", or a verb compromise tagged an adjective):
  // the parse cannot say who acted
  if (verbAt < 0) return null;
  if (NO_OBJECT.test(words) || NO_OBJECT.test(predicate[verbAt]!.normal)) {
    return { voice: 'intransitive', perfectOrRelative, subject, object: null };
  }
  if (object) return { voice: 'active', perfectOrRelative, subject, object };
  // the predicate holds its own object: the subject suffers it ("suffered injuries", "lost their lives");
  // a resultative is no object ("shot dead", "stabbed to death"); an adjective opens the object only before its noun
  // ("have suffered minor injuries")
  const rest = predicate.slice(verbAt + 1);
  if (rest.length > 0 && opensPhrase(rest[0]!) && (!has(rest[0], 'Adjective') || has(rest[1], 'Noun'))
    && rest.some((t) => has(t, 'Noun'))) {
    return { voice: 'intransitive', perfectOrRelative, subject, object: null };
  }
  return { voice: 'active', perfectOrRelative, subject, object: null };
}

/** Can this token begin a noun phrase? */
function opensPhrase(t: Token): boolean {
  if (dated(t) || NOMINATIVE.has(t.normal)) return false;
  return has(t, 'Determiner') || has(t, 'Pronoun') || has(t, 'Value') || has(t, 'Noun') || has(t, 'Adjective');
}

/** Can this token stand inside a noun phrase? */
function inPhrase(t: Token): boolean {
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  return opensPhrase(t) || has(t, 'Hyphenated') || has(t, 'Possessive');
}

/** The noun phrase that starts at token `i`, with coordinated members ("two men and a boy"), or null. */
function phraseAfter(ctx: Context, i: number, to: number): Phrase | null {
  const first = ctx.tokens[i]!;
  if (!opensPhrase(first)) return null;
  // a bare noun is an object only as a common plural ("killed villagers") or a person's name; a capitalised
  // word after a verb is as often a sentence the text forgot to stop ("the child shot According to ...")
  const bare = has(first, 'Noun') && !has(first, 'Determiner') && !has(first, 'Pronoun') && !has(first, 'Value');
  // ("each other": compromise tags "each" a noun)
  const person = has(first, 'Person') || first.normal === 'each';
  if (bare && !person && (!has(first, 'Plural') || has(first, 'ProperNoun'))) return null;
  // a bare plural right before a verb is the next clause's subject ("four people injured police said")
  if (bare && joined(ctx, first) && has(ctx.tokens[i + 1], 'Verb') && i + 1 < to) return null;
  // an adjective alone is a complement, not an object ("shot dead", "left injured")
  if (has(first, 'Adjective') && !has(first, 'Noun') && !has(first, 'Value') && !has(first, 'Determiner')) {
    const next = ctx.tokens[i + 1];
    if (!joined(ctx, first) || !next || i + 1 >= to || !has(next, 'Noun')) return null;
  }
  const heads: Token[] = [];
  let j = i;
  for (;;) {
    let head: Token | null = null;
    while (j < to && inPhrase(ctx.tokens[j]!)) {
      const t = ctx.tokens[j]!;
      if (has(t, 'Noun') || has(t, 'Value')) head = t;
      j++;
      if (!joined(ctx, t)) break;
    }
    if (!head) break;
    heads.push(head);
    const and = ctx.tokens[j];
    const prev = ctx.tokens[j - 1]!;
    // "two men and a boy": coordination continues the phrase when a noun phrase follows "and"
    if (and && j < to - 1 && joined(ctx, prev) && and.normal === 'and' && opensPhrase(ctx.tokens[j + 1]!) &&
      !has(ctx.tokens[j + 1]!, 'Verb')) {
      j++;
      continue;
    }
    break;
  }
  // "this morning", "last night", "two days": a phrase of time is an adverbial, not an object
  const counted = heads.at(-1)!;
  if (heads.length === 0 || heads.some(adverbial) || (has(counted, 'Value') && j < to && dated(ctx.tokens[j]!))) return null;
  const lastToken = ctx.tokens[j - 1]!;
  return { first: i, last: j - 1, start: first.start, end: lastToken.end };
}

/** "shot and critically injured his brother": the object of a second outcome verb joined by "and". */
function coordinatedVerbObject(ctx: Context, i: number, to: number): Phrase | null {
  if (ctx.tokens[i]?.normal !== 'and') return null;
  let j = i + 1;
  while (j < to && has(ctx.tokens[j], 'Adverb') && joined(ctx, ctx.tokens[j]!)) j++;
  const verb = ctx.tokens[j];
  if (!verb || j + 1 >= to || !has(verb, 'Verb') || has(verb, 'Passive') || !joined(ctx, verb)) return null;
  // only a second outcome verb: "shot and drove himself to a hospital" is the victim's own doing
  if (!OUTCOME_STEMS.test(verb.normal)) return null;
  return phraseAfter(ctx, j + 1, to);
}

/**
 * The noun phrase that ends at token `i` (its last word), read leftwards: coordinated members ("a man and
 * his two sons") and an appositive between commas ("her husband, Tomas Quill,") stay inside it.
 */
function phraseBefore(ctx: Context, i: number, from: number): Phrase | null {
  let first = -1;
  let j = i;
  while (j >= from) {
    const member = memberBefore(ctx, j, from);
    if (!member) break;
    let start = member.first;
    // an appositive closes with a comma and opens after one: the phrase it describes stands before it
    const before = ctx.tokens[start - 1];
    if (before && start - 1 >= from && before.post.trim() === ',' && ctx.tokens[member.last]!.post.trim().startsWith(',')) {
      const described = memberBefore(ctx, start - 1, from);
      if (described) start = described.first;
    }
    first = start;
    const and = ctx.tokens[first - 1];
    if (!and || first - 1 < from || and.normal !== 'and' || !joined(ctx, and)) break;
    j = first - 2;
  }
  if (first < 0) return null;
  return { first, last: i, start: ctx.tokens[first]!.start, end: ctx.tokens[i]!.end };
}

/** One member of a noun phrase ending at token `i` (its head noun or a number): [first, last]. */
function memberBefore(ctx: Context, i: number, from: number): { first: number; last: number } | null {
  const last = ctx.tokens[i];
  if (!last || i < from || !(has(last, 'Noun') || has(last, 'Value'))) return null;
  if (has(last, 'Verb') && !has(last, 'Noun')) return null;
  let j = i;
  // leftwards over the phrase's own words and its prepositional tail ("four people in a car"); a comma or
  // any other mark before a word ends the member
  while (j - 1 >= from) {
    const t = ctx.tokens[j - 1]!;
    if (!joined(ctx, t) || t.normal === 'and' || !(inPhrase(t) || has(t, 'Preposition'))) break;
    j--;
  }
  while (j < i && has(ctx.tokens[j], 'Preposition')) j++;
  return { first: j, last: i };
}
