import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/context.js';
import { readClause, type Phrase } from '../../../src/facts/casualty/clause.js';
import { totalsOf } from '../../helpers.js';

/** The clause of `predicate` (its first occurrence) in `sentence`, with its phrases as text. */
function clauseOf(sentence: string, predicate: string) {
  const ctx = createContext(sentence);
  const at = sentence.indexOf(predicate);
  const clause = readClause(ctx, at, at + predicate.length);
  const text = (p: Phrase | null): string | null => (p ? sentence.slice(p.start, p.end) : null);
  return clause && { voice: clause.voice, subject: text(clause.subject), object: text(clause.object), clause };
}

describe('clause reader', () => {
  // sentence, outcome predicate → voice, subject, object
  it.each([
    ['Three raiders killed a night watchman.', 'killed', 'active', 'Three raiders', 'a night watchman'],
    ['The blast damaged four vehicles.', 'damaged', null, null, null],
    ['The convoy attack destroyed four vehicles.', 'destroyed', 'active', 'The convoy attack', 'four vehicles'],
    ['A 45-year-old man and his two sons were killed.', 'killed', 'passive', 'A 45-year-old man and his two sons', null],
    ['Her husband, Tomas Quill, was killed.', 'killed', 'passive', 'Her husband, Tomas Quill', null],
    ['Two porters were shot dead on Tuesday.', 'shot dead', 'passive', 'Two porters', null],
    ['The cyclist got hurt in the crash.', 'hurt', 'passive', 'The cyclist', null],
    ['Four hikers died two days later.', 'died', 'intransitive', 'Four hikers', null],
    ['Five miners suffered burn injuries.', 'suffered burn injuries', 'intransitive', 'Five miners', null],
    ['Six sailors lost their lives.', 'lost their lives', 'intransitive', 'Six sailors', null],
    ['A boy shot and badly injured his cousin.', 'shot', 'active', 'A boy', 'his cousin'],
    ['The raiders, who had killed the guard, fled.', 'killed', 'active', 'The raiders', 'the guard'],
    ['Gunmen shot dead a shepherd and his son.', 'shot dead', 'active', 'Gunmen', 'a shepherd and his son'],
    ['Ivo Brandt, 45, was shot and killed Sunday.', 'shot and killed', 'passive', 'Ivo Brandt, 45', null],
    ['Four people in a van were wounded.', 'wounded', 'passive', 'Four people in a van', null],
    ['Seven guards were killed and wounded.', 'wounded', 'passive', 'Seven guards', null],
    // phrases of time after a verb are no objects
    ['A porter shot this morning is stable.', 'shot', 'active', 'A porter', null],
    ['A clerk shot several times survived.', 'shot', 'active', 'A clerk', null],
    ['A driver injured last night is recovering.', 'injured', 'active', 'A driver', null],
    ['Two men shot Sunday night survived.', 'shot', 'active', 'Two men', null],
    // a second verb that is the victim's own doing takes no victim
    ['A tailor was shot and drove himself to a clinic.', 'shot', 'passive', 'A tailor', null],
    ['A tailor shot and drove himself to a clinic.', 'shot', 'active', 'A tailor', null],
  ])('%s [%s] → %s', (sentence, predicate, voice, subject, object) => {
    const read = clauseOf(sentence, predicate);
    if (voice === null) return expect(read).toBeNull();
    expect(read).toMatchObject({ voice, subject, object });
  });

  it('marks a perfect or a relative clause before an active verb', () => {
    expect(clauseOf('The men who killed the guard fled.', 'killed')?.clause.perfectOrRelative).toBe(true);
    expect(clauseOf('Three men have killed nobody.', 'killed')?.clause.perfectOrRelative).toBe(true);
    expect(clauseOf('Three men were killed.', 'killed')?.clause.perfectOrRelative).toBe(false);
  });
});

