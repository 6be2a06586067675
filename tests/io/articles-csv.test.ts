// articles.csv and the totals columns of facts.csv: a spreadsheet can rebuild every article's totals
// from facts.csv alone (sum `counted` over the `in_totals` rows, by kind), and they match articles.csv
// and the JSON. Run over the shipped fixture's article and articles written for this test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, CSV_COLUMNS, articleRow, csvRows, titleOf } from '../../src/export/csv.js';
import { extract } from '../../src/pipeline.js';
import { totalsDetail } from '../../src/refine/totals.js';
import { readCsv } from '../csv-read.js';
import { PUBLISHED } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');

// our own articles: people shot of whom some died, subsets, repeats, updated tolls, two incidents,
// a year's tally, further victims, none at all
const ARTICLES = [
  'Shooting on Elm Street\nFour people were shot outside a bar on Elm Street late Saturday, and one of them died at the hospital, police said. The other three were in stable condition.',
  'Nine villagers, including four teachers, were killed when gunmen raided the market on Monday. Officials said 12 others were wounded. The nine victims were buried on Tuesday.',
  'A bus crash killed six passengers on 2 May 2025. Two weeks earlier, in the April bombing, 14 people died. So far this year 200 people have been killed on the roads.',
  'Rescuers said the death toll from the flood rose to 45 on Thursday, up from 30 a day earlier. At least 60 people were injured.',
  'A 19-year-old man was killed and a 23-year-old woman was injured in a shooting on Friday. A 40-year-old man was also wounded.',
  'Two men were shot and two others were grazed by bullets near the park on Sunday night. Nobody died.',
  '\n\n   Quarterly results   \nThe company reported record profits in the third quarter, its chief executive said.',
];

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

describe('articles.csv with facts.csv (CLI)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-articles-'));
  const corpus = join(dir, 'corpus.jsonl');
  const lines = ARTICLES.map((text, i) => JSON.stringify({ id: `s${i + 1}`, text, published: PUBLISHED }));
  lines.splice(2, 0, '{"id": "broken", "text": 5}');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  const out = join(dir, 'out');
  const r = runCli([corpus, join(ROOT, 'input', 'article.txt'), '--out-dir', out, '--format', 'json,csv', '--jobs', '2']);
  const facts = readCsv(readFileSync(join(out, 'facts.csv'), 'utf8'));
  const articles = readCsv(readFileSync(join(out, 'articles.csv'), 'utf8'));
  const ok = articles.filter((a) => a.status === 'ok');

  it('has one row per article, failures included, in input order', () => {
    expect(r.code, r.stderr).toBe(1);
    expect(Object.keys(articles[0]!)).toEqual([...ARTICLE_COLUMNS]);
    expect(articles.map((a) => a.article)).toEqual(['s1', 's2', 'broken', 's3', 's4', 's5', 's6', 's7', 'article']);
    expect(articles[2]).toMatchObject({ status: 'error', source: `${corpus}:3`, killed: '', title: '' });
    expect(articles[2]!.error).toMatch(/text/);
    expect(ok.every((a) => a.error === '' && a.published !== '')).toBe(true);
  });

  it('rebuilds every article\'s totals from facts.csv, matching articles.csv and the JSON', () => {
    expect(ok).toHaveLength(ARTICLES.length + 1);
    for (const article of ok) {
      const rows = facts.filter((f) => f.article === article.article && f.type === 'casualty');
      const sum = (kind: string): number => rows.filter((f) => f.kind === kind && f.in_totals === 'true').reduce((n, f) => n + Number(f.counted), 0);
      const json = JSON.parse(readFileSync(join(out, `${article.article}.json`), 'utf8'));
      expect([sum('killed'), sum('injured')], article.article).toEqual([json.totals.killed, json.totals.injured]);
      expect([Number(article.killed), Number(article.injured)], article.article).toEqual([json.totals.killed, json.totals.injured]);
      for (const [type, column] of [['organisation', 'organisations'], ['person', 'people'], ['date', 'dates'], ['casualty', 'casualties']]) {
        expect(Number(article[column!]), `${article.article} ${column}`).toBe(json.facts.filter((f: { type: string }) => f.type === type).length);
      }
    }
  });

  it('counted is the whole count, except people shot of whom some are among the killed', () => {
    const casualties = facts.filter((f) => f.type === 'casualty');
    for (const f of casualties) {
      expect(f.in_totals === 'true', f.id).toBe(Number(f.counted) > 0);
      if (f.in_totals === 'true') expect(Number(f.counted) === Number(f.count) || f.hit === 'true', `${f.article} ${f.id}`).toBe(true);
      if (f.in_totals === 'true') expect(f.incident, `${f.article} ${f.id}`).toMatch(/^\d+$/);
    }
    // "four people were shot ... one of them died": three of the four are injured
    expect(casualties.find((f) => f.article === 's1' && f.kind === 'injured' && f.count === '4')).toMatchObject({ in_totals: 'true', counted: '3' });
    // a year's tally is kept but left out of the totals, in no incident
    expect(casualties.find((f) => f.article === 's3' && f.count === '200')).toMatchObject({ in_totals: 'false', counted: '0', incident: '' });
    // left-out and counted rows both occur, so the test can fail
    expect(new Set(casualties.map((f) => f.in_totals))).toEqual(new Set(['true', 'false']));
  });

  it('titles are each article\'s first line', () => {
    expect(ok.find((a) => a.article === 's1')!.title).toBe('Shooting on Elm Street');
    expect(ok.find((a) => a.article === 's7')!.title).toBe('Quarterly results');
  });

  it('dates carry their ISO day; other types leave it empty', () => {
    const dates = facts.filter((f) => f.type === 'date' && f.value !== '' && /^\d{4}-\d{2}-\d{2}$/.test(f.value));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.iso).toBe(d.value);
    expect(facts.filter((f) => f.type !== 'date').every((f) => f.iso === '')).toBe(true);
  });
});

