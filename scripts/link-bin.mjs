#!/usr/bin/env node
// npm links the bins of dependencies, not a project's own: link `extract` into node_modules/.bin
// so that `npx extract` works in a fresh checkout right after `npm install`.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
mkdirSync(bin, { recursive: true });
const link = join(bin, 'extract');
rmSync(link, { force: true });
symlinkSync(join('..', '..', 'dist', 'bin.js'), link);
chmodSync(join(root, 'dist', 'bin.js'), 0o755);
