import type { z } from 'zod';
import type { Context } from '../context.js';
import type { Draft } from './common.js';
import type { XlsxCell } from '../export/xlsx-cell.js';
import type { FigureInTotals } from '../refine/totals.js';
import type { ArticleResult } from '../result.js';
import type { ScoredItems } from '../validate/score.js';

/** A fact type: its schema and its extractor. The registry lists these in order. */
export interface FactModule<F extends { type: string; id: string; sentence: string }> {
  type: F['type'];
  schema: z.ZodType<F>;
  /** generous: refiners and filters later remove what does not hold */
  extract(ctx: Context): Array<Draft<F>>;
}

/** What every fact carries, whatever its type (the Evidence schema plus its type). */
export interface BaseFact {
  type: string;
  id: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentence_start: number;
  reason: string;
  confidence: number;
}

/** The article a fact is exported with: exporters compute what needs the whole article once. */
export interface ArticleView {
  id: string;
  result: ArticleResult;
  /** how each casualty figure stands in the article's totals, by fact id */
  figures: ReadonlyMap<string, FigureInTotals>;
}

/** A spreadsheet cell as the CSV writer takes it. */
export type CsvCell = string | number | boolean | null;

/** A column of an HTML fact table: its head and the cell's inner HTML. */
export interface HtmlColumn<F> {
  head: string;
  cell(fact: F): string;
  numeric?: boolean;
}

/**
 * How a fact type shows in the outputs and is scored: what export, validation, scoring and the HTML
 * report need, with no extraction code, so the main thread of a batch can load it without the NLP.
 */
export interface FactPresentation<F extends BaseFact> {
  type: F['type'];
  schema: z.ZodType<F>;
  /** spans besides the fact's own that must hold their text (the offset guarantee) */
  spans(fact: F): Array<{ start: number; end: number; text: string }>;
  /** articles.csv: the column that counts this type's facts */
  countColumn: string;
  /** facts.csv: the columns this type fills besides the common ones, and its values for them */
  csv: { columns: readonly string[]; row(fact: F, article: ArticleView): Record<string, CsvCell> };
  /** facts.xlsx: this type's sheet, its columns in order, and the cells of one fact */
  xlsx: { sheet: string; columns: readonly string[]; cells(fact: F, article: ArticleView): Record<string, XlsxCell> };
  html: {
    /** on each highlight */
    label: string;
    /** heading of its table */
    title: string;
    colour: string;
    /** the card's rows, before confidence and rule */
    fields(fact: F): Array<[string, string | number | null]>;
    /** the table's columns, before confidence and rule */
    columns: ReadonlyArray<HtmlColumn<F>>;
    /** a kind drawn in a colour of its own (class k-VARIANT); the legend then shows each variant */
    variant?(fact: F): string;
    variants?: readonly string[];
    /** CSS rules after every type's colour rule */
    css?: readonly string[];
    /** what the table needs the whole article for: more columns, a footer line, a note under it */
    table?(facts: F[], article: ArticleView): { columns: ReadonlyArray<HtmlColumn<F>>; foot?: string; note?: string };
  };
  /** eval: the gold keys this type reads and how its facts are matched against them */
  score?: {
    /** zod schemas of the gold keys; two types may read the same key (mentions) */
    gold: Record<string, z.ZodType>;
    /** matched, missed and spurious items, or null when the gold does not annotate this type */
    match(facts: F[], gold: Record<string, unknown>): ScoredItems | null;
    /** a measure over the matched items' values as well ("date.value"): a wrong one carries `expected` */
    valueMeasure?: string;
  };
}
