// The HTML article report: the article text exactly as given, every fact mention highlighted in
// place as a <mark> (colour by type, in the manner of displaCy's entity view), a card with the
// normalised value on hover or focus, and tables of the facts below. One self-contained page per
// article; a batch adds index.html. Overlapping mentions nest, and a mention that crosses another's
// edge is split into pieces, so the text is never reordered or repeated.
import { join } from 'node:path';
import type { Fact } from '../facts/index.js';
import { presentationOf, registeredTypes } from '../facts/registry.js';
import type { ArticleView, HtmlColumn } from '../facts/types.js';
import type { ArticleResult } from '../result.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { safeFileName } from './file-names.js';
import { articleView, titleOf } from './csv.js';
import { ARTICLE_CSS, ARTICLE_SCRIPT, INDEX_SCRIPT } from './html-assets.js';
import { orDash, pct } from './html-cells.js';
import { classOf, escapeHtml as e, htmlPage } from '../report/page.js';

export { TOTALS_NOTE_TEXT } from '../facts/casualty/present.js';

interface TypeStyle { label: string; title: string; colour: string }

/** A type not in the registry still renders, grey, with its type name as label. */
const styleOf = (type: string): TypeStyle =>
  presentationOf(type)?.html ?? { label: type.toUpperCase(), title: type, colour: '#dde1e6' };

/** ` k-VARIANT` for a fact whose type draws its kinds in colours of their own. */
const variantClass = (fact: Fact): string => {
  const variant = presentationOf(fact.type)?.html.variant?.(fact);
  return variant ? ` k-${classOf(variant)}` : '';
};

/** A highlighted range of the text and the fact it belongs to. */
export interface Highlight { start: number; end: number; fact: Fact; order: number }

/** Every mention of every fact, as ranges into the text (empty or out-of-range ones left out). */
export function highlightsOf(facts: readonly Fact[], textLength: number): Highlight[] {
  const highlights: Highlight[] = [];
  for (const fact of facts) {
    const mentions = (fact as { mentions?: Array<{ start: number; end: number }> }).mentions;
    for (const span of Array.isArray(mentions) && mentions.length ? mentions : [fact]) {
      if (span.start < span.end && span.end <= textLength) {
        highlights.push({ start: span.start, end: span.end, fact, order: highlights.length });
      }
    }
  }
  return highlights;
}

const outerFirst = (a: Highlight, b: Highlight): number => a.start - b.start || b.end - a.end || a.order - b.order;

type Step = { open: Highlight; piece: number } | { close: true } | { from: number; to: number };

/**
 * The text as a sequence of open/close/text steps. Between two consecutive boundaries the set of
 * covering highlights is fixed; the open elements always form a stack ordered outer-first, so a
 * highlight that crosses another's edge is closed and reopened (split), never interleaved.
 */
