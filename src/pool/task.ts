// The unit of work a worker performs, as plain data that is cheap to copy between threads.
// This module stays light (no compromise), so the main thread of a pooled batch never loads the NLP.
import { articlesCsvRow, failureRow } from '../export/csv.js';
import { toJsonLine } from '../export/json.js';
import { xlsxFailureRows, type XlsxRows } from '../export/xlsx.js';
import type { Article, ArticleFailure } from '../io/inputs.js';
import type { IndexEntry } from '../export/html.js';

/** Which ordered outputs to render for each article. */
export interface RenderFormats {
  csv: boolean;
  jsonl: boolean;
  /** the article's rows of facts.xlsx, as plain cells */
  xlsx?: boolean;
}

export interface Task {
  article: Article;
  formats: RenderFormats;
  /** where to write the article's own JSON file, if wanted (names are chosen in input order by the caller) */
  jsonPath?: string;
  /** where to write its HTML page, and the page's link from index.html, if wanted */
  html?: { path: string; href: string };
}

/** Text of an output: a string in this thread, UTF-8 bytes when it comes from a worker (moved, not copied). */
export type Chunk = string | Uint8Array;

export type Rendered =
  /** csv: the article's facts.csv rows; articles: its articles.csv row (both when formats.csv) */
  | {
      ok: true;
      factsByType: Record<string, number>;
      /** facts the validation refused (an implausible figure), one line each */
      refused?: string[];
      jsonPath?: string;
      csv?: Chunk;
      articles?: Chunk;
      jsonl?: Chunk;
      xlsx?: XlsxRows;
      html?: { path: string; entry: IndexEntry };
    }
  | { ok: false; failure: ArticleFailure; articles?: Chunk; jsonl?: Chunk; xlsx?: XlsxRows; fatal?: string };

/** Errors writing a file that no later article escapes either: the batch stops on them. */
export const OUTPUT_ERRORS: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EFBIG', 'EIO']);

export function failed(failure: ArticleFailure, formats: RenderFormats): Rendered {
  return {
    ok: false,
    failure,
    ...(formats.csv ? { articles: articlesCsvRow(failureRow(failure)) } : {}),
    ...(formats.jsonl ? { jsonl: toJsonLine(failure) } : {}),
    ...(formats.xlsx ? { xlsx: xlsxFailureRows(failure) } : {}),
  };
}
