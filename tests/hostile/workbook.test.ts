// facts.xlsx opened by a real spreadsheet (LibreOffice Calc, headless, converted to flat ODS and read
// back): the five sheets with only their own columns, numbers as numbers, day-precise dates as dates,
// TIMEX3 values and other text as text, an autofilter on every sheet; the frozen header row is read
// from the workbook itself (a headless conversion keeps no view settings).
// .ci/run installs libreoffice-calc; locally the test skips (with a note) only where it is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// write-excel-file's own zip library, to look inside the workbook
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, sheets } from '../../src/export/xlsx.js';
const SHEETS = sheets();
import { readCsv } from '../csv-read.js';
import { PUBLISHED } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const available = SOFFICE !== undefined || process.env.CI === 'true';
if (!available) console.warn('workbook test skipped: LibreOffice is not installed (apt-get install libreoffice-calc)');

// our own articles: a non-ASCII title, people, organisations, dates of several precisions, figures
const ARTICLES = [
  'Zoë’s café “Ñandú” reopens\nThe Harbour Workers Union said on 4 March 2025 that Mayor Ines Dahl would attend. Four people were shot outside the café on Friday and one of them died.',
  'Floods in the valley\nIn 2024 the river rose twice. Rescuers said 12 people were killed and 30 injured on Tuesday.',
  '=HYPERLINK("http://x","y") is not a formula\nNothing happened in the 2030s plan, the council said in April.',
];

type Cell = { type: string | null; value: string | null; text: string };

/** Every table of a flat ODS file: name → rows of cells (trailing empty cells dropped). */
function readTables(xml: string): Map<string, Cell[][]> {
  const tables = new Map<string, Cell[][]>();
  for (const [, name, body] of xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows = [...body!.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) => {
      const cells = [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(([, attrs, inner]) => {
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
        const text = [...(inner ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
          .map(([, p]) => p!.replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, ''))
          .join('\n')
          .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        const type = /office:value-type="(\w+)"/.exec(attrs!)?.[1] ?? null;
        const value = /office:(?:date-)?value="([^"]*)"/.exec(attrs!)?.[1] ?? null;
        return Array.from({ length: Math.min(repeat, 40) }, () => ({ type, value, text }));
      });
      while (cells.length && cells.at(-1)!.type === null && cells.at(-1)!.text === '') cells.pop();
      return cells;
    });
    tables.set(name!.replace(/&apos;/g, "'"), rows.filter((r) => r.length > 0));
  }
  return tables;
}

describe.runIf(available)('facts.xlsx in LibreOffice Calc', () => {
  it('reads back five sheets of typed cells, with filters, frozen headers and the CSV\'s values', () => {
    expect(SOFFICE, 'CI must install libreoffice-calc').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-xlsx-'));
    const corpus = join(dir, 'corpus.jsonl');
    const lines = ARTICLES.map((text, i) => JSON.stringify({ id: `w${i + 1}`, text, published: PUBLISHED }));
    lines.splice(1, 0, '{"id": "broken"');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [BIN, corpus, '--format', 'xlsx,csv', '--out-dir', out, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const workbook = join(out, 'facts.xlsx');
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fods', '--outdir', dir, workbook], { stdio: 'pipe', timeout: 120_000 });
    const fods = readFileSync(join(dir, 'facts.fods'), 'utf8');
    const tables = readTables(fods);
    expect([...tables.keys()]).toEqual(Object.keys(SHEETS));

    const sheet = (name: keyof typeof SHEETS) => {
      const [header, ...rows] = tables.get(name)!;
      expect(header!.map((c) => c.text), name).toEqual([...SHEETS[name]]);
      return rows.map((row) => Object.fromEntries(SHEETS[name].map((c, i) => [c, row[i] ?? { type: null, value: null, text: '' }])));
    };

    // Articles: one row per input line, the failure included; counts and totals are numbers
    const articles = sheet('Articles');
    const csvArticles = readCsv(readFileSync(join(out, 'articles.csv'), 'utf8'));
    expect(articles.map((a) => a.article!.text)).toEqual(csvArticles.map((a) => a.article));
    expect(articles[0]!.title!.text).toBe('Zoë’s café “Ñandú” reopens');
    expect(articles[0]!.published).toMatchObject({ type: 'date', value: PUBLISHED });
    expect(articles[1]).toMatchObject({ status: { text: 'error' }, killed: { type: null } });
    expect(articles[3]!.title).toMatchObject({ type: 'string', text: '=HYPERLINK("http://x","y") is not a formula' });
    for (const [i, a] of articles.entries()) {
      if (csvArticles[i]!.status !== 'ok') continue;
      for (const c of ['organisations', 'people', 'dates', 'casualties', 'killed', 'injured'] as const) {
        expect(a[c], `${a.article!.text} ${c}`).toMatchObject({ type: 'float', value: csvArticles[i]![c] });
      }
    }

    // each fact sheet has the facts of its type from facts.csv, and nothing else
    const facts = readCsv(readFileSync(join(out, 'facts.csv'), 'utf8'));
    const byType = { Organisations: 'organisation', People: 'person', Dates: 'date', Casualties: 'casualty' } as const;
    for (const [name, type] of Object.entries(byType)) {
      expect(sheet(name as keyof typeof SHEETS).map((f) => `${f.article!.text}/${f.id!.text}`), name).toEqual(
        facts.filter((f) => f.type === type).map((f) => `${f.article}/${f.id}`),
      );
    }

    // dates: a day-precise value is a real date; TIMEX3 values stay text, also a bare year
    const dates = sheet('Dates');
    const march = dates.find((d) => d.text!.text === '4 March 2025')!;
    expect(march.day).toMatchObject({ type: 'date', value: '2025-03-04' });
    expect(march.value).toMatchObject({ type: 'string', text: '2025-03-04' });
    const year = dates.find((d) => d.granularity!.text === 'year')!;
    expect(year.value).toMatchObject({ type: 'string', text: '2024' });
    expect(year.day!.type).toBeNull();
    expect(march.start!.type).toBe('float');

    // casualties: numbers and flags as numbers and booleans, agreeing with facts.csv
    const casualties = sheet('Casualties');
    const csvCasualties = facts.filter((f) => f.type === 'casualty');
    expect(casualties.length).toBeGreaterThan(2);
    casualties.forEach((c, i) => {
      const csv = csvCasualties[i]!;
      expect(c.count).toMatchObject({ type: 'float', value: csv.count });
      expect(c.counted).toMatchObject({ type: 'float', value: csv.counted });
      expect(c.in_totals!.text).toBe(csv.in_totals.toUpperCase());
    });

    // an autofilter over header and rows of every sheet
    for (const [name, columns] of Object.entries(SHEETS)) {
      const rows = tables.get(name)!.length;
      expect(fods, name).toContain(`table:target-range-address="${name}.A1:${name}.${columnName(columns.length)}${rows}" table:display-filter-buttons="true"`);
    }

    // the header row frozen on every sheet (read from the workbook: a headless conversion keeps no views)
    const zip = unzipSync(readFileSync(workbook));
    for (let i = 1; i <= 5; i++) expect(strFromU8(zip[`xl/worksheets/sheet${i}.xml`]!)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  }, 180_000);
});

describe('columnName', () => {
  it.each([[1, 'A'], [12, 'L'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA']])('%d → %s', (n, name) => expect(columnName(n)).toBe(name));
});
