import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { writeSite } from './index.ts';
import { articles, sources, stories, timelines } from './testdata/fixture.ts';

test('writeSite writes the front page, three files a story and three feeds, all links resolving', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wireproof-site-'));
  try {
    const written = await writeSite(dir, { stories, articles, sources, timelines });
    const rel = written.map((f) => path.relative(dir, f)).sort();
    assert.deepEqual(rel, [
      'atom.xml',
      'feed.json',
      'index.html',
      'rss.xml',
      'stories/story-ferry.html',
      'stories/story-ferry.json',
      'stories/story-ferry.md',
      'stories/story-water.html',
      'stories/story-water.json',
      'stories/story-water.md',
    ]);
    const pages = ['index.html', 'stories/story-ferry.html'];
    for (const p of pages) {
      const { document } = parseHTML(readFileSync(path.join(dir, p), 'utf8'));
      for (const a of Array.from(document.querySelectorAll('a[href], link[href]'))) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|#)/.test(href)) continue;
        assert.ok(existsSync(path.resolve(dir, path.dirname(p), href)), `${p} links to missing ${href}`);
      }
    }
    const story = readFileSync(path.join(dir, 'stories/story-ferry.html'), 'utf8');
    assert.doesNotMatch(story, /<script|<link rel="stylesheet"|@import|url\(http/i, 'self-contained page');
    // A second run overwrites in place and leaves no temporary files.
    await writeSite(dir, { stories, articles, sources });
    assert.deepEqual(
      readFileSync(path.join(dir, 'stories/story-ferry.md'), 'utf8').split('\n')[0],
      '# Brackwater approves east pier ferry terminal as cost estimates diverge',
    );
    const { readdirSync } = await import('node:fs');
    assert.equal(readdirSync(path.join(dir, 'stories')).filter((f) => f.endsWith('.tmp')).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
