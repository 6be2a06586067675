import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const affiliationOf = (text: string, name: string): string | null | undefined =>
  extract(text, { published: '2026-11-30' }).facts.find((f) => f.type === 'person' && f.name === name)
    ?.affiliation;

// A person's affiliation is named as the organisation it is a form of, so the column joins the organisation rows.
describe('affiliation-names refiner', () => {
  it.each([
    // a short name, an acronym
    ['Tolvane Holdings owns the mine. Rhea Castell, chief executive of Tolvane, said so.', 'Rhea Castell',
      'Tolvane Holdings'],
    ['The Marsh Water Authority (MWA) acted. Dario Penn, the MWA chairman, said the rules were clear.', 'Dario Penn',
      'Marsh Water Authority'],
    // a company's name without two legal forms; the first words of one organisation's name
    ['Kelby Analytics Pvt Ltd raised funds. Ann Lee, co-founder of Kelby Analytics, said so.', 'Ann Lee',
      'Kelby Analytics Pvt Ltd'],
    ['Members of the Tarn Valley Building Society voted for the merger. Ann Lee, the Tarn Valley chief executive, '
      + 'said so.', 'Ann Lee', 'Tarn Valley Building Society'],
    // a body's head word alone: the one body of the article whose name ends in it
    ['The Arden Valley School Board met on Monday. Board President Dana Whitlow said the vote was close.',
      'Dana Whitlow', 'Arden Valley School Board'],
    // an office named for its holder
    ["Sheriff Mara Quist said the Tarvik County Sheriff's Office had closed two roads.", 'Mara Quist',
      "Tarvik County Sheriff's Office"],
  ])('%s → %s of %s', (text, name, affiliation) => {
    expect(affiliationOf(text, name)).toBe(affiliation);
  });

  it.each([
    // a whole body is not its part named after it
    ['The KDF Review Board published its report. Ann Lee, a KDF spokeswoman, said the report was fair.', 'Ann Lee',
      'KDF'],
    // ...nor is a club a body of its people named after it
    ["Kelby Rovers sacked their coach. The Kelby Rovers Supporters' Trust welcomed it. Tova Brink, the Kelby Rovers "
      + 'captain, said nothing.', 'Tova Brink', 'Kelby Rovers'],
    // a country's abbreviation is no body's first words
    ['The U.K. Trade Agency opened an office on Monday. Dan Ortiz, the U.K. envoy, said it would stay open.',
      'Dan Ortiz', 'U.K.'],
  ])('%s → %s of %s, as written', (text, name, affiliation) => {
    expect(affiliationOf(text, name)).toBe(affiliation);
  });
});
