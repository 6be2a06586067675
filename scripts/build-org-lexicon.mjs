#!/usr/bin/env node
// Rebuilds src/facts/names/data/listed-companies.ts: the names of the companies listed on U.S. exchanges
// (Nasdaq, NYSE, NYSE American, NYSE Arca, Cboe), from the Nasdaq Trader symbol directory as republished
// by the Frictionless Data "datasets" project under ODC-PDDL-1.0 (public domain dedication).
//   node scripts/build-org-lexicon.mjs                          downloads both lists
//   node scripts/build-org-lexicon.mjs NASDAQ.csv OTHER.csv     uses local copies
// Every security is kept except funds and test issues; a name is cut to its issuer ("Acme Corp - Class A
// Common Stock" → "Acme Corp"), then to the name without its legal form ("Acme Corp" → "Acme").
// A one-word name that is an English word ("Target", "Apple", per the word-list package) is marked
// ambiguous with a leading "~": the extractor needs context before it believes it.
import { readFileSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = [
  'https://raw.githubusercontent.com/datasets/nasdaq-listings/main/data/nasdaq-listed-symbols.csv',
  'https://raw.githubusercontent.com/datasets/nyse-other-listings/main/data/other-listed.csv',
];
const out = join(root, 'src', 'facts', 'names', 'data', 'listed-companies.ts');

/** RFC 4180 rows: quoted fields may hold commas. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])));
}

// what follows the issuer's name in a security's name
const SECURITY = /\s+(?:-\s.*|(?:Common|Ordinary|Class [A-Z]\b|American Depositary|Depositary|Units?\b|Warrants?\b|Rights?\b|Preferred|Subordinated|Senior|Notes?\b|Shares?\b|\d[\d.]*%|Series\b|Beneficial|When[- ]Issued|Fixed|Floating|Each\b|ADS\b|ADR\b|Sponsored|Subscription|Contingent|Perpetual|Cumulative|Non-?Cumulative|Exchangeable|Convertible|Voting|Limited Partnership|Tracking|Stock\b).*)$/i;
// funds, trusts and shells: not companies a news story names
const NOT_A_COMPANY = /\b(?:ETF|ETN|Fund|Funds|Trust|Index|Portfolio|Acquisition|Income|Municipal|Treasury|Bond|Bonds|Strategy|Strategies|Opportunities|Dividend|Yield|Futures|Notes|Capital Corp(?:oration)? [IVX]+|Merger|SPAC|Royalty|Proshares|iShares|Leveraged|Inverse|Bull|Bear|2X|3X)\b/i;
// a legal form or a word of kind at the end, dropped one at a time: "Goldman Sachs Group, Inc. (The)" → "Goldman Sachs"
const LEGAL = /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Companies|Ltd|Limited|plc|PLC|P\.L\.C|LLC|L\.L\.C|L\.?P|N\.?V|S\.?A|A\.?G|SE|S\.p\.A|A\/S|ASA|AB|Oyj|Holdings?|Group|Bancorp|Bancshares|\(The\)|\(Holding Company\)|\(New\)|New|International|Intl|Enterprises|Worldwide|Global)\.?|\s*\([^)]*\)|\s*&\s*Co\.?|,)$/;
// a base this short or this generic names nothing by itself
const TOO_GENERIC = /^(?:[A-Z]{1,2}|The|First|National|United|American|General|Global|International|New|Capital|Energy|Group|Holdings)$/;

function baseName(raw) {
  let name = raw.replace(/\s+/g, ' ').trim().replace(SECURITY, '').trim();
  if (NOT_A_COMPANY.test(name)) return null;
  // whatever follows a legal form is the security's description: "Bank of America Corporation Non" (not "… of Florida")
  name = name.replace(/^(.*?\S),?\s*\b(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|N\.V|S\.A)\b\.*(?!\s+of\b)(?:[\s,].*)?$/i, '$1').replace(/[.,\s]+$/, '');
  let prev;
  do {
    prev = name;
    name = name.replace(LEGAL, '').trim();
  } while (name !== prev);
  name = name.replace(/^The /, '');
  if (name.length < 3 || TOO_GENERIC.test(name) || !/^[A-Z0-9]/.test(name)) return null;
  return name;
}

async function load(source) {
  if (/^https?:/.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: ${res.status}`);
    return res.text();
  }
  return readFileSync(source, 'utf8');
}

const inputs = process.argv.slice(2).length ? process.argv.slice(2) : SOURCES;
const names = new Set();
for (const source of inputs) {
  for (const row of parseCsv(await load(source))) {
    if (row.ETF === 'Y' || row['Test Issue'] === 'Y') continue;
    const name = baseName(row['Company Name'] || row['Security Name'] || '');
    if (name) names.add(name);
  }
}
const english = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const ambiguous = (name) => !/[\s-]/.test(name) && english.has(name.toLowerCase());
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en')).map((n) => (ambiguous(n) ? `~${n}` : n));
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  out,
  `// Generated by scripts/build-org-lexicon.mjs on ${today}: do not edit. See README.md in this folder.\n` +
    `// ${sorted.length} names of companies listed on U.S. exchanges, one a line (Nasdaq Trader symbol directory,\n` +
    `// via github.com/datasets/nasdaq-listings and github.com/datasets/nyse-other-listings, ODC-PDDL-1.0).\n` +
    `export const LISTED_COMPANIES = ${JSON.stringify(sorted.join('\n'))};\n`,
);
console.log(`${sorted.length} names → ${out}`);
