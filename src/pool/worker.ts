// A pool worker: imports (and so configures) compromise once, then renders articles as they come.
// Output text goes back as UTF-8 bytes whose buffers are transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { loadHtml, renderArticle } from './render.js';
import type { Chunk, Task } from './task.js';

export interface TaskMessage {
  seq: number;
  task: Task;
}

const encoder = new TextEncoder();

parentPort!.on('message', async ({ seq, task }: TaskMessage) => {
  // the time budget runs from here: not from a worker's start-up, nor from a wait in its queue
  parentPort!.postMessage({ started: seq });
  await loadHtml(task);
  const rendered = renderArticle(task);
  const transfer: ArrayBuffer[] = [];
  const bytes = (chunk: Chunk): Uint8Array => {
    const encoded = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    transfer.push(encoded.buffer as ArrayBuffer);
    return encoded;
  };
  if (rendered.jsonl) rendered.jsonl = bytes(rendered.jsonl);
  if (rendered.ok && rendered.csv) rendered.csv = bytes(rendered.csv);
  parentPort!.postMessage({ seq, rendered }, transfer);
});
