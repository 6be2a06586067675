// The evaluation diff, as HTML and as Markdown: the scores table on top (with deltas when a baseline
// is given), then per article and type what was matched, missed and spurious.
import type { ArticleFailure } from '../io/inputs.js';
import type { ArticleScore, EvalReport, ScoredItem, ScoredItems } from '../validate/score.js';
import type { ScoreDelta } from './baseline.js';
import { classOf, escapeHtml as e, htmlPage } from './page.js';

export interface EvalReportInput {
  report: EvalReport;
  failures: readonly ArticleFailure[];
  /** what was evaluated, e.g. the input paths */
  title: string;
  deltas?: readonly ScoreDelta[] | null;
  tolerance?: number;
}

const pct = (x: number): string => (100 * x).toFixed(1);
const KINDS = ['missed', 'spurious', 'matched'] as const;

/** A type's change against the baseline, in points of F1; "gone" or "new" when one side did not score it. */
const deltaText = (d: ScoreDelta): string =>
  d.delta === null ? (d.current === null ? 'gone' : 'new') : `${d.delta >= 0 ? '+' : '−'}${pct(Math.abs(d.delta))}`;
const KIND_TITLE = { matched: 'matched (true positives)', missed: 'missed (false negatives)', spurious: 'spurious (false positives)' } as const;

/** Types an article was scored on, with the items behind its counts (none for reports without items). */
const typesOfArticle = (a: ArticleScore): Array<[string, ScoredItems | null]> =>
  Object.keys(a.counts).map((type) => [type, a.items?.[type] ?? null]);

const hasErrors = (a: ArticleScore): boolean =>
  Object.values(a.counts).some((c) => c.fp > 0 || c.fn > 0) ||
  Object.values(a.totals).some((t) => t.expected !== t.got) ||
  (a.items?.date?.matched.some((i) => i.expected !== undefined) ?? false);

/** "text" 12–19 → value (≠ gold value), as plain text. */
export function describeItem(item: ScoredItem): string {
  const at = item.start !== undefined ? ` @${item.start}–${item.end}` : '';
  const value = item.value !== undefined && item.value !== item.text ? ` → ${item.value ?? 'null'}` : '';
  const expected = item.expected !== undefined ? ` (gold: ${item.expected ?? 'null'})` : '';
  return `“${oneLine(item.text)}”${at}${value}${expected}`;
}

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ⏎ ');

// ---------------------------------------------------------------- HTML

const EVAL_CSS = `
.scores td.n, .scores th.n { min-width: 64px; }
.delta.up { color: #1a7f37; } .delta.down { color: #b42318; font-weight: 600; }
tr.regressed td { background: #ffebe9; }
details.article { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
details.article > summary { cursor: pointer; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; }
details.article > summary b { margin-right: 6px; }
details.article[open] > summary { border-bottom: 1px solid var(--line); }
.badge { font-size: 12.5px; padding: 1px 8px; border-radius: 10px; background: #eef1f4; }
.badge.ok { background: #dafbe1; } .badge.err { background: #ffebe9; }
.type { padding: 4px 12px 10px; }
.type h3 { font-size: 14.5px; margin: 8px 0 4px; }
.cols { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.col { border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; min-width: 0; }
.col h4 { margin: 0 0 4px; font-size: 12.5px; text-transform: uppercase; letter-spacing: .03em; }
.col.missed h4 { color: #b42318; } .col.spurious h4 { color: #9a6700; } .col.matched h4 { color: #1a7f37; }
.col ul { margin: 0; padding-left: 18px; font-size: 13.5px; }
.col li { overflow-wrap: anywhere; }
.at, .val { color: var(--muted); font-size: 12.5px; }
.wrong { color: #b42318; }
@media (max-width: 760px) { .cols { grid-template-columns: 1fr; } }
`;

function itemHtml(item: ScoredItem): string {
  const at = item.start !== undefined ? ` <span class="at">${item.start}–${item.end}</span>` : '';
  const value =
    item.value !== undefined && item.value !== item.text ? ` <span class="val">→ <code>${e(item.value ?? 'null')}</code></span>` : '';
  const expected =
    item.expected !== undefined ? ` <span class="wrong">gold <code>${e(item.expected ?? 'null')}</code></span>` : '';
  return `<li>“${e(item.text)}”${at}${value}${expected}</li>`;
}

