// An article's totals where a figure is ranked against an older event, a toll holds or is revised from a figure of the
// dead, a count is told as few, or a source's own count or an earlier version of the story is set aside (issue 13).
// Every article here is made up for the test.
import { describe, expect, it } from 'vitest';
import { totalsOf } from '../helpers.js';

describe('totals of ranked, revised and corrected figures', () => {
  it.each<[string, number, number]>([
    // the older event a figure is ranked against is another, and so are its figure and its year
    ['The blast, the worst since a 2019 fire that killed 41, left 12 dead and about 30 injured.', 12, 30],
    // "not a single" is no one
    ['Not one soul died in the Varo explosion, officials said, but nine workers were treated for burns.', 0, 9],
    // (whoever "not one" names)
    ['Not one child was hurt when the Varo school bus slid off the road.', 0, 0],
    // survivors found beside the bodies share no death
    ['Divers recovered 11 survivors and four bodies from the capsized Varo ferry.', 4, 0],
    // a toll that held, or was revised down from a figure of the dead
    ['Six people were hurt in the collision at Varo; the official death toll stayed at two.', 2, 6],
    ['Officials revised the toll from the Varo crush down from 15 dead to 13 after a double count.', 13, 0],
    // a count told as few
    ['The gas leak at the Varo plant injured only two workers.', 0, 2],
    // those a crash left hurt, where they were told before "with"
    ['The collision killed one rider and left all three passengers in the van with injuries.', 1, 3],
    // a larger figure told as its teller's own count
    ['Officials said five miners died at the Varo pit. "By our count eight men died," a union leader said.', 5, 0],
    // a story's correction: the earlier version's figure is set aside
    ['Two people died and 18 were injured in the Varo derailment.\n\nAn earlier edition of this page gave 30 '
      + 'injured.', 2, 18],
    // the number in hospital, raised by more admitted
    ['Seven climbers were flown to hospital. Two more were admitted on Sunday, and the number in hospital rose to nine.',
      0, 9],
    // a part of those who died, told after the hurt, is of the dead
    ['Officials said 52 people died in the Varo heat. Some 400 were treated in hospitals. 30 of those who died had '
      + 'no fan.', 52, 400],
    // both of two named by "neither … nor" unhurt
    ['Neither the ferryman nor any of the 40 walkers on the deck was hurt when the hull scraped the pier.', 0, 0],
    // those reported missing and found are no share of a tally of many events
    ['The death toll from the Varo landslide was revised down to six, and 8 of the 10 people reported missing were '
      + 'found alive. Police had earlier said eight people died.', 6, 0],
    // the number of those who died, after a double count
    ['On Friday a rescue chief said 15 people had died in the Varo fire. On Saturday he said four had been counted '
      + 'twice, and the number of people who have died stands at 11.', 11, 0],
  ])('%s', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
