// A convention of one source, switchable: ACLED event notes state the figure the dataset codes.
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import { setCasualtyConventions } from '../../../src/facts/casualty/conventions/acled.js';
import { PUBLISHED } from '../../helpers.js';

const killed = (text: string): number | undefined => extract(text, { published: PUBLISHED }).totals.killed;

// invented notes in the shape of the source
const CLAIMS = 'On 3 May 2025, 1 policeman and 1 civilian were killed in an ambush near Tarvik. The group claimed at least '
  + '14 soldiers were killed.';

describe('ACLED notes: the coded figure is the toll', () => {
  afterEach(() => setCasualtyConventions({ acled: true }));

  it.each([
    [`${CLAIMS} Fatalities coded as 2 (the group reported 16 fatalities).`, 2],
    ['At least 7 soldiers were killed and wounded when a mine hit their truck. Fatalities coded as 3.', 3],
    ['Gunmen opened fire on a checkpoint. Fatalities coded as 0 (the group reported unknown fatalities (10)).', 0],
    ['Police shot him and killed him. Days of clashes had left 8 armed men dead. 1 fatality.', 1],
  ])('%s → %i killed', (text, count) => expect(killed(text)).toBe(count));

  it('off, the claims count as figures of their own', () => {
    setCasualtyConventions({ acled: false });
    expect(killed(`${CLAIMS} Fatalities coded as 2 (the group reported 16 fatalities).`)).not.toBe(2);
  });

  it.each([
    // "coded as" of a place, not of fatalities
    ['Villagers clashed in Bate village, coded as Tarvik district. Two people were killed.', 2],
    // a count of fatalities inside a sentence is a figure, not a closing statement
    ['The crash caused 3 fatalities on the highway, police said. Two more people died later.', 5],
  ])('no toll from %s', (text, count) => expect(killed(text)).toBe(count));
});
