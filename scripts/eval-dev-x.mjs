#!/usr/bin/env node
// Scores every development corpus in ../shared/eval/ in two halves, split by a fixed hash of the
// article id: read the errors of the tune half, only the numbers of the check half.
//   npm run eval:dev                      all corpora, one table: corpus × measure × half
//   npm run eval:dev -- conll gva         only corpora whose file name contains one of these
//   npm run eval:dev -- --hide-published  drop the given publication dates: the tool reads them from the text
//   npm run eval:dev -- --published-only  only the publication-date table (no extraction runs)
// Also prints how well the publication-date reader finds each article's own date.
// A user's clone has no ../shared: then it says so and exits 0.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf } from './half-of.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.NEWSFACTS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.error(`eval:dev: no development corpora at ${evalDir}; skipping.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const hidePublished = args.includes('--hide-published');
const publishedOnly = args.includes('--published-only');
const only = args.filter((a) => !a.startsWith('--'));
const HALVES = ['tune', 'check'];

const corpora = readdirSync(evalDir)
  .filter((f) => f.endsWith('.jsonl'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const reportDir = join(root, 'output', 'eval');
mkdirSync(reportDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
const { readPublished } = await import(join(root, 'dist', 'published', 'index.js'));
const { extract } = await import(join(root, 'dist', 'index.js'));

const rows = [];
const publishedRows = [];
let failed = false;
try {
  for (const corpus of corpora) {
    const name = corpus.replace(/\.jsonl$/, '');
    const articles = readFileSync(join(evalDir, corpus), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    const reports = {};
    for (const half of HALVES) {
      const mine = articles.filter((a) => halfOf(a.id) === half);
      publishedRows.push({ corpus: name, half, ...publishedScore(mine) });
      if (publishedOnly) continue;
      const file = join(work, `${name}.${half}.jsonl`);
      writeFileSync(file, mine.map((a) => JSON.stringify(hidePublished ? { ...a, published: null } : a)).join('\n') + '\n');
      const report = join(reportDir, `${name}.${half}${hidePublished ? '.hidden' : ''}.json`);
      const run = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'eval', file, '--report', report], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        failed = true;
        process.stderr.write(run.stderr);
      }
      reports[half] = JSON.parse(readFileSync(report, 'utf8'));
    }
    if (publishedOnly) continue;
    for (const [measure, value] of measures(reports)) rows.push({ corpus: name, measure, ...value });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pct = (x) => (x === undefined ? '' : (100 * x).toFixed(2));
if (!publishedOnly) console.log(`\nDevelopment corpora${hidePublished ? ', publication dates hidden' : ''} (tune: read its errors; check: numbers only)\n`);
if (!publishedOnly) console.log('| corpus | measure | tune | check | all | tune − check |\n|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  const gap = r.tune === undefined || r.check === undefined ? '' : (100 * (r.tune - r.check)).toFixed(1);
  console.log(`| ${r.corpus} | ${r.measure} | ${pct(r.tune)} | ${pct(r.check)} | ${pct(r.all)} | ${gap} |`);
}
console.log('\nPublication date read from the text, against the date given with the article');
console.log('(same values: of the date facts in articles whose date was read, how many get the value they get with the date given)');
console.log('| corpus | half | articles | print it | found exact | wrong | exact of printed | wrong of all | same values |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of publishedRows) {
  const share = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '');
  console.log(
    `| ${r.corpus} | ${r.half} | ${r.articles} | ${r.printed} | ${r.exact} | ${r.wrong} | ${share(r.exact, r.printed)} ` +
      `| ${share(r.wrong, r.articles)} | ${r.dates ? `${share(r.sameDates, r.dates)} (${r.sameDates}/${r.dates})` : ''} |`,
  );
}
process.exit(failed ? 1 : 0);

/** F1 per type, date value F1 and totals accuracy, per half and for both halves together. */
function measures(reports) {
  const out = new Map();
  const put = (measure, half, value) => out.set(measure, { ...out.get(measure), [half]: value });
  const sums = {};
  for (const half of HALVES) {
    const r = reports[half];
    for (const [type, s] of Object.entries(r.types)) {
      if (type === 'overall' || type === 'date.value') continue;
      put(`${type} F1`, half, s.f1);
      const sum = (sums[type] ??= { tp: 0, fp: 0, fn: 0 });
      sum.tp += s.tp;
      sum.fp += s.fp;
      sum.fn += s.fn;
    }
    if (r.dateValueAccuracy) {
      put('date value F1', half, r.types['date.value'].f1);
      const v = (sums.__values ??= { correct: 0, total: 0 });
      v.correct += r.dateValueAccuracy.correct;
      v.total += r.dateValueAccuracy.total;
    }
    for (const [kind, acc] of Object.entries(r.totals)) {
      put(`totals ${kind} exact`, half, acc.accuracy);
      const t = (sums[`totals ${kind}`] ??= { correct: 0, total: 0 });
      t.correct += acc.correct;
      t.total += acc.total;
    }
  }
  for (const [key, s] of Object.entries(sums)) {
    if (key === '__values') continue;
    if (key.startsWith('totals ')) put(`${key} exact`, 'all', s.total ? s.correct / s.total : 0);
    else put(`${key} F1`, 'all', f1(s));
  }
  if (sums.__values && sums.date) put('date value F1', 'all', f1(sums.date) * (sums.__values.correct / (sums.__values.total || 1)));
  return [...out.entries()].map(([measure, value]) => [measure, value]);
}

function f1({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/**
 * How the reader does on articles whose head prints their date. The judge is independent of the reader:
 * the given date counts as printed when the head holds its year, month and day in a common form. A corpus
 * without given dates (CoNLL) is judged by its ISO dateline lines.
 */
function publishedScore(articles) {
  let printed = 0;
  let exact = 0;
  let wrong = 0;
  let dates = 0;
  let sameDates = 0;
  for (const a of articles) {
    const head = a.text.slice(0, 2000).split('\n').filter((l) => l.trim()).slice(0, 8).join('\n');
    const given = a.published ?? /^[^\n]{0,60}\b((?:19|20)\d\d-\d\d-\d\d)\s*$/m.exec(head)?.[1] ?? null;
    const found = readPublished(a.text)?.date ?? null;
    const prints = given !== null && printsDate(head, given);
    if (prints) printed++;
    if (prints && found === given) exact++;
    if (found && given && found !== given) wrong++;
    if (found && given) {
      // the date values an article gets from its own dateline, against those it gets from the given date
      const values = (published) => extract(a.text, { published }).facts.filter((f) => f.type === 'date').map((f) => f.value);
      const withGiven = values(given);
      const withRead = values(null);
      dates += withGiven.length;
      sameDates += withGiven.filter((v, i) => v === withRead[i]).length;
    }
    if (process.env.DEBUG_PUBLISHED && halfOf(a.id) === 'tune' && (prints || found) && found !== given)
      console.error(a.id, given, found, prints, JSON.stringify(head.slice(0, 300)));
  }
  return { articles: articles.length, printed, exact, wrong, dates, sameDates };
}

function printsDate(head, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const month = `${MONTHS[m - 1]}[a-z]*\\.?`;
  const year = `(?:${y}|'?${String(y).slice(2)})`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  const forms = [
    iso,
    `\\b${month}\\s+${day},?\\s+${year}\\b`,
    `\\b${day}\\s+(?:of\\s+)?${month},?\\s+${year}\\b`,
    `\\b0?${m}/0?${d}/${year}\\b`,
  ];
  // a date set in a sentence ("On 2 March, ...", "shot near the park, June 2, 2016") dates an event, not the page:
  // it counts when nothing but capitals, a weekday or a label stands before it on its line
  // a link to another story ("Previous Story 4/3/17: ...", "Related: ...") prints that story's date
  const STORY_LINK = /^\s*(?:(?:previous|next|related|earlier|more) stor(?:y|ies)\b|related\s*:|read more\b)/i;
  return head.split('\n').filter((line) => !STORY_LINK.test(line)).some((line) =>
    forms.some((f) => {
      const m = new RegExp(f, 'i').exec(line);
      if (!m) return false;
      const before = line.slice(0, m.index).replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b[ap]\.?m\b\.?/gi, '');
      const label = /\b(?:published|posted|updated)\b[^a-z]{0,30}$/i.test(before);
      const inSentence = /\b[a-z]{3,}\b/.test(before);
      return label || (!inSentence && !/\b(?:on|in|of|since)\s+$/i.test(before));
    }),
  );
}
