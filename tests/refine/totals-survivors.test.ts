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
    // (and so is one told in a "when" clause after a time before the article's)
    ['Rain fell on Tessby all week, the heaviest since last year, when floods in September killed 61.', 0, 0],
    // a toll whose event runs to several words
    ["The toll from Friday's blaze at the Tessby paint depot rose to nine on Sunday.", 9, 0],
    // those in intensive care, and a condition told by "had"
    ['Two riders remain in intensive care following the Tessby silo blast, which killed one man.', 1, 2],
    ['Nine walkers were brought down from the Tessby fell; three had hypothermia.', 0, 3],
    // one hurt who was then pronounced dead, some words on
    ['The attacker shot himself as police reached the Tessby depot gate and was declared dead soon after.', 1, 0],
    // one struck by a vehicle is an accident's, not a life's end
    ['The cyclist, who was struck by a van near Tessby, escaped with minor cuts.', 0, 1],
    // one told among the hurt, told back by "the" when they died, is no longer hurt (not another who died)
    ['A man attacked shoppers at the Tessby market, wounding four. Among the four wounded was a porter. On Tuesday the '
      + 'porter died in hospital.', 1, 3],
    ['A man attacked shoppers at the Tessby market, wounding four. Among the four wounded was a porter. On Tuesday a '
      + 'cleaner died in hospital.', 1, 4],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
