import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import type { Article, IngestError, Source, Story } from '../model/index.ts';
import { openStore } from '../store/index.ts';
import {
  acquireRunLock,
  countSentences,
  deferredValidatorCache,
  loadStages,
  progressReporter,
  renderBar,
  RunLockedError,
  runPipeline,
  storiesToWrite,
  type ProgressEvent,
  type RunSummary,
  type Stages,
} from './index.ts';

const testdata = (name: string): string => new URL(`./testdata/${name}`, import.meta.url).pathname;
const repoRoot = resolve(new URL('../..', import.meta.url).pathname);

/**
 * Small, honest stand-ins for the stages (the real ones are developed beside this one): they read the same
 * front-matter files, fold identical bodies, cluster by word overlap with ids taken from each story's
 * first report, keep their state as JSON, and write one cited sentence per source. They let these tests pin the orchestration:
 * what is stored, what is re-clustered, what is rewritten.
 */
function testStages(calls: { written: string[]; failOn?: RegExp | null }): Stages {
  const words = (s: Source): Set<string> =>
    new Set(`${s.title} ${s.text}`.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const jaccard = (a: Set<string>, b: Set<string>): number => {
    let inter = 0;
    for (const w of a) if (b.has(w)) inter++;
    return inter / (a.size + b.size - inter);
  };
  const readFile = (path: string): Source => {
    const content = readFileSync(path, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
    if (!m) throw new Error('no front matter');
    const meta = parseYaml(m[1]!) as Record<string, string>;
    const text = m[2]!.trim();
    return {
      id: createHash('sha256')
        .update(meta.url ?? text)
        .digest('hex')
        .slice(0, 16),
      title: meta.title!,
      outlet: meta.outlet ?? null,
      url: meta.url ?? null,
      published: meta.published ? String(meta.published) : null,
      author: meta.author ?? null,
      language: 'en',
      text,
      origin: path,
    };
  };
  return {
    async ingestInputs(inputs) {
      const sources: Source[] = [];
      const errors: IngestError[] = [];
      for (const input of inputs) {
        const files = statSync(input).isDirectory()
          ? readdirSync(input)
              .sort()
              .map((f) => join(input, f))
          : [input];
        for (const file of files) {
          try {
            sources.push(readFile(file));
          } catch (error) {
            errors.push({ origin: file, message: (error as Error).message });
          }
        }
      }
      return { sources, errors };
    },
    createStream(state) {
      type Member = { id: string; published: string | null; words: string[] };
      type Group = { id: string; title: string; members: Member[] };
      type State = { copies: [string, string][]; groups: Group[] };
      if (state !== undefined && !Array.isArray((state as Partial<State>).groups))
        throw new Error('unknown state');
      const saved = structuredClone((state as State | undefined) ?? { copies: [], groups: [] });
      const originals = new Map(saved.copies);
      const groups = saved.groups;
      const add = (s: Source) => {
        const original = originals.get(s.text);
        if (original) {
          return {
            storyId: groups.find((g) => g.members.some((m) => m.id === original))!.id,
            duplicateOf: original,
          };
        }
        originals.set(s.text, s.id);
        const w = words(s);
        const home = groups.find((g) => g.members.some((m) => jaccard(new Set(m.words), w) >= 0.15));
        const member = { id: s.id, published: s.published, words: [...w] };
        if (home) {
          home.members.push(member);
          return { storyId: home.id, duplicateOf: null };
        }
        groups.push({ id: `story-${s.id}`, title: s.title, members: [member] });
        return { storyId: groups.at(-1)!.id, duplicateOf: null };
      };
      return {
        addBatch: (sources: readonly Source[]) => new Map(sources.map((s) => [s.id, add(s)])),
        flush: () => 0,
        stories: () =>
          groups.map((g): Story => ({
            id: g.id,
            sourceIds: g.members.map((m) => m.id),
            title: g.title,
            firstSeen: g.members[0]!.published,
            lastUpdated: g.members.at(-1)!.published,
            threadId: null,
          })),
        toJSON: (): State => ({ copies: [...originals], groups }),
      };
    },
    async writeArticle(story, sources) {
      if (calls.failOn?.test(story.title)) throw new Error('writer broke on this story');
      calls.written.push(story.id);
      const supported = {
        label: 'supported' as const,
        score: 0.9,
        reasons: [],
        evidence: [],
        uncited: false,
      };
      return {
        storyId: story.id,
        headline: { text: story.title, citations: [1] },
        sections: [
          {
            kind: 'lede',
            sentences: sources.map((s, i) => ({
              text: s.text.split('\n')[0]!,
              citations: [i + 1],
              verdict: supported,
            })),
          },
        ],
        sources: sources.map((s, i) => ({
          n: i + 1,
          sourceId: s.id,
          outlet: s.outlet,
          title: s.title,
          published: s.published,
          url: s.url,
        })),
        status: 'published',
        dropped: [],
        writer: 'extractive',
        generatedAt: new Date().toISOString(),
      };
    },
    async writeSite(outDir, { stories, articles }) {
      mkdirSync(outDir, { recursive: true });
      const files = articles.map((a) => join(outDir, `${a.storyId}.json`));
      articles.forEach((a, i) => writeFileSync(files[i]!, JSON.stringify(a)));
      const index = join(outDir, 'index.html');
      writeFileSync(index, stories.map((s) => s.title).join('\n'));
      return [...files, index];
    },
  };
}

describe('runPipeline (orchestration)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wireproof-pipeline-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const setup = (name: string) => {
    const corpus = join(dir, name, 'corpus');
    cpSync(testdata('corpus'), corpus, { recursive: true });
    return { corpus, dbPath: join(dir, name, 'w.db'), outDir: join(dir, name, 'out') };
  };

  it('stores, clusters, writes and publishes; a re-run changes nothing; a new report joins its story', async () => {
    const { corpus, dbPath, outDir } = setup('incremental');
    const calls = { written: [] as string[] };
    const stages = testStages(calls);
    const events: ProgressEvent[] = [];
    const first = await runPipeline({ inputs: [corpus], dbPath, outDir, stages, log: (e) => events.push(e) });
    assert.deepEqual(first.sources, { read: 5, new: 5, stored: 5 });
    assert.equal(first.stories.total, 2, 'ferry and library (the wire copy folded)');
    assert.equal(first.articles.written, 2);
    assert.equal(first.sentences.supported, 4, 'one per folded report');
    assert.deepEqual(first.errors, []);
    assert.ok(existsSync(join(outDir, 'index.html')));
    assert.deepEqual(
      events.filter((e) => e.kind === 'done').map((e) => e.stage),
      ['ingest', 'store', 'stories', 'write', 'publish'],
    );

    const store1 = openStore(dbPath);
    const storiesBefore = store1.listStories();
    const articlesBefore = store1.listArticles();
    const countsBefore = store1.counts();
    store1.close();
    const ferry = storiesBefore.find((s) => /ferry/i.test(s.title))!;
    const library = storiesBefore.find((s) => /library/i.test(s.title))!;

    calls.written.length = 0;
    const again = await runPipeline({ inputs: [corpus], dbPath, outDir, stages });
    assert.deepEqual(again.sources, { read: 5, new: 0, stored: 5 });
    assert.equal(again.articles.written, 0);
    assert.deepEqual(calls.written, [], 'no article rewritten');
    const store2 = openStore(dbPath);
    assert.deepEqual(store2.listStories(), storiesBefore, 'same stories, same ids');
    assert.deepEqual(store2.listArticles(), articlesBefore, 'same articles (same generatedAt)');
    assert.deepEqual(store2.counts(), countsBefore, 'no new rows');
    store2.close();

    const third = await runPipeline({ inputs: [corpus, testdata('later')], dbPath, outDir, stages });
    assert.deepEqual(third.sources, { read: 6, new: 1, stored: 6 });
    assert.deepEqual(calls.written, [ferry.id], 'only the story the new report joined is rewritten');
    const store3 = openStore(dbPath);
    const ferryNow = store3.getStory(ferry.id)!;
    assert.equal(
      ferryNow.sourceIds.length,
      ferry.sourceIds.length + 1,
      'the new report joined the ferry story',
    );
    assert.equal(store3.getArticle(ferry.id)!.sources.length, ferryNow.sourceIds.length);
    assert.deepEqual(
      store3.getArticle(library.id),
      articlesBefore.find((a) => a.storyId === library.id),
    );
    assert.deepEqual(store3.staleStories(), []);
    store3.close();
  });

  it('reads input by input when the ingest stage itself throws, so one input cannot sink the rest', async () => {
    const { corpus, dbPath, outDir } = setup('ingest-throws');
    const stages = testStages({ written: [] });
    const read = stages.ingestInputs;
    const poisoned = join(dir, 'poisoned-input');
    const summary = await runPipeline({
      inputs: [corpus, poisoned],
      dbPath,
      outDir,
      stages: {
        ...stages,
        ingestInputs: async (inputs, opts) => {
          if (inputs.includes(poisoned)) throw new Error('parser crashed');
          return read(inputs, opts);
        },
      },
    });
    assert.equal(summary.sources.new, 5);
    assert.deepEqual(summary.errors, [{ origin: poisoned, message: 'parser crashed' }]);
  });

  it('lists a bad file with its path and goes on with the good ones', async () => {
    const { corpus, dbPath, outDir } = setup('bad-input');
    cpSync(testdata('bad'), corpus, { recursive: true });
    const summary = await runPipeline({
      inputs: [corpus, join(dir, 'no-such-file.md')],
      dbPath,
      outDir,
      stages: testStages({ written: [] }),
    });
    assert.equal(summary.sources.new, 5);
    assert.equal(summary.stories.total, 2);
    const origins = summary.errors.map((e) => e.origin).sort();
    assert.deepEqual(origins, [
      join(corpus, 'broken-front-matter.md'),
      join(corpus, 'empty.md'),
      join(dir, 'no-such-file.md'),
    ]);
    assert.ok(summary.errors.every((e) => e.message.length > 0));
  });

  it('keeps a story marked when its writer fails, and writes it on the next run', async () => {
    const { corpus, dbPath, outDir } = setup('writer-fails');
    const calls = { written: [] as string[], failOn: /library/i as RegExp | null };
    const stages = testStages(calls);
    const first = await runPipeline({ inputs: [corpus], dbPath, outDir, stages });
    assert.equal(first.articles.written, 1);
    const store = openStore(dbPath);
    const library = store.listStories().find((s) => /library/i.test(s.title))!;
    assert.deepEqual(
      first.errors.map((e) => e.origin),
      [`story ${library.id} (${library.title})`],
    );
    assert.deepEqual(store.staleStories(), [library.id]);
    store.close();

    calls.failOn = null;
    calls.written.length = 0;
    const second = await runPipeline({ inputs: [], dbPath, outDir, stages });
    assert.deepEqual(calls.written, [library.id]);
    assert.equal(second.articles.total, 2);
    assert.deepEqual(second.errors, []);
  });

  it('re-clusters after a run that stored reports but died before saving stories', async () => {
    const { corpus, dbPath, outDir } = setup('resume');
    const stages = testStages({ written: [] });
    const { sources } = await stages.ingestInputs([corpus]);
    const store = openStore(dbPath);
    store.putSources(sources); // as if the process was killed right after this commit
    store.close();
    const summary = await runPipeline({ inputs: [corpus], dbPath, outDir, stages });
    assert.equal(summary.sources.new, 0);
    assert.equal(summary.stories.total, 2);
    assert.equal(summary.articles.written, 2);
  });

  it('rebuilds the stories from all stored reports when the saved stream state is unusable', async () => {
    const { corpus, dbPath, outDir } = setup('bad-state');
    const calls = { written: [] as string[] };
    const stages = testStages(calls);
    await runPipeline({ inputs: [corpus], dbPath, outDir, stages });
    const store = openStore(dbPath);
    const before = store.listStories();
    store.putState('stories.stream', { version: 99 });
    store.close();
    calls.written.length = 0;
    const lines: string[] = [];
    const summary = await runPipeline({
      inputs: [testdata('later')],
      dbPath,
      outDir,
      stages,
      log: progressReporter((t) => lines.push(t), false),
    });
    assert.match(lines.join(''), /saved state unusable \(unknown state\); rebuilding/);
    assert.equal(summary.stories.total, 2);
    const after = openStore(dbPath);
    const ferry = before.find((s) => /ferry/i.test(s.title))!;
    assert.equal(after.getStory(ferry.id)!.sourceIds.length, ferry.sourceIds.length + 1);
    after.close();
    assert.deepEqual(
      calls.written,
      [ferry.id],
      'the rebuilt stories keep their ids; only the changed one is rewritten',
    );
  });

  it('runs the stages it has and says which are missing', async () => {
    const { corpus, dbPath, outDir } = setup('missing');
    const { ingestInputs } = testStages({ written: [] });
    const lines: string[] = [];
    const summary = await runPipeline({
      inputs: [corpus],
      dbPath,
      outDir,
      stages: { ingestInputs },
      log: progressReporter((t) => lines.push(t), false),
    });
    assert.equal(summary.sources.new, 5);
    assert.equal(summary.stories.total, 0);
    assert.equal(summary.files, 0);
    assert.match(lines.join(''), /write: skipped: stage missing/);
    assert.match(lines.join(''), /publish: skipped: stage missing/);
  });
});

