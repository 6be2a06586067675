// An article's totals where a source's figure is taken back or rejected, where a count is said to hold its dead, and
// where named hospitals each take in some of the hurt (issue 13). Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf, totalsOf } from '../helpers.js';

describe('totals where figures are taken back, held in a count, or split between hospitals', () => {
  it.each<[string, number, number]>([
    // a figure the next sentence takes back or rejects
    ['Police said three people died in the flood at Varo on Monday. A radio station reported that nine had drowned. The '
      + 'station withdrew the figure by evening.', 3, 0],
    ['The army said four soldiers were killed at the Varo post. A rebel group said it had killed 25 soldiers. Army '
      + 'officers rejected the claim outright.', 4, 0],
    // (or the same sentence, after another source's word or a semicolon)
    ['Police said eight people died when fire swept a Varo market. A paper reported 14 deaths, but the '
      + 'police said three of the dead were listed twice, and the paper then retracted that figure.', 8, 0],
    ['Officials said 11 people died in the storm at Varo. An MP said at least 30 people drowned in his district; '
      + 'officials said it had no basis, and the MP later withdrew it.', 11, 0],
    // a count said to hold the dead it names
    ['Four people are dead after a shooting at a Varo depot on Monday, a figure which includes the shooter and a driver '
      + 'who died overnight.', 4, 0],
    // hospitals named as taking in the hurt, each a part of them, less the dead told as one of them
    ['Varo General Hospital treated six people for stab wounds. Lenk Medical Center received three wounded men.', 0, 9],
    ['A tanker blast shook Varo on Monday. Lenk Medical Center treated five injured workers; the welder who died is '
      + 'among them.', 1, 4],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  it.each<[string, number, number]>([
    // what is rejected is named after it, not the figure before
    ['Police said two guards were shot dead in Varo. Officials denied the claim that the police had been slow to arrive.',
      2, 0],
    // one hospital told twice is one intake
    ['Varo General Hospital treated six people for burns. Varo General Hospital later said it had treated six.', 0, 6],
  ])('not a second figure: %s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  it('keeps both figures of a sentence that gives two sources\' for the totals to choose between', () => {
    const text = 'Police said five residents had died in Varo, while a rights group counted 13 dead. The ministry '
      + 'rejected that figure.';
    expect(factsOf(text, 'casualty').map((f) => f.count)).toEqual([5, 13]);
  });
});
