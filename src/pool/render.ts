// One article in, its outputs out: what a worker (or the main thread, for a single article or
// --jobs 1) does. The article's JSON file is written here and its CSV rows and JSONL line are
// rendered here, next to the extraction, so the main thread only appends them in input order.
import { extract } from '../pipeline.js';
import { csvRows } from '../export/csv.js';
import { toJson, toJsonLine } from '../export/json.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { messageOf } from '../io/inputs.js';
import { failed, type Rendered, type Task } from './task.js';

export function renderArticle({ article, formats, jsonPath }: Task): Rendered {
  const { id, source, text, published } = article;
  try {
    const result = extract(text, { id, source, published });
    const factsByType: Record<string, number> = {};
    for (const fact of result.facts) factsByType[fact.type] = (factsByType[fact.type] ?? 0) + 1;
    if (jsonPath !== undefined) writeFileAtomic(jsonPath, toJson(result));
    return {
      ok: true,
      factsByType,
      ...(jsonPath !== undefined ? { jsonPath } : {}),
      ...(formats.csv ? { csv: csvRows(result) } : {}),
      ...(formats.jsonl ? { jsonl: toJsonLine(result) } : {}),
    };
  } catch (error) {
    return failed({ id, source, error: messageOf(error) }, formats);
  }
}
