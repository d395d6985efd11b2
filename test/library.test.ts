// The library API end to end on the bundled corpus: the path a program embedding wireproof takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  ingestInputs,
  foldDuplicates,
  clusterSources,
  writeArticle,
  verifyClaim,
  parseArticle,
  renderMarkdown,
  type SourceDoc,
} from '../src/index.ts';

const corpus = path.resolve(import.meta.dirname, '../examples/corpus');

test('ingest, fold, cluster, write and re-verify the example corpus through the library API', async () => {
  const { sources, errors } = await ingestInputs([corpus]);
  assert.deepEqual(errors, []);
  assert.ok(sources.length >= 12, `expected the whole corpus, got ${sources.length}`);

  const folded = foldDuplicates(sources);
  assert.ok(folded.length < sources.length, 'the republished wire copy folds into one report');
  assert.ok(folded.some((s) => (s.alsoPublishedBy ?? []).length >= 2));

  const stories = clusterSources(folded);
  assert.equal(stories.length, 4, 'four stories in the example corpus');

  const gdansk = stories.find((s) => /gda/i.test(s.title));
  assert.ok(gdansk, 'the Gdańsk strike is one story');
  const article = await writeArticle(gdansk, folded, { now: '2026-03-20T00:00:00Z' });
  assert.equal(article.status, 'published');

  // Every published sentence, read back from the Markdown, is supported by the sources it cites.
  const parsed = parseArticle(renderMarkdown(article));
  const byId = new Map(folded.map((s) => [s.id, s]));
  const docs: SourceDoc[] = article.sources.map((c) => ({ n: c.n, source: byId.get(c.sourceId)! }));
  const claims = parsed.sentences.filter((s) => s.citations.length > 0);
  assert.ok(claims.length >= 8, `expected a full article, got ${claims.length} cited sentences`);
  for (const claim of claims) {
    const verdict = verifyClaim(claim, docs);
    assert.equal(verdict.label, 'supported', `${claim.text}\n${JSON.stringify(verdict.reasons)}`);
  }
});
