// A file is written whole or not at all: write to a temporary name beside it, then rename.
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, basename, join } from 'node:path';

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

/** Removes the temporary file of `path` that a write stopped part-way (a terminated worker) left. */
export function removeTemp(path: string): void {
  rmSync(tempName(path), { force: true });
}

/** Folders this process has made sure exist: a batch writes thousands of files into the same one. */
const madeDirs = new Set<string>();

function ensureDir(dir: string): void {
  if (madeDirs.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  ensureDir(dirname(path));
  const temp = tempName(path);
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
  }
}

/** A stream that appears under its final name only when `commit` is called. */
export class AtomicStream {
  private readonly temp: string;
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = tempName(path);
    this.stream = createWriteStream(this.temp);
  }

  /** Appends a chunk; resolves at once unless the stream's buffer is full, then when it drains. */
  write(chunk: string | Uint8Array): Promise<void> | undefined {
    if (chunk.length === 0 || this.stream.write(chunk)) return undefined;
    return drained(this.stream);
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    renameSync(this.temp, this.path);
  }

  /** Drops the temporary file, also when the stream was still opening it. */
  async abort(): Promise<void> {
    if (!this.stream.closed) {
      const closed = new Promise<void>((resolve) => this.stream.once('close', () => resolve()));
      // a write still in flight fails with ERR_STREAM_DESTROYED: expected here, and nothing to report
      this.stream.on('error', () => undefined);
      this.stream.destroy();
      await closed;
    }
    rmSync(this.temp, { force: true });
  }
}
