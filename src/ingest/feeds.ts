import { parseFeed, parseOpml } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { tryParsePublished } from './dates.ts';
import { IngestInputError } from './errors.ts';
import { normaliseLanguage } from './fields.ts';
import { blockText } from './html.ts';
import { plainToText } from './markdown.ts';

/** One feed entry, format-neutral. Text fields are plain text. */
export interface FeedItem {
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly author: string | null;
  /** Full content (content:encoded, Atom content, JSON content_*), as paragraphs. */
  readonly content: string | null;
  /** Summary/description, as paragraphs. */
  readonly summary: string | null;
  readonly language: string | null;
}

export interface FeedDoc {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly language: string | null;
  readonly items: FeedItem[];
}

type Rec = Record<string, unknown>;
const rec = (x: unknown): Rec => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Rec) : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const str = (x: unknown): string | null => (typeof x === 'string' && x.trim() ? x.trim() : null);

/** HTML fragment (or plain text) to paragraphs. */
export function htmlToText(html: string | null): string | null {
  if (!html) return null;
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim() || null;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.querySelector('body');
  if (!body) return null;
  const paras = blockText(body as unknown as Element);
  return paras.join('\n\n') || null;
}

/** Inline HTML or entity-encoded text to one line. */
export function inlineText(s: string | null): string | null {
  if (!s) return null;
  const t = /[<&]/.test(s)
    ? (parseHTML(`<!doctype html><html><body><p>${s}</p></body></html>`).document.querySelector('body')
        ?.textContent ?? s)
    : s;
  return t.replace(/\s+/g, ' ').trim() || null;
}

// Atom text constructs: {value, type}; type html/xhtml carries markup.
const atomText = (x: unknown): string | null => (typeof x === 'string' ? x : str(rec(x).value));

