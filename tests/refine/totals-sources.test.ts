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
    // (or calls it false, unverified or unconfirmed)
    ['Police said six people died in the Varo fire. A residents\' group said 15 had died. Officials described the '
      + 'figure as false.', 6, 0],
    ['The ministry said three miners died at the Varo pit. The company said nine miners had been killed. The ministry '
      + 'said the firm\'s count had not been confirmed.', 3, 0],
    ['Two workers died in the Varo blast. A union said 14 workers had been hurt. The regulator said it could not '
      + 'verify the figure.', 2, 0],
    // a count said to hold the missing
    ['A council said eight residents drowned in the Varo floods. A charity said 12 residents drowned, but its tally '
      + 'also counts four who remain missing.', 8, 0],
    // a larger figure told as a claim, after the toll
    ['Officials said seven people died in the Varo fire and 20 were admitted to hospital. A union claimed that 11 '
      + 'people had died.', 7, 20],
    ['The navy denied an initial report of 33 deaths and said 12 sailors had died.', 12, 0],
    // those taken to named hospitals, or told by a hospital to have come in
    ['Nine people were admitted to Varo General Hospital, and four were taken to Lenk Clinic with fractures.', 0, 13],
    ['Varo Infirmary said it had admitted five of the wounded. Lenk Clinic treated two people for burns.', 0, 7],
    ['Varo Medical Center treated 17 patients, among them a cook.', 0, 17],
    // those told as not among a count, or not in a source's figures, are more
    ['Twelve miners were hurt in a Varo blast. Three were flown to Lenk. Two guards were injured later, and the pair '
      + 'were not among the 12.', 0, 14],
    ['Ten riders were admitted to hospital in Varo on Monday. Two guards were hurt. They were not counted by the '
      + 'board.', 0, 12],
    ['Ten riders were admitted to hospital in Varo on Monday. Two cooks were hurt. Both do not feature in the '
      + 'council\'s figures.', 0, 12],
    ['Officials said 70 fans were admitted to two hospitals: 50 to Varo General and 20 to Lenk Clinic. Lenk '
      + 'Clinic\'s figure includes two stewards who broke ribs. About 30 more fans were treated for cuts at first-aid '
      + 'posts, officials said.', 0, 100],
    // treated on site, after people hospitalised; a responder hurt in a clause of its own
    ['Thirty people were hospitalised after the Varo leak. Two lifeguards suffered acid burns and were treated on '
      + 'site.', 0, 32],
    ['Two joggers were treated for burns in Varo, and a paramedic was injured by a falling branch.', 0, 3],
    // more told as more are none of those the dead leave
    ['A gas blast in Varo killed two people. Varo General Hospital admitted seven. Medics treated five more diners on '
      + 'site.', 2, 12],
    // a source's figure it then deletes, or one the officials cannot confirm, after the toll
    ['Police said four people died in the Varo fire. A local blog said nine had died, but it deleted that post soon '
      + 'after.', 4, 0],
    ['Officials said six people died in the Varo crush. A fans\' club said eight had died, a figure officials said they '
      + 'could not confirm.', 6, 0],
    // more treated on site, told as more; another clause after a part with its own verb; gas exposure
    ['Ten fans were taken to hospital from the Varo crush, and medics treated 30 more on site.', 0, 40],
    ['Nine tenants were admitted to hospital from the Varo block, including a man who died in the night, and six were '
      + 'treated at the scene.', 1, 14],
    ['Nine tenants were admitted to hospital from the Varo block. Two firemen suffered carbon monoxide '
      + 'exposure, and the pair were not counted in the council\'s figures.', 0, 11],
    ['Eleven workers were admitted to Varo General Hospital. Paramedics treated six more at the scene.', 0, 17],
    // people told found unharmed
    ['Nine pupils stayed in hospital for tests but were declared uninjured.', 0, 0],
  ])('%s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  it.each<[string, number, number]>([
    // what is rejected is named after it, not the figure before
    ['Police said two guards were shot dead in Varo. Officials denied the claim that the police had been slow to '
      + 'arrive.', 2, 0],
    // a part of the hurt told before, and those at the scene beside it
    ['A man was shot dead and three others were hurt in Varo. Two men were rushed to hospital. Two women were grazed '
      + 'and treated on site.', 1, 3],
    // a year's tally across a country
    ['A small plane hit a barn in Varo on Monday, killing five people. Nine people died in 31 plane crashes nationally '
      + 'last year.', 5, 0],
    // one hospital told twice is one intake
    ['Varo General Hospital treated six people for burns. Varo General Hospital later said it had treated six.', 0, 6],
  ])('not a second figure: %s → %i killed, %i injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });

  it('reads no figure in the count others are told apart from', () => {
    const text = 'Eleven workers were hurt in the Varo blast. Two guards were injured later; the pair are not among the 11 '
      + 'taken to hospital.';
    expect(factsOf(text, 'casualty').map((f) => f.count)).toEqual([11, 2]);
    expect(totalsOf(text)).toEqual({ killed: 0, injured: 13 });
  });

  it('keeps both figures of a sentence that gives two sources\' for the totals to choose between', () => {
    const text = 'Police said five residents had died in Varo, while a rights group counted 13 dead. The ministry '
      + 'rejected that figure.';
    expect(factsOf(text, 'casualty').map((f) => f.count)).toEqual([5, 13]);
  });
});
