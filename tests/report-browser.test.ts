// The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core (which
// never downloads a browser of its own). Every fact mention must be highlighted at its offsets,
// hovering or focusing one must show its value, the page must log no errors and load nothing.
// In CI (.ci/run installs chromium) this always runs; elsewhere it skips, saying so, when
// /usr/bin/chromium is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { decodeArticle } from '../src/io/decode.js';
import { articleHtml, indexHtml } from '../src/export/html.js';
import { extract } from '../src/pipeline.js';
import type { ArticleResult } from '../src/result.js';
import type { Fact } from '../src/facts/index.js';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI;
if (skip) console.warn(`report-browser.test.ts: SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium); CI installs it and runs this test`);

interface Problems { console: string[]; requests: string[] }

describe.skipIf(skip)('HTML report in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const out = mkdtempSync(join(tmpdir(), 'newsfacts-html-'));

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium`);
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'newsfacts-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1100, height: 860 },
      deviceScaleFactor: 1,
    });
  }, 120_000); // a cold browser start on a busy machine

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }, 60_000);

  async function open(path: string): Promise<{ page: Page; problems: Problems }> {
    const page = await context.newPage();
    const problems: Problems = { console: [], requests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
    page.on('dialog', (d) => {
      problems.console.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.requests.push(r.url());
    });
    await page.goto(pathToFileURL(path).href);
    return { page, problems };
  }

  /** Each highlight piece's range in the article text, measured in the page itself. */
  const pieceRanges = (page: Page) =>
    page.evaluate(() => {
      const article = document.getElementById('article')!;
      return [...article.querySelectorAll<HTMLElement>('mark.hl')].map((mark) => {
        const before = document.createRange();
        before.setStart(article, 0);
        before.setEndBefore(mark);
        const from = before.toString().length;
        return { fact: mark.dataset.fact!, span: `${mark.dataset.start}-${mark.dataset.end}`, from, to: from + mark.textContent!.length };
      });
    });

  /** Pieces of one span must tile it exactly: contiguous, from its start to its end. */
  function expectTiled(pieces: Array<{ from: number; to: number }>, start: number, end: number): void {
    const sorted = [...pieces].sort((a, b) => a.from - b.from);
    expect(sorted[0]?.from).toBe(start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.from).toBe(sorted[i - 1]!.to);
    expect(sorted.at(-1)?.to).toBe(end);
  }

  it('highlights every fact of the shipped article at its offsets, shows values on hover and focus, logs no errors', async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'bin.js'), 'input/article.txt', '--format', 'html,json', '--out-dir', out, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'article.json'), 'utf8')) as ArticleResult;
    const text = decodeArticle(readFileSync(join(ROOT, 'input', 'article.txt')), 'article.txt');
    expect(result.facts.length).toBeGreaterThan(0);
    const { page, problems } = await open(join(out, 'article.html'));

    expect(await page.locator('#article').evaluate((el) => el.textContent)).toBe(text);
    const pieces = await pieceRanges(page);
    for (const fact of result.facts) {
      const spans = 'mentions' in fact ? fact.mentions : [fact];
      for (const span of spans) {
        const mine = pieces.filter((p) => p.fact === fact.id && p.span === `${span.start}-${span.end}`);
        expect(mine.length, `${fact.id} ${span.start}-${span.end} "${span.text}"`).toBeGreaterThan(0);
        expectTiled(mine, span.start, span.end);
        expect(mine.map((p) => text.slice(p.from, p.to)).join('')).toBe(span.text);
      }
    }

    for (const fact of result.facts) {
      await page.hover(`#m-${fact.id}`);
      const card = page.locator(`#card-${fact.id}`);
      await expect.poll(() => card.isVisible(), { timeout: 2000 }).toBe(true);
      const shown = await card.innerText();
      for (const expected of valuesOf(fact)) expect(shown, `card of ${fact.id}`).toContain(expected);
      expect(await page.locator('.card:not([hidden])').count()).toBe(1);
    }

    // keyboard: focusing a highlight shows its card too; Escape hides it
    await page.mouse.move(1, 1);
    const date = result.facts.find((f) => f.type === 'date')!;
    await page.focus(`#m-${date.id}`);
    await expect.poll(() => page.locator(`#card-${date.id}`).isVisible(), { timeout: 2000 }).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.card:not([hidden])').count()).toBe(0);

    // a screenshot for people to look at: the top of the page with one card open
    mkdirSync(join(ROOT, 'output'), { recursive: true });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const first = result.facts.find((f) => f.type === 'organisation') ?? result.facts[0]!;
    await page.hover(`#m-${first.id}`);
    await page.screenshot({ path: join(ROOT, 'output', 'report-article.png') });
    await page.screenshot({ path: join(ROOT, 'output', 'report-article-full.png'), fullPage: true });

    const index = await open(join(out, 'index.html'));
    expect(await index.page.locator('a[href="article.html"]').count()).toBe(1);
    expect(problems).toEqual({ console: [], requests: [] });
    expect(index.problems).toEqual({ console: [], requests: [] });
  }, 120_000);

  it('at 1,200 px the casualty table wraps inside the page, and the note on left-out figures shows', async () => {
    const text = 'Four people were shot outside the northern community centre on Friday and one of them died. So far this year 200 people have been killed in the city.';
    const result = extract(text, { id: 'wide', published: '2025-08-13' });
    // long cells, as real articles give them: a long victims phrase, an unbroken location, a compound rule
    const facts = result.facts.map((f) =>
      f.type === 'casualty'
        ? { ...f, victims: 'people who had gathered outside the northern community centre for the evening vigil', location: { start: 0, end: 4, text: 'Four' }, reason: `${f.reason}+coordinated-count+death-toll+including-subset` }
        : f,
    ) as Fact[];
    const path = join(out, 'wide.html');
    writeFileSync(path, articleHtml({ ...result, facts }, text));
    const { page, problems } = await open(path);
    await page.setViewportSize({ width: 1200, height: 900 });
    const fit = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const table = document.querySelector('#casualty table')!;
      return { table: table.getBoundingClientRect().right, main: main.right, scroll: table.parentElement!.scrollWidth - table.parentElement!.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.main + 1);
    expect(fit.scroll).toBeLessThanOrEqual(0);
    expect(fit.page).toBeLessThanOrEqual(1200);
    expect(await page.locator('#totals-note').innerText()).toMatch(/1 figure\(s\) left out of the totals/);
    expect(problems).toEqual({ console: [], requests: [] });
  }, 60_000);

  it('the batch index sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const entries = [
      { id: 'b', href: 'b.html', source: null, published: '2025-08-02', title: 'Bravo', counts: { casualty: 2 }, totals: { killed: 7, injured: 1 } },
      { id: 'a', href: 'a.html', source: null, published: null, title: 'Alpha', counts: {}, totals: { killed: 10, injured: 0 } },
      { id: 'bad', href: null, source: null, counts: {}, error: 'not valid JSON' },
      { id: 'c', href: 'c.html', source: null, published: '2025-08-01', title: 'Charlie', counts: { casualty: 1 }, totals: { killed: 2, injured: 5 } },
    ];
    const path = join(out, 'sorted-index.html');
    writeFileSync(path, indexHtml(entries));
    const { page, problems } = await open(path);
    const ids = () => page.locator('#articles tbody tr td:first-child').allInnerTexts();
    expect(await ids()).toEqual(['b', 'a', 'bad', 'c']);
    const header = (name: string) => page.locator('#articles thead th', { hasText: new RegExp(`^${name}`) });
    await header('killed').click();
    expect(await ids()).toEqual(['c', 'b', 'a', 'bad']);
    expect(await header('killed').getAttribute('aria-sort')).toBe('ascending');
    await header('killed').click();
    expect(await ids()).toEqual(['a', 'b', 'c', 'bad']);
    await header('title').click();
    expect(await ids()).toEqual(['a', 'b', 'c', 'bad']);
    await header('published').focus();
    await page.keyboard.press('Enter');
    expect(await ids()).toEqual(['c', 'b', 'a', 'bad']);
    expect(problems).toEqual({ console: [], requests: [] });
  }, 60_000);

  it('renders hostile text as text and overlapping, crossing highlights without garbling it', async () => {
    const text = 'Alert <script>alert(1)</script> & "x"\r\nOn Tuesday 3 people died; <b>BBC</b> said.';
    const at = (s: string): { start: number; end: number; text: string } => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const base = { sentence: '', reason: 'test', confidence: 0.5 };
    const facts = [
      { ...base, type: 'casualty', id: 'casualty-1', ...at('Tuesday 3 people died'), kind: 'killed', count: 3, min: null, max: null, approximate: false, victims: 'people', subset_of: null, event: null, perpetrator: null, location: null, date: null },
      { ...base, type: 'date', id: 'date-1', ...at('On Tuesday'), value: '2025-08-12', granularity: 'day', iso: '2025-08-12', relative: true },
      { ...base, type: 'organisation', id: 'organisation-1', ...at('<script>alert(1)</script>'), name: '<script>', aliases: ['"x"'], mentions: [{ ...at('<script>alert(1)</script>'), reason: 'test' }, { ...at('<b>BBC</b>'), reason: 'test' }] },
      { ...base, type: 'person', id: 'person-1', ...at('1)</script> & "x"\r\nOn'), name: 'X', role: null, affiliation: null, mentions: [{ ...at('1)</script> & "x"\r\nOn'), reason: 'test' }] },
    ] as Fact[];
    const result: ArticleResult = { id: '<img src=x onerror=alert(2)>', source: null, published: null, facts, totals: { killed: 3, injured: 0 }, validation: { valid: true, rejected: [] } };
    const path = join(out, 'hostile.html');
    writeFileSync(path, articleHtml(result, text));
    const { page, problems } = await open(path);
    expect(await page.locator('#article').evaluate((el) => el.textContent)).toBe(text);
    expect(await page.locator('script').count()).toBe(1); // the page's own
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#article :not(mark):not(.edge)').count()).toBe(0);
    const pieces = await pieceRanges(page);
    for (const fact of facts) {
      for (const span of 'mentions' in fact ? fact.mentions : [fact]) {
        expectTiled(pieces.filter((p) => p.fact === fact.id && p.span === `${span.start}-${span.end}`), span.start, span.end);
      }
    }
    await page.hover('#m-organisation-1');
    expect(await page.locator('#card-organisation-1').innerText()).toContain('<script>');
    expect(problems).toEqual({ console: [], requests: [] });
  }, 60_000);
});

/** What the card of a fact must show. */
function valuesOf(fact: Fact): string[] {
  switch (fact.type) {
    case 'organisation':
      return [fact.name, ...fact.aliases, fact.reason];
    case 'person':
      return [fact.name, ...(fact.role ? [fact.role] : []), fact.reason];
    case 'date':
      return [fact.value ?? 'unresolved', fact.reason];
    case 'casualty':
      return [String(fact.count), fact.kind, ...(fact.event ? [fact.event.text] : []), ...(fact.perpetrator ? [fact.perpetrator.text] : []), fact.reason];
    default:
      return [];
  }
}
