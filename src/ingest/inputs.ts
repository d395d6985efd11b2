import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IngestError, Source } from '../model/index.ts';
import { decodeText, looksBinary } from './charset.ts';
import { parseDayArg } from './dates.ts';
import { IngestInputError, toIngestError } from './errors.ts';
import { withDate } from './fields.ts';
import { parseHtmlSource } from './html.ts';
import { parseJsonFile, parseJsonlSources } from './jsonl.ts';
import { parseTextSource } from './text.ts';
import { Fetcher, type FetcherOptions } from './fetcher.ts';
import { parseFeedDocument, parseOpmlFeeds, sniffKind } from './feeds.ts';
import { feedToSources, ingestOpml, ingestUrl, type RemoteContext } from './remote.ts';

export interface IngestOptions {
  /** Publication date (YYYY-MM-DD) for sources that carry none. `FILE@YYYY-MM-DD` overrides it per input. */
  readonly sourceDate?: string | null;
  /** Called once per error as it happens (progress output); errors are also returned. */
  readonly onError?: (error: IngestError) => void;
  /** Fetcher settings for URLs, OPML lists and feed item links. */
  readonly fetch?: FetcherOptions;
  /** Allow loopback/private/link-local addresses (SSRF guard off). Same as fetch.allowPrivate. */
  readonly allowPrivate?: boolean;
  /** A ready fetcher (shares rate limits and validator cache across calls); overrides `fetch`. */
  readonly fetcher?: Fetcher;
  /**
   * Fetch the linked page of feed items that carry only a teaser. Default: true for feeds read from a URL or
   * OPML list, false for feed files on disk (so local runs stay offline unless asked).
   */
  readonly fetchLinks?: boolean;
  /** Inputs processed at once (URLs overlap; results stay in input order). Default 4. */
  readonly concurrency?: number;
}

export interface IngestOutput {
  sources: Source[];
  errors: IngestError[];
}

/** File extensions read from folders and accepted as explicit inputs. */
export const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt', '.text'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const DATA_EXTENSIONS = ['.jsonl', '.ndjson', '.json'];
export const FEED_EXTENSIONS = ['.xml', '.rss', '.atom', '.rdf', '.opml'];
export const SUPPORTED_EXTENSIONS = [
  ...TEXT_EXTENSIONS,
  ...HTML_EXTENSIONS,
  ...DATA_EXTENSIONS,
  ...FEED_EXTENSIONS,
];

