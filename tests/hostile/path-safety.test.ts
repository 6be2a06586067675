// Output names from article ids never leave --out-dir.
import { describe, expect, it } from 'vitest';
import { isAbsolute, join, resolve } from 'node:path';
import { safeFileName } from '../../src/export/file-names.js';

describe('file names from article ids', () => {
  it.each(['../../etc/x', '/etc/passwd', 'a/../../b', '..', '.', '', 'x\u0000y', 'CON', 'nul', 'lpt1', 'C:\\windows\\system32', '....//....//x', '.hidden'])(
    '%j stays inside the output folder',
    (id) => {
      const name = safeFileName(id);
      expect(name).not.toBe('');
      expect(name).not.toMatch(/[/\\\u0000]/);
      expect(name.startsWith('.')).toBe(false);
      expect(isAbsolute(name)).toBe(false);
      expect(/^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(name)).toBe(false);
      const out = resolve('/tmp/out');
      expect(resolve(join(out, `${name}.json`)).startsWith(`${out}/`)).toBe(true);
    },
  );

  it('keeps ordinary ids readable', () => {
    expect(safeFileName('article')).toBe('article');
    expect(safeFileName('te3-APW19980213.1310')).toBe('te3-APW19980213.1310');
    expect(safeFileName('Zürich report')).toBe('Zürich_report');
  });
});
