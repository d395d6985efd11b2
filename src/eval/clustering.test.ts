import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseCsv,
  parseEcbJsonl,
  parseLooseDate,
  parseStoryChains,
  scoreClustering,
  tfidfAgglomerative,
} from './clustering.ts';
import { evalClusteringCommand } from '../cli/eval-clustering.ts';
import { memoryIO } from '../cli/io.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, 'testdata', 'clustering');
const repoRoot = path.resolve(here, '../..');

test('parseLooseDate reads scraped publication dates', () => {
  const table: [string | null, string | null][] = [
    ['Published July 28, 2004 He was 75.', '2004-07-28'],
    ['First Published : June 13, 2013 4 : 59 PM EDT', '2013-06-13'],
    ['14 June 2013', '2013-06-14'],
    ['TNN Nov 12, 2011, 05.51AM IST', '2011-11-12'],
    ['updated 7 / 28 / 2004 3 : 02 : 00 PM ET', null],
    ['2021-06-24 00:00:00', '2021-06-24'],
    ['Jul. 7 5 : 59 PM EDT', null],
    ['', null],
    [null, null],
  ];
  for (const [raw, want] of table) assert.equal(parseLooseDate(raw), want, String(raw));
});

test('parseEcbJsonl keeps good lines and names the bad ones', () => {
  const { docs, errors } = parseEcbJsonl(readFileSync(path.join(data, 'mini.jsonl'), 'utf8'), 'mini.jsonl');
  assert.equal(docs.length, 6);
  assert.deepEqual(
    errors.map((e) => e.origin),
    ['mini.jsonl:7', 'mini.jsonl:8'],
  );
  assert.match(errors[0]!.message, /not valid JSON/);
  assert.match(errors[1]!.message, /event_cluster/);
  assert.equal(docs[0]!.source.published, '2011-03-03');
});

test('parseCsv handles quotes, doubled quotes, newlines in fields and a BOM', () => {
  assert.deepEqual(parseCsv('\uFEFFa;b\n"x;1";"say ""hi""\nthere"\r\n', ';'), [
    ['a', 'b'],
    ['x;1', 'say "hi"\nthere'],
  ]);
});

test('the baseline scores the same documents', () => {
  const { docs } = parseEcbJsonl(readFileSync(path.join(data, 'mini.jsonl'), 'utf8'), 'mini.jsonl');
  const base = scoreClustering(docs, tfidfAgglomerative(docs.map((d) => d.source)));
  assert.equal(base.docs, 6);
  assert.ok(base.bcubed.f1 > 0 && base.bcubed.f1 <= 1);
});

test('eval clustering: scores ECB+-style JSONL and story chains, writes predictions', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'wp-evalclu-')), 'pred.jsonl');
  const { io, stdout, stderr } = memoryIO({}, repoRoot);
  const code = await evalClusteringCommand.run(
    [
      '--data',
      path.join(data, 'mini.jsonl'),
      '--story-chains',
      path.join(data, 'chains'),
      '--predictions',
      out,
      '--json',
    ],
    io,
  );
  assert.equal(code, 0, stderr());
  assert.match(stderr(), /mini\.jsonl:7: not valid JSON/);
  const result = JSON.parse(stdout());
  assert.equal(result.ecb.docs, 6);
  assert.equal(result.ecb.wireproof.bcubed.f1, 1, 'two rehab stays and a quake: three clusters');
  assert.equal(result.storyChains.pairs, 6, 'the pair naming an unknown article is left out');
  assert.deepEqual([result.storyChains.wireproof.tp, result.storyChains.wireproof.fp], [1, 0]);
  const preds = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(preds.length, 6);
  assert.deepEqual(Object.keys(preds[0]), ['doc_id', 'cluster']);
  assert.equal(preds[0].cluster, preds[1].cluster);
  assert.notEqual(preds[0].cluster, preds[2].cluster);
});

test('eval clustering: usage and file errors', async () => {
  const table: { args: string[]; code: number; err: RegExp }[] = [
    { args: [], code: 2, err: /give --data/ },
    { args: ['--data'], code: 2, err: /--data needs a value/ },
    { args: ['--data', 'x.jsonl', '--frobnicate'], code: 2, err: /unknown option '--frobnicate'/ },
    { args: ['--data', path.join(data, 'nope.jsonl')], code: 1, err: /cannot read .*nope\.jsonl/ },
    { args: ['--story-chains', data], code: 1, err: /expected a texts CSV/ },
  ];
  for (const t of table) {
    const { io, stderr } = memoryIO({}, repoRoot);
    assert.equal(await evalClusteringCommand.run(t.args, io), t.code, t.args.join(' '));
    assert.match(stderr(), t.err);
  }
});

test('ECB+ dev: above the baseline (skipped when ../shared is missing)', async (t) => {
  const file = path.resolve(repoRoot, '../shared/bench/clustering/ecbplus_dev.jsonl');
  if (!existsSync(file)) return t.skip(`no ${file}`);
  const { io, stdout } = memoryIO({}, repoRoot);
  assert.equal(await evalClusteringCommand.run(['--data', file, '--json'], io), 0);
  const r = JSON.parse(stdout()).ecb;
  assert.ok(
    r.wireproof.bcubed.f1 > r.baseline.bcubed.f1,
    `${r.wireproof.bcubed.f1} vs ${r.baseline.bcubed.f1}`,
  );
});

test('story chains texts parse with the columns the benchmark uses', () => {
  const sc = parseStoryChains(
    readFileSync(path.join(data, 'chains', 'texts.csv'), 'utf8'),
    readFileSync(path.join(data, 'chains', 'pairs.csv'), 'utf8'),
    ['texts.csv', 'pairs.csv'],
  );
  assert.equal(sc.sources.length, 4);
  assert.equal(sc.sources[3]!.title, 'Grid operator Nordlink plans new "north-south" line');
  assert.equal(sc.sources[0]!.published, '2021-05-18');
  assert.throws(
    () => parseStoryChains('a,b\n', 'url1;url2;relation\n', ['t.csv', 'p.csv']),
    /t\.csv: no 'url' column/,
  );
});
