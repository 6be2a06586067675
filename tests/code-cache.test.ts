// The command's start through V8's code cache (src/bin.ts): the build's caches are taken, and a cache that does not
// belong to its file is left alone without changing what the command writes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const ARTICLE = join(ROOT, 'input', 'article.txt');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Runs a copy of the command's entry, its V8 flags and bundle, in a folder of dist/ (where it finds compromise). */
function runCopy(caches: Record<string, Buffer>): { stderr: string; result: unknown } {
  const dir = mkdtempSync(join(DIST, '.code-cache-test-'));
  made.push(dir);
  for (const file of ['bin.js', 'v8-flags.js', 'main.cjs']) copyFileSync(join(DIST, file), join(dir, file));
  for (const [file, data] of Object.entries(caches)) writeFileSync(join(dir, file), data);
  const out = join(dir, 'out');
  const r = spawnSync(process.execPath, [join(dir, 'bin.js'), ARTICLE, '--out-dir', out, '--quiet'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEWSFACTS_CODE_CACHE: 'check' },
  });
  expect(r.status, r.stderr).toBe(0);
  return { stderr: r.stderr, result: JSON.parse(readFileSync(join(out, 'article.json'), 'utf8')) };
}

describe('V8 code cache of the command', () => {
  const built = (file: string): Buffer => readFileSync(join(DIST, file));
  const expected = runCopy({ 'main.cjs.cache': built('main.cjs.cache'), 'compromise.cache': built('compromise.cache') });

  it('the build writes caches that V8 takes, for the bundle and for compromise', () => {
    expect(expected.stderr).toMatch(/^code cache used: .*compromise-two\.cjs$/m);
    expect(expected.stderr).toMatch(/^code cache used: .*main\.cjs$/m);
  });

  const withDigestChanged = (data: Buffer): Buffer => Buffer.concat([Buffer.from([data[0]! ^ 0xff]), data.subarray(1)]);
  it.each([
    ['missing', {}],
    ['made from other bytes (its digest differs)', { 'main.cjs.cache': withDigestChanged(built('main.cjs.cache')) }],
    ['cut short (V8 refuses it)', { 'main.cjs.cache': built('main.cjs.cache').subarray(0, 4096) }],
  ])('a cache %s is not used, and the facts are the same', (_, caches: Record<string, Buffer>) => {
    const run = runCopy(caches);
    expect(run.stderr).toMatch(/^code cache not used: .*main\.cjs$/m);
    expect(run.result).toEqual(expected.result);
  });
});
