// Turning bytes into article text, or a clear reason why not.

export class InputError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}

// A news article is rarely over 100 KB; parsing costs about 500 MB of memory per MB of text,
// so larger inputs are refused unless --max-bytes raises the limit.
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Text of an article file: UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else is refused. */
export function decodeArticle(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(`${name}: ${bytes.length} bytes is over the limit of ${maxBytes} (--max-bytes)`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) throw new InputError(`${name}: binary file (contains NUL bytes), not text`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw notUtf8(name);
    }
  }
  if (text.trim() === '') throw new InputError(`${name}: empty article (no text)`);
  return text;
}

/** The refusal for bytes that are not UTF-8, with the usual fix. */
export const notUtf8 = (name: string): InputError =>
  new InputError(
    `${name}: not valid UTF-8 text (if it is Windows-1252 or Latin-1, convert it: iconv -f windows-1252 -t utf-8)`,
  );

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** One JSONL line as text: strict UTF-8 like an article file (a leading BOM dropped). */
export function decodeLine(bytes: Uint8Array, where: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw notUtf8(where);
  }
}
