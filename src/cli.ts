// The thin CLI: parse arguments, call the library, return an exit code
// (0 success, 1 an article failed or an evaluation fell below its threshold, 2 usage error).
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FORMATS, type BatchSummary, type Format } from './batch.js';
import { registeredTypes } from './facts/registry.js';
import { InputError } from './io/decode.js';
import { STDIN } from './io/inputs.js';
import { thresholdNames } from './validate/thresholds.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class UsageError extends Error {}

/** The options of the extract command, one table for both parsers in run(). */
const EXTRACT_OPTIONS = {
  'out-dir': { type: 'string', default: 'output', describe: 'where results are written' },
  format: { type: 'string', default: 'json,csv', describe: `comma list of ${FORMATS.join(', ')}` },
  published: {
    type: 'string',
    describe:
      'publication date (YYYY-MM-DD) of every input; overrides sidecars, corpus fields and dates read from the articles',
  },
  bom: {
    type: 'boolean',
    default: true,
    describe: 'start facts.csv and articles.csv with a UTF-8 BOM (--no-bom to drop)',
  },
  'max-bytes': { type: 'number', describe: 'refuse articles larger than this (default 1 MiB)' },
  jobs: {
    type: 'number',
    describe: 'worker threads (default: one per core, at most 2 per core or 16; 1 runs in one thread)',
  },
  'max-seconds': {
    type: 'number',
    describe: 'time budget per article: one over it fails and the batch goes on (default 60)',
  },
  'stdin-jsonl': {
    type: 'boolean',
    default: false,
    describe: 'read JSONL corpus lines on stdin, write one result line each on stdout, in order',
  },
  'source-prefix': {
    type: 'string',
    describe: 'with --stdin-jsonl: name the input in "source" as PREFIX:LINE (default "stdin"), e.g. one per partition',
  },
  'line-offset': {
    type: 'number',
    describe:
      'with --stdin-jsonl: add N to the line numbers in "source" (the partition\'s first line in the whole corpus, minus 1)',
  },
  quiet: { type: 'boolean', default: false, describe: 'no progress bar or summary on stderr' },
} as const;

/** The options of the eval command. */
const EVAL_OPTIONS = {
  // not an array option, so inputs may follow it; given twice, yargs collects both values
  'min-f1': {
    type: 'string',
    describe: 'fail (exit 1) below: 0.8 (or 80) overall, or TYPE=0.8; repeat or comma-separate; TYPE is one of ' +
      thresholdNames().join(', '),
  },
  report: { type: 'string', describe: 'write the JSON report to this file' },
  json: { type: 'boolean', default: false, describe: 'print the JSON report on stdout' },
  published: { type: 'string', describe: 'publication date of every article; overrides sidecars and corpus fields' },
  html: { type: 'string', describe: 'write an HTML report: scores, then matched/missed/spurious per article and type' },
  markdown: { type: 'string', describe: 'write the same report as Markdown' },
  junit: {
    type: 'string',
    describe: 'write JUnit XML for CI systems: one test case per threshold and per baseline comparison ' +
      '(failing exactly when eval exits 1), misses listed as output',
  },
  baseline: {
    type: 'string',
    describe: 'an earlier --report JSON: exit 1 when a type\'s F1 drops by more than --tolerance',
  },
  tolerance: {
    type: 'number',
    default: 0,
    describe: 'allowed F1 drop against --baseline, in points of F1 (0.5 = half a point, 2 = two points; 0 to 100)',
  },
} as const;

interface ExtractOptions {
  inputs?: string[]; 'out-dir': string; format: string; published?: string; bom: boolean; 'max-bytes'?: number;
  quiet: boolean; jobs?: number; 'stdin-jsonl': boolean; 'max-seconds'?: number; 'source-prefix'?: string;
  'line-offset'?: number;
}

