// Sports conventions: results tables, standings, score lines, schedules, scorecards and game reports, where
// a town names its team and a line's structure says what a name is. A domain of its own, switchable
// (names/domains/index.ts): its rules were fitted to one benchmark's sports pages (CoNLL-2003).
import type { Context, Token } from '../../../context.js';
import { isCapitalised, normaliseName, type NameSpan } from '../../names.js';
import {
  COMPASS_NAME, COUNTRY_IN_BRACKETS, has, isFirstName, isPlaceName, isTitle, lastWord, lineAround, NATIONALITY_SHAPE, NON_NAME_WORDS,
  sentenceAround,
} from '../words.js';
import { reclassify, type ClassifiedName, type Local } from '../types.js';
import { PLACE_OR_EVENT_HEADS, SPORT_RESULT_NEAR, SPORT_VERB_AFTER, SPORT_VERB_BEFORE } from '../../organisation/patterns.js';
import { CRICKET_DISMISSAL_AFTER, CRICKET_DISMISSAL_BEFORE, PERSON_SCORER_AFTER } from '../../person/patterns.js';
import { lexiconTag } from '../../../nlp.js';
import { anyOf } from '../../../lexicon/patterns.js';
import { rx } from '../../../util/regex.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../../lexicon/calendar.js';

// a club's town mark in brackets, then a score or a table row ("Hajek (B) 2", "Hajek (B) - Lom")
const TOWN_MARK = /^ \([A-Z]{1,2}\)/;
const TABLE_REST = /^(?: \d| -|\s*$|\s*\n)/;
// "Published 9 March 2026", "Updated 12 Jan": a day and a month after a word are a date, not a score line
const DAY_MONTH_AFTER = rx()`^ \d{1,2} ${anyOf([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])}\b`;

/**
 * A name that opens a results-table row ("Rivertown 4 3 1 0") or stands in a score line
 * ("Rivertown 2 Lakeside 1"): a team. `lead` is its line up to the name, `rest` the line after it.
 */
export function tableRowEvidence(lead: string, rest: string): Local | null {
  const opensLine = /^\s*$/.test(lead);
  const standings: Local = { cls: 'organisation', reason: 'standings-row', confidence: 0.85, evidence: 'team' };
  const scoreLine: Local = { cls: 'organisation', reason: 'score-line', confidence: 0.85, evidence: 'team' };
  if (DAY_MONTH_AFTER.test(rest)) return null;
  if (opensLine && /^(?: \([^()]{1,12}\))? \d+ \d+ \d+ \d+/.test(rest)) return standings;
  if (opensLine && /^(?: \([^()]{1,12}\))? \d+ \p{Lu}[^\d\n]*? \d+\b/u.test(rest)) return scoreLine;
  if (/^\s*\p{Lu}[^\d\n]*? \d+ $/u.test(lead) && /^(?: \([^()]{1,12}\))? \d+\b/.test(rest)) return scoreLine;
  return null;
}

// "in Rivertown", "at Rivertown": the town itself, even in a game report
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|to|into|around|across|of) $/i;

/**
 * A town the article treats as a team once (a results table, "Rivertown beat Lakeside") is the
 * team wherever else a place tag alone called it a place: "Rivertown's captain", "against Rivertown".
 */
export function spreadTeams(ctx: Context, out: ClassifiedName[], unclassified: NameSpan[]): void {
  const teams = new Set<string>();
  for (const c of out) {
    // decisions that a name is a team: table structure and game reports
    if (c.cls !== 'organisation' || !(c.evidence === 'team' || c.evidence === 'team-by-verb') || PLACE_OR_EVENT_HEADS.has(lastWord(c.text))) continue;
    // a game report's weakest evidence spreads only from a town: a lone player's name is no team
    const town = ctx.tokens.slice(c.first, c.last).some((t) => has(t, 'Place', 'City', 'Region'));
    if (c.evidence === 'team-by-verb' && !town) continue;
    teams.add(normaliseName(c.text));
  }
  if (teams.size === 0) return;
  const teamHere = (span: NameSpan): boolean => {
    if (!teams.has(normaliseName(span.text))) return false;
    const sentence = ctx.sentenceAt(span.start);
    return !LOCATIVE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, span.start - 12), span.start));
  };
  for (const c of out) {
    if (c.cls === 'place' && c.evidence === 'place-tag' && teamHere(c)) {
      reclassify(c, { cls: 'organisation', reason: 'same-team-elsewhere', confidence: 0.65 });
    }
  }
  for (let k = unclassified.length - 1; k >= 0; k--) {
    const span = unclassified[k]!;
    if (span.caps || !teamHere(span)) continue;
    out.push({ ...span, cls: 'organisation', reason: 'same-team-elsewhere', confidence: 0.65 });
    unclassified.splice(k, 1);
  }
}