describe('facts.csv cells', () => {
  const result = extract('In the 2030s, the city plans a new bridge. On 4 March 2025, three workers were injured.', { id: 'x', published: PUBLISHED });

  it('keeps a date value as quoted text (a decade "203" is not the number 203), numbers bare', () => {
    const date = result.facts.find((f) => f.type === 'date')!;
    const decade = { ...result, facts: [{ ...date, value: '203', granularity: 'decade' as const, iso: '2030-01-01' }] };
    const line = csvRows(decade).trim();
    expect(line).toContain(',"203",');
    expect(line).toMatch(new RegExp(`^x,${date.id},date,[^,]*,${date.start},${date.end},`));
  });

  it('appends the new columns after the old ones', () => {
    expect(CSV_COLUMNS.slice(-5)).toEqual(['iso', 'in_totals', 'counted', 'incident', 'figure_role']);
  });

  it.each([
    ['Headline\nBody.', 'Headline'],
    ['\r\n  \r\n  Spaced   out  title \r\nBody', 'Spaced out title'],
    ['x'.repeat(300), `${'x'.repeat(199)}…`],
    ['', ''],
    // a line that only dates the article is no title
    ['Date: 28/11/2026\nStorm hits coast\nBody.', 'Storm hits coast'],
    ['Thursday, February 23, 2006 2:26 PM EDT\n\nVote delayed\nBody.', 'Vote delayed'],
    ['Updated 10:42 a.m. ET, Sept. 3, 2016\nRoad reopens\nBody.', 'Road reopens'],
    // a line with a date and words is a title
    ['March 3, 2025: a day of strikes\nBody.', 'March 3, 2025: a day of strikes'],
    ['LONDON 1996-08-30\nBody.', 'LONDON 1996-08-30'],
  ])('titleOf(%j)', (text, title) => expect(titleOf(text)).toBe(title));

  it('articleRow counts facts per type and carries the totals', () => {
    const row = articleRow(result, 'Title\nbody');
    const { totals } = totalsDetail(result.facts);
    expect(row).toMatchObject({ article: 'x', title: 'Title', killed: totals.killed, injured: totals.injured, status: 'ok', error: null });
    expect(row.casualties).toBe(result.facts.filter((f) => f.type === 'casualty').length);
  });
});
