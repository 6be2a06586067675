import type { Context } from '../../context.js';
import type { Draft, Mention } from '../common.js';
import type { FactModule } from '../types.js';
import { normaliseName } from '../names.js';
import { classifiedNames } from '../names/classify.js';
import { BARE_ACRONYM, DEFINITION_AFTER, initialsOf } from '../names/spans.js';
import { opensWithOutlet } from '../names/lexicon.js';
import { CAPS_NAME, isLexiconWord, isPlaceName } from '../names/words.js';
import type { ClassifiedName } from '../names/types.js';
import { OrganisationFact } from './schema.js';
import { BUSINESS_KIND_HEADS, COMPANY_SUFFIXES, isCompanyOrBankHead, ORG_HEAD_WORDS } from './patterns.js';

export { acronymFits } from '../names/spans.js';

type OrgDraft = Draft<OrganisationFact>;

// a country's or a union's dotted short name opening a body's name: "U.S.", "U.N.", "E.U."
const DOTTED_LEAD = /^(?:\p{Lu}\.){2,}\s+/u;

/** One fact per organisation: mentions grouped by name, acronym and short form. */
export function extractOrganisations(ctx: Context): OrgDraft[] {
  const orgs: OrgDraft[] = [];
  const byKey = new Map<string, OrgDraft>();
  const owners = new ShortForms();
  // by the name without its legal form: one look-up, not a scan, however many names the article holds
  const byBare = new Map<string, OrgDraft>();
  const mentionOf = (c: { start: number; end: number; text: string }, reason: string): Mention => ({ start: c.start, end: c.end, text: c.text, reason });
  // mention starts per organisation: a name repeated thousands of times stays linear
  const starts = new Map<OrgDraft, Set<number>>();
  const addMention = (org: OrgDraft, m: Mention): void => {
    let seen = starts.get(org);
    if (!seen) starts.set(org, (seen = new Set(org.mentions.map((x) => x.start))));
    if (seen.has(m.start)) return;
    seen.add(m.start);
    org.mentions.push(m);
  };
  // initials of names of two words or more; null where two names share them
  const byInitials = new Map<string, OrgDraft | null>();
  // (a leading "U.S." or "U.N." gives all its letters, or none: "the U.S. Agency for Kelby Trade" is USAKT, "the U.N.
  // Kelby Food Office" KFO)
  const indexInitials = (org: OrgDraft): void => {
    if (!/\s/.test(org.name.trim())) return;
    const dotted = DOTTED_LEAD.exec(org.name);
    const spellings = [initialsOf(org.name, false)];
    if (dotted) {
      const rest = initialsOf(org.name.slice(dotted[0].length), false);
      spellings.push(dotted[0].replace(/[^\p{Lu}]/gu, '') + rest, rest);
    }
    for (const initials of new Set(spellings)) {
      if (initials.length < 2) continue;
      const known = byInitials.get(initials);
      byInitials.set(initials, known === undefined || known === org ? org : null);
    }
  };
  // ("Jolene Crest" after "Jolene Crest Ventures": a short name of words that open one company's name)
  const shortNameOf = (c: ClassifiedName, key: string): OrgDraft | undefined => {
    if (c.reason !== 'short-name' || !key.includes(' ')) return undefined;
    const opened = orgs.filter((o) => normaliseName(o.name).startsWith(`${key} `));
    return opened.length === 1 ? opened[0] : undefined;
  };
  const names = classifiedNames(ctx).filter((c) => c.cls === 'organisation');
  for (const c of names) {
    const key = normaliseName(c.text);
    // "Harwell Systems Inc." after "Harwell Systems": one company with and without its legal suffix
    const bare = withoutSuffix(key);
    const unsuffixed = byBare.get(bare);
    // "Azure Front/Blue Banner": a name right after a slash is another name of the one before
    const slashed = ctx.text[c.start - 1] === '/' ? orgs.find((o) => o.mentions.some((m) => m.end === c.start - 1)) : undefined;
    const spelled = !byKey.has(key) && BARE_ACRONYM.test(c.text) ? byInitials.get(c.text) ?? undefined : undefined;
    let org = byKey.get(key) ?? slashed ?? unsuffixed ?? owners.ownerOf(key) ?? spelled ?? shortNameOf(c, key);
    if (org && org === unsuffixed && c.text.length > org.name.length) {
      // the longest form is the name; the other becomes an alias
      if (!org.aliases.includes(org.name)) org.aliases.push(org.name);
      owners.remove(org);
      org.name = c.text;
      owners.add(org);
      indexInitials(org);
    }
    // ("KELBY NEWS NETWORK" over a transcript, then "Kelby News Network": the name as a sentence writes it)
    const capsName = !!org && org === byKey.get(key) && normaliseName(org.name) === key && CAPS_NAME.test(org.name);
    if (org && capsName && !CAPS_NAME.test(c.text)) {
      owners.remove(org);
      org.name = c.text;
      owners.add(org);
    }
    if (!org) {
      org = {
        type: 'organisation', name: c.text, aliases: [], mentions: [], text: c.text, start: c.start, end: c.end,
        reason: c.reason, confidence: c.confidence,
      };
      orgs.push(org);
      owners.add(org);
      indexInitials(org);
    } else if (normaliseName(org.name) !== key && !org.aliases.some((a) => normaliseName(a) === key)) org.aliases.push(c.text);
    byKey.set(key, org);
    if (!byBare.has(bare)) byBare.set(bare, org);
    org.confidence = Math.max(org.confidence, c.confidence);
    const linkedAs = slashed === org ? '+slash-alias' : spelled === org && spelled ? '+initials-alias' : '';
    addMention(org, mentionOf(c, `${c.reason}${linkedAs}`));
    if (c.evidence === 'acronym-definition') {
      const acronym = DEFINITION_AFTER.exec(ctx.text.slice(c.end, c.end + 16));
      if (acronym) {
        const alias = acronym[1]!;
        if (!org.aliases.includes(alias)) org.aliases.push(alias);
        // the acronym may have been classified on its own already: fold it in
        const other = byKey.get(normaliseName(alias));
        if (other && other !== org) {
          for (const m of other.mentions) addMention(org, m);
          orgs.splice(orgs.indexOf(other), 1);
          owners.remove(other);
        }
        byKey.set(normaliseName(alias), org);
        byBare.set(withoutSuffix(normaliseName(alias)), org);
        const start = ctx.text.indexOf(alias, c.end);
        addMention(org, { start, end: start + alias.length, text: alias, reason: 'acronym-in-parentheses' });
      }
    }
  }
  // one organisation named twice as two: its mentions and names go to the other (`linked` marks the mentions' reason)
  const fold = (from: OrgDraft, into: OrgDraft, linked = ''): void => {
    for (const m of from.mentions) addMention(into, linked ? { ...m, reason: `${m.reason}${linked}` } : m);
    for (const alias of [from.name, ...from.aliases]) {
      if (!into.aliases.some((a) => normaliseName(a) === normaliseName(alias))) into.aliases.push(alias);
    }
    into.confidence = Math.max(into.confidence, from.confidence);
    orgs.splice(orgs.indexOf(from), 1);
    // (a name folded into another owns no short form of its own: "Dunvale" after the headline's "Dunvale Mutual" and
    // "Dunvale Mutual Life Assurance" is the one company)
    owners.remove(from);
  };
  // (the names with a legal form, read once: a results table's hundred teams are looked up in them, not in each other)
  let companyNames: Array<[OrgDraft, string]> | null = null;
  const companyOpened = (short: OrgDraft, key: string): OrgDraft | undefined => {
    companyNames ??= orgs.map((o) => [o, normaliseName(o.name)] as [OrgDraft, string])
      .filter(([, name]) => COMPANY_SUFFIXES.has(name.split(' ').at(-1)!.replace(/\.$/, '')));
    const companies = companyNames.filter(([o, name]) => o !== short && orgs.includes(o) && name.startsWith(`${key} `));
    return companies.length === 1 ? companies[0]![0] : undefined;
  };
  // "Valmont" in a headline before "Valmont FC": a one-word form met first is the one name it starts, as it is after
  for (const short of [...orgs]) {
    const key = normaliseName(short.name);
    // (or the one it ends: "Rovers" after "Kelby Rovers", when no name starts with it)
    // (and a short name of two words or more opens the one name it is met before: "Dunmarra Crest" in a headline, then
    // "Dunmarra Crest Capital")
    // (so does a headline's name of two words or more: "Dunvale Mutual to buy Kelbrook", then "Dunvale Mutual Life
    // Assurance said")
    // (or the name less a company's or a bank's head word: "Tarn Mercantile" of "Tarn Mercantile Bank")
    const shortForm = short.reason === 'short-name' || short.mentions.every((m) => inHeadline(ctx.text, m.start));
    const opened = key.includes(' ') && orgs.includes(short) ? onlyOpened(orgs, short, key) : undefined;
    // (or a firm's partners' names: "Renner & Oakby" of "Renner & Oakby Site Works Ltd"; or the name less what
    // it is of: "Tarvik Gallery" of "Tarvik Gallery of Modern Art")
    // (a word that opens several names is the one company among them, named with its legal form: "Quillvault" of
    // "Quillvault Trading Ltd", not of the "Quillvault Savers Forum")
    const owner = key.includes(' ')
      ? shortForm || opened && (headDropped(opened.name, key) || PARTNERS.test(key)
        || normaliseName(opened.name).startsWith(`${key} of `)) ? opened : undefined
      : owners.ownerOf(key) ?? owners.endingIn(key) ?? companyOpened(short, key);
    if (owner && owner !== short) fold(short, owner);
  }
  // "UN envoy … the United Nations said": an acronym met before the name whose initials it spells is that name too
  for (const acronym of [...orgs]) {
    const owner = BARE_ACRONYM.test(acronym.name) ? byInitials.get(acronym.name) : undefined;
    if (owner && owner !== acronym) fold(acronym, owner, '+initials-alias');
  }
  // "the General Elections Commission (KPU)": an acronym in brackets right after a body's name of two words or more
  // is its short name, though it spells another language's words (no place's or medium's: "Kelby Bank (US)", "(AFP)")
  for (const acronym of [...orgs]) {
    if (!BARE_ACRONYM.test(acronym.name) || !orgs.includes(acronym)) continue;
    const bracketed = acronym.mentions.find((m) => ctx.text[m.start - 1] === '(' && ctx.text[m.end] === ')');
    const owner = bracketed && orgs.find((o) => o !== acronym && o.mentions.some((m) =>
      m.text.includes(' ') && m.end <= bracketed.start - 1 && /^ ?$/.test(ctx.text.slice(m.end, bracketed.start - 1))));
    if (owner && !isPlaceName(acronym.name) && !opensWithOutlet(acronym.name)) fold(acronym, owner, '+bracket-alias');
  }
  // "the Liberals" after "the Liberal Reform Party": a party called by its members is the one party their word opens
  for (const members of [...orgs]) {
    if (!members.mentions.every((m) => m.reason.startsWith('party-by-its-members'))) continue;
    const word = normaliseName(members.name).replace(/^the /, '').replace(/s$/, '');
    const parties = orgs.filter((o) => o !== members && /\bparty$/.test(normaliseName(o.name))
      && normaliseName(o.name).replace(/^the /, '').split(' ')[0] === word);
    if (parties.length === 1) fold(members, parties[0]!, '+members-alias');
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

// a legal form, or the word for a company's shape that its short name drops ("Kelmont Capital Partners" is "Kelmont
// Capital", "Harwell Media Group" "Harwell Media")
// (one to three: "Kelby Analytics Pvt Ltd", "Tarvik Co. Ltd", "Orlen Growth Partners Sdn Bhd"; or a football club's
// mark: "Kelby Rovers FC" is "Kelby Rovers")
const LEGAL_FORM = 'inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|nv|gmbh|a\\/s|group|'
  + 'holdings?|partners|lp|llp|pty|pvt|private|ab|asa|as|oyj|bhd|sdn|berhad|bv|spa|fc|afc|'
  // (and the forms written with full stops: "Kelby S.A.", "Tarn S.p.A.", "Velkor N.V.")
  + 's\\.a|s\\.p\\.a|n\\.v|b\\.v|s\\.r\\.l|s\\.a\\.s';
const LEGAL_SUFFIX = new RegExp(`(?:,? (?:${LEGAL_FORM})\\.?){1,3}$`);
/** A company's name without its legal form: "harwell systems inc." → "harwell systems" (and a station's without its
 * channel: "ktrn news 9" → "ktrn news"). */
const withoutSuffix = (key: string): string => key.replace(LEGAL_SUFFIX, '').replace(/(?<=\b(?:news|tv)) \d{1,2}$/, '');

/**
 * "Trade Department" after "Norland Trade Department": a shorter form of one earlier name, when only
 * one fits; "Kelmont" after "Kelmont Tool Inc": one company whose name starts with the word
 * ("Harwell's" after "Harwell's Holdings Inc"). Indexed by word suffixes and first words, so a list
 * of thousands of names is not compared pairwise.
 */
class ShortForms {
  private readonly bySuffix = new Map<string, Set<OrgDraft>>();
  private readonly byFirst = new Map<string, Set<OrgDraft>>();
  // the head word before a name's "for"/"of" tail: "alliance" of "tenants' alliance for fair rent"
  private readonly byInnerHead = new Map<string, Set<OrgDraft>>();
  private readonly sets = new Map<OrgDraft, Array<Set<OrgDraft>>>();

  add(org: OrgDraft): void {
    const name = normaliseName(org.name);
    const words = name.split(' ');
    const sets: Array<Set<OrgDraft>> = [];
    // every ending of whole words, "trade department" and "department" of "norland trade department" (and of the
    // name less its legal form: "quelcata" of "minera quelcata sa")
    const bare = withoutSuffix(name);
    for (const form of bare === name ? [words] : [words, bare.split(' ')]) {
      for (let i = 1; i < form.length; i++) sets.push(put(this.bySuffix, form.slice(i).join(' '), org));
    }
    const first = /^(\S+?)(?:'s)? /.exec(name)?.[1];
    if (first !== undefined) sets.push(put(this.byFirst, first, org));
    const innerHead = /^\S.*? (\S+) (?:for|of|on|against) /.exec(name)?.[1];
    if (innerHead !== undefined && ORG_HEAD_WORDS.has(innerHead)) sets.push(put(this.byInnerHead, innerHead, org));
    this.sets.set(org, sets);
  }

  remove(org: OrgDraft): void {
    for (const set of this.sets.get(org) ?? []) set.delete(org);
    this.sets.delete(org);
  }

  ownerOf(key: string): OrgDraft | undefined {
    if (key.includes(' ')) return onlyOne(this.bySuffix.get(key));
    // "Alliance" after "the Tenants' Alliance for Fair Rent": a one-word head names the one body it heads, unless
    // some name starts with that word (sets emptied by remove() count as none)
    const byFirst = this.byFirst.get(key);
    return byFirst?.size ? onlyOne(byFirst) : onlyOne(this.byInnerHead.get(key));
  }

  /** The one name that ends in these words: "Rovers" of "Kelby Rovers". */
  endingIn(key: string): OrgDraft | undefined {
    return onlyOne(this.bySuffix.get(key));
  }
}

/** Whether the offset lies on the text's first line that holds any words: its headline. */
const inHeadline = (text: string, offset: number): boolean => !text.slice(0, offset).trimStart().includes('\n');

/**
 * Whether `key` is the name less its last word, a company's head word or a bank's ("Tarn Mercantile Bank"), or the
 * kind of business it does ("Brenn & Vale" of "Brenn & Vale Hospitality").
 */
const headDropped = (name: string, key: string): boolean => {
  // (the legal form dropped with it: "Kelby Stone" of "KELBY STONE CONSTRUCTION LIMITED")
  const head = withoutSuffix(normaliseName(name)).slice(key.length + 1);
  if (!head.includes(' ') && (isCompanyOrBankHead(head) || BUSINESS_KIND_HEADS.includes(head))) return true;
  // (or a body its members or funders own, less its head and maybe its trade: "Tarn Dawn" of "Tarn Dawn
  // Foundation", "Kelby Hill" of "Kelby Hill Milk Co-operative"; the short form no body's name of its own)
  const words = head.split(' ');
  return words.length <= 2 && GOES_BY_THE_REST.has(words.at(-1)!) && !ORG_HEAD_WORDS.has(key.split(' ').at(-1)!)
    && (words.length === 1 || isLexiconWord(words[0]!));
};
// two partners' names, or more: "renner & oakby", "harlow, vey and lund"
const PARTNERS = /^[\p{L}'’-]+(?:, [\p{L}'’-]+)* (?:&|and) [\p{L}'’-]+$/u;
const GOES_BY_THE_REST: ReadonlySet<string> = new Set(['foundation', 'trust', 'institute', 'society', 'association',
  'co-operative', 'cooperative', 'co-op', 'collective', 'federation', 'charity']);

/** The one other organisation whose name opens with the words of `key`. */
function onlyOpened(orgs: readonly OrgDraft[], short: OrgDraft, key: string): OrgDraft | undefined {
  const opened = orgs.filter((o) => o !== short && normaliseName(o.name).startsWith(`${key} `));
  return opened.length === 1 ? opened[0] : undefined;
}

const onlyOne = (owners: Set<OrgDraft> | undefined): OrgDraft | undefined =>
  owners?.size === 1 ? owners.values().next().value : undefined;

function put(map: Map<string, Set<OrgDraft>>, key: string, org: OrgDraft): Set<OrgDraft> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(org);
  return set;
}

/** "the Army" back to an earlier "X Army", when exactly one organisation has that head. */
function linkBareHeads(ctx: Context, orgs: OrgDraft[], names: ClassifiedName[]): void {
  const { tokens } = ctx;
  // organisations by the last word of their name, in order of their first mention
  const byHead = new Map<string, OrgDraft[]>();
  for (const o of [...orgs].sort((a, b) => a.start - b.start)) {
    const head = normaliseName(o.name).split(' ').at(-1)!;
    const list = byHead.get(head);
    if (list) list.push(o);
    else byHead.set(head, [o]);
  }
  // names sorted by start, with the furthest end so far: "is this token inside a name" in log time
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const n of sorted) reach.push(Math.max(reach.at(-1) ?? -1, n.end));
  const insideName = (start: number, end: number): boolean => {
    const k = lastAtOrBefore(sorted, start);
    return k >= 0 && reach[k]! >= end;
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.normal !== 'the' || !ORG_HEAD_WORDS.has(t.normal) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(t.post)) continue;
    if (insideName(t.start, t.end)) continue;
    const candidates = byHead.get(t.normal) ?? [];
    // exactly one organisation with that head mentioned before the token
    if (candidates.length > 0 && candidates[0]!.start < t.start && !(candidates[1] && candidates[1].start < t.start)) {
      candidates[0]!.mentions.push({ start: t.start, end: t.end, text: t.text, reason: 'head-word-link' });
    }
  }
}

/** Index of the last item whose start is at most `start`, or -1. */
function lastAtOrBefore(sorted: ReadonlyArray<{ start: number }>, start: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const organisationModule: FactModule<OrganisationFact> = {
  type: 'organisation',
  schema: OrganisationFact,
  extract: extractOrganisations,
};
