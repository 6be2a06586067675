// An article's totals where the dead are told as a part of those hurt before them by what was done to them ("one of
// those admitted"), a rank gives the toll ("a third miner has died"), and a breakdown of the hurt names the dead
// it leaves out ("The 40 include …, but not the man who died"). Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

describe('the dead told as a part of the hurt, a toll told by a rank, the dead a breakdown leaves out', () => {
  it.each<[string, number, number]>([
    // one of those a participle told died: one more dead, one fewer hurt, whether or not a part was told between
    ['A gas leak killed a fitter at the Orvane depot on Monday. Medics treated 31 people for sore eyes. Nine were '
      + 'admitted to hospital. One of those admitted, the depot\'s 61-year-old clerk, died overnight.', 2, 30],
    ['A gas leak killed a fitter at the Orvane depot on Monday. Medics treated 31 people for sore eyes. One of those '
      + 'treated, a 61-year-old clerk, died overnight.', 2, 30],
    // a rank before one who died gives the toll
    ['A second steelworker has died after a crane toppled at Orvane. One worker died at the scene on Monday.', 2, 0],
    // the other of a pair whose first the sentence before kept alive is the one who died, told before
    ['A 14-year-old swimmer drowned at the Orvane lido on Sunday. Lifeguards pulled two boys from the deep end. One of '
      + 'them was revived at the poolside. The other, Ivo Tarr, was pronounced dead in hospital.', 1, 0],
    // (not where the first died too)
    ['Lifeguards pulled two boys from the deep end at the Orvane lido. One died at the poolside. The other, Ivo Tarr, '
      + 'was pronounced dead in hospital.', 2, 0],
    // responders hurt going in to search are more than the hurt told before, whatever dead were told between; one who
    // died told as one of a number of the hurt is no longer hurt
    ['A boiler blew up at the Orvane mill, killing three. Officials said 26 people had been injured. Nine were '
      + 'described as seriously hurt. The welder who died on Friday, a father of two, was one of the nine. Three '
      + 'firefighters were later treated for burns after going into the engine shed to search for trapped colleagues.',
    3, 28],
    // (soldiers hurt in the search too)
    ['A mudslide buried homes in Orvane, killing four. Twelve villagers were injured. On Sunday a second slip struck '
      + 'the search area, and three soldiers were treated for minor cuts.', 4, 15],
    // (an officer hurt stopping the attacker)
    ['Eight people were stabbed at the Orvane market. Two of them died at the scene of the attack. The remaining six '
      + 'were stable on Saturday. An off-duty constable who disarmed the knifeman suffered a cut to the arm.', 2, 7],
    // a gash is a wound
    ['A ferry sank off Orvane on Sunday. A navy diver was treated for deep gashes on the forearm.', 0, 1],
    // a part of those rescued told by what they suffered from
    ['Four anglers are missing and nine were rescued, two of them suffering from frostbite, once a skiff capsized '
      + 'off Orvane.', 0, 2],
    // a toll of a period, of many events, is no toll of the one told
    ['The ambush near Orvane killed nine people, the governor said, taking the number of deaths across the district '
      + 'this month to 41.', 9, 0],
    // a breakdown of the hurt that names the dead it leaves out tells no dead of its own
    ['A leak at the Orvane depot killed a fitter. Medics treated 40 people. The 40 include three firefighters who '
      + 'closed the valve, but not the fitter who died.', 1, 40],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(extract(text, { published: null }).totals).toEqual({ killed, injured });
  });
});