function scoresTableHtml({ report, deltas }: EvalReportInput): string {
  const byType = new Map((deltas ?? []).map((d) => [d.type, d]));
  const withBaseline = Boolean(deltas?.length);
  const deltaCells = (key: string): string => {
    if (!withBaseline) return '';
    const d = byType.get(key);
    if (!d) return '<td class="n">–</td><td class="n">–</td>';
    const cls = d.delta === null ? '' : d.delta > 1e-9 ? ' up' : d.delta < -1e-9 ? ' down' : '';
    return `<td class="n">${d.baseline === null ? '–' : pct(d.baseline)}</td><td class="n delta${cls}">${deltaText(d)}</td>`;
  };
  const rowClass = (key: string): string => (byType.get(key)?.regressed ? ' class="regressed"' : '');
  const n = (value: string | number): string => `<td class="n">${value}</td>`;
  const rows = Object.entries(report.types).map(
    ([type, s]) =>
      `<tr${rowClass(type)}><td>${e(type)}</td>${n(pct(s.precision))}${n(pct(s.recall))}${n(`<b>${pct(s.f1)}</b>`)}` +
      `${n(s.tp)}${n(s.fp)}${n(s.fn)}${deltaCells(type)}</tr>`,
  );
  for (const [kind, acc] of Object.entries(report.totals)) {
    rows.push(
      `<tr${rowClass(`totals.${kind}`)}><td>totals.${e(kind)} <span class="at">exact</span></td><td colspan="2"></td>` +
        `${n(`<b>${pct(acc.accuracy)}</b>`)}<td class="n" colspan="3">${acc.correct}/${acc.total} articles</td>` +
        `${deltaCells(`totals.${kind}`)}</tr>`,
    );
  }
  for (const d of deltas ?? []) {
    if (d.current !== null) continue;
    rows.push(
      `<tr class="regressed"><td>${e(d.type)}</td><td colspan="6" class="bad">scored in the baseline, not in this run</td>` +
        `${deltaCells(d.type)}</tr>`,
    );
  }
  const values = report.dateValueAccuracy;
  const dateValue = values
    ? `<p class="meta">date value accuracy ${pct(values.accuracy)}% ` +
      `(${values.correct}/${values.total} matched dates have the gold value)</p>`
    : '';
  const baselineHeads = withBaseline ? '<th class="n">baseline F1</th><th class="n">Δ F1</th>' : '';
  const head =
    '<tr><th>type</th><th class="n">P</th><th class="n">R</th><th class="n">F1</th>' +
    `<th class="n">tp</th><th class="n">fp</th><th class="n">fn</th>${baselineHeads}</tr>`;
  const body = rows.join('\n') || '<tr><td colspan="7" class="empty">nothing scored</td></tr>';
  return `<table class="scores"><thead>${head}</thead><tbody>${body}</tbody></table>${dateValue}`;
}

function articleHtml(a: ArticleScore): string {
  const badges = typesOfArticle(a)
    .map(([type]) => {
      const c = a.counts[type]!;
      const wrong = a.items?.[type]?.matched.filter((i) => i.expected !== undefined).length ?? 0;
      const ok = c.fp === 0 && c.fn === 0 && wrong === 0;
      const problems =
        `${c.fn ? ` · ${c.fn} missed` : ''}${c.fp ? ` · ${c.fp} spurious` : ''}` + `${wrong ? ` · ${wrong} wrong value` : ''}`;
      return `<span class="badge ${ok ? 'ok' : 'err'}">${e(type)}: ${c.tp} ✓${problems}</span>`;
    })
    .concat(
      Object.entries(a.totals).map(([kind, t]) => {
        const ok = t.expected === t.got;
        return `<span class="badge ${ok ? 'ok' : 'err'}">${e(kind)} total ${t.got}${ok ? '' : ` (gold ${t.expected})`}</span>`;
      }),
    )
    .join('');
  const sections = typesOfArticle(a)
    .map(([type, items]) => {
      if (!items) return '';
      const list = (kind: (typeof KINDS)[number]): string =>
        items[kind].length ? `<ul>${items[kind].map(itemHtml).join('')}</ul>` : '<span class="empty">none</span>';
      const cols = KINDS.map(
        (kind) => `<div class="col ${kind}"><h4>${KIND_TITLE[kind]} ${items[kind].length}</h4>${list(kind)}</div>`,
      ).join('');
      return `<div class="type t-${classOf(type)}"><h3>${e(type)}</h3><div class="cols">${cols}</div></div>`;
    })
    .join('');
  const errors = hasErrors(a) ? ' data-errors="true"' : '';
  return `<details class="article"${errors}><summary><b>${e(a.id)}</b>${badges}</summary>${sections}</details>`;
}

/** The evaluation report as one self-contained HTML page. */
export function evalHtml(input: EvalReportInput): string {
  const { report, failures, title, deltas, tolerance = 0 } = input;
  const regressed = (deltas ?? []).filter((d) => d.regressed);
  const said = regressed.length
    ? `Regressed against the baseline: ${regressed.map((d) => e(d.type)).join(', ')}`
    : 'No type dropped against the baseline';
  const verdict = deltas?.length
    ? `<p class="${regressed.length ? 'bad' : 'good'}"><b>${said}</b> (tolerance ${pct(tolerance)} points of F1)</p>`
    : '';
  const failed = failures.length
    ? `<h2>Failed articles <span class="count">${failures.length}</span></h2>` +
      `<ul class="bad">${failures.map((f) => `<li><code>${e(f.id)}</code>: ${e(f.error)}</li>`).join('')}</ul>`
    : '';
  const failedCount = failures.length ? `<span class="bad">${failures.length} failed</span>` : '';
  const withErrors = report.perArticle.filter(hasErrors).length;
  const body = `<main>
<h1>Evaluation: ${e(title)}</h1>
<p class="meta"><span>${report.articles} article(s)</span><span>${withErrors} with misses or spurious facts</span>${failedCount}</p>
${verdict}
${scoresTableHtml(input)}
${failed}
<h2>Per article</h2>
<p class="meta">Click an article to see, per type, what was matched, missed and spurious.</p>
${report.perArticle.map(articleHtml).join('\n')}
</main>`;
  return htmlPage({ title: `Evaluation: ${title}`, body, css: EVAL_CSS });
}

