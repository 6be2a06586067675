import { extract } from '../src/pipeline.js';
import type { Fact } from '../src/facts/index.js';

// Every date test uses this fixed publication date (a Wednesday), never the clock.
export const PUBLISHED = '2025-08-13';

export function factsOf<T extends Fact['type']>(text: string, type: T, published: string | null = PUBLISHED): Array<Extract<Fact, { type: T }>> {
  return extract(text, { published }).facts.filter((f): f is Extract<Fact, { type: T }> => f.type === type);
}

/** An article's totals of killed and injured, at the fixed publication date (or none). */
export function totalsOf(text: string, published: string | null = PUBLISHED): { killed: number; injured: number } {
  return extract(text, { published }).totals;
}
