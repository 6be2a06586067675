// How organisations show in the outputs and are scored (see FactPresentation).
import { z } from 'zod';
import { escapeHtml as e, orDash } from '../../export/html-cells.js';
import { GoldMentions } from '../../validate/gold-spans.js';
import { matchEntities, matchMentions } from '../../validate/match.js';
import type { FactPresentation } from '../types.js';
import { OrganisationFact } from './schema.js';

const gold = {
  mentions: GoldMentions,
  // fixtures: one entry per organisation, matched on its name or any alias
  organisations: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })).optional(),
};
type OrganisationGold = { [K in keyof typeof gold]: z.infer<(typeof gold)[K]> };

/** The same columns in facts.csv and the Organisations sheet. */
const cells = (fact: OrganisationFact) => ({
  name: fact.name,
  aliases: fact.aliases.join('; '),
  mentions: fact.mentions.length,
});

export const organisationPresentation: FactPresentation<OrganisationFact> = {
  type: 'organisation',
  schema: OrganisationFact,
  spans: (fact) => fact.mentions,
  countColumn: 'organisations',
  csv: {
    columns: ['name', 'aliases', 'mentions'],
    row: (fact) => cells(fact),
  },
  xlsx: {
    sheet: 'Organisations',
    columns: ['article', 'id', 'name', 'aliases', 'mentions', 'text', 'start', 'end', 'confidence', 'reason'],
    cells: (fact) => cells(fact),
  },
  html: {
    label: 'ORG',
    title: 'Organisations',
    colour: '#7aecec',
    fields: (fact) => [
      ['name', fact.name],
      ['aliases', fact.aliases.join(', ') || null],
      ['mentions', fact.mentions.length],
    ],
    columns: [
      { head: 'name', cell: (f) => e(f.name) },
      { head: 'aliases', cell: (f) => orDash(f.aliases.join(', ')) },
      { head: 'mentions', cell: (f) => e(f.mentions.length), numeric: true },
    ],
  },
  score: {
    gold,
    match(facts, raw) {
      const g = raw as OrganisationGold;
      // a fixture's entity list wins over mention spans when a gold file has both
      if (g.organisations) return matchEntities(facts, g.organisations);
      return g.mentions ? matchMentions(facts, g.mentions, 'organisation') : null;
    },
  },
};
