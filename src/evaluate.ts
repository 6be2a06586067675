// `extract eval`: runs the pipeline on annotated articles (gold fixtures or JSONL corpora) and scores it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { extract } from './pipeline.js';
import { InputError, decodeArticle } from './io/decode.js';
import { oneLine, readInputs, readMeta, type Article, type ArticleFailure } from './io/inputs.js';
import { goldFixtureSchema, type Gold } from './validate/gold.js';
import { firstStated } from './published/index.js';
import { aggregate, scoreArticle, type EvalReport } from './validate/score.js';

export interface EvalOptions {
  published?: string | null;
  onFailure?(failure: ArticleFailure): void;
}

export interface EvalOutcome {
  report: EvalReport;
  failures: ArticleFailure[];
}

/** Gold fixture files (NAME.gold.json), folders of them, and annotated JSONL corpora. */
export function discoverGold(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new InputError(`${path}: no such file or directory`, 2);
    if (statSync(path).isDirectory()) {
      const inside = readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.gold\.json$|\.jsonl$/i.test(name))
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) throw new InputError(`${path}: no *.gold.json fixtures or .jsonl corpora in it`, 2);
      found.push(...inside);
    } else if (/\.(?:txt|html?)$/i.test(path)) {
      const gold = path.replace(/\.[^.]+$/, '.gold.json');
      throw new InputError(
        `${path}: this is an article, not gold: eval scores NAME.gold.json fixtures ` +
          `(${existsSync(gold) ? `give ${gold}` : `write ${basename(gold)} beside it`}) or annotated .jsonl corpora; ` +
          `to extract facts from it, run: extract ${path}`,
        2,
      );
    } else found.push(path);
  }
  return found;
}

/** A fixture's gold with its article; a malformed fixture is an error naming the bad field. */
export function loadFixture(path: string, options: EvalOptions = {}): Article & { gold: Gold } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = goldFixtureSchema().safeParse(raw);
  if (!parsed.success) throw new InputError(`${path}: malformed gold: ${oneLine(z.prettifyError(parsed.error))}`);
  const { source, published, ...gold } = parsed.data;
  const articlePath = source ? resolve(dirname(path), source) : path.replace(/\.gold\.json$/i, '.txt');
  if (!existsSync(articlePath)) throw new InputError(`${path}: its article ${articlePath} does not exist`);
  const text = decodeArticle(readFileSync(articlePath), articlePath);
  const stated = firstStated([
    [options.published, 'flag'],
    [published, 'input'],
    [readMeta(articlePath)?.published, 'sidecar'],
  ]);
  return {
    id: basename(path).replace(/\.gold\.json$/i, ''),
    source: articlePath,
    text,
    ...stated,
    gold,
  };
}

export async function evaluate(paths: string[], options: EvalOptions = {}): Promise<EvalOutcome> {
  const files = discoverGold(paths);
  const scores = [];
  const failures: ArticleFailure[] = [];
  const fail = (failure: ArticleFailure): void => {
    failures.push(failure);
    options.onFailure?.(failure);
  };
  for (const file of files) {
    if (file.toLowerCase().endsWith('.jsonl')) {
      for await (const item of readInputs([file], options)) {
        if ('failure' in item) fail(item.failure);
        else if (item.article.gold) {
          scores.push(scoreArticle(extract(item.article.text, item.article), item.article.gold));
        }
      }
      continue;
    }
    try {
      const article = loadFixture(file, options);
      scores.push(scoreArticle(extract(article.text, article), article.gold));
    } catch (error) {
      fail({ id: file, source: file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { report: aggregate(scores), failures };
}
