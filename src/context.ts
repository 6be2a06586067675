// What every extraction stage receives: the original text, its one compromise parse,
// and tokens and sentences with character offsets into the original text.
import { parse, type NlpDoc } from './nlp.js';

export interface Token {
  /** the word as written, without surrounding punctuation */
  text: string;
  /** compromise's normal form (lower case, no punctuation) */
  normal: string;
  tags: ReadonlySet<string>;
  /** punctuation and spaces before and after the word, as written */
  pre: string;
  post: string;
  start: number;
  end: number;
  /** position of the token in the article, and of its sentence */
  index: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** index of the first token and one past the last */
  first: number;
  last: number;
}

export interface Context {
  text: string;
  doc: NlpDoc;
  tokens: Token[];
  sentences: Sentence[];
  /** publication date (YYYY-MM-DD) that relative dates resolve against, or null */
  published: string | null;
  /** the sentence that contains a character offset */
  sentenceAt(offset: number): Sentence;
  /** token ranges [first, last) of each match of a compromise view */
  tokenRanges(view: NlpDoc): Array<[number, number]>;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

export function createContext(text: string, published: string | null = null): Context {
  const doc = parse(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  // compromise keeps every character in pre/text/post, so summing them gives exact offsets
  const document = doc.document as unknown as RawTerm[][];
  for (const terms of document) {
    const first = tokens.length;
    let sentenceStart = -1;
    let sentenceEnd = offset;
    let lastPost = '';
    for (const term of terms) {
      offset += term.pre.length;
      const start = offset;
      offset += term.text.length;
      if (sentenceStart < 0) sentenceStart = start - leadingPunctuation(term.pre);
      tokens.push({
        text: term.text,
        normal: term.normal,
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        start,
        end: offset,
        index: tokens.length,
        sentence: sentences.length,
      });
      sentenceEnd = offset;
      lastPost = term.post;
      offset += term.post.length;
    }
    // the sentence ends after its last word and the punctuation that closes it
    sentenceEnd += trailingPunctuation(lastPost);
    // keep empty sentences too, so sentence indexes match compromise's pointers
    if (sentenceStart < 0) sentenceStart = sentenceEnd = offset;
    sentences.push({
      index: sentences.length,
      start: sentenceStart,
      end: sentenceEnd,
      text: text.slice(sentenceStart, sentenceEnd),
      first,
      last: tokens.length,
    });
  }
  const sentenceStarts = sentences.map((s) => s.start);
  const fallback: Sentence = { index: -1, start: 0, end: text.length, text, first: 0, last: tokens.length };
  return {
    text,
    doc,
    tokens,
    sentences,
    published,
    sentenceAt(position: number): Sentence {
      let lo = 0;
      let hi = sentenceStarts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentenceStarts[mid]! <= position) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return sentences[found] ?? sentences[0] ?? fallback;
    },
    tokenRanges(view: NlpDoc): Array<[number, number]> {
      const pointers = view.fullPointer as Array<[number, number, number]>;
      return pointers.map(([n, from, to]) => {
        const first = sentences[n]?.first ?? 0;
        return [first + from, first + to];
      });
    },
  };
}

const SPACE = /\s/u;

/** Opening quotes and brackets belong to the sentence; spaces do not. */
function leadingPunctuation(pre: string): number {
  let n = 0;
  while (n < pre.length && !SPACE.test(pre[pre.length - 1 - n]!)) n++;
  return n;
}

/** Closing punctuation belongs to the sentence; spaces and newlines do not. */
function trailingPunctuation(post: string): number {
  let n = 0;
  while (n < post.length && !SPACE.test(post[n]!)) n++;
  return n;
}