export async function run(argv: string[]): Promise<number> {
  // yargs drops a lone "-", which means "read one article from stdin" where an input is expected: it
  // stands in as a value no path can have, and options that name a file or folder refuse it
  const args = argv.map((a) => (a === STDIN ? STDIN_ARG : a));
  try {
    // the plain extract command line skips loading yargs (a tenth of a single article's cold start);
    // anything else (help, version, eval, schema, anything unusual or wrong) goes to yargs
    const simple = plainExtractArgs(args);
    if (simple) return await extractCommand(simple);
  } catch (error) {
    return failure(error);
  }
  const { default: yargs } = await import('yargs');
  let exitCode = 0;
  const parser = yargs(args)
    .scriptName('extract')
    .usage('$0 [inputs..]  extract facts from .txt files, folders and JSONL corpora ("-" reads stdin)')
    .command(
      ['$0 [inputs..]'],
      'extract facts and write them as JSON, CSV (facts.csv, articles.csv), JSONL, HTML or an xlsx workbook',
      (y) =>
        y
          .positional('inputs', {
            type: 'string', array: true, default: [] as string[], describe: 'files, folders or "-"',
          })
          .options(EXTRACT_OPTIONS),
      async (opts) => {
        exitCode = await extractCommand(opts as ExtractOptions);
      },
    )
    .command(
      'eval [inputs..]',
      'score extraction against gold fixtures (*.gold.json) or annotated JSONL corpora',
      (y) =>
        y
          .positional('inputs', { type: 'string', array: true, default: ['fixtures'] as string[] })
          .options(EVAL_OPTIONS),
      async (opts) => {
        exitCode = await evalCommand(opts);
      },
    )
    .command('schema', 'print the JSON Schema of the output', {}, async () => {
      const { articleJsonSchema } = await import('./export/json-schema.js');
      process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    })
    .strict()
    .help()
    .version()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    return failure(error);
  }
  return exitCode;
}

/** The exit code and the one stderr line for an error that ends the run. */
function failure(error: unknown): number {
  {
    if (error instanceof InputError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof UsageError || (error as Error)?.name === 'YError') {
      process.stderr.write(`extract: ${(error as Error).message} (see extract --help)\n`);
      return 2;
    }
    process.stderr.write(`extract: ${(error as Error)?.message ?? error}\n`);
    return 1;
  }
}

/**
 * The extract command's options read with node's own parser, or null when the command line is
 * anything but options of EXTRACT_OPTIONS (each given once, in the plain forms) and inputs.
 */
function plainExtractArgs(args: string[]): ExtractOptions | null {
  if (args[0] === 'eval' || args[0] === 'schema') return null;
  const negated = new Set<string>();
  const rest: string[] = [];
  for (const arg of args) {
    const name = /^--no-([a-z-]+)$/.exec(arg)?.[1];
    if (name && EXTRACT_OPTIONS[name as keyof typeof EXTRACT_OPTIONS]?.type === 'boolean') negated.add(name);
    else rest.push(arg);
  }
  const options = Object.fromEntries(
    Object.entries(EXTRACT_OPTIONS).map(([name, o]) => [
      name,
      { type: o.type === 'boolean' ? ('boolean' as const) : ('string' as const) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true, tokens: true });
  } catch {
    return null;
  }
  const seen = parsed.tokens.filter((t) => t.kind === 'option').map((t) => t.name);
  if (new Set([...seen, ...negated]).size !== seen.length + negated.size) return null;
  const opts: Record<string, unknown> = { inputs: parsed.positionals };
  for (const [name, o] of Object.entries(EXTRACT_OPTIONS)) {
    const value = negated.has(name) ? false : parsed.values[name];
    if (value === undefined) {
      if ('default' in o) opts[name] = o.default;
    } else opts[name] = o.type === 'number' ? Number(value) : value;
  }
  return opts as unknown as ExtractOptions;
}

/** "-" on the command line while it is parsed: a NUL cannot be in a path, so it can never name a file. */
const STDIN_ARG = '\u0000stdin';

const inputsOf = (inputs: string[] | undefined): string[] =>
  (inputs ?? []).map((i) => (i === STDIN_ARG ? STDIN : String(i)));

/** "-" (stdin) is an input only: as the value of an option that names a file or folder it is a usage error. */
function refuseStdinValues(opts: object, names: readonly string[]): void {
  for (const name of names) {
    const value = (opts as Record<string, unknown>)[name];
    if ([value].flat().includes(STDIN_ARG)) {
      throw new UsageError(`--${name} -: "-" means stdin, which only an input can be`);
    }
  }
}

function checkDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!ISO_DATE.test(value) || !isCalendarDate(value)) {
    throw new UsageError(`--published must be YYYY-MM-DD, a real calendar date, got "${value}"`);
  }
  return value;
}

