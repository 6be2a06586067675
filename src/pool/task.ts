// The unit of work a worker performs, as plain data that is cheap to copy between threads.
// This module stays light (no compromise), so the main thread of a pooled batch never loads the NLP.
import { toJsonLine } from '../export/json.js';
import type { Article, ArticleFailure } from '../io/inputs.js';

/** Which output texts to render for each article. */
export interface RenderFormats {
  json: boolean;
  csv: boolean;
  jsonl: boolean;
}

export interface Task {
  article: Article;
  formats: RenderFormats;
}

export type Rendered =
  | { ok: true; id: string; factsByType: Record<string, number>; json?: string; csv?: string; jsonl?: string }
  | { ok: false; failure: ArticleFailure; jsonl?: string };

export function failed(failure: ArticleFailure, formats: RenderFormats): Rendered {
  return { ok: false, failure, ...(formats.jsonl ? { jsonl: toJsonLine(failure) } : {}) };
}
