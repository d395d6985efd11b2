import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'libsql';
import type { Article, Source, Story } from '../model/index.ts';
import { openStore, StoreError, toFtsQuery, type Store } from './index.ts';
import { migrate } from './sqlite.ts';
import { MIGRATIONS, pendingMigrations } from './migrations.ts';

const testdata = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
const sources = testdata('sources.json') as Source[];
const article = testdata('article.json') as Article;

const story = (id: string, sourceIds: string[], title = `Story ${id}`): Story => ({
  id,
  sourceIds,
  title,
  firstSeen: '2025-03-04',
  lastUpdated: '2025-03-04',
  threadId: null,
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wireproof-store-'));
}

function withStore(fn: (store: Store) => void): void {
  const store = openStore(':memory:');
  try {
    fn(store);
  } finally {
    store.close();
  }
}

describe('migrations', () => {
  it('lists only the migrations after the current version, in order', () => {
    const all = [
      { version: 2, name: 'b', sql: '' },
      { version: 1, name: 'a', sql: '' },
      { version: 3, name: 'c', sql: '' },
    ];
    for (const [current, want] of [
      [0, [1, 2, 3]],
      [1, [2, 3]],
      [3, []],
    ] as const) {
      assert.deepEqual(
        pendingMigrations(current, all).map((m) => m.version),
        want,
      );
    }
  });

  it('applies a new migration to an existing file once, keeping the data', () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'w.db');
      const store = openStore(path);
      store.putSources(sources);
      store.close();
      const extra = [
        ...MIGRATIONS,
        { version: 99, name: 'test column', sql: 'ALTER TABLE sources ADD COLUMN x TEXT' },
      ];
      const db = new Database(path);
      assert.equal(migrate(db, path, extra), 99);
      assert.equal(migrate(db, path, extra), 99, 'a second run applies nothing');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      assert.deepEqual(versions, [{ version: 1 }, { version: 99 }]);
      db.close();
      // The newer file is refused by a wireproof that only knows version 1, with the file named.
      assert.throws(
        () => openStore(path),
        (e: unknown) => e instanceof StoreError && e.message.includes(path) && /newer/.test(e.message),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sources', () => {
  it('stores sources idempotently by id', () => {
    withStore((store) => {
      const first = store.putSources(sources);
      assert.deepEqual(
        first.added.map((s) => s.id),
        sources.map((s) => s.id),
      );
      assert.equal(first.existing, 0);
      const again = store.putSources([...sources].reverse());
      assert.deepEqual(again, { added: [], existing: sources.length });
      const dupInBatch = store.putSources([
        { ...sources[0]!, id: 'new-1' },
        { ...sources[0]!, id: 'new-1' },
      ]);
      assert.equal(dupInBatch.added.length, 1);
      assert.equal(dupInBatch.existing, 1);
      assert.deepEqual(store.getSource('src-library-1'), sources[2]);
      assert.equal(store.getSource('missing'), undefined);
      assert.deepEqual(
        store.listSources().map((s) => s.id),
        [...sources.map((s) => s.id), 'new-1'],
      );
      assert.equal(store.counts().sources, 4);
    });
  });
});

describe('stories, articles and stale marks', () => {
  it('replaces the story set and drops articles and marks of stories that are gone', () => {
    withStore((store) => {
      store.putSources(sources);
      store.putStories(
        [story('story-ferry', ['src-harbour-1', 'src-harbour-2']), story('story-lib', ['src-library-1'])],
        {
          clusterer: { n: 2 },
        },
      );
      assert.deepEqual(store.getState('clusterer'), { n: 2 });
      store.markStale(['story-ferry', 'story-lib', 'story-lib']);
      assert.deepEqual(store.staleStories(), ['story-ferry', 'story-lib']);
      store.putArticle(article);
      assert.deepEqual(store.staleStories(), ['story-lib'], 'storing the article clears its mark');
      assert.deepEqual(store.getArticle('story-ferry'), article);
      store.putArticle({ ...article, status: 'held' });
      assert.equal(store.listArticles().length, 1, 'one current article per story');
      assert.equal(store.getArticle('story-ferry')?.status, 'held');

      store.putStories([story('story-lib', ['src-library-1'], 'Library reopens')]);
      assert.deepEqual(
        store.listStories().map((s) => s.id),
        ['story-lib'],
      );
      assert.equal(store.getStory('story-lib')?.title, 'Library reopens');
      assert.equal(store.getArticle('story-ferry'), undefined);
      assert.deepEqual(
        store.search('rota'),
        store.search('rota').filter((h) => h.kind === 'source'),
      );
      assert.deepEqual(store.getState('clusterer'), { n: 2 }, 'state kept when not given');
      assert.deepEqual(store.counts(), { sources: 3, stories: 1, articles: 0, stale: 1 });
    });
  });

  it('rewrites only what changed: members, order and titles all come back as put', () => {
    withStore((store) => {
      const a = story('a', ['1', '2']);
      const b = story('b', ['3']);
      const c = story('c', ['4']);
      const cases: { name: string; put: Story[] }[] = [
        { name: 'first set', put: [a, b, c] },
        { name: 'same set again', put: [a, b, c] },
        { name: 'reordered', put: [c, a, b] },
        { name: 'a report joins b', put: [c, a, { ...b, sourceIds: ['3', '5'], lastUpdated: '2025-03-06' }] },
        { name: 'retitled, one gone', put: [{ ...c, title: 'New working title' }, a] },
      ];
      for (const { name, put } of cases) {
        store.putStories(put);
        assert.deepEqual(store.listStories(), put, name);
        for (const s of put) assert.deepEqual(store.getStory(s.id), s, `${name}: ${s.id}`);
      }
    });
  });

  it('remembers fetch validators per URL', () => {
    withStore((store) => {
      const url = 'https://kestrel.example/feed.xml';
      assert.equal(store.getFetchValidators(url), undefined);
      store.putFetchValidators({
        [url]: { etag: '"abc"', lastModified: null },
        'https://b.example/': { etag: null, lastModified: null },
      });
      store.putFetchValidators({ [url]: { etag: '"def"', lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT' } });
      assert.deepEqual(store.getFetchValidators(url), {
        etag: '"def"',
        lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT',
      });
      assert.deepEqual(store.getFetchValidators('https://b.example/'), { etag: null, lastModified: null });
    });
  });
});

describe('full-text search', () => {
  it('finds sources and articles, ranks title hits, and treats operators as words', () => {
    withStore((store) => {
      store.putSources(sources);
      store.putStories([story('story-ferry', ['src-harbour-1', 'src-harbour-2'])]);
      store.putArticle(article);
      const cases: { query: string; want: string[] }[] = [
        { query: 'ferry', want: ['article:story-ferry', 'source:src-harbour-1', 'source:src-harbour-2'] },
        { query: 'restored ferry', want: [] },
        { query: 'restored maps', want: ['source:src-library-1'] }, // porter: maps ~ map
        { query: 'restored map', want: ['source:src-library-1'] },
        { query: 'flooded', want: ['source:src-library-1'] },
        { query: 'flood', want: ['source:src-library-1'] }, // porter stemming: flooded ~ flood
        { query: 'libr*', want: ['source:src-library-1'] },
        { query: 'union AND "NEAR(', want: [] },
        {
          query: 'Union said',
          want: ['article:story-ferry', 'source:src-harbour-1', 'source:src-harbour-2'],
        },
        { query: '  ** ', want: [] },
      ];
      for (const { query, want } of cases) {
        const got = store.search(query).map((h) => `${h.kind}:${h.id}`);
        assert.deepEqual([...got].sort(), [...want].sort(), query);
      }
      const hit = store.search('basement')[0]!;
      assert.equal(hit.title, 'Pellham library reopens after flood repairs');
      assert.match(hit.snippet, /\[basement\]/);
      assert.equal(store.search('ferry', 1).length, 1);
    });
  });

  it('quotes every term of a user query', () => {
    for (const [input, want] of [
      ['ferry strike', '"ferry" "strike"'],
      ['NEAR(a b)', '"NEAR" "a" "b"'],
      ['libr*', '"libr"*'],
      ["Workers' union", '"Workers" "union"'],
      ["O'Neill", '"O Neill"'],
      ['-', null],
    ] as const) {
      assert.equal(toFtsQuery(input), want, input);
    }
  });
});

describe('crash safety', () => {
  const rounds = 5;
  it(`loses no committed batch and leaves nothing half-written when killed (${rounds} random kills)`, async () => {
    const dir = tempDir();
    try {
      for (let round = 0; round < rounds; round++) {
        const path = join(dir, `crash-${round}.db`);
        const committed = await runAndKill(path, 30 + Math.floor(Math.random() * 400));
        const db = new Database(path);
        assert.equal(
          (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
          'ok',
        );
        db.exec("INSERT INTO search(search) VALUES('integrity-check')");
        const n = (sql: string): number => Number(Object.values(db.prepare(sql).get() as object)[0]);
        const nSources = n('SELECT COUNT(*) FROM sources');
        assert.equal(nSources % 25, 0, 'no half-written batch');
        assert.equal(
          n("SELECT COUNT(*) FROM search WHERE kind = 'source'"),
          nSources,
          'index matches sources',
        );
        const state = db.prepare("SELECT value FROM state WHERE key = 'clusterer'").get() as
          { value: string } | undefined;
        const batches = state ? (JSON.parse(state.value) as { batches: number }).batches : 0;
        assert.equal(
          n('SELECT COUNT(*) FROM stories'),
          batches,
          'stories and clusterer state written together',
        );
        assert.equal(n('SELECT COUNT(*) FROM story_sources'), batches * 25);
        assert.ok([0, 1].includes(nSources / 25 - batches), 'at most the batch in flight lacks its story');
        db.close();
        const store = openStore(path);
        for (const b of committed.sources)
          assert.ok(store.getSource(`crash-${b}-24`), `committed batch ${b} kept`);
        for (const b of committed.stories)
          assert.ok(store.getStory(`story-${b}`), `committed story ${b} kept`);
        assert.ok(nSources / 25 >= committed.sources.length);
        store.putSources([{ ...sources[0]!, id: 'after-crash' }]);
        assert.equal(store.counts().sources, nSources + 1, 'writable after the crash');
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs the writer child, kills it `afterMs` after it is ready, and returns the commits it reported. */
function runAndKill(path: string, afterMs: number): Promise<{ sources: number[]; stories: number[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./testdata/crash-writer.ts', import.meta.url).pathname, path],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (!out.includes('ready') && (out + chunk.toString()).includes('ready')) {
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`writer exited without being killed: ${out.slice(-200)}`));
      const lines = out.split('\n');
      const pick = (kind: string) =>
        lines.filter((l) => l.startsWith(`${kind} `)).map((l) => Number(l.slice(kind.length + 1)));
      resolve({ sources: pick('sources'), stories: pick('stories') });
    });
  });
}
