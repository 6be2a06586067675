import type { ArticleResult } from '../result.js';

export const toJson = (result: ArticleResult): string => `${JSON.stringify(result, null, 2)}\n`;
/** One line of results.jsonl: the same record, compact. */
export const toJsonLine = (result: unknown): string => `${JSON.stringify(result)}\n`;
