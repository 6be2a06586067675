// The command's V8 settings (src/v8-flags.ts) are applied after Node has compiled and run regular expressions
// of its own: those must keep working. Switching regexp tier-up off at that point crashed the process (SIGSEGV)
// once the earlier expressions ran again after a garbage collection; this script does exactly that.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const FLAGS = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'v8-flags.js')).href;

// expressions compiled and run before the settings, run again after them with collections in between
const SCRIPT = `
const before = Array.from({ length: 3000 }, (_, i) => new RegExp('(?:ab|cd' + i + ')(\\\\d+)', 'i'));
const text = 'xx ab12 cd3 ef ';
for (const rx of before) rx.exec(text);
await import(${JSON.stringify(FLAGS)});
const after = /(?:north|south)(?:ern)? (\\w+)/g;
let found = 0;
for (let round = 0; round < 40; round++) {
  for (const rx of before) if (rx.exec(text + round)) found++;
  found += ('the northern line ' + round).match(after).length;
  globalThis.gc();
}
process.stdout.write(String(found));
`;

describe('V8 settings of the command', () => {
  it('leave expressions compiled before them working, through garbage collections', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect({ signal: r.signal, status: r.status, stderr: r.stderr }).toEqual({ signal: null, status: 0, stderr: '' });
    // every expression still finds what it found before the settings
    expect(Number(r.stdout)).toBe(3000 * 40 + 40);
  });
});
