// Names in one list are one kind of thing: "Saif-e-Watan, Tanzeem ul-Haq and the Crimson Brigade"
// are all groups once one of them (or the noun announcing them) is.
import { lexiconTag } from '../../../nlp.js';
import type { Context } from '../../../context.js';
import { LEADING_NOT_NAME_TAGS, type NameSpan } from '../../names.js';
import { reclassify, type ClassifiedName } from '../types.js';
import { opensWithOutlet } from '../lexicon.js';
import { CREDIT_LABEL_LEAD, isCreditAfterOutlet } from '../evidence/local.js';
import { has, isLexiconWord, isTitle, lastWord, TONGUE_SHAPE } from '../words.js';
import { ROLE_TEXT_HEAD_SOURCE } from '../../person/patterns.js';

// what may stand between two members of a list: "A, B and C", "A/B", "A (AB), B"
const LIST_GAP = /^(?:\s*\([^()]{1,12}\))?(?:,\s(?:and\s|or\s)?|\s(?:and|or|&)\s|\/)$/;
const CLAUSE_JOIN = /^,\s(?:and|or)\s$/;
// a plural noun that announces a list of organisations: "three groups: A, B and C"
const ORG_LIST_INTRO = new RegExp(`\\b(?:${[
  'groups', 'organi[sz]ations', 'companies', 'firms', 'banks', 'parties', 'teams', 'clubs', 'unions', 'agencies',
  'militias', 'factions', 'affiliates', 'outfits', 'carriers', 'airlines', 'newspapers', 'broadcasters',
  // a business's others: "Rivals include NuVolt and TerraWatt"
  '[Rr]ivals', '[Cc]ompetitors', 'suppliers', 'lenders', 'insurers', 'brands',
  // businesses by their trade: "the big brewers, Kelmont and Harvel's, said no"
  '[Ss]upermarkets', '[Rr]etailers', '[Bb]rewers', '[Cc]armakers', '[Aa]utomakers', '[Dd]rugmakers', '[Cc]hipmakers',
  '[Mm]iners', '[Pp]ublishers', '[Ss]tudios', '[Mm]anufacturers', '[Cc]hains', '[Pp]roviders', '[Oo]perators',
].join('|')})(?::|,| such as| including| like| include| included)?\\s*(?:the\\s)?$`);
// what a name's first word is not, though the sentence's capital opens it
const NOT_NAME_WORD = [...LEADING_NOT_NAME_TAGS, 'Adjective'];
// a preposition of place before a list: "in Addis Ababa, Gondar and Bahir Dar"
const PLACE_BEFORE = /\b(?:in|at|from|to|across|between|near|around|through|outside|via)\s$/;
// the grade a title may take: "Senior Vice President", "Executive Director"
const TITLE_GRADE = /^(?:Senior|Executive|Deputy|Vice|Assistant|Associate|Managing|Principal|Group|Global|Regional)$/;
/**
 * Titles alone, a grade maybe among them: "Chief Executive", "Senior Vice President"; or before the field they answer
 * for: "Head of Sales", "Director for Research".
 */
const titleWithGrade = (ctx: Context, span: NameSpan): boolean => {
  const tokens = ctx.tokens.slice(span.first, span.last);
  const field = tokens.findIndex((t) => t.normal === 'of' || t.normal === 'for');
  const titles = field < 0 ? tokens : tokens.slice(0, field);
  return titles.length > 0 && titles.every((t) => isTitle(t) || TITLE_GRADE.test(t.text));
};
// a decision this firm is not changed by the list; weaker ones take the list's class
const FIRM = 0.7;
const ROLE_HEAD_ALONE = new RegExp(`^${ROLE_TEXT_HEAD_SOURCE}$`, 'u');
// (a speech verb alone fits a body as well: "Economists at Velkor and Harbour Economics said" are two bodies; not
// after commas only, which may close a place before the speaker: "a house in Marlow, N.D., Kessler said")
const firmIn = (conjoined: boolean) => (c: ClassifiedName | null): c is ClassifiedName =>
  !!c && c.confidence >= FIRM && !(conjoined && c.evidence === 'speech-only');

