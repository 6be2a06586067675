// An interview's outlet: the one word that interviews someone, when it is no one's name, is the site, paper or
// broadcaster that asked ("Tarvinews interviews Dana Whitcomb", "Tarvinews interviewed her by video call"). Measured
// on one dev corpus only (the interviews of a citizen-journalism site, which open so), hence a domain of its own.
import type { Token } from '../../../context.js';
import { isListedFirstName } from '../../person/patterns.js';
import { isCommonSurname } from '../../person/surnames.js';

const INTERVIEWS_AFTER = /^ (?:interviews|interviewed|has interviewed) (?:\p{Lu}|(?:him|her|them)\b)/u;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/** Whether a one-word name, with the text after it, is the outlet that interviews (a surname that interviews is no
 * outlet: "Smith interviewed her"). */
export function interviewingOutlet(token: Token, after: string): boolean {
  return INTERVIEWS_AFTER.test(after) && !PERSON_TAGS.some((tag) => token.tags.has(tag))
    && !isListedFirstName(token.text) && !isCommonSurname(token.text);
}
