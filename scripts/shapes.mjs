#!/usr/bin/env node
// `npm run shapes`: time hostile input shapes at 40 KB and 160 KB, and peak RSS for a 1 MiB article,
// and print a Markdown table (docs/robustness.md holds the last one). Timing lives here, never in unit
// tests: each measurement runs in a fresh process (warmed up on a short article first), so one shape's
// garbage or JIT state does not bill the next. Targets: the 160 KB time within 5x the 40 KB time and
// under 15 s; peak RSS under 600 MB for a 1 MiB article through the CLI.
// Options: --only LIST (shape names), --sizes 40000,160000
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => pathToFileURL(join(root, 'dist', file)).href;
const { values: args } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string', default: '40000,160000' } } });
const sizes = args.sizes.split(',').map(Number);

// every text is invented; `n` is the length in characters
const fit = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const grow = (head, item, n) => {
  let s = head;
  for (let i = 0; s.length < n; i++) s += item(i);
  return s;
};
const SHAPES = {
  'ordinary prose, paragraphs': (n) => fit('Two people were injured on Tuesday when a bus overturned near Brenmoor, police said.\n', n),
  'ordinary prose, one line': (n) => fit('Two people were injured on Tuesday when a bus overturned near Brenmoor, police said. ', n),
  'one sentence, no full stop': (n) => fit('the patrol walked along the river road and ', n),
  'initials "J. J. J."': (n) => fit('J. ', n),
  'titles "Mr. Mr. Mr."': (n) => fit('Mr. ', n),
  'capitalised particles "Al Bin Ul El"': (n) => fit('Al Bin Ul El ', n),
  'hyphenated name tokens': (n) => fit('Abu-Bakr-al-Din ', n),
  'list "The groups: Alpha0 Group, …"': (n) => grow('The groups: ', (i) => `Alpha${i} Group, `, n),
  'repeated dated casualty sentences': (n) => fit('On 3 March 2024, five people were killed and 12 injured in Darvel. ', n),
  'one-sentence list of dates': (n) => grow('The hearings fell on ', (i) => `${(i % 28) + 1} May ${2000 + (i % 25)}, `, n),
  'digits "1,1,1,"': (n) => fit('1,', n - 9) + '1 killed.',
  'HTML, unclosed "<!--"': (n) => `<p>Two people were injured.</p><!--${fit('x ', n)}`,
  'HTML, unclosed \'<svg a="\'': (n) => `<p>Two people were injured.</p><svg a="${fit('x ', n)}`,
};

// one measurement: extraction (after HTML stripping for HTML shapes) in a fresh process
const CHILD = `
const [pipelineUrl, htmlUrl, file] = process.argv.slice(1);
const { extract } = await import(pipelineUrl);
const { htmlToText } = await import(htmlUrl);
const { readFileSync } = await import('node:fs');
const raw = readFileSync(file, 'utf8');
extract('Two people were injured on Tuesday in Brenmoor, police said.', { published: '2025-08-13' });
const started = performance.now();
const text = raw.startsWith('<') ? htmlToText(raw) : raw;
const result = extract(text, { published: '2025-08-13' });
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, facts: result.facts.length, json: JSON.stringify(result).length }));
`;

const work = mkdtempSync(join(tmpdir(), 'newsfacts-shapes-'));
function measure(text) {
  const file = join(work, 'input');
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, dist('pipeline.js'), dist('io/html.js'), file], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Peak RSS of the real CLI on a 1 MiB article (ordinary prose), and its wall time. */
function peakRss() {
  const file = join(work, 'big.txt');
  writeFileSync(file, SHAPES['ordinary prose, paragraphs'](1024 * 1024 - 1));
  const child = `
const { run } = await import(${JSON.stringify(dist('cli.js'))});
const started = performance.now();
const code = await run([${JSON.stringify(file)}, '--out-dir', ${JSON.stringify(join(work, 'out'))}, '--quiet']);
process.stdout.write(JSON.stringify({ code, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`1 MiB run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const only = args.only?.split(',');
const seconds = (ms) => (ms / 1000).toFixed(2);
const kb = (n) => `${Math.round(n / 1000)} KB`;
const rows = [];
process.stderr.write(`shapes: ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
for (const [name, make] of Object.entries(SHAPES)) {
  if (only && !only.some((o) => name.includes(o))) continue;
  const results = sizes.map((n) => measure(make(n)));
  const [small, large] = [results[0], results.at(-1)];
  const ratio = large.ms / Math.max(small.ms, 1);
  const ok = ratio <= 5 && large.ms < 15_000;
  rows.push(`| ${name} | ${results.map((r) => seconds(r.ms)).join(' | ')} | ${ratio.toFixed(1)}× | ${large.facts} | ${kb(large.json)} | ${ok ? 'yes' : '**no**'} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}
const big = peakRss();
rmSync(work, { recursive: true, force: true });
const head = `| shape | ${sizes.map((n) => `${n / 1000} KB (s)`).join(' | ')} | ratio | facts at ${sizes.at(-1) / 1000} KB | JSON at ${sizes.at(-1) / 1000} KB | within targets |`;
const rule = `|---|${sizes.map(() => '---:').join('|')}|---:|---:|---:|---|`;
console.log([head, rule, ...rows].join('\n'));
console.log('');
console.log(`1 MiB article (ordinary prose) through the CLI: peak RSS ${Math.round(big.maxRssKb / 1024)} MB (target < 600 MB), ${seconds(big.ms)} s, exit ${big.code}.`);
console.log(`Measured ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)} at the end.`);