/** Weak and unclassified members take the class the firm members agree on; returns the members newly classified. */
export function listMembers(ctx: Context, out: ClassifiedName[], unclassified: NameSpan[]): ClassifiedName[] {
  type Item = { span: NameSpan; c: ClassifiedName | null };
  const items: Item[] = [...out.map((c) => ({ span: c as NameSpan, c })), ...unclassified.map((span) => ({ span, c: null }))];
  items.sort((a, b) => a.span.start - b.span.start);
  const added: ClassifiedName[] = [];
  const gapBefore = (j: number): string => ctx.text.slice(items[j - 1]!.span.end, items[j]!.span.start).replace(/^[’']s?/, '');
  let i = 0;
  while (i < items.length) {
    let j = i + 1;
    // ("in Harbour Lights, and Ann Lee wrote": a comma and "and" after a first name join two clauses, not a list,
    // unless a comma before that name shows it as a list's member: "groups: the Kelby Front (KF), Tarvik Nur, and …")
    const opening = items[i]!.span.start;
    const clauseJoin = (k: number): boolean =>
      k === i + 1 && CLAUSE_JOIN.test(gapBefore(k)) && !/,\s$/.test(ctx.text.slice(Math.max(0, opening - 2), opening));
    // ("Ann Lee/Reuters Kelby Desk": a photographer's credit names the agency after the slash, no second member)
    // ("(Kees Jansen/ANP)": so does any agency's name in brackets closing a caption)
    const credit = (k: number): boolean => gapBefore(k) === '/' && (opensWithOutlet(items[k]!.span.text)
      || ctx.text[items[k - 1]!.span.start - 1] === '(' && ctx.text[items[k]!.span.end] === ')'
      // ("(Kelby Herald/Ann Lee)": or the photographer's name after the outlet's)
      || isCreditAfterOutlet(ctx.text, items[k]!.span.start, items[k]!.span.end)
      // ("Photos: Ann Lee/Kelby Picture Agency": or any agency after a credit's label)
      || CREDIT_LABEL_LEAD.test(ctx.text.slice(Math.max(0, items[k - 1]!.span.start - 30), items[k - 1]!.span.start)));
    // ("Harth Weekly and Osric Tamble of Kelby Radio": one belonging to a body after "of" is a person, whatever the list)
    const member = (k: number): boolean => !!items[k]!.span.memberOf;
    // ("to the Skerries and Vallow, and Norrow Aviation plc, …": a list closed by its "and" is joined to what
    // follows by ", and" as a clause is, no member more)
    let closed = false;
    while (j < items.length && LIST_GAP.test(gapBefore(j)) && !clauseJoin(j) && !credit(j) && !member(j)
      && !(closed && CLAUSE_JOIN.test(gapBefore(j)))) {
      closed ||= /^\s(?:and|or)\s$/.test(gapBefore(j));
      j++;
    }
    // "the Kelmont Workers Union (KWU), ...": an acronym in brackets defines the name before it, no new member
    const group = items.slice(i, j).filter((it) => !(it.c?.evidence === 'acronym' && ctx.text[it.span.start - 1] === '('));
    const conjoined = (it: Item): boolean => /\b(?:and|or)\b|[&/]/.test(ctx.text.slice(Math.max(0, it.span.start - 6), it.span.start));
    // ("Ann Lee, Chief Executive, Kelby Homes": a name, a title and a body are an appositive chain, no list)
    // (or a role in title case between: "CAPTION: ANN LEE, Policy Advisor, Kelby Soil Council")
    const titled = group.some((it) => titleWithGrade(ctx, it.span))
      || group.length === 3 && ROLE_HEAD_ALONE.test(lastWord(group[1]!.span.text))
        && group[1]!.c?.cls !== 'organisation';
    const anded = group.slice(1).some(conjoined);
    const joined = group.length >= 3 || anded;
    const firm = firmIn(anded);
    const listed = group.length >= 2 && joined && !titled;
    if (listed && placeList(ctx, group.map((it) => it.c))) {
      // ("in Addis Ababa, Gondar and Bahir Dar": towns that are given names too are places beside a known place)
      for (const it of group.slice(1)) {
        const givenNameOnly = it.c?.reason === 'first-name' && it.span.last - it.span.first === 1
          || it.c?.evidence === 'world-given-name';
        if (it.c && givenNameOnly) {
          reclassify(it.c, { cls: 'place', reason: 'list-member', confidence: 0.7, evidence: 'list-member' });
        }
      }
    } else if (listed) {
      const firmClasses = new Set(group.filter((it) => firm(it.c) && it.c.cls !== 'other').map((it) => it.c!.cls));
      const intro = ORG_LIST_INTRO.test(ctx.text.slice(Math.max(0, group[0]!.span.start - 40), group[0]!.span.start));
      if (intro && !firmClasses.has('person')) firmClasses.add('organisation');
      const agreed = firmClasses.size === 1;
      if (agreed && (group.length >= 3 || intro || firmClasses.has('organisation') || firmClasses.has('person'))) {
        const cls = [...firmClasses][0]!;
        for (const it of group) {
          if (firm(it.c)) continue;
          // (a sentence's first word is capitalised anyway; words after it that no dictionary holds are a name's:
          // "Purna Jelsik Wanjau and Dan Odhiambo won")
          // (the first word no adjective or verb, nor a word before a given name: "Nonpartisan Dan Wanjau")
          const unknownAfterFirst = it.span.last - it.span.first >= 2
            && !has(ctx.tokens[it.span.first], ...NOT_NAME_WORD)
            && ctx.tokens.slice(it.span.first + 1, it.span.last)
              .every((t) => !isLexiconWord(t.text) && !has(t, 'FirstName'));
          if (it.span.initial && !it.c && !unknownAfterFirst) continue;
          // ("… of Kelby University and Prof. Dan Holm": a title cut off its name by its full stop is no member)
          // (nor a title with its grade in a list of participants: "Ann Lee, Senior Vice President, Product")
          if (!it.c && titleWithGrade(ctx, it.span) && isTitle(ctx.tokens[it.span.last - 1]!)) continue;
          // (nor a nationality before a noun, a word of the next member's description: "… Credito and Danish insurer
          // Tarnhout Mutual")
          if (it.span.last - it.span.first === 1
            && (lexiconTag(it.span.text) === 'Demonym' || TONGUE_SHAPE.test(it.span.text))) continue;
          const member = { cls, reason: 'list-member', confidence: 0.7, evidence: 'list-member' } as const;
          if (it.c) reclassify(it.c, member);
          else added.push({ ...it.span, ...member });
        }
      }
    }
    i = j;
  }
  return added;
}

/** A list opened by a place compromise knows (a city, a country, a region) after a preposition of place. */
function placeList(ctx: Context, members: Array<ClassifiedName | null>): boolean {
  const first = members[0];
  const before = first ? ctx.text.slice(Math.max(0, first.start - 12), first.start) : '';
  if (first?.cls !== 'place' || !PLACE_BEFORE.test(before)) return false;
  return ctx.tokens.slice(first.first, first.last).every((t) => has(t, 'City', 'Country', 'Region'));
}
