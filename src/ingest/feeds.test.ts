import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IngestInputError } from './errors.ts';
import { parseFeedDocument, parseOpmlFeeds, sniffKind } from './feeds.ts';
import { readTextFile } from './inputs.ts';
import { feedToSources } from './remote.ts';

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', 'feeds', ...p);
const update = process.env.UPDATE_GOLDEN === '1';

describe('parseFeedDocument + feedToSources (no fetching): golden sources', () => {
  const cases: { file: string; format: string; items: number; why: string }[] = [
    {
      file: 'rss2.xml',
      format: 'rss',
      items: 4,
      why: 'content:encoded full text, entity title, author email form, guid-only link, item with no text',
    },
    {
      file: 'atom.xml',
      format: 'atom',
      items: 2,
      why: 'html content, relative link against the alternate link, two authors, xhtml summary',
    },
    { file: 'wire.rdf', format: 'rdf', items: 1, why: 'RSS 1.0 with dc:date and dc:creator' },
    { file: 'orsk.json', format: 'json', items: 2, why: 'JSON Feed 1.1, content_text and summary items' },
    { file: 'latin1.xml', format: 'rss', items: 1, why: 'ISO-8859-1 declared in the XML prolog' },
  ];
  for (const c of cases) {
    it(`${c.file}: ${c.why}`, async () => {
      const file = td(c.file);
      const feed = parseFeedDocument(await readTextFile(file), c.file);
      assert.equal(feed.format, c.format);
      assert.equal(feed.items.length, c.items);
      const out = await feedToSources(feed, c.file, { fetcher: null, sourceDate: null });
      const golden = td(`${c.file}.golden.json`);
      const got = JSON.stringify(out, null, 2) + '\n';
      if (update) writeFileSync(golden, got);
      assert.equal(got, readFileSync(golden, 'utf8'));
    });
  }
});

describe('parseFeedDocument: bad feeds name the file and the problem', () => {
  const cases: [string, RegExp][] = [
    ['truncated.xml', /truncated XML: the document ends before <\/rss>/],
    ['malformed.xml', /malformed XML: <rss> is not a well-formed RSS, Atom or RDF feed/],
    ['not-a-feed.xml', /<note> is not a well-formed RSS, Atom or RDF feed|not a feed/],
  ];
  for (const [file, re] of cases) {
    it(file, async () => {
      const content = await readTextFile(td(file));
      assert.throws(
        () => parseFeedDocument(content, file),
        (e: unknown) => e instanceof IngestInputError && e.origin === file && re.test(e.message),
      );
    });
  }
  const inline: [string, string, RegExp][] = [
    ['empty', '  ', /empty feed/],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', /invalid JSON/],
    ['JSON that is not a feed', '{"title": "x"}', /not a JSON Feed/],
    ['plain text', 'Just some words.', /not a feed/],
  ];
  for (const [name, content, re] of inline)
    it(name, () => assert.throws(() => parseFeedDocument(content, 'x'), re));
});

describe('parseOpmlFeeds', () => {
  it('lists nested feeds in order, skipping outlines without xmlUrl', () => {
    const file = td('subscriptions.opml');
    assert.deepEqual(parseOpmlFeeds(readFileSync(file, 'utf8'), file), [
      { title: 'Harbour Times', url: 'https://harbourtimes.example/feed.xml' },
      { title: 'Valley Ledger (Atom)', url: 'https://valleyledger.example/atom.xml' },
      { title: 'Northgate Wire: Europe', url: 'https://northgatewire.example/rss' },
    ]);
  });
  it('refuses a truncated list', () =>
    assert.throws(
      () => parseOpmlFeeds('<?xml version="1.0"?><opml version="2.0"><body><outline', 'subs.opml'),
      /subs\.opml: truncated XML/,
    ));
});

describe('sniffKind', () => {
  const cases: [string, string][] = [
    ['<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['\uFEFF<!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<?xml version="1.0"?>\n<opml version="2.0">', 'opml'],
    ['<!DOCTYPE html><html><head>', 'html'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['{"version": "https://jsonfeed.org/version/1.1"}', 'feed'],
    ['[{"title": "x"}]', 'json'],
    ['Plain words only.', 'text'],
    ['<div><p>fragment</p></div>', 'html'],
  ];
  for (const [content, want] of cases) it(content.slice(0, 40), () => assert.equal(sniffKind(content), want));
});
