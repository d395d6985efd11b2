import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IngestInputError } from './errors.ts';
import { cleanTitle, isBylineLine, parseHtmlSource, stripScripts } from './html.ts';
import { readTextFile } from './inputs.ts';
import { dateFromUrl } from './page-meta.ts';

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', 'pages', ...p);
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff before keeping it.
const update = process.env.UPDATE_GOLDEN === '1';

describe('parseHtmlSource: golden pages', () => {
  // Each page is an odd case; the golden file holds the whole Source it must give (origin aside).
  const cases: { page: string; url?: string; why: string }[] = [
    {
      page: 'og-meta.html',
      why: 'Open Graph + article:published_time, canonical with tracking parameter, nav/aside/figure noise',
    },
    {
      page: 'jsonld-graph.html',
      why: 'JSON-LD @graph with two authors, a broken JSON-LD block before it, no meta tags',
    },
    { page: 'time-element.html', why: 'date only in <time datetime>, byline in itemprop markup, lang en-GB' },
    {
      page: 'url-date.html',
      url: 'https://velmoradaily.example/news/ferry?id=7',
      why: 'date only in the relative canonical URL path',
    },
    {
      page: 'french-locale.html',
      why: 'language from og:locale, meta author is a URL (ignored), rel=author byline, em-dash site suffix',
    },
    { page: 'windows-1252.html', why: 'legacy charset declared by <meta http-equiv>, no header' },
    { page: 'short-page.html', why: 'too short for Readability: body text fallback' },
    {
      page: 'microdata.html',
      why: 'schema.org microdata date and author, og:title with site suffix, Content-Language header list',
    },
    {
      page: 'live-blog-times.html',
      why: 'LiveBlogPosting JSON-LD date beats the many <time> elements, one of them in comments before the article',
    },
    {
      page: 'site-prefix-title.html',
      why: '<title> with a "Site » " prefix and no h1, application-name as outlet, "By " in meta author, parsely date',
    },
    {
      page: 'updates-with-comments.html',
      why: 'short updates in <main> beside a longer comments section: comments stay out',
    },
  ];
  for (const c of cases) {
    it(`${c.page}: ${c.why}`, async () => {
      const file = td(c.page);
      const s = parseHtmlSource(await readTextFile(file), c.page, c.url);
      const golden = td(c.page.replace(/\.html$/, '.golden.json'));
      const got = JSON.stringify({ ...s, origin: undefined }, null, 2) + '\n';
      if (update) writeFileSync(golden, got);
      assert.equal(got, readFileSync(golden, 'utf8'));
    });
  }
  it('no-text.html: a page with no article text is an error naming it', async () => {
    const html = await readTextFile(td('no-text.html'));
    assert.throws(
      () => parseHtmlSource(html, 'https://x.example/gallery'),
      (e: unknown) => {
        assert.ok(e instanceof IngestInputError);
        assert.equal(e.origin, 'https://x.example/gallery');
        assert.match(e.message, /no article text found/);
        return true;
      },
    );
  });
  it('an empty page is an error', () =>
    assert.throws(() => parseHtmlSource('  \n', 'e.html'), /e\.html: empty page/));
});

describe('cleanTitle', () => {
  const cases: [string, string | null, string, string][] = [
    ['Port strike ends | Harbour Times', 'Harbour Times', '', 'Port strike ends'],
    ['Harbour Times - Port strike ends', 'Harbour Times', '', 'Port strike ends'],
    ['Port strike ends: what next', null, 'Port strike ends', 'Port strike ends: what next'],
    ['Port strike ends – Harbour Times', null, 'Port strike ends', 'Port strike ends'],
    ['Strike: day nine', 'Harbour Times', 'Other', 'Strike: day nine'],
    ['Well-known port re-opens', null, 'Well-known port', 'Well-known port re-opens'],
  ];
  for (const [title, site, h1, want] of cases)
    it(title, () => assert.equal(cleanTitle(title, site, h1), want));
});

describe('stripScripts', () => {
  const cases: [string, string][] = [
    ['<p>a</p><script>var x = "<p>";</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['<SCRIPT type="text/javascript">x()</SCRIPT >ok', 'ok'],
    [
      '<script type="application/ld+json">{"a":1}</script>',
      '<script type="application/ld+json">{"a":1}</script>',
    ],
    ['<style>p{}</style><p>x</p>', '<p>x</p>'],
    ['<p>x</p><script>never closed', '<p>x</p><script>never closed'],
  ];
  for (const [input, want] of cases) it(input.slice(0, 40), () => assert.equal(stripScripts(input), want));
  it('stays linear on thousands of unclosed tags', () => {
    const hostile = '<script>'.repeat(20000) + 'x';
    assert.equal(stripScripts(hostile), hostile);
  });
});

describe('isBylineLine', () => {
  const cases: [string, string | null, boolean][] = [
    ['By Ana Ruiz', null, true],
    ['Par Claire Morel', null, true],
    ['By , Northgate Wire', null, true],
    ['Ana Ruiz', 'Ana Ruiz', true],
    ['Byron Bay council met on Monday.', null, false],
    [
      'By Tuesday the port had reopened, after a long wait for dozens of ships and hundreds of drivers at the gates.',
      null,
      false,
    ],
  ];
  for (const [p, byline, want] of cases) it(p, () => assert.equal(isBylineLine(p, byline), want));
});

describe('dateFromUrl', () => {
  const cases: [string, string | null][] = [
    ['https://a.example/2025/10/20/slug', '2025-10-20'],
    ['https://a.example/news/2025/3/7/slug', '2025-03-07'],
    ['https://a.example/news/2025-10-20-slug', '2025-10-20'],
    ['https://a.example/20251020/slug', '2025-10-20'],
    ['https://a.example/2025/13/45/slug', null],
    ['https://a.example/products/2025/slug', null],
    ['not a url', null],
  ];
  for (const [url, want] of cases) it(url, () => assert.equal(dateFromUrl(url), want));
});
