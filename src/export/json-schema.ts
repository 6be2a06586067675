// The JSON Schema of the output, generated from the same zod object that validates it.
import { z } from 'zod';
import { ArticleResult } from '../result.js';

export function articleJsonSchema(): unknown {
  return z.toJSONSchema(ArticleResult, { target: 'draft-2020-12' });
}
