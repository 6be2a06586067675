// Batch at scale: the worker pool gives the same bytes as one thread, in input order; the
// --stdin-jsonl stage contract; progress only on a terminal; the summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runJsonlStream } from '../src/batch.js';
import { LARGE_ARTICLE_CHARS } from '../src/pool/pool.js';
import type { Task } from '../src/pool/task.js';
import { ProgressBar, duration } from '../src/io/progress.js';
import { interruptedOutputs, summaryLine } from '../src/cli.js';
import { PUBLISHED } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-batch-'));

// articles written for these tests, varied in length so workers finish out of order
const ARTICLES = [
  'Four miners were killed on Monday when a tunnel collapsed near the river, the Ministry of Mines said.',
  'Police Chief Maria Lopez said two officers were injured during the protest on 3 March 2025.',
  'The World Health Organization (WHO) reported that 12 patients died in the outbreak last week.',
  'No one was hurt.',
  'A storm damaged houses along the coast on Friday. Three fishermen were missing and five people were wounded, ' +
    'according to the Red Cross. Governor John Okafor visited the area on Saturday and promised help. '.repeat(8),
  'Dr Helen Park, a surgeon at the city hospital, said seven children were treated for burns.',
  'Shares of the Acme Corporation rose in January.',
  'At least 30 people were killed and 45 injured in two bombings on Sunday, officials said.',
];
const corpusLines = (): string[] => ARTICLES.map((text, i) => JSON.stringify({ id: `a${i + 1}`, text, published: PUBLISHED }));

// each case starts the CLI (and a worker pool) more than once: generous limits for a busy machine
const SLOW = { timeout: 120_000 };

