import { z } from 'zod';
import { Evidence, Mention } from '../common.js';

export const OrganisationFact = Evidence.extend({
  type: z.literal('organisation'),
  /** canonical name: the longest form the text gives */
  name: z.string().min(1),
  /** acronyms and short forms the text uses for the same organisation */
  aliases: z.array(z.string()),
  mentions: z.array(Mention).min(1),
});
export type OrganisationFact = z.infer<typeof OrganisationFact>;
