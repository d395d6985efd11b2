import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../verify/index.ts';
import { renderMarkdown } from './index.ts';
import { ferryArticle, waterArticle } from './testdata/fixture.ts';

// The Markdown we publish must read back through the verifier's parser with the same sentences,
// citations and source list, so anyone can audit a published article with `wireproof verify`.
test('published Markdown reads back through verify.parseArticle', () => {
  for (const article of [ferryArticle, waterArticle]) {
    const parsed = parseArticle(renderMarkdown(article));
    assert.equal(parsed.title, article.headline.text);
    const want = article.sections.flatMap((s) => s.sentences).map((s) => [...s.citations]);
    assert.deepEqual(
      parsed.sentences.map((s) => [...s.citations]),
      want,
      article.storyId,
    );
    assert.deepEqual(
      parsed.sources.map((s) => s.n),
      article.sources.map((s) => s.n),
    );
  }
});
