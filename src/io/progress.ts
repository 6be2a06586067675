// A one-line progress bar on stderr: articles done, rate and ETA. Shown only on a terminal.

const BAR = 24;
const EVERY_MS = 100;

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** total number of articles, when known (ETA and bar need it) */
  total?: number | null;
}

export class ProgressBar {
  private readonly started = Date.now();
  private last = 0;
  private done = 0;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {}

  /** Whether to show progress: stderr is a terminal and the user did not ask for quiet. */
  static wanted(stream: NodeJS.WriteStream, quiet: boolean): boolean {
    return !quiet && stream.isTTY === true;
  }

  set total(total: number | null) {
    this.options.total = total;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.options.stream.write(`\r${this.line(now)}\x1b[K`);
    this.shown = true;
  }

  /** Erases the bar so the summary line starts clean. */
  clear(): void {
    if (this.shown) this.options.stream.write('\r\x1b[K');
    this.shown = false;
  }

  line(now = Date.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const total = this.options.total ?? null;
    const parts = [`${this.done}${total ? `/${total}` : ''} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (total && total >= this.done) {
      const filled = Math.round((BAR * this.done) / total);
      parts.unshift(`[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`);
      if (rate > 0) parts.push(`ETA ${duration((total - this.done) / rate)}`);
    }
    return `extract: ${parts.join(' ')}`;
  }
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
