// The --stdin-jsonl stage on a real distributed engine: dask.distributed with two worker processes
// and several partitions (scripts/dask-stage.py). Each partition names its lines with --source-prefix
// and --line-offset, so the joined output is byte-identical to a single run's results.jsonl.
// .ci/run installs Debian's python3-distributed; locally the test skips (with a note) only where it is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
// Debian's python (python3-distributed is a Debian package), not whatever python3 is first on PATH
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
const available = PYTHON !== undefined || process.env.CI === 'true';
if (!available) console.warn('dask test skipped: dask.distributed is not installed (apt-get install python3-distributed)');

// articles written for this test, with lines that fail in different ways between them
const TEXTS = [
  'Four miners were killed on Monday when a tunnel collapsed, the Ministry of Mines said.',
  'Police Chief Maria Lopez said two officers were injured during the protest on 3 March 2025.',
  'No one was hurt.',
  'Three people were shot outside a shop on Friday and one of them died.',
  'The Coastal Shipping Company reported higher profits in the second quarter.',
];

describe.runIf(available)('--stdin-jsonl on dask.distributed', () => {
  it('two worker processes, five partitions: the joined output equals a single run\'s results.jsonl', () => {
    expect(PYTHON, 'CI must install python3-distributed').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-dask-'));
    const corpus = join(dir, 'corpus.jsonl');
    const lines = Array.from({ length: 23 }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: `${TEXTS[i % TEXTS.length]} Report ${i + 1}.`, published: PUBLISHED }));
    lines.splice(4, 0, 'not json at all');
    lines.splice(11, 0, JSON.stringify({ id: 'no-text' }));
    lines.splice(17, 0, JSON.stringify({ id: 'empty', text: '  ' }));
    writeFileSync(corpus, `${lines.join('\n')}\n`);

    const single = join(dir, 'single');
    const one = spawnSync(process.execPath, [BIN, corpus, '--format', 'jsonl', '--out-dir', single, '--quiet', '--jobs', '1'], { encoding: 'utf8' });
    expect(one.status, one.stderr).toBe(1);

    const joined = join(dir, 'joined.jsonl');
    const log = execFileSync(PYTHON!, [join(ROOT, 'scripts', 'dask-stage.py'), corpus, joined, '--partitions', '5', '--workers', '2', '--extract', `${process.execPath} ${BIN}`], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(log).toMatch(/26 line\(s\) in 5 partition\(s\) on 2 worker process\(es\)/);
    const expected = readFileSync(join(single, 'results.jsonl'), 'utf8');
    expect(readFileSync(joined, 'utf8')).toBe(expected);
    // the comparison covers error lines and unique sources
    const records = expected.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => 'error' in r).map((r) => r.source)).toEqual([`${corpus}:5`, `${corpus}:12`, `${corpus}:18`]);
    expect(new Set(records.map((r) => r.source)).size).toBe(lines.length);
  }, 180_000);
});

describe('README: the Dask recipe is the tested script', () => {
  it('names scripts/dask-stage.py and its options', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/scripts\/dask-stage\.py/);
    expect(existsSync(join(ROOT, 'scripts', 'dask-stage.py'))).toBe(true);
    expect(readme).toMatch(/--source-prefix/);
  });
});
