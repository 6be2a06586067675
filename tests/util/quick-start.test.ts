// Which runs the command compiles for a quick start (src/v8-flags.ts): only inputs of known, small size.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STDIN } from '../../src/io/inputs.js';
import { QUICK_START_BYTES, quickStartWanted } from '../../src/v8-flags.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-quick-'));
const file = (name: string, bytes: number): string => {
  const path = join(dir, name);
  writeFileSync(path, 'x'.repeat(bytes));
  return path;
};
const small = file('small.txt', 3000);
const other = file('other.txt', 3000);
const big = file('big.txt', QUICK_START_BYTES + 1);
const edge = file('edge.txt', QUICK_START_BYTES);
const folder = join(dir, 'folder');
mkdirSync(folder);

describe('quickStartWanted', () => {
  it.each([
    ['one small article', [small], true],
    ['two small articles', [small, other], true],
    ['an article of exactly the limit', [edge], true],
    ['an article over the limit', [big], false],
    ['small articles that add up to more than the limit', [edge, small], false],
    ['standard input, of unknown size', [STDIN], false],
    ['a small article and standard input', [small, STDIN], false],
    ['a folder', [folder], false],
    ['a path that is gone', [join(dir, 'gone.txt')], false],
    ['no inputs', [], false],
  ])('%s → %s', (_, files, wanted) => {
    expect(quickStartWanted(files as string[], STDIN)).toBe(wanted);
  });
});
