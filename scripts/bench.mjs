#!/usr/bin/env node
// `npm run bench`: how fast the tool is, measured against its floor, compromise's own parse.
// Builds a corpus in memory from input/article.txt and, when present, the texts of the development
// corpora in ../shared/eval/ (NEWSFACTS_EVAL_DIR overrides; skipped cleanly when absent), then
// measures in one run:
//   1. single-thread throughput of the pipeline and of bare nlp(text) on the same texts, same process;
//   2. batch throughput (the real CLI path: streamed JSONL in, files out) with 1 job and with all cores;
//   3. peak RSS over a batch of at least 10,000 articles, sampled as the batch goes;
//   4. cold wall time of `extract input/article.txt` against a bare script that parses the same file.
// Prints a table and writes bench/results.json (not committed) so runs can be compared.
// Options: --articles N (RSS batch size, default 10000), --rounds N (throughput rounds, default 2),
// --cold N (cold runs of each command, default 7), --only LIST (some of single,batch,memory,cold),
// --batch-articles N (size of the speed-up batch, default: one pass over the texts; larger runs
// show the steady state, once every worker's JIT has warmed up).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// The batch as the CLI runs it, in a fresh process: reports time, CPU, peak RSS and RSS samples.
const CHILD = `
const [batchUrl, file, outDir, jobs] = process.argv.slice(2);
const { runBatch } = await import(batchUrl);
const samples = [];
const every = 500;
const cpu = process.cpuUsage();
const summary = await runBatch([file], {
  outDir, formats: ['json', 'csv', 'jsonl'], jobs: Number(jobs),
  onArticle: (done) => { if (done % every === 0) samples.push({ articles: done, rssMb: Math.round(process.memoryUsage.rss() / 1048576) }); },
});
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({
  articles: summary.articles, failures: summary.failures.length, elapsedMs: summary.elapsedMs,
  cpuMs: Math.round((used.user + used.system) / 1000), maxRssKb: process.resourceUsage().maxRSS, rssSamples: samples,
}));
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => pathToFileURL(join(root, 'dist', file)).href;
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '2' }, cold: { type: 'string', default: '7' },
    only: { type: 'string', default: 'single,batch,memory,cold' },
    'batch-articles': { type: 'string' },
  },
});
const PARTS = new Set(args.only.split(',').map((p) => p.trim()));
const want = (part) => PARTS.has(part);
const RSS_ARTICLES = Math.max(10_000, Number(args.articles));
const ROUNDS = Math.max(1, Number(args.rounds));
const COLD_RUNS = Math.max(1, Number(args.cold));
const cores = availableParallelism();
const PUBLISHED = '2025-08-13';
const log = (line) => process.stderr.write(`${line}\n`);

// ---- the corpus ---------------------------------------------------------------------------
const texts = [{ id: 'article', text: readFileSync(join(root, 'input', 'article.txt'), 'utf8'), published: PUBLISHED }];
const evalDir = process.env.NEWSFACTS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const sources = ['input/article.txt'];
if (existsSync(evalDir)) {
  for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text, published } = JSON.parse(line);
      if (typeof text === 'string' && text.trim()) texts.push({ id, text, published: published ?? PUBLISHED });
    }
    sources.push(file);
  }
} else log(`bench: no development corpora at ${evalDir}; using input/article.txt only`);
const chars = texts.reduce((n, t) => n + t.text.length, 0);
log(`bench: ${texts.length} texts, ${chars} characters (${sources.join(', ')}); ${cores} cores; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const work = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
const results = {
  date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? null, cores, loadavgAtStart: loadavg(),
  corpus: { texts: texts.length, chars, sources },
};

