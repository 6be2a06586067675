// How people show in the outputs and are scored (see FactPresentation).
import { z } from 'zod';
import { escapeHtml as e, orDash } from '../../export/html-cells.js';
import { GoldMentions } from '../../validate/gold-spans.js';
import { matchEntities, matchMentions } from '../../validate/match.js';
import type { FactPresentation } from '../types.js';
import { PersonFact } from './schema.js';

const gold = {
  mentions: GoldMentions,
  // fixtures: one entry per person, matched on the normalised name
  people: z.array(z.object({ name: z.string().min(1), role: z.string().nullable().optional() })).optional(),
};
type PersonGold = { [K in keyof typeof gold]: z.infer<(typeof gold)[K]> };

/** The same columns in facts.csv and the People sheet. */
const cells = (fact: PersonFact) => ({
  name: fact.name,
  role: fact.role,
  affiliation: fact.affiliation,
  mentions: fact.mentions.length,
});

export const personPresentation: FactPresentation<PersonFact> = {
  type: 'person',
  schema: PersonFact,
  spans: (fact) => fact.mentions,
  countColumn: 'people',
  csv: {
    columns: ['name', 'role', 'affiliation', 'mentions'],
    row: (fact) => cells(fact),
  },
  xlsx: {
    sheet: 'People',
    columns: [
      'article', 'id', 'name', 'role', 'affiliation', 'mentions', 'text', 'start', 'end', 'confidence', 'reason',
    ],
    cells: (fact) => cells(fact),
  },
  html: {
    label: 'PERSON',
    title: 'People',
    colour: '#c3b8fd',
    fields: (fact) => [
      ['name', fact.name],
      ['role', fact.role],
      ['affiliation', fact.affiliation],
      ['mentions', fact.mentions.length],
    ],
    columns: [
      { head: 'name', cell: (f) => e(f.name) },
      { head: 'role', cell: (f) => orDash(f.role) },
      { head: 'affiliation', cell: (f) => orDash(f.affiliation) },
      { head: 'mentions', cell: (f) => e(f.mentions.length), numeric: true },
    ],
  },
  score: {
    gold,
    match(facts, raw) {
      const g = raw as PersonGold;
      if (g.people) return matchEntities(facts, g.people.map((p) => ({ name: p.name, aliases: [] })));
      return g.mentions ? matchMentions(facts, g.mentions, 'person') : null;
    },
  },
};
