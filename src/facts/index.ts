// The registry: fact types in extraction order, and the Fact union.
// Adding a fact type is one folder under facts/ plus one line in each list below.
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
