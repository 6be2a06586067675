// What the lexicon builders (scripts/build-*-lexicon.mjs) share: reading a source, from the web or a local copy,
// and RFC 4180 CSV (quoted fields may hold commas and line breaks).
import { readFileSync } from 'node:fs';

/** A source's text: an http(s) address is downloaded, anything else read as a local file. */
export async function loadText(source) {
  if (/^https?:/.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: ${res.status}`);
    return res.text();
  }
  return readFileSync(source, 'utf8');
}

/** One object a row, keyed by the header. */
export function parseCsv(text) {
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
