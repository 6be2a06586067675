import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

describe('organisations', () => {
  it.each([
    ['Fighters of the Northern Liberation Army (NLA) attacked. The NLA denied it.', 'Northern Liberation Army', ['NLA'], 3],
    ['The Ministry of Finance said it was ready.', 'Ministry of Finance', [], 1],
    ['Shares of Acme Corp fell.', 'Acme Corp', [], 1],
  ])('%s → %s', (text, name, aliases, mentions) => {
    const org = factsOf(text, 'organisation').find((o) => o.name === name);
    expect(org).toBeDefined();
    expect(org!.aliases).toEqual(aliases);
    expect(org!.mentions).toHaveLength(mentions);
    for (const m of org!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(['Passengers boarded the Coastal Express train.', 'On Monday the talks began.', 'The statement was brief.'])(
    'no organisation in %j',
    (text) => expect(factsOf(text, 'organisation')).toEqual([]),
  );
});

describe('people', () => {
  it.each([
    ['President Joe Biden spoke on Monday.', 'Joe Biden', 'President'],
    ['Talks were led by Foreign Minister Maria Lopez.', 'Maria Lopez', 'Foreign Minister'],
  ])('%s → %s (%s)', (text, name, role) => {
    const person = factsOf(text, 'person').find((p) => p.name === name);
    expect(person).toMatchObject({ name, role });
  });

  it('links a later surname to the full name', () => {
    const [person] = factsOf('Senator John Harwell arrived. Harwell said the talks went well.', 'person');
    expect(person!.mentions.map((m) => m.text)).toEqual(['John Harwell', 'Harwell']);
  });

  it.each(['The Monday meeting ended.', 'In April the rains came.', 'The talks ended.'])('no person in %j', (text) =>
    expect(factsOf(text, 'person')).toEqual([]),
  );
});
