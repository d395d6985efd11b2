import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterSources, developmentDate, threadsOf, threadTimeline, timeline } from './index.ts';
import { sentencesOf } from './timeline.ts';
import { loadReports } from './fixtures.test-helper.ts';

test('developmentDate resolves a sentence against its report date', () => {
  const table: [string, string | null, string | null][] = [
    ['The envoys met on Monday.', '2025-10-20', '2025-10-20'], // the report's own day, a Monday
    ['The talks began on Tuesday, officials said.', '2026-06-18', '2026-06-16'], // past weekday: backwards
    ['The invitation, sent on May 8, proposes a meeting.', '2026-05-12', '2026-05-08'],
    ['Contacts were first announced in October 2025.', '2026-05-12', '2025-10'],
    ['A second round is planned for September.', '2026-06-16', '2026-09'],
    ['Talks resumed on Monday.', null, null], // relative, and no date to resolve it against
    ['The plan was agreed on 3 March 2024.', null, '2024-03-03'],
    ['Nothing here names a time.', '2026-01-01', null],
  ];
  for (const [sentence, published, want] of table)
    assert.equal(developmentDate(sentence, published), want, sentence);
});

test('sentencesOf splits paragraphs and sentences', () => {
  assert.deepEqual(sentencesOf('One. Two words here!\n\n"Three," he said. 4 more.'), [
    'One.',
    'Two words here!',
    '"Three," he said.',
    '4 more.',
  ]);
});

test('a thread timeline lists dated developments oldest first, one per story and date', () => {
  const sources = loadReports('thread.json');
  const stories = clusterSources(sources);
  const threads = threadsOf(stories);
  assert.equal(threads.length, 1);
  const devs = threadTimeline(threads[0]!, sources);
  const dates = devs.map((d) => d.date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  for (const want of ['2025-10-20', '2026-05-08', '2026-06-15'])
    assert.ok(dates.includes(want), `${want} in ${dates}`);
  assert.equal(
    dates.filter((d) => d === '2025-10-20').length,
    1,
    'two reports of the same day: one development',
  );
  const meeting = devs.find((d) => d.date === '2026-06-15')!;
  assert.equal(meeting.sourceId, 'src_talks_4');
  assert.match(meeting.text, /met in Amsel on Monday/);
  assert.notEqual(meeting.storyId, devs[0]!.storyId, 'the meeting is a later story of the thread');
  // One story's timeline holds only its own reports.
  const october = stories.find((s) => s.sourceIds.includes('src_talks_1'))!;
  assert.deepEqual(new Set(timeline(october, sources).map((d) => d.sourceId)), new Set(['src_talks_1']));
});

test('a report naming no date is a development on its publication day', () => {
  const sources = loadReports('reports.json').filter((s) => s.id === 'src_flood_lake_2');
  const plain = [{ ...sources[0]!, text: 'Shops reopened along Quay Road.' }];
  const [story] = clusterSources(plain);
  assert.deepEqual(timeline(story!, plain), [
    {
      date: '2026-03-03',
      text: 'Shops reopened along Quay Road.',
      sourceId: 'src_flood_lake_2',
      storyId: story!.id,
    },
  ]);
});
