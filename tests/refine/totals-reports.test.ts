// An article's totals where it tells its figures over several sentences (issue 13): groups told again, parts, claims
// answered, conditions, earlier events and wider tallies. Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';


describe('totals of an article told over several sentences', () => {
  it.each<[string, number, number]>([
    // a tally over the year, told with "have now claimed … this year"
    ['A storm killed four people in Kelbo on Monday. Across Norland, storms have now claimed 23 lives this year.', 4, 0],
    // a year that opens the clause dates its figure, before a day named later
    ['A gas blast killed three people in Tarvé on Monday. In 2004 a blast killed 40 people in nearby Orvanne, and '
      + "elders likened Monday's blast to it.", 3, 0],
    // one of the group told back ("had been among them") comes between a group and more who were "also" hurt
    ['Nine people were taken to hospital after a fire in Kelbo on Monday. A woman who died on Tuesday had been among '
      + 'them. Ambulance crews also treated five people on site.', 1, 13],
    // a later member of a list of those included, after one of another outcome, is one of them
    ['Twelve people were wounded in Kelbo on Monday, including a guard who died later and a cook shot in the leg. '
      + 'Another four were hurt as crowds ran for the doors.', 1, 15],
    // what one would be doing had things gone otherwise, and a condition, are no figures
    ['"Without the alarm we would be mourning a dozen dead," the chief said of the fire in Kelbo on Monday, in which '
      + 'two people died.', 2, 0],
    ['A ferry sank in Kelbo on Monday, killing 18 people. "If 12 more bodies are recovered, the toll will be 30," '
      + 'an official said.', 18, 0],
    // an earlier event told back to at the sentence's opening
    ['A ferry capsized in Kelbo on Monday, killing 18 people. Residents recalled the sinking of 1990. During that '
      + 'disaster, 70 people drowned.', 18, 0],
    // treated by whom, where, and released
    ['Ten survivors were taken to hospital in Kelbo on Monday. Another six were treated by volunteers on the quay and '
      + 'released.', 0, 16],
    // more found that raised a toll told before are in it
    ['A mudslide killed at least 13 people in Kelbo on Friday. The death toll was raised from ten when diggers found '
      + 'three more bodies.', 13, 0],
    // a claim the sentence answers with a confirmed or another side's figure
    ['A union said 40 miners had died in Kelbo on Monday, but the regulator said it had confirmed 17 deaths.', 17, 0],
    ['Militants claimed to have killed 30 police officers in Kelbo on Monday, but the interior ministry said five '
      + 'officers died.', 5, 0],
    // a figure the sentence then calls wrong, and one another source's confirmed figure answers
    ['A cousin told a radio station that nine people had died in Kelbo on Sunday, but the police said that was wrong. '
      + 'Four were killed, officers said.', 4, 0],
    ['Volunteers said they had found 30 bodies in Kelbo on Monday, but the civil defence said only 22 deaths had been '
      + 'confirmed.', 22, 0],
    // a count taken to another hospital, its verb left out
    ['Twelve injured miners were taken to Kelbo General Hospital and five to a clinic in Orvanne on Monday.', 0, 17],
    // animals are no casualties
    ['A heatwave killed four people in Kelbo on Monday. Anglers also found dozens of dead fish in the river.', 4, 0],
    ['A blast killed two workers at a Kelbo depot on Monday. Two of its guard dogs were also killed.', 2, 0],
    // those treated for a condition are hurt, whoever treated them
    ['Doctors treated 40 people for heat exhaustion in Kelbo on Monday.', 0, 40],
    // deaths that will not be counted until confirmed
    ['The heat killed 20 people in Kelbo on Monday. Nine more deaths may be linked to it and will not be counted until '
      + 'tests are done.', 20, 0],
    // a death ranked among others of a kind gives the toll
    ["A third miner died on Thursday after Monday's flood at a Kelbo pit. Two miners were killed on Monday, and a "
      + 'fitter died on Wednesday.', 3, 0],
    // "They included" one who died, between the hurt and more
    ['In all, 30 people were taken to hospital in Kelbo on Monday. They included a guard who later died. Another 40 '
      + 'residents were treated at a field clinic and released.', 1, 69],
    // a figure lowered later in its sentence
    ['After the crush in Kelbo on Saturday, 25 fans were said to be injured; stewards then lowered that count to 14.',
      0, 14],
    // those treated at the scene, after others hurt
    ['Sixteen drivers were hurt in the crash in Kelbo on Monday, while two more people were treated on the spot.',
      0, 18],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
