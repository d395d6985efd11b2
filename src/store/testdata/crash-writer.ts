// Child process for the crash-safety test: writes batches forever and reports each commit on stdout,
// until the parent kills it with SIGKILL.
import { writeSync } from 'node:fs';
import { openStore } from '../index.ts';

const BATCH = 25;
const store = openStore(process.argv[2]!);
const stories: { id: string; sourceIds: string[]; title: string; firstSeen: string; lastUpdated: string; threadId: null }[] = [];
writeSync(1, 'ready\n');
for (let b = 0; ; b++) {
  const sources = Array.from({ length: BATCH }, (_, i) => ({
    id: `crash-${b}-${i}`,
    title: `Council vote ${b}.${i} on the harbour budget`,
    outlet: 'Kestrel Daily',
    url: `https://kestrel.example/crash/${b}/${i}`,
    published: '2025-03-04',
    author: null,
    language: 'en',
    text: `Report ${b}.${i}: the council voted on the harbour budget. `.repeat(20),
    origin: `crash/${b}/${i}.md`,
  }));
  store.putSources(sources);
  writeSync(1, `sources ${b}\n`);
  stories.push({ id: `story-${b}`, sourceIds: sources.map((s) => s.id), title: sources[0]!.title, firstSeen: '2025-03-04', lastUpdated: '2025-03-04', threadId: null });
  store.putStories(stories, { clusterer: { batches: b + 1 } });
  store.markStale([`story-${b}`]);
  writeSync(1, `stories ${b}\n`);
}
