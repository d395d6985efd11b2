import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { openStore } from '../store/index.ts';
import { createApp } from './app.ts';
import { EDITOR_TOKEN, seedStore } from './testdata/seed.ts';

const NOW = '2025-10-22T08:00:00Z';

function setup(extra: Partial<Parameters<typeof createApp>[0]> = {}) {
  const store = seedStore(openStore(':memory:'));
  const app = createApp({ store, token: EDITOR_TOKEN, now: () => NOW, ...extra });
  return { store, app };
}

const bearer = { authorization: `Bearer ${EDITOR_TOKEN}`, 'content-type': 'application/json' };

test('reads: health, stories, one story, article, verification, sources, search, openapi', async () => {
  const { app, store } = setup();
  try {
    // JSON bodies are checked field by field below; `any` keeps the table short.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Json = any;
    const cases: { path: string; status: number; check: (body: Json) => void }[] = [
      { path: '/health', status: 200, check: (b) => assert.equal(b.counts.stories, 2) },
      {
        path: '/api/stories',
        status: 200,
        check: (b) => {
          assert.deepEqual(
            b.stories.map((s: { id: string }) => s.id),
            ['story-ferry', 'story-water'],
          );
          assert.equal(b.stories[0].outlets, 4);
          assert.equal(b.stories[1].article.status, 'held');
        },
      },
      {
        path: '/api/stories/story-ferry',
        status: 200,
        check: (b) => {
          assert.equal(b.sources.length, 3);
          assert.equal(b.sources[0].text, undefined, 'metadata only');
        },
      },
      {
        path: '/api/stories/story-ferry/article',
        status: 200,
        check: (b) => assert.equal(b.schema, 'wireproof.article/1'),
      },
      {
        path: '/api/stories/story-water/verification',
        status: 200,
        check: (b) => {
          assert.deepEqual(b.counts, {
            supported: 1,
            contradicted: 1,
            unsupported: 1,
            not_checkable: 0,
            unchecked: 0,
          });
          assert.equal(b.sentences[1].ref, '0.1');
          assert.equal(b.sentences[1].verdict.evidence[0].sentence.startsWith('About 1,200 homes'), true);
        },
      },
      {
        path: '/api/sources?limit=2',
        status: 200,
        check: (b) => assert.deepEqual([b.total, b.sources.length], [4, 2]),
      },
      {
        path: '/api/sources/src-ferry-2',
        status: 200,
        check: (b) => assert.equal(b.outlet, 'Harbour Courier'),
      },
      { path: '/api/search?q=ferry%20terminal', status: 200, check: (b) => assert.ok(b.hits.length > 0) },
      {
        path: '/openapi.json',
        status: 200,
        check: (b) => assert.ok(b.openapi.startsWith('3.') && b.paths['/api/search']),
      },
      {
        path: '/api/stories/nope',
        status: 404,
        check: (b) => assert.match(b.error.message, /no story with id "nope"/),
      },
      { path: '/api/search', status: 400, check: (b) => assert.match(b.error.message, /"q" is required/) },
      {
        path: '/api/sources?limit=x',
        status: 400,
        check: (b) => assert.match(b.error.message, /whole number/),
      },
      { path: '/no/such/route', status: 404, check: (b) => assert.equal(b.error.status, 404) },
    ];
    for (const c of cases) {
      const res = await app.request(c.path);
      assert.equal(res.status, c.status, c.path);
      c.check(await res.json());
    }
  } finally {
    store.close();
  }
});

