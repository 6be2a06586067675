// What every extraction stage receives: the original text, and the tokens and sentences of its
// compromise parse, with character offsets into the original text.
//
// compromise's sentence splitter and tagger grow faster than the text on some shapes (one long
// sentence, runs of "J. " or "Mr. ", long runs of capitalised words), so the text is cut into pieces
// of at most PIECE_CHARS characters before compromise sees it, each parsed on its own. Cuts fall at a
// line break where there is one, else after a sentence's full stop, a comma, a space, and only
// failing all of those inside a word: an article shorter than PIECE_CHARS is parsed whole, as before.
import { parse } from './nlp.js';
import { lastIndexAtMost } from './util/search.js';
import { withoutReferenceMarks } from './util/reference-marks.js';
import { withWrappedLinesJoined } from './util/wrapped-lines.js';

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
  tokens: Token[];
  sentences: Sentence[];
  /** publication date (YYYY-MM-DD) that relative dates resolve against, or null */
  published: string | null;
  /** the sentence that contains a character offset */
  sentenceAt(offset: number): Sentence;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

/** The most text compromise parses at once: its cost per piece stays bounded, so the total is linear. */
export const PIECE_CHARS = 4_000;

/**
 * The same text, held by V8 as two-byte characters. V8 compiles a regular expression to machine code once for each
 * width of string it runs on; news text comes in both (plain ASCII, or with curly quotes and dashes), so without this
 * every pattern was compiled twice: about 11 MB more machine code in each worker (the casualty patterns alone).
 * A slice of a two-byte string is two-byte, so every sentence, window and token read from it is too.
 */
export const twoByte = (text: string): string => (text + '\u0100').slice(0, -1);

export function createContext(input: string, published: string | null = null): Context {
  const text = twoByte(input);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // (the parser reads the text without an encyclopedia's reference marks, and with hard-wrapped lines joined; the
  // context keeps both as they are)
  const parsed = withWrappedLinesJoined(withoutReferenceMarks(text));
  for (const [from, to] of pieces(parsed)) {
    let offset = from;
    // compromise keeps every character in pre/text/post, so summing them gives exact offsets
    const document = parse(parsed.slice(from, to)).document as unknown as RawTerm[][];
    for (const terms of document) offset = addSentence(terms, offset);
  }
  function addSentence(terms: RawTerm[], offset: number): number {
    const first = tokens.length;
    let sentenceStart = -1;
    let sentenceEnd = offset;
    let lastPost = '';
    for (const term of terms) {
      // (a combining mark that closes a word is the word's, though the parser leaves it after: "Adérọ̀")
      const marks = TRAILING_MARKS.exec(term.post)?.[0] ?? '';
      const word = marks ? term.text + marks : term.text;
      const post = marks ? term.post.slice(marks.length) : term.post;
      offset += term.pre.length;
      const start = offset;
      offset += word.length;
      if (sentenceStart < 0) sentenceStart = start - leadingPunctuation(term.pre);
      tokens.push({
        text: word,
        normal: term.normal,
        tags: term.tags,
        pre: term.pre,
        post,
        start,
        end: offset,
        index: tokens.length,
        sentence: sentences.length,
      });
      sentenceEnd = offset;
      lastPost = post;
      offset += post.length;
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
    return offset;
  }
  const sentenceStarts = sentences.map((s) => s.start);
  const fallback: Sentence = { index: -1, start: 0, end: text.length, text, first: 0, last: tokens.length };
  return {
    text,
    tokens,
    sentences,
    published,
    sentenceAt(position: number): Sentence {
      const found = lastIndexAtMost(sentenceStarts.length, (i) => sentenceStarts[i]!, position);
      return sentences[found] ?? sentences[0] ?? fallback;
    },
  };
}

const SPACE = /\s/u;
const TRAILING_MARKS = /^\p{M}+/u;

// where a piece may end, best first: after a line break; after a sentence's full stop (a lower-case
// word or a number before it, so never after "Mr." or an initial); after a comma or semicolon; a space
const SENTENCE_END = /(?<=[\p{Ll}\d]{2})[.!?]+["'”’)\]]*\s+/gu;
const CLAUSE_END = /[,;:]\s+/g;
const SPACES = /\s+/g;

/** [start, end) pieces that cover the text, each at most `max` characters (see the file's head). */
export function pieces(text: string, max = PIECE_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutPoint(text.slice(start, start + max));
    out.push([start, start + end]);
    start += end;
  }
  out.push([start, text.length]);
  return out;
}

/** Where to end a piece of this window: the best cut in its last three quarters. */
function cutPoint(window: string): number {
  const min = Math.floor(window.length / 4);
  const line = window.lastIndexOf('\n');
  if (line >= min) return line + 1;
  for (const pattern of [SENTENCE_END, CLAUSE_END, SPACES]) {
    let end = -1;
    pattern.lastIndex = min;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) end = m.index + m[0].length;
    if (end > min && end < window.length) return end;
  }
  // one word longer than the window: cut it, but not inside a surrogate pair
  const code = window.charCodeAt(window.length - 1);
  return code >= 0xd800 && code <= 0xdbff ? window.length - 1 : window.length;
}

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
