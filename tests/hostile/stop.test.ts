// A stop that stops: a signal ends the run within two seconds even while one large article is being
// parsed (in a worker, which can be terminated), and a per-article time budget fails only the article
// over it. Earlier complete outputs stay as they were; no temporary file is left behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const PREVIOUS_CSV = 'previous\r\n';
const GOOD = 'Two people were injured on Tuesday.';

/** About 900 KB of ordinary news prose: seconds of work, so a signal lands mid-article. */
function bigArticle(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 900_000; i++) {
    const s = `Officials in Brenmoor said ${i % 90 + 2} people were injured on Monday after a storm hit the Valdo district. `;
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

function setup(): { dir: string; inputs: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-stop-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'big.txt'), bigArticle());
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'facts.csv'), PREVIOUS_CSV);
  return { dir, inputs, out };
}

describe.each([
  ['SIGTERM', 'a lone large article', [] as string[]],
  ['SIGINT', 'a large article with --jobs 1', ['--jobs', '1']],
  ['SIGTERM', 'a large article with --jobs 2', ['--jobs', '2']],
] as const)('%s during %s', (signal, _, extra) => {
  it('stops within 2 s with exit 130, earlier files untouched, no temporary files', async () => {
    const { inputs, out } = setup();
    if (extra.length) writeFileSync(join(inputs, 'good.txt'), GOOD);
    const child = spawn(process.execPath, [BIN, inputs, '--out-dir', out, '--format', 'json,csv,jsonl', ...extra], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // well into the parse of the large article (it takes several seconds)
    await new Promise((r) => setTimeout(r, 2_500));
    const sent = Date.now();
    child.kill(signal);
    const code = await closed;
    expect(Date.now() - sent).toBeLessThan(2_000);
    expect(code).toBe(130);
    expect(stderr).toMatch(new RegExp(`interrupted after \\d+ article\\(s\\) \\(${signal}\\)`));
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toBe(PREVIOUS_CSV);
    expect(existsSync(join(out, 'results.jsonl'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('--max-seconds', () => {
  it.each([['1'], ['2']])('with --jobs %s: the article over the budget fails alone, named, and the batch goes on', (jobs) => {
    const { inputs, out } = setup();
    writeFileSync(join(inputs, 'good.txt'), GOOD);
    const r = spawnSync(process.execPath, [BIN, inputs, '--out-dir', out, '--max-seconds', '1', '--jobs', jobs], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('extract') && !/article\(s\),/.test(l));
    expect(lines).toEqual([expect.stringMatching(/big\.txt: .*time budget \(--max-seconds\)/)]);
    expect(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')).totals.injured).toBe(2);
    expect(existsSync(join(out, 'big.json'))).toBe(false);
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toMatch(/^good,/m);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it.each([['0'], ['-1'], ['soon']])('--max-seconds %s is a usage error', (value) => {
    const r = spawnSync(process.execPath, [BIN, join(ROOT, 'input', 'article.txt'), '--max-seconds', value], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--max-seconds/);
  });
});
