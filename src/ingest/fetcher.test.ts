import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  Fetcher,
  FetchError,
  type FetcherOptions,
  MemoryValidatorCache,
  parseRetryAfter,
  USER_AGENT,
} from './fetcher.ts';
import { ingestInputs } from './inputs.ts';
import { startTestSite, type TestSite } from './testserver.ts';

// The tests allow loopback explicitly; everything else stays guarded.
// No real DNS in tests: names resolve only where a test says so.
const noDns = async (host: string): Promise<never> => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};
const LOOPBACK: FetcherOptions = {
  allowNetworks: ['127.0.0.0/8'],
  perHostIntervalMs: 0,
  retryBaseMs: 20,
  timeoutMs: 10_000,
  lookup: noDns,
};

let site: TestSite;
before(async () => {
  site = await startTestSite();
});
after(() => site.close());

const fetcher = (o: FetcherOptions = {}) => new Fetcher({ ...LOOPBACK, ...o });

async function fails(p: Promise<unknown>, kind: string, re: RegExp, url?: string) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof FetchError, String(e));
    assert.equal(e.kind, kind, e.message);
    assert.match(e.message, re);
    if (url) assert.equal(e.origin, url);
    assert.ok(e.message.startsWith(e.origin), 'the message names the URL');
    return true;
  });
}

describe('Fetcher: good responses', () => {
  it('sends a clear user agent and asks for compression', async () => {
    const r = await fetcher().fetch(`${site.base}/ua`);
    assert.equal(r.body.toString(), USER_AGENT);
    const logged = site.log.find((l) => l.path === '/ua')!;
    assert.match(String(logged.headers['accept-encoding']), /gzip.*br/);
  });
  for (const enc of ['gzip', 'br', 'deflate']) {
    it(`decodes ${enc}`, async () => {
      const r = await fetcher().fetch(`${site.base}/${enc}`);
      assert.match(r.body.toString('utf8'), /Velmora port reopens after nine-day strike/);
    });
  }
  it('follows redirects and reports the final URL', async () => {
    const r = await fetcher().fetch(`${site.base}/redirect/a`);
    assert.equal(r.url, `${site.base}/feed.xml`);
    assert.equal(r.status, 200);
  });
  it('makes conditional GETs with the stored validators and gets 304', async () => {
    const cache = new MemoryValidatorCache();
    const f = fetcher({ cache });
    const first = await f.fetch(`${site.base}/feed.xml`);
    assert.equal(first.notModified, false);
    assert.deepEqual(
      {
        etag: cache.get(`${site.base}/feed.xml`)?.etag,
        lm: cache.get(`${site.base}/feed.xml`)?.lastModified,
      },
      { etag: '"feed-v1"', lm: 'Mon, 20 Oct 2025 06:00:00 GMT' },
    );
    const second = await f.fetch(`${site.base}/feed.xml`);
    assert.equal(second.status, 304);
    assert.equal(second.notModified, true);
    assert.deepEqual(second.body, first.body, 'the cached body comes back');
    const sent = site.log.filter((l) => l.path === '/feed.xml').at(-1)!;
    assert.equal(sent.headers['if-none-match'], '"feed-v1"');
    assert.equal(sent.headers['if-modified-since'], 'Mon, 20 Oct 2025 06:00:00 GMT');
  });
  it('sends the validators through a redirect and gets 304 at the new address', async () => {
    const cache = new MemoryValidatorCache();
    const f = fetcher({ cache });
    const first = await f.fetch(`${site.base}/redirect/a`);
    assert.equal(first.url, `${site.base}/feed.xml`);
    const second = await f.fetch(`${site.base}/redirect/a`);
    assert.equal(second.notModified, true);
    assert.equal(second.url, `${site.base}/feed.xml`);
  });
  it('retries a 429 after its Retry-After', async () => {
    const t0 = Date.now();
    const r = await fetcher().fetch(`${site.base}/busy`);
    assert.equal(r.status, 200);
    assert.ok(Date.now() - t0 >= 900, 'waited about a second');
  });
  it('retries a 503 with backoff', async () => {
    const r = await fetcher().fetch(`${site.base}/flaky`);
    assert.equal(r.status, 200);
    assert.equal(site.log.filter((l) => l.path === '/flaky').length, 2);
  });
  it('keeps one request in flight per host and spaces their starts', async () => {
    const f = fetcher({ perHostConcurrency: 1, perHostIntervalMs: 120 });
    site.maxInFlight = 0;
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map((i) => f.fetch(`${site.base}/rate/${i}`)));
    assert.equal(site.maxInFlight, 1);
    // robots.txt, then three pages: at least three 120 ms gaps, whatever the load (delays only add).
    assert.ok(Date.now() - t0 >= 3 * 120 - 2, `took ${Date.now() - t0} ms`);
  });
  it('connects to the address it checked, resolving the name once', async () => {
    let lookups = 0;
    const f = fetcher({ lookup: async () => (lookups++, [{ address: '127.0.0.1', family: 4 }]) });
    const r = await f.fetch(`http://news.test:${site.port}/ua`);
    assert.equal(r.body.toString(), USER_AGENT);
    assert.equal(site.log.at(-1)!.headers.host, `news.test:${site.port}`);
    assert.equal(lookups, 2, 'one lookup for robots.txt, one for the page');
  });
});