describe('storiesToWrite', () => {
  const s = (id: string, sourceIds: string[]): Story => ({
    id,
    sourceIds,
    title: id,
    firstSeen: null,
    lastUpdated: null,
    threadId: null,
  });
  const cases: {
    name: string;
    previous: Story[];
    current: Story[];
    articles: string[];
    marked?: string[];
    want: string[];
  }[] = [
    {
      name: 'nothing changed',
      previous: [s('a', ['1', '2'])],
      current: [s('a', ['2', '1'])],
      articles: ['a'],
      want: [],
    },
    {
      name: 'a new story',
      previous: [s('a', ['1'])],
      current: [s('a', ['1']), s('b', ['2'])],
      articles: ['a'],
      want: ['b'],
    },
    {
      name: 'a report joined',
      previous: [s('a', ['1'])],
      current: [s('a', ['1', '3'])],
      articles: ['a'],
      want: ['a'],
    },
    {
      name: 'a report left',
      previous: [s('a', ['1', '3'])],
      current: [s('a', ['1'])],
      articles: ['a'],
      want: ['a'],
    },
    {
      name: 'no article yet',
      previous: [s('a', ['1'])],
      current: [s('a', ['1'])],
      articles: [],
      want: ['a'],
    },
    {
      name: 'marked by an unfinished run',
      previous: [s('a', ['1']), s('b', ['2'])],
      current: [s('a', ['1']), s('b', ['2'])],
      articles: ['a', 'b'],
      marked: ['b', 'gone'],
      want: ['b'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(
        storiesToWrite(c.previous, c.current, (id) => c.articles.includes(id), c.marked),
        c.want,
      );
    });
  }
});

