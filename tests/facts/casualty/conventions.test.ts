// A convention of one source, switchable: ACLED event notes state the figure the dataset codes.
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import { setCasualtyConventions } from '../../../src/facts/casualty/conventions/acled.js';
import { PUBLISHED } from '../../helpers.js';

const killed = (text: string): number | undefined => extract(text, { published: PUBLISHED }).totals.killed;

// invented notes in the shape of the source: the sides' claims, then the coded figure
const CLAIMS = 'On 9 June 2025, 3 farmers were killed when rebels raided a market near Tarvik. The rebels said 22 '
  + 'soldiers were killed in the fighting.';

describe('ACLED notes: the coded figure is the toll', () => {
  afterEach(() => setCasualtyConventions({ acled: true }));

  it.each([
    [`${CLAIMS} Fatalities coded as 3 (the rebels claimed 25 deaths).`, 3],
    ['A roadside bomb wounded and killed at least 6 people on the Kelmont road. Fatalities coded as 4.', 4],
    ['Unknown gunmen attacked a convoy near Brantholm. Fatalities coded as 0 (reports of 12 fatalities unconfirmed).', 0],
    ['Soldiers opened fire on a farmer in his field. A week of raids had left 9 people dead. 1 fatality.', 1],
  ])('%s → %i killed', (text, count) => expect(killed(text)).toBe(count));

  it('off, the claims count as figures of their own', () => {
    setCasualtyConventions({ acled: false });
    expect(killed(`${CLAIMS} Fatalities coded as 3 (the rebels claimed 25 deaths).`)).not.toBe(3);
  });

  it.each([
    // "coded as" of a place, not of fatalities
    ['Herders fought farmers in a hamlet coded as Tarvik district. Two people were killed.', 2],
    // a count of fatalities inside a sentence is a figure, not a closing statement
    ['The crash caused 3 fatalities on the highway, police said. Two more people died later.', 5],
  ])('no toll from %s', (text, count) => expect(killed(text)).toBe(count));
});