function steps(text: string, highlights: Highlight[]): { steps: Step[]; pieces: Map<Highlight, number> } {
  const bounds = [...new Set([0, text.length, ...highlights.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const byStart = [...highlights].sort(outerFirst);
  const pieces = new Map<Highlight, number>();
  const out: Step[] = [];
  let open: Highlight[] = [];
  let active: Highlight[] = [];
  let next = 0;
  for (let b = 0; b < bounds.length - 1; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    active = active.filter((h) => h.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    active.sort(outerFirst);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let k = open.length; k > keep; k--) out.push({ close: true });
    for (const h of active.slice(keep)) {
      const piece = pieces.get(h) ?? 0;
      pieces.set(h, piece + 1);
      out.push({ open: h, piece });
    }
    open = [...active];
    out.push({ from, to });
  }
  for (let k = open.length; k > 0; k--) out.push({ close: true });
  return { steps: out, pieces };
}

/** The article text with every highlight as <mark>; its textContent is exactly `text`. */
export function highlightText(text: string, facts: readonly Fact[]): string {
  const highlights = highlightsOf(facts, text.length);
  const { steps: list, pieces } = steps(text, highlights);
  const firstOfFact = new Set<string>();
  let html = '';
  let depth = 0;
  for (const step of list) {
    if ('from' in step) html += depth ? e(text.slice(step.from, step.to)) : plainText(text, step.from, step.to);
    else if ('close' in step) {
      html += '</mark>';
      depth--;
    } else {
      depth++;
      const { open: h, piece } = step;
      const fact = h.fact;
      const style = styleOf(fact.type);
      const kind = variantClass(fact);
      const last = piece === pieces.get(h)! - 1;
      // the first piece of a fact's first mention is the anchor its table row links to
      const first = piece === 0 && !firstOfFact.has(fact.id);
      if (first) firstOfFact.add(fact.id);
      const anchor = first ? ` id="m-${e(fact.id)}"` : '';
      html +=
        `<mark class="hl t-${classOf(fact.type)}${kind}${last ? '' : ' cont'}"${anchor}` +
        ` data-fact="${e(fact.id)}" data-type="${e(fact.type)}"` +
        ` data-start="${h.start}" data-end="${h.end}" data-label="${e(style.label)}"` +
        `${piece === 0 ? ' tabindex="0"' : ''} aria-describedby="card-${e(fact.id)}">`;
    }
  }
  return html;
}

const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/**
 * Unhighlighted text. Whitespace at the very start or end of the article (a blank first line) is
 * kept in the page text but wrapped so that it does not render as empty lines.
 */
function plainText(text: string, from: number, to: number): string {
  let middle = text.slice(from, to);
  let head = '';
  let tail = '';
  if (from === 0) {
    head = LEADING_SPACE.exec(middle)?.[0] ?? '';
    middle = middle.slice(head.length);
  }
  if (to === text.length) {
    tail = TRAILING_SPACE.exec(middle)?.[0] ?? '';
    middle = middle.slice(0, middle.length - tail.length);
  }
  const edge = (ws: string): string => (ws ? `<span class="edge">${e(ws)}</span>` : '');
  return edge(head) + e(middle) + edge(tail);
}

/** The normalised value of a fact as label/value rows, for its card. */
export function factFields(fact: Fact): Array<[string, string | number | null]> {
  const common: Array<[string, string | number | null]> = [['confidence', pct(fact.confidence)], ['rule', fact.reason]];
  const type = presentationOf(fact.type);
  return [...(type ? type.html.fields(fact) : [['text', fact.text] as [string, string]]), ...common];
}

function card(fact: Fact): string {
  const style = styleOf(fact.type);
  const rows = factFields(fact).map(([k, v]) => `<dt>${e(k)}</dt><dd>${orDash(v)}</dd>`).join('');
  return (
    `<div class="card" id="card-${e(fact.id)}" role="tooltip" hidden>` +
    `<div class="card-head t-${classOf(fact.type)}${variantClass(fact)}">` +
    `${e(style.label)} <span>${e(fact.id)}</span></div>` +
    `<p class="card-text">“${e(fact.text)}”</p><dl>${rows}</dl></div>`
  );
}

const idCell = (fact: Fact): string => `<td><a href="#m-${e(fact.id)}"><code>${e(fact.id)}</code></a></td>`;

type Column = HtmlColumn<Fact>;

const GENERIC: Column[] = [{ head: 'text', cell: (f) => e(f.text) }];
const TAIL: Column[] = [
  { head: 'confidence', cell: (f) => pct(f.confidence), numeric: true },
  { head: 'rule', cell: (f) => `<code>${e(f.reason)}</code>` },
];

function factTable(type: string, facts: Fact[], article: ArticleView): string {
  const style = styleOf(type);
  const html = presentationOf(type)?.html;
  const extra = html?.table?.(facts, article);
  const columns = [...(html?.columns ?? GENERIC), ...(extra?.columns ?? []), ...TAIL];
  const n = (c: Column): string => (c.numeric ? ' class="n"' : '');
  const head = `<tr><th>id</th>${columns.map((c) => `<th${n(c)}>${e(c.head)}</th>`).join('')}</tr>`;
  const cells = (f: Fact): string => columns.map((c) => `<td${n(c)}>${c.cell(f)}</td>`).join('');
  const row = (f: Fact): string => `<tr>${idCell(f)}${cells(f)}</tr>`;
  const rows = facts.map(row).join('\n');
  const foot = extra?.foot ? `<tfoot><tr><td colspan="${columns.length + 1}">${extra.foot}</td></tr></tfoot>` : '';
  const body = facts.length
    ? `<tbody>\n${rows}\n</tbody>`
    : `<tbody><tr><td colspan="${columns.length + 1}" class="empty">none found</td></tr></tbody>`;
  return (
    `<section id="${e(classOf(type))}"><h2><span class="swatch t-${classOf(type)}"></span>${e(style.title)} ` +
    `<span class="count">${facts.length}</span></h2>\n` +
    `<div class="table-wrap"><table class="facts">\n<thead>${head}</thead>\n` +
    `${body}${foot}\n</table></div>${extra?.note ?? ''}</section>`
  );
}

/** Fact types in display order: the registered ones, then any others in order of appearance. */
function typesOf(facts: readonly Fact[]): string[] {
  const types = registeredTypes().map((t) => t.type as string);
  for (const f of facts) if (!types.includes(f.type)) types.push(f.type);
  return types;
}

function legend(facts: readonly Fact[]): string {
  const counts = new Map<string, number>();
  for (const f of facts) {
    const variant = presentationOf(f.type)?.html.variants ? presentationOf(f.type)?.html.variant?.(f) : undefined;
    const key = variant ? `${f.type}:${variant}` : f.type;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const items: string[] = [];
  for (const type of typesOf(facts)) {
    const style = styleOf(type);
    const sample = (variant: string | null, text: string, count: number): string =>
      `<li><mark class="hl t-${classOf(type)}${variant ? ` k-${classOf(variant)}` : ''} sample" ` +
      `data-label="${e(style.label)}">` +
      `${e(text)}</mark> ${count}</li>`;
    const variants = presentationOf(type)?.html.variants;
    if (variants) for (const v of variants) items.push(sample(v, v, counts.get(`${type}:${v}`) ?? 0));
    else items.push(sample(null, style.title.toLowerCase(), counts.get(type) ?? 0));
  }
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function colourCss(): string {
  const types = registeredTypes();
  return [
    ...types.map((t) => `.t-${classOf(t.type)}, mark.hl.t-${classOf(t.type)} { background: ${t.html.colour}; }`),
    ...types.flatMap((t) => t.html.css ?? []),
  ].join('\n');
}


export interface ArticleHtmlOptions {
  /** link back to the batch index (relative href) */
  index?: string;
}

/** One article's self-contained report page. */
const PUBLISHED_FROM: Record<string, string> = {
  flag: 'from --published',
  sidecar: 'from the sidecar file',
  input: 'from the input',
  markup: "from the page's markup",
  text: 'read from the article',
};

/** Where the publication date came from; for a date read from the text, the words it was read from. */
function publishedFrom(result: ArticleResult): string {
  const from = result.published_from ? PUBLISHED_FROM[result.published_from] : '';
  const span = result.published_span ? ` (“${e(result.published_span.text)}”)` : '';
  return from ? `<small class="published-from">${from}${span}</small>` : '';
}

export function articleHtml(result: ArticleResult, text: string, options: ArticleHtmlOptions = {}): string {
  const facts = result.facts;
  const byType = (type: string): Fact[] => facts.filter((f) => f.type === type);
  const article = articleView(result);
  const tables = typesOf(facts)
    .filter((type) => presentationOf(type) || byType(type).length)
    .map((type) => factTable(type, byType(type), article))
    .join('\n');
  const stats = [
    ...typesOf(facts).map(
      (type) =>
        `<div class="stat"><b>${byType(type).length}</b><span>${e(styleOf(type).title.toLowerCase())}</span></div>`,
    ),
    `<div class="stat killed"><b>${result.totals.killed}</b><span>killed (total)</span></div>`,
    `<div class="stat injured"><b>${result.totals.injured}</b><span>injured (total)</span></div>`,
  ].join('');
  const failed = result.validation.rejected;
  const rejected = failed.length
    ? `<div class="rejected"><b>${failed.length} fact(s) failed validation and are not shown:</b>` +
      `<ul>${failed.map((r) => `<li><code>${e(r.id)}</code>: ${e(r.error)}</li>`).join('')}</ul></div>`
    : '';
  const meta = [
    result.source ? `<span>${e(result.source)}</span>` : '',
    `<span>published ${result.published ? `${e(result.published)} ${publishedFrom(result)}` : 'unknown'}</span>`,
    `<span>${facts.length} facts</span>`,
  ].join('');
  const body = `<main>
${options.index ? `<nav class="back"><a href="${e(options.index)}">← all articles</a></nav>` : ''}
<h1>${e(result.id)}</h1>
<p class="meta">${meta}</p>
<div class="summary">${stats}</div>
${rejected}
${legend(facts)}
<div class="article" id="article">${highlightText(text, facts)}</div>
<p class="hint">Hover over or tab to a highlight to see its normalised value.</p>
${tables}
</main>
<div id="cards">${facts.map(card).join('')}</div>`;
  const title = `${result.id}: newsfacts report`;
  return htmlPage({ title, body, css: colourCss() + ARTICLE_CSS, script: ARTICLE_SCRIPT });
}

export interface IndexEntry {
  id: string;
  /** relative href of the article's page, or null for a failed article */
  href: string | null;
  source: string | null;
  published?: string | null;
  /** the article's first line */
  title?: string;
  counts: Record<string, number>;
  totals?: { killed: number; injured: number };
  error?: string;
}

/** The batch index: every article with its title, fact counts and totals, linked to its page; sortable by column. */
export function indexHtml(entries: readonly IndexEntry[]): string {
  const types = registeredTypes().map((t) => t.type as string);
  for (const entry of entries) for (const t of Object.keys(entry.counts)) if (!types.includes(t)) types.push(t);
  const sum = (pick: (x: IndexEntry) => number): number => entries.reduce((a, x) => a + pick(x), 0);
  const num = (n: number): string => `<td class="n" data-v="${n}">${n}</td>`;
  const typeHeads = types
    .map((t) => `<th class="n"><span class="swatch t-${classOf(t)}"></span>${e(styleOf(t).title.toLowerCase())}</th>`)
    .join('');
  const head =
    `<tr><th>article</th><th>title</th><th>published</th>${typeHeads}` +
    '<th class="n">killed</th><th class="n">injured</th></tr>';
  const row = (x: IndexEntry): string => {
    if (!x.href) {
      const error = e(x.error ?? 'unknown error');
      const span = types.length + 4;
      return `<tr><td data-v="${e(x.id)}">${e(x.id)}</td><td colspan="${span}" class="bad">failed: ${error}</td></tr>`;
    }
    const source = x.source ? `<div class="src">${e(x.source)}</div>` : '';
    const published = x.published ? ` data-v="${e(x.published)}"` : '';
    return (
      `<tr><td data-v="${e(x.id)}"><a href="${e(x.href)}">${e(x.id)}</a>${source}</td>` +
      `<td data-v="${e(x.title ?? '')}">${x.title ? e(x.title) : orDash(null)}</td>` +
      `<td${published}>${orDash(x.published)}</td>` +
      `${types.map((t) => num(x.counts[t] ?? 0)).join('')}` +
      `${num(x.totals?.killed ?? 0)}${num(x.totals?.injured ?? 0)}</tr>`
    );
  };
  const rows = entries.map(row).join('\n');
  const ok = entries.filter((x) => x.href);
  const failed = entries.length > ok.length ? `, ${entries.length - ok.length} failed` : '';
  const total = (pick: (x: IndexEntry) => number): string => `<td class="n">${sum(pick)}</td>`;
  const foot =
    `<tr><td>${ok.length} article(s)${failed}</td><td></td><td></td>` +
    `${types.map((t) => total((x) => x.counts[t] ?? 0)).join('')}` +
    `${total((x) => x.totals?.killed ?? 0)}${total((x) => x.totals?.injured ?? 0)}</tr>`;
  const facts = sum((x) => Object.values(x.counts).reduce((a, n) => a + n, 0));
  const body = `<main>
<h1>newsfacts report</h1>
<p class="meta"><span>${entries.length} article(s)</span><span>${facts} facts</span></p>
<p class="hint">Click a column header to sort by it; click again to reverse.</p>
<div class="table-wrap"><table id="articles" class="facts">
<thead>${head}</thead>
<tbody>
${rows || `<tr><td colspan="${types.length + 5}" class="empty">no articles</td></tr>`}
</tbody>
<tfoot>${foot}</tfoot>
</table></div>
</main>`;
  return htmlPage({ title: 'newsfacts report', body, css: colourCss() + ARTICLE_CSS, script: INDEX_SCRIPT });
}

/** An article's line in the batch index; its title is the text's first line. */
export function indexEntry(result: ArticleResult, href: string, text?: string): IndexEntry {
  const counts: Record<string, number> = {};
  for (const f of result.facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return {
    id: result.id,
    href,
    source: result.source,
    published: result.published,
    ...(text !== undefined ? { title: titleOf(text) } : {}),
    counts,
    totals: result.totals,
  };
}

export class HtmlReportWriter {
  readonly written: string[] = [];
  private readonly entries: IndexEntry[] = [];
  private readonly used = new Set<string>();

  constructor(private readonly outDir: string) {}

  /** The page of an article id, unique in this batch; a batch names pages in input order. */
  pageFor(id: string): { path: string; href: string } {
    let name = safeFileName(id);
    const taken = (n: string): boolean => this.used.has(n.toLowerCase()) || n.toLowerCase() === 'index';
    for (let n = 2; taken(name); n++) name = `${safeFileName(id)}-${n}`;
    this.used.add(name.toLowerCase());
    return { path: join(this.outDir, `${name}.html`), href: encodeURIComponent(`${name}.html`) };
  }

  /** Records an article whose page was written elsewhere (by a worker thread). */
  add(entry: IndexEntry, path: string): void {
    this.entries.push(entry);
    this.written.push(path);
  }

  article(result: ArticleResult, text: string): string {
    const { path, href } = this.pageFor(result.id);
    writeFileAtomic(path, articleHtml(result, text, { index: 'index.html' }));
    this.add(indexEntry(result, href, text), path);
    return path;
  }

  failure(failure: { id: string; source: string | null; error: string }): void {
    this.entries.push({ id: failure.id, href: null, source: failure.source, counts: {}, error: failure.error });
  }

  /** Writes index.html; returns its path. */
  finish(): string {
    const path = join(this.outDir, 'index.html');
    writeFileAtomic(path, indexHtml(this.entries));
    this.written.push(path);
    return path;
  }
}
