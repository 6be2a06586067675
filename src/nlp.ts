// The only module that configures compromise: plugins and lexicon changes are global,
// so they happen here, once, at import time.
// compromise/two: tokeniser, lexicon and tagger; every extractor reads tags only, so the
// chunker and phrase methods of the full build (compromise/three) would be loaded for nothing.
// It is loaded from compromise's single-file build (the package's `require` export): the same
// code as its ESM source tree, without resolving and reading a few hundred module files, which
// takes 200-250 ms off every cold start and every worker's start.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { type BulkMatch, fastBulkMatch } from './nlp-bulk-match.js';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

/** Words compromise mis-tags in news prose; each entry says why. */
const lexicon: Record<string, string> = {
  // "counterterrorism" is a noun, never a person name
  counterterrorism: 'Noun',
  // titles compromise knows only in part
  spokesperson: 'Noun',
  coordinator: 'Noun',
};

nlp.addWords(lexicon);

// forms of address compromise knows as no abbreviation, whose full stop ends no sentence: "drs. Anke de Wit" (Dutch),
// "Ir. Budi Kartaman" (Indonesian), "Engr. Bola Ade" (Nigerian)
const abbreviations = (nlp.model() as unknown as { one: { abbreviations: Record<string, boolean> } }).one.abbreviations;
for (const word of ['drs', 'ir', 'engr']) abbreviations[word] = true;

// the tagger's last pass, doing the same with less work (see nlp-bulk-match.ts); the original stays for the test
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods;
export const originalBulkMatch: BulkMatch = methods.one.bulkMatch;
methods.one.bulkMatch = fastBulkMatch;

export type NlpDoc = ReturnType<typeof nlp>;

interface Term {
  text: string;
  normal: string;
  tags: Set<string>;
}

/**
 * Words compromise's tagger reads as another part of speech in news prose, whatever its lexicon says; each fix
 * looks at the word before. Applied to every parse, so every stage reads the same tags.
 */
export const TAG_FIXES: ReadonlyArray<{
  reason: string;
  example: string;
  word: string;
  /** the word before must carry one of these tags… */
  after: readonly string[];
  /** …and none of these */
  notAfter: readonly string[];
  remove: readonly string[];
  add: readonly string[];
}> = [
  {
    // "rose" the flower takes an article or an adjective; after a noun or pronoun it is the verb
    reason: 'rose-after-subject',
    example: 'The death toll rose to 19 on Tuesday',
    word: 'rose',
    after: ['Noun', 'Pronoun'],
    notAfter: ['Possessive', 'Determiner', 'Adjective'],
    remove: ['Noun', 'Singular'],
    add: ['Verb', 'PastTense'],
  },
];
const fixesByWord = new Map(TAG_FIXES.map((fix) => [fix.word, fix]));

function fixTags(sentence: Term[]): void {
  for (let i = 1; i < sentence.length; i++) {
    const term = sentence[i]!;
    const fix = fixesByWord.get(term.text);
    if (!fix) continue;
    const before = sentence[i - 1]!.tags;
    if (!fix.after.some((tag) => before.has(tag)) || fix.notAfter.some((tag) => before.has(tag))) continue;
    for (const tag of fix.remove) term.tags.delete(tag);
    for (const tag of fix.add) term.tags.add(tag);
  }
}

/** One compromise parse of an article, with the tag fixes above. Every stage reads this one parse. */
export function parse(text: string): NlpDoc {
  const doc = nlp(text);
  for (const sentence of doc.document as unknown as Term[][]) fixTags(sentence);
  return doc;
}

const known = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
/** The tag compromise's lexicon gives a word out of context ("england" → Country), whatever a sentence made of it. */
export function lexiconTag(word: string): string | undefined {
  const tag = known[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}
