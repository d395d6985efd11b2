import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source, Story } from '../model/index.ts';
import { assignStories, clusterSources, StoryClusterer, StoryStream, storyIdFor } from './index.ts';
import { loadReports } from './fixtures.test-helper.ts';

const reports = loadReports('reports.json');
const thread = loadReports('thread.json');

/** Stories as sorted groups of source ids: what a reader checks. */
const groups = (stories: readonly Story[]): string[][] =>
  stories.map((s) => [...s.sourceIds].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

const storyWith = (stories: readonly Story[], id: string): Story | undefined =>
  stories.find((s) => s.sourceIds.includes(id));

test('stories: keeps like events apart and one event in other words together', () => {
  const { stories, storyOf } = assignStories(reports);
  const table: { name: string; together: string[]; apart?: string[] }[] = [
    {
      name: 'one flood told twice',
      together: ['src_flood_riv_1', 'src_flood_riv_2'],
      apart: ['src_flood_lake_1'],
    },
    { name: 'another flood, same day, other town', together: ['src_flood_lake_1', 'src_flood_lake_2'] },
    { name: 'one earthquake', together: ['src_quake_1', 'src_quake_2'], apart: ['src_quake_3'] },
    { name: 'a resignation in three wordings', together: ['src_mayor_1', 'src_mayor_2', 'src_mayor_3'] },
    {
      name: 'a wire report and its copies',
      together: ['src_wire_orig', 'src_wire_copy_1', 'src_wire_copy_2'],
    },
  ];
  for (const t of table) {
    const ids = new Set(t.together.map((id) => storyOf.get(id)));
    assert.equal(ids.size, 1, `${t.name}: ${t.together.map((id) => storyOf.get(id)).join(', ')}`);
    for (const other of t.apart ?? [])
      assert.notEqual(storyOf.get(other), storyOf.get(t.together[0]!), `${t.name} vs ${other}`);
  }
  assert.equal(stories.length, 6);
  // Copies are folded: the story lists the canonical report only.
  assert.deepEqual(storyWith(stories, 'src_wire_orig')?.sourceIds, ['src_wire_orig']);
});

test('stories: ids come from the first source and do not change on a re-run or another input order', () => {
  const a = clusterSources(reports);
  const b = clusterSources(reports);
  const c = clusterSources([...reports].reverse());
  assert.deepEqual(a, b);
  assert.deepEqual(groups(a), groups(c));
  for (const s of a) assert.equal(s.id, storyIdFor(s.sourceIds[0]!));
  const quake = storyWith(a, 'src_quake_1')!;
  assert.equal(quake.id, 'story_quake_1');
  assert.equal(quake.firstSeen, '2026-04-10');
  assert.deepEqual(
    storyWith(a, 'src_mayor_1')?.sourceIds,
    ['src_mayor_1', 'src_mayor_2', 'src_mayor_3'],
    'oldest first',
  );
});

test('stories: months apart, the same matter is one thread of several stories', () => {
  const stories = clusterSources(thread);
  assert.ok(stories.length >= 2, 'October and May/June are different stories');
  const first = storyWith(stories, 'src_talks_1')!;
  assert.equal(first.threadId, null, 'the earliest story roots the thread');
  assert.deepEqual(first.sourceIds, ['src_talks_1', 'src_talks_2']);
  for (const id of ['src_talks_3', 'src_talks_4'])
    assert.equal(storyWith(stories, id)?.threadId, first.id, id);
  // Unrelated stories from the other set do not join the thread.
  const mixed = clusterSources([...thread, ...reports]);
  const root = storyWith(mixed, 'src_talks_1')!;
  const inThread = mixed
    .filter((s) => s.id === root.id || s.threadId === root.id)
    .flatMap((s) => s.sourceIds);
  assert.deepEqual(inThread.sort(), ['src_talks_1', 'src_talks_2', 'src_talks_3', 'src_talks_4']);
});

test('streaming: a clusterer resumed from JSON ends where an uninterrupted one does', () => {
  const all: Source[] = [...thread, ...reports];
  const whole = new StoryClusterer();
  const wholeIds = all.map((s) => whole.add(s));
  const half = new StoryClusterer();
  const firstIds = all.slice(0, 7).map((s) => half.add(s));
  const resumed = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(half)));
  const restIds = all.slice(7).map((s) => resumed.add(s));
  assert.deepEqual([...firstIds, ...restIds], wholeIds);
  whole.consolidate();
  resumed.consolidate();
  assert.deepEqual(resumed.stories(), whole.stories());
  assert.deepEqual(resumed.toJSON(), whole.toJSON());
  assert.throws(() => StoryClusterer.fromJSON({ version: 9 } as never), /unknown version/);
});

test('streaming: StoryStream folds copies, joins stories and survives a restart', () => {
  const stream = StoryStream.create();
  const order = [...reports].sort((a, b) => (a.published! < b.published! ? -1 : 1));
  const results = new Map(order.map((s) => [s.id, stream.add(s)]));
  assert.equal(results.get('src_wire_copy_2')?.duplicateOf, 'src_wire_orig');
  assert.equal(results.get('src_wire_copy_2')?.storyId, results.get('src_wire_orig')?.storyId);
  assert.equal(results.get('src_mayor_3')?.duplicateOf, null);
  const restarted = StoryStream.fromJSON(JSON.parse(JSON.stringify(stream)));
  const late: Source = {
    ...reports.find((r) => r.id === 'src_wire_orig')!,
    id: 'src_wire_late',
    outlet: 'Late Times',
  };
  assert.deepEqual(restarted.add(late), {
    storyId: results.get('src_wire_orig')!.storyId,
    duplicateOf: 'src_wire_orig',
  });
  restarted.flush();
  assert.equal(restarted.stories().length, 6);
});

test('streaming: stories close beyond maxActive and take no new reports', () => {
  const k = new StoryClusterer({ maxActive: 1 });
  const a = k.add(reports.find((r) => r.id === 'src_flood_riv_1')!);
  k.add(reports.find((r) => r.id === 'src_quake_1')!);
  const again = k.add(reports.find((r) => r.id === 'src_flood_riv_2')!);
  assert.notEqual(again, a, 'the flood story was closed');
  assert.equal(k.openStories, 1);
  assert.equal(k.stories().length, 3);
});