const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('--jobs: the pool writes exactly what one thread writes, in input order', SLOW, () => {
  it('JSONL corpus with a bad line: --jobs 2 output is byte-identical to --jobs 1', () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    const lines = corpusLines();
    lines.splice(3, 0, '{"id": "broken"');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const one = run([corpus, '--jobs', '1', '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'one')]);
    const two = run([corpus, '--jobs', '2', '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'two')]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(filesOf(join(dir, 'two'))).toEqual(filesOf(join(dir, 'one')));
    const ids = readFileSync(join(dir, 'two', 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a1', 'a2', 'a3', `${corpus}:4`, 'a4', 'a5', 'a6', 'a7', 'a8']);
    const csvArticles = readFileSync(join(dir, 'two', 'facts.csv'), 'utf8').split('\r\n').slice(1).map((row) => row.split(',')[0]).filter(Boolean);
    expect(csvArticles).toEqual([...csvArticles].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    const timeless = (stderr: string): string => stderr.replace(/\d+ ms, [\d.]+ articles\/s → .*/, '');
    expect(timeless(two.stderr)).toBe(timeless(one.stderr));
  });

  it('folder of .txt files: --jobs 2 output is byte-identical to --jobs 1', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    ARTICLES.forEach((text, i) => writeFileSync(join(inputs, `story-${i + 1}.txt`), text));
    const one = run([inputs, '--jobs', '1', '--published', PUBLISHED, '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'one')]);
    const two = run([inputs, '--jobs', '2', '--published', PUBLISHED, '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'two')]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const files = filesOf(join(dir, 'two'));
    expect(files).toEqual(filesOf(join(dir, 'one')));
    // one JSON file per article, facts.csv, articles.csv and results.jsonl
    expect(Object.keys(files)).toHaveLength(ARTICLES.length + 3);
    expect(JSON.parse(files['story-1.json']!).totals.killed).toBe(4);
  });

  it('an article too large for a worker is rendered in the main thread, in its place in the order', () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    const large = ARTICLES.join(' ').repeat(Math.ceil(LARGE_ARTICLE_CHARS / ARTICLES.join(' ').length) + 1);
    expect(large.length).toBeGreaterThan(LARGE_ARTICLE_CHARS);
    const lines = corpusLines();
    lines.splice(2, 0, JSON.stringify({ id: 'large', text: large, published: PUBLISHED }));
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const one = run([corpus, '--jobs', '1', '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'one')]);
    const two = run([corpus, '--jobs', '2', '--format', 'json,csv,jsonl', '--out-dir', join(dir, 'two')]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(filesOf(join(dir, 'two'))).toEqual(filesOf(join(dir, 'one')));
    const ids = readFileSync(join(dir, 'two', 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids.slice(0, 4)).toEqual(['a1', 'a2', 'large', 'a3']);
  });

  it('node flags that a worker refuses (--max-old-space-size) do not stop the pool', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    ARTICLES.slice(0, 3).forEach((text, i) => writeFileSync(join(inputs, `story-${i + 1}.txt`), text));
    const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, inputs, '--jobs', '2', '--published', PUBLISHED, '--out-dir', join(dir, 'out')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/execArgv/);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toHaveLength(3);
  });

  it('a worker that runs out of memory hands its articles to the main thread instead of failing them', async () => {
    // the built pool, since a worker runs a .js file; a heap too small for compromise forces the failure
    const { WorkerPool } = (await import(pathToFileURL(join(ROOT, 'dist', 'pool', 'pool.js')).href)) as typeof import('../src/pool/pool.js');
    const rescued: string[] = [];
    const pool = new WorkerPool(
      2,
      async (task) => {
        rescued.push(task.article.id);
        return { ok: true, factsByType: {} };
      },
      { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    );
    const task = (id: string): Task => ({ article: { id, text: ARTICLES[0]!, published: PUBLISHED }, formats: { csv: true, jsonl: false } });
    try {
      const results = await Promise.all(['x1', 'x2', 'x3'].map((id) => pool.run(task(id))));
      expect(results.every((r) => r.ok)).toBe(true);
      expect(rescued.sort()).toEqual(['x1', 'x2', 'x3']);
    } finally {
      await pool.close();
    }
  });

  it.each([['0'], ['1.5'], ['many']])('--jobs %s is a usage error (exit 2)', (jobs) => {
    const r = run([join(ROOT, 'input', 'article.txt'), '--jobs', jobs, '--out-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});

describe('--stdin-jsonl: one line in, one line out, same order', SLOW, () => {
  const input = (): string[] => {
    const lines = corpusLines().slice(0, 5);
    lines.splice(1, 0, 'not json at all');
    lines.splice(3, 0, JSON.stringify({ id: 'no-text' }));
    lines.splice(5, 0, '   ');
    return lines;
  };

  it.each([['1'], ['2']])('with --jobs %s: results and error lines in input order, on stdout only', (jobs) => {
    const lines = input();
    const r = run(['--stdin-jsonl', '--jobs', jobs], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const records = out.map((l) => JSON.parse(l));
    expect(records.map((x) => x.id)).toEqual(['a1', 'stdin:2', 'a2', 'no-text', 'a3', 'stdin:6', 'a4', 'a5']);
    expect(records.map((x) => 'error' in x)).toEqual([false, true, false, true, false, true, false, false]);
    expect(records[1].error).toMatch(/stdin:2: not valid JSON/);
    expect(records[3].error).toMatch(/text/);
    expect(records[0].totals.killed).toBe(4);
    expect(r.stderr).toMatch(/^extract: 8 article\(s\), .*3 failed, \d+ ms, [\d.]+ articles\/s → stdout$/m);
  });

  it('gives the same lines with --jobs 2 as with --jobs 1', () => {
    const stdin = `${input().join('\n')}\n`;
    expect(run(['--stdin-jsonl', '--jobs', '2', '--quiet'], stdin).stdout).toBe(run(['--stdin-jsonl', '--jobs', '1', '--quiet'], stdin).stdout);
  });

  it('--source-prefix and --line-offset name lines as the partition\'s place in the whole corpus', () => {
    const lines = input();
    const r = run(['--stdin-jsonl', '--jobs', '1', '--quiet', '--source-prefix', 'part-3', '--line-offset', '40'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.source)).toEqual(lines.map((_, i) => `part-3:${41 + i}`));
    expect(records[1]).toMatchObject({ id: 'part-3:42', error: 'part-3:42: not valid JSON' });
  });

  it.each([
    ['a schema error with a numeric id', '{"id": 17, "text": "Two people were injured."}', '17'],
    ['a line cut short', '{"id": "cut-1", "text": "Two people were inj', 'cut-1'],
    ['a line cut short, numeric id', '{"id":42,"text":"Two', '42'],
    ['an escaped id', '{"id": "a\\"b", "text": 3}', 'a"b'],
    ['no text', '{"id": "t1"}', 't1'],
    ['no id at all', '{"text": 5}', 'stdin:1'],
    ['not JSON', 'plain words', 'stdin:1'],
    ['an id that is not first', '{"text": "x", "id": "late"', 'stdin:1'],
  ])('an error line keeps the input\'s id when it can be read: %s', (_, line, id) => {
    const r = run(['--stdin-jsonl', '--jobs', '1', '--quiet'], `${line}\n`);
    const record = JSON.parse(r.stdout);
    expect(record).toMatchObject({ id, source: 'stdin:1', error: expect.any(String) });
  });

  it('an over-long line keeps its id too', () => {
    const line = JSON.stringify({ id: 'huge', text: 'word '.repeat(300) });
    const r = run(['--stdin-jsonl', '--jobs', '1', '--quiet', '--max-bytes', '100'], `${line}\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'huge', error: expect.stringMatching(/over the limit/) });
  });

  it.each([
    [['--line-offset', '-3'], /--line-offset must be a whole number/],
    [['--line-offset', '1.5'], /--line-offset must be a whole number/],
    [['--source-prefix', ''], /--source-prefix must be non-empty/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = run(['--stdin-jsonl', ...args], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--source-prefix without --stdin-jsonl is a usage error (exit 2)', () => {
    const r = run([join(ROOT, 'input', 'article.txt'), '--source-prefix', 'p', '--out-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--source-prefix applies to --stdin-jsonl only/);
  });

  it('refuses inputs given with --stdin-jsonl (exit 2)', () => {
    const r = run(['--stdin-jsonl', join(ROOT, 'input', 'article.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--stdin-jsonl reads stdin only/);
  });

  it('library: runJsonlStream writes one line per line read, in order', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    input.end(['{"id":"x","text":"Six people were injured."}', '[1, 2]', '{"id":"y","text":"Nothing happened here."}'].join('\n'));
    const summary = await runJsonlStream(input, output, { jobs: 1, published: PUBLISHED });
    const records = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['x', 'stdin:2', 'y']);
    expect(records[0].totals.injured).toBe(6);
    expect(records[1]).toMatchObject({ source: 'stdin:2', error: expect.stringMatching(/stdin:2/) });
    expect(summary).toMatchObject({ articles: 3, factsByType: { casualty: 1 } });
    expect(summary.failures).toHaveLength(1);
  });
});

describe('progress and summary on stderr', SLOW, () => {
  it('prints no progress bar when stderr is not a terminal, and one summary line', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, corpusLines().slice(0, 3).join('\n'));
    const r = run([corpus, '--jobs', '2', '--out-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|\x1b\[|ETA/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/^extract: 3 article\(s\), (\d+ (organisation|person|date|casualty)(, )?)+, 0 failed, \d+ ms, [\d.]+ articles\/s → /);
  });

  it('--quiet prints nothing on stderr', () => {
    const dir = tempDir();
    const r = run([join(ROOT, 'input', 'article.txt'), '--out-dir', dir, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
  };

  it.each([
    [true, false, true],
    [true, true, false],
    [false, false, false],
  ])('shown on a terminal only (isTTY %s, quiet %s → %s)', (isTTY, quiet, shown) => {
    expect(ProgressBar.wanted(stream(isTTY).stream, quiet)).toBe(shown);
  });

  it('shows done/total and a rate, an ETA only after a few articles and seconds, and clears itself', () => {
    const { written, stream: s } = stream(true);
    const bar = new ProgressBar({ stream: s, total: 40 });
    for (let i = 0; i < 10; i++) bar.tick();
    expect(written[0]).toMatch(/^\rextract: \[#*-+\] 1\/40 articles [\d.]+\/s\x1b\[K$/);
    expect(bar.line()).not.toMatch(/ETA/);
    expect(bar.line(Date.now() + 5000)).toMatch(/ 10\/40 articles [\d.]+\/s ETA \d+s$/);
    bar.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('no ETA before five articles, however long it has run', () => {
    const { stream: s } = stream(true);
    const bar = new ProgressBar({ stream: s, total: 400 });
    for (let i = 0; i < 4; i++) bar.tick();
    expect(bar.line(Date.now() + 60_000)).not.toMatch(/ETA/);
    bar.tick();
    expect(bar.line(Date.now() + 60_000)).toMatch(/ETA/);
  });

  it.each([[20], [40], [50], [64], [65], [80], [200], [undefined]])('fits a terminal %s columns wide (never wraps)', (columns) => {
    const { stream: s } = stream(true);
    (s as { columns?: number }).columns = columns;
    const bar = new ProgressBar({ stream: s, total: 123_456 });
    for (let i = 0; i < 98_765; i++) bar.tick();
    for (const line of [bar.line(), bar.line(Date.now() + 3_600_000)]) {
      expect(line.length, line).toBeLessThan(Math.max(21, columns ?? 80));
      if ((columns ?? 80) >= 40) expect(line).toMatch(/^extract: .*98765\/123456 articles/);
    }
    if ((columns ?? 80) >= 65) expect(bar.line(Date.now() + 3_600_000)).toMatch(/\[#+-*\] .*\/s ETA /);
  });

  it.each([
    [{ organisation: 2, casualty: 1 }, '2 organisation, 0 person, 0 date, 1 casualty'],
    [{ casualty: 3, date: 1, person: 4, organisation: 5 }, '5 organisation, 4 person, 1 date, 3 casualty'],
    [{}, '0 organisation, 0 person, 0 date, 0 casualty'],
  ])('summary line: every type in a fixed order, 0 included (%j)', (factsByType, facts) => {
    const line = summaryLine({ articles: 2, failures: [], factsByType, written: [], elapsedMs: 1000 }, 'out');
    expect(line).toBe(`extract: 2 article(s), ${facts}, 0 failed, 1000 ms, 2.0 articles/s → out`);
  });

  it.each([
    [['json', 'csv'], '; the JSON files of those articles are complete; facts.csv and articles.csv were not replaced'],
    [['jsonl'], '; results.jsonl was not replaced'],
    [['html'], '; the HTML files of those articles are complete; index.html was not replaced'],
    [['xlsx', 'jsonl'], '; results.jsonl and facts.xlsx were not replaced'],
    [['json'], '; the JSON files of those articles are complete'],
  ] as const)('interrupt message names only the formats asked for: %j', (formats, text) => {
    expect(interruptedOutputs(formats)).toBe(text);
  });

  it.each([
    [5, '5s'],
    [75, '1m15s'],
    [7260, '2h01m'],
  ])('duration(%d) = %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});

describe("the batch's main thread", () => {
  // workers extract; the main thread only reads, schedules and writes, so it must not load the parser (about 28 MB of
  // peak memory per run: a names module once imported it for one word lookup)
  it.each(['batch.js', 'cli.js'])('importing dist/%s loads no compromise', (file) => {
    const script = `await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', file)).href)});` +
      "const { createRequire } = await import('node:module');" +
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('compromise'));" +
      'console.log(JSON.stringify(loaded));';
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});
