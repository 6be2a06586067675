// V8 settings for the command line, applied before any pattern runs. Imported first by bin.ts;
// flags are per process, so pool workers share them.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 first interprets a regular expression and recompiles it to machine code once it is hot. The
// casualty patterns are large alternations that are all hot from the first article, so the
// interpreted tier is pure overhead: compiling straight to machine code halves the cost of the
// first article (measured: 520 → 230 ms for input/article.txt) and leaves throughput unchanged.
// Zero ticks before tier-up, not --no-regexp-tier-up: switching tier-up off while Node's own expressions, compiled
// before this line, still wait in the interpreted tier made the process crash (SIGSEGV, about one run in 1,400 of
// `extract eval`; every run of tests/util/v8-flags.test.ts's script). With zero ticks tier-up stays on, so those
// expressions are still handled by its rules, and every expression compiled after this line goes straight to
// machine code, as before (same start-up time: docs/benchmark.md, twenty-first session).
setFlagsFromString('--regexp-tier-up-ticks=0');

/** Runs whose input files hold no more than this many bytes in all are compiled for a quick start. */
export const QUICK_START_BYTES = 32 * 1024;

/**
 * A small run (one article named on the command line) spends more time compiling the rules' regular expressions
 * than running them: for it, V8 skips its optimising passes over their machine code. Measured with the CLI
 * (docs/benchmark.md, seventeenth session): input/article.txt 0.86 → 0.75 s; at about 64 KB of casualty reports
 * the two break even, and above it the optimised code wins (256 KB: 3.6 against 4.2 s), so batches keep it. The
 * flag changes how fast a pattern runs, never what it matches (the dev texts' facts are identical either way).
 * Standard input and folders of unknown size keep the default. Only patterns compiled after the call are affected.
 */
export function preferQuickStart(files: readonly string[], stdin: string): void {
  if (quickStartWanted(files, stdin)) setFlagsFromString('--no-regexp-optimization');
}

/** Whether the named inputs are regular files of QUICK_START_BYTES or fewer in all. */
export function quickStartWanted(files: readonly string[], stdin: string): boolean {
  let bytes = 0;
  for (const file of files) {
    if (file === stdin) return false;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) return false;
    bytes += stat.size;
    if (bytes > QUICK_START_BYTES) return false;
  }
  return files.length > 0;
}
