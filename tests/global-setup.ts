// Every test run gets its own temporary folder, removed when the run ends: tests and the CLI
// processes they start make their scratch folders with os.tmpdir(), which reads TMPDIR, so a
// run leaves nothing behind in the system's temporary folder (and runs side by side never meet).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-tests-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
