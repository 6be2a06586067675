// The parse is cut into bounded pieces before compromise sees it, so no shape of text (one endless
// sentence, runs of "J. " or "Mr. ", runs of capitalised or hyphenated words) can make it superlinear.
// Timing lives in scripts/shapes.mjs; these check the bounds and that offsets stay true.
import { describe, expect, it } from 'vitest';
import { createContext, pieces, PIECE_CHARS } from '../../src/context.js';
import { extract } from '../../src/pipeline.js';

const fit = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const SHAPES: Array<[string, string]> = [
  ['one sentence, no full stop', fit('the patrol walked along the river road and ', 20_000)],
  ['initials', fit('J. ', 20_000)],
  ['titles', fit('Mr. ', 20_000)],
  ['capitalised particles', fit('Al Bin Ul El ', 20_000)],
  ['hyphenated name tokens', fit('Abu-Bakr-al-Din ', 20_000)],
  ['one word', 'x'.repeat(20_000)],
  ['emoji with no spaces', '😀'.repeat(10_000)],
  ['ordinary prose', fit('Two people were injured on Tuesday in the city, police said.\n', 20_000)],
];

describe('pieces', () => {
  it.each(SHAPES)('%s: pieces cover the text, each at most PIECE_CHARS, no surrogate pair cut', (_, text) => {
    const cut = pieces(text);
    expect(cut[0]![0]).toBe(0);
    expect(cut.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < cut.length; i++) {
      const [from, to] = cut[i]!;
      expect(to - from).toBeLessThanOrEqual(PIECE_CHARS);
      if (i > 0) expect(from).toBe(cut[i - 1]![1]);
      if (to < text.length) expect(text.charCodeAt(to)).not.toSatisfy((c: number) => c >= 0xdc00 && c <= 0xdfff);
    }
  });

  it.each<[string, string, RegExp]>([
    ['a line break', `${'Ten people were hurt. '.repeat(100)}\n${'More text here. '.repeat(300)}`, /\n$/],
    ['a full stop after a word, not after "Mr."', fit('Mr. Lee met officials. ', 6_000), /officials\. $/],
    ['a comma when there is no full stop', fit('in the north, ', 6_000), /, $/],
  ])('a piece ends at %s where it can', (_, text, end) => {
    const [from, to] = pieces(text)[0]!;
    expect(text.slice(from, to)).toMatch(end);
  });

  it('a short article is one piece, parsed as before', () => {
    expect(pieces('Two people were injured on Tuesday.')).toEqual([[0, 35]]);
  });
});

describe('the parse of hostile shapes', () => {
  it.each(SHAPES)('%s: sentences bounded, offsets true, valid result', (_, text) => {
    const ctx = createContext(text, '2025-08-13');
    for (const s of ctx.sentences) expect(s.end - s.start).toBeLessThanOrEqual(PIECE_CHARS);
    for (const t of ctx.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(extract(text, { published: '2025-08-13' }).validation.rejected).toEqual([]);
  });
});

describe('passes over many facts', () => {
  it('a list of thousands of group names gives each its own organisation', () => {
    let text = 'The groups: ';
    for (let i = 0; i < 3_000; i++) text += `Alpha${i} Group, `;
    const orgs = extract(text).facts.filter((f) => f.type === 'organisation');
    expect(orgs.length).toBeGreaterThan(2_900);
    expect(new Set(orgs.map((o) => o.type === 'organisation' && o.name)).size).toBe(orgs.length);
  });

  it('repeated dated casualty sentences each link their own date and place', () => {
    const text = fit('On 3 March 2024, five people were killed in Darvel. ', 40_000);
    const casualties = extract(text, { published: '2025-08-13' }).facts.filter((f) => f.type === 'casualty');
    expect(casualties.length).toBeGreaterThan(700);
    for (const c of casualties) {
      if (c.type !== 'casualty') continue;
      expect(c.date?.value).toBe('2024-03-03');
      expect(c.date!.start).toBeLessThan(c.start);
      expect(c.start - c.date!.start).toBeLessThan(40);
    }
  });
});

describe('the context holds the text unchanged (V8 holds it two-byte, so each pattern compiles once)', () => {
  it.each([
    ['plain ASCII', 'Two people were injured on Tuesday, police said.'],
    ['curly quotes and dashes', 'Two people were injured on Tuesday — “a shock”, police said.'],
    ['short', 'He died.'],
    ['empty', ''],
    ['an emoji and a lone surrogate', 'Fire 🔥 at \ud800 the port.'],
  ])('%s', (_, text) => {
    const ctx = createContext(text);
    expect(ctx.text).toBe(text);
    for (const s of ctx.sentences) expect(s.text).toBe(text.slice(s.start, s.end));
    for (const t of ctx.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