/** Local files above this size are refused: they are not news reports. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const DATE_SUFFIX = /@(\d{4}-\d{2}-\d{2})$/;

/** "file.txt@2025-10-20" -> { target: "file.txt", date: "2025-10-20" }. Throws on an impossible date. */
export function splitDateSuffix(input: string): { target: string; date: string | null } {
  const m = DATE_SUFFIX.exec(input);
  if (!m) return { target: input, date: null };
  return { target: input.slice(0, m.index), date: parseDayArg(m[1]!) };
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Every supported file under a folder: recursive, sorted by path, dotfiles and dot-folders skipped. */
export async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(full)));
    else if (e.isFile() && SUPPORTED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Reads a local file as text, refusing binaries and oversize files. */
export async function readTextFile(file: string): Promise<string> {
  let buf: Buffer;
  try {
    const st = await stat(file);
    if (st.size > MAX_FILE_BYTES)
      throw new IngestInputError(file, `file too large (${st.size} bytes; limit ${MAX_FILE_BYTES})`);
    buf = await readFile(file);
  } catch (e) {
    if (e instanceof IngestInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestInputError(file, 'no such file or folder');
    if (code === 'EACCES') throw new IngestInputError(file, 'permission denied');
    throw new IngestInputError(file, `cannot read: ${(e as Error).message}`);
  }
  if (looksBinary(buf)) throw new IngestInputError(file, 'binary file, not text');
  return decodeText(buf);
}

/** Parses one local file by its extension (feeds and OPML by content). */
export async function ingestFile(file: string, ctx: RemoteContext): Promise<IngestOutput> {
  const sourceDate = ctx.sourceDate;
  const ext = path.extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext))
    throw new IngestInputError(
      file,
      `unsupported file type "${ext || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
  const content = await readTextFile(file);
  if (HTML_EXTENSIONS.includes(ext))
    return { sources: [withDate(parseHtmlSource(content, file), sourceDate)], errors: [] };
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonlSources(content, file, { sourceDate });
  if (ext === '.opml' || (ext === '.xml' && sniffKind(content) === 'opml'))
    return ingestOpml(parseOpmlFeeds(content, file), { ...ctx, fetcher: ctx.listFetcher ?? ctx.fetcher });
  if (FEED_EXTENSIONS.includes(ext) || (ext === '.json' && sniffKind(content) === 'feed'))
    return feedToSources(parseFeedDocument(content, file), file, ctx);
  if (ext === '.json') return parseJsonFile(content, file, sourceDate);
  return { sources: [parseTextSource(content, file, { sourceDate })], errors: [] };
}

/** Runs `fn` over items with at most `n` at once; results in item order. */
async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  return out;
}

/**
 * The one entry point: files, folders (recursively), feed and OPML files, and URLs of feeds and pages, each
 * optionally suffixed "@YYYY-MM-DD". Never throws for a bad input: each problem becomes an IngestError
 * (also passed to onError) and the batch goes on. Sources come back in input order, duplicates by id dropped.
 */
export async function ingestInputs(
  inputs: readonly string[],
  opts: IngestOptions = {},
): Promise<IngestOutput> {
  const result: IngestOutput = { sources: [], errors: [] };
  const seen = new Set<string>();
  const fail = (e: IngestError) => {
    result.errors.push(e);
    opts.onError?.(e);
  };
  let defaultDate: string | null = null;
  if (opts.sourceDate) {
    try {
      defaultDate = parseDayArg(opts.sourceDate);
    } catch (e) {
      fail({ origin: '--source-date', message: (e as Error).message });
    }
  }
  let fetcher: Fetcher | null = opts.fetcher ?? null;
  const getFetcher = () =>
    (fetcher ??= new Fetcher({
      ...opts.fetch,
      allowPrivate: opts.allowPrivate ?? opts.fetch?.allowPrivate ?? false,
    }));

  const one = async (input: string): Promise<IngestOutput> => {
    const out: IngestOutput = { sources: [], errors: [] };
    const report = (e: IngestError) => {
      out.errors.push(e);
      opts.onError?.(e);
    };
    let target = input;
    try {
      const split = splitDateSuffix(input);
      target = split.target;
      const sourceDate = split.date ?? defaultDate;
      const take = (r: IngestOutput) => {
        out.sources.push(...r.sources);
        r.errors.forEach(report);
      };
      if (isUrl(target)) {
        take(
          await ingestUrl(target, {
            fetcher: getFetcher(),
            sourceDate,
            fetchLinks: opts.fetchLinks !== false,
          }),
        );
        return out;
      }
      // OPML lists exist to be fetched: their feeds are read unless fetching links is turned off.
      const fileCtx: RemoteContext = {
        fetcher: opts.fetchLinks ? getFetcher() : null,
        listFetcher: opts.fetchLinks !== false ? getFetcher() : null,
        sourceDate,
      };
      const st = await stat(target).catch(() => null);
      if (!st) throw new IngestInputError(target, 'no such file or folder');
      if (!st.isDirectory()) {
        take(await ingestFile(target, fileCtx));
        return out;
      }
      const files = await listFolder(target);
      if (!files.length)
        report({
          origin: target,
          message: `folder holds no supported files (${SUPPORTED_EXTENSIONS.join(', ')})`,
        });
      for (const f of files) {
        try {
          take(await ingestFile(f, fileCtx));
        } catch (e) {
          report(toIngestError(f, e));
        }
      }
    } catch (e) {
      report(toIngestError(target, e));
    }
    return out;
  };

  const outputs = await pool(inputs, opts.concurrency ?? 4, one);
  for (const o of outputs) {
    for (const s of o.sources) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      result.sources.push(s);
    }
    result.errors.push(...o.errors);
  }
  return result;
}
