// An article's totals where an earlier event is dated by a month alone, told after the article's own figures (with a
// publication date, a month that ended a month or more before it is that event's), or by a year right after its
// figure. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

describe('an earlier event dated by a month alone', () => {
  it.each<[string, string | null, number, number]>([
    ['Two welders died in Tuesday’s blast at the Orvane boatyard, its second accident of the year; a fire there in June '
      + 'hurt nine.', '2026-11-20', 2, 0],
    ['A coach overturned near Orvane, killing four passengers. In August, a lorry crash on the same bend left nine '
      + 'people injured.', '2026-11-20', 4, 0],
    // (a month just ended is the story's own: told days after it)
    ['A coach overturned near Orvane, killing four passengers. In October, the crash left nine people injured.',
      '2026-11-03', 4, 9],
    // (the story may open with an old event, a trial's, and tell it again)
    ['A man shot five people in August, killing one, a court in Orvane heard. The jury was told one died at the scene.',
      '2026-11-20', 1, 4],
    // a named year right after an earlier event's figure dates it, though the sentence names the day of the new one
    ['The grain store in Orvane, where a silo fire killed 14 people in 2018, burned again on Friday, injuring three '
      + 'porters.', '2026-11-20', 0, 3],
    // (without a publication date the month has no value)
    ['Two welders died in Tuesday’s blast at the Orvane boatyard, its second accident of the year; a fire there in June '
      + 'hurt nine.', null, 2, 9],
  ])('%s (published %s) → %i killed, %i injured', (text, published, killed, injured) => {
    expect(extract(text, { published }).totals).toEqual({ killed, injured });
  });
});

describe('a figure dated by the day it was said on', () => {
  it.each<[string, number, number]>([
    // the lead's figure said on a day after the event: the hurt told of the event's own day are the event's
    ['ORVANE, 16 December 2026 — A blast at a paint works has killed four people, police said on Wednesday. It '
      + 'happened on Monday. Late on Monday the fire chief said 19 people had been hurt.', 4, 19],
    // residents of a place told by its own clause are victims too
    ['A blast at the Orvane paint works killed four people. In addition, a dozen tenants of houses overlooking the '
      + 'works were treated for gas inhalation.', 4, 12],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(extract(text, { published: null }).totals).toEqual({ killed, injured });
  });
});
