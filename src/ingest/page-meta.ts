import { tryParsePublished } from './dates.ts';
import { normaliseLanguage } from './fields.ts';

/** Metadata read from an article page's head and markup, before Readability rewrites the document. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

type Doc = Document;

type MetaMap = ReadonlyMap<string, string>;

/** Every <meta> with content, by property / name / itemprop (lower-cased; the first one wins): one pass. */
function metaMap(doc: Doc): MetaMap {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, v);
    }
  }
  return map;
}

const meta = (m: MetaMap, ...keys: string[]): string | null => {
  for (const key of keys) {
    const v = m.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
};

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle|Report)$/;

interface JsonLdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
  inLanguage?: string;
}

const nameOf = (x: unknown): string | null => {
  if (typeof x === 'string') return clean(x);
  if (x && typeof x === 'object' && 'name' in x && typeof (x as { name: unknown }).name === 'string')
    return clean((x as { name: string }).name);
  return null;
};

/** The first article-like object in the page's JSON-LD blocks (looking inside @graph); bad JSON is skipped. */
export function readJsonLd(doc: Doc): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue = asArray(data);
    while (queue.length) {
      const node = queue.shift();
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      if (o['@graph']) queue.push(...asArray(o['@graph']));
      const types = asArray(o['@type']).filter((t): t is string => typeof t === 'string');
      if (!types.some((t) => ARTICLE_TYPES.test(t)) || (types.includes('WebPage') && !o.headline)) continue;
      const authors = asArray(o.author)
        .map(nameOf)
        .filter((s): s is string => !!s);
      const lang = o.inLanguage;
      return {
        headline:
          clean(typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' ? o.name : null) ??
          undefined,
        author: authors.length ? authors.join(', ') : undefined,
        publisher: nameOf(o.publisher) ?? undefined,
        datePublished:
          typeof o.datePublished === 'string'
            ? o.datePublished
            : typeof o.dateCreated === 'string'
              ? o.dateCreated
              : undefined,
        url: typeof o.url === 'string' ? o.url : undefined,
        inLanguage: typeof lang === 'string' ? lang : (nameOf(lang) ?? undefined),
      };
    }
  }
  return null;
}

// Dates in article URLs: /2025/10/20/slug, /2025-10-20/slug, /20251020/.
const URL_DATE = [
  /\/(20\d{2}|19\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-](20\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/(20\d{2})(\d{2})(\d{2})(?:\/|$)/,
];

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let p: string;
  try {
    p = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of URL_DATE) {
    const m = re.exec(p);
    if (m) {
      const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      const ok = tryParsePublished(iso);
      if (ok) return ok;
    }
  }
  return null;
}

const resolve = (href: string | null | undefined, base: string | null | undefined): string | null => {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return /^https?:$/.test(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
};

const looksLikeUrl = (s: string | null) => !!s && /^https?:\/\//i.test(s);

/** Reads title, byline, site name, date, canonical URL and language from a page, most specific source first. */
export function readPageMeta(doc: Doc, pageUrl?: string | null): PageMeta {
  const ld = readJsonLd(doc);
  const metas = metaMap(doc);
  const canonicalUrl =
    resolve(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    resolve(meta(metas, 'og:url'), pageUrl) ??
    resolve(ld?.url, pageUrl) ??
    resolve(pageUrl, undefined);

  const metaAuthor = meta(
    metas,
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'DC.creator',
    'byl',
  );
  const relAuthor =
    clean(doc.querySelector('[rel~="author"]')?.textContent) ??
    clean(doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]')?.textContent);
  const byline =
    clean(ld?.author) ??
    (looksLikeUrl(metaAuthor) ? null : clean(metaAuthor?.replace(/^by\s+/i, ''))) ??
    relAuthor;

  const timeEl = doc.querySelector(
    'article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"], time[datetime]',
  );
  const dateCandidates = [
    meta(
      metas,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'publication_date',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date',
      'dcterms.created',
      'dc.date.issued',
      'sailthru.date',
      'parsely-pub-date',
      'cXenseParse:recs:publishtime',
    ),
    ld?.datePublished,
    timeEl?.getAttribute('datetime'),
  ];
  let published: string | null = null;
  for (const c of dateCandidates) if (!published) published = tryParsePublished(c);
  published ??= dateFromUrl(canonicalUrl) ?? dateFromUrl(pageUrl);

  const httpLang = doc
    .querySelector('meta[http-equiv="content-language" i]')
    ?.getAttribute('content')
    ?.split(',')[0];
  const language =
    normaliseLanguage(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguage(httpLang) ??
    normaliseLanguage(ld?.inLanguage) ??
    normaliseLanguage(meta(metas, 'og:locale'));

  return {
    title: clean(ld?.headline) ?? clean(meta(metas, 'og:title', 'twitter:title', 'dc.title', 'DC.title')),
    byline,
    siteName: clean(meta(metas, 'og:site_name', 'application-name')) ?? clean(ld?.publisher),
    published,
    canonicalUrl,
    language,
  };
}
