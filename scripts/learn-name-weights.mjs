#!/usr/bin/env node
// Learns the weights of the local name rules (src/facts/names/evidence/weights.ts) from the tune halves of the
// development corpora, and writes them to src/facts/names/evidence/learned-weights.ts.
//   npm run build && node scripts/learn-name-weights.mjs            learn and write the file
//   node scripts/learn-name-weights.mjs --dry-run                   learn and print, write nothing
//   node scripts/learn-name-weights.mjs --every-mistake             the first trial's learner (docs/names.md)
// The runtime's scorer compares ranks (the strongest rule that fires decides) and reads no weights: the learned
// weights did not pass the protocol (docs/names.md, "Learned weights"), so the file is not committed, and trying them
// again would mean a scorer that sums them (the one below) in evidence/local.ts.
//
// For every candidate span of a tune-half article (the split of eval-dev.mjs) it records which local rules fire
// (scoredEvidence) and the gold class: the type of the one gold mention the span overlaps (a person span keeps its
// title, so exact offsets would miss), "neither" where it overlaps none; a span that overlaps mentions of both types
// is left out. Then an averaged perceptron over the rule-firing features, with a scorer that sums: each rule adds its
// weight to the class it says, places and "not a name" both count as "neither".
// The prior: the old priority as a linear rank, 1 (last rule) to 2 (first rule); a rule that never fires in the tune
// halves keeps that weight. Only tune halves are read; the check halves are left to eval-dev.mjs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf } from './half-of.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.NEWSFACTS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
const CORPORA = ['conll2003-dev', 'gum-news-names', 'gum-interview-names', 'wikievents-dev'];
const OUT = join(root, 'src', 'facts', 'names', 'evidence', 'learned-weights.ts');
const dryRun = process.argv.includes('--dry-run');
const everyMistake = process.argv.includes('--every-mistake');
// the perceptron's step, passes over the data and shuffling seed: fixed, so the file is the same on every run
const STEP = 0.1;
const EPOCHS = 20;
const SEED = 12;
// no weight falls below this: a rule that fires alone still decides (switching a rule off is a rule change)
const FLOOR = 0.05;
const floor = everyMistake ? -Infinity : FLOOR;

if (!existsSync(evalDir)) {
  console.error(`learn-name-weights: no development corpora at ${evalDir}`);
  process.exit(1);
}
const dist = (path) => import(join(root, 'dist', path));
const { createContext } = await dist('context.js');
const { nameSpans } = await dist('facts/names.js');
const { joinDefinedNames, refineSpan } = await dist('facts/names/spans.js');
const { scoredEvidence, scoreEvidence } = await dist('facts/names/evidence/local.js');
const { PRIORITY } = await dist('facts/names/evidence/weights.js');

const groupOf = (cls) => (cls === 'person' || cls === 'organisation' ? cls : 'neither');

/** The gold class of a span: the type of the gold mentions it overlaps, "neither" for none, null if mixed. */
function goldOf(span, mentions) {
  const types = new Set(mentions.filter((m) => m.start < span.end && span.start < m.end).map((m) => m.type));
  if (types.size === 0) return 'neither';
  return types.size === 1 ? [...types][0] : null;
}

