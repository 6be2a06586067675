// Hard-wrapped lines are read as one sentence where a line breaks inside it; the text and its offsets are kept as
// they are. Every text here is made up for the test.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { withWrappedLinesJoined } from '../../src/util/wrapped-lines.js';
import { totalsOf } from '../helpers.js';

describe('hard-wrapped lines', () => {
  it.each([
    ['killing two\nworkers', 'killing two workers'],
    ['a back\ninjury, and,\nlater', 'a back injury, and, later'],
  ])('joins the break in %j', (text, parsed) => {
    expect(withWrappedLinesJoined(text)).toBe(parsed);
  });

  it.each([
    'Casualties\nDead: 3\nInjured: 5',
    'said the mayor\nAnn Lee',
    '1. Ivo Marr 69\n2. Tom Roe 70',
    'the end.\nthe next',
  ])('leaves other breaks alone: %j', (text) => {
    expect(withWrappedLinesJoined(text)).toBe(text);
  });

  it('reads a sentence broken across lines as one, its text kept as written', () => {
    const text = 'A fire tore through a Brenmoor depot on Tuesday, killing two\nworkers. A firefighter suffered a back\n'
      + 'injury while tackling the blaze.';
    const ctx = createContext(text);
    expect(ctx.text).toBe(text);
    expect(ctx.sentences.map((s) => s.text)).toEqual([
      'A fire tore through a Brenmoor depot on Tuesday, killing two\nworkers.',
      'A firefighter suffered a back\ninjury while tackling the blaze.',
    ]);
    expect(totalsOf(text)).toEqual({ killed: 2, injured: 1 });
  });
});
