// facts.xlsx: one workbook with a sheet per kind of row — Articles, Organisations, People, Dates,
// Casualties — each with only its own columns. Numbers are numbers, day-precise dates are real dates
// (a TIMEX3 value stays text: "203" is the 2030s, not a number), the header row is frozen and every
// sheet has an autofilter.
//
// Rows are built next to the extraction (in a worker) as plain cells; the main thread collects them and
// writes the workbook at the end, loading the file-format library (write-excel-file) only then.
import { articleColumns, articleRow, articleView, failureRow } from './csv.js';
import type { Fact } from '../facts/index.js';
import { fromRegistry, presentationOf, registeredTypes } from '../facts/registry.js';
import type { ArticleView } from '../facts/types.js';
import type { ArticleFailure } from '../io/inputs.js';
import type { ArticleResult } from '../result.js';
import { dayCell, type XlsxCell } from './xlsx-cell.js';

export type { XlsxCell } from './xlsx-cell.js';

export type SheetName = string;

/** The sheets in order with their columns: Articles, then one per fact type in registry order. */
export const sheets = fromRegistry(
  (): Record<SheetName, readonly string[]> => ({
    Articles: articleColumns(),
    ...Object.fromEntries(registeredTypes().map((t) => [t.xlsx.sheet, t.xlsx.columns])),
  }),
);

/** One article's rows, sheet by sheet (Articles: one row). */
export type XlsxRows = Partial<Record<SheetName, XlsxCell[][]>>;

function factCells(article: ArticleView, fact: Fact): Record<string, XlsxCell> {
  const common = {
    article: article.id, id: fact.id, text: fact.text, start: fact.start, end: fact.end,
    confidence: fact.confidence, reason: fact.reason,
  };
  return { ...common, ...presentationOf(fact.type)?.xlsx.cells(fact, article) };
}

const ordered = (sheet: SheetName, cells: Record<string, XlsxCell>): XlsxCell[] =>
  (sheets()[sheet] ?? []).map((c) => cells[c] ?? null);

export function xlsxRows(result: ArticleResult, text: string): XlsxRows {
  const article = articleView(result);
  const articleCells = { ...articleRow(result, text), published: dayCell(result.published) };
  const rows: XlsxRows = { Articles: [ordered('Articles', articleCells)] };
  for (const fact of result.facts) {
    const sheet = presentationOf(fact.type)?.xlsx.sheet;
    if (sheet) (rows[sheet] ??= []).push(ordered(sheet, factCells(article, fact)));
  }
  return rows;
}

export function xlsxFailureRows(failure: ArticleFailure): XlsxRows {
  return { Articles: [ordered('Articles', failureRow(failure))] };
}

/** Excel's limit, header included. */
const MAX_ROWS = 1_048_576;

/** Collects rows in input order; `toBuffer` renders the workbook. */
export class XlsxCollector {
  private readonly rows: Record<SheetName, XlsxCell[][]> = Object.fromEntries(
    Object.keys(sheets()).map((s) => [s, []]),
  );

  add(rows: XlsxRows): void {
    for (const [sheet, list] of Object.entries(rows) as Array<[SheetName, XlsxCell[][]]>) {
      const target = (this.rows[sheet] ??= []);
      if (target.length + list.length >= MAX_ROWS) {
        throw new Error(
          `facts.xlsx: the ${sheet} sheet would pass the spreadsheet limit of ${MAX_ROWS} rows; use facts.csv for a batch this size`,
        );
      }
      for (const row of list) target.push(row);
    }
  }

  async toBuffer(): Promise<Buffer> {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const columns = sheets();
    const workbook = Object.entries(columns).map(([sheet, names]) => {
      const header = names.map((c) => ({ value: c, fontWeight: 'bold' as const }));
      const data = [header, ...(this.rows[sheet] ?? []).map((row) => row.map(toCell))];
      const widths = names.map((c) => ({ width: WIDTHS[c] ?? 12 }));
      return { data, sheet, stickyRowsCount: 1, dateFormat: 'yyyy-mm-dd', columns: widths };
    });
    const lastRow = (sheet: SheetName): number => (this.rows[sheet]?.length ?? 0) + 1;
    return (await writeXlsxFile(workbook, { features: [autoFilter(columns, lastRow)] }).toBuffer()) as Buffer;
  }
}

const WIDTHS: Record<string, number> = {
  article: 16, source: 24, title: 48, name: 28, text: 28, victims: 24, reason: 22, aliases: 20, role: 20,
  affiliation: 20, event: 20, location: 18, perpetrator: 18, error: 40,
};

function toCell(cell: XlsxCell): { value: string | number | boolean | Date; type?: StringConstructor } | null {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'object') {
    const [y, m, d] = cell.day.split('-').map(Number);
    return { value: new Date(Date.UTC(y!, m! - 1, d!)) };
  }
  // text stays text (a value of "203" or "2025"): never guessed into a number or a date
  if (typeof cell === 'string') return { value: cell, type: String };
  return { value: cell };
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** A write-excel-file feature: an autofilter over each sheet's header and rows. */
function autoFilter(columns: Record<SheetName, readonly string[]>, lastRow: (sheet: SheetName) => number) {
  const sheetNames = Object.keys(columns);
  const lastColumn = (sheet: SheetName): string => columnName(columns[sheet]!.length);
  const refOf = (index: number): string => `A1:${lastColumn(sheetNames[index]!)}${lastRow(sheetNames[index]!)}`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }): string =>
            xml.includes('<autoFilter') ? xml : xml.replace('</sheetData>', `</sheetData><autoFilter ref="${refOf(sheetIndex)}"/>`),
        },
        'xl/workbook.xml': {
          // Excel keeps a filter's range as this hidden name, one per sheet
          transform: (xml: string): string => {
            if (xml.includes('_xlnm._FilterDatabase')) return xml;
            const names = sheetNames
              .map(
                (sheet, i) =>
                  `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
                  `'${sheet}'!$A$1:$${lastColumn(sheet)}$${lastRow(sheet)}</definedName>`,
              )
              .join('');
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${names}</definedNames>`);
            if (xml.includes('<definedNames>')) return xml.replace('<definedNames>', `<definedNames>${names}`);
            return xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}
