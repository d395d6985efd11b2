import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { renderAtom, renderJsonFeed, renderRss } from './index.ts';
import { articles, ferryArticle } from './testdata/fixture.ts';

const opts = { baseUrl: 'https://news.example/wire' };

test('JSON Feed 1.1 has the required fields and only published articles', () => {
  const feed = parseJsonFeed(renderJsonFeed(articles, opts));
  assert.equal(feed.title, 'wireproof: verified news');
  assert.equal(feed.feed_url, 'https://news.example/wire/feed.json');
  assert.equal(feed.items?.length, 1, 'the held article stays out of the feed');
  const item = feed.items![0]!;
  assert.equal(item.id, 'urn:wireproof:story:story-ferry');
  assert.equal(item.url, 'https://news.example/wire/stories/story-ferry.html');
  assert.equal(item.title, ferryArticle.headline.text);
  assert.match(item.content_html ?? '', /53 million euros\. \[1\] \[2\]/);
  assert.equal(JSON.parse(renderJsonFeed(articles, opts)).version, 'https://jsonfeed.org/version/1.1');
});

test('RSS 2.0 parses with channel title, link, description and item guid and date', () => {
  const xml = renderRss(articles, opts);
  assert.equal(XMLValidator.validate(xml), true);
  const feed = parseRssFeed(xml);
  assert.equal(feed.title, 'wireproof: verified news');
  assert.equal(feed.link, 'https://news.example/wire/index.html');
  assert.ok(feed.description);
  assert.equal(feed.items?.length, 1);
  const item = feed.items![0]!;
  assert.equal(item.title, ferryArticle.headline.text);
  assert.equal(item.guid?.value, 'urn:wireproof:story:story-ferry');
  assert.equal(item.pubDate, 'Tue, 21 Oct 2025 09:30:00 GMT');
});

test('Atom parses with feed id, title, updated and entries with id, title, updated and link', () => {
  const xml = renderAtom(articles, opts);
  assert.equal(XMLValidator.validate(xml), true);
  const feed = parseAtomFeed(xml);
  assert.equal(feed.id, 'https://news.example/wire/atom.xml');
  assert.equal(feed.title?.value, 'wireproof: verified news');
  assert.equal(feed.updated, '2025-10-21T09:30:00.000Z');
  const entry = feed.entries![0]!;
  assert.equal(entry.id, 'urn:wireproof:story:story-ferry');
  assert.equal(entry.updated, '2025-10-21T09:30:00.000Z');
  assert.equal(entry.links?.[0]?.href, 'https://news.example/wire/stories/story-ferry.html');
  assert.equal(entry.title?.value, ferryArticle.headline.text);
  assert.match(entry.content?.value ?? '', /<h2>Sources<\/h2>/);
});

test('feeds refuse a base URL that is not absolute http(s)', () => {
  for (const baseUrl of ['javascript:alert(1)', '/relative', 'ftp://example.org/']) {
    assert.throws(() => renderRss(articles, { baseUrl }), /absolute http\(s\) URL/, baseUrl);
  }
});

test('an empty site still makes valid feeds', () => {
  assert.equal(XMLValidator.validate(renderRss([], opts)), true);
  assert.equal(parseAtomFeed(renderAtom([], opts)).updated, '1970-01-01T00:00:00.000Z');
  assert.deepEqual(JSON.parse(renderJsonFeed([], opts)).items, []);
});