describe('casualty figures read through the clause', () => {
  // sentence → totals: an active subject is the attacker, a passive or intransitive subject the victims
  it.each([
    ['Three gunmen killed a guard at the gate.', 1, 0],
    ['Three raiders killed twelve villagers.', 12, 0],
    ['The blast damaged four vehicles.', 0, 0],
    ['A 45-year-old man and his two sons were killed.', 3, 0],
    ['Her husband, Tomas Quill, was killed.', 1, 0],
    ['A strike hit a tent, killing a woman and her three children.', 4, 0],
    ['Two porters were shot dead on Tuesday.', 2, 0],
    ['Four hikers died in the storm.', 4, 0],
    ['A boy shot and badly injured his cousin.', 0, 1],
    ['A watchman shot another watchman in the leg.', 0, 1],
    ['A clerk shot several times survived.', 0, 1],
    ['A porter shot one time in the arm survived.', 0, 1],
    ['A tailor shot Ivo Brandt and fled.', 0, 1],
    ['Two gunmen shot some people.', 0, 0],
    // the objects of an active verb, listed with commas and "and", each added once
    ['Raiders killed a herder and his two wives.', 3, 0],
    ['The raiders killed a teacher, his wife and their three daughters.', 5, 0],
    // one more, the person noun left out
    ['A mine killed two porters and wounded a third.', 2, 1],
    ['The gunman killed one guard and wounded another.', 1, 1],
    // a hurt person's state after "remains", "left" ("left in critical condition"); a road victim struck and killed
    ['A teenager remains in a critical condition after being stabbed.', 0, 1],
    ['A porter was left fighting for his life in hospital.', 0, 1],
    ['Two clerks were left in critical condition after the stabbing.', 0, 2],
    // a fall to one's death; an escape with minor injuries is a hurt
    ['Two climbers fell to their deaths on the ridge.', 2, 0],
    ['The driver escaped with minor injuries.', 0, 1],
    // named people with ages are victims only of an outcome ("charged", "shot and killed a man": not theirs)
    ['Ilse Quent, 34, and Bram Prane, 61, were charged with murder.', 0, 0],
    ['Ilse Quent, 34, and Bram Prane, 61, shot and killed a man.', 1, 0],
    ['The man killed was identified as Bram Prane, 61.', 1, 0],
    // a named victim and the kin after "and her": one more; "a further" group and the lightly hurt after the seriously
    // hurt are others; "injured passengers died": an adjective of the dead
    ['Greta Vell and her two daughters were killed in the fire.', 3, 0],
    ['Police said Greta Vell and her husband were arrested.', 0, 0],
    ['Greta Vell and her son were killed in the blaze.', 2, 0],
    ['Nine people suffered burns and a further six were treated for smoke inhalation.', 0, 15],
    ['Six people were seriously injured and 11 slightly injured in the crash.', 0, 17],
    ['The toll rose to 24 after two injured passengers died in hospital.', 24, 0],
    // a figure revised to a bare count: the count replaces it
    ['Officials first said 30 people had died, but later revised the figure up to 41.', 41, 0],
    ['Officials reported 19 dead, but revised the figure down to 17 on Sunday.', 17, 0],
    // a sum of money is no head count, nor the tail of a figure after its comma
    ['The council gave Tk 10,000 to each injured person.', 0, 0],
    ['Officials paid $5,000 to each injured person.', 0, 0],
    ['Each family of the injured received P20,000.', 0, 0],
    // a verb and where it happened before "and" and the outcome
    ['Five bystanders were caught in the crossfire and wounded.', 0, 5],
    ['Three miners were trapped inside the shaft and killed.', 3, 0],
    ['Four porters were hurt in the blast; one was left in serious condition.', 0, 4],
    ['A pedestrian was struck and killed by a bus.', 1, 0],
    // a relative clause with its own "was" and no harm of its own before the victim's outcome
    ['A woman who was with him was wounded in the arm.', 0, 1],
    ['A driver who was stuck in traffic was killed.', 1, 0],
    // one who is in hospital after an accident is hurt
    ['A cyclist is in hospital after a collision with a van.', 0, 1],
    // a toll that passes a figure
    ['The death toll climbed past 100 on Tuesday.', 100, 0],
    // a pronoun shot dead is killed, not only hit
    ['Police shot him dead.', 1, 0],
    // the hurt who died, where they were hurt told between: the dead only
    ['Three men injured in Friday\'s riot died on Sunday, raising the toll to 12.', 12, 0],
    // the cold's harm and broken bones are injuries
    ['Four walkers were rescued with frostbite after the storm.', 0, 4],
    ['Three pupils broke bones as they fled down the stairs.', 0, 3],
    // one's animals are no victims, the one coordinated with them is
    ['A herder and six of his goats were killed by the flood.', 1, 0],
    // one told before by "the" is one of those counted: more add to the count
    ['Six people were hurt, including a porter. The porter was treated for cuts. Two more guests were hurt as they '
      + 'ran.', 0, 8],
    // a year that names an earlier disaster is no head count, and the disaster is background
    ['The 1998 tsunami killed more than 40,000 people along the coast.', 0, 0],
  ])('%s → %d killed, %d injured', (text, killed, injured) => {
    expect(totalsOf(text)).toEqual({ killed, injured });
  });
});
