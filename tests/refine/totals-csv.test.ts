// A spreadsheet can rebuild the totals: for every article, summing `counted` over the casualty rows of
// facts.csv marked `in_totals` gives the killed and injured of articles.csv and of the article's JSON.
// Runs scripts/check-totals-csv.mjs over invented reports, and over the GVA and ACLED dev corpora when
// ../shared/eval is beside the project (a user's clone has none: then only the invented reports).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'check-totals-csv.mjs');
const DEV = ['gva-casualties-dev.jsonl', 'acled-casualties-dev.jsonl'].map((f) => join(ROOT, '..', 'shared', 'eval', f));

// invented reports: a breakdown, an updated toll, victims named after their figure, two incidents, background
const REPORTS = [
  'Nine villagers were killed in the raid, including four teachers. Two of the dead were brothers.',
  'Twenty people died in the quake on Monday. By evening the death toll rose to 45, and 130 were injured.',
  'Three people were shot outside a bar early Sunday. Ivo Brandt, 31, died at the scene; the other two were wounded.',
  'The June ambush killed 23 soldiers. The July bombing killed nine villagers and wounded 14 others.',
  'A woman was shot on Main Street on Monday. In March 2023, five people were shot at the same corner.',
  'Between 15 and 20 people were killed and dozens were hurt when the bridge collapsed.',
  'Police said no one was hurt in the blast.',
  'The death toll from the siege rose to 26 after two more victims died in hospital. More than 50 were injured.',
];

function check(corpora: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...corpora], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('totals rebuilt from facts.csv', () => {
  it('match articles.csv and the JSON for every invented report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-totals-test-'));
    const corpus = join(dir, 'reports.jsonl');
    writeFileSync(corpus, REPORTS.map((text, i) => JSON.stringify({ id: `r${i}`, text, published: '2025-08-13' })).join('\n') + '\n');
    const r = check([corpus]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${REPORTS.length} article(s) checked, 0 mismatch(es)`);
    expect(r.status).toBe(0);
  });

  const present = DEV.filter((f) => existsSync(f));
  it.skipIf(present.length === 0)('match for every article of the GVA and ACLED dev corpora (when present)', () => {
    const r = check(present);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/, 0 mismatch\(es\)/g)).toHaveLength(present.length);
    expect(r.status).toBe(0);
  }, 120_000);
});
