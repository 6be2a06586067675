// An article's totals where an earlier event is dated by a month alone, told after the article's own figures (with a
// publication date, a month that ended a month or more before it is that event's), or by a year right after its
// figure. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

describe('an earlier event dated by a month alone', () => {
  it.each<[string, string | null, number, number]>([
    ['The explosion, which killed two workers, was the second at the Orvane plant this year; a blast in March injured '
      + '11.', '2026-11-20', 2, 0],
    ['A coach overturned near Orvane, killing four passengers. In August, a lorry crash on the same bend left nine '
      + 'people injured.', '2026-11-20', 4, 0],
    // (a month just ended is the story's own: told days after it)
    ['A coach overturned near Orvane, killing four passengers. In October, the crash left nine people injured.',
      '2026-11-03', 4, 9],
    // (the story may open with an old event, a trial's, and tell it again)
    ['A man shot five people in August, killing one, a court in Orvane heard. The jury was told one died at the scene.',
      '2026-11-20', 1, 4],
    // a named year right after an earlier event's figure dates it, though the sentence names the day of the new one
    ['The fuel depot in Orvane, where a tanker blast killed 27 people in 2019, was hit by a smaller blast on Friday that '
      + 'injured four workers.', '2026-11-20', 0, 4],
    // (without a publication date the month has no value)
    ['The explosion, which killed two workers, was the second at the Orvane plant this year; a blast in March injured '
      + '11.', null, 2, 11],
  ])('%s (published %s) → %i killed, %i injured', (text, published, killed, injured) => {
    expect(extract(text, { published }).totals).toEqual({ killed, injured });
  });
});
