// The visible text of an HTML page: scripts, styles and hidden blocks dropped, block elements
// on their own lines, entities decoded. Offsets of facts then refer to this text.
//
// The page is read by htmlparser2's tokenizer, a state machine that passes over the input once: an
// unclosed "<!--", "<a " or '<svg a="' (which made the regexes used before backtrack for seconds on
// a few hundred KB) costs the same as any other text, and scripts, comments and CDATA are read the
// way browsers read them. This module is loaded only when an input is HTML.
import { Parser } from 'htmlparser2';

// elements whose content is never shown
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);
// elements that start a new line of text
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'title', 'dd', 'dt', 'figcaption',
]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  // depth inside hidden elements; a title inside <head> is hidden with it
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}
