// The visible text of an HTML page: scripts, styles and hidden blocks dropped, block elements
// on their own lines, entities decoded. Offsets of facts then refer to this text.
import { decodeHTML } from 'entities';

// elements whose content is never shown
const HIDDEN = /<(script|style|noscript|template|head|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
// elements that start a new line of text
const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|hr|title|dd|dt|figcaption)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

export function htmlToText(html: string): string {
  const text = decodeHTML(
    html
      .replace(COMMENT, ' ')
      .replace(HIDDEN, ' ')
      .replace(BLOCK, '\n')
      .replace(TAG, ''),
  );
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}
