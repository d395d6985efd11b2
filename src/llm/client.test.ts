import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createLlmClient } from './client.ts';
import {
  LlmBudgetError,
  LlmConfigError,
  LlmConnectionError,
  LlmHttpError,
  LlmOutputError,
  LlmRefusalError,
  LlmTimeoutError,
} from './errors.ts';
import { startMockLlmServer, type MockReply, type MockRequest } from './mock-server.ts';
import type { ChatMessage, LlmClientOptions } from './types.ts';

/** The shape a caller (the LLM writer) might ask for: a headline and cited sentences. */
interface Draft {
  headline: string;
  sentences: { text: string; citations: number[] }[];
}
function validateDraft(x: unknown): Draft {
  if (typeof x !== 'object' || x === null) throw new Error('expected a JSON object');
  const o = x as Record<string, unknown>;
  if (typeof o['headline'] !== 'string') throw new Error('"headline" must be a string');
  if (!Array.isArray(o['sentences'])) throw new Error('"sentences" must be an array');
  for (const [i, s] of (o['sentences'] as unknown[]).entries()) {
    const r = s as Record<string, unknown>;
    if (typeof r?.['text'] !== 'string' || !Array.isArray(r['citations'])) {
      throw new Error(`sentences[${i}] needs "text" and "citations"`);
    }
  }
  return o as unknown as Draft;
}

const DRAFT: Draft = {
  headline: 'Gdańsk dockworkers approve pay deal',
  sentences: [
    { text: 'In a ballot held on Monday, 78 percent of members backed the agreement.', citations: [1] },
  ],
};
const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You write neutral news articles as JSON. Cite sources as numbers.' },
  {
    role: 'user',
    content: '[1] Dockworkers at the port of Gdańsk have approved a pay deal that ended the strike.',
  },
];

interface Case {
  name: string;
  /** Reply for chat request i; the last one repeats. */
  replies: MockReply[];
  client?: Partial<LlmClientOptions>;
  calls?: number;
  want: {
    value?: unknown;
    error?: abstract new (...args: never[]) => Error;
    message?: RegExp;
    requests: number;
    sleeps?: number[];
    check?: (requests: MockRequest[]) => void;
  };
}

