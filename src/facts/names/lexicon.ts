// Knowledge of organisations from whole public lists (see data/README.md): evidence with a weight, never a
// verdict. The lists load on the first lookup, not at import, so a run that never asks pays nothing.
import { LISTED_COMPANIES } from './data/listed-companies.js';
import { NEWS_OUTLETS } from './data/news-outlets.js';
import { lexiconTag } from '../../nlp.js';

/** How much a list says about a name: `firm` names are distinctive, `ambiguous` ones are also English words. */
export type ListedStrength = 'firm' | 'ambiguous';

let listed: Map<string, ListedStrength> | null = null;
let outlets: Map<string, ListedStrength> | null = null;

// most names need only lower case: the rest of the key is worked out only where it changes something
// (this is most of the cost of building the list's index on the first look-up)
const NEEDS_WORK = /[^\x21-\x7e ]|`|^the |^ | $| {2}/i;
const key = (name: string): string =>
  NEEDS_WORK.test(name)
    ? name.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim()
    : name.toLowerCase();

/** One name a line, "~" before a name that is also an English word. */
function indexOf(lines: string): Map<string, ListedStrength> {
  const index = new Map<string, ListedStrength>();
  for (const line of lines.split('\n')) {
    const ambiguous = line.startsWith('~');
    index.set(key(ambiguous ? line.slice(1) : line), ambiguous ? 'ambiguous' : 'firm');
  }
  return index;
}

// the kinds of business a listed name may end in, which news leaves out: "Uber Technologies" is "Uber" in a story
const SHORT_FORM_HEADS = new Set([
  'technologies', 'technology', 'communications', 'holdings', 'group', 'motor', 'motors', 'pharmaceuticals',
  'pharmaceutical', 'therapeutics', 'industries', 'systems', 'software', 'entertainment', 'brands', 'energy', 'resources',
]);

/** "Uber Technologies" also as "Uber": a one-word short form the list does not hold otherwise. */
function addShortForms(index: Map<string, ListedStrength>): void {
  const found: string[] = [];
  for (const [name, strength] of index) {
    const space = name.indexOf(' ');
    if (strength === 'firm' && space >= 3 && space === name.lastIndexOf(' ') && SHORT_FORM_HEADS.has(name.slice(space + 1))) {
      found.push(name.slice(0, space));
    }
  }
  for (const word of found) {
    // (nor a participle's or an adverb's shape the lexicon may not hold: "Diversified")
    if (!/^[a-z][a-z-]*$/.test(word) || /(?:ed|ing|ly)$/.test(word) || index.has(word)) continue;
    // (a word the lexicon knows as anything but a body, a demonym or a place's word too, is left out: "American";
    // and a short form counts only as an ambiguous name does, inside a sentence and after no article: "the Gulf")
    const tag = lexiconTag(word);
    if (tag === undefined || tag === 'Organization') index.set(word, 'ambiguous');
  }
}

/** "Goldman Sachs" → 'firm', "Target" → 'ambiguous', "Harwell" → null: a company listed on a U.S. exchange. */
export function listedCompany(name: string): ListedStrength | null {
  if (!listed) addShortForms((listed = indexOf(LISTED_COMPANIES)));
  return listed.get(key(name)) ?? null;
}

/** "Agence France Presse" → 'firm', "Guardian" → 'ambiguous', "Kelmont Courier" → null: an outlet on Freebie's list. */
export function newsOutlet(name: string): ListedStrength | null {
  outlets ??= indexOf(NEWS_OUTLETS);
  return outlets.get(key(name)) ?? null;
}

// the first one to three capitalised words of a text (a full stop after one is the sentence's)
const OPENING_WORDS = /^(\p{Lu}[\p{L}.&-]*)(?: (\p{Lu}[\p{L}.&-]*))?(?: (\p{Lu}[\p{L}.&-]*))?/u;

/** "Reuters. Photo: …", "Agence France-Presse said": a text that opens with a news outlet's name. */
export function opensWithOutlet(text: string): boolean {
  const words = OPENING_WORDS.exec(text)?.slice(1).filter((w) => w !== undefined) ?? [];
  return words.some((_, n) => newsOutlet(words.slice(0, n + 1).join(' ').replace(/\.$/, '')) !== null);
}
