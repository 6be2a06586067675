// A person's affiliation is named as the article's organisation is: "Stannary" (a short name) or "GRA" (an acronym)
// after "Stannary Holdings" or "the Grid Regulation Authority (GRA)" becomes the organisation's name, so the
// affiliation column joins the organisation rows. A form two organisations share is left as written, and so is a
// whole body where the organisation is a part of it: "KDF" is not the "KDF Review Board". A holder of an office named
// for its holder ("Sheriff Ann Lee") with no affiliation serves that office where the article names it.
import { normaliseName } from '../facts/names.js';
import type { Refiner } from './types.js';
import { rx } from '../util/regex.js';

// what a body's part is called, after the whole's name: "Kelby Planning Committee", "Tarvik Crime Laboratory"
const PART_AFTER = rx('i')`^ .*\b(?:council|committee|subcommittee|commission|laborator(?:y|ies)|lab|division|unit|
  department|bureau|board|panel|directorate|office)\b`;

// ...or a body of its people, named for them: "Kelby Rovers Supporters' Trust", "Tarvik Air Pilots' Association"
const MEMBERS_AFTER = /^ \p{L}+s['’] /u;
const partAfter = (rest: string): boolean => PART_AFTER.test(rest) || MEMBERS_AFTER.test(rest);

const BODY_WORD =
  /^(?:board|council|committee|commission|authority|agency|department|ministry|union|party|court|trust)$/;
// offices named for their holder: "the Kelby County Sheriff's Office", "the District Attorney's Office"
const OFFICE_HOLDER = rx('i')`^(?:Sheriff|Undersheriff|Coroner|Medical Examiner|District Attorney|State Attorney|
  Attorney General|Prosecutor|Public Defender|Marshal|Fire Marshal|Auditor|Comptroller|Treasurer|Assessor)$`;
const SHORT_ABBREVIATION = /^(?:(?:\p{L}\.)+|\p{L}{1,3})$/u;

export const affiliationNames: Refiner = {
  name: 'affiliation-names',
  refine(facts) {
    // every form of an organisation's name → its name; null where two organisations share the form
    const named = new Map<string, string | null>();
    for (const f of facts) {
      if (f.type !== 'organisation') continue;
      const name = normaliseName(f.name);
      for (const form of new Set([f.name, ...f.aliases].map(normaliseName))) {
        if (name.startsWith(form) && partAfter(name.slice(form.length))) continue;
        named.set(form, named.has(form) && named.get(form) !== f.name ? null : f.name);
      }
    }
    if (named.size === 0) return facts;
    // ("Hebden Vale" for "Hebden Vale Building Society": the first words of one organisation's name, where no other's
    // name opens so; not a short abbreviation, which is a country's or the whole body's: "U.K." is no "U.K. Trade
    // Agency")
    const names = [...new Set([...named.values()].filter((n): n is string => n !== null))];
    const openedBy = (form: string): string | undefined => {
      if (SHORT_ABBREVIATION.test(form)) return undefined;
      const found = names.filter((n) => {
        const name = normaliseName(n);
        return name.startsWith(`${form} `) && !partAfter(name.slice(form.length));
      });
      return found.length === 1 ? found[0] : undefined;
    };
    // ("Board President Ann Lee": a body's head word alone is the one body of the article whose name ends in it)
    const endedBy = (form: string): string | undefined => {
      if (!BODY_WORD.test(form)) return undefined;
      const found = names.filter((n) => normaliseName(n).endsWith(` ${form}`));
      return found.length === 1 ? found[0] : undefined;
    };
    // ("Sheriff Ann Lee" beside "the Kelby County Sheriff's Office": an office named for its holder is whom the holder
    // serves, where the article names one such)
    const officeOf = (role: string): string | undefined => {
      const found = names.filter((n) => n.toLowerCase().endsWith(`${role.toLowerCase()}'s office`)
        || n.toLowerCase().endsWith(`${role.toLowerCase()}'s department`));
      return found.length === 1 ? found[0] : undefined;
    };
    return facts.map((f) => {
      if (f.type === 'person' && !f.affiliation && f.role && OFFICE_HOLDER.test(f.role)) {
        const office = officeOf(f.role);
        return office ? { ...f, affiliation: office } : f;
      }
      if (f.type !== 'person' || !f.affiliation) return f;
      // (an organisation named by the first words of another's name alone is that one: "Hebden Vale" beside "Hebden
      // Vale Building Society")
      const form = normaliseName(f.affiliation);
      const exact = named.get(form);
      const name = named.has(form)
        ? exact && (openedBy(normaliseName(exact)) ?? exact)
        : openedBy(form) ?? endedBy(form);
      return name && name !== f.affiliation ? { ...f, affiliation: name } : f;
    });
  },
};
