import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument, analyseSentence } from './index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const testdata = (f: string): string => path.join(here, 'testdata', f);

// Golden file: the whole analysis of an invented report. Regenerate with UPDATE_GOLDEN=1 and review the diff.
test('analyseDocument: golden output for a report dated Friday 2025-03-14', () => {
  const text = readFileSync(testdata('port-strike.txt'), 'utf8');
  const got = analyseDocument(text, '2025-03-14');
  const goldenPath = testdata('port-strike.golden.json');
  const json = JSON.stringify(got, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, json);
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(goldenPath, 'utf8')));
});

test('analyseDocument: surnames resolve across sentences; quotes carry their speaker', () => {
  const doc = analyseDocument(
    'Interior minister Johan Forssen met Afghan envoys in Kabul on Monday.\n"We talked for hours," he said.\nForssen left on Tuesday.',
    '2025-10-22',
  );
  assert.equal(doc.date, '2025-10-22');
  assert.equal(doc.sentences.length, 3);
  const s2 = doc.sentences[2]!;
  assert.deepEqual(
    s2.entities.map((e) => [e.text, e.key, e.kind]),
    [['Forssen', 'johan forssen', 'person']],
  );
  assert.deepEqual(s2.times[0]?.interval, { start: '2025-10-21', end: '2025-10-21' });
  assert.equal(doc.sentences[1]!.quotes[0]?.speaker, 'Johan Forssen');
  assert.deepEqual(doc.sentences[0]!.times[0]?.interval, { start: '2025-10-20', end: '2025-10-20' });
});

test('analyseDocument: numbers inside time expressions are not counted twice', () => {
  const doc = analyseDocument('Three days ago 40 people left.', '2025-10-20');
  assert.deepEqual(
    doc.sentences[0]!.numbers.map((n) => n.value),
    [40],
  );
});

test('analyseSentence: a claim on its own', () => {
  const s = analyseSentence(
    '  A Taliban delegation met EU officials in Brussels in early 2024.  ',
    '2025-10-20',
  );
  assert.equal(s.text, 'A Taliban delegation met EU officials in Brussels in early 2024.');
  assert.deepEqual(
    s.entities.map((e) => e.key),
    ['taliban', 'european union', 'brussels'],
  );
  assert.deepEqual(s.times[0]?.interval, { start: '2024-01-01', end: '2024-04-30' });
  assert.deepEqual(s.numbers, []);
});

test('analyseDocument / analyseSentence: bad dates fail clearly, null dates are fine', () => {
  assert.throws(() => analyseDocument('x', 'yesterday'), /invalid publication date "yesterday"/);
  assert.equal(analyseSentence('He left on Monday.', null).times[0]?.interval, null);
  assert.deepEqual(analyseDocument('', null), { date: null, sentences: [] });
});

// Second golden file: curly quotes over two sentences, a pronoun and a role as speakers, future tense.
test('analyseDocument: golden output for a council report dated Tuesday 2025-11-04', () => {
  const text = readFileSync(testdata('council-vote.txt'), 'utf8');
  const got = analyseDocument(text, '2025-11-04');
  const goldenPath = testdata('council-vote.golden.json');
  const json = JSON.stringify(got, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, json);
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(goldenPath, 'utf8')));
});
