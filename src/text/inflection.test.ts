import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mayInflect } from './inflection.ts';

const wink = createRequire(import.meta.url)('wink-lemmatizer') as Record<
  'noun' | 'verb' | 'adjective',
  (w: string) => string
>;

test('mayInflect: endings and WordNet exceptions', () => {
  const rows: [string, boolean][] = [
    ['deportations', true],
    ['walking', true],
    ['fled', true],
    ['chairmen', true],
    ['better', true],
    ['largest', true],
    // Irregular forms with no ending: through the exception lists.
    ['went', true],
    ['mice', true],
    ['geese', true],
    ['met', true],
    // Neither.
    ['government', false],
    ['policy', false],
    ['harbour', false],
    ['gdansk', false],
  ];
  for (const [w, want] of rows) assert.equal(mayInflect(w), want, w);
});

test('mayInflect: a word it passes over is its own lemma as noun, verb and adjective', () => {
  // Every word of the verifier's testdata and of the bundled example corpus.
  const here = dirname(fileURLToPath(import.meta.url));
  const dirs = [join(here, '../verify/testdata'), join(here, '../../examples/corpus')];
  const text = dirs
    .flatMap((d) => readdirSync(d).map((f) => join(d, f)))
    .filter((f) => /\.(?:md|txt|html|json)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join(' ');
  const words = [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])];
  assert.ok(words.length > 1000, `${words.length} words`);
  let skipped = 0;
  for (const w of words) {
    if (mayInflect(w)) continue;
    skipped++;
    assert.deepEqual([wink.noun(w), wink.verb(w), wink.adjective(w)], [w, w, w], w);
  }
  assert.ok(skipped > words.length / 3, `${skipped} of ${words.length} passed over`);
});
