// Finding articles: .txt files (with an optional X.meta.json sidecar), folders of them,
// JSONL corpora (one article a line) and stdin. Each article or failure is yielded in input order.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ArticleMeta, CorpusLine, type Gold } from '../validate/gold.js';
import { DEFAULT_MAX_BYTES, InputError, decodeArticle } from './decode.js';
import { htmlToText } from './html.js';
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

/** Expands folders into their .txt, .html and .jsonl files; a missing path is a usage error. */
export function discoverInputs(paths: string[]): string[] {
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
    else yield readTextFile(file, options);
  }
}

export function readTextFile(file: string, options: InputOptions = {}): InputItem {
  const id = basename(file).replace(/\.[^.]+$/, '');
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    // refuse an oversized file before reading it into memory
    const size = statSync(file).size;
    if (size > maxBytes) throw new InputError(`${file}: ${size} bytes is over the limit of ${maxBytes} (--max-bytes)`);
    const decoded = decodeArticle(readFileSync(file), file, maxBytes);
    // an HTML page is read for its visible text; offsets then refer to that text
    const text = isHtml(file) ? htmlToText(decoded) : decoded;
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
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseCorpusLine(line, `${file}:${n}`, options);
  }
}

export function parseCorpusLine(line: string, where: string, options: InputOptions = {}): InputItem {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (line.length > maxBytes) return { failure: { id: where, source: where, error: `${where}: line of ${line.length} characters is over the limit of ${maxBytes} (--max-bytes)` } };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { failure: { id: where, source: where, error: `${where}: not valid JSON` } };
  }
  const parsed = CorpusLine.safeParse(raw);
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
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  try {
    const text = decodeArticle(Buffer.concat(chunks), 'stdin', options.maxBytes ?? DEFAULT_MAX_BYTES);
    return { article: { id: 'stdin', source: null, text, ...firstStated([[options.published, 'flag']]) } };
  } catch (error) {
    return { failure: { id: 'stdin', source: null, error: messageOf(error) } };
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
export const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, '; ').replace(/✖ /g, '');
