// An article's totals where the rest of a group is hurt, survivors are told with their harm, a killer's own death is
// told before his victims, or an old event's year follows its name (issue 13). Every article here is made up for the
// test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('totals of the rest of a group, survivors and old events', () => {
  it.each<[string, number, number]>([
    // the rest of a group, after the dead
    ['A lorry ploughed into the Tessby market queue, killing three and injuring the remaining nine.', 3, 9],
    // those who lived through something, with the harm it left
    ['Both anglers survived the storm surge at the Tessby jetty with serious cuts.', 0, 2],
    // a break told by "had"
    ['Rescuers reached the four cavers after a day; three had broken ribs and one was unhurt.', 0, 3],
    // a killer's own death told before those he killed
    ['The attacker killed himself in a Tessby car park after he shot dead three shoppers.', 4, 0],
    // an event named with an earlier year after it is a past one
    ['The flood in 2015, which killed 22 people, was recalled as Tessby opened its new levee on Friday.', 0, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
