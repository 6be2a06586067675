// An article's totals where more hurt are told after others: "in addition", treated by medics somewhere without an
// article before it, or responders hurt at their work. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('more hurt told after others', () => {
  it.each<[string, number, number]>([
    ['Twenty fans were taken to hospital after the crush at the Orvane stadium gate. In addition, volunteer medics '
      + 'treated 45 people at roadside posts for grazes.', 0, 65],
    ['Three people were injured in the Orvane market fire. In addition, two firefighters were hurt.', 0, 5],
    // (medics treating people somewhere with no article before it)
    ['Paramedics treated 14 people at roadside tents after the Orvane coach crash.', 0, 14],
    // responders hurt at their work after a bare count, and one injury told with what it was
    ['A warehouse roof fell in at Orvane, killing two and injuring nine. A firefighter suffered a back injury while '
      + 'searching the rubble.', 2, 10],
    ['The Orvane tower block fire injured 15. During the rescue two paramedics were hurt by falling glass.', 0, 17],
    // (not without the work told: the count may take them in)
    ['The Orvane tower block fire injured 15. Two paramedics were hurt by falling glass.', 0, 15],
    // (more told "in addition" after responders hurt at their work add to all of them)
    ['A warehouse roof fell in at Orvane, killing two and injuring nine. A firefighter suffered a back injury while '
      + 'searching the rubble. In addition, paramedics treated six people at roadside posts for cuts.', 2, 16],
    ['A warehouse roof fell in at Orvane, killing two and injuring nine. A firefighter suffered a back injury while '
      + 'searching the rubble. Besides them, paramedics treated six people for cuts.', 2, 16],
    // (others told after others may be told again: not added without the word that says more)
    ['Gunfire at an Orvane party killed one woman and wounded five others. Police said two others were in hospital.', 1,
      5],
    // more treated, the verb left out ("and a further eight for frostbite")
    ['Clinics in Orvane treated 30 climbers for exposure on Monday, among them four guides, and a further eight for '
      + 'frostbite.', 0, 38],
    // more dead told with "further" or "more" after the hurt add to the dead (not more hurt after the dead: they may
    // be more of the hurt told with them)
    ['Two people were killed in the Orvane blast. Six were injured. On Friday the coroner linked two further deaths '
      + 'to it.', 4, 6],
    ['A gas leak killed two people in Orvane. Eight were hurt. By nightfall, four more people had died.', 6, 8],
    // (not those a figure told before includes: "The total includes … as well as a death at a farm")
    ['The flood left nine dead across the Orvane valley, the agency said. The total includes the figures from both '
      + 'towns as well as a death at a farm.', 9, 0],
    // (the dead told "in addition" may be another event's: not added)
    ['Four climbers died on the Orvane ridge on Sunday. In addition, nine soldiers were killed when their helicopter '
      + 'crashed last spring.', 4, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
