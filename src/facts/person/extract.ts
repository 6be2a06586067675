import type { Context, Token } from '../../context.js';
import type { Draft, Mention } from '../common.js';
import type { FactModule } from '../types.js';
import { makeSpan, nameSpans, normaliseName, type NameSpan } from '../names.js';
import { ORG_HEAD_WORDS } from '../organisation/patterns.js';
import { PersonFact } from './schema.js';
import { NOT_PERSON_HEADS, ROLE_HEAD_SOURCE, TITLE_WORDS } from './patterns.js';

type PersonDraft = Draft<PersonFact>;

const isTitle = (t: Token): boolean => TITLE_WORDS.has(t.normal.replace(/\.$/, ''));
const isPersonTagged = (t: Token): boolean => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
const isNotName = (t: Token): boolean =>
  t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date') || t.tags.has('Country') || t.tags.has('Determiner') || t.tags.has('Pronoun');

// "<role phrase>, Name" and "Name, <role phrase>," where the role phrase holds a role head
const ROLE_BEFORE = new RegExp(`((?:[\\p{L}’'-]+ ){0,3}${ROLE_HEAD_SOURCE}(?: (?:for|of|to) (?:the )?[\\p{L}’' -]+?)?), $`, 'u');
const ROLE_AFTER = new RegExp(`^, ((?:the |a |an )?(?:[\\p{L}’'-]+ ){0,3}${ROLE_HEAD_SOURCE}(?: (?:for|of|to|at) (?:the )?[\\p{L}’' -]+?)?)(?=,|\\.| said)`, 'u');

export function extractPeople(ctx: Context): PersonDraft[] {
  const people: PersonDraft[] = [];
  const singles: NameSpan[] = [];
  for (const span of nameSpans(ctx)) {
    if (span.weak) {
      singles.push(span);
      continue;
    }
    let first = span.first;
    // titles at the start of the span are the role, not the name
    while (first < span.last && (isTitle(ctx.tokens[first]!) || !isPersonTagged(ctx.tokens[first]!) && first + 1 < span.last && isTitle(ctx.tokens[first + 1]!))) first++;
    if (first >= span.last) continue;
    const nameTokens = ctx.tokens.slice(first, span.last);
    const head = nameTokens.at(-1)!.normal;
    if (ORG_HEAD_WORDS.has(head) || NOT_PERSON_HEADS.has(head) || nameTokens.some(isNotName)) continue;
    if (nameTokens.some((t) => t.tags.has('Organization') || t.tags.has('Place') || /^[A-Z]{2,}$/.test(t.text))) continue;
    const titled = first > span.first || isTitle(ctx.tokens[span.first - 1] ?? ({ normal: '' } as Token));
    const tagged = nameTokens.some((t) => t.tags.has('FirstName')) || nameTokens.every(isPersonTagged);
    const name = makeSpan(ctx, first, span.last);
    if (nameTokens.length === 1 && !titled) {
      singles.push(name);
      continue;
    }
    if (!titled && !tagged) continue;
    const role = roleOf(ctx, span, first, name);
    people.push({
      type: 'person',
      name: name.text.replace(/[’']s$/, ''),
      role,
      affiliation: null,
      mentions: [{ start: name.start, end: name.end, text: name.text, reason: titled ? 'title-before-name' : 'compromise-person' }],
      text: name.text,
      start: name.start,
      end: name.end,
      reason: titled ? 'title-before-name' : 'compromise-person',
      confidence: titled && tagged ? 0.95 : 0.8,
    });
  }
  linkSurnames(people, singles);
  return mergeSameName(people);
}

/** The role the text gives: titles inside the span, or an appositive before or after the name. */
function roleOf(ctx: Context, span: NameSpan, nameFirst: number, name: NameSpan): string | null {
  if (nameFirst > span.first) {
    // walk back over "for", "of", "the" and capitalised words to the start of the role phrase
    let start = span.first;
    while (start > 0) {
      const prev = ctx.tokens[start - 1]!;
      if (prev.sentence !== ctx.tokens[span.first]!.sentence || !/^[ \t]+$/.test(prev.post)) break;
      if (/^\p{Lu}/u.test(prev.text) || ['for', 'of', 'the'].includes(prev.normal)) start--;
      else break;
    }
    while (start < nameFirst && ['for', 'of', 'the'].includes(ctx.tokens[start]!.normal)) start++;
    if (start < nameFirst && ctx.tokens[start]!.tags.has('Determiner')) start++;
    return ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[nameFirst - 1]!.end) || null;
  }
  const before = ROLE_BEFORE.exec(ctx.text.slice(Math.max(0, name.start - 80), name.start));
  if (before) return before[1]!;
  const after = ROLE_AFTER.exec(ctx.text.slice(name.end, name.end + 100));
  return after ? after[1]! : null;
}

/** "LoGerfo said": a lone surname after the full name is the same person. */
function linkSurnames(people: PersonDraft[], singles: NameSpan[]): void {
  for (const single of singles) {
    const key = normaliseName(single.text);
    const owner = people.find((p) => p.start < single.start && normaliseName(p.name).split(' ').at(-1) === key);
    if (owner) owner.mentions.push({ start: single.start, end: single.end, text: single.text, reason: 'surname-link' } satisfies Mention);
  }
}

function mergeSameName(people: PersonDraft[]): PersonDraft[] {
  const byName = new Map<string, PersonDraft>();
  for (const person of people) {
    const key = normaliseName(person.name);
    const existing = byName.get(key);
    if (!existing) byName.set(key, person);
    else {
      existing.mentions.push(...person.mentions);
      existing.role ??= person.role;
    }
  }
  return [...byName.values()];
}

export const personModule: FactModule<PersonFact> = {
  type: 'person',
  schema: PersonFact,
  extract: extractPeople,
};
