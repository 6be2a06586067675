// Output names from article ids that can never leave the output folder.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileName(id: string): string {
  let name = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  if (name === '' || RESERVED.test(name)) name = `_${name}`;
  return name;
}
