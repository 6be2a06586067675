// Hostile inputs through the CLI, as a user meets them: each gets the documented exit code and one
// clear line on stderr naming the file (and line), and every other article's output is intact.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const GOOD = 'Two people were injured on Tuesday.';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-hostile-'));
const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('extract') && !/article\(s\)/.test(l));

/** A folder with one hostile file and one good article; returns the run and the output folder. */
function batchWith(name: string, content: string | Buffer, extra: string[] = []) {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, name), content);
  writeFileSync(join(inputs, 'good.txt'), GOOD);
  const out = join(dir, 'out');
  return { ...run([inputs, '--out-dir', out, '--published', '2025-08-13', ...extra]), out };
}

describe('hostile files in a batch', () => {
  it.each<[string, string | Buffer, RegExp]>([
    ['empty.txt', '', /empty\.txt: empty article/],
    ['blank.txt', ' \n\t \r\n ', /blank\.txt: empty article/],
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), /binary\.txt: binary file/],
    ['latin.txt', Buffer.from('Caf\xe9 cr\xe8me, 3 people were killed', 'latin1'), /latin\.txt: not valid UTF-8.*iconv/],
    ['huge.txt', Buffer.alloc(50 * 1024 * 1024, 'word '), /huge\.txt: 52428800 bytes is over the limit of 1048576/],
  ])('%s: exit 1, one line naming it, the good article intact', (name, content, message) => {
    const r = batchWith(name, content);
    expect(r.code).toBe(1);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(JSON.parse(readFileSync(join(r.out, 'good.json'), 'utf8')).totals.injured).toBe(2);
    expect(readFileSync(join(r.out, 'facts.csv'), 'utf8')).toMatch(/^good,/m);
    expect(readdirSync(r.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a very long line (no line breaks at all) is processed', () => {
    const r = batchWith('oneline.txt', `${GOOD} `.repeat(2_000).trim(), ['--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = readFileSync(join(r.out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((l) => l.id === 'oneline').totals.injured).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('--max-bytes sets the limit', () => {
    const lowered = batchWith('big.txt', `${GOOD} `.repeat(100), ['--max-bytes', '1000']);
    expect(lowered.code).toBe(1);
    expect(errorLines(lowered.stderr)).toEqual([expect.stringMatching(/big\.txt: 3600 bytes is over the limit of 1000/)]);
    const raised = batchWith('big.txt', `${GOOD} `.repeat(100), ['--max-bytes', '4000']);
    expect(raised.code).toBe(0);
  });

  it.each<[string, Buffer | string, string]>([
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]), GOOD],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]), GOOD],
    ['crlf.txt', 'Headline\r\nTwo people were injured on Tuesday.\r\n', 'Headline\r\nTwo people were injured on Tuesday.\r\n'],
    ['cr.txt', 'Headline\rTwo people were injured on Tuesday.\r', 'Headline\rTwo people were injured on Tuesday.\r'],
  ])('%s is decoded, and offsets refer to the text as read', (name, content, text) => {
    const r = batchWith(name, content);
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(r.out, `${name.replace('.txt', '')}.json`), 'utf8'));
    expect(result.totals.injured).toBe(2);
    const date = result.facts.find((f: { type: string }) => f.type === 'date');
    expect(text.slice(date.start, date.end)).toBe('Tuesday');
  });

  it('an HTML page is read for its visible text: scripts and styles dropped', () => {
    const page = '<html><head><style>p{}</style><script>var x = "9 people were killed";</script></head><body><h1>News</h1><p>Two people were injured on Tuesday.</p></body></html>';
    const r = batchWith('page.html', page);
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(r.out, 'page.json'), 'utf8'));
    expect(result.totals).toEqual({ killed: 0, injured: 2 });
  });

  it('a folder with no articles is a usage error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.md'), 'x');
    const r = run([dir, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/no \.txt.*articles/)]);
  });

  it('a JSONL corpus: bad lines named by line number, the other lines processed', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [JSON.stringify({ id: 'ok1', text: GOOD }), '[1,2', JSON.stringify({ id: 'x', text: 5 }), JSON.stringify({ id: 'ok2', text: GOOD })].join('\n'));
    const r = run([corpus, '--out-dir', join(dir, 'out'), '--published', '2025-08-13']);
    expect(r.code).toBe(1);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/c\.jsonl:2: not valid JSON/);
    expect(lines[1]).toMatch(/c\.jsonl:3: .*text/);
    expect(existsSync(join(dir, 'out', 'ok1.json')) && existsSync(join(dir, 'out', 'ok2.json'))).toBe(true);
  });

  it('duplicate ids in a corpus never overwrite each other', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [JSON.stringify({ id: 'same', text: 'One person was killed.' }), JSON.stringify({ id: 'same', text: 'Two people were killed.' })].join('\n'));
    const r = run([corpus, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['same-2.json', 'same.json']);
    expect(r.stderr).toMatch(/c\.jsonl:2: duplicate id "same"; its files are named same-2/);
  });

  it('ids that try to leave the output folder are kept inside it', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [JSON.stringify({ id: '../../escape', text: GOOD }), JSON.stringify({ id: '/etc/evil', text: GOOD })].join('\n'));
    const out = join(dir, 'out');
    const r = run([corpus, '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['c.jsonl', 'out']);
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual(['escape.json', 'etc_evil.json']);
  });
});
