import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Source } from '../model/index.ts';
import { IngestInputError } from './errors.ts';
import { makeSource } from './fields.ts';
import { readPageMeta } from './page-meta.ts';
import { titleFromFileName } from './text.ts';

// Not <form>: some sites wrap the whole page in one.
const FURNITURE = 'nav, aside, footer, iframe, svg, noscript, button, select, template, script, style';

/**
 * Drops scripts (JSON-LD excepted: it carries metadata) and styles before parsing; they are never report text.
 * A linear scan, not a regex: hostile pages with thousands of unclosed <script> tags must not cost quadratic time.
 */
export function stripScripts(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  for (;;) {
    const s = lower.indexOf('<script', pos);
    const t = lower.indexOf('<style', pos);
    const start = s < 0 ? t : t < 0 ? s : Math.min(s, t);
    if (start < 0) break;
    const tag = start === s ? 'script' : 'style';
    const openEnd = lower.indexOf('>', start);
    const close = openEnd < 0 ? -1 : lower.indexOf(`</${tag}`, openEnd);
    const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
    if (closeEnd < 0) break; // unclosed: leave the rest to the parser
    const keep = tag === 'script' && lower.slice(start, openEnd).includes('application/ld+json');
    out += html.slice(pos, keep ? closeEnd + 1 : start);
    pos = closeEnd + 1;
  }
  return out + html.slice(pos);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt';
const SKIP = 'figcaption, figure, aside, nav, script, style, noscript, button, form';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const BLOCK_TAGS = new Set(BLOCKS.split(', ').map((t) => t.toUpperCase()));
const SKIP_TAGS = new Set(SKIP.split(', ').map((t) => t.toUpperCase()));

/** Paragraph text of an element: one paragraph per innermost block, so nested blocks are not repeated. */
export function blockText(root: Element): string[] {
  const leaves: Element[] = [];
  // One walk over the tree: returns whether the subtree holds a block, collecting blocks that hold none.
  const walk = (el: Element): boolean => {
    let inner = false;
    for (const child of Array.from(el.children)) {
      if (SKIP_TAGS.has(child.tagName)) continue;
      if (walk(child)) inner = true;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock && !inner) leaves.push(el);
    return inner || isBlock;
  };
  walk(root);
  let paras: string[];
  if (leaves.length && !(leaves.length === 1 && leaves[0] === root))
    paras = leaves.map((el) => squash(el.textContent));
  else {
    for (const el of Array.from(root.querySelectorAll(SKIP))) el.remove();
    paras = (root.textContent ?? '').split(/\n\s*\n|\n/).map(squash);
  }
  // A block with no letters ("09:10", "12 / 40") is a timestamp or counter, not report text.
  return paras.filter((p) => /\p{L}/u.test(p));
}

// Sections inside a page's <main> that are not the report: reader comments, related links, promotions.
const NOT_REPORT =
  /(^|[\s_-])(comments?|related|share|social|newsletter|promo|recommended|most-read|outbrain|taboola)($|[\s_-])/i;

/** The article container a page declares: schema.org articleBody, its only <article>, or <main>. */
function declaredContainer(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  return (
    doc.querySelector('[itemprop="articleBody"]') ??
    (articles.length === 1 ? articles[0]! : null) ??
    doc.querySelector('main')
  );
}

/** Host name as a last-resort outlet: "https://www.harbourtimes.example/x" -> "harbourtimes.example". */
export function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "By Ana Ruiz", "Par Claire Morel", "By , Northgate Wire": a short line that only credits the writer. */
export function isBylineLine(p: string, byline: string | null): boolean {
  if (p.length > 100) return false;
  if (/^(by|par|von|por|di|door|av|af)\b[\s:]/i.test(p)) return true;
  return !!byline && (p === byline || p === `By ${byline}`);
}

const SEP = '\\s+[|\u2013\u2014\u00b7\u00bb:-]\\s+';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Drops the site name pages add to <title> ("Port strike ends | Harbour Times"); prefers the <h1> it starts with. */
export function cleanTitle(title: string, siteName: string | null, h1: string): string {
  let t = title.trim();
  if (siteName) {
    const site = escapeRe(siteName);
    t = t.replace(new RegExp(`${SEP}${site}$`, 'i'), '').replace(new RegExp(`^${site}${SEP}`, 'i'), '');
  }
  if (h1 && t !== h1 && t.startsWith(h1) && new RegExp(`^${escapeRe(h1)}${SEP}`).test(t)) t = h1;
  return t;
}

/**
 * An article page: main text by Readability over linkedom; metadata from meta tags, JSON-LD, <time> and the URL.
 * `url` is where the page was fetched from (resolves relative canonical links). Throws IngestInputError.
 */
export function parseHtmlSource(html: string, origin: string, url?: string | null): Source {
  if (!html.trim()) throw new IngestInputError(origin, 'empty page');
  if (html.includes('\u0000')) throw new IngestInputError(origin, 'binary content (NUL bytes), not HTML');
  const { document } = parseHTML(stripScripts(html));
  if (!document.documentElement) throw new IngestInputError(origin, 'not an HTML document');
  const meta = readPageMeta(document as unknown as Document, url);
  const h1s = Array.from(document.querySelectorAll('h1'))
    .map((h) => squash(h.textContent))
    .filter(Boolean);
  const fallbackTitle = h1s[0] || squash(document.querySelector('title')?.textContent);

  // Furniture Readability would score and then discard anyway: removing it first halves the time on heavy pages.
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove();
  const container = declaredContainer(document as unknown as Document);
  const containerChars = container ? squash(container.textContent).length : 0;
  const article = new Readability(document as unknown as Document, {
    serializer: (n: Node) => n,
    charThreshold: 200,
    disableJSONLD: true,
  }).parse();
  let paras: string[] = [];
  if (article?.content) paras = blockText(article.content as unknown as Element);
  if (!paras.length) {
    const body = document.querySelector('body');
    if (body) paras = blockText(body as unknown as Element);
  }
  // Readability sometimes keeps one block of a page made of many (live blogs, updates): trust the page's own
  // container when it holds far more text.
  const chars = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);
  if (containerChars > 1.5 * chars(paras)) {
    // Rare, so the page is parsed again rather than copied up front (Readability rewrites the document).
    const fresh = parseHTML(stripScripts(html)).document as unknown as Document;
    for (const el of Array.from(fresh.querySelectorAll(FURNITURE))) el.remove();
    for (const el of Array.from(fresh.querySelectorAll('[class], [id]')))
      if (NOT_REPORT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
    const again = declaredContainer(fresh);
    const containerParas = again ? blockText(again) : [];
    if (chars(containerParas) > 1.5 * chars(paras)) paras = containerParas;
  }
  const siteName = meta.siteName ?? (squash(article?.siteName) || null);
  // A single <h1> that Readability kept in the article is the visible headline: better than <title>.
  const headline = h1s.length === 1 && paras.slice(0, 3).includes(h1s[0]!) ? h1s[0]! : '';
  const finalTitle =
    cleanTitle(meta.title ?? '', siteName, headline) ||
    headline ||
    cleanTitle(squash(article?.title) || fallbackTitle, siteName, h1s[0] ?? '') ||
    titleFromFileName(origin);
  const byline = meta.byline ?? (squash(article?.byline).replace(/^by\s+/i, '') || null);
  // Headline and byline lines Readability kept are page furniture, not report text.
  paras = paras.filter((p, i) => !(i < 4 && (p === finalTitle || p === headline || isBylineLine(p, byline))));
  const text = paras.join('\n\n');
  if (!text) throw new IngestInputError(origin, 'no article text found in the page');

  const canonical = meta.canonicalUrl;
  return makeSource({
    title: finalTitle,
    outlet: siteName ?? hostOutlet(canonical),
    url: canonical,
    published: meta.published ?? null,
    author: byline,
    language: meta.language ?? 'en',
    text,
    origin,
  });
}
