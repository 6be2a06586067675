// A one-line progress bar on stderr: articles done, rate and ETA. Shown only on a terminal, and fitted
// to its width (it never wraps, which would scroll the terminal a line per update).

const BAR = 24;
const EVERY_MS = 100;
/** No ETA until this many articles are done and this much time has passed: early rates mislead. */
const ETA_AFTER_ARTICLES = 5;
const ETA_AFTER_MS = 2000;

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

  /** The bar's text, at most `columns - 1` characters (the terminal's width; 80 when unknown). */
  line(now = Date.now()): string {
    const elapsed = now - this.started;
    const seconds = Math.max(elapsed / 1000, 1e-3);
    const rate = this.done / seconds;
    const total = this.options.total ?? null;
    const count = `${this.done}${total ? `/${total}` : ''} articles`;
    const speed = `${rate.toFixed(rate < 10 ? 1 : 0)}/s`;
    const known = total !== null && total > 0 && total >= this.done;
    const settled = this.done >= ETA_AFTER_ARTICLES && elapsed >= ETA_AFTER_MS;
    const eta = known && rate > 0 && settled ? `ETA ${duration((total - this.done) / rate)}` : null;
    const bar = (width: number): string => {
      const filled = Math.round((width * this.done) / total!);
      return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    };
    const width = Math.max(20, (this.options.stream.columns || 80) - 1);
    // the widest form that fits: the bar shrinks first, then the ETA, the rate and the bar go
    const fixed = (parts: Array<string | null>): string => `extract: ${parts.filter(Boolean).join(' ')}`;
    const withoutBar = [count, speed, eta];
    if (known) {
      const room = width - fixed(['[]', ...withoutBar]).length - 1;
      if (room >= 10) return fixed([bar(Math.min(BAR, room)), ...withoutBar]);
    }
    for (const parts of [withoutBar, [count, eta], [count]]) {
      const text = fixed(parts);
      if (text.length <= width) return text;
    }
    return fixed([count]).slice(0, width);
  }
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
