import type { Context } from '../../context.js';
import type { Draft } from '../common.js';
import type { FactModule } from '../types.js';
import { CasualtyFact } from './schema.js';
import { casualtyRules, eventPattern, kindOf, subsetPattern } from './patterns.js';
import { parseCount } from './numbers.js';

type CasualtyDraft = Draft<CasualtyFact>;

// words that make a preceding number a count of something other than people
const NOT_VICTIMS = /^(?:terrorist |militant |armed )?(?:groups?|organi[sz]ations?|vehicles?|cars?|buses|trucks?|houses?|homes?|buildings?|shops?|times|rounds?|shots?|bullets?|bombs?|rockets?|missiles?|countries|districts?|villages?|provinces?|incidents?|cases?|attacks?)\b/i;

export function extractCasualties(ctx: Context): CasualtyDraft[] {
  const facts: CasualtyDraft[] = [];
  for (const sentence of ctx.sentences) {
    const inSentence: CasualtyDraft[] = [];
    const taken: Array<[number, number]> = [];
    for (const rule of casualtyRules) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text)) {
        const g = m.groups ?? {};
        const victims = (g.victims ?? '').trim();
        if (NOT_VICTIMS.test(victims)) continue;
        const parsed = rule.count === 0 ? { count: 0, min: null, max: null, approximate: false } : parseCount(g.count ?? '', g.qual);
        if (!parsed) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        inSentence.push({
          type: 'casualty',
          text: m[0],
          start,
          end,
          kind: rule.kind ?? kindOf(g.kind ?? 'killed'),
          ...parsed,
          victims: victims || null,
          subset_of: null,
          event: null,
          perpetrator: null,
          location: null,
          date: null,
          reason: rule.reason,
          confidence: parsed.approximate ? 0.7 : 0.85,
        });
      }
    }
    inSentence.sort((a, b) => a.start - b.start);
    // "..., including eight students": a part of the figure before it, same kind
    subsetPattern.lastIndex = 0;
    for (let m = subsetPattern.exec(sentence.text); m; m = subsetPattern.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const whole = [...inSentence].reverse().find((f) => f.end <= start && f.reason !== 'including-subset');
      const parsed = parseCount(m.groups?.count ?? '', m.groups?.qual);
      if (!whole || !parsed || taken.some(([a, b]) => start < b && start + m![0].length > a)) continue;
      inSentence.push({
        ...whole,
        text: m[0],
        start,
        end: start + m[0].length,
        ...parsed,
        victims: (m.groups?.victims ?? '').trim() || null,
        reason: 'including-subset',
      });
    }
    for (const fact of inSentence) fact.event = findEvent(sentence.text, sentence.start, fact.start);
    facts.push(...inSentence);
  }
  return facts.sort((a, b) => a.start - b.start);
}

/** The event phrase of the sentence nearest before the figure (or after it, if none before). */
function findEvent(sentence: string, offset: number, figureStart: number): CasualtyDraft['event'] {
  const events: Array<{ start: number; end: number; text: string }> = [];
  eventPattern.lastIndex = 0;
  for (let m = eventPattern.exec(sentence); m; m = eventPattern.exec(sentence)) {
    const text = m[0].replace(/^(?:The|A|An) /, '');
    const start = offset + m.index + (m[0].length - text.length);
    events.push({ start, end: start + text.length, text });
  }
  const before = events.filter((e) => e.start < figureStart);
  return before.at(-1) ?? events[0] ?? null;
}

export const casualtyModule: FactModule<CasualtyFact> = {
  type: 'casualty',
  schema: CasualtyFact,
  extract: extractCasualties,
};
