import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { factsOf, PUBLISHED } from '../helpers.js';

describe('casualty figures', () => {
  it.each([
    ['Ten civilians were killed in the blast.', 'killed', 10, 'civilians'],
    ['The attack killed thirty-one people.', 'killed', 31, 'people'],
    ['The crash caused 31 civilian and security personnel deaths.', 'killed', 31, 'civilian and security personnel'],
    ['At least 12 people were injured.', 'injured', 12, 'people'],
    ['Police said 1,200 people were wounded.', 'injured', 1200, 'people'],
    ['The death toll rose to 45 on Monday.', 'killed', 45, null],
    ['No one was injured in the fire.', 'injured', 0, null],
  ])('%s → %s %d', (sentence, kind, count, victims) => {
    const [fact] = factsOf(sentence, 'casualty');
    expect(fact).toMatchObject({ kind, count });
    if (victims) expect(fact!.victims).toBe(victims);
    expect(sentence.slice(fact!.start, fact!.end)).toBe(fact!.text);
  });

  it.each([
    'The statement named three terrorist groups.',
    'A 25-year-old man was arrested.',
    'The ministry pledged 500 dollars to each family.',
    'Five vehicles were damaged.',
    'The convoy travelled 40 km to the border.',
  ])('no casualty in %j', (sentence) => {
    expect(factsOf(sentence, 'casualty')).toEqual([]);
  });

  it('marks a subset and does not add it to the totals', () => {
    const result = extract('The bombing killed ten civilians, including eight students.', { published: PUBLISHED });
    const [whole, part] = result.facts.filter((f) => f.type === 'casualty');
    expect(whole).toMatchObject({ count: 10, subset_of: null });
    expect(part).toMatchObject({ count: 8, subset_of: whole!.id, victims: 'students' });
    expect(result.totals).toEqual({ killed: 10, injured: 0 });
  });

  it('sums distinct events in a multi-event article', () => {
    const text = 'The April hijacking resulted in 31 deaths. The May bombing killed ten civilians. Three people were injured.';
    expect(extract(text, { published: PUBLISHED }).totals).toEqual({ killed: 41, injured: 3 });
  });
});
