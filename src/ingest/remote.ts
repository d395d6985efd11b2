import type { Source } from '../model/index.ts';
import { decodeText, looksBinary } from './charset.ts';
import { IngestInputError, toIngestError } from './errors.ts';
import { type Fetcher, FetchError } from './fetcher.ts';
import { parseFeedDocument, parseOpmlFeeds, sniffKind, type FeedDoc, type FeedItem } from './feeds.ts';
import { makeSource, withDate } from './fields.ts';
import { hostOutlet, parseHtmlSource } from './html.ts';
import type { IngestOutput } from './inputs.ts';
import { parseJsonFile, parseJsonlSources } from './jsonl.ts';
import { parseTextSource } from './text.ts';

/** What feed and URL ingestion needs from the caller. */
export interface RemoteContext {
  /** Null when fetching is off: feed items then keep the text the feed carries. */
  readonly fetcher: Fetcher | null;
  readonly sourceDate: string | null;
  /** The fetcher for the feeds of OPML lists (fetching those is their point, so it may be on when links are off). */
  readonly listFetcher?: Fetcher | null;
  /** Fetch the pages of teaser items (default true when a fetcher is given). */
  readonly fetchLinks?: boolean;
}

/** Item content at least this long is taken as the full report; shorter is a teaser and the page is fetched. */
export const FULL_TEXT_CHARS = 500;

const TEXTUAL =
  /^(text\/|application\/(xml|json|x-ndjson|ndjson|jsonl|x-jsonlines|x-opml)$|[^;]*\+(xml|json)$)/i;

function itemSource(
  item: FeedItem,
  text: string,
  feed: FeedDoc,
  origin: string,
  sourceDate: string | null,
): Source {
  return makeSource({
    title: item.title ?? text.split('\n')[0]!.slice(0, 120),
    outlet: feed.title ?? hostOutlet(item.url ?? feed.siteUrl),
    url: item.url,
    published: item.published ?? sourceDate,
    author: item.author,
    language: item.language ?? feed.language ?? 'en',
    text,
    origin,
  });
}

/** Feed items to Sources: full content as is; teasers by fetching the linked page (falling back to the teaser). */
export async function feedToSources(
  feed: FeedDoc,
  origin: string,
  ctx: RemoteContext,
): Promise<IngestOutput> {
  const results = await Promise.all(
    feed.items.map(async (item, i): Promise<IngestOutput> => {
      const where = item.url ?? `${origin}#${i + 1}`;
      if (item.content && item.content.length >= FULL_TEXT_CHARS)
        return { sources: [itemSource(item, item.content, feed, where, ctx.sourceDate)], errors: [] };
      const teaser = item.content ?? item.summary;
      if (ctx.fetcher && ctx.fetchLinks !== false && item.url) {
        try {
          const page = await fetchPage(item.url, ctx.fetcher);
          if (!page) return { sources: [], errors: [] };
          // The feed's own metadata is cleaner than what pages carry; keep it where the page has gaps.
          return {
            sources: [
              makeSource({
                title: item.title ?? page.title,
                outlet: page.outlet ?? feed.title,
                url: page.url ?? item.url,
                published: page.published ?? item.published ?? ctx.sourceDate,
                author: page.author ?? item.author,
                language: page.language,
                text: page.text,
                origin: item.url,
              }),
            ],
            errors: [],
          };
        } catch (e) {
          const err = toIngestError(item.url, e);
          if (!teaser) return { sources: [], errors: [err] };
          return {
            sources: [itemSource(item, teaser, feed, where, ctx.sourceDate)],
            errors: [{ ...err, message: `${err.message}; used the feed's summary instead` }],
          };
        }
      }
      if (teaser) return { sources: [itemSource(item, teaser, feed, where, ctx.sourceDate)], errors: [] };
      return {
        sources: [],
        errors: [{ origin: where, message: 'feed item has no text and no fetchable link' }],
      };
    }),
  );
  return { sources: results.flatMap((r) => r.sources), errors: results.flatMap((r) => r.errors) };
}

