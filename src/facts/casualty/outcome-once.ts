// The outcome predicate (PRED: "were killed", "suffered burns", "taken to hospital") closes twenty of the casualty
// rules' patterns, and V8 compiles each pattern whole: twenty copies of its alternation were about 16 MB of machine
// code in every worker, which left the workers' capped heaps collecting again and again (docs/benchmark.md,
// forty-ninth and fiftieth sessions). Here the predicate is matched once per sentence, and each of those rules
// keeps only the part before it: the space before every place the predicate matches is swapped for a marker that
// tells which outcome it found there, and the rule's own spaces accept the markers. The rules match exactly what
// they matched whole (tests/facts/casualty/outcome-once.test.ts compares the two).
import {
  END,
  INJURED_PRED,
  KILLED_PRED,
  PRED,
  type CasualtyRule,
  type Outcome,
  type RulePattern,
} from './rule-parts.js';

// spaces that readableSpaces (extract.ts) has already made plain ones, so no sentence the rules read holds them
const MARKER: Record<Outcome, string> = { killed: '\u00a0', injured: '\u2007', hit: '\u2009' };
const MARKER_ESCAPES = '\\u00a0\\u2007\\u2009';
const ANY_SPACE = `[ ${MARKER_ESCAPES}]`;
const OUTCOMES: readonly Outcome[] = ['killed', 'injured', 'hit'];
// how a pattern may close, and the outcomes each close allows (the predicate tries them in this order, so one of
// its parts matches where the whole would match with that part)
const CLOSES: ReadonlyArray<readonly [string, readonly Outcome[]]> = [
  [`${PRED}${END}`, OUTCOMES],
  [`(?:${KILLED_PRED}|${INJURED_PRED})${END}`, ['killed', 'injured']],
  [`${KILLED_PRED}${END}`, ['killed']],
];
// what a space cannot be rewritten in: written as an escape, a back-reference (a class's range: spacesWithMarkers),
// or a marker in the pattern itself
const UNSAFE = /\\(?:x20|u0020|u00a0|u2007|u2009| |k<|[1-9])|[\u00a0\u2007\u2009]/i;
// a pattern's source in pieces: an escape, a class's opening or close, a space, or a run of anything else
const TOKEN = /\\[\s\S]|\[\^?|\]| |[^\\[\] ]+/g;

/** The rule with its pattern's closing predicate matched once per sentence; other rules as they are. */
export function outcomeOnce(rule: CasualtyRule): CasualtyRule {
  const { source, flags } = rule.pattern;
  const close = CLOSES.find(([tail]) => source.endsWith(tail));
  if (!close) return rule;
  return { ...rule, pattern: new OutcomePattern(source, flags, source.slice(0, -close[0].length), close[1]) };
}

/** Where the predicate matches in a sentence, by the offset it starts at, and the sentence with its markers. */
interface MarkedSentence {
  text: string;
  marked: string;
  found: Map<number, { outcome: Outcome; length: number }>;
}

class OutcomePattern implements RulePattern {
  lastIndex = 0;
  private readonly subjectSource: string;
  // built when the rule first runs: a rule whose cue never passes costs no start-up time
  private subject: RegExp | null = null;
  private readonly predicate: OutcomePredicate;

  constructor(readonly source: string, readonly flags: string, before: string, outcomes: readonly Outcome[]) {
    const markers = outcomes.map((o) => MARKER[o]).join('');
    this.subjectSource = `${spacesWithMarkers(before)}(?<=[${markers}])`;
    this.predicate = flags.includes('i') ? CASELESS : CASED;
  }

  exec(text: string): RegExpExecArray | null {
    const sentence = this.predicate.mark(text);
    this.subject ??= new RegExp(this.subjectSource, this.flags);
    this.subject.lastIndex = this.lastIndex;
    const m = this.subject.exec(sentence.marked);
    if (!m) {
      this.lastIndex = 0;
      return null;
    }
    const at = m.index + m[0].length;
    const { outcome, length } = sentence.found.get(at)!;
    this.lastIndex = at + length;
    return wholeMatch(text, m, outcome, at, at + length);
  }
}

/** The predicate, matched at every word after a space, for one sentence at a time (the last one is kept). */
class OutcomePredicate {
  private pattern: RegExp | null = null;
  private last: MarkedSentence = { text: '', marked: '', found: new Map() };

  constructor(private readonly flags: string) {}

  mark(text: string): MarkedSentence {
    if (text === this.last.text) return this.last;
    this.pattern ??= new RegExp(`${PRED}${END}`, `y${this.flags}`);
    const found = new Map<number, { outcome: Outcome; length: number }>();
    let marked = '';
    let copied = 0;
    for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
      this.pattern.lastIndex = space + 1;
      const m = this.pattern.exec(text);
      if (!m) continue;
      const outcome = OUTCOMES.find((o) => m.groups?.[o] !== undefined)!;
      found.set(space + 1, { outcome, length: m[0].length });
      marked += text.slice(copied, space) + MARKER[outcome];
      copied = space + 1;
    }
    this.last = { text, marked: marked + text.slice(copied), found };
    return this.last;
  }
}

const CASELESS = new OutcomePredicate('i');
const CASED = new OutcomePredicate('');

/** The match the whole pattern gives: its text and groups read from the sentence, the predicate's group added. */
function wholeMatch(text: string, m: RegExpExecArray, outcome: Outcome, start: number, end: number): RegExpExecArray {
  const spans = m.indices!;
  const read = (span: [number, number] | undefined): string | undefined => span && text.slice(span[0], span[1]);
  const whole = Object.assign([text.slice(m.index, end), ...spans.slice(1).map(read)], {
    index: m.index,
    input: text,
    groups: {} as Record<string, string>,
    indices: Object.assign([[m.index, end] as [number, number], ...spans.slice(1)], {
      groups: { ...spans.groups } as Record<string, [number, number]>,
    }),
  });
  for (const [name, span] of Object.entries(spans.groups ?? {})) whole.groups[name] = read(span)!;
  for (const o of OUTCOMES) {
    whole.groups[o] = (o === outcome ? text.slice(start, end) : undefined)!;
    whole.indices.groups[o] = (o === outcome ? [start, end] : undefined)!;
  }
  return whole as RegExpExecArray;
}

/** A pattern's source with every space it matches also matching the markers, and nothing else changed. */
function spacesWithMarkers(source: string): string {
  const unsafe = UNSAFE.exec(source);
  if (unsafe) throw new Error(`cannot mark the spaces of a pattern holding ${unsafe[0]}`);
  let out = '';
  let inClass = false;
  let classHasSpace = false;
  let classBody = '';
  for (const { 0: token, index } of source.matchAll(TOKEN)) {
    if (!inClass) {
      if (token === ' ') out += ANY_SPACE;
      else out += token;
      if (token.startsWith('[')) [inClass, classHasSpace, classBody] = [true, false, ''];
    } else if (token === ']') {
      out += `${classHasSpace ? MARKER_ESCAPES : ''}]`;
      inClass = false;
    } else {
      // ("[- ]" is no range: a hyphen first or last in its class is itself)
      const endsRange = classBody.length > 1 && classBody.endsWith('-') && !classBody.endsWith('\\-');
      const startsRange = source[index + 1] === '-' && source[index + 2] !== ']';
      if (token === ' ' && (startsRange || endsRange)) throw new Error('a class range starts or ends with a space');
      classHasSpace ||= token === ' ';
      classBody += token;
      out += token;
    }
  }
  return out;
}
