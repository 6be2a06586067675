// Every test run gets its own temporary folder, removed when the run ends: tests and the CLI
// processes they start make their scratch folders with os.tmpdir(), which reads TMPDIR, so a
// run leaves nothing behind in the system's temporary folder (and runs side by side never meet).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-tests-'));
  // (others may pass through it, as through the system's one: a test runs the CLI as an unprivileged user on a
  // folder of its own inside)
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
