// The library API. Everything the CLI does is one of these calls.
export { extract, validateFacts, refiners, type ExtractOptions } from './pipeline.js';
export { ArticleResult, ArticleError } from './result.js';
export { Fact, factModules, factTypes, type FactType } from './facts/index.js';
export { registerFactType, registeredTypes, type RegisteredType } from './facts/registry.js';
export type { ArticleView, BaseFact, FactPresentation, HtmlColumn } from './facts/types.js';
export { computeTotals, totalsDetail, Totals, type TotalsDetail, type FigureInTotals } from './refine/totals.js';
export { runBatch, runJsonlStream, FORMATS, type BatchOptions, type BatchSummary, type Format, type RunOptions } from './batch.js';
export { evaluate, loadFixture, type EvalOptions } from './evaluate.js';
export { aggregate, scoreArticle, formatReport, belowThresholds, type EvalReport } from './validate/score.js';
export { Gold, GoldFixture, CorpusLine, goldSchema } from './validate/gold.js';
export { articleJsonSchema } from './export/json-schema.js';
export { csvHeader, csvRows, CSV_COLUMNS, ARTICLE_COLUMNS, articlesHeader, articlesCsvRow, articleRow, failureRow, titleOf } from './export/csv.js';
export { discoverInputs, readInputs, type Article } from './io/inputs.js';
export { createContext, type Context } from './context.js';
export { articleHtml, HtmlReportWriter } from './export/html.js';
export { evalHtml, evalMarkdown, type EvalReportInput } from './report/eval-report.js';
export { junitXml } from './report/junit.js';
export { loadBaseline, compareWithBaseline, formatDeltas, BaselineReport, type ScoreDelta } from './report/baseline.js';
