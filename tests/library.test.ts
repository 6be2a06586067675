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

  it.each(['none', '2026-02-30', '30/01/2026'])('refuses a publication date that is none, %j, in one line', (published) => {
    expect(() => newsfacts.extract('Two people were killed on Monday.', { published })).toThrow(
      /^extract: published must be YYYY-MM-DD, a real calendar date, got "/,
    );
  });
});

describe('validateFacts: offsets and evidence sentence hold the fact (negative cases)', () => {
  const text = 'Storms hit Kelby on Monday. Nine people were hurt.';
  const [date] = newsfacts.extract(text, { published: PUBLISHED }).facts.filter((f) => f.type === 'date');
  it('passes the fact as extracted', () => expect(newsfacts.validateFacts([date!], text).valid).toHaveLength(1));
  it.each([
    ['offsets that do not hold its text', { start: 0, end: 6 }, /offsets 0-6 do not hold "Monday"/],
    ['a sentence not found where it says', { sentence_start: 3 }, /does not hold its sentence/],
    ['a sentence elsewhere in the text', { sentence: 'Nine people were hurt.', sentence_start: 28 }, /does not hold the fact's start 20/],
  ])('refuses %s', (_, change, error) => {
    const { valid, rejected } = newsfacts.validateFacts([{ ...date!, ...change }], text);
    expect(valid).toHaveLength(0);
    expect(rejected[0]!.error).toMatch(error);
  });
});
