// Killing a batch part-way (SIGINT, SIGTERM) leaves each output file either as the previous complete
// one or the new complete one, never truncated, and no temporary files behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const ARTICLES = 1000;
const PREVIOUS_CSV = '\uFEFFarticle,id,type\r\nprevious,casualty-1,casualty\r\n';

async function interruptedRun(signal: NodeJS.Signals, jobs: string) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-kill-'));
  const corpus = join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Report ${i}. Three people were killed and ${i} were injured in the attack on Tuesday.`, published: '2025-08-13' }));
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  const out = join(dir, 'out');
  const child = spawn(process.execPath, [BIN, corpus, '--out-dir', out, '--format', 'json,csv,jsonl', '--jobs', jobs], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // wait until some articles are written, then interrupt
  while (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 3) await new Promise((r) => setTimeout(r, 20));
  writeFileSync(join(out, 'facts.csv'), PREVIOUS_CSV);
  child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr, out };
}

describe.each([
  ['SIGINT', '1'],
  ['SIGTERM', '2'],
] as const)('%s during a batch (--jobs %s)', (signal, jobs) => {
  it('keeps the previous complete files or writes the new complete ones, never partial', async () => {
    const { code, stderr, out } = await interruptedRun(signal, jobs);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const csv = readFileSync(join(out, 'facts.csv'), 'utf8');
    // 1,000 articles take seconds; the signal comes after the first three
    expect(code).toBe(130);
    expect(stderr).toMatch(new RegExp(`interrupted after \\d+ article\\(s\\) \\(${signal}\\)`));
    expect(csv).toBe(PREVIOUS_CSV);
    expect(existsSync(join(out, 'results.jsonl'))).toBe(false);
    expect(existsSync(join(out, 'articles.csv'))).toBe(false);
    // every JSON file that exists is complete
    for (const file of files.filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, file), 'utf8'))).not.toThrow();
  }, 120_000);
});
