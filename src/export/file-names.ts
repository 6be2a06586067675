// Output names from article ids that can never leave the output folder.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * File systems limit a name to 255 bytes, not characters: 120 bytes leave room for a "-2" suffix,
 * the extension and the temporary name's ".NAME.PID.tmp" (80 CJK characters are 240 bytes).
 */
const MAX_NAME_BYTES = 120;

export function safeFileName(id: string): string {
  let name = cutToBytes(id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, ''), MAX_NAME_BYTES);
  if (name === '' || RESERVED.test(name)) name = `_${name}`;
  return name;
}

/** The longest prefix of whole code points that is at most `max` bytes in UTF-8. */
function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > max) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
