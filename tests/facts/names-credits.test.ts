// Names in bylines, credits and records, and bodies whose names hold a possessive or a month's abbreviation (issue 12).
// Every name here is made up for the test.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation', null).map((o) => o.name);
const people = (text: string) => factsOf(text, 'person', null);
const personNames = (text: string): string[] => people(text).map((p) => p.name);
const personOf = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('writers a byline, a credit or a footer names, and the outlet they write for', () => {
  it.each([
    // a surname the parse reads as a place's or a thing's word
    ['Harbour fees rise\nBy Ann Marsh, The Kelby Ledger\n\nFees rose on Monday, the port said.', 'Ann Marsh',
      'Kelby Ledger'],
    // the credits at the foot work for the outlet the byline names
    ['Harbour fees rise\nBy Ann Lee, The Kelby Ledger\n\nFees rose on Monday, the port said.\n\nAdditional reporting '
      + 'by Tom Reyes in Tarvo. Edited by Lisa Hart.', 'Tom Reyes', 'Kelby Ledger'],
    ['Harbour fees rise\nBy Ann Lee, The Kelby Ledger\n\nFees rose on Monday, the port said.\n\nAdditional reporting '
      + 'by Tom Reyes in Tarvo. Edited by Lisa Hart.', 'Lisa Hart', 'Kelby Ledger'],
    // a byline with no outlet, a copyright footer naming it with its article
    ['Harbour fees rise\nBy Ann Lee\n\nFees rose on Monday, the port said.\n\n© 2024 The Kelby Tribune', 'Ann Lee',
      'Kelby Tribune'],
  ])('%j: %s writes for %s', (text, name, outlet) => {
    expect(personOf(text, name)?.affiliation).toBe(outlet);
  });

  it.each([
    ['Strikers rally on Tuesday. (Photo: Ann Lee/Kelby Images)', 'Ann Lee', 'Kelby Images'],
    // a romanised given name, its syllables joined by a hyphen, up to the slash
    ['Strikers rally on Tuesday. (Photo: Yoon Ha-neul/Tarvo Press Images)', 'Yoon Ha-neul', 'Tarvo Press Images'],
    // a credit's own line, the agency closing it: the name before the slash is the photographer's, no member of a list
    ['Strikers rally on Tuesday.\n\nPhotos: Kestra Vallo/Tarvo Picture Agency', 'Kestra Vallo', 'Tarvo Picture Agency'],
    // (the outlet first, its photographer after the slash)
    ['Strikers rally on Tuesday.\n\nPicture: Tarvo Newswire/Kestra Vallo', 'Kestra Vallo', 'Tarvo Newswire'],
  ])("a photograph's credit %j names %s and the agency %s", (text, name, agency) => {
    expect(personNames(text)).toEqual([name]);
    expect(orgNames(text)).toEqual([agency]);
  });

  it.each(['Staff Writer', 'Business Desk'])('a byline\'s %s after the outlet is no part of its name', (role) => {
    const text = `Harbour fees rise\nBy Ann Lee, Kelby Ledger ${role}\n\nFees rose on Monday, the port said.`;
    expect(orgNames(text)).toEqual(['Kelby Ledger']);
    expect(personOf(text, 'Ann Lee')?.affiliation).toBe('Kelby Ledger');
  });

  it.each([
    // styles of address and honours the name leaves out
    ['"We saved," said Maître Ida Sarn, the lawyer for the savers.', 'Ida Sarn'],
    ['The Minister for Ports, Hon. Tom Roe, said the deal was fair.', 'Tom Roe'],
    ['"It is fair," said Hon. Tom Roe, the minister for ports.', 'Tom Roe'],
    ['Chief negotiator Dame Ann Vallo DNZM, who led the talks, said the deal was fair.', 'Ann Vallo'],
  ])('%j names %s alone', (text, name) => {
    expect(personNames(text)).toEqual([name]);
  });
});

describe('bodies whose names hold a possessive, a people or a word a month abbreviates', () => {
  it.each([
    ["She runs the Kelbo Dockers' Centre in the port.", "Kelbo Dockers' Centre"],
    ["A judge of the Court of Queen's Bench for Tarvia ruled on Monday.", "Court of Queen's Bench for Tarvia"],
    ['The Tarvo River Dene Nation signed the deal with the province.', 'Tarvo River Dene Nation'],
    ['The contract went to Mar Azul Dragagens, S.A., a Kelbo firm.', 'Mar Azul Dragagens, S.A.'],
  ])('%s → %s', (text, name) => {
    expect(orgNames(text)).toEqual([name]);
  });

  it.each([
    // a mall named after a town is no body
    ['We met at the Kelby Centre on Monday.', []],
    // a month before a company's name stays out of it
    ['On Mar 3 Kelbo Foods Ltd said profits fell.', ['Kelbo Foods Ltd']],
    // a currency's code before a sum is no body
    ['The yard paid CHF 2.5bn and SEK 4,500 to the union.', []],
    ['Nordlaks ASA lost NOK 40 million last year.', ['Nordlaks ASA']],
  ])('%s → %j', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });
});

