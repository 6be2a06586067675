import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rx, source } from '../../src/util/regex.js';

describe('rx: a pattern written over lines', () => {
  it.each([
    [rx('i')`\b(?:one|two|
      three)\b`, /\b(?:one|two|three)\b/i],
    [rx('g')`^\d{1,2}/
        \d{4}$`, /^\d{1,2}\/\d{4}$/g],
    [rx()`a ${'b|c'} ${/\s+d/}`, /a b|c \s+d/],
  ])('%s compiles to %s', (written, expected) => {
    expect(written.source).toBe(expected.source);
    expect(written.flags).toBe(expected.flags);
  });

  it('keeps a space written before a line break and drops only the indentation after it', () => {
    const pattern = rx()`killed 
      people`;
    expect(pattern.test('killed people')).toBe(true);
    expect(pattern.test('killedpeople')).toBe(false);
  });

  it('builds sources for larger patterns', () => {
    expect(source`(?:a|
      b)`).toBe('(?:a|b)');
  });
});

describe('pattern sources', () => {
  // a "\b" written through a tool that read it as an escape lands as a backspace, and the pattern silently never matches
  it('hold no control characters', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    const withControl = files.filter((f) => /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(readFileSync(join(root, f), 'utf8')));
    expect(withControl).toEqual([]);
  });
});
