#!/usr/bin/env node
// Part of `npm run build`, after tsc: the command (dist/main.js) and its pool worker (dist/pool/worker.js), each
// bundled with its dependencies into one file, dist/bin.js and dist/worker.js. Loading one file instead of ~165
// ES modules (the project's own and zod's) takes ~60 ms off every start (docs/design.md, "rolldown"). compromise
// stays outside: it is one CommonJS file already, loaded through require. The library (dist/index.js) is tsc's
// output, not bundled.
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundles = [
  // (the entry's own #! line is kept)
  { input: join(dist, 'main.js'), file: join(dist, 'bin.js') },
  // the bundled pool starts its workers from ./worker.js beside dist/bin.js
  { input: join(dist, 'pool', 'worker.js'), file: join(dist, 'worker.js') },
];
for (const { input, file } of bundles) {
  await build({
    input,
    platform: 'node',
    external: [/^compromise(?:\/|$)/],
    logLevel: 'warn',
    output: { file, format: 'esm', codeSplitting: false, sourcemap: true },
  });
}
chmodSync(join(dist, 'bin.js'), 0o755);
