// A convention of one source: ACLED's event notes state the figure the dataset codes ("Fatalities coded as 2"), or
// close on it ("1 fatality."), after the claims of each side. That statement is the note's toll: it replaces the
// figures before it. Measured on its own in docs/casualty.md ("Conventions"); off with
// NEWSFACTS_CASUALTY_CONVENTIONS_OFF=acled, or setCasualtyConventions({ acled: false }) in the library.
import { COUNT, g, type CasualtyRule } from '../rule-parts.js';

export const ACLED_RULES: CasualtyRule[] = [
  {
    reason: 'acled-coded-fatalities',
    example: 'Fatalities coded as 3 (the rebels claimed 25).',
    cue: /\bcoded as\b/i,
    counted: true,
    toll: true,
    // the other sides' claims in brackets after it are no figure of their own
    pattern: g(`\\b(?<killed>fatalities) (?:were |are )?coded as ${COUNT}\\b(?:\\s*\\((?:[^()]|\\([^()]*\\))*\\))?`),
  },
  {
    reason: 'acled-closing-fatalities',
    example: 'Soldiers opened fire on a farmer. 1 fatality.',
    counted: true,
    toll: true,
    // the note's last sentence, and nothing else in it
    pattern: g(`^${COUNT} (?<killed>fatalit(?:y|ies))\\.?\\s*$`),
  },
];

export interface CasualtyConventions {
  /** ACLED event notes' coded figure (this module) */
  acled: boolean;
}

const off = (process.env.NEWSFACTS_CASUALTY_CONVENTIONS_OFF ?? '').split(',').map((s) => s.trim());

export const casualtyConventions: CasualtyConventions = { acled: !off.includes('acled') };

/** Switches conventions on or off for the extractions that follow. */
export function setCasualtyConventions(conventions: Partial<CasualtyConventions>): void {
  Object.assign(casualtyConventions, conventions);
}
