// The rewritten tagger pass (src/nlp-bulk-match.ts) must tag exactly as compromise's own: same tags on every word.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { originalBulkMatch } from '../src/nlp.js';
import { fastBulkMatch } from '../src/nlp-bulk-match.js';
import { dateRules } from '../src/facts/date/patterns.js';
import { casualtyRules } from '../src/facts/casualty/patterns.js';
import { LOCAL_RULES } from '../src/facts/names/evidence/local.js';

const nlp = createRequire(import.meta.url)('compromise/two') as (text: string) => { document: Array<Array<{ text: string; tags: Set<string> }>> };
const { methods } = (nlp as unknown as { world(): { methods: { one: { bulkMatch: unknown } } } }).world();

const tagsWith = (bulkMatch: unknown, text: string): string[][] => {
  const saved = methods.one.bulkMatch;
  methods.one.bulkMatch = bulkMatch;
  try {
    return nlp(text).document.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`));
  } finally {
    methods.one.bulkMatch = saved;
  }
};

const texts: string[] = [
  readFileSync(new URL('../input/article.txt', import.meta.url), 'utf8'),
  ...readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8')),
  ...[...dateRules, ...casualtyRules, ...LOCAL_RULES].flatMap((r) => ('example' in r && r.example ? r.example.split('; ') : [])),
];

describe('the rewritten bulkMatch', () => {
  it('is installed in place of compromise\'s own', () => {
    expect(methods.one.bulkMatch).toBe(fastBulkMatch);
    expect(originalBulkMatch).not.toBe(fastBulkMatch);
  });

  it.each(texts.map((t) => [t.slice(0, 60), t]))('tags %j as the original does', (_, text) => {
    expect(tagsWith(fastBulkMatch, text)).toEqual(tagsWith(originalBulkMatch, text));
  });
});
