// facts.csv opened by a real spreadsheet (LibreOffice Calc, headless): no cell becomes a formula,
// counts stay numbers, and non-ASCII names, quotes and line breaks survive.
// .ci/run installs libreoffice-calc; locally the test skips (with a note) only where it is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, CSV_COLUMNS } from '../../src/export/csv.js';
import { extract } from '../../src/pipeline.js';
import type { ArticleResult } from '../../src/result.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const available = SOFFICE !== undefined || process.env.CI === 'true';
if (!available) console.warn('spreadsheet test skipped: LibreOffice is not installed (apt-get install libreoffice-calc)');

// cells a spreadsheet would run as formulas, plus text that must survive as written
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'Zoë “Ñandú” O’Brien', 'He said "no", then left', 'line\nbreak'];

function hostileResult(): ArticleResult {
  const base = extract('Ten civilians were killed in the attack.', { id: 'a', published: '2025-08-13' });
  const casualty = base.facts.find((f) => f.type === 'casualty')!;
  const facts = HOSTILE.map((victims, i) => ({ ...casualty, id: `casualty-${i + 1}`, victims, count: 10 + i }));
  return { ...base, facts };
}

/** Cells of the first sheet of a flat ODS file: [value-type, text] per cell, row by row. */
function readFods(xml: string): Array<Array<{ type: string | null; formula: boolean; text: string }>> {
  const rows = [...xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)];
  return rows.map(([, row]) =>
    [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(([, attrs, body]) => {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
      const text = [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
        .map(([, p]) => p!.replace(/<text:s\/>/g, ' ').replace(/<text:tab\/>/g, '\t').replace(/<[^>]+>/g, ''))
        .join('\n')
        .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const cell = { type: /office:value-type="(\w+)"/.exec(attrs!)?.[1] ?? null, formula: /table:formula=/.test(attrs!), text };
      return Array.from({ length: Math.min(repeat, 50) }, () => cell);
    }),
  );
}

describe.runIf(available)('facts.csv in LibreOffice Calc', () => {
  it('keeps formulas inert, numbers numeric and text intact', () => {
    expect(SOFFICE, 'CI must install libreoffice-calc').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-calc-'));
    const csv = join(dir, 'facts.csv');
    writeFileSync(csv, csvHeader(true) + csvRows(hostileResult()));
    // CSV import: comma-separated, double quotes, UTF-8 (76), first line 1
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', dir, csv], { stdio: 'pipe', timeout: 120_000 });
    const rows = readFods(readFileSync(join(dir, 'facts.fods'), 'utf8')).filter((r) => r.some((c) => c.text !== ''));
    const header = rows[0]!.map((c) => c.text);
    expect(header.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    const col = (name: string): number => header.indexOf(name);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row.some((c) => c.formula)).toBe(false);
      expect(row[col('count')]).toMatchObject({ type: 'float', text: String(10 + i) });
      expect(row[col('start')]!.type).toBe('float');
      const victims = row[col('victims')]!.text;
      // the hostile text is still there, at most behind the escaping apostrophe
      // (a spreadsheet shows a lone CR as a line break)
      expect(victims.replace(/^'/, '')).toBe(HOSTILE[i]!.replace(/\r\n?/g, '\n'));
    });
  }, 180_000);

  it('with "quoted field as text" (the README\'s import options), a date value such as a decade stays text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-calc-'));
    const csv = join(dir, 'facts.csv');
    const base = extract('The plan covers the 2030s. Talks began in 2024.', { id: 'd', published: '2025-08-13' });
    const date = base.facts.find((f) => f.type === 'date')!;
    const facts = [
      { ...date, id: 'date-1', value: '203', granularity: 'decade' as const, iso: '2030-01-01' },
      { ...date, id: 'date-2', value: '2024', granularity: 'year' as const, iso: '2024-01-01' },
    ];
    writeFileSync(csv, csvHeader(true) + csvRows({ ...base, facts }));
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=CSV:44,34,76,1,,0,true', '--convert-to', 'fods', '--outdir', dir, csv], { stdio: 'pipe', timeout: 120_000 });
    const rows = readFods(readFileSync(join(dir, 'facts.fods'), 'utf8')).filter((r) => r.some((c) => c.text !== ''));
    const header = rows[0]!.map((c) => c.text);
    const [decade, year] = rows.slice(1);
    expect(decade![header.indexOf('value')]).toMatchObject({ type: 'string', text: '203' });
    expect(year![header.indexOf('value')]).toMatchObject({ type: 'string', text: '2024' });
    expect(decade![header.indexOf('iso')]!.type).toBe('date');
    expect(decade![header.indexOf('start')]!.type).toBe('float');
  }, 180_000);
});
