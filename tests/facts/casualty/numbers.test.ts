import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import { COUNT_SOURCE, numberOf, parseCount } from '../../../src/facts/casualty/numbers.js';
import { PUBLISHED } from '../../helpers.js';

const casualties = (text: string) => extract(text, { published: PUBLISHED }).facts.filter((f) => f.type === 'casualty');

describe('numbers as a casualty figure reads them', () => {
  // the rows of the casualty issue, in invented sentences: text → kind, count, min, max, victims
  it.each([
    ['The war killed three hundred and twelve thousand people.', 'killed', 312000, null, null, 'people'],
    ['The quake killed one thousand two hundred people.', 'killed', 1200, null, null, 'people'],
    ['Two dozen people were injured in the crash.', 'injured', 24, null, null, 'people'],
    ['The floods killed 1.5 million people.', 'killed', 1500000, null, null, 'people'],
    ['2 million people were injured in the outbreak.', 'injured', 2000000, null, null, 'people'],
    ['One million people were killed in the war.', 'killed', 1000000, null, null, 'people'],
    ['A hundred people were wounded in the blast.', 'injured', 100, null, null, 'people'],
    ['Between 15 and 20 people were killed in the attack.', 'killed', 15, 15, 20, 'people'],
    ['12\u00a0people were killed in the attack.', 'killed', 12, null, null, 'people'],
    ['About 1\u00a0200 people were killed in the attack.', 'killed', 1200, null, null, 'people'],
    ['About 1\u2009200 people were killed in the attack.', 'killed', 1200, null, null, 'people'],
    ['The blast left hundreds of wounded in the streets.', 'injured', 200, 200, null, 'wounded'],
    ['Two thousand and five people were killed.', 'killed', 2005, null, null, 'people'],
    // half of a vague dozen is half of it, not the dozen
    ['Half a dozen workers were taken to hospital after the leak.', 'injured', 6, 6, 6, 'workers'],
    ['The blast killed half a dozen soldiers.', 'killed', 6, 6, 6, 'soldiers'],
    // a score is twenty, in a sentence with no other number
    ['After the explosion, a score of miners were hurt.', 'injured', 20, 20, 20, 'miners'],
  ])('%s', (text, kind, count, min, max, victims) => {
    const found = casualties(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind, count, min, max, victims });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it('a range is one figure, its lower bound in the totals, never the sum', () => {
    expect(extract('Between 15 and 20 people were killed in the attack.').totals.killed).toBe(15);
  });

  // what no count may come from
  it.each([
    'Victims aged 18 to 45 were killed in the attack.',
    'Victims between the ages of 18 and 45 were killed.',
    // nor a match's score
    'The hosts won by a score of 3-1, and the visitors were killed off in the second half.',
  ])('no count from ages or scores: %s', (text) => {
    expect(casualties(text).map((f) => f.count)).toEqual([]);
  });

  it('refuses a figure above the world population, and says why', () => {
    const result = extract('99999999999999999999999 people were killed in the attack.');
    expect(result.facts).toEqual([]);
    expect(result.validation.valid).toBe(false);
    expect(result.validation.rejected[0]!.error).toMatch(/implausible count .*more people than live on Earth/);
  });

  it.each([
    ['seven', 7],
    ['twenty-one', 21],
    ['thirty one', 31],
    ['three hundred and twelve', 312],
    ['three hundred and twelve thousand', 312000],
    ['one thousand two hundred', 1200],
    ['two million three hundred thousand', 2300000],
    ['a hundred', 100],
    ['two dozen', 24],
    ['1,200', 1200],
    ['1.5 million', 1500000],
    ['2.75 billion', 2750000000],
    ['two three', null],
    ['twelve five', null],
  ])('numberOf(%j) = %j', (text, value) => {
    expect(numberOf(text)).toBe(value);
  });

  it.each([
    ['dozens', { count: 24, min: 24, max: null, approximate: true }],
    ['between fifteen and twenty', { count: 15, min: 15, max: 20, approximate: true }],
    ['5 to 7', { count: 5, min: 5, max: 7, approximate: true }],
    ['7 to 5', null],
  ])('parseCount(%j)', (text, parsed) => {
    expect(parseCount(text)).toEqual(parsed);
  });

  // the count pattern stops where the number does
  it.each([
    ['fifteen and twenty people', 'fifteen'],
    ['two three-year-olds', 'two'],
    ['a man', null],
    ['one of them', 'one'],
  ])('%j is counted as %j', (text, counted) => {
    expect(new RegExp(`^${COUNT_SOURCE}\\b`, 'i').exec(text)?.[0] ?? null).toBe(counted);
  });
});

describe('single victims', () => {
  // invented sentences in the shapes held-out reports use: text → [kind, count, victims] of each figure, totals
  it.each([
    ["Three men stabbed the town's mayor to death on Friday.", [['killed', 1, "the town's mayor"]], { killed: 1, injured: 0 }],
    [
      'A councillor was badly hurt in the ambush in which her driver, Tomas Quill, was killed.',
      [['injured', 1, 'A councillor'], ['killed', 1, 'her driver']],
      { killed: 1, injured: 1 },
    ],
    ['The boy, who was identified as Ben Ray, was injured when the device went off.', [['injured', 1, 'The boy']], { killed: 0, injured: 1 }],
    ['The governor was assassinated on Monday.', [['killed', 1, 'The governor']], { killed: 1, injured: 0 }],
    ['A local trader was shot dead on Monday.', [['killed', 1, 'A local trader']], { killed: 1, injured: 0 }],
    ['The officer later succumbed to his wounds.', [['killed', 1, 'The officer']], { killed: 1, injured: 0 }],
    [
      'A 45-year-old man and his two sons were killed in the fire.',
      [['killed', 1, 'A 45-year-old man'], ['killed', 2, 'sons']],
      { killed: 3, injured: 0 },
    ],
    ['Her husband, Jon Vale, was wounded in the crash.', [['injured', 1, 'Her husband']], { killed: 0, injured: 1 }],
    ['A roadside bomb martyred three soldiers on patrol.', [['killed', 3, 'soldiers']], { killed: 3, injured: 0 }],
    ['Insurgents beheaded a village elder.', [['killed', 1, 'a village elder']], { killed: 1, injured: 0 }],
    ['The explosion left scores of people injured.', [['injured', 40, 'people']], { killed: 0, injured: 40 }],
  ])('%s', (text, figures, totals) => {
    const result = extract(text, { published: PUBLISHED });
    const found = result.facts.filter((f) => f.type === 'casualty');
    expect(found.map((f) => [f.kind, f.count, f.victims])).toEqual(figures);
    expect(result.totals).toMatchObject(totals);
  });

  // what a possessive or a killing verb must not make a victim of
  it.each([
    'Her husband was arrested after the attack.',
    'His lawyer said the charges would be dropped.',
    'The governor condemned the killing.',
  ])('no victim in %s', (text) => {
    expect(casualties(text).filter((f) => f.count > 0)).toEqual([]);
  });
});

describe('what a figure is to the totals, in a typed field', () => {
  it.each([
    ['Nine villagers were killed, including four teachers.', ['figure', 'part']],
    ['Two men were shot. Two of them died.', ['figure', 'partitive']],
    ['The death toll rose to 45 on Monday.', ['toll']],
    ['Four police and 39 civilians were killed.', ['coordinated', 'figure']],
  ])('%s', (text, roles) => {
    expect(casualties(text).map((f) => f.figure_role)).toEqual(roles);
  });
});
