// The shell every HTML report shares: one self-contained page, no network. A Content-Security-Policy
// allows only the page's own inline style and script (by hash), so nothing can load from outside
// and nothing injected can run.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../export/html-cells.js';

// escaping lives with the cells, which the registry's presentations load without the report code
export { classOf, escapeHtml } from '../export/html-cells.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const BASE_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.meta span + span::before { content: " · "; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); border-radius: 6px; font-size: 14px; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f4; font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; background: #eef1f4; }
tbody tr:hover { background: #f6f8fa; }
.empty { color: var(--muted); font-style: italic; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #eef1f4; margin: 0 4px 4px 0; font-size: 13px; }
.bad { color: #b42318; }
.good { color: #1a7f37; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
`;

export interface PageOptions {
  title: string;
  body: string;
  css?: string;
  script?: string;
}

/** A complete HTML document; its CSP pins the inline style and script by hash. */
export function htmlPage({ title, body, css = '', script }: PageOptions): string {
  const style = BASE_CSS + css;
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${script ? sha256(script) : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="generator" content="newsfacts">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>\n` : ''}</body>
</html>
`;
}

