import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import {
  renderAtom,
  renderAuditHtml,
  renderHtml,
  renderIndex,
  renderJson,
  renderJsonFeed,
  renderMarkdown,
  renderRss,
  renderSite,
} from './index.ts';
import { dataUrlSource, hostileArticle, hostileSource, hostileStory } from './testdata/hostile.ts';

const FEED = { baseUrl: 'https://news.example/' };

/** Every way untrusted text could become live markup in a page. */
function assertInertHtml(html: string, where: string): void {
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script').length, 0, `${where}: script element`);
  assert.equal(
    document.querySelectorAll('img, iframe, object, embed').length,
    0,
    `${where}: embedded element`,
  );
  assert.equal(document.querySelectorAll('style').length, 1, `${where}: only the page's own style element`);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      assert.doesNotMatch(attr.name, /^on/i, `${where}: event handler attribute on <${el.tagName}>`);
      if (['href', 'src', 'action', 'xlink:href'].includes(attr.name)) {
        assert.match(
          attr.value,
          /^(https?:\/\/|#|\.\.\/|\/|[a-z0-9_-]+\.html|index\.html|feed\.json|atom\.xml|rss\.xml|stories\/)/i,
          `${where}: ${attr.name}=${attr.value}`,
        );
      }
    }
  }
  // Hostile text may still be *shown* (escaped); what matters is that no attribute carries it.
  assert.doesNotMatch(html, /="(javascript|data):/i, `${where}: dangerous URL kept`);
  // The text itself survives, escaped, so the reader still sees what the source said.
  assert.match(
    document.body.textContent!,
    /<script>alert\("pwned"\)<\/script>/,
    `${where}: escaped text shown`,
  );
}

test('every HTML renderer escapes hostile input', () => {
  const sources = [hostileSource, dataUrlSource];
  const pages: [string, string][] = [
    ['story page', renderHtml(hostileArticle, { story: hostileStory, sources })],
    [
      'front page',
      renderIndex([{ story: hostileStory, article: hostileArticle, outlets: 2, href: 'stories/x.html' }]),
    ],
    [
      'audit page',
      renderAuditHtml({
        title: hostileArticle.headline.text,
        sources: hostileArticle.sources,
        sentences: hostileArticle.sections[0]!.sentences.map((s, index) => ({
          index,
          text: s.text,
          citations: s.citations,
          section: 'lede"><script>',
          verdict: s.verdict!,
        })),
        counts: { supported: 1, contradicted: 1, unsupported: 0, not_checkable: 0 },
      }),
    ],
  ];
  for (const [where, html] of pages) assertInertHtml(html, where);
});

test('markdown disarms links, tags and block markers from hostile text', () => {
  const md = renderMarkdown(hostileArticle);
  assert.doesNotMatch(md, /(^|[^\\])<(script|img|style)/im, 'every < is backslash-escaped');
  assert.doesNotMatch(md, /[^\\]\]\(javascript:/, 'no live Markdown link');
  assert.doesNotMatch(md, /javascript:alert\(document|data:text/, 'unsafe source URLs dropped');
  assert.doesNotMatch(md, /^# Not a heading/m);
  assert.doesNotMatch(md, /^- not a list/m);
  assert.ok(!md.includes(String.fromCharCode(0)), 'control characters dropped');
});

test('json reports unsafe URLs as null and keeps text as data', () => {
  const a = JSON.parse(renderJson(hostileArticle));
  assert.equal(a.sources[0].url, null);
  assert.equal(a.sources[1].url, null);
  assert.equal(a.sources[1].outlet, 'SecondOutlet');
  assert.match(a.headline.text, /<script>/, 'JSON is data: the consumer escapes');
});

test('feeds stay well-formed and inert with hostile input', () => {
  for (const [name, xml] of [
    ['rss', renderRss([hostileArticle], FEED)],
    ['atom', renderAtom([hostileArticle], FEED)],
  ] as const) {
    assert.equal(XMLValidator.validate(xml), true, `${name} is well-formed XML`);
    assert.doesNotMatch(xml, /<script|="javascript:|="data:/i, name);
    // The entry HTML, once unescaped by a feed reader, must be inert too.
    const html = /(?:<item>[\s\S]*?<description>|<content type="html">)([^<]*)</
      .exec(xml)![1]!
      .replace(
        /&(lt|gt|quot|#39|amp);/g,
        (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
      );
    assertInertHtml(
      `<!doctype html><html><head><style></style></head><body>${html}</body></html>`,
      `${name} content`,
    );
  }
  const feed = JSON.parse(renderJsonFeed([hostileArticle], FEED));
  assertInertHtml(
    `<!doctype html><html><head><style></style></head><body>${feed.items[0].content_html}</body></html>`,
    'json feed',
  );
});

test('site file names cannot escape the output folder', () => {
  const names = renderSite({
    stories: [hostileStory],
    articles: [hostileArticle],
    sources: [hostileSource, dataUrlSource],
  }).map(([name]) => name);
  for (const name of names)
    assert.match(
      name,
      /^(stories\/[A-Za-z0-9_-]+\.(html|md|json)|index\.html|feed\.json|rss\.xml|atom\.xml)$/,
    );
});