describe('countSentences', () => {
  it('counts supported, flagged, dropped and not-checkable sentences', () => {
    const v = (label: 'supported' | 'unsupported' | 'contradicted' | 'not_checkable') => ({
      label,
      score: 0.5,
      reasons: [],
      evidence: [],
      uncited: false,
    });
    const article = (labels: Parameters<typeof v>[0][], dropped: number): Article => ({
      storyId: 'x',
      headline: { text: 'H', citations: [1], verdict: v('supported') },
      sections: [
        { kind: 'details', sentences: labels.map((l) => ({ text: l, citations: [1], verdict: v(l) })) },
      ],
      sources: [],
      status: 'held',
      dropped: Array.from({ length: dropped }, () => ({
        text: 'd',
        citations: [1],
        verdict: v('unsupported'),
      })),
      writer: 'extractive',
      generatedAt: '2025-03-05T00:00:00Z',
    });
    assert.deepEqual(
      countSentences([
        article(['supported', 'supported', 'contradicted'], 2),
        article(['not_checkable', 'unsupported'], 0),
      ]),
      { supported: 2, flagged: 2, dropped: 2, notCheckable: 1 },
    );
  });
});

describe('progress', () => {
  it('draws a bar on a terminal and plain stage lines elsewhere', () => {
    const tick: ProgressEvent = { stage: 'write', kind: 'tick', message: 'Ferry strike', done: 3, total: 4 };
    const done: ProgressEvent = { stage: 'write', kind: 'done', message: '4 article(s) written' };
    assert.equal(renderBar(tick), `[${'#'.repeat(18)}${'.'.repeat(6)}] write 3/4 Ferry strike`);
    assert.ok(renderBar({ ...tick, message: 'x'.repeat(200) }, 60).length <= 60);
    const plain: string[] = [];
    const plainLog = progressReporter((t) => plain.push(t), false);
    plainLog(tick);
    plainLog(done);
    assert.deepEqual(plain, ['wireproof run: write: 4 article(s) written\n']);
    const tty: string[] = [];
    const ttyLog = progressReporter((t) => tty.push(t), true);
    ttyLog(tick);
    ttyLog(done);
    assert.equal(tty.length, 3);
    assert.equal(tty[0], `\r\u001b[2K${renderBar(tick)}`);
    assert.equal(tty[2], 'wireproof run: write: 4 article(s) written\n');
  });
});

