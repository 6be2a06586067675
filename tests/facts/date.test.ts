import { describe, expect, it } from 'vitest';
import { factsOf, PUBLISHED } from '../helpers.js';

describe(`dates, published ${PUBLISHED}`, () => {
  it.each([
    ['The talks were held on Tuesday.', 'Tuesday', '2025-08-12'],
    ['The ministers will meet on Tuesday.', 'Tuesday', '2025-08-19'],
    ['The attack took place in April.', 'April', '2025-04'],
    ['Elections were held in September.', 'September', '2024-09'],
    ['Elections will be held in September.', 'September', '2025-09'],
    ['Talks have been held since at least 2023.', '2023', '2023'],
    ['The accord was signed on 12 March 2021.', '12 March 2021', '2021-03-12'],
    ['The accord was signed on March 12, 2021.', 'March 12, 2021', '2021-03-12'],
    ['Prices rose in March 2024.', 'March 2024', '2024-03'],
    ['The report is dated 2024-02-29.', '2024-02-29', '2024-02-29'],
    ['He arrived yesterday.', 'yesterday', '2025-08-12'],
    ['The group was founded in the 1990s.', 'the 1990s', '199'],
    ['Police said the May bombing was planned.', 'May', '2025-05'],
  ])('%s → %s = %s', (sentence, text, value) => {
    const dates = factsOf(sentence, 'date');
    expect(dates.map((d) => [d.text, d.value])).toContainEqual([text, value]);
    const date = dates.find((d) => d.text === text)!;
    expect(sentence.slice(date.start, date.end)).toBe(text);
  });

  it.each([
    'Officials may announce the result soon.',
    'Thousands march in the capital.',
    'Ten civilians were killed.',
    'The Sun reported the story.',
    'The team won 2-1 after extra time.',
    'The second attempt failed.',
    '31 deaths were recorded.',
    'The score was 45 April.',
    'It was dated February 30, 2021.',
  ])('no date in %j', (sentence) => {
    expect(factsOf(sentence, 'date')).toEqual([]);
  });

  it('keeps relative dates unresolved without a publication date, absolute ones resolved', () => {
    const dates = factsOf('The talks on Tuesday followed the accord of 12 March 2021.', 'date', null);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', null],
      ['12 March 2021', '2021-03-12'],
    ]);
    expect(dates[0]!.reason).toMatch(/no-publication-date/);
  });
});
