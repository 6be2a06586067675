#!/usr/bin/env node
// Runs `extract eval` on every development corpus in ../shared/eval/ that this machine has.
// A user's clone has no ../shared: then it says so and exits 0.
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.NEWSFACTS_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.error(`eval:dev: no development corpora at ${evalDir}; skipping.`);
  process.exit(0);
}
const corpora = readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort();
const only = process.argv.slice(2);
const reportDir = join(root, 'output', 'eval');
mkdirSync(reportDir, { recursive: true });
let failed = false;
for (const corpus of corpora.filter((c) => only.length === 0 || only.some((o) => c.includes(o)))) {
  const report = join(reportDir, corpus.replace(/\.jsonl$/, '.json'));
  const r = spawnSync(process.execPath, [join(root, 'dist', 'bin.js'), 'eval', join(evalDir, corpus), '--report', report], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
  console.error('');
}
process.exit(failed ? 1 : 0);
