import type { Context } from '../../context.js';
import type { Draft, Mention } from '../common.js';
import type { FactModule } from '../types.js';
import { normaliseName } from '../names.js';
import { classifiedNames, type ClassifiedName } from '../name-classes.js';
import { OrganisationFact } from './schema.js';
import { ORG_HEAD_WORDS } from './patterns.js';

export { acronymFits } from '../name-classes.js';

type OrgDraft = Draft<OrganisationFact>;

// "Foo Bar Army (FBA)": the acronym right after a name, in brackets
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/;

/** One fact per organisation: mentions grouped by name, acronym and short form. */
export function extractOrganisations(ctx: Context): OrgDraft[] {
  const orgs: OrgDraft[] = [];
  const byKey = new Map<string, OrgDraft>();
  // by the name without its legal form: one look-up, not a scan, however many names the article holds
  const byBare = new Map<string, OrgDraft>();
  const mentionOf = (c: { start: number; end: number; text: string }, reason: string): Mention => ({ start: c.start, end: c.end, text: c.text, reason });
  const addMention = (org: OrgDraft, m: Mention): void => {
    if (!org.mentions.some((x) => x.start === m.start)) org.mentions.push(m);
  };
  const names = classifiedNames(ctx).filter((c) => c.cls === 'organisation');
  for (const c of names) {
    const key = normaliseName(c.text);
    // "Harwell Systems Inc." after "Harwell Systems": one company with and without its legal suffix
    const bare = withoutSuffix(key);
    const unsuffixed = byBare.get(bare);
    // "Azure Front/Blue Banner": a name right after a slash is another name of the one before
    const slashed = ctx.text[c.start - 1] === '/' ? orgs.find((o) => o.mentions.some((m) => m.end === c.start - 1)) : undefined;
    let org = byKey.get(key) ?? slashed ?? unsuffixed ?? shortFormOwner(orgs, key);
    if (org && org === unsuffixed && c.text.length > org.name.length) {
      // the longest form is the name; the other becomes an alias
      if (!org.aliases.includes(org.name)) org.aliases.push(org.name);
      org.name = c.text;
    }
    if (!org) {
      org = { type: 'organisation', name: c.text, aliases: [], mentions: [], text: c.text, start: c.start, end: c.end, reason: c.reason, confidence: c.confidence };
      orgs.push(org);
    } else if (normaliseName(org.name) !== key && !org.aliases.some((a) => normaliseName(a) === key)) org.aliases.push(c.text);
    byKey.set(key, org);
    if (!byBare.has(bare)) byBare.set(bare, org);
    org.confidence = Math.max(org.confidence, c.confidence);
    addMention(org, mentionOf(c, slashed === org ? `${c.reason}+slash-alias` : c.reason));
    if (c.reason === 'acronym-in-parentheses') {
      const acronym = ACRONYM_AFTER.exec(ctx.text.slice(c.end, c.end + 16));
      if (acronym) {
        const alias = acronym[1]!;
        if (!org.aliases.includes(alias)) org.aliases.push(alias);
        // the acronym may have been classified on its own already: fold it in
        const other = byKey.get(normaliseName(alias));
        if (other && other !== org) {
          for (const m of other.mentions) addMention(org, m);
          orgs.splice(orgs.indexOf(other), 1);
        }
        byKey.set(normaliseName(alias), org);
        byBare.set(withoutSuffix(normaliseName(alias)), org);
        const start = ctx.text.indexOf(alias, c.end);
        addMention(org, { start, end: start + alias.length, text: alias, reason: 'acronym-in-parentheses' });
      }
    }
  }
  linkBareHeads(ctx, orgs, names);
  for (const org of orgs) {
    org.mentions.sort((a, b) => a.start - b.start);
    const first = org.mentions[0]!;
    Object.assign(org, { start: first.start, end: first.end, text: first.text });
    // more mentions, more evidence
    if (org.mentions.length > 1) org.confidence = Math.min(1, org.confidence + 0.05);
  }
  return orgs;
}

const LEGAL_SUFFIX = /,? (?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|nv|gmbh)\.?$/;
/** A company's name without its legal form: "harwell systems inc." → "harwell systems". */
const withoutSuffix = (key: string): string => key.replace(LEGAL_SUFFIX, '');

/** "Trade Department" after "Norland Trade Department": a shorter form of one earlier name, when only one fits. */
function shortFormOwner(orgs: OrgDraft[], key: string): OrgDraft | undefined {
  // "Kelmont" after "Kelmont Tool Inc": one company whose name starts with the word ("Harwell's" after "Harwell's Holdings Inc")
  const owners = key.includes(' ')
    ? orgs.filter((o) => normaliseName(o.name).endsWith(` ${key}`))
    : orgs.filter((o) => normaliseName(o.name).replace(/^(\S+)'s /, '$1 ').startsWith(`${key} `));
  return owners.length === 1 ? owners[0] : undefined;
}

/** "the Army" back to an earlier "X Army", when exactly one organisation has that head. */
function linkBareHeads(ctx: Context, orgs: OrgDraft[], names: ClassifiedName[]): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.normal !== 'the' || !ORG_HEAD_WORDS.has(t.normal) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(t.post)) continue;
    if (names.some((n) => n.start <= t.start && n.end >= t.end)) continue;
    const owners = orgs.filter((o) => o.start < t.start && normaliseName(o.name).split(' ').at(-1) === t.normal);
    if (owners.length === 1) owners[0]!.mentions.push({ start: t.start, end: t.end, text: t.text, reason: 'head-word-link' });
  }
}

export const organisationModule: FactModule<OrganisationFact> = {
  type: 'organisation',
  schema: OrganisationFact,
  extract: extractOrganisations,
};
