// Reading CSV back in tests: csv-parse (the sibling of the csv-stringify that writes it), records keyed
// by the header, the byte-order mark dropped.
import { parse } from 'csv-parse/sync';

export function readCsv(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true, bom: true, relax_column_count: true }) as Array<Record<string, string>>;
}