// a sentence that reports a game
const GAME_WORDS = [
  'wickets?', 'innings', 'runs', 'goals?', 'scored', 'match', 'league', 'cup', 'points', 'season', 'championship',
  'title', 'victory', 'win', 'won', 'beat', 'defeat(?:ed)?', 'drew', 'draw', 'coach', 'captain', 'striker',
  'halftime', 'inning', 'homers?', 'homered', 'pitcher', 'quarterback', 'touchdown', 'stumps', 'batting', 'bowled',
  'penalty', 'standings', 'game', 'games', 'play-?offs?', 'relegation', 'promotion', 'fixture', 'derby',
];
export const SPORT_SENTENCE = new RegExp(String.raw`\b${anyOf(GAME_WORDS)}\b`);
// verbs that make a team the subject of a game report
const TEAM_VERBS = [
  'beat', 'defeated', 'drew', 'lost', 'won', 'win', 'wins', 'trailed', 'led', 'leads', 'scored', 'reached',
  'declared', 'dismissed', 'took', 'kept', 'made', 'need', 'needs', 'were', 'are', 'had', 'have', 'rallied', 'edged',
  'routed', 'crushed', 'thrashed', 'held', 'clinched', 'moved', 'remain', 'remained', 'stayed', 'tied', 'finished',
  'hit', 'went', 'came', 'collapsed', 'slumped', 'closed', 'recovered', 'batted', 'bowled', 'fielded', 'completed',
];
const TEAM_VERB_AFTER = new RegExp(String.raw`^(?:[’']s?)? ${anyOf(TEAM_VERBS)}\b`);
// what a player scores, not a team: "Ann Lee scored his second goal", "scored from the spot", "scored in the 88th minute"
const GOAL_KINDS = /(?:goal|header|penalty|free[- ]kick|volley|brace|hat-trick|try)/;
// ("scored a late penalty", "scored a fine header": a word may qualify the goal)
const PLAYER_SCORED = rx('')`^ scored (?:his|her|an? (?:[a-z-]+ )?${GOAL_KINDS}\b|from\b|in the \d+(?:st|nd|rd|th) minute)`;
// words before a team in a game report
const TEAM_WORDS_BEFORE = [
  'beat', 'defeated', 'against', 'over', 'v', 'vs', 'for', 'to', 'with', 'beating', 'defeating', 'host', 'hosts',
  'visit', 'visiting', 'face', 'faces', 'play', 'plays', 'played', 'playing', 'joined', 'from', 'leaders',
  'champions', 'rivals',
];
const TEAM_WORD_BEFORE = new RegExp(String.raw`\b${anyOf(TEAM_WORDS_BEFORE)} $`);

// a prize's name before the field it is for: "the Kelby Prize for …", "the Harlow Award in …"
const PRIZE_FOR_BEFORE = /\b(?:Prize|Prizes|Award|Awards|Medal|Fellowship|Scholarship) (?:for|in) $/;

const GAME_WORD_ALL = new RegExp(SPORT_SENTENCE.source, 'g');
/** How many different game words a sentence has. */
const gameWordsIn = (sentence: string): number => new Set(sentence.match(GAME_WORD_ALL)).size;

const sportSentenceCounts = new WeakMap<Context, number>();
/** How many sentences of an article have a game word (counted up to five). */
function sportSentences(ctx: Context): number {
  let n = sportSentenceCounts.get(ctx);
  if (n === undefined) {
    n = 0;
    for (const s of ctx.sentences) if (SPORT_SENTENCE.test(s.text) && ++n >= 5) break;
    sportSentenceCounts.set(ctx, n);
  }
  return n;
}
/** An article about games: at least five sentences that report one. */
export const isSportReport = (ctx: Context): boolean => sportSentences(ctx) >= 5;

