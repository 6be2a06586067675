// Atomic writes: whole or absent, and streams that wait for the disk instead of buffering everything.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicStream, writeFileAtomic } from '../../src/io/atomic-write.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-io-'));

describe('writeFileAtomic', () => {
  it('writes into a folder that was removed after an earlier write', () => {
    const dir = join(tempDir(), 'out');
    writeFileAtomic(join(dir, 'a.json'), 'one');
    rmSync(dir, { recursive: true });
    writeFileAtomic(join(dir, 'b.json'), 'two');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['b.json']);
  });
});

describe('AtomicStream', () => {
  it('appears under its name only on commit, and holds every chunk in order', async () => {
    const dir = tempDir();
    const stream = new AtomicStream(join(dir, 'results.jsonl'));
    const line = `${'x'.repeat(1000)}\n`;
    let waits = 0;
    for (let i = 0; i < 200; i++) {
      const pending = stream.write(`${i} ${line}`);
      if (pending) {
        waits++;
        await pending;
      }
    }
    expect(existsSync(join(dir, 'results.jsonl'))).toBe(false);
    await stream.commit();
    const lines = readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => Number(l.split(' ')[0]))).toEqual([...Array(200).keys()]);
    // 200 kB through a 16 kB buffer: the writer was told to wait
    expect(waits).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['results.jsonl']);
  });

  it('abort leaves nothing behind', async () => {
    const dir = tempDir();
    const stream = new AtomicStream(join(dir, 'facts.csv'));
    stream.write('a,b\r\n');
    await stream.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});