// ---------------------------------------------------------------- Markdown

/** Markdown-safe inline text: escapes the characters that would format it or break a table. */
const md = (s: string): string => oneLine(s).replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`);

function itemMarkdown(item: ScoredItem): string {
  const at = item.start !== undefined ? ` (${item.start}–${item.end})` : '';
  const value = item.value !== undefined && item.value !== item.text ? ` → ${md(item.value ?? 'null')}` : '';
  const expected = item.expected !== undefined ? ` **gold ${md(item.expected ?? 'null')}**` : '';
  return `“${md(item.text)}”${at}${value}${expected}`;
}

/** The evaluation report as Markdown (a CI job summary, a pull-request comment). */
export function evalMarkdown(input: EvalReportInput): string {
  const { report, failures, title, deltas, tolerance = 0 } = input;
  const byType = new Map((deltas ?? []).map((d) => [d.type, d]));
  const withBaseline = Boolean(deltas?.length);
  const deltaCells = (key: string): string => {
    if (!withBaseline) return '';
    const d = byType.get(key);
    if (!d) return ' – | – |';
    const delta = deltaText(d);
    return ` ${d.baseline === null ? '–' : pct(d.baseline)} | ${d.regressed ? `**${delta}** ❌` : delta} |`;
  };
  const withErrors = report.perArticle.filter(hasErrors).length;
  const failed = failures.length ? `, ${failures.length} failed` : '';
  const summary = `${report.articles} article(s), ${withErrors} with misses or spurious facts${failed}.`;
  const lines = [`# Evaluation: ${md(title)}`, '', summary, ''];
  if (withBaseline) {
    const regressed = (deltas ?? []).filter((d) => d.regressed);
    const tolerated = `tolerance ${pct(tolerance)} points of F1`;
    lines.push(
      regressed.length
        ? `**Regressed against the baseline: ${regressed.map((d) => md(d.type)).join(', ')}** (${tolerated})`
        : `No type dropped against the baseline (${tolerated}).`,
      '',
    );
  }
  lines.push(
    `| type | P | R | F1 | tp | fp | fn |${withBaseline ? ' baseline F1 | Δ F1 |' : ''}`,
    `|---|--:|--:|--:|--:|--:|--:|${withBaseline ? '--:|--:|' : ''}`,
  );
  for (const [type, s] of Object.entries(report.types)) {
    const scores = `${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** | ${s.tp} | ${s.fp} | ${s.fn}`;
    lines.push(`| ${md(type)} | ${scores} |${deltaCells(type)}`);
  }
  for (const [kind, acc] of Object.entries(report.totals)) {
    const exact = `**${pct(acc.accuracy)}** | ${acc.correct}/${acc.total}`;
    lines.push(`| totals.${md(kind)} (exact) | | | ${exact} | | |${deltaCells(`totals.${kind}`)}`);
  }
  for (const d of deltas ?? []) {
    if (d.current === null) lines.push(`| ${md(d.type)} | not scored in this run | | | | | |${deltaCells(d.type)}`);
  }
  const values = report.dateValueAccuracy;
  if (values) lines.push('', `Date value accuracy: ${pct(values.accuracy)}% (${values.correct}/${values.total}).`);
  if (failures.length) {
    lines.push('', '## Failed articles', '');
    for (const f of failures) lines.push(`- ${md(f.id)}: ${md(f.error)}`);
  }
  lines.push('', '## Per article', '');
  for (const a of report.perArticle) {
    lines.push(`### ${md(a.id)}`, '');
    for (const [type, items] of typesOfArticle(a)) {
      const c = a.counts[type]!;
      lines.push(`- **${md(type)}**: ${c.tp} matched, ${c.fn} missed, ${c.fp} spurious`);
      if (!items) continue;
      for (const kind of KINDS) {
        if (items[kind].length) lines.push(`  - ${kind}: ${items[kind].map(itemMarkdown).join('; ')}`);
      }
    }
    for (const [kind, t] of Object.entries(a.totals)) {
      lines.push(`- **totals.${md(kind)}**: ${t.got}${t.expected === t.got ? ' ✓' : ` (gold ${t.expected})`}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