const cases: Case[] = [
  {
    name: 'plain JSON answer; JSON mode and temperature 0 are requested',
    replies: [{ json: DRAFT }],
    want: {
      value: DRAFT,
      requests: 1,
      check: (reqs) => {
        const body = reqs[0]!.body!;
        assert.deepEqual(body.response_format, { type: 'json_object' });
        assert.equal(body.model, 'mock-model');
        assert.equal(body.temperature, 0);
        assert.deepEqual(body.messages, MESSAGES);
      },
    },
  },
  {
    name: 'JSON wrapped in prose and a code fence',
    replies: [{ content: `Here you go:\n\`\`\`json\n${JSON.stringify(DRAFT)}\n\`\`\`\nAnything else?` }],
    want: { value: DRAFT, requests: 1 },
  },
  {
    name: 'bad JSON, then repaired after being shown the error',
    replies: [{ content: '{"headline": "Gdańsk deal", "sentences": [' }, { json: DRAFT }],
    want: {
      value: DRAFT,
      requests: 2,
      check: (reqs) => {
        const msgs = reqs[1]!.body!.messages!;
        assert.equal(msgs.length, MESSAGES.length + 2);
        assert.deepEqual(msgs[2], {
          role: 'assistant',
          content: '{"headline": "Gdańsk deal", "sentences": [',
        });
        assert.equal(msgs[3]!.role, 'user');
        assert.match(msgs[3]!.content, /could not be used: the reply contains no JSON object/);
      },
    },
  },
  {
    name: 'bad JSON twice: typed output error, no third try',
    replies: [{ content: 'headline: Gdańsk deal' }],
    want: { error: LlmOutputError, message: /no JSON object.*headline: Gdańsk deal/, requests: 2 },
  },
  {
    name: 'valid JSON that fails validation, then fixed; the validator message reaches the model',
    replies: [{ json: { headline: 'Gdańsk deal', sentences: [{ text: 'x' }] } }, { json: DRAFT }],
    want: {
      value: DRAFT,
      requests: 2,
      check: (reqs) =>
        assert.match(reqs[1]!.body!.messages![3]!.content, /sentences\[0\] needs "text" and "citations"/),
    },
  },
  {
    name: 'validation fails twice',
    replies: [{ json: { title: 'wrong field' } }],
    want: { error: LlmOutputError, message: /"headline" must be a string/, requests: 2 },
  },
  {
    name: 'structured refusal: typed error, not retried',
    replies: [{ refusal: 'I cannot help with that request.' }],
    want: { error: LlmRefusalError, message: /refused: I cannot help/, requests: 1 },
  },
  {
    name: 'content filter counts as a refusal',
    replies: [{ content: '', finishReason: 'content_filter' }],
    want: { error: LlmRefusalError, message: /content filter/, requests: 1 },
  },
  {
    name: 'a local model apologising instead of answering',
    replies: [{ content: "I'm sorry, but I can't write articles about strikes." }],
    want: { error: LlmRefusalError, requests: 1 },
  },
  {
    name: '429 with Retry-After is waited out',
    replies: [
      { status: 429, headers: { 'retry-after': '2' }, errorMessage: 'Rate limit reached' },
      { json: DRAFT },
    ],
    want: { value: DRAFT, requests: 2, sleeps: [2000] },
  },
  {
    name: '429 with retry-after-ms',
    replies: [{ status: 429, headers: { 'retry-after-ms': '120' } }, { json: DRAFT }],
    want: { value: DRAFT, requests: 2, sleeps: [120] },
  },
  {
    name: '500 then 503 then success: exponential backoff',
    replies: [{ status: 500 }, { status: 503 }, { json: DRAFT }],
    want: { value: DRAFT, requests: 3, sleeps: [100, 200] },
  },
  {
    name: 'HTML 502 page from a proxy is retried',
    replies: [{ status: 502, raw: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, { json: DRAFT }],
    want: { value: DRAFT, requests: 2, sleeps: [100] },
  },
  {
    name: '500 every time: typed HTTP error after maxRetries',
    replies: [{ status: 500, errorMessage: 'model crashed' }],
    client: { maxRetries: 2 },
    want: {
      error: LlmHttpError,
      message: /answered 500 \(3 attempt\(s\)\).*model crashed/,
      requests: 3,
      sleeps: [100, 200],
    },
  },
  {
    name: '429 asking for an hour: give up at once',
    replies: [{ status: 429, headers: { 'retry-after': '3600' } }],
    want: { error: LlmHttpError, message: /429/, requests: 1, sleeps: [] },
  },
  {
    name: '401 is not retried',
    replies: [{ status: 401, errorMessage: 'Incorrect API key provided' }],
    want: { error: LlmHttpError, message: /401.*Incorrect API key/, requests: 1, sleeps: [] },
  },
  {
    name: 'server without JSON mode: response_format dropped and remembered',
    replies: [
      { status: 400, errorMessage: 'Unrecognized request argument supplied: response_format' },
      { json: DRAFT },
      { json: DRAFT },
    ],
    calls: 2,
    want: {
      value: DRAFT,
      requests: 3,
      sleeps: [],
      check: (reqs) => {
        assert.deepEqual(reqs[0]!.body!.response_format, { type: 'json_object' });
        assert.equal(reqs[1]!.body!.response_format, undefined);
        assert.equal(reqs[2]!.body!.response_format, undefined);
      },
    },
  },
  {
    name: 'a 200 whose body is an HTML page',
    replies: [{ status: 200, raw: '<html><body>Welcome to nginx!</body></html>' }],
    want: { error: LlmOutputError, message: /unreadable server response/, requests: 1 },
  },
  {
    name: 'slow once, then in time',
    replies: [{ json: DRAFT, delayMs: 3000 }, { json: DRAFT }],
    client: { timeoutMs: 500 },
    want: { value: DRAFT, requests: 2, sleeps: [100] },
  },
  {
    name: 'always too slow: typed timeout after the retries',
    replies: [{ json: DRAFT, delayMs: 3000 }],
    client: { timeoutMs: 500, maxRetries: 1 },
    want: {
      error: LlmTimeoutError,
      message: /timed out after 500 ms \(2 attempt\(s\)\)/,
      requests: 2,
      sleeps: [100],
    },
  },
  {
    name: 'maxCalls stops the third call before it is sent',
    replies: [{ json: DRAFT }],
    client: { maxCalls: 2 },
    calls: 3,
    want: { error: LlmBudgetError, message: /maxCalls=2/, requests: 2 },
  },
  {
    name: 'retries count against maxCalls',
    replies: [{ status: 503 }],
    client: { maxCalls: 2, maxRetries: 5 },
    want: {
      error: LlmBudgetError,
      message: /maxCalls=2.*last request failed: .*503/,
      requests: 2,
      sleeps: [100],
    },
  },
];

for (const c of cases) {
  test(`chatJson: ${c.name}`, async () => {
    const server = await startMockLlmServer((_req, i) => c.replies[Math.min(i, c.replies.length - 1)]!);
    const sleeps: number[] = [];
    try {
      const client = createLlmClient({
        baseURL: server.url,
        model: 'mock-model',
        baseDelayMs: 100,
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 1,
        ...c.client,
      });
      const attempt = async () => {
        let last: unknown;
        for (let i = 0; i < (c.calls ?? 1); i++)
          last = (await client.chatJson(MESSAGES, validateDraft)).value;
        return last;
      };
      if (c.want.error) {
        const E = c.want.error;
        await assert.rejects(attempt(), (e: unknown) => {
          assert.ok(e instanceof E, `expected ${E.name}, got ${String(e)}`);
          if (c.want.message) assert.match((e as Error).message, c.want.message);
          return true;
        });
      } else {
        assert.deepEqual(await attempt(), c.want.value);
      }
      assert.equal(server.chatRequests().length, c.want.requests, 'requests the server saw');
      assert.equal(client.usage().requests, c.want.requests, 'requests in the account');
      if (c.want.sleeps) assert.deepEqual(sleeps, c.want.sleeps, 'backoff delays');
      c.want.check?.(server.chatRequests());
    } finally {
      await server.close();
    }
  });
}

test('usage: tokens from the server, cost from per-1k prices, estimates when the server reports none', async () => {
  const server = await startMockLlmServer((_req, i) =>
    i === 0
      ? { json: DRAFT, usage: { prompt_tokens: 1200, completion_tokens: 300 } }
      : i === 1
        ? { content: 'not json', usage: { prompt_tokens: 1000, completion_tokens: 10 } }
        : i === 2
          ? { json: DRAFT, usage: { prompt_tokens: 1100, completion_tokens: 200 } }
          : { json: DRAFT, usage: null },
  );
  try {
    const client = createLlmClient({
      baseURL: server.url,
      model: 'mock-model',
      prices: { promptPer1k: 0.5, completionPer1k: 2 },
    });
    const first = await client.chatJson(MESSAGES, validateDraft);
    assert.deepEqual(first.usage, {
      requests: 1,
      promptTokens: 1200,
      completionTokens: 300,
      cost: 1.2,
      cached: false,
      estimated: false,
    });
    const repaired = await client.chatJson(MESSAGES, validateDraft);
    assert.equal(repaired.usage.requests, 2);
    assert.equal(repaired.usage.promptTokens, 2100);
    assert.equal(repaired.usage.completionTokens, 210);
    assert.ok(Math.abs(repaired.usage.cost - (2.1 * 0.5 + 0.21 * 2)) < 1e-9);
    const unreported = await client.chatJson(MESSAGES, validateDraft);
    assert.equal(unreported.usage.estimated, true);
    const promptChars = MESSAGES.reduce((n, m) => n + m.content.length, 0);
    assert.equal(unreported.usage.promptTokens, Math.ceil(promptChars / 4));
    assert.equal(unreported.usage.completionTokens, Math.ceil(JSON.stringify(DRAFT).length / 4));
    const total = client.usage();
    assert.equal(total.calls, 3);
    assert.equal(total.requests, 4);
    assert.equal(total.promptTokens, 1200 + 2100 + unreported.usage.promptTokens);
    assert.equal(total.estimated, true);
  } finally {
    await server.close();
  }
});

test('cache: a second run answers from disk; other messages, cache:false and a corrupt entry go to the server', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wireproof-llm-cache-'));
  after(() => rm(dir, { recursive: true, force: true }));
  const server = await startMockLlmServer(() => ({ json: DRAFT }));
  try {
    const make = () =>
      createLlmClient({ baseURL: server.url, model: 'mock-model', cacheDir: dir, maxCalls: 10 });
    const runA = make();
    assert.equal((await runA.chatJson(MESSAGES, validateDraft)).usage.cached, false);
    assert.equal(server.chatRequests().length, 1);

    const runB = make();
    const hit = await runB.chatJson(MESSAGES, validateDraft);
    assert.deepEqual(hit.value, DRAFT);
    assert.deepEqual(hit.usage, {
      requests: 0,
      promptTokens: 0,
      completionTokens: 0,
      cost: 0,
      cached: true,
      estimated: false,
    });
    assert.equal(server.chatRequests().length, 1, 'no request for a cached answer');
    assert.deepEqual(runB.usage(), { ...runB.usage(), calls: 1, cacheHits: 1, requests: 0 });

    const other = [
      ...MESSAGES.slice(0, 1),
      { role: 'user' as const, content: '[1] The Douro burst its banks.' },
    ];
    await runB.chatJson(other, validateDraft);
    assert.equal(server.chatRequests().length, 2, 'different messages miss');
    await runB.chatJson(MESSAGES, validateDraft, { cache: false });
    assert.equal(server.chatRequests().length, 3, 'cache:false bypasses');
    await createLlmClient({ baseURL: server.url, model: 'other-model', cacheDir: dir }).chatJson(
      MESSAGES,
      validateDraft,
    );
    assert.equal(server.chatRequests().length, 4, 'the model is part of the key');

    // A cached answer the current validator rejects is a miss, not an error.
    const strict = (x: unknown) => {
      const d = validateDraft(x);
      if (d.sentences.length < 2) throw new Error('need two sentences');
      return d;
    };
    const twoSentences = { ...DRAFT, sentences: [...DRAFT.sentences, ...DRAFT.sentences] };
    const server2 = await startMockLlmServer(() => ({ json: twoSentences }));
    try {
      const r = await createLlmClient({ baseURL: server2.url, model: 'mock-model', cacheDir: dir }).chatJson(
        MESSAGES,
        strict,
      );
      assert.deepEqual(r.value, twoSentences);
      assert.equal(server2.chatRequests().length, 1);
    } finally {
      await server2.close();
    }

    // Corrupt every entry on disk: each becomes a miss.
    for (const sub of await readdir(dir)) {
      for (const f of await readdir(path.join(dir, sub)))
        await writeFile(path.join(dir, sub, f), '{"content": 4', 'utf8');
    }
    const before = server.chatRequests().length;
    await make().chatJson(MESSAGES, validateDraft);
    assert.equal(server.chatRequests().length, before + 1);
  } finally {
    await server.close();
  }
});

