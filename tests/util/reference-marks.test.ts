// An encyclopedia's reference marks are read past, the text and its offsets kept as they are.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { withoutReferenceMarks } from '../../src/util/reference-marks.js';
import { factsOf } from '../helpers.js';

describe('reference marks', () => {
  it.each([
    ['condemned by the Ministry of the Interior.[2] Police said', 'condemned by the Ministry of the Interior.    Police said'],
    ['the blast,[14] which', 'the blast,     which'],
    ['"We will stay."[3]', '"We will stay."   '],
  ])('blanks the mark in %j', (text, parsed) => {
    expect(withoutReferenceMarks(text)).toBe(parsed);
  });

  it.each([
    'an array [2] of numbers',
    'the clause [a] applies',
    'in [Tom] Hale’s words',
    'version [1234] failed',
  ])('leaves other brackets alone: %j', (text) => {
    expect(withoutReferenceMarks(text)).toBe(text);
  });

  it('ends the sentence at the full stop before the mark, and the name before it', () => {
    const text = 'The attack was condemned by the Kelby Ministry of the Interior.[2] Police said the road was shut.';
    const ctx = createContext(text);
    expect(ctx.text).toBe(text);
    expect(ctx.sentences.map((s) => s.text)).toEqual([
      'The attack was condemned by the Kelby Ministry of the Interior.', 'Police said the road was shut.',
    ]);
    expect(factsOf(text, 'organisation').map((o) => o.name)).toEqual(['Kelby Ministry of the Interior']);
  });
});