// ---- 1. the examples: which rules fire for each candidate span, and its gold class ----
const examples = [];
const perCorpus = {};
for (const corpus of CORPORA) {
  const articles = readFileSync(join(evalDir, `${corpus}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l)).filter((a) => halfOf(a.id) === 'tune');
  let count = 0;
  for (const article of articles) {
    const ctx = createContext(article.text, article.published ?? null);
    // the spans the classifier weighs with the local rules (classify.ts): not all-capitals lines, not role objects
    const spans = joinDefinedNames(ctx, nameSpans(ctx).flatMap((s) => refineSpan(ctx, s)));
    for (const span of spans) {
      if (span.roleObject || span.caps) continue;
      const fired = scoredEvidence(ctx, span);
      const gold = goldOf(span, article.gold.mentions);
      if (fired.length === 0 || !gold) continue;
      examples.push({ fired: fired.map((f) => ({ key: f.key, rank: f.rank, local: f.local })), gold });
      count++;
    }
  }
  perCorpus[corpus] = { articles: articles.length, spans: count };
}

// ---- 2. a scorer that sums a weight table: the class with the highest sum above 0 wins (a tie goes to the class
// that fired first), its strongest rule reports; or, without a table, the runtime's (the strongest rule decides) ----
function decide(example, weights) {
  if (!weights) return scoreEvidence(example.fired);
  const totals = new Map();
  for (const f of example.fired) totals.set(f.local.cls, (totals.get(f.local.cls) ?? 0) + weights.get(f.key));
  let [winner, best] = [null, 0];
  for (const [cls, score] of totals) if (score > best) [winner, best] = [cls, score];
  let strongest = null;
  for (const f of example.fired) {
    if (f.local.cls === winner && (!strongest || weights.get(f.key) > weights.get(strongest.key))) strongest = f;
  }
  return strongest?.local ?? null;
}

function accuracy(weights) {
  const tally = { right: 0, wrong: 0, undecided: 0 };
  for (const ex of examples) {
    const decided = decide(ex, weights);
    if (!decided) tally.undecided++;
    else if (groupOf(decided.cls) === ex.gold) tally.right++;
    else tally.wrong++;
  }
  return tally;
}

// ---- 3. the averaged perceptron ----
const prior = new Map(PRIORITY.map((key, i) => [key, 1 + (PRIORITY.length - 1 - i) / (PRIORITY.length - 1)]));
// mulberry32: a small seeded generator, so the shuffles (and the file) are the same on every run
let seed = SEED;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const order = examples.map((_, i) => i);

const weights = new Map(prior);
const sum = new Map([...prior.keys()].map((k) => [k, 0]));
let steps = 0;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const index of order) {
    const ex = examples[index];
    const decided = decide(ex, weights);
    const said = decided ? groupOf(decided.cls) : null;
    // learn only where the weights can put it right: a rule of the gold class fired and lost
    // (--every-mistake: from every wrong decision, with no floor; undecided on a span that is no name is no mistake)
    const mistake = everyMistake
      ? said !== ex.gold && !(said === null && ex.gold === 'neither')
      : said !== ex.gold && ex.fired.some((f) => groupOf(f.local.cls) === ex.gold);
    if (mistake) {
      for (const f of ex.fired) {
        const w = weights.get(f.key);
        if (groupOf(f.local.cls) === ex.gold) weights.set(f.key, w + STEP);
        else if (said !== null && groupOf(f.local.cls) === said) weights.set(f.key, Math.max(floor, w - STEP));
      }
    }
    for (const [key, w] of weights) sum.set(key, sum.get(key) + w);
    steps++;
  }
}
const learned = new Map([...sum].map(([key, total]) => [key, Math.round((1000 * total) / steps) / 1000]));

// ---- 4. report and write ----
const fires = new Map(PRIORITY.map((k) => [k, 0]));
for (const ex of examples) for (const f of ex.fired) fires.set(f.key, fires.get(f.key) + 1);
console.log('tune spans with local evidence:', JSON.stringify(perCorpus));
const conflicts = examples.filter((ex) => new Set(ex.fired.map((f) => groupOf(f.local.cls))).size > 1).length;
console.log(`of them, spans where rules of two classes fire: ${conflicts}`);
console.log('decisions on them (right / wrong / undecided):');
for (const [name, table] of [['priority', null], ['prior', prior], ['learned', learned]]) {
  const t = accuracy(table);
  console.log(`  ${name.padEnd(9)} ${t.right} / ${t.wrong} / ${t.undecided}`);
}
console.log('\n| rule | fires in tune | prior | learned |\n|---|---:|---:|---:|');
for (const key of PRIORITY) console.log(`| ${key} | ${fires.get(key)} | ${prior.get(key).toFixed(3)} | ${learned.get(key)} |`);

if (!dryRun) {
  const total = Object.values(perCorpus).reduce((n, c) => n + c.spans, 0);
  const lines = [
    '// Generated by scripts/learn-name-weights.mjs; do not edit, rerun it (npm run build first).',
    `// An averaged perceptron (step ${STEP}, ${EPOCHS} passes, ${everyMistake ? 'every mistake, no floor' : `floor ${FLOOR}`})`,
    `// over which local rules fire for ${total} candidate spans of the tune halves of`,
    `// ${CORPORA.join(', ')}; prior: the old priority as a linear rank (1 to 2).`,
    'export const LEARNED_WEIGHTS: Readonly<Record<string, number>> = {',
    ...PRIORITY.map((key) => `  '${key}': ${learned.get(key)},`),
    '};',
    '',
  ];
  writeFileSync(OUT, lines.join('\n'));
  console.log(`\nwrote ${OUT}`);
}
