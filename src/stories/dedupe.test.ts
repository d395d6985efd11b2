import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, minhash, shingleHashes } from './minhash.ts';
import { Deduper, foldDuplicatesDetailed } from './dedupe.ts';
import { wordTokens } from './tokens.ts';
import { loadReports } from './fixtures.test-helper.ts';

const reports = loadReports('reports.json');
const byId = new Map(reports.map((r) => [r.id, r]));

function trueJaccard(a: string, b: string): number {
  const set = (s: string) => new Set(shingleHashes(wordTokens(s)));
  const x = set(a);
  const y = set(b);
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
}

test('minhash estimates the Jaccard similarity of shingles', () => {
  const cases: [string, string][] = [
    ['src_wire_orig', 'src_wire_copy_1'],
    ['src_wire_orig', 'src_wire_copy_2'],
    ['src_flood_riv_1', 'src_flood_riv_2'],
    ['src_quake_1', 'src_mayor_1'],
  ];
  for (const [a, b] of cases) {
    const ta = byId.get(a)!.text;
    const tb = byId.get(b)!.text;
    const est = estimateJaccard(
      minhash(shingleHashes(wordTokens(ta))),
      minhash(shingleHashes(wordTokens(tb))),
    );
    assert.ok(
      Math.abs(est - trueJaccard(ta, tb)) < 0.2,
      `${a}/${b}: estimate ${est} vs ${trueJaccard(ta, tb)}`,
    );
  }
});

test('wire copies fold into the earliest report, listing the other outlets', () => {
  const { sources, duplicateOf } = foldDuplicatesDetailed(reports);
  assert.deepEqual([...duplicateOf].sort(), [
    ['src_wire_copy_1', 'src_wire_orig'],
    ['src_wire_copy_2', 'src_wire_orig'],
  ]);
  const wire = sources.find((s) => s.id === 'src_wire_orig');
  assert.deepEqual(wire?.alsoPublishedBy, ['Valley Herald', 'Coastline Daily']);
  assert.equal(sources.length, reports.length - 2);
  // Retellings of one event in other words are not copies.
  for (const id of ['src_flood_riv_2', 'src_quake_2', 'src_mayor_2', 'src_mayor_3'])
    assert.ok(!duplicateOf.has(id), id);
});

test('canonical copy: earliest wins; at the same time a clearly more complete text wins', () => {
  const orig = byId.get('src_wire_orig')!;
  const table = [
    {
      name: 'later copy with more text stays a copy',
      input: [
        { ...orig, id: 'b', published: '2026-04-21', text: `${orig.text}\n\n${orig.text}` },
        { ...orig, id: 'a' },
      ],
      canonical: 'a',
    },
    {
      name: 'same time: the longer one (by a tenth) is kept',
      input: [
        { ...orig, id: 'a', text: orig.text.split('\n\n').slice(0, 2).join('\n\n') },
        { ...orig, id: 'b', outlet: 'Other' },
      ],
      canonical: 'b',
    },
    {
      name: 'same time, same length: input order',
      input: [
        { ...orig, id: 'a' },
        { ...orig, id: 'b' },
      ],
      canonical: 'a',
    },
  ];
  for (const t of table) {
    const { sources } = foldDuplicatesDetailed(t.input);
    assert.deepEqual(
      sources.map((s) => s.id),
      [t.canonical],
      t.name,
    );
  }
});

test('the streaming deduper resumes from JSON with the same answers', () => {
  const a = new Deduper();
  const first = reports.slice(0, 8).map((r) => a.add(r));
  const b = Deduper.fromJSON(JSON.parse(JSON.stringify(a)));
  const rest = reports.slice(8);
  const c = new Deduper();
  reports.slice(0, 8).forEach((r) => c.add(r));
  assert.deepEqual(
    rest.map((r) => b.add(r)),
    rest.map((r) => c.add(r)),
  );
  assert.deepEqual(first, Array(8).fill(null));
  assert.throws(() => Deduper.fromJSON({ version: 2 } as never), /unknown version/);
});

test('the deduper forgets the oldest reports beyond maxEntries', () => {
  const d = new Deduper({ maxEntries: 1 });
  const orig = byId.get('src_wire_orig')!;
  assert.equal(d.add(orig), null);
  assert.equal(d.add(byId.get('src_quake_1')!), null);
  assert.equal(d.add(byId.get('src_wire_copy_1')!), null, 'the original was forgotten');
  assert.equal(d.toJSON().entries.length, 1);
});

test('the deduper forgets oldest first, also after a restart from its state', () => {
  const orig = byId.get('src_wire_orig')!;
  const copy = byId.get('src_wire_copy_1')!;
  const others = ['src_quake_1', 'src_flood_riv_1', 'src_mayor_1'].map((id) => byId.get(id)!);
  // [reports remembered after the original, restart after how many of them, copy still found?]
  const table: [number, number, boolean][] = [
    [1, 0, true],
    [2, 1, false],
    [3, 3, false],
    [2, 2, false],
  ];
  for (const [after, restartAt, found] of table) {
    let d = new Deduper({ maxEntries: 2 });
    assert.equal(d.add(orig), null);
    others.slice(0, after).forEach((r, i) => {
      if (i === restartAt) d = Deduper.fromJSON(JSON.parse(JSON.stringify(d.toJSON())));
      assert.equal(d.add(r), null);
    });
    if (restartAt >= after) d = Deduper.fromJSON(JSON.parse(JSON.stringify(d.toJSON())));
    assert.equal(d.add(copy), found ? 'src_wire_orig' : null, `${after} after, restart at ${restartAt}`);
    assert.ok(d.toJSON().entries.length <= 2);
  }
});