test('pages: front page, story page in three formats, review page and feeds', async () => {
  const { app, store } = setup();
  try {
    const front = parseHTML(await (await app.request('/')).text()).document;
    assert.equal(front.querySelector('.card h2 a')!.getAttribute('href'), '/stories/story-ferry');
    const story = await app.request('/stories/story-ferry');
    assert.equal(story.headers.get('x-frame-options'), 'DENY');
    assert.match(story.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.match(await story.text(), /Where sources differ/);
    assert.match(await (await app.request('/stories/story-ferry.md')).text(), /^# Brackwater/);
    assert.equal((await (await app.request('/stories/story-ferry.json')).json()).storyId, 'story-ferry');
    const review = parseHTML(await (await app.request('/review')).text()).document;
    assert.equal(review.querySelectorAll('.flag').length, 2, 'the two flagged water-main sentences');
    assert.equal(
      review.querySelector('.flag form')!.getAttribute('action'),
      '/api/stories/story-water/sentences/0.1/approve',
    );
    const rss = await app.request('http://127.0.0.1:9999/rss.xml');
    assert.match(rss.headers.get('content-type')!, /rss\+xml/);
    assert.match(await rss.text(), /<link>http:\/\/127\.0\.0\.1:9999\/stories\/story-ferry\.html<\/link>/);
  } finally {
    store.close();
  }
});

test('write actions need the right token', async () => {
  const { app, store } = setup();
  const noToken = createApp({ store, token: null });
  try {
    const url = '/api/stories/story-water/sentences/0.1/approve';
    const cases: {
      app: typeof app;
      headers: Record<string, string>;
      body?: string;
      status: number;
      msg: RegExp;
    }[] = [
      {
        app,
        headers: { 'content-type': 'application/json' },
        body: '{}',
        status: 401,
        msg: /needs the editor token/,
      },
      {
        app,
        headers: { ...bearer, authorization: 'Bearer wrong' },
        body: '{}',
        status: 401,
        msg: /token is wrong/,
      },
      {
        app,
        headers: { 'content-type': 'application/json' },
        body: '{"token":"wrong"}',
        status: 401,
        msg: /wrong/,
      },
      { app: noToken, headers: bearer, body: '{}', status: 403, msg: /disabled/ },
      { app, headers: bearer, body: '{not json', status: 400, msg: /not valid JSON/ },
      {
        app,
        headers: { ...bearer, 'content-type': 'text/plain' },
        body: 'x',
        status: 415,
        msg: /application\/json/,
      },
    ];
    for (const c of cases) {
      const res = await c.app.request(url, { method: 'POST', headers: c.headers, body: c.body });
      assert.equal(res.status, c.status, JSON.stringify(c.headers));
      assert.match((await res.json()).error.message, c.msg);
    }
    assert.equal(
      store.getArticle('story-water')!.sections[0]!.sentences[1]!.review,
      undefined,
      'nothing saved',
    );
  } finally {
    store.close();
  }
});

test('approve and drop with the token update the stored article', async () => {
  const { app, store } = setup();
  try {
    let res = await app.request('/api/stories/story-water/sentences/0.1/approve', {
      method: 'POST',
      headers: bearer,
      body: '{}',
    });
    assert.equal(res.status, 200);
    assert.equal(store.getArticle('story-water')!.sections[0]!.sentences[1]!.review?.action, 'approved');
    res = await app.request('/api/stories/story-water/sentences/1.0/drop', {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ expected: 'The pipe network under the old town is more than a century old.' }),
    });
    assert.equal(res.status, 200);
    const a = store.getArticle('story-water')!;
    assert.equal(a.status, 'published');
    assert.equal(a.dropped.length, 1);
    // A form post (the review page) is redirected back to the review page.
    res = await app.request('/api/stories/story-ferry/sentences/0.0/approve', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${EDITOR_TOKEN}`,
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/review?done=approved#story-story-ferry');
    res = await app.request('/api/stories/story-ferry/sentences/0.0/approve', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=nope',
    });
    assert.equal(res.status, 401);
    assert.match(await res.text(), /<p role="alert">the editor token is wrong<\/p>/);
  } finally {
    store.close();
  }
});

test('an edited sentence is verified again: a faithful edit is saved, a wrong one refused', async () => {
  const { app, store } = setup();
  try {
    const url = '/api/stories/story-water/sentences/0.1/edit';
    const good = 'About 1,200 homes were without running water for most of the day.';
    let res = await app.request(url, {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ text: good }),
    });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    const s = store.getArticle('story-water')!.sections[0]!.sentences[1]!;
    assert.equal(s.text, good);
    assert.equal(s.verdict?.label, 'supported');
    res = await app.request(url, {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ text: 'About 90,000 homes were without running water for most of the day.' }),
    });
    assert.equal(res.status, 422);
    assert.match((await res.json()).error.message, /contradicted|unsupported/);
    assert.equal(
      store.getArticle('story-water')!.sections[0]!.sentences[1]!.text,
      good,
      'refused edit not saved',
    );
  } finally {
    store.close();
  }
});

test('regenerate rewrites the article from its sources', async () => {
  const { app, store } = setup();
  try {
    const res = await app.request('/api/stories/story-ferry/regenerate', { method: 'POST', headers: bearer });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    const a = store.getArticle('story-ferry')!;
    assert.notEqual(a.generatedAt, '2025-10-21T09:30:00Z');
    assert.ok(a.sections.length > 0);
    assert.deepEqual(a.sources.map((s) => s.sourceId).sort(), ['src-ferry-1', 'src-ferry-2', 'src-ferry-3']);
  } finally {
    store.close();
  }
});

test('request bodies are bounded', async () => {
  const { app, store } = setup({ maxBodyBytes: 1024 });
  try {
    const res = await app.request('/api/stories/story-water/sentences/0.1/edit', {
      method: 'POST',
      headers: { ...bearer, 'content-length': '5000' },
      body: JSON.stringify({ text: 'x'.repeat(4900) }),
    });
    assert.equal(res.status, 413);
    assert.match((await res.json()).error.message, /larger than 1024 bytes/);
  } finally {
    store.close();
  }
});
