// The only module that configures compromise: plugins and lexicon changes are global,
// so they happen here, once, at import time.
// compromise/two: tokeniser, lexicon and tagger; every extractor reads tags only, so the
// chunker and phrase methods of the full build (compromise/three) would be loaded for nothing.
import nlp from 'compromise/two';

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
