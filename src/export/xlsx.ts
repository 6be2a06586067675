// facts.xlsx: one workbook with a sheet per kind of row — Articles, Organisations, People, Dates,
// Casualties — each with only its own columns. Numbers are numbers, day-precise dates are real dates
// (a TIMEX3 value stays text: "203" is the 2030s, not a number), the header row is frozen and every
// sheet has an autofilter.
//
// Rows are built next to the extraction (in a worker) as plain cells; the main thread collects them and
// writes the workbook at the end, loading the file-format library (write-excel-file) only then.
import { articleRow, failureRow, ARTICLE_COLUMNS } from './csv.js';
import type { Fact } from '../facts/index.js';
import type { ArticleFailure } from '../io/inputs.js';
import { totalsDetail } from '../refine/totals.js';
import type { ArticleResult } from '../result.js';

/** A cell as it crosses between threads: a calendar day is `{ day: 'YYYY-MM-DD' }`, written as a date. */
export type XlsxCell = string | number | boolean | null | { day: string };

export const SHEETS = {
  Articles: ARTICLE_COLUMNS,
  Organisations: ['article', 'id', 'name', 'aliases', 'mentions', 'text', 'start', 'end', 'confidence', 'reason'],
  People: ['article', 'id', 'name', 'role', 'affiliation', 'mentions', 'text', 'start', 'end', 'confidence', 'reason'],
  Dates: ['article', 'id', 'text', 'value', 'day', 'iso', 'granularity', 'relative', 'start', 'end', 'confidence', 'reason'],
  Casualties: [
    'article', 'id', 'kind', 'count', 'min', 'max', 'approximate', 'victims', 'in_totals', 'counted', 'incident', 'figure_role', 'subset_of',
    'hit', 'anaphoric', 'additional', 'aggregate', 'event', 'perpetrator', 'location', 'date', 'text', 'start', 'end', 'confidence', 'reason',
  ],
} as const;
export type SheetName = keyof typeof SHEETS;

/** One article's rows, sheet by sheet (Articles: one row). */
export type XlsxRows = Partial<Record<SheetName, XlsxCell[][]>>;

const SHEET_OF = { organisation: 'Organisations', person: 'People', date: 'Dates', casualty: 'Casualties' } as const satisfies Record<Fact['type'], SheetName>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): XlsxCell => (value && DAY.test(value) ? { day: value } : value);

function factCells(article: string, fact: Fact, inTotals: { counted: number; incident: number | null } | undefined): Record<string, XlsxCell> {
  const common = { article, id: fact.id, text: fact.text, start: fact.start, end: fact.end, confidence: fact.confidence, reason: fact.reason };
  switch (fact.type) {
    case 'organisation':
      return { ...common, name: fact.name, aliases: fact.aliases.join('; '), mentions: fact.mentions.length };
    case 'person':
      return { ...common, name: fact.name, role: fact.role, affiliation: fact.affiliation, mentions: fact.mentions.length };
    case 'date':
      // `day`: the date itself when the value is one calendar day; `iso`: the day a coarser value starts on
      return { ...common, value: fact.value, day: fact.granularity === 'day' ? day(fact.iso) : null, iso: fact.iso, granularity: fact.granularity, relative: fact.relative };
    case 'casualty':
      return {
        ...common, kind: fact.kind, count: fact.count, min: fact.min, max: fact.max, approximate: fact.approximate, victims: fact.victims,
        in_totals: (inTotals?.counted ?? 0) > 0, counted: inTotals?.counted ?? 0, incident: inTotals?.incident ?? null,
        figure_role: fact.figure_role, subset_of: fact.subset_of,
        hit: fact.hit, anaphoric: fact.anaphoric, additional: fact.additional, aggregate: fact.aggregate,
        event: fact.event?.text ?? null, perpetrator: fact.perpetrator?.text ?? null, location: fact.location?.text ?? null, date: fact.date?.value ?? null,
      };
  }
}

const ordered = (sheet: SheetName, cells: Record<string, XlsxCell>): XlsxCell[] => SHEETS[sheet].map((c) => cells[c] ?? null);

export function xlsxRows(result: ArticleResult, text: string): XlsxRows {
  const { figures } = totalsDetail(result.facts);
  const rows: XlsxRows = { Articles: [ordered('Articles', { ...articleRow(result, text), published: day(result.published) })] };
  for (const fact of result.facts) (rows[SHEET_OF[fact.type]] ??= []).push(ordered(SHEET_OF[fact.type], factCells(result.id, fact, figures.get(fact.id))));
  return rows;
}

export function xlsxFailureRows(failure: ArticleFailure): XlsxRows {
  return { Articles: [ordered('Articles', failureRow(failure))] };
}

/** Excel's limit, header included. */
const MAX_ROWS = 1_048_576;

/** Collects rows in input order; `toBuffer` renders the workbook. */
export class XlsxCollector {
  private readonly rows: Record<SheetName, XlsxCell[][]> = { Articles: [], Organisations: [], People: [], Dates: [], Casualties: [] };

  add(rows: XlsxRows): void {
    for (const [sheet, list] of Object.entries(rows) as Array<[SheetName, XlsxCell[][]]>) {
      const target = this.rows[sheet];
      if (target.length + list.length >= MAX_ROWS) throw new Error(`facts.xlsx: the ${sheet} sheet would pass the spreadsheet limit of ${MAX_ROWS} rows; use facts.csv for a batch this size`);
      for (const row of list) target.push(row);
    }
  }

  async toBuffer(): Promise<Buffer> {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const sheets = (Object.keys(SHEETS) as SheetName[]).map((sheet) => {
      const header = SHEETS[sheet].map((c) => ({ value: c, fontWeight: 'bold' as const }));
      const data = [header, ...this.rows[sheet].map((row) => row.map(toCell))];
      return { data, sheet, stickyRowsCount: 1, dateFormat: 'yyyy-mm-dd', columns: SHEETS[sheet].map((c) => ({ width: WIDTHS[c] ?? 12 })) };
    });
    const lastRow = (sheet: SheetName): number => this.rows[sheet].length + 1;
    return (await writeXlsxFile(sheets, { features: [autoFilter(lastRow)] }).toBuffer()) as Buffer;
  }
}

const WIDTHS: Record<string, number> = { article: 16, source: 24, title: 48, name: 28, text: 28, victims: 24, reason: 22, aliases: 20, role: 20, affiliation: 20, event: 20, location: 18, perpetrator: 18, error: 40 };

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
function autoFilter(lastRow: (sheet: SheetName) => number) {
  const sheetNames = Object.keys(SHEETS) as SheetName[];
  const refOf = (index: number): string => `A1:${columnName(SHEETS[sheetNames[index]!].length)}${lastRow(sheetNames[index]!)}`;
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
              .map((sheet, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet}'!$A$1:$${columnName(SHEETS[sheet].length)}$${lastRow(sheet)}</definedName>`)
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
