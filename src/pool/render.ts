// One article in, its output text out: what a worker (or the main thread, for a single article or
// --jobs 1) does. Rendering the JSON and CSV here, next to the extraction, leaves the main thread
// free to read input and write files in order.
import { extract } from '../pipeline.js';
import { csvRows } from '../export/csv.js';
import { toJson, toJsonLine } from '../export/json.js';
import { messageOf } from '../io/inputs.js';
import { failed, type Rendered, type Task } from './task.js';

export function renderArticle({ article, formats }: Task): Rendered {
  const { id, source, text, published } = article;
  try {
    const result = extract(text, { id, source, published });
    const factsByType: Record<string, number> = {};
    for (const fact of result.facts) factsByType[fact.type] = (factsByType[fact.type] ?? 0) + 1;
    return {
      ok: true,
      id: result.id,
      factsByType,
      ...(formats.json ? { json: toJson(result) } : {}),
      ...(formats.csv ? { csv: csvRows(result) } : {}),
      ...(formats.jsonl ? { jsonl: toJsonLine(result) } : {}),
    };
  } catch (error) {
    return failed({ id, source, error: messageOf(error) }, formats);
  }
}
