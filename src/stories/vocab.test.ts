import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from './vocab.ts';

/** Report k of a long stream: two frequent words, one word every tenth report, and `fresh` new names. */
function report(k: number, fresh: number): string[] {
  const out = ['flood', 'river'];
  if (k % 10 === 0) out.push('levee');
  for (let j = 0; j < fresh; j++) out.push(`name${k}x${j}`);
  return out;
}

test('a vocabulary stays under its cap on a long stream and keeps frequent terms exact', () => {
  const table = [
    { cap: 50, staleAfter: 10, reports: 2_000, fresh: 1 },
    { cap: 200, staleAfter: 20, reports: 3_000, fresh: 3 },
    { cap: 1_000, staleAfter: 100, reports: 5_000, fresh: 2 },
    // Stale terms are too few to free room (staleAfter longer than the cap lasts): cut by count, then age.
    { cap: 100, staleAfter: 10_000, reports: 2_000, fresh: 4 },
  ];
  for (const { cap, staleAfter, reports, fresh } of table) {
    const v = new Vocabulary({ cap, staleAfter });
    let most = 0;
    for (let k = 0; k < reports; k++) {
      v.add(report(k, fresh));
      most = Math.max(most, v.size);
    }
    const name = `cap ${cap}, staleAfter ${staleAfter}`;
    assert.ok(most <= cap, `${name}: grew to ${most}`);
    assert.ok(v.sweepCount > 0, `${name}: never swept`);
    assert.equal(v.get('flood'), reports, name);
    assert.equal(v.get('river'), reports, name);
    assert.equal(v.get('levee'), reports / 10, name);
    // The latest report's names are kept; the first report's are long forgotten.
    assert.equal(v.get(`name${reports - 1}x0`), 1, name);
    assert.equal(v.get('name1x0'), 0, name);
  }
});

test('under its cap a vocabulary counts exactly what a plain map counts', () => {
  const table = [
    { reports: 0, fresh: 0 },
    { reports: 40, fresh: 2 },
    { reports: 300, fresh: 3 },
  ];
  for (const { reports, fresh } of table) {
    const v = new Vocabulary({ cap: 1_000, staleAfter: 1 });
    const plain = new Map<string, number>();
    for (let k = 0; k < reports; k++) {
      const terms = report(k, fresh);
      v.add(terms);
      for (const t of terms) plain.set(t, (plain.get(t) ?? 0) + 1);
    }
    assert.equal(v.sweepCount, 0);
    assert.deepEqual(new Map(v.entries()), plain, `${reports} reports`);
  }
});

test('a sweep forgets only rare terms not seen for staleAfter reports', () => {
  // cap 6: the seventh distinct term triggers a sweep.
  const v = new Vocabulary({ cap: 6, staleAfter: 3, rareCount: 2 });
  v.add(['old-once', 'gone-once']); // report 1
  v.add(['old-twice', 'often']); // 2
  v.add(['old-twice', 'often', 'old-thrice']); // 3
  v.add(['often', 'old-thrice']); // 4
  v.add(['often', 'old-thrice', 'recent-once']); // 5
  v.add(['often']); // 6
  assert.equal(v.sweepCount, 0);
  v.add(['often', 'newest']); // 7: 7 terms > 6, sweep; stale = last seen in report 4 or before
  assert.equal(v.sweepCount, 1);
  const table: [string, number][] = [
    ['old-once', 0], // seen once, in report 1: forgotten
    ['gone-once', 0],
    ['old-twice', 0], // twice, last in report 3: forgotten
    ['old-thrice', 3], // three times: not rare, kept though old
    ['recent-once', 1], // once but recently (report 5): kept
    ['newest', 1],
    ['often', 6],
  ];
  for (const [t, n] of table) assert.equal(v.get(t), n, t);
  assert.equal(v.size, 4);
});

test('a restored vocabulary keeps its counts and ages them as of the restore', () => {
  const v = Vocabulary.from(
    [
      ['harbour', 40],
      ['once', 1],
    ],
    { cap: 4, staleAfter: 2 },
  );
  v.add(['a']); // report 1
  v.add(['b']); // 2: four terms, at the cap
  assert.equal(v.sweepCount, 0);
  v.add(['c']); // 3: a sweep; stale = last seen at or before report 1 (the restore counts as report 0)
  assert.equal(v.sweepCount, 1);
  const table: [string, number][] = [
    ['harbour', 40],
    ['once', 0],
    ['a', 0],
    ['b', 1],
    ['c', 1],
  ];
  for (const [t, n] of table) assert.equal(v.get(t), n, t);
  assert.throws(() => new Vocabulary({ cap: 0 }), /cap must be at least 1/);
});
