// The package's own folder (the one that holds package.json), found from where this code runs: the same folder from
// src/ (the tests), dist/ (the library) and dist/main.cjs (the command, bundled into one file: docs/design.md).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The nearest folder at or above this module's that holds a package.json. */
export function packageRoot(): string {
  if (root) return root;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    if (dirname(dir) === dir) return (root = here);
  }
}
