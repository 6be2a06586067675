// A toy fact type, as a new one would be written: a schema, a generous extractor and its presentation
// (how it is exported and scored). Registering it is one line; nothing in src/ names it.
import { z } from 'zod';
import type { Context } from '../../../src/context.js';
import { Evidence } from '../../../src/facts/common.js';
import type { FactPresentation } from '../../../src/facts/types.js';
import { escapeHtml as e } from '../../../src/export/html-cells.js';
import { matchByValue, spanItem } from '../../../src/validate/match.js';

export const AmountFact = Evidence.extend({
  type: z.literal('amount'),
  currency: z.enum(['USD', 'EUR']),
  amount: z.number().nonnegative(),
});
export type AmountFact = z.infer<typeof AmountFact>;

// "$3.5 million", "€200": a symbol, a number, an optional scale word
const AMOUNT = /([$€])(\d+(?:\.\d+)?)(?: (million|billion))?/g;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };

function extract(ctx: Context) {
  return [...ctx.text.matchAll(AMOUNT)].map((m) => ({
    type: 'amount' as const,
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    currency: m[1] === '$' ? ('USD' as const) : ('EUR' as const),
    amount: Number(m[2]) * (m[3] ? SCALE[m[3]]! : 1),
    reason: 'symbol-number',
    confidence: 0.9,
  }));
}

const gold = { amounts: z.array(z.object({ currency: z.string(), amount: z.number() })).optional() };
const key = (a: { currency: string; amount: number }): string => `${a.currency} ${a.amount}`;

const presentation: FactPresentation<AmountFact> = {
  type: 'amount',
  schema: AmountFact,
  spans: () => [],
  countColumn: 'amounts',
  csv: { columns: ['currency', 'amount'], row: (f) => ({ currency: f.currency, amount: f.amount }) },
  xlsx: {
    sheet: 'Amounts',
    columns: ['article', 'id', 'currency', 'amount', 'text', 'start', 'end'],
    cells: (f) => ({ currency: f.currency, amount: f.amount }),
  },
  html: {
    label: 'MONEY',
    title: 'Amounts',
    colour: '#ffe08a',
    fields: (f) => [['amount', `${f.currency} ${f.amount}`]],
    columns: [{ head: 'amount', cell: (f) => e(`${f.currency} ${f.amount}`), numeric: true }],
  },
  score: {
    gold,
    match(facts, raw) {
      const { amounts } = raw as { amounts?: Array<{ currency: string; amount: number }> };
      if (!amounts) return null;
      const predicted = facts.map((f) => spanItem(f, { value: key(f), fact: f.id }));
      return matchByValue(predicted, amounts.map((a) => ({ text: key(a), value: key(a) })));
    },
  },
};

export const amountModule = { ...presentation, extract };
