// A fixed pool of worker threads that render articles. Each worker keeps at most two tasks
// (one running, one waiting) so it never idles while the main thread is busy writing; the caller
// bounds the total number of tasks in flight. A worker that dies fails only its own tasks (as
// article failures) and is replaced.
import { Worker } from 'node:worker_threads';
import { failed, type Rendered, type Task } from './task.js';

const PER_WORKER = 2;
const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  task: Task;
  resolve(rendered: Rendered): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<Pending & { seq: number }> = [];
  private seq = 0;
  private closed = false;
  /** deaths in a row with no article rendered in between: a worker that cannot start */
  private deaths = 0;
  private broken: string | null = null;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Task): Promise<Rendered> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    if (this.broken) return Promise.reject(new Error(`worker threads cannot start: ${this.broken}`));
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.inFlight.size < PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return;
      const next = this.queue.shift()!;
      best.inFlight.set(next.seq, next);
      best.worker.postMessage({ seq: next.seq, task: next.task });
    }
  }

  private spawn(): Slot {
    // a worker runs a file: flags that only make sense for the main script (--input-type, -e) are not passed on
    const worker = new Worker(WORKER_URL, { execArgv: process.execArgv.filter((a) => !/^--(?:input-type|eval|print)\b|^-[ep]$/.test(a)) });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', ({ seq, rendered }: { seq: number; rendered: Rendered }) => {
      const pending = slot.inFlight.get(seq);
      slot.inFlight.delete(seq);
      this.deaths = 0;
      pending?.resolve(rendered);
      this.dispatch();
    });
    const died = (reason: string): void => {
      if (this.closed) return;
      for (const { task, resolve } of slot.inFlight.values()) {
        resolve(failed({ id: task.article.id, source: task.article.source, error: `worker stopped: ${reason}` }, task.formats));
      }
      slot.inFlight.clear();
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      if (++this.deaths > 3 * this.size) {
        this.broken = reason;
        for (const { task, resolve } of this.queue.splice(0)) {
          resolve(failed({ id: task.article.id, source: task.article.source, error: `worker stopped: ${reason}` }, task.formats));
        }
        return;
      }
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }
}
