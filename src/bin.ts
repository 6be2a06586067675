#!/usr/bin/env node
// The command's entry (dist/bin.js). It runs the command bundled into one CommonJS file (dist/main.cjs,
// scripts/bundle.mjs) and compromise's single-file build through V8's code cache, written once by the build: a start
// then deserialises their compiled functions instead of parsing and compiling 1.7 MB of JavaScript (docs/design.md,
// "V8 code cache"). A cache that is missing, stale or made by another Node only costs that time back: V8 rejects
// another version's or other flags' cache, and a cache is used only beside the exact bytes it was made from.

// the command's V8 settings first, before any code is compiled: V8 takes a cache only under the flags it was made with
import './v8-flags.js';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** Set by the build only: `write` runs the command once and saves the caches, `check` reports their use. */
const CACHE_MODE = process.env.NEWSFACTS_CODE_CACHE;
const DIST = dirname(fileURLToPath(import.meta.url));
const COMMAND = join(DIST, 'main.cjs');
/** The bytes of a source's SHA-256 that open its cache file. */
const DIGEST_BYTES = 32;

interface Loaded {
  script: Script;
  digest: Buffer;
  cacheFile: string;
}

/** Compiles and runs one CommonJS file, with its code cache when the cache was made from these very bytes. */
function runCommonJs(file: string, cacheFile: string): { module: Module; loaded: Loaded } {
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest();
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = cache.subarray(DIGEST_BYTES);
  } catch {
    // no cache: compile from source
  }
  const source = bytes.toString('utf8').replace(/^#!/, '//');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  if (CACHE_MODE === 'check') {
    const used = cachedData !== undefined && !script.cachedDataRejected;
    process.stderr.write(`code cache ${used ? 'used' : 'not used'}: ${file}\n`);
  }
  const module = new Module(file);
  module.filename = file;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return { module, loaded: { script, digest, cacheFile } };
}

/** Writes a file whole or not at all. */
function writeWhole(file: string, data: Buffer): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

const commandRequire = createRequire(COMMAND);
const compromise = commandRequire.resolve('compromise/two');
const nlp = runCommonJs(compromise, join(DIST, 'compromise.cache'));
// the command requires compromise by this name: it finds it here, already loaded
commandRequire.cache[compromise] = nlp.module;
const command = runCommonJs(COMMAND, join(DIST, 'main.cjs.cache'));

if (CACHE_MODE === 'write') {
  process.on('exit', () => {
    // back to the flags the caches were compiled under: a one-article run also turned V8's regexp optimisation off
    setFlagsFromString('--regexp-optimization');
    for (const { script, digest, cacheFile } of [nlp.loaded, command.loaded]) {
      writeWhole(cacheFile, Buffer.concat([digest, script.createCachedData()]));
    }
  });
}
