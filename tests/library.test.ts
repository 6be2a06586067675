// The library API: what the CLI does is also a call, from the package's entry point.
import { describe, expect, it } from 'vitest';
import * as newsfacts from '../src/index.js';
import { PUBLISHED } from './helpers.js';

describe('library entry point', () => {
  it.each([
    'extract', 'validateFacts', 'computeTotals', 'runBatch', 'runJsonlStream', 'evaluate', 'loadFixture', 'scoreArticle',
    'articleJsonSchema', 'csvHeader', 'csvRows', 'readInputs', 'articleHtml', 'evalHtml', 'evalMarkdown', 'junitXml',
    'loadBaseline', 'compareWithBaseline', 'totalsDetail', 'articlesHeader', 'articlesCsvRow', 'articleRow',
  ])('exports %s as a function', (name) => {
    expect(typeof (newsfacts as Record<string, unknown>)[name]).toBe('function');
  });

  it('renders what the CLI writes: JSON record, CSV rows and an HTML page from one extract call', () => {
    const text = 'Two people were killed in Lagos on Monday, police said.';
    const result = newsfacts.extract(text, { id: 'a1', published: PUBLISHED });
    expect(newsfacts.ArticleResult.safeParse(result).success).toBe(true);
    expect(newsfacts.csvRows(result).split('\r\n').filter(Boolean)).toHaveLength(result.facts.length);
    expect(newsfacts.articleHtml(result, text)).toContain('<html');
  });
});
