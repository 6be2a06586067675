// The article and index pages' own style and scripts, inlined in each page (its CSP allows them by hash).

export const ARTICLE_CSS = `
.article { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px; font-size: 16.5px;
  line-height: 2.25; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Liberation Serif", "Noto Serif", serif; }
.article .edge { white-space: normal; }
td code, td.n { white-space: nowrap; }
/* fact tables stay inside the page: long cells wrap (rule names at their hyphens), and only a table
   that still cannot fit scrolls inside its own box */
.table-wrap { max-width: 100%; overflow-x: auto; }
table.facts th { white-space: normal; }
table.facts td { overflow-wrap: anywhere; }
table.facts td code { white-space: normal; overflow-wrap: anywhere; }
table.facts td.n { white-space: nowrap; }
.in { color: #1a7f37; white-space: nowrap; }
.why { color: var(--muted); font-size: 13px; }
.note { color: var(--muted); font-size: 13.5px; margin: 8px 0 0; }
th.sort { cursor: pointer; user-select: none; }
th.sort::after { content: " ↕"; color: var(--muted); font-weight: 400; }
th.sort[aria-sort="ascending"]::after { content: " ↑"; }
th.sort[aria-sort="descending"]::after { content: " ↓"; }
td .title { display: block; font-weight: 600; }
.src { color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
mark.hl { color: inherit; background: #dde1e6; padding: 0.2em 0.3em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark.hl mark.hl { padding: 0.05em 0.2em; margin: 0; box-shadow: 0 0 0 1px rgba(0,0,0,.25); }
mark.hl::after { content: attr(data-label); font: 600 0.58em/1 system-ui, sans-serif; letter-spacing: .02em; vertical-align: middle;
  margin-left: 0.45em; color: #1f2328b0; text-transform: uppercase; }
mark.hl.cont::after { content: none; }
mark.hl:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
mark.hl.active { box-shadow: 0 0 0 2px var(--accent); }
mark.sample { cursor: default; }
.legend { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; color: var(--muted); }
.legend mark.hl { font-size: 14px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px; }
.stat { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px; min-width: 92px; }
.stat b { display: block; font-size: 20px; font-variant-numeric: tabular-nums; }
.stat span { color: var(--muted); font-size: 13px; }
.stat.killed b { color: #b42318; }
.stat.injured b { color: #b54708; }
.swatch, .dot { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 8px; vertical-align: -1px; }
.dot { border-radius: 50%; width: 9px; height: 9px; margin-right: 6px; vertical-align: 0; }
h2 .count { color: var(--muted); font-weight: 400; }
.hint { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
.card { position: absolute; z-index: 10; max-width: 360px; min-width: 220px; background: #fff; border: 1px solid var(--line);
  border-radius: 8px; box-shadow: 0 8px 24px rgba(31,35,40,.18); font-size: 13px; line-height: 1.45; overflow: hidden; }
.card[hidden] { display: none; }
.card-head { padding: 4px 10px; font-weight: 700; font-size: 12px; letter-spacing: .03em; }
.card-head span { font-weight: 400; color: #1f2328b0; margin-left: 6px; }
.card-text { margin: 6px 10px 2px; font-family: Georgia, serif; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 10px 8px; }
.card dt { color: var(--muted); }
.card dd { margin: 0; overflow-wrap: anywhere; }
.rejected { background: #fff4e5; border: 1px solid #f5c27a; border-radius: 8px; padding: 8px 14px; }
nav.back { margin-bottom: 10px; font-size: 14px; }
`;

// Shows the fact card of the innermost highlight under the pointer or with keyboard focus.
export const ARTICLE_SCRIPT = `(function () {
  var shown = null, mark = null;
  function hide() { if (shown) { shown.hidden = true; shown = null; } if (mark) { mark.classList.remove('active'); mark = null; } }
  function show(m) {
    if (m === mark) return;
    hide();
    var card = document.getElementById(m.getAttribute('aria-describedby'));
    if (!card) return;
    card.hidden = false;
    var r = m.getBoundingClientRect(), w = card.offsetWidth, h = card.offsetHeight;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    card.style.left = (left + window.scrollX) + 'px';
    card.style.top = (top + window.scrollY) + 'px';
    shown = card; mark = m; m.classList.add('active');
  }
  function markOf(target) { return target && target.closest ? target.closest('.article mark.hl') : null; }
  document.addEventListener('mouseover', function (ev) { var m = markOf(ev.target); if (m) show(m); else if (!(shown && shown.contains(ev.target))) hide(); });
  document.addEventListener('focusin', function (ev) { var m = markOf(ev.target); if (m) show(m); else hide(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') hide(); });
})();`;


// Sorts the index by the column whose header is clicked (or activated with Enter or Space); numbers
// numerically, text alphabetically; a second activation reverses; rows without a value go last.
export const INDEX_SCRIPT = `(function () {
  var table = document.getElementById('articles');
  if (!table) return;
  var heads = table.tHead.rows[0].cells;
  function sortBy(i) {
    var th = heads[i], numeric = th.classList.contains('n');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    function key(r) {
      var c = r.cells[i], v = c ? c.getAttribute('data-v') : null;
      return v === null ? null : numeric ? Number(v) : v;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (numeric ? x - y : x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' })) * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.classList.add('sort');
    th.tabIndex = 0;
    th.addEventListener('click', function () { sortBy(i); });
    th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sortBy(i); } });
  });
})();`;
