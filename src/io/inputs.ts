// Finding articles: .txt files (with an optional X.meta.json sidecar), folders of them,
// JSONL corpora (one article a line) and stdin. Each article or failure is yielded in input order.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ArticleMeta, corpusLineSchema, type Gold } from '../validate/gold.js';
import { DEFAULT_MAX_BYTES, InputError, decodeArticle, decodeLine } from './decode.js';
import { fileLines, readFileBounded, readStreamBounded, type BoundedLine } from './bounded.js';
import { firstStated, readPublishedMarkup, type PublishedFrom } from '../published/index.js';

const ARTICLE_FILE = /\.(?:txt|jsonl|html?)$/i;
const isHtml = (file: string): boolean => /\.html?$/i.test(file);

export interface Article {
  id: string;
  source: string | null;
  text: string;
  published: string | null;
  /** where `published` came from; the pipeline reads the text's own date when there is none */
  published_from?: PublishedFrom | null;
  gold?: Gold;
}

export interface ArticleFailure {
  id: string;
  source: string | null;
  error: string;
}

export type InputItem = { article: Article } | { failure: ArticleFailure };

export interface InputOptions {
  /** publication date from --published: it overrides sidecars, corpus fields and markup */
  published?: string | null;
  maxBytes?: number;
}

export const STDIN = '-';

/** Names the tool writes into --out-dir that look like articles: never read back from there. */
const OUTPUT_FILE = /^(?:results\.jsonl|index\.html)$/i;

/**
 * Expands folders into their .txt, .html and .jsonl files; a missing path is a usage error.
 * A folder that is also the output folder (`outDir`) gives none of the tool's own outputs.
 */
export function discoverInputs(paths: string[], outDir?: string): string[] {
  const output = outDir === undefined ? null : resolve(outDir);
  const files: string[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    if (!existsSync(path)) throw new InputError(`${path}: no such file or directory`, 2);
    if (statSync(path).isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => ARTICLE_FILE.test(name))
        // the tool's own outputs, when this folder is also --out-dir
        .filter((name) => !(resolve(path) === output && (OUTPUT_FILE.test(name) || isHtml(name))))
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) throw new InputError(`${path}: folder has no .txt, .html or .jsonl articles`, 2);
      files.push(...inside);
    } else files.push(path);
  }
  return files;
}

export async function* readInputs(files: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  for (const file of files) {
    if (file === STDIN) yield await readStdin(options);
    else if (extname(file).toLowerCase() === '.jsonl') yield* readCorpus(file, options);
    else yield await readTextFile(file, options);
  }
}

export async function readTextFile(file: string, options: InputOptions = {}): Promise<InputItem> {
  const id = basename(file).replace(/\.[^.]+$/, '');
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    // never more than maxBytes + 1 bytes in memory, also from a device or a FIFO
    const decoded = decodeArticle(await readFileBounded(file, maxBytes), file, maxBytes);
    // an HTML page is read for its visible text; offsets then refer to that text
    const text = isHtml(file) ? (await import('./html.js')).htmlToText(decoded) : decoded;
    if (text === '') throw new InputError(`${file}: no visible text in the page`);
    const stated = firstStated([
      [options.published, 'flag'],
      [readMeta(file)?.published, 'sidecar'],
      [isHtml(file) ? readPublishedMarkup(decoded)?.date : null, 'markup'],
    ]);
    return { article: { id, source: file, text, ...stated } };
  } catch (error) {
    return { failure: { id, source: file, error: messageOf(error) } };
  }
}

/** X.meta.json beside X.txt, validated; a broken sidecar is an error, not silently ignored. */
export function readMeta(file: string): z.infer<typeof ArticleMeta> | null {
  const metaPath = file.replace(/\.[^.]+$/, '') + '.meta.json';
  if (!existsSync(metaPath)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch {
    throw new InputError(`${metaPath}: not valid JSON`);
  }
  const parsed = ArticleMeta.safeParse(raw);
  if (!parsed.success) throw new InputError(`${metaPath}: ${oneLine(z.prettifyError(parsed.error))}`);
  return parsed.data;
}

async function* readCorpus(file: string, options: InputOptions): AsyncGenerator<InputItem> {
  for await (const line of fileLines(file, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
    const item = corpusItem(line, `${file}:${line.n}`, options);
    if (item) yield item;
  }
}

/** A JSONL line read as bytes: its article or failure, or null for a blank line. */
export function corpusItem(line: BoundedLine, where: string, options: InputOptions): InputItem | null {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if ('overBytes' in line) {
    const error = `${where}: line of ${line.overBytes} bytes is over the limit of ${maxBytes} (--max-bytes)`;
    return { failure: { id: where, source: where, error } };
  }
  let text: string;
  try {
    text = decodeLine(line.bytes, where);
  } catch (error) {
    return { failure: { id: where, source: where, error: messageOf(error) } };
  }
  return text.trim() === '' ? null : parseCorpusLine(text, where, options);
}

export function parseCorpusLine(line: string, where: string, options: InputOptions = {}): InputItem {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (line.length > maxBytes) {
    const error = `${where}: line of ${line.length} characters is over the limit of ${maxBytes} (--max-bytes)`;
    return { failure: { id: where, source: where, error } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { failure: { id: where, source: where, error: `${where}: not valid JSON` } };
  }
  const parsed = corpusLineSchema().safeParse(raw);
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : where;
    return { failure: { id, source: where, error: `${where}: ${oneLine(z.prettifyError(parsed.error))}` } };
  }
  const { id, text, published, gold } = parsed.data;
  if (text.trim() === '') return { failure: { id, source: where, error: `${where}: empty article text` } };
  const stated = firstStated([[options.published, 'flag'], [published, 'input']]);
  return { article: { id, source: where, text, ...stated, ...(gold ? { gold } : {}) } };
}

async function readStdin(options: InputOptions): Promise<InputItem> {
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const text = decodeArticle(await readStreamBounded(process.stdin, 'stdin', maxBytes), 'stdin', maxBytes);
    return { article: { id: 'stdin', source: null, text, ...firstStated([[options.published, 'flag']]) } };
  } catch (error) {
    return { failure: { id: 'stdin', source: null, error: messageOf(error) } };
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
export const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, '; ').replace(/✖ /g, '');
