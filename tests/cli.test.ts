// The CLI as a user runs it: the built bin, real files, exit codes and outputs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const ARTICLE = join(ROOT, 'input', 'article.txt');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  // a run with no exit code says how it ended (a crash once hid behind "expected null to be 2")
  if (r.status === null) {
    throw new Error(`extract ${args.join(' ')}: ended by ${r.signal ?? r.error?.message}; ${r.stderr}`);
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-'));

describe('extract (CLI)', () => {
  it('writes the JSON and CSV of the shipped article', () => {
    const out = tempDir();
    const r = run([ARTICLE, '--out-dir', out]);
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'));
    expect(result).toMatchObject({ id: 'article', published: '2025-08-13', totals: { killed: 41, injured: 0 } });
    const csv = readFileSync(join(out, 'facts.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFarticle,id,type,')).toBe(true);
    expect(csv.match(/^article,/gm)).toHaveLength(result.facts.length);
    expect(r.stdout).toBe('');
  });

  it('the bundled command and the library give the same facts, in one process and with two workers', async () => {
    // the bundle reads its data files (the world's given names) from the package's folder, as the library does
    const { extract } = await import('../src/pipeline.js');
    const text = 'Harwell Systems hired Nabeel Okafor as chief executive on Monday. Three people were hurt in a fire.';
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [1, 2, 3].map((n) => JSON.stringify({ id: `a${n}`, text, published: '2025-08-13' })).join('\n'));
    const expected = extract(text, { id: 'a1', published: '2025-08-13' }).facts;
    expect(expected.some((f) => f.type === 'person' && f.text === 'Nabeel Okafor')).toBe(true);
    for (const jobs of ['1', '2']) {
      const out = join(dir, `out-${jobs}`);
      expect(run([corpus, '--out-dir', out, '--format', 'jsonl', '--jobs', jobs]).code).toBe(0);
      const lines = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(line.facts).toEqual(expected);
    }
  });

  it('reads one article from stdin with "-" and writes JSONL', () => {
    const out = tempDir();
    const r = run(['-', '--out-dir', out, '--format', 'jsonl', '--published', '2025-08-13'], 'Ten civilians were killed on Tuesday.');
    expect(r.code).toBe(0);
    const [line] = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(line!)).toMatchObject({ id: 'stdin', totals: { killed: 10 } });
  });

  it('runs a JSONL corpus in input order and reports a bad line without losing the others', () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [
      JSON.stringify({ id: 'a', text: 'Three people were injured.' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'Five soldiers were killed.' }),
    ].join('\n'));
    const r = run([corpus, '--out-dir', dir, '--format', 'jsonl,json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/corpus\.jsonl:2: not valid JSON/);
    expect(r.stderr).toMatch(/corpus\.jsonl:3: .*text/);
    const lines = readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'corpus.jsonl:2'.replace(/^/, corpus.slice(0, -'corpus.jsonl'.length)), 'b', 'c']);
    expect(lines[3].totals.killed).toBe(5);
    expect(existsSync(join(dir, 'a.json')) && existsSync(join(dir, 'c.json'))).toBe(true);
  });

  it.each([
    [['--no-such-flag', ARTICLE], 2, /Unknown argument/],
    [['missing.txt'], 2, /missing\.txt: no such file/],
    [[ARTICLE, '--format', 'xml'], 2, /--format: unknown xml/],
    [[ARTICLE, '--published', '13/08/2025'], 2, /--published must be YYYY-MM-DD/],
    [[], 2, /no input given/],
  ])('usage error %j → exit %d', (args, code, message) => {
    const r = run([...args, '--out-dir', tempDir()]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['empty.txt', '', /empty article/],
    ['binary.txt', Buffer.from([0x41, 0x00, 0x42]), /binary file/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8/],
  ])('bad file %s in a batch: one clear error, the good article still written', (name, content, message) => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, name), content);
    writeFileSync(join(inputs, 'good.txt'), 'Two people were injured.');
    const out = join(dir, 'out');
    const r = run([inputs, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')).totals.injured).toBe(2);
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toMatch(/good,casualty-1,casualty/);
  });

  it('prints the JSON Schema of the output', () => {
    const schema = JSON.parse(execFileSync(process.execPath, [BIN, 'schema'], { encoding: 'utf8' }));
    expect(schema.properties.facts.items.oneOf ?? schema.properties.facts.items.anyOf).toHaveLength(4);
  });
});

describe('extract eval (CLI)', () => {
  it('scores the shipped fixture and prints a table', () => {
    const r = run(['eval', 'fixtures', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/casualty\s+100\.0\s+100\.0\s+100\.0/);
    expect(JSON.parse(r.stdout).types.date.f1).toBe(1);
  });

  it('exits 1 below a --min-f1 threshold', () => {
    // gold names a person the text never mentions: person F1 is 0
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), 'The talks ended on Monday without a deal.');
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ people: [{ name: 'Ann Lee', role: null }] }));
    const r = run(['eval', dir, '--min-f1', 'person=0.99']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/below threshold: person/);
  });

  it.each([
    [['eval', '--min-f1', '0.5', 'fixtures'], 'threshold before the inputs'],
    [['eval', 'fixtures', '--min-f1', '0.5'], 'threshold after the inputs'],
    [['eval', '--min-f1', 'person=0.5', '--min-f1', 'date=50', 'fixtures'], 'a repeated threshold'],
    [['eval', '--min-f1', 'person=0.5,totals.killed=1', 'fixtures'], 'a comma list'],
  ])('eval options go before or after inputs: %j (%s)', (args) => {
    const r = run(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^fixtures: 1 article\(s\)/m);
  });

  it('a threshold before a folder still reads the folder (and fails on it, not on the number)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), 'The talks ended on Monday without a deal.');
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ people: [{ name: 'Ann Lee', role: null }] }));
    const r = run(['eval', '--min-f1', 'person=0.9', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/below threshold: person: 0\.0 < 90\.0/);
  });

  it.each([
    [['eval', 'fixtures', '--min-f1', 'pesron=0.8'], /--min-f1: unknown type "pesron"/],
    [['eval', 'fixtures', '--min-f1', 'person=101'], /--min-f1: person=101 is above 100%/],
    [['eval', 'fixtures', '--min-f1', 'high'], /--min-f1: expected 0\.8 or TYPE=0\.8/],
    [['eval', 'fixtures', '--report', '-'], /--report -: "-" means stdin/],
    [['eval', 'fixtures', '--junit', '-'], /--junit -: "-" means stdin/],
    [['eval', '-'], /"-" \(stdin\) is not an eval input/],
    [['eval', 'input/article.txt'], /input\/article\.txt: this is an article, not gold: .*extract input\/article\.txt/],
  ])('eval usage error %j → exit 2, one line', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([[['--out-dir', '-']], [['--format', 'json', '--out-dir', '-']]])('extract %j: "-" is never a folder (exit 2)', (args) => {
    const cwd = tempDir();
    const r = spawnSync(process.execPath, [BIN, ARTICLE, ...args], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out-dir -: "-" means stdin/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('eval --help states the tolerance unit and the threshold types', () => {
    const help = run(['eval', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--tolerance .*in points of F1/);
    expect(help).toMatch(/--min-f1 .*totals\.killed/);
  });

  it('rejects a malformed gold fixture with the path of the bad field', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), 'Ten people were killed.');
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ casualties: [{ kind: 'killed', count: 'ten' }] }));
    const r = run(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.gold\.json: malformed gold: .*casualties\[0\]\.count/);
  });
});
