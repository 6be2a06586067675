// One classification of every capitalised name span of an article: person, organisation, place or
// other, each decision with the rule (`reason`) that made it, a confidence, and the typed evidence
// later passes read. The organisation and person extractors read this one result (once per context).
//
// The passes, in order (each later one reads what the earlier ones decided):
//   1. candidate spans (names.ts), refined and joined across acronym definitions (spans.ts)
//   2. local evidence (evidence/local.ts, a rule table: the strongest rule that fires decides), or an all-capitals
//      line's structure (evidence/weak.ts); a title before a company's name also names the company (titles.ts)
//   3. a speech verb alone yields to the same name firmly an organisation elsewhere; a company's name without its
//      suffix is the company
//   4. spans nothing local decided: the article's firm decisions (same name, surname, first name, short name),
//      then headline words, then weak evidence (sports, compromise's tags, frequent surnames)
//   5. weak decisions yield to the article's firm ones; sports teams spread; companies keep their own "'s"
//   6. members of one list take the class the list agrees on
import type { Context } from '../../context.js';
import { nameSpans, type NameSpan, normaliseName } from '../names.js';
import { nameDomains } from './domains/index.js';
import { joinTownMarks, scheduleLine, spreadTeams } from './domains/sports.js';
import { localEvidence } from './evidence/local.js';
import { capsEvidence, weakEvidence } from './evidence/weak.js';
import { capsSubspans } from './refiners/caps-headlines.js';
import { listMembers } from './refiners/list-members.js';
import {
  articleNames, keepOwnPossessives, linkWorldNameSurnames, organisationWords, yieldPeopleToCompanyNames,
  yieldSpeechToOrganisations, yieldWeakToFirm,
} from './refiners/same-name.js';
import { BARE_ACRONYM, initialsOf, joinDefinedNames, refineSpan } from './spans.js';
import { markRanksBeforeNames } from './words.js';
import { roleAffiliation } from './titles.js';
import { reclassify, type ClassifiedName } from './types.js';

const cache = new WeakMap<Context, ClassifiedName[]>();

/** Every name span of the article with its class; computed once per context. */
export function classifiedNames(ctx: Context): ClassifiedName[] {
  let result = cache.get(ctx);
  if (!result) cache.set(ctx, (result = classify(ctx)));
  return result;
}