/** Fetches an article page; null when the server says it has not changed since the cached copy. */
async function fetchPage(url: string, fetcher: Fetcher): Promise<Source | null> {
  const res = await fetcher.fetch(url);
  if (res.notModified && !res.body.length) return null;
  const text = bodyText(res.url, res.contentType, res.body);
  const kind = sniffKind(text);
  if (kind === 'text' && /^text\/plain/i.test(res.contentType ?? ''))
    return parseTextSource(text, res.url, { format: 'text' });
  return parseHtmlSource(text, res.url, res.url);
}

/** Decodes a response body, refusing binary content types and bodies. */
export function bodyText(url: string, contentType: string | null, body: Buffer): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !TEXTUAL.test(type) && type !== 'application/octet-stream')
    throw new FetchError(url, 'decode', `unsupported content type "${type}" (not a page or feed)`);
  if (!body.length) throw new IngestInputError(url, 'empty response body');
  if (looksBinary(body))
    throw new IngestInputError(url, `binary content${type ? ` (${type})` : ''}, not a page or feed`);
  return decodeText(body, contentType);
}

/** One URL: a feed (its items), an OPML list (its feeds), an article page or a plain text file. */
export async function ingestUrl(
  url: string,
  ctx: RemoteContext & { fetcher: Fetcher },
  depth = 0,
): Promise<IngestOutput> {
  const res = await ctx.fetcher.fetch(url);
  // 304: nothing new since the validators were stored.
  if (res.notModified && !res.body.length) return { sources: [], errors: [] };
  const text = bodyText(res.url, res.contentType, res.body);
  const type = (res.contentType ?? '').toLowerCase();
  const kind = /rss|atom|rdf|feed\+json/.test(type)
    ? /<opml\b/i.test(text.slice(0, 2048))
      ? 'opml'
      : 'feed'
    : sniffKind(text);
  if (kind === 'feed') return feedToSources(parseFeedDocument(text, res.url), res.url, ctx);
  if (kind === 'opml') {
    if (depth > 0) throw new IngestInputError(url, 'OPML list inside an OPML list is not followed');
    return ingestOpml(parseOpmlFeeds(text, res.url), ctx, depth + 1);
  }
  if (kind === 'html')
    return { sources: [withDate(parseHtmlSource(text, res.url, res.url), ctx.sourceDate)], errors: [] };
  if (kind === 'text')
    return {
      sources: [parseTextSource(text, res.url, { format: 'text', sourceDate: ctx.sourceDate })],
      errors: [],
    };
  // Plain JSON: source records, as in files (JSON Lines when the server or the name says so).
  if (/ndjson|jsonl/.test(type) || /\.(jsonl|ndjson)$/i.test(new URL(res.url).pathname))
    return parseJsonlSources(text, res.url, { sourceDate: ctx.sourceDate });
  return parseJsonFile(text, res.url, ctx.sourceDate);
}

/** Every feed of an OPML list; a broken feed is one error and the others go on. */
export async function ingestOpml(
  feeds: { url: string }[],
  ctx: RemoteContext,
  depth = 1,
): Promise<IngestOutput> {
  const out: IngestOutput = { sources: [], errors: [] };
  if (!ctx.fetcher) {
    out.errors.push(...feeds.map((f) => ({ origin: f.url, message: 'fetching is disabled; feed not read' })));
    return out;
  }
  const fetcher = ctx.fetcher;
  const results = await Promise.all(
    feeds.map((f) =>
      ingestUrl(f.url, { ...ctx, fetcher }, depth).catch((e: unknown): IngestOutput => ({
        sources: [],
        errors: [toIngestError(f.url, e)],
      })),
    ),
  );
  for (const r of results) {
    out.sources.push(...r.sources);
    out.errors.push(...r.errors);
  }
  return out;
}