describe('Fetcher: bad responses get a clear error naming the URL', () => {
  const cases: { path: string; kind: string; re: RegExp; opts?: FetcherOptions }[] = [
    { path: '/loop/a', kind: 'redirects', re: /redirect loop/ },
    { path: '/chain/9', kind: 'redirects', re: /too many redirects \(more than 5\)/ },
    { path: '/no-location', kind: 'http', re: /redirect without a Location header/ },
    {
      path: '/huge',
      kind: 'too_large',
      re: /response too large \(over 1048576 bytes\)/,
      opts: { maxBytes: 1024 * 1024 },
    },
    { path: '/huge-declared', kind: 'too_large', re: /response too large \(104857600 bytes; limit/ },
    { path: '/bomb', kind: 'too_large', re: /too large once decompressed/, opts: { maxBytes: 1024 * 1024 } },
    { path: '/bad-gzip', kind: 'decode', re: /cannot decode gzip body/ },
    { path: '/slow', kind: 'timeout', re: /timed out after 300 ms/, opts: { timeoutMs: 300 } },
    { path: '/slow-body', kind: 'timeout', re: /timed out after 300 ms/, opts: { timeoutMs: 300 } },
    {
      path: '/cut',
      kind: 'network',
      re: /closed before the body was complete|connection failed/,
      opts: { retries: 0 },
    },
    {
      path: '/always-busy',
      kind: 'http',
      re: /HTTP 429 Too Many Requests: Retry-After 3600 s is longer than the 60 s limit/,
    },
    { path: '/down', kind: 'http', re: /HTTP 500 \(gave up after 3 attempts\)/ },
    { path: '/gone', kind: 'http', re: /HTTP 404 Not Found/ },
    { path: '/private/page', kind: 'robots', re: /disallowed by robots\.txt/ },
    { path: '/members-only/report', kind: 'robots', re: /disallowed by robots\.txt/ },
  ];
  for (const c of cases)
    it(c.path, () =>
      fails(
        fetcher(c.opts).fetch(`${site.base}${c.path}`),
        c.kind,
        c.re,
        c.path === '/chain/9' || c.path === '/loop/a' ? `${site.base}${c.path}` : undefined,
      ),
    );

  it('checks robots.txt again after a redirect', () =>
    fails(
      fetcher().fetch(`${site.base}/to-robots-blocked`),
      'robots',
      /disallowed by robots\.txt/,
      `${site.base}/members-only/x`,
    ));
  it('reads robots.txt once per host', async () => {
    const before = site.log.filter((l) => l.path === '/robots.txt').length;
    const f = fetcher();
    await f.fetch(`${site.base}/ua`);
    await f.fetch(`${site.base}/text`);
    assert.equal(site.log.filter((l) => l.path === '/robots.txt').length - before, 1);
  });
  it('ignores robots.txt when told to', async () => {
    await assert.rejects(fetcher({ respectRobots: false }).fetch(`${site.base}/private/page`), /HTTP 404/);
  });
});

describe('Fetcher: what is retried', () => {
  it('does not retry a name that does not resolve', async () => {
    let lookups = 0;
    const f = fetcher({ lookup: (h) => (lookups++, noDns(h)) });
    await fails(
      f.fetch('http://nowhere.test/a'),
      'network',
      /DNS lookup failed for nowhere\.test: ENOTFOUND/,
    );
    assert.equal(lookups, 2, 'robots.txt and the page, no retries');
  });
  it('retries a connection cut mid-body', async () => {
    const before = site.log.filter((l) => l.path === '/cut').length;
    await fails(
      fetcher({ retries: 1 }).fetch(`${site.base}/cut`),
      'network',
      /closed before the body was complete|connection failed/,
    );
    assert.equal(site.log.filter((l) => l.path === '/cut').length - before, 2);
  });
});

describe('Fetcher: SSRF guard', () => {
  it('refuses 127.0.0.1 unless allowed', () =>
    fails(
      new Fetcher({ lookup: noDns }).fetch(`${site.base}/ua`),
      'refused',
      /127\.0\.0\.1 is a loopback, private, link-local or reserved address/,
      `${site.base}/ua`,
    ));
  it('refuses a name that resolves to loopback', () =>
    fails(
      new Fetcher({ lookup: async () => [{ address: '127.0.0.1', family: 4 }] }).fetch(
        'http://intranet.test/',
      ),
      'refused',
      /intranet\.test resolves to 127\.0\.0\.1/,
    ));
  it('refuses a name with any private address among public ones', () =>
    fails(
      new Fetcher({
        lookup: async () => [
          { address: '93.184.216.34', family: 4 },
          { address: '10.1.1.1', family: 4 },
        ],
      }).fetch('http://mixed.test/'),
      'refused',
      /10\.1\.1\.1/,
    ));
  it('refuses IPv4-mapped IPv6 loopback literals', () =>
    fails(
      new Fetcher({ lookup: noDns }).fetch('http://[::ffff:127.0.0.1]/'),
      'refused',
      /maps to the private or reserved address 127\.0\.0\.1/,
    ));
  const redirects: [string, RegExp][] = [
    ['/to-private', /10\.0\.0\.7/],
    ['/to-metadata', /169\.254\.169\.254/],
    ['/to-mapped', /192\.168\.0\.1/],
  ];
  for (const [p, re] of redirects)
    it(`refuses a redirect ${p}`, () => fails(fetcher().fetch(`${site.base}${p}`), 'refused', re));
  it('lets everything through with allowPrivate', async () => {
    const r = await new Fetcher({ allowPrivate: true, perHostIntervalMs: 0, lookup: noDns }).fetch(
      `${site.base}/ua`,
    );
    assert.equal(r.status, 200);
  });
  it('refuses non-http schemes and credentials', async () => {
    await fails(fetcher().fetch('file:///etc/passwd'), 'bad_url', /unsupported scheme "file:"/);
    await fails(fetcher().fetch(`http://user:pw@127.0.0.1:${site.port}/`), 'bad_url', /credentials/);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-10-20T10:00:00Z');
  const cases: [string | undefined, number | null][] = [
    ['5', 5000],
    ['Mon, 20 Oct 2025 10:00:30 GMT', 30000],
    ['Mon, 20 Oct 2025 09:00:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ];
  for (const [v, want] of cases) it(String(v), () => assert.equal(parseRetryAfter(v, now), want));
});

describe('ingestInputs over HTTP: feeds, pages, OPML; bad ones never stop the batch', () => {
  it('reads a full-text feed, a page, a text file and legacy charsets by URL', async () => {
    const { sources, errors } = await ingestInputs(
      [
        `${site.base}/feed.xml`,
        `${site.base}/articles/og-meta.html`,
        `${site.base}/text@2025-10-21`,
        `${site.base}/cp1252`,
        `${site.base}/latin1.xml`,
      ],
      { fetch: LOOPBACK, fetchLinks: false },
    );
    assert.deepEqual(errors, [
      {
        origin: `${site.base}/feed.xml#4`,
        message: 'feed item has no text and no fetchable link',
      },
    ]);
    const titles = sources.map((s) => s.title);
    assert.ok(titles.includes('Velmora dockworkers accept pay deal, ending strike'));
    assert.ok(titles.includes('Velmora port reopens after nine-day strike'));
    assert.equal(
      sources.find((s) => s.title === 'Flood barrier vote delayed in Lake Ardent')?.published,
      '2025-10-21',
    );
    assert.ok(
      sources.some((s) => s.text.includes('fee – €12 per square metre')),
      'windows-1252 page without charset header',
    );
    assert.ok(
      sources.some((s) => s.title === 'Le pont de Saint-Ardent fermé pour travaux'),
      'iso-8859-1 XML prolog',
    );
  });

  it('reads JSON Lines and JSON source records by URL, naming bad lines by URL:line', async () => {
    const { sources, errors } = await ingestInputs(
      [`${site.base}/data/wire.jsonl`, `${site.base}/data/sources.json`],
      {
        fetch: LOOPBACK,
      },
    );
    assert.deepEqual(
      sources.map((s) => s.origin),
      [
        `${site.base}/data/wire.jsonl:1`,
        `${site.base}/data/wire.jsonl:7`,
        `${site.base}/data/wire.jsonl:8`,
        `${site.base}/data/sources.json:[0]`,
      ],
    );
    assert.ok(
      errors.some((e) => e.origin === `${site.base}/data/wire.jsonl:3` && /invalid JSON/.test(e.message)),
    );
    assert.ok(errors.some((e) => e.origin === `${site.base}/data/sources.json:[1]`));
  });

  it('reads a page whose header claims UTF-8 for windows-1252 bytes', async () => {
    const { sources, errors } = await ingestInputs([`${site.base}/wrong-charset`], { fetch: LOOPBACK });
    assert.deepEqual(errors, []);
    assert.match(sources[0]!.text, /“For a small café this means thousands of euros a year,”/);
    assert.doesNotMatch(sources[0]!.text, /\uFFFD/);
  });

  it('fetches the linked page for teaser items, falling back to the teaser on errors', async () => {
    const { sources, errors } = await ingestInputs([`${site.base}/teasers.xml`], { fetch: LOOPBACK });
    const byUrl = new Map(sources.map((s) => [s.origin, s]));
    const og = byUrl.get(`${site.base}/articles/og-meta.html`)!;
    assert.match(og.text, /About 30 vessels had been waiting offshore/, 'full page text, not the teaser');
    assert.equal(og.author, 'Ana Ruiz');
    const barrier = byUrl.get(`${site.base}/articles/jsonld-graph.html`)!;
    assert.equal(barrier.published, '2025-11-04T19:05:00-05:00');
    assert.equal(byUrl.get(`${site.base}/articles/missing.html`)?.text, 'This teaser survives a 404.');
    assert.deepEqual(
      errors.map((e) => [e.origin, e.message]),
      [
        [`${site.base}/articles/missing.html`, "HTTP 404 Not Found; used the feed's summary instead"],
        [`${site.base}/articles/image.png`, 'unsupported content type "image/png" (not a page or feed)'],
      ],
    );
  });

  it('reads every feed of an OPML list; each broken feed is one error', async () => {
    const { sources, errors } = await ingestInputs([`${site.base}/subscriptions.opml`], {
      fetch: { ...LOOPBACK, timeoutMs: 1500, retries: 0 },
    });
    assert.ok(sources.some((s) => s.outlet === 'Harbour Times'));
    assert.ok(sources.some((s) => s.outlet === 'Valley Ledger'));
    const msg = (p: string) => errors.find((e) => e.origin === `${site.base}${p}`)?.message ?? '';
    assert.match(msg('/feeds/truncated.xml'), /truncated XML/);
    assert.match(msg('/feeds/malformed.xml'), /malformed XML/);
    assert.match(msg('/slow'), /timed out/);
    assert.match(msg('/loop/a'), /redirect loop/);
  });

  it('reads an OPML file on disk (also inside a folder) by fetching its feeds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wireproof-opml-'));
    try {
      const list = `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="local" xmlUrl="${site.base}/feeds/atom.xml"/></body></opml>`;
      await writeFile(path.join(dir, 'subs.opml'), list);
      const direct = await ingestInputs([path.join(dir, 'subs.opml')], { fetch: LOOPBACK });
      const inFolder = await ingestInputs([dir], { fetch: LOOPBACK });
      for (const r of [direct, inFolder]) {
        assert.ok(
          r.sources.some((s) => s.title === 'Council approves flood barrier, 9–4'),
          JSON.stringify(r.errors),
        );
      }
      const off = await ingestInputs([path.join(dir, 'subs.opml')], { fetch: LOOPBACK, fetchLinks: false });
      assert.deepEqual(off.errors, [
        { origin: `${site.base}/feeds/atom.xml`, message: 'fetching is disabled; feed not read' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('turns binary, empty and refused URLs into errors and goes on', async () => {
    const urls = ['/binary', '/empty', '/articles/image.png', '/huge-declared'].map(
      (p) => `${site.base}${p}`,
    );
    const { sources, errors } = await ingestInputs([...urls, `${site.base}/articles/time-element.html`], {
      fetch: LOOPBACK,
    });
    assert.equal(sources.length, 1);
    assert.deepEqual(
      errors.map((e) => e.origin),
      urls,
    );
    assert.match(errors[0]!.message, /binary content/);
    assert.match(errors[1]!.message, /empty response body/);
    const refused = await ingestInputs([`${site.base}/feed.xml`], { fetch: { lookup: noDns } });
    assert.match(refused.errors[0]!.message, /refused to fetch/);
  });
});
