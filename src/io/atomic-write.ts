// A file is written whole or not at all: write to a temporary name beside it, then rename.
import {
  closeSync, createWriteStream, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync,
  type WriteStream,
} from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/** Resolves when a writable stream has drained (or failed: the error surfaces on the next write or end). */
export function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
/** `.NAME.PID.tmp`: a temporary file of this tool, and the process that writes it. */
const TEMP_FILE = /^\..+\.(\d+)\.tmp$/;

/** Temporary files this thread has open: removed on exit, also when a second Ctrl-C exits at once. */
const liveTemps = new Set<string>();
let cleanupHooked = false;
function track(temp: string): void {
  liveTemps.add(temp);
  hookCleanup();
}
function hookCleanup(): void {
  if (cleanupHooked) return;
  cleanupHooked = true;
  process.once('exit', () => {
    for (const t of liveTemps) rmSync(t, { force: true });
    // workers' temporary files too (same pid), when a second signal ends the process at once;
    // only from the main thread, for a worker's exit must not drop its siblings' files
    if (isMainThread) for (const dir of madeDirs) removeStaleTemps(dir, true);
  });
}

/** Removes the temporary file of `path` that a write stopped part-way (a terminated worker) left. */
export function removeTemp(path: string): void {
  rmSync(tempName(path), { force: true });
}

/** Folders this process has made sure exist: a batch writes thousands of files into the same one. */
const madeDirs = new Set<string>();

export function ensureDir(dir: string): void {
  if (madeDirs.has(dir)) return;
  makeDir(dir);
  madeDirs.add(dir);
  hookCleanup();
}

/**
 * mkdir -p, one level at a time: node's recursive mkdir never returns where a parent exists but
 * refuses children with ENOENT (under /proc), and a file in the way is ENOTDIR, not a raw EEXIST.
 */
function makeDir(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parent = dirname(dir);
  if (parent !== dir) makeDir(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Throws (EACCES, EROFS, EPERM, ENOSPC...) unless a file can be created in `dir`, which is made if missing. */
export function checkWritable(dir: string): void {
  ensureDir(dir);
  const probe = join(dir, `.probe.${process.pid}.tmp`);
  closeSync(openSync(probe, 'w'));
  rmSync(probe, { force: true });
}

/** Removes the temporary files of runs that are gone (killed, crashed), and this run's own with `own`. */
export function removeStaleTemps(dir: string, own = false): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_FILE.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || (pid === process.pid ? !own : isAlive(pid))) continue;
    rmSync(join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, someone else's
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  ensureDir(dirname(path));
  const temp = tempName(path);
  liveTemps.add(temp);
  try {
    try {
      writeFileSync(temp, data);
    } catch (error) {
      // the folder was removed since it was made: make it again, once
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      madeDirs.delete(dirname(path));
      ensureDir(dirname(path));
      writeFileSync(temp, data);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
}

/** A stream that appears under its final name only when `commit` is called. */
export class AtomicStream {
  private readonly temp: string;
  private readonly stream: WriteStream;
  /** the first write error (ENOSPC, EFBIG...): every later write and the commit fail with it */
  private error: Error | null = null;

  constructor(readonly path: string) {
    ensureDir(dirname(path));
    this.temp = tempName(path);
    // opened here, synchronously, so a folder that cannot be written fails now, as an exception
    const fd = openSync(this.temp, 'w');
    track(this.temp);
    this.stream = createWriteStream(this.temp, { fd });
    this.stream.on('error', (error) => (this.error ??= error));
  }

  /** Appends a chunk; resolves at once unless the stream's buffer is full, then when it drains. */
  write(chunk: string | Uint8Array): Promise<void> | undefined {
    if (this.error) return Promise.reject(this.error);
    if (chunk.length === 0 || this.stream.write(chunk)) return undefined;
    return drained(this.stream).then(() => {
      if (this.error) throw this.error;
    });
  }

  async commit(): Promise<void> {
    if (this.error) throw this.error;
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    if (this.error) throw this.error;
    renameSync(this.temp, this.path);
    liveTemps.delete(this.temp);
  }

  /** Drops the temporary file, also when the stream was still opening it. */
  async abort(): Promise<void> {
    if (!this.stream.closed) {
      const closed = new Promise<void>((resolve) => this.stream.once('close', () => resolve()));
      // a write still in flight fails with ERR_STREAM_DESTROYED: expected here, and nothing to report
      this.stream.destroy();
      await closed;
    }
    rmSync(this.temp, { force: true });
    liveTemps.delete(this.temp);
  }
}