/** 2025-02-30 is no date, though Date.parse rolls it over to March 2 */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Every option once, and none empty: yargs turns a repeated one into a list, which nothing downstream expects. */
function checkOnceAndSet(opts: ExtractOptions): void {
  for (const name of Object.keys(EXTRACT_OPTIONS)) {
    const value = (opts as unknown as Record<string, unknown>)[name];
    if (Array.isArray(value)) throw new UsageError(`--${name} is given more than once`);
    if (typeof value === 'string' && value.trim() === '') throw new UsageError(`--${name} must be non-empty`);
  }
}

async function extractCommand(opts: ExtractOptions): Promise<number> {
  checkOnceAndSet(opts);
  refuseStdinValues(opts, ['out-dir', 'published', 'format', 'source-prefix']);
  const inputs = inputsOf(opts.inputs);
  const usage = (broken: boolean, message: string): void => {
    if (broken) throw new UsageError(message);
  };
  const stdinJsonl = opts['stdin-jsonl'];
  usage(stdinJsonl && inputs.length > 0, '--stdin-jsonl reads stdin only: give no inputs with it');
  usage(!stdinJsonl && inputs.length === 0, 'no input given: name a .txt file, a folder, a .jsonl corpus or "-"');
  for (const name of ['source-prefix', 'line-offset'] as const) {
    usage(opts[name] !== undefined && !stdinJsonl, `--${name} applies to --stdin-jsonl only`);
  }
  const offset = opts['line-offset'];
  const whole = (n: number | undefined, min: number): boolean => n === undefined || (Number.isInteger(n) && n >= min);
  usage(!whole(offset, 0), '--line-offset must be a whole number of 0 or more');
  const prefix = opts['source-prefix'];
  const oneLineText = prefix === undefined || (prefix !== '' && !/[\r\n]/.test(prefix));
  usage(!oneLineText, '--source-prefix must be non-empty text on one line');
  const formats = opts.format.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  usage(
    unknown.length > 0 || formats.length === 0,
    `--format: unknown ${unknown.join(', ') || '(empty)'}; choose from ${FORMATS.join(', ')}`,
  );
  const maxBytes = opts['max-bytes'];
  usage(maxBytes !== undefined && !(maxBytes > 0), '--max-bytes must be a positive number');
  usage(!whole(opts.jobs, 1), '--jobs must be a whole number of at least 1');
  const maxSeconds = opts['max-seconds'];
  usage(
    maxSeconds !== undefined && !(maxSeconds > 0 && maxSeconds < 2_000_000),
    '--max-seconds must be a positive number of seconds',
  );
  const published = checkDate(opts.published);
  if (!opts['stdin-jsonl'] && existsSync(opts['out-dir']) && !statSync(opts['out-dir']).isDirectory()) {
    throw new UsageError(`--out-dir ${opts['out-dir']} is a file, not a folder`);
  }
  const { ProgressBar } = await import('./io/progress.js');
  const progress = ProgressBar.wanted(process.stderr, opts.quiet) ? new ProgressBar({ stream: process.stderr }) : null;
  const common = {
    published,
    ...(opts['max-bytes'] ? { maxBytes: opts['max-bytes'] } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    ...(opts['max-seconds'] ? { maxSeconds: opts['max-seconds'] } : {}),
    onFailure: (f: { id: string; source: string | null; error: string }) => {
      progress?.clear();
      const where = f.source ?? f.id;
      process.stderr.write(`extract: ${f.error.startsWith(where) ? f.error : `${where}: ${f.error}`}\n`);
    },
    onArticle: () => progress?.tick(),
    onWarning: (message: string) => {
      progress?.clear();
      process.stderr.write(`extract: warning: ${message}\n`);
    },
    signal: stopOnSignals(),
  };
  let summary: BatchSummary;
  let destination: string;
  try {
    if (opts['stdin-jsonl']) {
      const { runJsonlStream } = await import('./batch.js');
      summary = await runJsonlStream(process.stdin, process.stdout, {
        ...common,
        ...(prefix !== undefined ? { sourcePrefix: prefix } : {}),
        ...(offset !== undefined ? { lineOffset: offset } : {}),
      });
      destination = 'stdout';
    } else {
      const { discoverInputs } = await import('./io/inputs.js');
      const { runBatch } = await import('./batch.js');
      const files = discoverInputs(inputs, opts['out-dir']);
      (await import('./v8-flags.js')).preferQuickStart(files, STDIN);
      if (progress) {
        void import('./io/count.js')
          .then(({ countArticles }) => countArticles(files))
          .then((n) => (progress.total = n), () => undefined);
      }
      summary = await runBatch(files, {
        ...common, outDir: opts['out-dir'], formats: formats as Format[], bom: opts.bom,
      });
      destination = opts['out-dir'];
    }
  } catch (error) {
    const { Interrupted } = await import('./batch.js');
    if (!(error instanceof Interrupted)) throw error;
    progress?.clear();
    const left = interruptedOutputs(formats as Format[]);
    process.stderr.write(`extract: ${error.message} (${String(common.signal.reason)})${left}\n`);
    return 130;
  }
  if (common.signal.aborted) {
    progress?.clear();
    process.stderr.write(`extract: interrupted (${String(common.signal.reason)}) after ${summary.articles} line(s)\n`);
    return 130;
  }
  progress?.clear();
  if (!opts.quiet) process.stderr.write(`${summaryLine(summary, destination)}\n`);
  // on stdin-jsonl a failed line is a result line (with "error"), so one bad record does not fail a distributed task
  return summary.failures.length > 0 && !opts['stdin-jsonl'] ? 1 : 0;
}

/** What an interrupted batch left, for the formats asked for only. */
export function interruptedOutputs(formats: readonly Format[]): string {
  const perArticle = [formats.includes('json') ? 'JSON' : '', formats.includes('html') ? 'HTML' : ''].filter(Boolean);
  const whole = [
    ...(formats.includes('csv') ? ['facts.csv', 'articles.csv'] : []),
    ...(formats.includes('jsonl') ? ['results.jsonl'] : []),
    ...(formats.includes('xlsx') ? ['facts.xlsx'] : []),
    ...(formats.includes('html') ? ['index.html'] : []),
  ];
  const parts = [
    perArticle.length ? `the ${perArticle.join(' and ')} files of those articles are complete` : '',
    whole.length
      ? `${whole.length === 1 ? whole[0] : `${whole.slice(0, -1).join(', ')} and ${whole.at(-1)}`} ` +
        `${whole.length === 1 ? 'was' : 'were'} not replaced`
      : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** Ctrl-C or SIGTERM stops the run cleanly at once (workers are stopped mid-article); a second one exits at once. */
function stopOnSignals(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      controller.abort(name);
      process.once(name, () => process.exit(130));
    });
  }
  return controller.signal;
}