test('connection refused: typed connection error after the retries', async () => {
  const server = await startMockLlmServer(() => ({ json: DRAFT }));
  const url = server.url;
  await server.close();
  const sleeps: number[] = [];
  const client = createLlmClient({
    baseURL: url,
    model: 'm',
    maxRetries: 2,
    baseDelayMs: 10,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
  });
  await assert.rejects(client.chatJson(MESSAGES, validateDraft), (e: unknown) => {
    assert.ok(e instanceof LlmConnectionError, String(e));
    assert.match((e as Error).message, /cannot reach LLM server http:\/\/127\.0\.0\.1:\d+\/v1 \(3 attempt/);
    return true;
  });
  assert.deepEqual(sleeps, [10, 20]);
});

test('a caller abort is not retried', async () => {
  const server = await startMockLlmServer(() => ({ json: DRAFT, delayMs: 2000 }));
  try {
    const client = createLlmClient({ baseURL: server.url, model: 'm', sleep: async () => {} });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    await assert.rejects(client.chatJson(MESSAGES, validateDraft, { signal: ctl.signal }));
    assert.equal(server.chatRequests().length, 1);
  } finally {
    await server.close();
  }
});

test('createLlmClient rejects bad options with a clear message', () => {
  const cases: { opts: LlmClientOptions; error: RegExp }[] = [
    { opts: { baseURL: 'localhost:11434', model: 'm' }, error: /baseURL must be http\(s\)|not a URL/ },
    { opts: { baseURL: 'not a url', model: 'm' }, error: /not a URL/ },
    { opts: { baseURL: 'ftp://127.0.0.1/v1', model: 'm' }, error: /must be http\(s\)/ },
    { opts: { baseURL: 'http://127.0.0.1:8080/v1', model: ' ' }, error: /no model/ },
    { opts: { baseURL: 'http://127.0.0.1:8080/v1', model: 'm', maxCalls: -1 }, error: /maxCalls must be/ },
    { opts: { baseURL: 'http://127.0.0.1:8080/v1', model: 'm', timeoutMs: 1.5 }, error: /timeoutMs must be/ },
  ];
  for (const c of cases) {
    assert.throws(
      () => createLlmClient(c.opts),
      (e: unknown) => e instanceof LlmConfigError && c.error.test(e.message),
      c.opts.baseURL,
    );
  }
});

test('mock server: GET /v1/models lists models and every request is recorded', async () => {
  const server = await startMockLlmServer(() => ({ json: {} }), ['llama3.1:8b', 'qwen2.5:7b']);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const res = await fetch(`${server.url}/models`);
    const body = (await res.json()) as { data: { id: string }[] };
    assert.deepEqual(
      body.data.map((m) => m.id),
      ['llama3.1:8b', 'qwen2.5:7b'],
    );
    const missing = await fetch(`${server.url}/embeddings`, { method: 'POST', body: '{}' });
    assert.equal(missing.status, 404);
    assert.deepEqual(
      server.requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1/models', 'POST /v1/embeddings'],
    );
    assert.equal(server.chatRequests().length, 0);
  } finally {
    await server.close();
  }
});

test('maxCalls holds for parallel calls', async () => {
  const server = await startMockLlmServer(() => ({ json: DRAFT, delayMs: 30 }));
  try {
    const client = createLlmClient({ baseURL: server.url, model: 'm', maxCalls: 3 });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => client.chatJson(MESSAGES, validateDraft)),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 3);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(rejected.length, 2);
    for (const r of rejected) assert.ok(r.reason instanceof LlmBudgetError);
    assert.equal(server.chatRequests().length, 3);
    assert.equal(client.usage().calls, 3);
  } finally {
    await server.close();
  }
});
