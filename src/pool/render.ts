// One article in, its outputs out: what a worker (or the main thread, for a single article or
// --jobs 1) does. The article's JSON file is written here and its CSV rows and JSONL line are
// rendered here, next to the extraction, so the main thread only appends them in input order.
import { extract } from '../pipeline.js';
import { articleRow, articlesCsvRow, csvRows } from '../export/csv.js';
import { toJson, toJsonLine } from '../export/json.js';
import { xlsxRows } from '../export/xlsx.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { messageOf, oneLine } from '../io/inputs.js';
import { failed, OUTPUT_ERRORS, type Rendered, type Task } from './task.js';

/** The HTML writer's functions, loaded only when a task asks for a page (see loadHtml). */
export type HtmlModule = Pick<typeof import('../export/html.js'), 'articleHtml' | 'indexEntry'>;

let htmlModule: HtmlModule | null = null;

/** Loads the HTML writer once, if the task needs it; call before renderArticle. */
export async function loadHtml(task: Task): Promise<void> {
  if (task.html && !htmlModule) htmlModule = await import('../export/html.js');
}

export function renderArticle({ article, formats, jsonPath, html }: Task): Rendered {
  const { id, source, text, published, published_from } = article;
  try {
    const result = extract(text, { id, source, published, published_from });
    const factsByType: Record<string, number> = {};
    for (const fact of result.facts) factsByType[fact.type] = (factsByType[fact.type] ?? 0) + 1;
    if (jsonPath !== undefined) writeFileAtomic(jsonPath, toJson(result));
    let page: { path: string; entry: ReturnType<HtmlModule['indexEntry']> } | undefined;
    if (html) {
      if (!htmlModule) throw new Error('the HTML writer was not loaded (call loadHtml first)');
      writeFileAtomic(html.path, htmlModule.articleHtml(result, text, { index: 'index.html' }));
      page = { path: html.path, entry: htmlModule.indexEntry(result, html.href, text) };
    }
    const refused = result.validation.rejected.map((r) => `${source ?? id}: ${r.id} refused: ${oneLine(r.error)}`);
    return {
      ok: true,
      factsByType,
      ...(refused.length ? { refused } : {}),
      ...(jsonPath !== undefined ? { jsonPath } : {}),
      ...(formats.csv ? { csv: csvRows(result), articles: articlesCsvRow(articleRow(result, text)) } : {}),
      ...(formats.jsonl ? { jsonl: toJsonLine(result) } : {}),
      ...(formats.xlsx ? { xlsx: xlsxRows(result, text) } : {}),
      ...(page ? { html: page } : {}),
    };
  } catch (error) {
    const failure = { id, source, error: messageOf(error) };
    return OUTPUT_ERRORS.has((error as NodeJS.ErrnoException).code ?? '') ? { ok: false, failure, fatal: failure.error } : failed(failure, formats);
  }
}
