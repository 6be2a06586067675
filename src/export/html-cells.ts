// Small pieces of the HTML report's cells, shared by the report and the fact types' presentations.
import { escapeHtml as e } from '../report/page.js';

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The value, escaped, or a dash for none. */
export const orDash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '<span class="empty">–</span>' : e(value);

/** A link to another fact's first highlight. */
export const factLink = (id: string): string => `<a href="#m-${e(id)}"><code>${e(id)}</code></a>`;
