// The evaluation diff: scoring returns the items behind its counts, the HTML/Markdown/JUnit reports
// list them, and --baseline fails (exit 1) on a deliberately worsened run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { aggregate, scoreArticle, type EvalReport } from '../src/validate/score.js';
import { compareWithBaseline, formatDeltas } from '../src/report/baseline.js';
import { evalHtml, evalMarkdown } from '../src/report/eval-report.js';
import { junitXml, escapeXml } from '../src/report/junit.js';
import { gateChecks } from '../src/report/gate.js';
import type { Gold } from '../src/validate/gold.js';
import { PUBLISHED } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  // (once, under CI's load, a run ended with no exit code: say how, should it happen again)
  if (r.status === null) throw new Error(`extract ${args.join(' ')}: ended by ${r.signal ?? r.error?.message}; ${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Our own sentences (not from any corpus): two casualty figures and a date.
const TEXT = 'On Monday, storms killed six farmers in the valley. Rescuers said nine people were injured.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const GOLD: Gold = {
  dates: [{ ...span('Monday'), value: '2025-08-11' }],
  casualties: [
    { kind: 'killed', count: 6, subset: false },
    { kind: 'injured', count: 9, subset: false },
    { kind: 'killed', count: 40, subset: false, text: 'forty more' },
  ],
  totals: { killed: 6, injured: 9 },
};

describe('scoreArticle items', () => {
  const score = scoreArticle(extract(TEXT, { id: 'storm', published: PUBLISHED }), GOLD);

  it('lists as many matched, missed and spurious items as its counts say', () => {
    for (const [type, counts] of Object.entries(score.counts)) {
      const items = score.items[type]!;
      expect([items.matched.length, items.spurious.length, items.missed.length], type).toEqual([counts.tp, counts.fp, counts.fn]);
    }
  });

  it('names the missed gold figure and the matched facts with their ids', () => {
    expect(score.items.casualty!.missed).toEqual([{ text: 'forty more', value: 'killed 40' }]);
    expect(score.items.casualty!.matched.map((i) => i.value).sort()).toEqual(['injured 9', 'killed 6']);
    expect(score.items.casualty!.matched.every((i) => /^casualty-\d+$/.test(i.fact ?? ''))).toBe(true);
    expect(score.items.date!.matched).toEqual([expect.objectContaining({ text: 'Monday', start: 3, end: 9, value: '2025-08-11' })]);
  });

  it('marks a matched date whose value differs from the gold', () => {
    const wrong = scoreArticle(extract(TEXT, { id: 'storm', published: PUBLISHED }), { dates: [{ ...span('Monday'), value: '2025-08-04' }] });
    expect(wrong.items.date!.matched[0]).toMatchObject({ value: '2025-08-11', expected: '2025-08-04' });
    expect(wrong.dateValues).toEqual({ correct: 0, matched: 1 });
  });

  it('counts a mention span once even when two facts share it', () => {
    const text = 'Anna Berg met Carl Lund.';
    const s = scoreArticle(extract(text, { id: 'm' }), { mentions: [{ start: 0, end: 9, text: 'Anna Berg', type: 'person' }] });
    expect(s.counts.person!.tp).toBe(s.items.person!.matched.length);
    expect(s.items.person!.missed.length + s.items.person!.matched.length).toBe(1);
  });
});

const reportWith = (f1: Record<string, number>): EvalReport => {
  const types = Object.fromEntries(Object.entries(f1).map(([t, v]) => [t, { tp: 1, fp: 0, fn: 0, precision: v, recall: v, f1: v }]));
  return { articles: 1, types, dateValueAccuracy: null, totals: {}, perArticle: [] };
};

describe('compareWithBaseline', () => {
  it.each([
    ['a drop beyond the tolerance regresses', { person: 0.8 }, { person: 0.7 }, 0, ['person']],
    ['a drop within the tolerance passes', { person: 0.8 }, { person: 0.79 }, 0.02, []],
    ['equal scores pass at tolerance 0', { person: 0.8, date: 1 }, { person: 0.8, date: 1 }, 0, []],
    ['a gain passes', { person: 0.5 }, { person: 0.9 }, 0, []],
    ['a type no longer scored regresses', { person: 0.8, date: 0.9 }, { person: 0.8 }, 0, ['date']],
    ['a new type is reported, not a regression', { person: 0.8 }, { person: 0.8, date: 0.1 }, 0, []],
  ])('%s', (_, before, now, tolerance, regressed) => {
    const deltas = compareWithBaseline(reportWith(now), { types: Object.fromEntries(Object.entries(before).map(([t, f1]) => [t, { f1 }])) }, tolerance);
    expect(deltas.filter((d) => d.regressed).map((d) => d.type)).toEqual(regressed);
    expect(formatDeltas(deltas, tolerance)).toMatch(regressed.length ? /REGRESSED/ : /^(?![\s\S]*REGRESSED)/);
  });

  it('compares totals accuracy too', () => {
    const now: EvalReport = { ...reportWith({}), totals: { killed: { correct: 0, total: 1, accuracy: 0 } } };
    const deltas = compareWithBaseline(now, { types: {}, totals: { killed: { accuracy: 1 } } });
    expect(deltas).toEqual([{ type: 'totals.killed', baseline: 1, current: 0, delta: -1, regressed: true }]);
  });
});

describe('reports', () => {
  const score = scoreArticle(extract(TEXT, { id: 'storm <1>', published: PUBLISHED }), GOLD);
  const report = aggregate([score]);
  const failures = [{ id: 'bad.gold.json', source: 'bad.gold.json', error: 'malformed gold' }];

  it('HTML: scores table first, then per article the three lists, all escaped', () => {
    const html = evalHtml({ report, failures, title: 'dev <corpus>' });
    expect(html.indexOf('<table class="scores">')).toBeLessThan(html.indexOf('<details class="article"'));
    expect(html).toContain('<b>storm &lt;1&gt;</b>');
    expect(html).toContain('Evaluation: dev &lt;corpus&gt;');
    expect(html).toMatch(/missed \(false negatives\) 1<\/h4><ul><li>“forty more”/);
    expect(html).toMatch(/matched \(true positives\) 2<\/h4>/);
    expect(html).toContain('malformed gold');
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });

  it('Markdown: scores table and the per-article lists, with baseline deltas', () => {
    const deltas = compareWithBaseline(report, { types: { casualty: { f1: 1 } } });
    const text = evalMarkdown({ report, failures, title: 'dev', deltas });
    expect(text).toMatch(/^# Evaluation: dev\n/);
    expect(text).toMatch(/\| casualty \| 100\.0 \| 66\.7 \| \*\*80\.0\*\* \| 2 \| 0 \| 1 \| 100\.0 \| \*\*−20\.0\*\* ❌ \|/);
    expect(text).toContain('**Regressed against the baseline: casualty**');
    expect(text).toContain('### storm \\<1\\>');
    expect(text).toContain('  - missed: “forty more” → killed 40');
  });

  it('JUnit: the gate\'s checks are its test cases; articles pass, with their misses as output', () => {
    const checks = gateChecks(report, { casualty: 0.9, date: 0.5 }, null, 0, failures);
    const xml = junitXml(report, checks);
    const cases = xml.match(/<testcase [^>]*>/g)!;
    expect(cases).toHaveLength(2 + failures.length + report.perArticle.length);
    expect(xml).toMatch(/<testcase classname="gate.threshold" name="min-f1 casualty" time="0">\n\s*<failure type="gate" message="casualty: 80.0 &lt; 90.0"\/>\n\s*<system-out>storm &lt;1&gt; \(casualty\)\n  missed: “forty more” → killed 40<\/system-out>/);
    expect(xml).toMatch(/<testcase classname="gate.threshold" name="min-f1 date" time="0">\n\s*<system-out>date: 100.0 ≥ 50.0<\/system-out>/);
    expect(xml).toMatch(/<testcase classname="gate.load" name="load bad.gold.json" time="0">\n\s*<error type="input" message="malformed gold"\/>/);
    expect(xml).toMatch(/<testcase classname="article" name="storm &lt;1&gt;" time="0">\n\s*<system-out>casualty missed: “forty more” → killed 40<\/system-out>/);
    expect(xml).toMatch(/<testsuites name="newsfacts eval" tests="\d+" failures="1" errors="1"/);
  });

  it.each([
    ['no checks: misses alone never fail', {}, null, 0],
    ['a threshold met', { overall: 0.5 }, null, 0],
    ['a threshold missed', { casualty: 0.81 }, null, 1],
    ['a type no longer scored', { person: 0.1 }, null, 1],
    ['a baseline drop within tolerance', {}, { casualty: 0.85 }, 0],
    ['a baseline drop beyond it', {}, { casualty: 0.95 }, 1],
  ])('JUnit failures agree with the gate: %s', (_, thresholds, before, failed) => {
    const deltas = before ? compareWithBaseline(report, { types: Object.fromEntries(Object.entries(before).map(([t, f1]) => [t, { f1 }])) }, 0.1) : null;
    const checks = gateChecks(report, thresholds, deltas, 0.1, []);
    expect(checks.filter((c) => !c.passed)).toHaveLength(failed);
    expect(junitXml(report, checks)).toMatch(new RegExp(`<testsuites [^>]*failures="${failed}" errors="0"`));
  });

  it.each([
    ['a<b & "c"', 'a&lt;b &amp; &quot;c&quot;'],
    ['bell\u0007 and \uD800 lone', 'bell and  lone'],
  ])('escapeXml(%j)', (input, output) => expect(escapeXml(input)).toBe(output));
});

describe('extract eval --baseline (CLI)', () => {
  /** A fixture folder: our article and its gold. */
  function fixture(text: string): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'storm.txt'), text);
    writeFileSync(join(dir, 'storm.gold.json'), JSON.stringify({ ...GOLD, published: PUBLISHED }));
    return dir;
  }

  it('passes against its own report and fails (exit 1) on a deliberately worsened run, printing the deltas', () => {
    const dir = tempDir();
    const baseline = join(dir, 'baseline.json');
    const good = fixture(TEXT);
    expect(run(['eval', good, '--report', baseline]).code).toBe(0);
    const same = run(['eval', good, '--baseline', baseline]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toMatch(/casualty\s+80\.0\s+80\.0\s+±0\.0/);

    // worsened: the injured figure is no longer stated, so the run finds less of the same gold
    const worse = fixture(TEXT.replace('nine people were injured', 'the roads were closed'));
    const r = run(['eval', worse, '--baseline', baseline, '--markdown', join(dir, 'eval.md'), '--junit', join(dir, 'junit.xml'), '--html', join(dir, 'eval.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/casualty\s+80\.0\s+50\.0\s+−30\.0  REGRESSED/);
    expect(r.stderr).toMatch(/regressed against the baseline: casualty/);
    expect(readFileSync(join(dir, 'eval.md'), 'utf8')).toContain('**Regressed against the baseline: casualty');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/name="baseline casualty" time="0">\n\s*<failure type="gate" message="casualty: 80.0 → 50.0 \(tolerance 0.0 points\)"/);
    expect(readFileSync(join(dir, 'eval.html'), 'utf8')).toContain('<tr class="regressed"><td>casualty</td>');

    // tolerance is per type: 35 points covers the casualty drop, not the lost injured total
    const within = run(['eval', worse, '--baseline', baseline, '--tolerance', '35']);
    expect(within.code).toBe(1);
    expect(within.stderr).toMatch(/^casualty\s+80\.0\s+50\.0\s+−30\.0$/m);
    expect(within.stderr).toMatch(/^totals\.injured\s+100\.0\s+0\.0\s+−100\.0  REGRESSED$/m);
    expect(run(['eval', worse, '--baseline', baseline, '--tolerance', '100']).code).toBe(0);
  });

  it('--tolerance is points of F1 below 1 too: 0.5 is half a point, not fifty', () => {
    const dir = tempDir();
    const baseline = join(dir, 'baseline.json');
    expect(run(['eval', fixture(TEXT), '--report', baseline]).code).toBe(0);
    const worse = fixture(TEXT.replace('nine people were injured', 'the roads were closed'));
    const r = run(['eval', worse, '--baseline', baseline, '--tolerance', '0.5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tolerance 0.5 points of F1');
    expect(r.stderr).toMatch(/casualty\s+80\.0\s+50\.0\s+−30\.0  REGRESSED/);
  });

  it('JUnit fails exactly when the exit code does, and shows baseline regressions', () => {
    const dir = tempDir();
    const baseline = join(dir, 'baseline.json');
    expect(run(['eval', fixture(TEXT), '--report', baseline]).code).toBe(0);
    const worse = fixture(TEXT.replace('nine people were injured', 'the roads were closed'));
    for (const [args, code] of [[['--min-f1', '0.3'], 0], [['--min-f1', '0.7'], 1], [['--baseline', baseline, '--tolerance', '100'], 0], [['--baseline', baseline], 1]] as const) {
      const junit = join(dir, `junit-${args.join('')}.xml`.replace(/[^\w.-]/g, '_'));
      const r = run(['eval', worse, ...args, '--junit', junit]);
      expect(r.code, args.join(' ')).toBe(code);
      const xml = readFileSync(junit, 'utf8');
      const failed = Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]);
      expect(failed > 0, `${args.join(' ')}: ${xml}`).toBe(code === 1);
      if (args[0] === '--baseline') expect(xml).toContain('name="baseline casualty"');
    }
  });

  it.each([
    [['--baseline', 'no-such.json'], /--baseline no-such\.json: no such file/],
    [['--tolerance', '-1'], /--tolerance must be points of F1 from 0 to 100/],
    [['--tolerance', '101'], /--tolerance must be points of F1 from 0 to 100/],
  ])('usage error %j → exit 2', (args, message) => {
    const r = run(['eval', 'fixtures', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects a baseline that is not an eval report', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ types: { person: { f1: 'high' } } }));
    const r = run(['eval', 'fixtures', '--baseline', join(dir, 'b.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an eval report: .*types\.person\.f1/);
  });
});

describe('docs/ci.md', () => {
  it('its workflow only uses options that extract eval has', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
    const command = /npx extract eval annotated\/\n([\s\S]*?)\n\s+- name:/.exec(doc)?.[1] ?? '';
    const used = [...command.matchAll(/--[a-z][a-z0-9-]*/g)].map((m) => m[0]);
    expect(used).toEqual(expect.arrayContaining(['--baseline', '--tolerance', '--html', '--markdown', '--junit', '--report']));
    const help = run(['eval', '--help']).stdout;
    for (const option of used) expect(help, option).toContain(`${option} `);
  });
});
