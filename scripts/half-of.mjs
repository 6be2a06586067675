// The development corpora's split: FNV-1a over the article id's UTF-8 bytes, the same half on every machine and
// every run. Shared by eval-dev.mjs and learn-name-weights.mjs so that both read the same tune half.
export function halfOf(id) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(id, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h & 1 ? 'check' : 'tune';
}
