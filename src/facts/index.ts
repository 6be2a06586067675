// The extractors of the fact types, and the Fact union. How each type is validated, exported and scored
// is in ./registry.ts (kept apart, without the NLP, for the main thread of a batch).
// Adding a fact type is one folder under facts/ (schema, extract, present) plus one line in each list
// below and in ./registry.ts; at run time, registerFactType adds one in a single call.
import { z } from 'zod';
import { OrganisationFact } from './organisation/schema.js';
import { PersonFact } from './person/schema.js';
import { DateFact } from './date/schema.js';
import { CasualtyFact } from './casualty/schema.js';
import { organisationModule } from './organisation/extract.js';
import { personModule } from './person/extract.js';
import { dateModule } from './date/extract.js';
import { casualtyModule } from './casualty/extract.js';
import type { FactModule } from './types.js';

export const Fact = z.discriminatedUnion('type', [OrganisationFact, PersonFact, DateFact, CasualtyFact]);
export type Fact = z.infer<typeof Fact>;
export type FactType = Fact['type'];
export type { OrganisationFact, PersonFact, DateFact, CasualtyFact };

// Order matters only for readability of the output: entities, then dates, then casualties.
export const factModules: ReadonlyArray<FactModule<Fact>> = [
  organisationModule,
  personModule,
  dateModule,
  casualtyModule,
] as unknown as ReadonlyArray<FactModule<Fact>>;

export const factTypes = ['organisation', 'person', 'date', 'casualty'] as const satisfies readonly FactType[];
