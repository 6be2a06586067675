// Counting articles ahead of a run, for the progress bar's ETA: one pass over the bytes of each
// JSONL corpus, counting lines without decoding or keeping them.
import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { STDIN } from './inputs.js';

const NEWLINE = 0x0a;

/** Number of articles in the inputs (non-empty JSONL lines are approximated by lines), or null for stdin. */
export async function countArticles(files: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const file of files) {
    if (file === STDIN) return null;
    if (extname(file).toLowerCase() !== '.jsonl') {
      total++;
      continue;
    }
    // a FIFO or a device is read once, by the run itself: counting would drain it (or never end)
    if (!statSync(file).isFile()) return null;
    let last = NEWLINE;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(NEWLINE); i >= 0; i = chunk.indexOf(NEWLINE, i + 1)) total++;
      if (chunk.length > 0) last = chunk[chunk.length - 1]!;
    }
    if (last !== NEWLINE) total++;
  }
  return total;
}
