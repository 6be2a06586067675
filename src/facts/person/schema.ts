import { z } from 'zod';
import { Evidence, Mention } from '../common.js';

export const PersonFact = Evidence.extend({
  type: z.literal('person'),
  /** full name as first introduced */
  name: z.string().min(1),
  /** title or role as the text states it */
  role: z.string().nullable(),
  /** organisation or country the role belongs to, where the text gives it */
  affiliation: z.string().nullable(),
  mentions: z.array(Mention).min(1),
});
export type PersonFact = z.infer<typeof PersonFact>;
