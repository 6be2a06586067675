// An article's totals where a toll told after people taken to hospital holds the dead told before them: only the
// deaths it adds can be of those taken to hospital. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('a toll after the hurt adds only its new deaths to those taken from them', () => {
  it.each<[string, number, number]>([
    ['Two guards were killed when a lorry bomb hit the Orvane barracks gate. Nine soldiers were flown to a military '
      + 'hospital. The army said late on Friday that the death toll had risen to three after one of the soldiers died.',
    3, 8],
    ['Five passengers were killed when two trams collided in central Orvane on Friday. Twenty were taken to hospital. '
      + 'A man who had been in a critical condition died on Saturday, officials said, and the toll now stands at six.',
    6, 19],
    ['A gas blast in an Orvane bakery killed two people. Seven were taken to hospital; a week later the death toll '
      + 'rose to three.', 3, 6],
    // (a lead that tells the final toll is not how it stood when the hurt were counted; patients who died are of them)
    ['At least 20 people were killed when a stand fell at the Orvane racecourse, officials said. By morning 18 had died '
      + 'and 50 were in hospital. Five of the injured were in the burns unit. In the evening two of the patients in '
      + 'the burns unit died, bringing the number of dead to 20.', 20, 48],
    ['A crush at the Orvane fairground killed ten people and 40 were taken to hospital. Later two of the patients '
      + 'died.', 10, 38],
    // (no dead told before them: the toll's dead are all of them)
    ['Eleven workers were taken to hospital after the Orvane mill fire. Two of them later died, bringing the toll to '
      + 'two.', 2, 9],
    ['Four fishermen drowned when their trawler sank off Orvane. Six crew were pulled from the sea and taken to '
      + 'hospital with hypothermia. One of the six died overnight, raising the toll to five.', 5, 5],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
