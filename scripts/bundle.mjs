#!/usr/bin/env node
// Part of `npm run build`, after tsc: the command (dist/main.js) and its pool worker (dist/pool/worker.js), each
// bundled with its dependencies into one file, dist/main.cjs and dist/worker.js. Loading one file instead of ~165
// ES modules (the project's own and zod's) takes ~60 ms off every start (docs/design.md, "rolldown"). compromise
// stays outside: it is one CommonJS file already, loaded through require. The library (dist/index.js) is tsc's
// output, not bundled. Then the command (dist/bin.js, which runs dist/main.cjs) is run once on input/article.txt to
// write V8's code caches of the command and of compromise (docs/design.md, "V8 code cache"), and run again to check
// that V8 takes them.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundles = [
  // CommonJS, which V8's code cache takes (src/bin.ts); `import.meta.url` becomes the file's own URL
  { input: join(dist, 'main.js'), file: join(dist, 'main.cjs'), format: 'cjs' },
  // the bundled pool starts its workers from ./worker.js beside dist/main.cjs
  { input: join(dist, 'pool', 'worker.js'), file: join(dist, 'worker.js'), format: 'esm' },
];
for (const { input, file, format } of bundles) {
  await build({
    input,
    platform: 'node',
    external: [/^compromise(?:\/|$)/],
    logLevel: 'warn',
    // yargs reads import.meta.resolve only for a config file's "extends", which the command never uses
    onLog(level, log, report) {
      if (log.code !== 'EMPTY_IMPORT_META' || !log.id?.includes('/yargs/')) report(level, log);
    },
    output: { file, format, codeSplitting: false, sourcemap: true },
  });
}
chmodSync(join(dist, 'bin.js'), 0o755);

const out = mkdtempSync(join(tmpdir(), 'newsfacts-build-'));
try {
  for (const mode of ['write', 'check']) {
    const args = [join(dist, 'bin.js'), join(root, 'input', 'article.txt'), '--out-dir', out, '--quiet'];
    const env = { ...process.env, NEWSFACTS_CODE_CACHE: mode };
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`bundle: the command failed writing its code cache: ${r.stderr}`);
    // a cache V8 refuses costs only time; say so, but the build stands
    if (mode === 'check' && r.stderr.includes('not used')) process.stderr.write(`bundle: ${r.stderr}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