/**
 * The one-line summary: articles, facts by type (every registered type, 0 included, in registry order;
 * any other after them), failures, elapsed time and rate.
 */
export function summaryLine(summary: BatchSummary, destination: string): string {
  const registered: string[] = registeredTypes().map((t) => t.type);
  const others = Object.keys(summary.factsByType).filter((t) => !registered.includes(t)).sort();
  const types = [...registered, ...others];
  const facts = types.map((t) => `${summary.factsByType[t] ?? 0} ${t}`).join(', ');
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? `, ${(summary.articles / seconds).toFixed(1)} articles/s` : '';
  const { articles, failures, elapsedMs } = summary;
  const failed = `${failures.length} failed`;
  return `extract: ${articles} article(s), ${facts}, ${failed}, ${elapsedMs} ms${rate} → ${destination}`;
}

async function evalCommand(opts: {
  inputs?: string[]; 'min-f1'?: string | string[]; report?: string; json: boolean; published?: string;
  html?: string; markdown?: string; junit?: string; baseline?: string; tolerance: number;
}): Promise<number> {
  refuseStdinValues(opts, ['report', 'html', 'markdown', 'junit', 'baseline', 'published']);
  const thresholds = parseThresholds([opts['min-f1'] ?? []].flat());
  const published = checkDate(opts.published);
  const tolerance = parseTolerance(opts.tolerance);
  const inputs = inputsOf(opts.inputs);
  if (inputs.includes(STDIN)) {
    throw new UsageError('eval reads gold fixtures and corpora from files: "-" (stdin) is not an eval input');
  }
  const { evaluate } = await import('./evaluate.js');
  const { formatReport } = await import('./validate/score.js');
  const { gateChecks } = await import('./report/gate.js');
  const { writeFileAtomic } = await import('./io/atomic-write.js');
  // report code loads only when a report or a baseline is asked for
  const baselineModule = opts.baseline ? await import('./report/baseline.js') : null;
  const baseline = baselineModule?.loadBaseline(opts.baseline!) ?? null;
  const { report, failures } = await evaluate(inputs, {
    published,
    onFailure: (f) => process.stderr.write(`extract eval: ${f.error}\n`),
  });
  process.stderr.write(`${formatReport(report, inputs.join(' '))}\n`);
  if (opts.report) writeFileAtomic(opts.report, `${JSON.stringify({ ...report, failures }, null, 2)}\n`);
  if (opts.json) process.stdout.write(`${JSON.stringify({ ...report, failures }, null, 2)}\n`);
  const deltas = baseline && baselineModule ? baselineModule.compareWithBaseline(report, baseline, tolerance) : null;
  if (deltas && baselineModule) process.stderr.write(`${baselineModule.formatDeltas(deltas, tolerance)}\n`);
  if (opts.html || opts.markdown) {
    const { evalHtml, evalMarkdown } = await import('./report/eval-report.js');
    const input = { report, failures, title: inputs.join(' '), deltas, tolerance };
    if (opts.html) writeFileAtomic(opts.html, evalHtml(input));
    if (opts.markdown) writeFileAtomic(opts.markdown, evalMarkdown(input));
  }
  // one list of checks decides the exit code and is the JUnit report's test cases
  const checks = gateChecks(report, thresholds, deltas, tolerance, failures);
  if (opts.junit) {
    const { junitXml } = await import('./report/junit.js');
    writeFileAtomic(opts.junit, junitXml(report, checks));
  }
  const failed = checks.filter((c) => !c.passed);
  for (const c of failed.filter((c) => c.kind === 'threshold')) {
    process.stderr.write(`extract eval: below threshold: ${c.message}\n`);
  }
  for (const c of failed.filter((c) => c.kind === 'baseline')) {
    process.stderr.write(`extract eval: regressed against the baseline: ${c.type}\n`);
  }
  return checks.some((c) => !c.passed) ? 1 : 0;
}

