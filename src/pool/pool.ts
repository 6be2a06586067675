// A fixed pool of worker threads that render articles. Each worker keeps at most two tasks
// (one running, one waiting) so it never idles while the main thread is busy writing; the caller
// bounds the total number of tasks in flight. A worker that dies fails only its own tasks (as
// article failures) and is replaced; one that ran out of memory hands its tasks to `overflow`.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { failed, type Rendered, type Task } from './task.js';
import { removeTemp } from '../io/atomic-write.js';

const PER_WORKER = 2;
const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Each worker's heap is capped, so memory stays flat however many articles pass: without a cap
 * V8 lets every worker's heap grow to ~200 MB before collecting (measured: 486 MB peak RSS at 10,000
 * articles with 2 workers). compromise's model needs ~35 MB; an article of 200,000 characters
 * parses within 64 MB of old space. Larger articles go to the main thread (see LARGE_ARTICLE_CHARS).
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/** Articles longer than this are rendered in the main thread, whose heap is not capped. */
export const LARGE_ARTICLE_CHARS = 100_000;

/** Node options a worker inherits: the parent's, minus those that only make sense for its main script. */
function workerExecArgv(): string[] {
  return process.execArgv.filter((a) => !/^--(?:input-type|eval|print)\b|^-[ep]$/.test(a));
}

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

  /**
   * @param overflow renders the tasks of a worker that ran out of memory (the batch runs them in
   * the main thread); without it they fail like any other worker death
   */
  constructor(
    readonly size: number,
    private readonly overflow?: (task: Task) => Promise<Rendered>,
    private readonly limits: ResourceLimits = WORKER_LIMITS,
  ) {
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
    // a worker stopped in the middle of writing an article's file leaves its temporary file: the
    // files of the articles in flight are removed once the workers have stopped (the finished ones
    // were renamed already and are whole)
    const writing = this.slots.flatMap((slot) => [...slot.inFlight.values()].flatMap(({ task }) => [task.jsonPath, task.html?.path]));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const path of writing) if (path !== undefined) removeTemp(path);
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
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL, { execArgv: workerExecArgv(), resourceLimits: this.limits });
    } catch (error) {
      // V8 and per-process flags (--max-old-space-size, --single-threaded-gc...) are refused in a
      // worker's execArgv; they already apply to the whole process, so the worker runs without them
      if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
      worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: this.limits });
    }
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', ({ seq, rendered }: { seq: number; rendered: Rendered }) => {
      const pending = slot.inFlight.get(seq);
      slot.inFlight.delete(seq);
      this.deaths = 0;
      pending?.resolve(rendered);
      this.dispatch();
    });
    const died = (reason: string, outOfMemory = false): void => {
      if (this.closed) return;
      const overflow = outOfMemory ? this.overflow : undefined;
      const settle = ({ task, resolve }: Pending): void => {
        if (overflow) void overflow(task).then(resolve);
        else resolve(failed({ id: task.article.id, source: task.article.source, error: `worker stopped: ${reason}` }, task.formats));
      };
      for (const pending of slot.inFlight.values()) settle(pending);
      slot.inFlight.clear();
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      if (++this.deaths > 3 * this.size) {
        this.broken = reason;
        for (const pending of this.queue.splice(0)) settle(pending);
        return;
      }
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => died(error.message, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }
}