const absolute = (href: string | null, base: string | null): string | null => {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return /^https?:$/.test(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
};

function atomLink(links: unknown): string | null {
  const all = arr(links).map(rec);
  const alt = all.find((l) => !l.rel || l.rel === 'alternate') ?? all[0];
  return str(alt?.href);
}

/** Why a feed did not parse, in words: truncated or malformed, naming the root element. */
function describeXmlFailure(content: string): string {
  // Only the head and the tail are looked at: this runs on hostile input too.
  const root = /<(?!\?|!)([\w:.-]+)/.exec(content.slice(0, 8192).replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (!root) return 'not a feed: no XML or JSON Feed content found';
  if (!new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(content.trimEnd().slice(-256)))
    return `truncated XML: the document ends before </${root}>`;
  return `malformed XML: <${root}> is not a well-formed RSS, Atom or RDF feed`;
}

/** Detects and parses RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed. Throws IngestInputError naming `origin`. */
export function parseFeedDocument(content: string, origin: string): FeedDoc {
  const text = content.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new IngestInputError(origin, 'empty feed');
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (e) {
    const isJson = /^\s*[[{]/.test(text);
    if (isJson) {
      try {
        JSON.parse(text);
      } catch (je) {
        throw new IngestInputError(origin, `invalid JSON: ${(je as Error).message}`);
      }
      throw new IngestInputError(origin, 'not a JSON Feed (no "version": "https://jsonfeed.org/...")');
    }
    throw new IngestInputError(
      origin,
      (e as Error).name === 'DetectError' && !/^\s*</.test(text)
        ? 'not a feed: no XML or JSON Feed content found'
        : describeXmlFailure(text),
    );
  }
  const f = rec(parsed.feed);
  const format = parsed.format as FeedDoc['format'];
  if (format === 'json') {
    const site = str(f.home_page_url);
    return {
      format,
      title: str(f.title),
      siteUrl: site,
      language: normaliseLanguage(str(f.language)),
      items: arr(f.items).map((x) => {
        const i = rec(x);
        const authors = [...arr(i.authors), ...arr(i.author)].map((a) => str(rec(a).name)).filter(Boolean);
        return {
          title: inlineText(str(i.title)),
          url: absolute(str(i.url) ?? str(i.external_url), site),
          published: tryParsePublished(i.date_published ?? i.date_modified),
          author: authors.length ? [...new Set(authors)].join(', ') : null,
          content: htmlToText(str(i.content_html)) ?? (plainToText(str(i.content_text) ?? '') || null),
          summary: htmlToText(str(i.summary)),
          language: normaliseLanguage(str(i.language)),
        };
      }),
    };
  }
  if (format === 'atom') {
    const site = atomLink(f.links);
    const lang = normaliseLanguage(str(rec(f.xml).lang));
    return {
      format,
      title: inlineText(atomText(f.title)),
      siteUrl: site,
      language: lang,
      items: arr(f.entries).map((x) => {
        const e = rec(x);
        const authors = arr(e.authors)
          .map((a) => str(rec(a).name))
          .filter(Boolean);
        return {
          title: inlineText(atomText(e.title)),
          url: absolute(atomLink(e.links), site),
          published: tryParsePublished(e.published ?? e.updated),
          author: authors.length ? authors.join(', ') : null,
          content: htmlToText(atomText(e.content)),
          summary: htmlToText(atomText(e.summary)),
          language: lang,
        };
      }),
    };
  }
  // RSS 2.0 and RDF share their item shape in feedsmith.
  const site = str(f.link);
  const dc = rec(f.dc);
  return {
    format: format === 'rdf' ? 'rdf' : 'rss',
    title: inlineText(str(f.title)),
    siteUrl: site,
    language: normaliseLanguage(str(f.language) ?? str(arr(dc.languages)[0])),
    items: arr(f.items).map((x) => {
      const i = rec(x);
      const idc = rec(i.dc);
      const guid = rec(i.guid);
      const guidUrl =
        guid.isPermaLink !== false && /^https?:/.test(String(guid.value ?? '')) ? str(guid.value) : null;
      // RSS <author> is "email (Name)"; feedsmith splits it. A bare email is not a byline.
      const rssAuthors = [...arr(i.authors), ...arr(i.author)].map((a) =>
        typeof a === 'string' ? a.replace(/^\S+@\S+\s*\((.*)\)$/, '$1') : str(rec(a).name),
      );
      const authors = [...arr(idc.creators), ...arr(idc.creator), ...rssAuthors]
        .map(str)
        .filter((a): a is string => !!a && !a.includes('@'));
      return {
        title: inlineText(str(i.title)),
        url: absolute(str(i.link) ?? guidUrl ?? str(rec(i.rdf).about), site),
        published: tryParsePublished(i.pubDate ?? arr(idc.dates)[0] ?? idc.date),
        author: authors.length ? [...new Set(authors)].join(', ') : null,
        content: htmlToText(str(rec(i.content).encoded)),
        summary: htmlToText(str(i.description)),
        language: null,
      };
    }),
  };
}

/** The feed URLs of an OPML subscription list (nested outlines included), in document order. */
export function parseOpmlFeeds(content: string, origin: string): { title: string | null; url: string }[] {
  if (!content.trim()) throw new IngestInputError(origin, 'empty OPML file');
  let doc: unknown;
  try {
    doc = parseOpml(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new IngestInputError(
      origin,
      describeXmlFailure(content).replace('RSS, Atom or RDF feed', 'OPML document'),
    );
  }
  const out: { title: string | null; url: string }[] = [];
  const walk = (nodes: unknown) => {
    for (const n of arr(nodes)) {
      const o = rec(n);
      const url = str(o.xmlUrl);
      if (url) out.push({ title: str(o.title) ?? str(o.text), url });
      walk(o.outlines);
    }
  };
  walk(rec(rec(doc).body).outlines);
  return out;
}

/** Sniffs whether content is a feed, an OPML list, an HTML page or something else. */
export function sniffKind(content: string): 'feed' | 'opml' | 'html' | 'json' | 'text' {
  const head = content
    .replace(/^\uFEFF/, '')
    .slice(0, 2048)
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  if (/^<\?xml/i.test(head) || /^<(rss|feed|rdf:RDF|opml)\b/i.test(head)) {
    if (/<opml\b/i.test(head)) return 'opml';
    if (/<html\b/i.test(head)) return 'html';
    return 'feed';
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(head)) return 'html';
  if (/^[[{]/.test(head)) return /jsonfeed\.org\/version/.test(head) ? 'feed' : 'json';
  return /<(p|div|article|title)\b/i.test(head) ? 'html' : 'text';
}