/** An F1 drop allowed against the baseline, given in points of F1 (0.5 = half a point), as a fraction. */
function parseTolerance(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`--tolerance must be points of F1 from 0 to 100 (0.5 = half a point), got "${value}"`);
  }
  return value / 100;
}

/**
 * "0.8" is the overall threshold; "person=0.85" one type's; "80" or "person=85" the same in percent.
 * A name that is not scored (a misspelt type) or a value above 100 is a usage error.
 */
function parseThresholds(values: string[]): Record<string, number> {
  const names = thresholdNames();
  const thresholds: Record<string, number> = {};
  for (const value of values.flatMap((v) => String(v).split(','))) {
    const m = /^(?:([\w.]+)=)?(\d+(?:\.\d+)?)$/.exec(value.trim());
    if (!m) throw new UsageError(`--min-f1: expected 0.8 or TYPE=0.8, got "${value}"`);
    const name = m[1] ?? 'overall';
    if (!names.includes(name)) {
      throw new UsageError(`--min-f1: unknown type "${name}" in "${value}"; choose from ${names.join(', ')}`);
    }
    const n = Number(m[2]);
    if (n > 100) throw new UsageError(`--min-f1: ${value} is above 100%; give a fraction (0.8) or percent (80)`);
    thresholds[name] = n > 1 ? n / 100 : n;
  }
  return thresholds;
}
