// The one way inputs are read: never more than the limit + 1 bytes, whatever the source. A file's
// size says nothing for a device (/dev/zero), a FIFO or a pipe, so the bound is on what is read.
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from './decode.js';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;
const CR = 0x0d;

export const overLimit = (name: string, maxBytes: number, size?: number): InputError =>
  new InputError(size !== undefined
    ? `${name}: ${size} bytes is over the limit of ${maxBytes} (--max-bytes)`
    : `${name}: more than the limit of ${maxBytes} bytes (--max-bytes); stopped reading there`);

/** All bytes of a file, device or FIFO, or an InputError once more than maxBytes have been read. */
export async function readFileBounded(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const stat = await handle.stat();
    // a regular file says its size: refuse it before reading anything
    if (stat.isFile() && stat.size > maxBytes) throw overLimit(file, maxBytes, stat.size);
    if (stat.isDirectory()) throw new InputError(`${file}: is a folder, not a file`);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const want = Math.min(stat.isFile() ? Math.max(stat.size + 1 - length, 1) : CHUNK, CHUNK, maxBytes + 1 - length);
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) return Buffer.concat(chunks, length);
      length += bytesRead;
      if (length > maxBytes) throw overLimit(file, maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/**
 * All bytes of a stream (stdin), or an InputError as soon as more than maxBytes have come; the stream
 * is then dropped.
 */
export async function readStreamBounded(stream: Readable, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > maxBytes) {
      stream.destroy();
      throw overLimit(name, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/** One line of a JSONL source: its bytes (without the line break), or how long it was when over the bound. */
export type BoundedLine = { n: number; bytes: Buffer } | { n: number; overBytes: number; head: Buffer };

/** Bytes kept of a line over the limit: enough for the id it opens with. */
const HEAD_BYTES = 4096;

/**
 * Lines of a byte stream, split on LF only (CRLF loses its CR; a bare CR stays inside the line, so
 * one line in is one record out). A line over maxBytes is not kept: it is reported by number and
 * length, and the lines after it are read as usual.
 */
export async function* boundedLines(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let n = 0;
  let head = Buffer.alloc(0);
  const finish = (): BoundedLine => {
    n++;
    if (length > maxBytes) return { n, overBytes: length, head };
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    return { n, bytes };
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      add(chunk.subarray(from, at));
      yield finish();
      parts = [];
      length = 0;
      head = Buffer.alloc(0);
      from = at + 1;
    }
    add(chunk.subarray(from));
  }
  if (length > 0) yield finish();

  function add(piece: Buffer): void {
    if (piece.length === 0) return;
    // past the bound only the length is counted: the bytes are dropped, but for the line's head
    if (length <= maxBytes && length + piece.length > maxBytes) {
      head = Buffer.from(Buffer.concat([...parts, piece]).subarray(0, HEAD_BYTES));
      parts = [];
    }
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
  }
}

/** The lines of a file (or FIFO), read as bytes, bounded as above. */
export const fileLines = (file: string, maxBytes: number): AsyncGenerator<BoundedLine> =>
  boundedLines(createReadStream(file, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>, maxBytes);