try {
  // ---- 1. single thread: pipeline against bare compromise, same texts, same process ----------
  if (want('single')) {
    const { extract } = await import(dist('pipeline.js'));
    const { default: nlp } = await import('compromise');
    const timed = (fn) => {
      const cpu = process.cpuUsage();
      const t = performance.now();
      for (const { text, published } of texts) fn(text, published);
      const used = process.cpuUsage(cpu);
      return { wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
    };
    const bare = (text) => nlp(text);
    const pipeline = (text, published) => extract(text, { published });
    // warm-up
    for (const { text, published } of texts.slice(0, 40)) {
      bare(text);
      pipeline(text, published);
    }
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      // alternate the order so drift in machine load hits both sides alike
      const [a, b] = r % 2 === 0 ? [bare, pipeline] : [pipeline, bare];
      const first = timed(a);
      const second = timed(b);
      rounds.push(r % 2 === 0 ? { bare: first, pipeline: second } : { bare: second, pipeline: first });
      log(`bench: round ${r + 1}/${ROUNDS}: bare ${rounds.at(-1).bare.wallMs.toFixed(0)} ms, pipeline ${rounds.at(-1).pipeline.wallMs.toFixed(0)} ms (wall)`);
  }
  const sum = (side, key) => rounds.reduce((n, r) => n + r[side][key], 0);
  const rate = (ms) => ({ charsPerSec: Math.round((chars * rounds.length) / (ms / 1000)), articlesPerSec: +((texts.length * rounds.length) / (ms / 1000)).toFixed(1) });
  results.singleThread = {
    rounds,
    bare: rate(sum('bare', 'wallMs')),
    pipeline: rate(sum('pipeline', 'wallMs')),
    // throughput of the pipeline as a share of compromise's bare parse (target ≥ 0.8)
    ratioWall: +(sum('bare', 'wallMs') / sum('pipeline', 'wallMs')).toFixed(3),
    ratioCpu: +(sum('bare', 'cpuMs') / sum('pipeline', 'cpuMs')).toFixed(3),
  };
  }

  // ---- 2 and 3. batches through the real path, each in a fresh process ------------------------
  const corpusFile = join(work, 'corpus.jsonl');
  const bigFile = join(work, 'big.jsonl');
  const batchArticles = Math.max(texts.length, Number(args['batch-articles'] ?? texts.length));
  if (want('batch')) await writeCorpus(corpusFile, batchArticles);
  if (want('memory')) await writeCorpus(bigFile, RSS_ARTICLES);
  const batch = (file, jobs) => {
    const out = join(work, `out-${jobs}`);
    const child = join(work, 'child.mjs');
    writeFileSync(child, CHILD);
    const r = spawnSync(process.execPath, [child, dist('batch.js'), file, out, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`batch child failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  // the reference for the speed-up: independent bare-compromise processes on the same lines, one
  // process over all of them against `cores` processes side by side, each over its share
  const BARE_CHILD = `
import { readFileSync } from 'node:fs';
const [compromiseUrl, file, part, parts] = process.argv.slice(2).map((a, i) => (i < 2 ? a : Number(a)));
const nlp = (await import(compromiseUrl)).default;
readFileSync(file, 'utf8').split('\\n').forEach((line, i) => { if (line && i % parts === part) nlp(JSON.parse(line).text); });
`;
  const bareProcesses = async (file, n) => {
    const child = join(work, 'bare-child.mjs');
    writeFileSync(child, BARE_CHILD);
    const start = performance.now();
    await Promise.all(Array.from({ length: n }, (_, part) => new Promise((resolve, reject) => {
      const args = [child, import.meta.resolve('compromise'), file, String(part), String(n)];
      const p = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bare child exited ${code}`))));
    })));
    return Math.round(performance.now() - start);
  };
  if (want('batch')) {
    const bareOne = await bareProcesses(corpusFile, 1);
    const bareAll = await bareProcesses(corpusFile, cores);
    log(`bench: bare compromise, 1 process: ${bareOne} ms, ${cores} processes: ${bareAll} ms`);
    const one = batch(corpusFile, 1);
    log(`bench: batch, 1 job: ${one.elapsedMs} ms`);
    const all = batch(corpusFile, cores);
    log(`bench: batch, ${cores} jobs: ${all.elapsedMs} ms`);
    let batchChars = 0;
    for (let i = 0; i < batchArticles; i++) batchChars += texts[i % texts.length].text.length;
    const batchRate = (b) => ({ elapsedMs: b.elapsedMs, charsPerSec: Math.round(batchChars / (b.elapsedMs / 1000)), articlesPerSec: +(b.articles / (b.elapsedMs / 1000)).toFixed(1), cpuMs: b.cpuMs });
    results.batch = {
      articles: batchArticles, oneJob: batchRate(one), allCores: { jobs: cores, ...batchRate(all) }, speedup: +(one.elapsedMs / all.elapsedMs).toFixed(2),
      // the best speed-up the CPU time allows: all jobs' CPU time spread evenly over every core
      cpuBoundSpeedup: +(one.elapsedMs / (all.cpuMs / cores)).toFixed(2),
      // cores kept busy (CPU time / wall time): one job already uses more than one, because V8
      // collects garbage and compiles on background threads, which caps the possible speed-up
      coresUsedOneJob: +(one.cpuMs / one.elapsedMs).toFixed(2),
      coresUsedAllCores: +(all.cpuMs / all.elapsedMs).toFixed(2),
      // what independent bare-compromise processes reach on this machine, and the share of it we reach
      bareSpeedup: +(bareOne / bareAll).toFixed(2),
      shareOfBareSpeedup: +((one.elapsedMs / all.elapsedMs) / (bareOne / bareAll)).toFixed(2),
    };
  }

  if (want('memory')) {
    const big = batch(bigFile, cores);
    log(`bench: ${big.articles} articles, ${cores} jobs: ${big.elapsedMs} ms, peak RSS ${(big.maxRssKb / 1024).toFixed(0)} MB`);
    const samples = big.rssSamples;
    const firstHalf = samples.filter((s) => s.articles <= big.articles / 2).reduce((m, s) => Math.max(m, s.rssMb), 0);
    const lastHalf = samples.filter((s) => s.articles > big.articles / 2).reduce((m, s) => Math.max(m, s.rssMb), 0);
    results.memory = {
      articles: big.articles, jobs: cores, elapsedMs: big.elapsedMs, peakRssMb: Math.round(big.maxRssKb / 1024),
      // flat memory: the peak over the second half is no higher than over the first half, give or take
      peakRssFirstHalfMb: firstHalf, peakRssSecondHalfMb: lastHalf, samples,
    };
  }

  // ---- 4. cold start: one article from the command line against a bare compromise script ------
  if (want('cold')) {
    const outCold = join(work, 'cold');
    const ours = [join(root, 'dist', 'bin.js'), join(root, 'input', 'article.txt'), '--out-dir', outCold, '--quiet'];
    const bareScript = ['--input-type=module', '-e', "import nlp from 'compromise'; import { readFileSync } from 'node:fs'; nlp(readFileSync('input/article.txt', 'utf8'));"];
    const wall = (argv) => {
      const t = performance.now();
      const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
      return performance.now() - t;
    };
    const cold = { extract: [], bare: [] };
    wall(bareScript); // file cache
    for (let i = 0; i < COLD_RUNS; i++) {
      cold.bare.push(wall(bareScript));
      cold.extract.push(wall(ours));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  results.cold = {
    runs: COLD_RUNS,
    extractMedianMs: Math.round(median(cold.extract)), bareMedianMs: Math.round(median(cold.bare)),
    extractMinMs: Math.round(Math.min(...cold.extract)), bareMinMs: Math.round(Math.min(...cold.bare)),
    ratioMedian: +(median(cold.extract) / median(cold.bare)).toFixed(3),
    ratioMin: +(Math.min(...cold.extract) / Math.min(...cold.bare)).toFixed(3),
  };
  }
  results.loadavgAtEnd = loadavg();

  // ---- report ----------------------------------------------------------------------------------
  const s = results.singleThread;
  const b = results.batch;
  const m = results.memory;
  const c = results.cold;
  const verdict = (ok) => (ok ? 'ok  ' : 'MISS');
  const lines = [
    '',
    `newsfacts bench — ${texts.length} texts, ${(chars / 1e6).toFixed(2)} M characters, ${cores} cores, node ${process.version}`,
    `load average at start ${results.loadavgAtStart.map((l) => l.toFixed(1)).join(' ')}, at end ${results.loadavgAtEnd.map((l) => l.toFixed(1)).join(' ')} (compare ratios, not absolute figures, on a busy machine)`,
    '',
    ...(s ? [
      '1. single thread, same texts, same process',
      `   compromise nlp(text)    ${fmt(s.bare.charsPerSec)} chars/s   ${s.bare.articlesPerSec} articles/s`,
      `   newsfacts pipeline      ${fmt(s.pipeline.charsPerSec)} chars/s   ${s.pipeline.articlesPerSec} articles/s`,
      `   ${verdict(s.ratioWall >= 0.8)} pipeline / bare throughput = ${s.ratioWall} wall, ${s.ratioCpu} CPU   (target ≥ 0.8)`,
    ] : []),
    ...(b ? [
      `2. batch of ${b.articles} articles (JSONL in, JSON + CSV + JSONL out)`,
      `   1 job                   ${fmt(b.oneJob.charsPerSec)} chars/s   ${b.oneJob.articlesPerSec} articles/s   ${b.oneJob.elapsedMs} ms`,
      `   ${cores} jobs                  ${fmt(b.allCores.charsPerSec)} chars/s   ${b.allCores.articlesPerSec} articles/s   ${b.allCores.elapsedMs} ms`,
      `   ${verdict(b.shareOfBareSpeedup >= 0.9)} speed-up ${b.speedup}× = ${b.shareOfBareSpeedup} of the ${b.bareSpeedup}× that ` +
        `${cores} independent bare-compromise processes reach on the same lines   (target ≥ 0.9)`,
      `        CPU time ${b.oneJob.cpuMs} ms with 1 job, ${b.allCores.cpuMs} ms with ${cores}: at most ${b.cpuBoundSpeedup}× on ${cores} idle cores`,
      `        cores busy: ${b.coresUsedOneJob} with 1 job (V8's background threads), ${b.coresUsedAllCores} with ${cores} jobs`,
    ] : []),
    ...(m ? [
      `3. memory over ${m.articles} articles, ${cores} jobs (${m.elapsedMs} ms)`,
      `   ${verdict(m.peakRssMb < 300)} peak RSS ${m.peakRssMb} MB   (target < 300 MB)`,
      `   ${verdict(m.peakRssSecondHalfMb <= m.peakRssFirstHalfMb * 1.1)} peak over the first half ${m.peakRssFirstHalfMb} MB, over the second half ${m.peakRssSecondHalfMb} MB   (flat: not growing with the count)`,
    ] : []),
    ...(c ? [
      `4. cold start, one article (${c.runs} runs each, median / min)`,
      `   bare compromise script  ${c.bareMedianMs} / ${c.bareMinMs} ms`,
      `   extract article.txt     ${c.extractMedianMs} / ${c.extractMinMs} ms`,
      `   ${verdict(c.ratioMedian <= 1.3)} ratio ${c.ratioMedian} median, ${c.ratioMin} min   (target ≤ 1.3)`,
    ] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`bench: wrote bench/results.json`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fmt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',').padStart(10);
}

/** A JSONL corpus of `n` articles, cycling through the texts, written as a stream. */
async function writeCorpus(file, n) {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const { id, text, published } = texts[i % texts.length];
    const line = `${JSON.stringify({ id: `${id}#${i}`, text, published })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}
