// JUnit XML for CI systems: one test case per article and type, failing when that article has
// misses or spurious facts of that type (or a wrong date value, or a wrong total).
import type { ArticleFailure } from '../io/inputs.js';
import type { EvalReport } from '../validate/score.js';
import { describeItem } from './eval-report.js';

// XML 1.0 cannot hold most control characters even escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
export const escapeXml = (s: string | number): string => String(s).replace(INVALID_XML, '').replace(/[&<>"'\r]/g, (c) => XML_ENTITY[c]!);

interface Case { name: string; classname: string; failure?: { message: string; details: string }; error?: string }

export function junitXml(report: EvalReport, failures: readonly ArticleFailure[] = [], suiteName = 'newsfacts eval'): string {
  const cases: Case[] = [];
  for (const article of report.perArticle) {
    for (const [type, c] of Object.entries(article.counts)) {
      const items = article.items?.[type];
      const wrongValues = type === 'date' ? (items?.matched.filter((i) => i.expected !== undefined) ?? []) : [];
      const problems = [c.fn ? `${c.fn} missed` : '', c.fp ? `${c.fp} spurious` : '', wrongValues.length ? `${wrongValues.length} with another value` : ''].filter(Boolean);
      const testCase: Case = { name: type, classname: article.id };
      if (problems.length) {
        const details = [
          ...(items?.missed.map((i) => `missed: ${describeItem(i)}`) ?? []),
          ...(items?.spurious.map((i) => `spurious: ${describeItem(i)}`) ?? []),
          ...wrongValues.map((i) => `wrong value: ${describeItem(i)}`),
        ];
        testCase.failure = { message: `${type}: ${problems.join(', ')} (${c.tp} matched)`, details: details.join('\n') };
      }
      cases.push(testCase);
    }
    for (const [kind, t] of Object.entries(article.totals)) {
      const testCase: Case = { name: `totals.${kind}`, classname: article.id };
      if (t.expected !== t.got) testCase.failure = { message: `totals.${kind}: got ${t.got}, gold ${t.expected}`, details: '' };
      cases.push(testCase);
    }
  }
  for (const f of failures) cases.push({ name: 'load', classname: f.id, error: f.error });
  const failed = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error).length;
  const body = cases
    .map((c) => {
      const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}" time="0"`;
      if (c.failure) return `${open}>\n      <failure type="extraction" message="${escapeXml(c.failure.message)}">${escapeXml(c.failure.details)}</failure>\n    </testcase>`;
      if (c.error) return `${open}>\n      <error type="input" message="${escapeXml(c.error)}"/>\n    </testcase>`;
      return `${open}/>`;
    })
    .join('\n');
  const counts = `tests="${cases.length}" failures="${failed}" errors="${errors}" skipped="0" time="0"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(suiteName)}" ${counts}>\n  <testsuite name="${escapeXml(suiteName)}" ${counts}>\n${body}${body ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}
