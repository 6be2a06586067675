#!/usr/bin/env node
// Rebuilds every article's totals from facts.csv (sum `counted` over the `in_totals` rows, by kind) and
// checks them against articles.csv and each article's JSON. Not a unit test: it runs over a corpus,
// by default the GVA dev set beside the project when it is there.
//   node scripts/check-totals-csv.mjs [corpus.jsonl ...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = process.argv.slice(2);
if (corpora.length === 0) {
  const dev = join(ROOT, '..', 'shared', 'eval', 'gva-casualties-dev.jsonl');
  if (!existsSync(dev)) {
    console.error(`check-totals-csv: no corpus given and ${dev} is absent; nothing checked`);
    process.exit(0);
  }
  corpora.push(dev);
}

// records keyed by the header, the byte-order mark dropped
const readCsv = (text) => parse(text, { columns: true, bom: true, relax_column_count: true });

let failures = 0;
for (const corpus of corpora) {
  const out = mkdtempSync(join(tmpdir(), 'newsfacts-totals-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'bin.js'), corpus, '--out-dir', out, '--format', 'csv,jsonl', '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) {
    console.error(r.stderr);
    process.exit(2);
  }
  const facts = readCsv(readFileSync(join(out, 'facts.csv'), 'utf8'));
  const articles = readCsv(readFileSync(join(out, 'articles.csv'), 'utf8'));
  const rebuilt = new Map();
  for (const f of facts) {
    if (f.type !== 'casualty' || f.in_totals !== 'true') continue;
    const t = rebuilt.get(f.article) ?? { killed: 0, injured: 0 };
    t[f.kind] += Number(f.counted);
    rebuilt.set(f.article, t);
  }
  let checked = 0, partial = 0;
  const json = new Map(readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((j) => [j.id, j]));
  for (const f of facts) if (f.in_totals === 'true' && f.counted !== f.count) partial++;
  for (const a of articles) {
    if (a.status !== 'ok') continue;
    checked++;
    const sum = rebuilt.get(a.article) ?? { killed: 0, injured: 0 };
    const result = json.get(a.article) ?? null;
    const got = [sum.killed, sum.injured, Number(a.killed), Number(a.injured), ...(result ? [result.totals.killed, result.totals.injured] : [])];
    if (!result || got[0] !== got[2] || got[1] !== got[3] || got[2] !== got[4] || got[3] !== got[5]) {
      failures++;
      console.error(`${corpus}: ${a.article}: facts.csv ${sum.killed}/${sum.injured}, articles.csv ${a.killed}/${a.injured}, JSON ${result ? `${result.totals.killed}/${result.totals.injured}` : 'missing'}`);
    }
  }
  console.log(`${corpus}: ${checked} article(s) checked, ${failures} mismatch(es); ${partial} figure(s) counted in part`
    + ' (people shot or hurt, some among the killed)');
}
process.exit(failures ? 1 : 0);
