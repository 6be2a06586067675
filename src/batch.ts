// Runs the pipeline over many inputs and writes the chosen formats. One bad article never
// loses the others: it becomes a failure line, and every file is committed whole at the end.
//
// Articles are read as a stream and handed to a pool of worker threads (one per core unless
// --jobs says otherwise); a bounded window of articles is in flight at any time, and results are
// written in input order as they complete, waiting when an output stream is full. Memory therefore
// depends on the window, not on the number of articles. A single article (or --jobs 1) runs in this
// thread, with no pool to start.
import type { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { AtomicStream, checkWritable, drained, removeStaleTemps, writeFileAtomic } from './io/atomic-write.js';
import { boundedLines } from './io/bounded.js';
import { DEFAULT_MAX_BYTES, InputError } from './io/decode.js';
import { corpusItem, messageOf, readInputs, type Article, type ArticleFailure, type InputItem, type InputOptions } from './io/inputs.js';
import { articlesHeader, csvHeader } from './export/csv.js';
import { safeFileName } from './export/file-names.js';
import { failed, OUTPUT_ERRORS, type Rendered, type RenderFormats, type Task } from './pool/task.js';
import { availableParallelism } from 'node:os';

export const FORMATS = ['json', 'csv', 'jsonl', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** Articles in flight per worker: enough to keep every worker busy while results are written. */
const WINDOW_PER_JOB = 4;

export interface RunOptions extends InputOptions {
  /** worker threads; 1 runs everything in this thread (default: every core) */
  jobs?: number;
  /** called for each failure as it happens, in input order (the CLI prints it on stderr) */
  onFailure?(failure: ArticleFailure): void;
  /** called after each article is written, in input order */
  onArticle?(done: number): void;
  /** called for problems that lose nothing (a duplicate id) */
  onWarning?(message: string): void;
  /** aborting stops the run at once, also mid-article: nothing partial is left behind */
  signal?: AbortSignal;
  /** an article that takes longer fails (one line naming it) and the run goes on (default 60) */
  maxSeconds?: number;
}

/** The run was stopped by its signal (Ctrl-C, SIGTERM); `summary` says what was finished. */
export class Interrupted extends Error {
  constructor(readonly summary: BatchSummary) {
    super(`interrupted after ${summary.articles} article(s)`);
  }
}

export interface BatchOptions extends RunOptions {
  outDir: string;
  formats: readonly Format[];
  bom?: boolean;
}

export interface BatchSummary {
  articles: number;
  failures: ArticleFailure[];
  factsByType: Record<string, number>;
  written: string[];
  elapsedMs: number;
}

const newSummary = (): BatchSummary => ({ articles: 0, failures: [], factsByType: {}, written: [], elapsedMs: 0 });

export async function runBatch(files: string[], options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const summary = newSummary();
  const formats: RenderFormats = { csv: options.formats.includes('csv'), jsonl: options.formats.includes('jsonl'), xlsx: options.formats.includes('xlsx') };
  const json = options.formats.includes('json');
  let csv: AtomicStream | null = null;
  // articles.csv comes with facts.csv: one row per article, failed ones included
  let articlesCsv: AtomicStream | null = null;
  let jsonl: AtomicStream | null = null;
  try {
    // a folder that cannot be written fails here, in one line, before any work
    checkWritable(options.outDir);
    removeStaleTemps(options.outDir);
    csv = formats.csv ? new AtomicStream(join(options.outDir, 'facts.csv')) : null;
    articlesCsv = formats.csv ? new AtomicStream(join(options.outDir, 'articles.csv')) : null;
    jsonl = formats.jsonl ? new AtomicStream(join(options.outDir, 'results.jsonl')) : null;
  } catch (error) {
    await csv?.abort();
    await articlesCsv?.abort();
    throw new OutputError(`--out-dir ${options.outDir}: cannot write there (${messageOf(error)})`);
  }
  // xlsx: rows collected in input order, the workbook written whole at the end (see export/xlsx.ts)
  const xlsx = formats.xlsx ? new (await import('./export/xlsx.js')).XlsxCollector() : null;
  const usedNames = new Set<string>();
  const seenIds = new Set<string>();
  // html: one page per article plus index.html, loaded only when asked for (see export/html.ts)
  const html = options.formats.includes('html') ? new (await import('./export/html.js')).HtmlReportWriter(options.outDir) : null;
  try {
    await csv?.write(csvHeader(options.bom ?? true));
    await articlesCsv?.write(articlesHeader(options.bom ?? true));
    // each article's JSON file is named here, in input order, and written where it is rendered
    const outputsOf = (article: Article): Pick<Task, 'jsonPath' | 'html'> => {
      const name = uniqueName(safeFileName(article.id), usedNames);
      if (seenIds.has(article.id)) options.onWarning?.(`${article.source ?? article.id}: duplicate id "${article.id}"; its files are named ${name}`);
      seenIds.add(article.id);
      return {
        ...(json ? { jsonPath: join(options.outDir, `${name}.json`) } : {}),
        ...(html ? { html: html.pageFor(article.id) } : {}),
      };
    };
    await processInOrder(readInputs(files, options), formats, outputsOf, options, async (rendered) => {
      // the disk is full or turned read-only: no later article can be written either
      if (!rendered.ok && rendered.fatal) throw new OutputError(rendered.fatal);
      count(summary, rendered, options);
      if (rendered.ok && rendered.jsonPath !== undefined) summary.written.push(rendered.jsonPath);
      if (rendered.ok && rendered.html) {
        html?.add(rendered.html.entry, rendered.html.path);
        summary.written.push(rendered.html.path);
      }
      if (!rendered.ok) html?.failure(rendered.failure);
      if (rendered.ok && rendered.csv) await csv?.write(rendered.csv);
      if (rendered.articles) await articlesCsv?.write(rendered.articles);
      if (rendered.jsonl) await jsonl?.write(rendered.jsonl);
      if (rendered.xlsx) xlsx?.add(rendered.xlsx);
      options.onArticle?.(summary.articles);
    });
    // stopped part-way: the complete files of a previous run stay as they were
    if (options.signal?.aborted) throw new Interrupted(summary);
    // nothing read (an empty or blank-lines-only corpus): earlier results are not replaced by empty ones
    if (summary.articles === 0) throw new InputError(`${files.join(', ')}: no articles (empty or only blank lines); nothing written`);
    if (html) summary.written.push(html.finish());
    if (xlsx) {
      const path = join(options.outDir, 'facts.xlsx');
      writeFileAtomic(path, await xlsx.toBuffer());
      summary.written.push(path);
    }
    for (const stream of [csv, articlesCsv, jsonl]) {
      if (!stream) continue;
      await stream.commit();
      summary.written.push(stream.path);
    }
  } catch (error) {
    await csv?.abort();
    await articlesCsv?.abort();
    await jsonl?.abort();
    // a worker stopped mid-write (interrupt, time budget) may leave its temporary file: this run's are all dropped
    removeStaleTemps(options.outDir, true);
    throw error instanceof Error && OUTPUT_ERRORS.has((error as NodeJS.ErrnoException).code ?? '') ? new OutputError(messageOf(error)) : error;
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** Writing the results failed (disk full, read-only, no permission): the run stops, exit 1. */
export class OutputError extends InputError {}

export interface StreamOptions extends RunOptions {
  /** names the input in `source` ("PREFIX:N"; default "stdin"), so sources stay unique across partitions */
  sourcePrefix?: string;
  /** added to line numbers in `source`: the first line read is line `lineOffset + 1` (default 0) */
  lineOffset?: number;
}

/**
 * The stage contract for distributed engines (Spark's RDD.pipe, Hadoop Streaming, GNU parallel, Dask):
 * one corpus line in, one result line out, in the same order. A line that cannot be processed
 * (not JSON, no text, empty) gives a line `{"id", "source", "error"}` instead of a result; its `id`
 * is the line's own when it can be read, else its source ("stdin:N").
 */
export async function runJsonlStream(input: Readable, output: Writable, options: StreamOptions = {}): Promise<BatchSummary> {
  const started = Date.now();
  const summary = newSummary();
  let outputError: Error | null = null;
  const onError = (error: Error): void => {
    outputError = error;
  };
  output.on('error', onError);
  try {
    await processInOrder(stdinItems(input, options), { csv: false, jsonl: true }, () => ({}), options, async (rendered) => {
      if (outputError) throw outputError;
      count(summary, rendered, options);
      if (!output.write(rendered.jsonl!)) await drained(output);
      options.onArticle?.(summary.articles);
    });
    if (outputError) throw outputError;
  } finally {
    output.off('error', onError);
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

async function* stdinItems(input: Readable, options: StreamOptions): AsyncGenerator<InputItem> {
  const offset = options.lineOffset ?? 0;
  const prefix = options.sourcePrefix ?? 'stdin';
  // split on LF only: a bare CR inside a record never makes two result lines of one
  for await (const line of boundedLines(input as AsyncIterable<Buffer>, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
    const where = `${prefix}:${offset + line.n}`;
    const item = corpusItem(line, where, options);
    if (item === null) {
      yield { failure: { id: where, source: where, error: `${where}: empty line` } };
      continue;
    }
    // a failed line keeps its own id when it can be read (of a line over the limit, from its head)
    const id = 'failure' in item && item.failure.id === where ? idOfLine(('bytes' in line ? line.bytes : line.head).toString('utf8')) : null;
    yield id === null || !('failure' in item) ? item : { failure: { ...item.failure, id } };
  }
}

/** The first 4 KiB of a line that was not read whole (too long, cut short), for its id. */
const ID_HEAD = 4096;

/**
 * A failed line's own id, when it can be read: a line that parses gives its "id" (a number as text);
 * one that does not (cut short, over --max-bytes) gives the "id" it opens with, if any.
 */
export function idOfLine(line: string): string | null {
  let raw: unknown;
  try {
    raw = line.length <= ID_HEAD * 256 ? JSON.parse(line) : undefined;
  } catch {
    raw = undefined;
  }
  if (raw !== undefined) {
    const id = (raw as { id?: unknown } | null)?.id;
    return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : null;
  }
  const m = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.)+)"|(-?\d+(?:\.\d+)?)(?=\s*[,}]))/.exec(line.slice(0, ID_HEAD));
  if (!m) return null;
  try {
    return m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[2]!;
  } catch {
    return null;
  }
}

function count(summary: BatchSummary, rendered: Rendered, options: RunOptions): void {
  summary.articles++;
  if (!rendered.ok) {
    summary.failures.push(rendered.failure);
    options.onFailure?.(rendered.failure);
    return;
  }
  for (const message of rendered.refused ?? []) options.onWarning?.(message);
  for (const [type, n] of Object.entries(rendered.factsByType)) summary.factsByType[type] = (summary.factsByType[type] ?? 0) + n;
}

/**
 * Renders every item and hands the results to `emit` in input order. Looks one item ahead: a lone
 * article (or jobs = 1) is rendered in this thread when it is short; otherwise a worker pool renders
 * a bounded window. Anything long runs in a worker, which a signal or the time budget can stop
 * mid-article: this thread only ever runs work that ends in well under a second.
 */
async function processInOrder(
  items: AsyncIterable<InputItem>,
  formats: RenderFormats,
  outputsOf: (article: Article) => Pick<Task, 'jsonPath' | 'html'>,
  options: RunOptions,
  emit: (rendered: Rendered) => Promise<void>,
): Promise<void> {
  // only what extraction reads crosses to a worker (a corpus line's gold stays behind)
  const taskOf = (article: Article): Task => ({
    article: {
      id: article.id,
      source: article.source,
      text: article.text,
      published: article.published,
      published_from: article.published_from ?? null,
    },
    formats,
    ...outputsOf(article),
  });
  const budgetMs = (options.maxSeconds ?? DEFAULT_MAX_SECONDS) * 1000;
  let poolLoaded: Promise<typeof import('./pool/pool.js')> | null = null;
  const poolModule = (): Promise<typeof import('./pool/pool.js')> => (poolLoaded ??= import('./pool/pool.js'));
  // a result that arrives after the signal is not written: the run stops where it is
  const pass = async (result: Promise<Rendered>): Promise<void> => {
    const rendered = await result;
    if (!options.signal?.aborted) await emit(rendered);
  };
  const control = { signal: options.signal, timeoutMs: budgetMs };
  const pools: Array<{ close(): Promise<void> }> = [];
  // one worker with an uncapped heap for large articles and for the tasks of a worker out of memory
  let large: Promise<import('./pool/pool.js').WorkerPool> | null = null;
  const inLarge = async (task: Task): Promise<Rendered> => {
    const pool = await (large ??= poolModule().then(({ WorkerPool, LARGE_LIMITS }) => {
      const p = new WorkerPool(1, undefined, LARGE_LIMITS, control);
      pools.push(p);
      return p;
    }));
    return pool.run(task).catch((error: unknown) => failed({ id: task.article.id, source: task.article.source, error: messageOf(error) }, formats));
  };
  // rendering in this thread: a short lone article or --jobs 1; loads the NLP only when first needed
  let renderer: Promise<typeof import('./pool/render.js')> | null = null;
  const here = async (task: Task): Promise<Rendered> => {
    const { loadHtml, renderArticle } = await (renderer ??= import('./pool/render.js'));
    await loadHtml(task);
    const started = performance.now();
    const rendered = renderArticle(task);
    // short articles cannot be stopped mid-way here, but still keep to the budget
    if (rendered.ok && performance.now() - started > budgetMs) return failed(overBudget(task.article, budgetMs), formats);
    return rendered;
  };
  try {
    const iterator = items[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) return;
    const second = await iterator.next();
    const jobs = Math.min(maxJobs(), Math.max(1, Math.floor(options.jobs ?? defaultJobs())));
    if (second.done || jobs === 1) {
      let solo: Promise<import('./pool/pool.js').WorkerPool> | null = null;
      const inWorker = async (task: Task): Promise<Rendered> => {
        const pool = await (solo ??= poolModule().then(({ WorkerPool }) => {
          const p = new WorkerPool(1, inLarge, undefined, control);
          pools.push(p);
          return p;
        }));
        return pool.run(task);
      };
      const render = async (item: InputItem): Promise<Rendered> => {
        if ('failure' in item) return failed(item.failure, formats);
        const task = taskOf(item.article);
        const chars = task.article.text.length;
        return chars <= MAIN_THREAD_CHARS ? here(task) : chars > LARGE_CHARS ? inLarge(task) : inWorker(task);
      };
      await pass(render(first.value));
      if (second.done || options.signal?.aborted) return;
      await pass(render(second.value));
      for (let next = await iterator.next(); !next.done && !options.signal?.aborted; next = await iterator.next()) await pass(render(next.value));
      return;
    }
    const { WorkerPool } = await poolModule();
    const pool = new WorkerPool(jobs, inLarge, undefined, control);
    pools.push(pool);
    // a result on its way from a worker
    const window: Array<Promise<Rendered>> = [];
    const submit = (item: InputItem): void => {
      if ('failure' in item) return void window.push(Promise.resolve(failed(item.failure, formats)));
      const task = taskOf(item.article);
      window.push(task.article.text.length > LARGE_CHARS ? inLarge(task) : pool.run(task));
    };
    submit(first.value);
    submit(second.value);
    for (let next = await iterator.next(); !next.done && !options.signal?.aborted; next = await iterator.next()) {
      submit(next.value);
      while (window.length >= jobs * WINDOW_PER_JOB && !options.signal?.aborted) await pass(window.shift()!);
    }
    while (window.length > 0 && !options.signal?.aborted) await pass(window.shift()!);
  } finally {
    // results still in the window are dropped when an emit fails; their promises never reject
    await Promise.all(pools.map((p) => p.close()));
  }
}

/** Articles up to this long may run in this thread (a lone one, or --jobs 1): well under a second each. */
export const MAIN_THREAD_CHARS = 20_000;
/** Longer ones go to the worker with an uncapped heap (kept in step with pool.ts's LARGE_ARTICLE_CHARS). */
const LARGE_CHARS = 100_000;
/** --max-seconds when not given: generous for a 1 MiB article, short of a hang. */
export const DEFAULT_MAX_SECONDS = 60;

const overBudget = (article: Article, budgetMs: number): ArticleFailure => ({
  id: article.id,
  source: article.source,
  error: `${article.source ?? article.id}: took over ${budgetMs / 1000} s, the time budget (--max-seconds)`,
});

/** Worker threads for `--jobs` when not given: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());
/** More workers than twice the cores only cost memory (each holds its own model): --jobs is capped here. */
export const maxJobs = (): number => Math.min(16, 2 * defaultJobs());

/** Two articles with the same id must not overwrite each other's file. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
