// JUnit XML for CI systems. Its test cases are the gate's checks (one per --min-f1 threshold, one per
// type compared with --baseline, one per article that could not be loaded), so the report fails exactly
// when `extract eval` exits 1. What each article missed is listed as output, not as failures: one
// test case per article, passing, with its misses, spurious facts, wrong values and totals in
// <system-out>; a threshold or baseline case lists the articles behind a failing type the same way.
import type { EvalReport } from '../validate/score.js';
import { describeItem } from './eval-report.js';
import type { GateCheck } from './gate.js';
import { registeredTypes } from '../facts/registry.js';

// XML 1.0 cannot hold most control characters even escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
export const escapeXml = (s: string | number): string => String(s).replace(INVALID_XML, '').replace(/[&<>"'\r]/g, (c) => XML_ENTITY[c]!);

interface Case { name: string; classname: string; failure?: string; error?: string; out: string[] }

/** Per article: the lines of what it got wrong, by type ("casualty" or "totals.killed"). */
function problemsByType(report: EvalReport): Map<string, Array<{ article: string; lines: string[] }>> {
  const byType = new Map<string, Array<{ article: string; lines: string[] }>>();
  const add = (type: string, article: string, lines: string[]): void => {
    if (lines.length === 0) return;
    const list = byType.get(type) ?? [];
    list.push({ article, lines });
    byType.set(type, list);
  };
  for (const a of report.perArticle) {
    for (const type of Object.keys(a.counts)) {
      const items = a.items?.[type];
      const c = a.counts[type]!;
      const listed = [
        ...(items?.missed.map((i) => `missed: ${describeItem(i)}`) ?? []),
        ...(items?.spurious.map((i) => `spurious: ${describeItem(i)}`) ?? []),
        // a matched item with a gold value of its own is a wrong value (dates)
        ...(items?.matched.filter((i) => i.expected !== undefined).map((i) => `wrong value: ${describeItem(i)}`) ?? []),
      ];
      // reports without items still say how many
      add(type, a.id, listed.length || (!c.fn && !c.fp) ? listed : [`${c.fn} missed, ${c.fp} spurious`]);
    }
    for (const [kind, t] of Object.entries(a.totals)) {
      if (t.expected !== t.got) add(`totals.${kind}`, a.id, [`totals.${kind}: got ${t.got}, gold ${t.expected}`]);
    }
  }
  return byType;
}

/** The types a check's score is made of ("overall": all of them; a value measure, "date.value": its type). */
function typesBehind(type: string, all: string[]): string[] {
  if (type === 'overall') return all.filter((t) => !t.startsWith('totals.'));
  const valued = registeredTypes().find((t) => t.score?.valueMeasure === type);
  return [valued ? valued.type : type];
}

export function junitXml(report: EvalReport, checks: readonly GateCheck[] = [], suiteName = 'newsfacts eval'): string {
  const problems = problemsByType(report);
  const cases: Case[] = [];
  for (const check of checks) {
    const c: Case = { name: check.name, classname: `gate.${check.kind}`, out: [] };
    if (check.kind === 'load') c.error = check.message;
    else if (!check.passed) c.failure = check.message;
    if (check.type && !check.passed) {
      for (const type of typesBehind(check.type, [...problems.keys()])) {
        for (const p of problems.get(type) ?? []) c.out.push(`${p.article} (${type})`, ...p.lines.map((l) => `  ${l}`));
      }
    }
    if (check.passed) c.out.unshift(check.message);
    cases.push(c);
  }
  for (const a of report.perArticle) {
    const out = [...problems].flatMap(([type, list]) =>
      list
        .filter((p) => p.article === a.id)
        .flatMap((p) => p.lines.map((l) => (type.startsWith('totals.') ? l : `${type} ${l}`))),
    );
    cases.push({ name: a.id, classname: 'article', out: out.length ? out : ['all matched'] });
  }
  const failed = cases.filter((c) => c.failure !== undefined).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  const body = cases
    .map((c) => {
      const parts = [
        c.failure !== undefined ? `      <failure type="gate" message="${escapeXml(c.failure)}"/>` : '',
        c.error !== undefined ? `      <error type="input" message="${escapeXml(c.error)}"/>` : '',
        c.out.length ? `      <system-out>${escapeXml(c.out.join('\n'))}</system-out>` : '',
      ].filter(Boolean);
      const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}" time="0"`;
      return parts.length ? `${open}>\n${parts.join('\n')}\n    </testcase>` : `${open}/>`;
    })
    .join('\n');
  const counts = `tests="${cases.length}" failures="${failed}" errors="${errors}" skipped="0" time="0"`;
  const name = escapeXml(suiteName);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${name}" ${counts}>\n  <testsuite name="${name}" ${counts}>\n` +
    `${body}${body ? '\n' : ''}  </testsuite>\n</testsuites>\n`
  );
}
