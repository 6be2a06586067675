// The CLI as a user runs it: the built bin, real files, exit codes and outputs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const ARTICLE = join(ROOT, 'input', 'article.txt');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
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

  it('rejects a malformed gold fixture with the path of the bad field', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), 'Ten people were killed.');
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({ casualties: [{ kind: 'killed', count: 'ten' }] }));
    const r = run(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.gold\.json: malformed gold: .*casualties\[0\]\.count/);
  });
});