function classify(ctx: Context): ClassifiedName[] {
  markRanksBeforeNames(ctx);
  const spans = joinDefinedNames(ctx, nameSpans(ctx).flatMap((s) => refineSpan(ctx, s)));
  const out: ClassifiedName[] = [];
  const pending: NameSpan[] = [];
  for (const span of spans) {
    if (span.roleObject) continue;
    const local = span.caps ? capsEvidence(ctx, span) : localEvidence(ctx, span);
    if (local) out.push({ ...span, ...local });
    else pending.push(span);
    if (local?.evidence === 'title') {
      const affiliation = roleAffiliation(ctx, span);
      if (affiliation) out.push(affiliation);
    }
  }
  yieldSpeechToOrganisations(out);
  yieldPeopleToCompanyNames(out);
  const { resolve, possessiveNames, isSurname } = articleNames(ctx, out);
  const orgWords = organisationWords(out);
  const unclassified: NameSpan[] = [];
  const capsLeft: NameSpan[] = [];
  for (const span of pending) {
    const found = resolve(span);
    if (found) out.push({ ...span, ...found });
    else if (span.caps) {
      const parts = (nameDomains.sports ? scheduleLine(ctx, span) : null) ?? capsSubspans(ctx, span, resolve);
      if (parts.length === 0) capsLeft.push(span);
      out.push(...parts);
    } else {
      const weak = weakEvidence(ctx, span, orgWords);
      if (weak) out.push({ ...span, ...weak });
      else unclassified.push(span);
    }
  }
  const inCapitals = unclassified.filter((span) => /^\p{Lu}[\p{Lu}'’. -]+$/u.test(span.text));
  const capsPeople = capsOfWeakPeople(out, [...capsLeft, ...inCapitals]);
  if (capsPeople.length > 0) {
    out.push(...capsPeople);
    const linked = new Set(capsPeople.map((c) => c.start));
    unclassified.splice(0, unclassified.length, ...unclassified.filter((span) => !linked.has(span.start)));
  }
  out.push(...linkWorldNameSurnames(ctx, out, unclassified, orgWords));
  yieldWeakToFirm(out, resolve, isSurname);
  if (nameDomains.sports) spreadTeams(ctx, out, unclassified);
  if (nameDomains.sports) joinTownMarks(ctx, out);
  keepOwnPossessives(ctx, out, possessiveNames);
  const members = listMembers(ctx, out, unclassified);
  out.push(...members);
  out.push(...linkListedPeople(ctx, out, members, unclassified));
  out.push(...spelledAcronyms(out, unclassified));
  datelinePlaces(out);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "VESNA KORDIC (Kelby News): …" after "Last question, Vesna Kordic.": a name in capitals, as a transcript's
 * label gives it, is the person whom only weak evidence named in full elsewhere (the caps were read before it).
 */
function capsOfWeakPeople(out: readonly ClassifiedName[], capsLeft: readonly NameSpan[]): ClassifiedName[] {
  if (capsLeft.length === 0) return [];
  const people = new Map<string, ClassifiedName>();
  for (const c of out) if (c.cls === 'person' && c.last - c.first >= 2) people.set(normaliseName(c.text), c);
  return capsLeft.flatMap((span) => {
    const person = people.get(normaliseName(span.text));
    if (!person) return [];
    return [{ ...span, cls: 'person', reason: 'same-name-elsewhere', confidence: Math.min(0.8, person.confidence) }];
  });
}

/**
 * "ROSARIO, Argentina - … flooding in Rosario and Kelby": the dateline's place named again in one word is the place,
 * though it is a given name too (a person so named is named with a surname, or with a title or a role)
 */
function datelinePlaces(out: ClassifiedName[]): void {
  const places = new Set(out.filter((c) => c.reason === 'dateline').map((c) => normaliseName(c.text)));
  if (places.size === 0) return;
  for (const c of out) {
    if (c.cls !== 'person' || c.last - c.first !== 1 || !places.has(normaliseName(c.text))) continue;
    if (c.reason === 'first-name' || c.reason === 'list-member') {
      reclassify(c, { cls: 'place', reason: 'dateline-place', confidence: 0.8 });
    }
  }
}

/**
 * "co-founders Maya Ortega and Ben Kowalski … Maya: …": a person only a list decided (after the article's names were
 * gathered) is named by a lone surname or given name elsewhere as anyone named in full is.
 */
function linkListedPeople(
  ctx: Context, out: ClassifiedName[], members: readonly ClassifiedName[], unclassified: NameSpan[],
): ClassifiedName[] {
  // (a list may decide a span it adds, or reclassify one a weak rule had decided)
  if (!out.some((m) => m.cls === 'person' && m.evidence === 'list-member' && m.last - m.first >= 2)) return [];
  const taken = new Set(members.map((m) => m.start));
  const { resolve } = articleNames(ctx, out);
  const linked: ClassifiedName[] = [];
  for (const span of unclassified) {
    if (taken.has(span.start) || span.last - span.first !== 1) continue;
    const found = resolve(span);
    if (found?.cls === 'person' && found.link) linked.push({ ...span, ...found });
  }
  return linked;
}

/**
 * "… at the University of Northern Kelby. UNK's library": an acronym no evidence decided, spelling the initials
 * of one body of two words or more named in the article (only one), is that body's short name.
 */
function spelledAcronyms(out: readonly ClassifiedName[], unclassified: readonly NameSpan[]): ClassifiedName[] {
  const candidates = unclassified.filter((s) => BARE_ACRONYM.test(s.text));
  if (candidates.length === 0) return [];
  const taken = new Set(out.map((c) => c.start));
  const acronyms = candidates.filter((s) => !taken.has(s.start));
  const bodies = new Map<string, Set<string>>();
  for (const c of out) {
    if (c.cls !== 'organisation' || !/\s/.test(c.text)) continue;
    const initials = initialsOf(c.text, false);
    if (initials.length >= 2) bodies.set(initials, (bodies.get(initials) ?? new Set()).add(c.text.toLowerCase()));
  }
  return acronyms.filter((s) => bodies.get(s.text)?.size === 1).map((s) => ({
    ...s, cls: 'organisation' as const, reason: 'acronym', confidence: 0.7, evidence: 'acronym' as const,
  }));
}
