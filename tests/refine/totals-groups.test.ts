// An article's totals where a figure is a share of a group, one of a group told before, or a group of its own (issue
// 13). Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';


describe('totals where figures are shares, members or groups of their own', () => {
  it.each<[string, number, number]>([
    // a share of a group: the group's count is no casualty figure
    ['Roughly a third of the 45 hikers were injured as the path gave way near Kelbo on Monday.', 0, 15],
    ['Half of the 18 pickers suffered minor injuries as the trailer tipped in Kelbo, and their driver died.', 1, 9],
    // the dead said to be among the hurt told after them, and one of the hurt told back who died
    ['Five people died where the blast struck in Kelbo on Monday. The toll reached seven on Tuesday after two porters '
      + 'died in hospital. Both of them were among the 30 admitted to hospital.', 7, 28],
    ['Eight people were wounded at the Kelbo fair on Monday. The baker, Ivo Sarn, was one of the eight and later '
      + 'died.', 1, 7],
    // one person told as one of the hurt, and a condition of those taken to hospital, between them and more
    ['Nineteen people were taken to hospital from the fire in Kelbo on Monday. One of the patients is a guard who '
      + 'broke his arm. Six are in critical condition. Ambulance staff treated another nine residents on site.', 0, 28],
    ['Forty fans were taken to hospital from the crush in Kelbo on Monday. The 40 include a guard who suffered a '
      + 'broken arm at the gate. Scores more were treated by first-aiders and sent home.', 0, 80],
    // people treated by someone, for something, at a place someone runs, and sent home
    ['Twenty people were taken to hospital in Kelbo on Monday. A further 13 people were treated by paramedics for '
      + 'cuts and went home.', 0, 33],
    ['Eight wounded people were taken to the Kelbo district hospital. Three more were treated at a first-aid post '
      + 'run by the army and later discharged.', 0, 11],
    ['Twelve people were taken to hospital in Kelbo on Monday. Medics have treated another 40 at the scene, officials '
      + 'said.', 0, 52],
    ['Nine pupils were kept in hospital for two nights with breathing problems from a gas leak at a Kelbo school.', 0,
      9],
    // rescue workers hurt after the victims are more of the hurt
    ['Twenty passengers were taken to hospital from the crash in Kelbo on Monday. Two rescue workers were hurt '
      + 'later when a wall fell.', 0, 22],
    // a deep cut, and an aside long enough to describe the attacker
    ['A guard who grappled with the attacker in Kelbo on Monday sustained a deep cut to the wrist.', 0, 1],
    ['The gunman, described by witnesses as a tall man in his twenties, was shot dead by a marksman in Kelbo.', 1, 0],
    // the attacker after a toll told as the victims' is one more dead
    ['A second shopper has died after the knife attack in Kelbo, and the victims\' death toll now stands at two. The '
      + 'attacker was shot dead by a marksman.', 3, 0],
    // the rest of a group, and a count of the hurt whose dead are told in the same words
    ['Both pilots died and 4 of the 9 cabin crew were hurt as the plane left the runway at Kelbo.', 2, 4],
    ['Four of the 25 diners admitted to hospital in Kelbo on Friday had died, health officials said.', 4, 21],
    // an event's second victim, told by "the", after its first
    ['The blast in Kelbo on Monday killed a porter and injured the owner of the shop.', 1, 1],
    // more of the same outcome in another place, the verb left out
    ['Two hikers were killed on the upper trail near Kelbo and another four on the lower path an hour later.', 6, 0],
    // an earlier report told with its source, then corrected; a figure withdrawn; the dead reported found alive
    ['Police said on Monday that nine people died in Kelbo, revising an earlier press report of 14 dead.',
      9, 0],
    ['Two workers were killed in the blast in Kelbo. The union first said six members had died, but an official later '
      + 'retracted the figure, saying three drivers reported dead were found alive.', 2, 0],
    // a tally over a season
    ['A slide buried a road near Kelbo on Monday, killing six people. Landslides have killed 51 people in the hills '
      + 'since the monsoon began.', 6, 0],
    // animals
    ['Villagers in Kelbo counted the deaths of some 900 sheep after the storm, and two shepherds were hurt.', 0, 2],
    // both of a pair after "and"; the killer last, "and himself", ", then himself"
    ['A lorry crash near Kelbo killed a farmer and both of his sons.', 3, 0],
    ['The gunman killed three guards and himself at the Kelbo depot on Friday.', 4, 0],
    ['A man in Kelbo killed his wife and a neighbour, then himself.', 3, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  // hospitals' intakes, parts told by their whole, and figures told as others than those counted
  it.each<[string, number, number]>([
    // each hospital's intake is one part more, and those one hospital took in are hurt
    ['Kelby Royal Hospital admitted eleven people after the crash. Tarvo District Hospital took in six.', 0, 17],
    ['The Kelby clinic said it had treated 30 people after the fire in the mill.', 0, 30],
    // a part whose whole the sentence opens with, an appositive after its one
    ['Tarvo District Hospital took in six people after the crash. Of those six, one, an elderly shepherd, died on '
      + 'Friday.', 1, 5],
    // more treated where, after a hospital's intake
    ['Kelby Royal Hospital admitted eleven people after the crash. Medics treated another four passengers on the quay '
      + 'before sending them home.', 0, 15],
    // a wound to a hand
    ['A rescuer gashed his hand on broken glass as he searched the Kelby flat.', 0, 1],
    // the dead of the hurt whose count the part gives, after a toll their deaths raised
    ['The toll from the Kelby mill blast rose to seven after three of the 20 injured died in hospital.', 7, 17],
    // a figure taken back with no comma before "but"
    ['A radio station gave 15 deaths in Kelbo but withdrew the figure; officials confirmed four dead and nine hurt.', 4,
      9],
    // all of a group but some
    ['All but three of the 22 pupils were hurt when the Kelbo school bus overturned.', 0, 19],
    // the only fatality, told after the word
    ['Scores were injured during the Kelbo stampede, and the only fatality was an elderly porter.', 1, 40],
    // an unconfirmed figure answered by the official toll
    ['Witnesses spoke of up to 25 deaths, but the official toll from the Kelbo ministry stood at 11 dead and 30 hurt.',
      11, 30],
    // a group with one of them named in an aside, then a plural verb
    ['Nine people were taken to hospital after the Kelbo blast. Five others, among them a guard who sprained his wrist, '
      + 'were treated at the scene.', 0, 14],
    // figures the article says are not in those told before
    ['Ten people were taken to hospital after the Kelbo blast. Four others were treated at the scene. Two drivers '
      + 'were treated and released; those two are not counted in the totals given.', 0, 16],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  // a tally over the summer, where no publication date dates the figures
  it.each<[string, number, number]>([
    ['Heat killed 12 people in Kelbo last week. Nationally, hot weather has been blamed for some 90 deaths this summer.',
      12, 0],
  ])('%s → %i killed, %i injured (no publication date)', (text, killed, injured) => {
    expect(totalsOf(text, null)).toEqual({ killed, injured });
  });

  // what must stay as it was
  it.each<[string, number, number]>([
    // a share of the hurt, told by a participle, is what they were, not how many were hurt
    ['Half of the 40 fans hurt in the Kelbo crush were stewards, the club said.', 0, 40],
    // a person said to be one of a group who is the only figure stays counted
    ['One of the stallholders in Kelbo is a man who was hurt by a falling awning.', 0, 1],
    // a hospital's share of those told taken to hospitals is a part of them, not the figure more add to
    ['Forty fans were taken to three hospitals after the Kelbo crush. Kelbo General Hospital admitted 25, and the rest '
      + 'went to clinics. Dozens more were treated at the ground and sent home.', 0, 64],
    // "the victims' toll" and an attacker told in the same figure are not one more
    ['The gunman and two diners were killed in Kelbo on Monday.', 3, 0],
  ])('%s → %i killed, %i injured (unchanged)', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
