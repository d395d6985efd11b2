import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Verdict } from '../model/index.ts';
import { ferryArticle, waterArticle } from '../publish/testdata/fixture.ts';
import {
  approveSentence,
  dropSentence,
  editSentence,
  parseCitations,
  parseRef,
  ReviewError,
  withStatus,
} from './review.ts';

const NOW = '2025-10-22T08:00:00Z';
const verdict = (label: Verdict['label']): Verdict => ({
  label,
  score: 0.5,
  reasons: [],
  evidence: [],
  uncited: false,
});

test('parseRef accepts SECTION.INDEX only', () => {
  const cases: [string, { section: number; index: number } | number][] = [
    ['0.1', { section: 0, index: 1 }],
    ['12.0', { section: 12, index: 0 }],
    ['1', 400],
    ['a.b', 400],
    ['1.2.3', 400],
    ['-1.0', 400],
  ];
  for (const [ref, want] of cases) {
    if (typeof want === 'number')
      assert.throws(
        () => parseRef(ref),
        (e: ReviewError) => e.status === want,
        ref,
      );
    else assert.deepEqual(parseRef(ref), want, ref);
  }
});

test('approving the last flagged sentences publishes a held article', () => {
  let a = approveSentence(waterArticle, { section: 0, index: 1 }, NOW);
  assert.equal(a.status, 'held', 'one sentence still unsupported');
  assert.deepEqual(a.sections[0]!.sentences[1]!.review, { action: 'approved', at: NOW });
  a = approveSentence(a, { section: 1, index: 0 }, NOW);
  assert.equal(a.status, 'published');
  assert.equal(waterArticle.status, 'held', 'input left untouched');
});

test('dropping moves the sentence to dropped and removes an emptied section', () => {
  const a = dropSentence(waterArticle, { section: 1, index: 0 });
  assert.deepEqual(
    a.sections.map((s) => s.kind),
    ['lede'],
  );
  assert.equal(a.dropped.at(-1)!.text, 'The pipe network under the old town is more than a century old.');
  const b = dropSentence(a, { section: 0, index: 1 });
  assert.equal(b.status, 'published');
});

test('edits are saved only when the verifier does not reject them', () => {
  const ref = { section: 0, index: 1 };
  const text = 'About 1,200 homes were without running water for most of the day.';
  const saved = editSentence(waterArticle, ref, { text, citations: [1], verdict: verdict('supported') }, NOW);
  const s = saved.sections[0]!.sentences[1]!;
  assert.equal(s.text, text);
  assert.equal(s.review?.action, 'edited');
  assert.equal(s.review?.previousText, 'About 12,000 homes were without running water for most of the day.');
  for (const label of ['contradicted', 'unsupported'] as const) {
    assert.throws(
      () => editSentence(waterArticle, ref, { text, citations: [1], verdict: verdict(label) }, NOW),
      (e: ReviewError) => e.status === 422 && e.message.includes(label),
    );
  }
  assert.throws(
    () => editSentence(waterArticle, ref, { text, citations: [4], verdict: verdict('supported') }, NOW),
    (e: ReviewError) => e.status === 400 && /\[4\]/.test(e.message),
  );
});

test('actions refuse a sentence that changed since the page was loaded', () => {
  assert.throws(
    () => approveSentence(waterArticle, { section: 0, index: 1 }, NOW, 'Some older text.'),
    (e: ReviewError) => e.status === 409,
  );
  assert.throws(
    () => dropSentence(waterArticle, { section: 5, index: 0 }),
    (e: ReviewError) => e.status === 404,
  );
});

test('withStatus follows the writer rule plus approvals', () => {
  assert.equal(withStatus(ferryArticle).status, 'published');
  const noLede = { ...ferryArticle, sections: ferryArticle.sections.filter((s) => s.kind !== 'lede') };
  assert.equal(withStatus(noLede).status, 'held');
  const badHeadline = {
    ...ferryArticle,
    headline: { ...ferryArticle.headline, verdict: verdict('contradicted') },
  };
  assert.equal(withStatus(badHeadline).status, 'held');
});

test('parseCitations reads "1, 3", "[1][3]" and falls back to the current ones', () => {
  assert.deepEqual(parseCitations('1, 3', [2]), [1, 3]);
  assert.deepEqual(parseCitations('[1][3][1]', [2]), [1, 3]);
  assert.deepEqual(parseCitations(undefined, [2]), [2]);
  assert.throws(
    () => parseCitations('none', [2]),
    (e: ReviewError) => e.status === 400,
  );
});
