import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateRow, neusSources, parseNeus, splitTitled, summarise } from './summarization.ts';

const mini = fileURLToPath(new URL('./testdata/neus-mini.jsonl', import.meta.url));

test('splitTitled reads NeuS "TITLE=> … ARTICLE=> …" parts', () => {
  const table: [string, { title: string; body: string }][] = [
    ['TITLE=> A title. ARTICLE=> The body.', { title: 'A title.', body: 'The body.' }],
    ['  TITLE=>X ARTICLE=>  Y  ', { title: 'X', body: 'Y' }],
    ['Just a body.', { title: '', body: 'Just a body.' }],
  ];
  for (const [input, want] of table) assert.deepEqual(splitTitled(input), want);
});

test('parseNeus keeps good rows and names the bad line', () => {
  const { rows, errors } = parseNeus(readFileSync(mini, 'utf8'), 'mini.jsonl');
  assert.deepEqual(
    rows.map((r) => r.id),
    ['mini-1', 'mini-3'],
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /^mini\.jsonl:2: /);
  const sources = neusSources(rows[0]!);
  assert.equal(sources.length, 3);
  assert.equal(sources[1]!.title, 'Vastholm ferry route suspended');
  assert.match(sources[2]!.text, /^Thick fog was blamed/);
});

test('evaluateRow writes a verified article and scores it beside lead-3 and LexRank', async () => {
  const { rows } = parseNeus(readFileSync(mini, 'utf8'), 'mini.jsonl');
  const results = await Promise.all(rows.map((r) => evaluateRow(r)));
  for (const r of results) {
    assert.ok(r.text.length > 0);
    for (const s of [r.ours, r.lead3, r.lexrank]) assert.ok(s.rouge1.f1 > 0 && s.rouge1.f1 <= 1);
    // The article uses the sources' own sentences, so it overlaps the roundup.
    assert.ok(r.ours.rouge1.f1 > 0.3, `${r.id}: ${r.text}`);
  }
  const report = summarise(results, ['x']);
  assert.equal(report.rows, 2);
  assert.equal(report.support.share, 1);
  assert.ok(report.support.published >= 2);
  assert.ok(report.systems.wireproof.words > 0);
});

// The real benchmark, when the shared data is present (read from ../shared, never copied).
const val = fileURLToPath(new URL('../../../shared/bench/summarization/neus_val.jsonl', import.meta.url));
test(
  'neus_val: first rows write with every published sentence supported',
  { skip: !existsSync(val) && 'needs ../shared/bench/summarization/neus_val.jsonl' },
  async () => {
    const { rows } = parseNeus(readFileSync(val, 'utf8'), val);
    const results = [];
    for (const r of rows.slice(0, 5)) results.push(await evaluateRow(r));
    assert.equal(summarise(results, []).support.share, 1);
  },
);
