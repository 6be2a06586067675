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
// (80 MB, down from 96 on 2026-12-01 and from 88 on 2026-12-02: peak RSS at 10,000 articles 297–304 MB at 88 after
// the tenth session's rules, 290 and 292 MB at 80, the target being 300; batch speed-up share 1.02 and 0.83 at 80, in
// the range 88 gave: it moves with the bare processes' own reference)
// (88 MB of old space and 8 of young since 2026-12-06: a worker's live heap had grown to about 72 MB, most of it the
// rules' compiled patterns, so at 80 it collected all the time; the same 96 MB in all, shared the other way, took the
// CPU time of 1,074 articles on two workers from 45 s to 35 s, and peak RSS over 10,000 articles from 263 to 278 MB)
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 88, maxYoungGenerationSizeMb: 8 };

/** Articles longer than this go to a worker whose heap is not capped (see LARGE_LIMITS). */
export const LARGE_ARTICLE_CHARS = 100_000;
/** For large articles, and for the tasks of a worker that ran out of memory: V8's own heap limit. */
export const LARGE_LIMITS: ResourceLimits = {};

/** What stops a task: the run's signal (every task), or its time budget (that task only). */
export interface PoolControl {
  signal?: AbortSignal;
  /** a task running longer than this fails, its worker is replaced, and the pool goes on */
  timeoutMs?: number;
}

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
  /** the time budget of the task the worker is running now (its oldest in flight) */
  timer?: ReturnType<typeof setTimeout>;
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
    private readonly control: PoolControl = {},
  ) {
    control.signal?.addEventListener('abort', () => void this.stop(), { once: true });
    // workers start as tasks come (see dispatch): two articles never start fifty threads
  }

  /** Worker threads started so far (at most `size`). */
  get started(): number {
    return this.slots.length;
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
    for (const slot of this.slots) clearTimeout(slot.timer);
    // a worker stopped in the middle of writing an article's file leaves its temporary file: the
    // files of the articles in flight are removed once the workers have stopped (the finished ones
    // were renamed already and are whole)
    const writing = this.slots.flatMap((slot) => [...slot.inFlight.values()].flatMap(({ task }) => [task.jsonPath, task.html?.path]));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const path of writing) if (path !== undefined) removeTemp(path);
  }

  /** Interrupted: every worker stops now, even mid-article, and every task still open fails. */
  private async stop(): Promise<void> {
    if (this.closed) return;
    const open = [...this.slots.flatMap((slot) => [...slot.inFlight.values()]), ...this.queue.splice(0)];
    // close() notes the files of the articles in flight (to remove their temporary files) before they are cleared
    const closing = this.close();
    for (const slot of this.slots) slot.inFlight.clear();
    for (const { task, resolve } of open) {
      resolve(failed({ id: task.article.id, source: task.article.source, error: 'interrupted' }, task.formats));
    }
    await closing;
  }

  /** The budget runs from when the worker says it starts the task. */
  private startTimer(slot: Slot, seq: number): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const timeoutMs = this.control.timeoutMs;
    const pending = slot.inFlight.get(seq);
    if (!timeoutMs || !pending) return;
    slot.timer = setTimeout(() => this.timedOut(slot, seq, pending), timeoutMs);
    slot.timer.unref?.();
  }

  /** A task over its budget fails alone: its worker is replaced and the task waiting behind it requeued. */
  private timedOut(slot: Slot, seq: number, pending: Pending): void {
    if (this.closed || slot.inFlight.get(seq) !== pending) return;
    slot.inFlight.delete(seq);
    const waiting = [...slot.inFlight.entries()].map(([s, p]) => ({ seq: s, ...p }));
    slot.inFlight.clear();
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    const { jsonPath, html } = pending.task;
    // stopped mid-write, it may leave the article's temporary file
    void slot.worker.terminate().then(() => [jsonPath, html?.path].forEach((path) => path !== undefined && removeTemp(path)));
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const { task } = pending;
    const seconds = (this.control.timeoutMs ?? 0) / 1000;
    const error = `${task.article.source ?? task.article.id}: stopped after ${seconds} s, over the time budget (--max-seconds)`;
    pending.resolve(failed({ id: task.article.id, source: task.article.source, error }, task.formats));
    this.queue.unshift(...waiting);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.inFlight.size < PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      // a new worker only when every started one is busy
      if ((!best || best.inFlight.size > 0) && this.slots.length < this.size) this.slots.push((best = this.spawn()));
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
    worker.on('message', (message: { seq: number; rendered: Rendered } | { started: number }) => {
      if ('started' in message) return this.startTimer(slot, message.started);
      const { seq, rendered } = message;
      clearTimeout(slot.timer);
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
      clearTimeout(slot.timer);
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