describe('names and titles of clergy, councillors and boards', () => {
  it.each([
    ['Kosgei Kiprop arap Rono, chairman of the growers, said prices fell.', ['Kosgei Kiprop arap Rono']],
    ['Canon Peter Olu, the parish priest, said Mass on Sunday.', ['Peter Olu']],
    ['The Rt Hon Ann Lee MP and the Revd Tom Roe spoke.', ['Ann Lee', 'Tom Roe']],
    ['The Venerable Ida Marr moved the motion.', ['Ida Marr']],
    ['Present: Mayor Ann Lee; Directors Tom Roe and Ida Marr.', ['Ann Lee', 'Tom Roe', 'Ida Marr']],
  ])('%s → %j', (text, names) => {
    expect(personNames(text)).toEqual(names);
  });

  // a style of address is no body: "the Rt Revd" serves no one
  it('Presiding: the Rt Revd Dr Ann Lee, Bishop of Kelby. → Ann Lee, no body', () => {
    expect(personOf('Presiding: the Rt Revd Dr Ann Lee, Bishop of Kelby.', 'Ann Lee')?.affiliation).toBeNull();
  });

  it.each<[string, string, string | null, string | null]>([
    // an office before the name, its "of" opening the phrase, and the body "its" stands for
    ['Kelbo Borough Council accepted the resignation of its finance director, Tom Ridley, on Monday.', 'Tom Ridley',
      'finance director', 'Kelbo Borough Council'],
    // a councillor by title, where the article names one council; the office before the title is the role
    ['Kelbo Borough Council met on Monday. The mayor, Cr Ruth Pym, said the vote was close.', 'Ruth Pym', 'mayor',
      'Kelbo Borough Council'],
    ['Kelbo Borough Council met on Monday. Cr Ben Hart voted against it.', 'Ben Hart', 'Cr', 'Kelbo Borough Council'],
    // the body a record is of, before what the record is, for the board present
    ['Kelby Water District: Special Board Meeting\n\nBoard present: President Ann Lee; Director Tom Roe.\n\nPresident '
      + 'Lee: Good evening.', 'Tom Roe', 'Director', 'Kelby Water District'],
    // a council's members present, after a mayor
    ['Kelbo Borough Council: Extraordinary Meeting\n\nCouncil present: Mayor Ilse Varn; Councillors Otto Brisk and '
      + 'Mira Holm.\n\nMayor Varn: We meet to hear the report.', 'Mira Holm', null, 'Kelbo Borough Council'],
    // but not for one also present, from elsewhere
    ['Kelby Water District: Special Board Meeting\n\nBoard present: President Ann Lee. Also present: Sergeant Ida '
      + 'Marr.\n\nPresident Lee: Good evening.', 'Ida Marr', 'Sergeant', null],
    // two councils: no telling which
    ['Kelbo Borough Council and Tarvo City Council met on Monday. Cr Ben Hart voted against it.', 'Ben Hart', 'Cr', null],
    // one who speaks for the body whose record it is
    ['Kelby Rovers FC: media session after the match\n\n[00:00:04] Rita Moss: Right, let us start.\n[00:00:27] Ivo '
      + 'Brandt: Proud. Our club doctor, Dr Ada Finch, checks him on Monday.', 'Ada Finch', 'club doctor',
    'Kelby Rovers FC'],
    // a reporter who gives a paper's name with its "The" in their turn
    ['[00:01:02] Elio Varga: Elio Varga, The Tarvo Courier. Is he fit?', 'Elio Varga', null, 'Tarvo Courier'],
    // "of" and a determiner inside the phrase are what the role serves
    ['The union backed the head of the union, Tom Ridley, on Monday.', 'Tom Ridley', 'head of the union', null],
  ])('%s: %s is %s of %s', (text, name, role, affiliation) => {
    const person = personOf(text, name);
    expect(person?.role).toBe(role);
    expect(person?.affiliation).toBe(affiliation);
  });
});
