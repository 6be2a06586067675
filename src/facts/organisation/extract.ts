import type { Context } from '../../context.js';
import type { Draft, Mention } from '../common.js';
import type { FactModule } from '../types.js';
import { nameSpans, normaliseName, type NameSpan } from '../names.js';
import { OrganisationFact } from './schema.js';
import { NOT_ORG_FOLLOWERS, NOT_ORG_HEADS, ORG_HEAD_WORDS } from './patterns.js';

type OrgDraft = Draft<OrganisationFact>;

// "Foo Bar Army (FBA)": the acronym right after a name, in brackets
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/;

/** Letters of an acronym match the initials of a name ("The Mujaheed Brigade" → TMB, MB). */
export function acronymFits(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) || w.toLowerCase() === 'the');
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  const letters = acronym.replace(/[^A-Z]/g, '');
  return initials === letters || initials.replace(/^T/, '') === letters || initials.startsWith(letters);
}

export function extractOrganisations(ctx: Context): OrgDraft[] {
  const orgs: OrgDraft[] = [];
  const byKey = new Map<string, OrgDraft>();
  const add = (name: string, mention: Mention, aliases: string[] = []): OrgDraft => {
    const key = normaliseName(name);
    let org = byKey.get(key) ?? [...byKey.values()].find((o) => o.aliases.some((a) => normaliseName(a) === key));
    if (!org) {
      org = { type: 'organisation', name, aliases: [], mentions: [], text: mention.text, start: mention.start, end: mention.end, reason: mention.reason, confidence: 0.7 };
      orgs.push(org);
      byKey.set(key, org);
    }
    for (const alias of aliases) if (!org.aliases.includes(alias)) org.aliases.push(alias);
    if (!org.mentions.some((m) => m.start === mention.start)) org.mentions.push(mention);
    return org;
  };
  const mention = (span: NameSpan, reason: string): Mention => ({ start: span.start, end: span.end, text: span.text, reason });

  const spans = nameSpans(ctx);
  for (const span of spans) {
    if (span.weak) continue;
    const after = ctx.text.slice(span.end, span.end + 40);
    if (NOT_ORG_FOLLOWERS.test(after)) continue;
    const words = span.text.split(/[\s-]+/);
    const head = words.at(-1)!.toLowerCase();
    const acronym = ACRONYM_AFTER.exec(after);
    if (acronym && acronymFits(acronym[1]!, span.text) && words.length > 1) {
      const org = add(span.text, mention(span, 'acronym-in-parentheses'), [acronym[1]!]);
      org.confidence = 0.95;
      const start = span.end + after.indexOf(acronym[1]!);
      org.mentions.push({ start, end: start + acronym[1]!.length, text: acronym[1]!, reason: 'acronym-in-parentheses' });
      continue;
    }
    // "Ministry of Finance", "Bank of England": the head word comes first
    const ofHead = words.length > 2 && words[1] === 'of' && ORG_HEAD_WORDS.has(words[0]!.toLowerCase());
    if (words.length > 1 && ((ORG_HEAD_WORDS.has(head) && !NOT_ORG_HEADS.has(head)) || ofHead)) {
      add(span.text, mention(span, 'org-head-word')).confidence = 0.85;
      continue;
    }
    const tokens = ctx.tokens.slice(span.first, span.last);
    if (tokens.every((t) => t.tags.has('Organization')) && !NOT_ORG_HEADS.has(head)) {
      add(span.text, mention(span, 'compromise-organization'));
    }
  }
  // later bare uses of a defined acronym ("the BLA") are mentions of the same organisation
  for (const org of orgs) {
    for (const alias of org.aliases) {
      const re = new RegExp(`\\b${alias.replace(/[-&]/g, '\\$&')}\\b`, 'g');
      for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
        if (!org.mentions.some((x) => x.start === m!.index)) {
          org.mentions.push({ start: m.index, end: m.index + alias.length, text: alias, reason: 'acronym-reuse' });
        }
      }
    }
    org.mentions.sort((a, b) => a.start - b.start);
  }
  // a mention of an acronym alias inside another org's span would double count: drop orgs that are only an alias
  return orgs.filter((o) => !orgs.some((p) => p !== o && p.aliases.some((a) => normaliseName(a) === normaliseName(o.name))));
}

export const organisationModule: FactModule<OrganisationFact> = {
  type: 'organisation',
  schema: OrganisationFact,
  extract: extractOrganisations,
};