/** In a sentence that reports a game, a town or a plural nickname that acts is a team: "Rivertown reached 108", "the Herons won". */
export function sportEvidence(ctx: Context, span: NameSpan): Local | null {
  if (ctx.tokens.slice(span.first, span.last).every(isTitle)) return null;
  if (span.initial && !ctx.tokens[span.first]!.tags.has('Place')) return null;
  // "the Coastal Games", "the Harbour Masters": events, not teams
  if (PLACE_OR_EVENT_HEADS.has(lastWord(span.text))) return null;
  const tokens = ctx.tokens.slice(span.first, span.last);
  if (tokens.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'Country', 'Demonym', ...NON_NAME_WORDS))) return null;
  // (one game word in an article's only sentence with one is too little: "won parliamentary approval", "a win for
  // farmers")
  const around = sentenceAround(ctx, span);
  const sportSentence = SPORT_SENTENCE.test(around) && (sportSentences(ctx) >= 2 || gameWordsIn(around) >= 2);
  if (!sportSentence && !isSportReport(ctx)) return null;
  const sentence = ctx.sentenceAt(span.start);
  const before = ctx.text.slice(Math.max(sentence.start, span.start - 30), span.start);
  // ("won the Kelby Prize for Fiction": the field a prize is for)
  if (PRIZE_FOR_BEFORE.test(before)) return null;
  const after = ctx.text.slice(span.end, span.end + 30);
  // "Dan Ortiz of Rivertown": a player and his club, in a report about games
  const player = ctx.tokens[span.first - 2];
  const personBeforeOf = !!player && has(player, 'Person', 'LastName', 'FirstName') && !has(player, 'Plural');
  if (/\p{Lu}[\p{L}'’-]+ of $/u.test(before) && personBeforeOf && !has(tokens[0], 'Adjective') && !NATIONALITY_SHAPE.test(span.text)) {
    return { cls: 'organisation', reason: 'player-of-team', confidence: 0.6 };
  }
  if (/\b(?:in|at|near|from|of|outside|inside) $/.test(before) && !/\bthe $/.test(before)) return null;
  // "Rivertown's Ann Lee was booked": a club's player, named by the town
  const owner = ctx.tokens[span.last];
  const surname = ctx.tokens[span.last + 1];
  const playerAfter = !!owner && (isFirstName(owner) || has(owner, 'Person', 'FirstName')) && !!surname && isCapitalised(surname)
    && surname.sentence === owner.sentence;
  if (/^[’']s? \p{Lu}/u.test(after) && playerAfter) return { cls: 'organisation', reason: 'team-possessive-player', confidence: 0.65 };
  // (in a report of games, a town's plural nickname after "the" is a team's in any sentence: "will meet the Tarvik
  // Herons in the final")
  const townNickname = tokens.length === 2 && has(tokens[0], 'Place', 'City') && /\p{Ll}s$/u.test(span.text);
  if (!sportSentence && !(townNickname && isSportReport(ctx))) return null;
  if (/\bthe $/.test(before) && /s$/.test(span.text) && !/\bthe [^\s]+ $/.test(before.slice(-1))) {
    return { cls: 'organisation', reason: 'team-nickname', confidence: 0.65, evidence: 'team' };
  }
  // ("Kelby's Ann Osei scored": a name after a possessive is the team's player)
  const teamVerb = TEAM_VERB_AFTER.test(after) && !PLAYER_SCORED.test(after) && !/[’']s $/.test(before);
  if (teamVerb || TEAM_WORD_BEFORE.test(before)) {
    return { cls: 'organisation', reason: 'team-in-game-report', confidence: 0.6, evidence: 'team-by-verb' };
  }
  return null;
}

/** "VISITORS AT HOSTS" alone on a line of a schedule: a team, then the town it travels to. */
export function scheduleLine(ctx: Context, span: NameSpan): ClassifiedName[] | null {
  const at = / AT /.exec(span.text);
  const { lead, rest } = lineAround(ctx, span);
  if (!at || !/^\s*$/.test(lead) || !/^\s*$/.test(rest) || / AT /.test(span.text.slice(at.index + 4))) return null;
  const part = (start: number, end: number, local: Local): ClassifiedName => {
    const first = ctx.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last < span.last && ctx.tokens[last]!.end <= end) last++;
    return { ...span, first, last, start, end, text: ctx.text.slice(start, end), ...local };
  };
  const leftEnd = span.start + at.index;
  return [
    part(span.start, leftEnd, { cls: 'organisation', reason: 'schedule-at', confidence: 0.8, evidence: 'team' }),
    part(leftEnd + 4, span.end, { cls: 'place', reason: 'schedule-venue', confidence: 0.8 }),
  ];
}

/** "Hajek (B) 4 2 1 1": in a results table, a club's one-letter town mark in brackets is part of its name. */
export function joinTownMarks(ctx: Context, out: ClassifiedName[]): void {
  for (const c of out) {
    if (c.cls !== 'organisation' || c.caps) continue;
    const mark = TOWN_MARK.exec(ctx.text.slice(c.end, c.end + 6));
    if (!mark || !TABLE_REST.test(ctx.text.slice(c.end + mark[0].length, c.end + mark[0].length + 12))) continue;
    c.end += mark[0].length;
    c.text = ctx.text.slice(c.start, c.end);
  }
}

/** "East Hadley 3 0 2 1 3 4 2": a compass-named club in a results table (a country keeps its name). */
export function compassTableRow(span: NameSpan, tokens: Token[], lead: string, rest: string): Local | null {
  if (!COMPASS_NAME.test(span.text) || tokens.some((t) => has(t, 'Country')) || lexiconTag(span.text) === 'Country') return null;
  return tableRowEvidence(lead, rest);
}

/** "1. Ann Lee (Norland) 10.12", "c Ortiz b Lee", "Lee (47th)": a player in a results line or a scorecard. */
export function resultsPlayer(
  span: NameSpan, tokens: Token[], next: Token | undefined, lead: string, rest: string, after: string, single: boolean,
): Local | null {
  const country = COUNTRY_IN_BRACKETS.exec(rest);
  if (country && (isPlaceName(country[1]!) || has(next, 'Country', 'Place')) && /^\s*(?:\d+\.\s*)?$|\bbeat\s*$|\d\s*$/.test(lead) && !single) {
    return { cls: 'person', reason: 'name-with-country', confidence: 0.85 };
  }
  if (CRICKET_DISMISSAL_BEFORE.test(lead) && CRICKET_DISMISSAL_AFTER.test(rest) || PERSON_SCORER_AFTER.test(after)) {
    if (!has(tokens[0], 'Country')) return { cls: 'person', reason: 'scorer-or-player', confidence: 0.8 };
  }
  return null;
}

const PROSECUTING_PARTY =
  /^(?:Rex|Regina|R|The Crown|Crown|The State|State|The People|People|Commonwealth|United States)$/;
const PROSECUTING_PARTY_BEFORE =
  /(?:^|[\s(])(?:Rex|Regina|R|Crown|State|People|Commonwealth|United States) vs?\.? $/;
/** Results tables and match reports name teams by their town. */
export function sportTeam(ctx: Context, span: NameSpan, tokens: Token[], lead: string, rest: string, before: string, after: string): Local | null {
  if (!has(tokens[0], 'Country') && !isPlaceName(span.text)) {
    const row = tableRowEvidence(lead, rest);
    if (row) return row;
    // (not a criminal case's title, the Crown or the state against a person: "Rex v Tom Roe", "State v. Ann Lee")
    if ((/^ vs?\.? \p{Lu}/u.test(rest) || /[\p{L}\d] vs?\.? $/u.test(lead))
      && !PROSECUTING_PARTY.test(span.text) && !PROSECUTING_PARTY_BEFORE.test(lead)) {
      return { cls: 'organisation', reason: 'fixture-versus', confidence: 0.75, evidence: 'team' };
    }
    const sentence = sentenceAround(ctx, span);
    if ((SPORT_VERB_AFTER.test(after) || SPORT_VERB_BEFORE.test(before)) && SPORT_RESULT_NEAR.test(sentence)) {
      return { cls: 'organisation', reason: 'sport-result', confidence: 0.8, evidence: 'team' };
    }
    const open = (lead.match(/\(/g)?.length ?? 0) - (lead.match(/\)/g)?.length ?? 0);
    // "Rivertown 204 and 118-3": a team's innings total in a scorecard
    const inningsTotal = /^ \d+(?:-\d+)?(?: (?:and|&) \d+(?:-\d+)?)?(?: \(|[,;.]|$)/.test(rest);
    const cricketNear = /\b(?:runs|wickets|innings|not out|\d+-\d+)\b/.test(ctx.text.slice(span.end, span.end + 200));
    if (open <= 0 && /(?:^|[:;,]) ?$/.test(lead) && inningsTotal && cricketNear) {
      return { cls: 'organisation', reason: 'scorecard-team', confidence: 0.8, evidence: 'team' };
    }
  }
  return null;
}

/** In an all-capitals line: a standings row, "VISITORS AT HOSTS" (the hosts' town names the venue). */
export function capsTableEvidence(lead: string, rest: string): Local | null {
  if (/^\s*$/.test(lead) && /^ \d+ \d+ (?:\d+ )?\.?\d+/.test(rest)) return { cls: 'organisation', reason: 'standings-row', confidence: 0.8, evidence: 'team' };
  // "VISITORS AT HOSTS": the team travels to the hosts' town, which names the venue
  if (/^\s*$/.test(lead) && /^ AT \p{Lu}[\p{Lu} .]*$/u.test(rest)) return { cls: 'organisation', reason: 'schedule-at', confidence: 0.8, evidence: 'team' };
  if (/^\s*\p{Lu}[\p{Lu} .]* AT $/u.test(lead) && /^\s*$/.test(rest)) return { cls: 'place', reason: 'schedule-venue', confidence: 0.8 };
  return null;
}
