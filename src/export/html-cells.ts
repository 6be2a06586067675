// Small pieces of the HTML report's cells, shared by the report and the fact types' presentations
// (light: the main thread loads them with the registry, without the report code).

const AMP = /[&<>"'\r]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/**
 * Text or attribute value, escaped. A carriage return becomes `&#13;`: the HTML parser would
 * otherwise turn "\r\n" into "\n" and the page text would no longer match the article's offsets.
 */
export const escapeHtml = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace(AMP, (c) => ENTITY[c]!);

const e = escapeHtml;

/** A CSS-safe class suffix for a type name. */
export const classOf = (type: string): string => type.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The value, escaped, or a dash for none. */
export const orDash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '<span class="empty">–</span>' : e(value);

/** A link to another fact's first highlight. */
export const factLink = (id: string): string => `<a href="#m-${e(id)}"><code>${e(id)}</code></a>`;
