// Runs the pipeline over many inputs and writes the chosen formats. One bad article never
// loses the others: it becomes a failure line, and every file is committed whole at the end.
import { join } from 'node:path';
import { extract } from './pipeline.js';
import { AtomicStream, writeFileAtomic } from './io/atomic-write.js';
import { messageOf, readInputs, type ArticleFailure, type InputOptions } from './io/inputs.js';
import { csvHeader, csvRows } from './export/csv.js';
import { toJson, toJsonLine } from './export/json.js';
import { safeFileName } from './export/file-names.js';
import type { ArticleResult } from './result.js';

export const FORMATS = ['json', 'csv', 'jsonl', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface BatchOptions extends InputOptions {
  outDir: string;
  formats: readonly Format[];
  bom?: boolean;
  /** called for each failure as it happens (the CLI prints it on stderr) */
  onFailure?(failure: ArticleFailure): void;
}

export interface BatchSummary {
  articles: number;
  failures: ArticleFailure[];
  factsByType: Record<string, number>;
  written: string[];
  elapsedMs: number;
}

export async function runBatch(files: string[], options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const summary: BatchSummary = { articles: 0, failures: [], factsByType: {}, written: [], elapsedMs: 0 };
  const csv = options.formats.includes('csv') ? new AtomicStream(join(options.outDir, 'facts.csv')) : null;
  const jsonl = options.formats.includes('jsonl') ? new AtomicStream(join(options.outDir, 'results.jsonl')) : null;
  csv?.write(csvHeader(options.bom ?? true));
  // html: one page per article plus index.html, loaded only when asked for (see export/html.ts)
  const html = options.formats.includes('html') ? new (await import('./export/html.js')).HtmlReportWriter(options.outDir) : null;
  const usedNames = new Set<string>();
  try {
    for await (const item of readInputs(files, options)) {
      summary.articles++;
      let result: ArticleResult;
      try {
        if ('failure' in item) throw new Error(item.failure.error);
        const { id, source, text, published } = item.article;
        result = extract(text, { id, source, published });
      } catch (error) {
        const failure = 'failure' in item ? item.failure : { id: item.article.id, source: item.article.source, error: messageOf(error) };
        summary.failures.push(failure);
        options.onFailure?.(failure);
        jsonl?.write(toJsonLine(failure));
        html?.failure(failure);
        continue;
      }
      for (const fact of result.facts) summary.factsByType[fact.type] = (summary.factsByType[fact.type] ?? 0) + 1;
      if (options.formats.includes('json')) {
        const path = join(options.outDir, `${uniqueName(safeFileName(result.id), usedNames)}.json`);
        writeFileAtomic(path, toJson(result));
        summary.written.push(path);
      }
      csv?.write(csvRows(result));
      jsonl?.write(toJsonLine(result));
      if (html) summary.written.push(html.article(result, item.article.text));
    }
    if (html) summary.written.push(html.finish());
    for (const stream of [csv, jsonl]) {
      if (!stream) continue;
      await stream.commit();
      summary.written.push(stream.path);
    }
  } catch (error) {
    csv?.abort();
    jsonl?.abort();
    throw error;
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** Two articles with the same id must not overwrite each other's file. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
