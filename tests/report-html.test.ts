// The HTML article report without a browser: the markup keeps the text exact, nests and splits
// overlapping highlights, escapes everything, and the batch writes one page per article plus an index.
// Cold start: plain extraction never loads report or evaluation code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleHtml, highlightText, indexEntry, indexHtml } from '../src/export/html.js';
import { escapeHtml } from '../src/report/page.js';
import { extract } from '../src/pipeline.js';
import type { Fact } from '../src/facts/index.js';
import { PUBLISHED } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-html-'));

/** Undo the markup the way a browser's textContent would: drop tags, decode the entities we emit. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const base = { sentence: '', reason: 'test-rule', confidence: 0.5 };
function dateAt(text: string, s: string, id = 'date-1'): Fact {
  const start = text.indexOf(s);
  return { ...base, type: 'date', id, text: s, start, end: start + s.length, value: '2025-08-12', granularity: 'day', iso: '2025-08-12', relative: true } as Fact;
}
function casualtyAt(text: string, s: string, id = 'casualty-1'): Fact {
  const start = text.indexOf(s);
  return { ...base, type: 'casualty', id, text: s, start, end: start + s.length, kind: 'killed', count: 3, min: null, max: null, approximate: false, victims: null, subset_of: null, event: null, perpetrator: null, location: null, date: null } as Fact;
}

describe('highlightText', () => {
  const text = 'Three people died on Tuesday in the north.';
  it.each([
    ['nested: a date inside a casualty span', [casualtyAt(text, 'Three people died on Tuesday'), dateAt(text, 'Tuesday')], 2, 0],
    ['crossing: the later span is split at the earlier one\'s end', [casualtyAt(text, 'people died on'), dateAt(text, 'on Tuesday in')], 3, 1],
    ['identical spans nest, the first fact outside', [casualtyAt(text, 'Tuesday'), dateAt(text, 'Tuesday')], 2, 0],
    ['disjoint spans stay flat', [casualtyAt(text, 'Three people died'), dateAt(text, 'Tuesday')], 2, 0],
  ])('%s', (_, facts, marks, continued) => {
    const html = highlightText(text, facts);
    expect(textOf(html)).toBe(text);
    expect(html.match(/<mark /g)).toHaveLength(marks);
    expect(html.match(/<mark /g)?.length).toBe(html.match(/<\/mark>/g)?.length);
    expect(html.match(/class="hl [^"]* cont"/g) ?? []).toHaveLength(continued);
    // well nested: closing tags never outnumber opening ones at any point
    let depth = 0;
    for (const tag of html.match(/<\/?mark/g)!) {
      depth += tag === '<mark' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    for (const fact of facts) expect(html).toContain(`data-fact="${fact.id}" data-type="${fact.type}" data-start="${fact.start}" data-end="${fact.end}"`);
  });

  it('keeps carriage returns, markup and entities in the article as text', () => {
    const hostile = 'A <script>alert(1)</script> & "q" \'s\r\nline two &amp; <b>x</b>';
    const html = highlightText(hostile, [dateAt(hostile, '<script>alert(1)</script>')]);
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('&#13;\n');
    expect(textOf(html)).toBe(hostile);
  });

  it('wraps whitespace at the start and end of the article so it does not render as blank lines', () => {
    const padded = '\n\nOn Tuesday.\n';
    const html = highlightText(padded, [dateAt(padded, 'Tuesday')]);
    expect(html).toMatch(/^<span class="edge">\n\n<\/span>On <mark [^>]+>Tuesday<\/mark>\.<span class="edge">\n<\/span>$/);
    expect(textOf(html)).toBe(padded);
  });

  it('leaves out spans that are empty or beyond the text', () => {
    const short = 'On Tuesday.';
    const bad = { ...dateAt(short, 'Tuesday'), start: 5, end: 50 } as Fact;
    const empty = { ...dateAt(short, 'Tuesday', 'date-2'), start: 3, end: 3 } as Fact;
    expect(highlightText(short, [bad, empty])).toBe('On Tuesday.');
  });
});

describe('articleHtml', () => {
  const text = 'The Alpha Relief Agency (ARA) said on Tuesday that four villagers were killed and two were injured. Maria Costa, the ARA spokeswoman, confirmed it.';
  const result = extract(text, { id: 'a<1>', published: PUBLISHED });

  it('is one self-contained page: no external resources, CSP without unsafe-inline', () => {
    const html = articleHtml(result, text);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    const csp = textOf(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(html).toContain('<title>a&lt;1&gt;: newsfacts report</title>');
  });

  it('highlights every mention of every fact and has a card and a table row per fact', () => {
    const html = articleHtml(result, text);
    expect(result.facts.length).toBeGreaterThan(0);
    for (const fact of result.facts) {
      for (const span of 'mentions' in fact ? fact.mentions : [fact]) expect(html).toContain(`data-fact="${fact.id}" data-type="${fact.type}" data-start="${span.start}" data-end="${span.end}"`);
      expect(html).toContain(`id="card-${fact.id}" role="tooltip" hidden>`);
      expect(html).toContain(`<a href="#m-${fact.id}">`);
    }
    const article = /<div class="article" id="article">([\s\S]*?)<\/div>\n<p class="hint">/.exec(html)![1]!;
    expect(textOf(article)).toBe(text);
    expect(html).toMatch(new RegExp(`Totals \\(each event once, parts not added\\): ${result.totals.killed} killed, ${result.totals.injured} injured`));
  });

  it('renders an article with no facts', () => {
    const html = articleHtml(extract('Nothing happened here.', { id: 'none' }), 'Nothing happened here.');
    expect(html).toContain('none found');
    expect(html).toContain('<div class="article" id="article">Nothing happened here.</div>');
  });
});

describe('batch --format html', () => {
  it('writes a page per article and an index linking them, failures listed', () => {
    const dir = tempDir();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [
      JSON.stringify({ id: 'one', text: 'Five soldiers were killed on Monday.', published: PUBLISHED }),
      '{broken',
      JSON.stringify({ id: 'two/<x>', text: 'Two people were injured.', published: PUBLISHED }),
    ].join('\n'));
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [BIN, corpus, '--format', 'html', '--out-dir', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="one.html">one</a>');
    expect(index).toContain('<a href="two_x_.html">two/&lt;x&gt;</a>');
    expect(index).toMatch(/class="bad">failed: .*not valid JSON/);
    expect(index).toMatch(/<tfoot><tr><td>2 article\(s\), 1 failed<\/td>/);
    expect(readFileSync(join(out, 'one.html'), 'utf8')).toContain('<a href="index.html">← all articles</a>');
    expect(existsSync(join(out, 'two_x_.html'))).toBe(true);
  });

  it('index: each article\'s title, and every column sortable (values to sort by, the sorting script)', () => {
    const entries = [
      { id: 'b', href: 'b.html', source: null, published: '2025-08-02', title: 'Second <story>', counts: { casualty: 2 }, totals: { killed: 7, injured: 1 } },
      { id: 'a', href: 'a.html', source: null, published: null, title: 'First story', counts: {}, totals: { killed: 0, injured: 0 } },
      { id: 'bad', href: null, source: null, counts: {}, error: 'not valid JSON' },
    ];
    const html = indexHtml(entries);
    expect(html).toMatch(/<thead><tr><th>article<\/th><th>title<\/th><th>published<\/th>/);
    expect(html).toContain('<td data-v="Second &lt;story&gt;">Second &lt;story&gt;</td>');
    expect(html).toMatch(/<td class="n" data-v="7">7<\/td><td class="n" data-v="1">1<\/td><\/tr>/);
    expect(html).toContain('<table id="articles"');
    expect(html).toMatch(/<script>\(function \(\) \{\n  var table = document.getElementById\('articles'\)/);
    expect(html).toMatch(/script-src &#39;sha256-/);
  });

  it('index entries carry the first line of the text as title', () => {
    const text = 'Storm hits the coast\nFive soldiers were killed on Monday.';
    expect(indexEntry(extract(text, { id: 's', published: PUBLISHED }), 's.html', text).title).toBe('Storm hits the coast');
  });

  it('casualty table: a totals column saying how each figure counts, and a note on those left out', () => {
    const text = 'Four people were shot on Friday and one of them died. So far this year 200 people have been killed in the city.';
    const html = articleHtml(extract(text, { id: 'c', published: PUBLISHED }), text);
    const table = /<section id="casualty">[\s\S]*?<\/section>/.exec(html)![0];
    expect(table).toMatch(/<th>totals<\/th>/);
    expect(table).toContain('<span class="in" title="counted in part: the rest are among the killed">✓ 3</span>');
    expect(table).toContain('<span class="why out">a statistic over many events</span>');
    expect(table).toMatch(/<p class="note" id="totals-note"><b>1 figure\(s\) left out of the totals<\/b>, each event being counted once: 1 a statistic over many events\./);
    expect(table).toContain('<div class="table-wrap"><table class="facts">');
  });

  it('no note when every figure counts', () => {
    const text = 'Five soldiers were killed on Monday.';
    expect(articleHtml(extract(text, { id: 'c', published: PUBLISHED }), text)).not.toContain('totals-note');
  });

  it('index of an empty batch', () => {
    expect(indexHtml([])).toContain('no articles');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["it's & more", 'it&#39;s &amp; more'],
    ['a\r\nb', 'a&#13;\nb'],
    [null, ''],
  ])('%j → %j', (input, output) => expect(escapeHtml(input)).toBe(output));
});

describe('cold start', () => {
  // dist/main.cjs is the command bundled into one file (scripts/bundle.mjs), in which a module imported lazily is
  // initialised only when that import runs: the module graph of the unbundled command, dist/main.js, is what decides
  // which code a run initialises, so it is what these tests watch
  const MAIN = join(ROOT, 'dist', 'main.js');
  /** dist modules a CLI run loads, recorded by a module resolve hook. */
  const loadedModules = (args: string[]): string[] => loadedUrls(args).filter((u) => u.includes('/dist/')).map((u) => u.slice(u.indexOf('/dist/') + 6));
  /** every module a CLI run loads. */
  function loadedUrls(args: string[]): string[] {
    const dir = tempDir();
    const log = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, MAIN, ...args, '--out-dir', join(dir, 'out'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  }
  const REPORT_CODE = /^(?:report\/|export\/html\.js|evaluate\.js|validate\/score\.js)/;

  it('extract file.txt loads no report or evaluation code', () => {
    const loaded = loadedModules(['input/article.txt', '--format', 'json,csv']);
    expect(loaded).toContain('pipeline.js');
    expect(loaded.filter((m) => REPORT_CODE.test(m))).toEqual([]);
  });

  it('--format html loads the HTML writer, still no evaluation code', () => {
    const loaded = loadedModules(['input/article.txt', '--format', 'html']);
    expect(loaded).toContain('export/html.js');
    expect(loaded.filter((m) => /^(?:evaluate\.js|validate\/score\.js|report\/(?!page))/.test(m))).toEqual([]);
  });

  it.each([
    [['json,csv'], false],
    [['xlsx'], true],
  ])('--format %s loads the workbook library: %s (only when asked)', (format, loaded) => {
    const urls = loadedUrls(['input/article.txt', '--format', format[0]!]);
    expect(urls.some((u) => u.includes('/node_modules/write-excel-file/'))).toBe(loaded);
  });
});
