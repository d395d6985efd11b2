import { SECTION_TITLES, type Article } from '../model/index.ts';
import { escapeHtml, escapeXml, safeUrl, slug, stripControls } from './escape.ts';

export interface FeedOptions {
  /** Absolute http(s) URL the site is served from; feeds need absolute links. */
  readonly baseUrl: string;
  readonly title?: string;
  readonly description?: string;
  /** At most this many newest articles. */
  readonly limit?: number;
}

interface Item {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly summary: string;
  readonly html: string;
  readonly text: string;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const iso = (d: string | null | undefined): string => {
  const t = d ? Date.parse(d) : NaN;
  return Number.isNaN(t) ? EPOCH : new Date(t).toISOString();
};

/** Base URL with a trailing slash; anything but http(s) is refused. */
export function normaliseBaseUrl(baseUrl: string): string {
  const safe = safeUrl(baseUrl);
  if (!safe) throw new Error(`feed base URL must be an absolute http(s) URL, got "${baseUrl}"`);
  return safe.endsWith('/') ? safe : `${safe}/`;
}

/** The article body as escaped HTML for feed readers: paragraphs with [n] marks and the source list. */
export function articleFeedHtml(article: Article): string {
  const parts: string[] = [];
  for (const sec of article.sections) {
    if (sec.sentences.length === 0) continue;
    if (sec.kind !== 'lede') parts.push(`<h2>${escapeHtml(SECTION_TITLES[sec.kind])}</h2>`);
    const text = sec.sentences
      .map(
        (s) =>
          `${s.date ? `${escapeHtml(s.date.slice(0, 10))}: ` : ''}${escapeHtml(s.text)}${s.citations.map((n) => ` [${n}]`).join('')}`,
      )
      .join(sec.kind === 'timeline' ? '<br>' : ' ');
    parts.push(`<p>${text}</p>`);
  }
  if (article.sources.length) {
    const items = article.sources.map((s) => {
      const url = safeUrl(s.url);
      const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
      return `<li>${escapeHtml(s.outlet ?? 'Unknown outlet')}, ${title}${s.published ? `, ${escapeHtml(s.published.slice(0, 10))}` : ''}</li>`;
    });
    parts.push(`<h2>Sources</h2><ol>${items.join('')}</ol>`);
  }
  return parts.join('');
}

const plain = (article: Article): string =>
  article.sections
    .flatMap((s) => s.sentences)
    .map((s) => `${stripControls(s.text)}${s.citations.map((n) => ` [${n}]`).join('')}`)
    .join(' ');

/** Only published articles go into feeds (held ones wait for an editor), newest first. */
function items(articles: readonly Article[], opts: FeedOptions): Item[] {
  const base = normaliseBaseUrl(opts.baseUrl);
  return articles
    .filter((a) => a.status === 'published')
    .map((a) => {
      const first =
        a.sections.find((s) => s.kind === 'key_point' || s.kind === 'lede')?.sentences[0]?.text ?? '';
      return {
        id: `urn:wireproof:story:${slug(a.storyId)}`,
        url: `${base}stories/${slug(a.storyId)}.html`,
        title: stripControls(a.headline.text),
        date: iso(a.generatedAt),
        summary: stripControls(first),
        html: articleFeedHtml(a),
        text: plain(a),
      };
    })
    .sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id))
    .slice(0, opts.limit ?? 50);
}

const TITLE = 'wireproof: verified news';
const DESCRIPTION =
  'Neutral articles written from source reports, every sentence checked against its sources.';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(articles: readonly Article[], opts: FeedOptions): string {
  const base = normaliseBaseUrl(opts.baseUrl);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: opts.title ?? TITLE,
    home_page_url: `${base}index.html`,
    feed_url: `${base}feed.json`,
    description: opts.description ?? DESCRIPTION,
    language: 'en',
    authors: [{ name: 'wireproof' }],
    items: items(articles, opts).map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      summary: i.summary,
      content_html: i.html,
      content_text: i.text,
      date_published: i.date,
      date_modified: i.date,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** RSS 2.0 with an atom:link to itself, as validators ask. */
export function renderRss(articles: readonly Article[], opts: FeedOptions): string {
  const base = normaliseBaseUrl(opts.baseUrl);
  const list = items(articles, opts);
  const x = escapeXml;
  const rfc822 = (d: string) => new Date(d).toUTCString();
  const entries = list.map(
    (i) =>
      `<item><title>${x(i.title)}</title><link>${x(i.url)}</link><guid isPermaLink="false">${x(i.id)}</guid>` +
      `<pubDate>${rfc822(i.date)}</pubDate><description>${x(i.html)}</description></item>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(opts.title ?? TITLE)}</title>`,
    `<link>${x(`${base}index.html`)}</link>`,
    `<description>${x(opts.description ?? DESCRIPTION)}</description>`,
    '<language>en</language>',
    `<lastBuildDate>${rfc822(list[0]?.date ?? EPOCH)}</lastBuildDate>`,
    `<atom:link href="${x(`${base}rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom (RFC 4287). */
export function renderAtom(articles: readonly Article[], opts: FeedOptions): string {
  const base = normaliseBaseUrl(opts.baseUrl);
  const list = items(articles, opts);
  const x = escapeXml;
  const entries = list.map(
    (i) =>
      `<entry><id>${x(i.id)}</id><title>${x(i.title)}</title><updated>${i.date}</updated><published>${i.date}</published>` +
      `<link rel="alternate" type="text/html" href="${x(i.url)}"/><summary>${x(i.summary)}</summary>` +
      `<content type="html">${x(i.html)}</content></entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<id>${x(`${base}atom.xml`)}</id>`,
    `<title>${x(opts.title ?? TITLE)}</title>`,
    `<subtitle>${x(opts.description ?? DESCRIPTION)}</subtitle>`,
    `<updated>${list[0]?.date ?? EPOCH}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(`${base}atom.xml`)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(`${base}index.html`)}"/>`,
    '<author><name>wireproof</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