describe('runPipeline (real stages)', () => {
  const summaryLine = (s: RunSummary) =>
    `${s.sources.read} read, ${s.stories.total} stories, ${s.articles.total} articles, ${s.sentences.supported} supported`;

  for (const [name, corpusDir] of [
    ['test corpus', testdata('corpus')],
    ['examples/corpus', join(repoRoot, 'examples/corpus')],
  ] as const) {
    it(`runs end to end on the ${name}, idempotently`, async (t) => {
      const { missing } = await loadStages();
      if (missing.length) return t.skip(`stage missing: ${missing.join('; ')}`);
      if (!existsSync(corpusDir)) return t.skip(`${corpusDir} does not exist yet`);
      const dir = mkdtempSync(join(tmpdir(), 'wireproof-e2e-'));
      try {
        const dbPath = join(dir, 'w.db');
        const outDir = join(dir, 'out');
        const first = await runPipeline({ inputs: [corpusDir], dbPath, outDir });
        assert.deepEqual(first.errors, []);
        assert.ok(first.sources.new > 0, summaryLine(first));
        assert.ok(first.stories.total > 0);
        assert.equal(first.articles.total, first.stories.total, 'an article for every story');
        assert.ok(existsSync(join(outDir, 'index.html')));
        const store = openStore(dbPath);
        const before = {
          stories: store.listStories(),
          articles: store.listArticles(),
          counts: store.counts(),
        };
        store.close();
        const again = await runPipeline({ inputs: [corpusDir], dbPath, outDir });
        assert.equal(again.sources.new, 0);
        assert.equal(again.articles.written, 0);
        const after = openStore(dbPath);
        assert.deepEqual(after.listStories(), before.stories);
        assert.deepEqual(after.listArticles(), before.articles);
        assert.deepEqual(after.counts(), before.counts);
        after.close();
        if (name !== 'test corpus') return;
        // A later report about the ferry strike joins that story; only its article is rewritten.
        const third = await runPipeline({ inputs: [corpusDir, testdata('later')], dbPath, outDir });
        assert.deepEqual(third.errors, []);
        assert.equal(third.sources.new, 1);
        assert.equal(third.articles.written, 1);
        const store3 = openStore(dbPath);
        const later = store3.listSources().find((s) => s.origin.endsWith('kestrel-ferry-talks.md'))!;
        const home = store3.listStories().find((s) => s.sourceIds.includes(later.id))!;
        const ferryBefore = before.stories.find((s) => s.id === home.id);
        assert.ok(ferryBefore, 'the new report joined an existing story');
        assert.deepEqual(home.sourceIds.slice(0, -1), ferryBefore.sourceIds);
        for (const a of before.articles.filter((x) => x.storyId !== home.id)) {
          assert.deepEqual(store3.getArticle(a.storyId), a, 'other articles untouched');
        }
        assert.notDeepEqual(
          store3.getArticle(home.id),
          before.articles.find((a) => a.storyId === home.id),
        );
        store3.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('runPipeline (real stages, incremental = all at once)', () => {
  it('gives the same stories when the example corpus arrives in two runs as in one', async (t) => {
    const { missing } = await loadStages();
    if (missing.length) return t.skip(`stage missing: ${missing.join('; ')}`);
    const corpus = join(repoRoot, 'examples/corpus');
    if (!existsSync(corpus)) return t.skip(`${corpus} does not exist yet`);
    const dir = mkdtempSync(join(tmpdir(), 'wireproof-split-'));
    try {
      // The files are named by date: the first run gets the earlier half, the second run everything.
      const files = readdirSync(corpus).sort();
      const early = join(dir, 'early');
      mkdirSync(early);
      for (const f of files.slice(0, Math.floor(files.length / 2))) cpSync(join(corpus, f), join(early, f));
      const stories = async (runs: string[][]) => {
        const dbPath = join(dir, `${runs.length}.db`);
        for (const inputs of runs) {
          const summary = await runPipeline({ inputs, dbPath, outDir: join(dir, `out${runs.length}`) });
          assert.deepEqual(summary.errors, []);
        }
        const store = openStore(dbPath);
        const result = store.listStories().map((s) => ({ id: s.id, sourceIds: [...s.sourceIds].sort() }));
        store.close();
        return result.sort((a, b) => a.id.localeCompare(b.id));
      };
      const once = await stories([[corpus]]);
      const twice = await stories([[early], [corpus]]);
      assert.ok(once.length > 1);
      assert.deepEqual(twice, once);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('runPipeline (feeds over loopback)', () => {
  it('fetches a feed, remembers its ETag in the store, and gets a 304 next time', async (t) => {
    const { missing } = await loadStages();
    if (missing.length) return t.skip(`stage missing: ${missing.join('; ')}`);
    const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      const page = /^\/2025\/03\/0\d\/([a-z-]+)$/.exec(req.url ?? '')?.[1];
      if (page && existsSync(testdata(`pages/${page}.html`))) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(readFileSync(testdata(`pages/${page}.html`)));
      }
      if (req.url === '/broken.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return void res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off');
      }
      if (req.url !== '/feed.xml') return void res.writeHead(404).end('not found');
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
      res.end(readFileSync(testdata('feed.xml'), 'utf8').replaceAll('HOST', host));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const dir = mkdtempSync(join(tmpdir(), 'wireproof-feed-'));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
      const opts = { inputs: [url], dbPath: join(dir, 'w.db'), outDir: join(dir, 'out'), allowPrivate: true };
      const first = await runPipeline(opts);
      assert.deepEqual(first.errors, []);
      assert.equal(first.sources.new, 2);
      const store = openStore(opts.dbPath);
      assert.deepEqual(store.getFetchValidators(url), { etag: '"v1"', lastModified: null });
      store.close();
      const feedRequests = () => seen.filter((r) => r.url === '/feed.xml');
      assert.equal(feedRequests().length, 1);
      const base = url.replace('/feed.xml', '');
      const second = await runPipeline({ ...opts, inputs: [`${base}/broken.xml`, url, `${base}/gone.xml`] });
      assert.deepEqual(
        second.errors.map((e) => e.origin),
        [`${base}/broken.xml`, `${base}/gone.xml`],
        'each bad feed listed by its URL',
      );
      assert.match(second.errors[1]!.message, /404/);
      assert.equal(second.sources.read, 0);
      assert.equal(second.articles.written, 0);
      assert.equal(feedRequests().length, 2);
      assert.equal(feedRequests()[1]!.headers['if-none-match'], '"v1"');
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps validators back until the reports fetched with them are stored', () => {
    const store = openStore(':memory:');
    const { cache, commit } = deferredValidatorCache(store);
    cache.set('https://kestrel.example/feed.xml', { etag: '"v2"' });
    assert.deepEqual(cache.get('https://kestrel.example/feed.xml'), { etag: '"v2"', lastModified: null });
    assert.equal(store.getFetchValidators('https://kestrel.example/feed.xml'), undefined);
    commit();
    assert.deepEqual(store.getFetchValidators('https://kestrel.example/feed.xml'), {
      etag: '"v2"',
      lastModified: null,
    });
    store.close();
  });
});

describe('run lock', () => {
  it('refuses a second run on the same store and takes over a lock left by a dead process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wireproof-lock-'));
    try {
      const db = join(dir, 'w.db');
      const release = acquireRunLock(db);
      assert.throws(
        () => acquireRunLock(db),
        (e: unknown) => e instanceof RunLockedError && e.pid === process.pid,
      );
      release();
      acquireRunLock(db)();
      // A pid that cannot exist: the lock of a killed run.
      writeFileSync(`${db}.lock`, '2147483646');
      const again = acquireRunLock(db);
      assert.equal(readFileSync(`${db}.lock`, 'utf8'), String(process.pid));
      again();
      assert.ok(!existsSync(`${db}.lock`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes a concurrent runPipeline on the same store fail fast, leaving the first to finish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wireproof-lock-'));
    try {
      const opts = { inputs: [testdata('corpus')], dbPath: join(dir, 'w.db'), outDir: join(dir, 'out') };
      const stages = testStages({ written: [] });
      const [a, b] = await Promise.allSettled([
        runPipeline({ ...opts, stages }),
        runPipeline({ ...opts, stages }),
      ]);
      assert.equal(a.status, 'fulfilled');
      assert.equal(b.status, 'rejected');
      assert.ok((b as PromiseRejectedResult).reason instanceof RunLockedError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
