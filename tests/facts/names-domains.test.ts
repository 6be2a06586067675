// Domain conventions are modules of their own, switchable: with sports off, a results table is no evidence.
import { afterEach, describe, expect, it } from 'vitest';
import { factsOf } from '../helpers.js';
import { nameDomains, setNameDomains } from '../../src/facts/names/domains/index.js';

const orgNames = (text: string): string[] => factsOf(text, 'organisation').map((o) => o.name);

describe('name domains', () => {
  afterEach(() => setNameDomains({ sports: true, listedCompanies: true, newsOutlets: true, interviews: true }));

  it('are all on by default', () =>
    expect(nameDomains).toEqual({ sports: true, listedCompanies: true, newsOutlets: true, interviews: true }));

  it.each([
    ['Standings:\nRivertown 4 3 1 0 9 3 10\nLakeside 4 2 1 1 6 5 7', 'Lakeside'],
    ['Results on Saturday:\nRivertown 2 Lakeside 1\nHillford 0 Bramley 3', 'Hillford'],
    ['At the ground on Friday, Rivertown beat Lakeside by six wickets.', 'Rivertown'],
  ])('sports: %j names %s only while the domain is on', (text, team) => {
    expect(orgNames(text)).toContain(team);
    setNameDomains({ sports: false });
    expect(orgNames(text)).not.toContain(team);
  });

  it.each([
    // what a player scores is no team's: the scorer is no organisation (the team still is)
    'Rivertown beat Hillford 2-1 on Saturday. After the break, Bako Tarvi scored from the penalty spot.',
    'Rivertown beat Hillford 2-1 on Saturday. In the 88th minute, Bako Tarvi scored his second goal of the match.',
    'Rivertown beat Hillford 2-1. Late on, Bako Tarvi scored a header to seal the match.',
    // a name after a possessive is the team's player
    "Rivertown beat Hillford 2-1. Rivertown's Bako Tarvi scored.",
  ])('sports: a scorer is no team in %j', (text) => {
    expect(orgNames(text)).not.toContain('Bako Tarvi');
    expect(orgNames(text)).toContain('Rivertown');
  });
  it('sports: in a report of games, a town\'s plural nickname after "the" is a team in any sentence', () => {
    const text = 'Rivertown beat Hillford by six wickets. The match was tight. The coach was pleased with the win. The '
      + 'league title is close. The season ends soon. In the final they face either the Leeds Herons or the Cork Owls.';
    expect(orgNames(text)).toEqual(expect.arrayContaining(['Leeds Herons', 'Cork Owls']));
    setNameDomains({ sports: false });
    expect(orgNames(text)).not.toContain('Cork Owls');
  });

  it.each([
    ['The coalition won parliamentary approval after a small party asked for more money for the Tarvik Isles.',
      'Tarvik Isles'],
    ['Court halts dam in win for Velmar farmers\n\nThe court said the ministry had failed to consult them.', 'Velmar'],
  ])('sports: one game word in an article\'s only such sentence names no team: %j', (text, name) => {
    expect(orgNames(text)).not.toContain(name);
  });

  it('sports: a surname alone that scored a late penalty is no team', () => {
    const text = 'Rivertown beat Hillford 3-1 on Saturday. Late on, Tarvi scored a late penalty to seal it.';
    expect(orgNames(text)).not.toContain('Tarvi');
  });

  it('listed companies: a listed name counts only while the domain is on', () => {
    const text = 'Fund managers said Morgan Stanley cut its forecast on Monday.';
    expect(orgNames(text)).toEqual(['Morgan Stanley']);
    setNameDomains({ listedCompanies: false });
    expect(orgNames(text)).toEqual([]);
  });

  it.each([
    ['Tarvinews interviews Dana Whitcomb about the vote.', 'Tarvinews'],
    ['Tarvinews interviewed her by video call during a break.', 'Tarvinews'],
  ])('interviews: %j names the outlet %s only while the domain is on', (text, outlet) => {
    expect(orgNames(text)).toContain(outlet);
    setNameDomains({ interviews: false });
    expect(orgNames(text)).not.toContain(outlet);
  });

  it.each([
    'Smith interviewed her by video call.',
    'Ann interviewed him for the job.',
  ])('interviews: one who is a person by name interviews as a person: %j', (text) => {
    expect(orgNames(text)).toEqual([]);
  });
});
