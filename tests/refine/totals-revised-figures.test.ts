// Totals of one-sentence reports where a figure is changed by a word that points back to it ("lowered it to",
// "the number rose to"), a part of those stabbed died, or people brought out of a pit were hurt. Every sentence
// here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('figures changed, parts that died, people brought out hurt', () => {
  it.each<[string, number, number]>([
    ['The coastguard at first put the death toll at nine but on Monday lowered it to seven.', 7, 0],
    ['The injury toll in the Orvane derailment was 20 until the rail operator revised it upwards to 26.', 0, 26],
    ['Three walkers were reported hurt on the Orvane fell, but the number rose to eight overnight.', 0, 8],
    ['Two climbers were thought to have died, but that figure later fell to one.', 1, 0],
    ['Police detained a teenager after stabbing four people, one fatally, at an Orvane fairground.', 1, 3],
    ['Officials said the total number of those who died, counting the driver, was now five.', 5, 0],
    ['Nine quarrymen were brought out of the Orvane shaft with injuries.', 0, 9],
    // (no figure of harm told before: a number that rises is no toll)
    ['Ticket sales slumped in May, but that figure rose to 900 in June.', 0, 0],
    ['Six miners were brought out alive and unhurt.', 0, 0],
    // a figure of an outcome corrected by "the figure"; a toll that rose again, its verb left out
    ['Officials said 22 people had died in the Orvane fire, but on Monday they corrected the figure to 19, and said 30 '
      + 'had been injured.', 19, 30],
    ['The death toll from the Orvane quarry collapse climbed to 11 by noon and then to 14 by nightfall.', 14, 0],
    // a figure the next sentence says was wrong, giving another
    ['A trawler sank off Orvane, killing ten crew. A fisherman told a newspaper that 12 had died. The coastguard said '
      + 'the figure was wrong, confirming ten deaths.', 10, 0],
    ['A minibus rolled off the Orvane pass. A village elder said that nine had died. Police denied the report and said '
      + 'seven had died.', 7, 0],
    // (not a figure told again as right)
    ['A minibus rolled off the Orvane pass, killing seven. Later a village elder said that nine had died. Police said '
      + 'the figure was nine.', 9, 0],
    // a figure its teller took back in the next sentence
    ['Lightning struck a pitch at Orvane on Monday, killing a 14-year-old goalkeeper and hurting nine other people. In '
      + 'a message on social media that evening, the club posted that two of its players had died. It removed the post '
      + 'soon afterwards with an apology. On Tuesday officials said that only one person had died.', 1, 9],
    ['A mudslide buried homes in Orvane on Friday, killing at least seven. The mayor had said on Saturday that '
      + 'nine had died. She corrected the figure a day later, after two men were found alive.', 7, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
