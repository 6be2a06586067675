#!/usr/bin/env node
import './v8-flags.js';
import { run } from './cli.js';

// no top-level await: scripts/bundle.mjs bundles this module into CommonJS (dist/main.cjs), which dist/bin.js runs
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
