import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { parseCorpusLine, readTextFile } from '../../src/io/inputs.js';
import { articleRow } from '../../src/export/csv.js';

// An invented wire story whose dateline gives its date: Tuesday 2025-09-02.
const STORY = 'Storm closes ports\nHARBOR CITY 2025-09-02\nThe port reopened on Monday after the storm.';

describe('publication date: --published > sidecar or corpus field > markup > the text > none', () => {
  it('reads the dateline when no date is given, and resolves relative dates against it', () => {
    const result = extract(STORY);
    expect(result).toMatchObject({ published: '2025-09-02', published_from: 'text' });
    expect(result.published_span).toMatchObject({ text: '2025-09-02', reason: 'dateline-capitals' });
    expect(STORY.slice(result.published_span!.start, result.published_span!.end)).toBe('2025-09-02');
    const monday = result.facts.find((f) => f.type === 'date' && f.text === 'Monday');
    expect(monday).toMatchObject({ value: '2025-09-01' });
  });

  it('keeps a given date over the dateline, and says where it came from', () => {
    expect(extract(STORY, { published: '2025-10-07', published_from: 'flag' })).toMatchObject({
      published: '2025-10-07',
      published_from: 'flag',
      published_span: null,
    });
    expect(extract(STORY, { published: '2025-10-07' }).published_from).toBe('input');
  });

  it('an article that prints no date keeps published null', () => {
    const result = extract('The port reopened on Monday after the storm.');
    expect(result).toMatchObject({ published: null, published_from: null, published_span: null });
    expect(result.facts.find((f) => f.type === 'date')).toMatchObject({ value: null });
  });

  const folder = mkdtempSync(join(tmpdir(), 'newsfacts-published-'));
  const file = (name: string, text: string): string => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  it.each([
    ['sidecar', { published: '2025-01-02' }, {}, 'a.txt', '2025-01-02', 'sidecar'],
    ['flag over sidecar', { published: '2025-01-02' }, { published: '2025-03-04' }, 'b.txt', '2025-03-04', 'flag'],
    ['no sidecar: the pipeline reads the text', null, {}, 'c.txt', null, null],
  ])('a .txt file: %s', async (_, meta, options, name, published, from) => {
    const path = file(name, STORY);
    if (meta) writeFileSync(path.replace(/\.txt$/, '.meta.json'), JSON.stringify(meta));
    const item = await readTextFile(path, options);
    expect('article' in item && item.article).toMatchObject({ published, published_from: from });
  });

  it.each([
    ['<html><head><meta property="article:published_time" content="2025-05-06T09:00:00Z"></head><body><p>Body.</p></body></html>', {}, '2025-05-06', 'markup'],
    ['<html><head><meta property="article:published_time" content="2025-05-06"></head><body><p>Body.</p></body></html>', { published: '2025-03-04' }, '2025-03-04', 'flag'],
    ['<html><body><p>Body without a date.</p></body></html>', {}, null, null],
  ])('an .html page %#', async (html, options, published, from) => {
    const item = await readTextFile(file(`page${published}${from}.html`, html), options);
    expect('article' in item && item.article).toMatchObject({ published, published_from: from });
  });

  it.each([
    [{ id: 'a', text: STORY, published: '2025-01-02' }, {}, '2025-01-02', 'input'],
    [{ id: 'a', text: STORY, published: '2025-01-02' }, { published: '2025-03-04' }, '2025-03-04', 'flag'],
    [{ id: 'a', text: STORY }, {}, null, null],
  ])('a corpus line %j with %j', (line, options, published, from) => {
    const item = parseCorpusLine(JSON.stringify(line), 'corpus.jsonl:1', options);
    expect('article' in item && item.article).toMatchObject({ published, published_from: from });
  });
});

describe('articles.csv shows where the date came from', () => {
  it.each([
    [{}, '2025-09-02', 'text', '2025-09-02'],
    [{ published: '2025-10-07', published_from: 'sidecar' as const }, '2025-10-07', 'sidecar', null],
  ])('%j', (options, published, from, span) => {
    const row = articleRow(extract(STORY, options), STORY);
    expect(row).toMatchObject({ published, published_from: from, published_span: span });
  });
});
