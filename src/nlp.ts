// The only module that configures compromise: plugins and lexicon changes are global,
// so they happen here, once, at import time.
// compromise/two: tokeniser, lexicon and tagger; every extractor reads tags only, so the
// chunker and phrase methods of the full build (compromise/three) would be loaded for nothing.
// It is loaded from compromise's single-file build (the package's `require` export): the same
// code as its ESM source tree, without resolving and reading a few hundred module files, which
// takes 200-250 ms off every cold start and every worker's start.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

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

export type NlpDoc = ReturnType<typeof nlp>;

/** One compromise parse of an article. Every stage reads this one parse. */
export function parse(text: string): NlpDoc {
  return nlp(text);
}

const known = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
/** The tag compromise's lexicon gives a word out of context ("england" → Country), whatever a sentence made of it. */
export function lexiconTag(word: string): string | undefined {
  const tag = known[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}
