/** A small web of feeds and pages on 127.0.0.1 for the fetcher tests: every odd case the open web serves. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export interface LoggedRequest {
  readonly path: string;
  readonly at: number;
  readonly headers: http.IncomingHttpHeaders;
}

export interface TestSite {
  readonly base: string;
  readonly port: number;
  readonly log: LoggedRequest[];
  /** Most requests in flight at once, per path prefix "/rate". */
  maxInFlight: number;
  close(): Promise<void>;
}

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', ...p);
const file = (...p: string[]) => readFileSync(td(...p));

const ETAG = '"feed-v1"';
const LAST_MODIFIED = 'Mon, 20 Oct 2025 06:00:00 GMT';

function teaserFeed(base: string): string {
  const item = (slug: string, title: string, teaser: string) =>
    `<item><title>${title}</title><link>${base}/articles/${slug}</link><guid>${base}/articles/${slug}</guid><pubDate>Mon, 20 Oct 2025 08:00:00 +0200</pubDate><description>${teaser}</description></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times</title><link>${base}/</link><language>en</language>
${item('og-meta.html', 'Velmora port reopens', 'The port reopened on Monday.')}
${item('jsonld-graph.html', 'Flood barrier approved', 'The council voted nine to four.')}
${item('missing.html', 'A story that was taken down', 'This teaser survives a 404.')}
${item('image.png', 'A link to an image', '')}
</channel></rss>`;
}

function opml(base: string): string {
  const o = (p: string) => `<outline type="rss" text="${p}" xmlUrl="${base}${p}"/>`;
  return `<?xml version="1.0"?><opml version="2.0"><head><title>local</title></head><body>
${o('/feed.xml')}${o('/feeds/atom.xml')}${o('/feeds/truncated.xml')}${o('/feeds/malformed.xml')}${o('/slow')}${o('/loop/a')}
</body></opml>`;
}

export async function startTestSite(): Promise<TestSite> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  const site: TestSite = {
    base: '',
    port: 0,
    log: [],
    maxInFlight: 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    site.log.push({ path: p + url.search, at: Date.now(), headers: req.headers });
    const n = (hits.get(p) ?? 0) + 1;
    hits.set(p, n);
    const send = (
      status: number,
      type: string | null,
      body: string | Buffer,
      extra: http.OutgoingHttpHeaders = {},
    ) => {
      res.writeHead(status, {
        ...(type ? { 'content-type': type } : {}),
        'content-length': Buffer.byteLength(body),
        ...extra,
      });
      res.end(body);
    };
    const base = `http://${req.headers.host}`;
    if (p === '/robots.txt')
      return send(
        200,
        'text/plain',
        'User-agent: *\nDisallow: /private/\n\nUser-agent: wireproof\nDisallow: /private/\nDisallow: /members-only\n',
      );
    if (p === '/feed.xml') {
      if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED)
        return send(304, null, '', { etag: ETAG });
      return send(200, 'application/rss+xml; charset=utf-8', file('feeds', 'rss2.xml'), {
        etag: ETAG,
        'last-modified': LAST_MODIFIED,
      });
    }
    if (p === '/teasers.xml') return send(200, 'application/rss+xml', teaserFeed(base));
    if (p === '/subscriptions.opml') return send(200, 'text/x-opml', opml(base));
    if (p.startsWith('/feeds/')) return send(200, 'application/xml', file('feeds', path.basename(p)));
    if (p === '/data/wire.jsonl') return send(200, 'application/x-ndjson', file('jsonl', 'wire.jsonl'));
    if (p === '/data/sources.json') return send(200, 'application/json', file('jsonl', 'sources.json'));
    if (p === '/latin1.xml') return send(200, 'application/rss+xml', file('feeds', 'latin1.xml'));
    if (p.startsWith('/articles/')) {
      const name = path.basename(p);
      if (name === 'image.png')
        return send(
          200,
          'image/png',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        );
      try {
        return send(200, 'text/html; charset=utf-8', file('pages', name));
      } catch {
        return send(404, 'text/html', '<h1>Not found</h1>');
      }
    }
    if (p === '/cp1252') return send(200, 'text/html', file('pages', 'windows-1252.html'));
    // A server that claims UTF-8 for legacy bytes (the page's own <meta> is right, the header is wrong).
    if (p === '/wrong-charset')
      return send(200, 'text/html; charset=utf-8', file('pages', 'windows-1252.html'));
    if (p === '/text') return send(200, 'text/plain; charset=utf-8', file('text', 'no-front-matter.txt'));
    if (p === '/gzip' || p === '/br' || p === '/deflate') {
      const raw = file('pages', 'og-meta.html');
      const body =
        p === '/gzip'
          ? zlib.gzipSync(raw)
          : p === '/br'
            ? zlib.brotliCompressSync(raw)
            : zlib.deflateSync(raw);
      return send(200, 'text/html; charset=utf-8', body, { 'content-encoding': p.slice(1) });
    }
    if (p === '/bomb')
      return send(200, 'text/html', zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)), {
        'content-encoding': 'gzip',
      });
    if (p === '/bad-gzip')
      return send(200, 'text/html', Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' });
    if (p === '/huge') {
      // No Content-Length: the cap must stop the stream itself.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
    if (p === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
      return void res.write('<html>');
    }
    if (p === '/binary')
      return send(
        200,
        'application/octet-stream',
        Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0)]),
      );
    if (p === '/empty') return send(200, 'text/html', '');
    if (p === '/slow')
      // Unref'd: a test that timed out does not wait for it.
      return void setTimeout(
        () => (res.destroyed ? undefined : send(200, 'text/html', '<p>late</p>')),
        5000,
      ).unref();
    if (p === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The first words arrive');
      return;
    }
    if (p === '/cut') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
      res.write('<html><body><p>only part of it');
      return void setTimeout(() => res.destroy(), 20);
    }
    if (p === '/busy')
      return n === 1
        ? send(429, 'text/plain', 'slow down', { 'retry-after': '1' })
        : send(200, 'text/html', file('pages', 'og-meta.html'));
    if (p === '/always-busy') return send(429, 'text/plain', 'slow down', { 'retry-after': '3600' });
    if (p === '/flaky')
      return n === 1
        ? send(503, 'text/plain', 'maintenance')
        : send(200, 'text/html', file('pages', 'time-element.html'));
    if (p === '/down') return send(500, 'text/plain', 'broken');
    if (p === '/gone') return send(404, 'text/html', 'not here');
    if (p.startsWith('/rate/')) {
      inFlight++;
      site.maxInFlight = Math.max(site.maxInFlight, inFlight);
      return void setTimeout(() => {
        inFlight--;
        send(200, 'text/plain', 'ok');
      }, 80);
    }
    if (p === '/redirect/a') return send(301, 'text/html', '', { location: '/redirect/b' });
    if (p === '/redirect/b') return send(302, 'text/html', '', { location: `${base}/feed.xml` });
    if (p === '/loop/a') return send(302, 'text/html', '', { location: '/loop/b' });
    if (p === '/loop/b') return send(302, 'text/html', '', { location: '/loop/a' });
    if (p.startsWith('/chain/')) {
      const k = Number(p.slice(7));
      return k > 0
        ? send(302, 'text/html', '', { location: `/chain/${k - 1}` })
        : send(200, 'text/plain', 'end of chain');
    }
    if (p === '/no-location') return send(302, 'text/html', '');
    if (p === '/to-private') return send(302, 'text/html', '', { location: 'http://10.0.0.7/admin' });
    if (p === '/to-metadata')
      return send(307, 'text/html', '', { location: 'http://169.254.169.254/latest/meta-data/' });
    if (p === '/to-mapped') return send(302, 'text/html', '', { location: 'http://[::ffff:192.168.0.1]/' });
    if (p === '/to-robots-blocked') return send(302, 'text/html', '', { location: '/members-only/x' });
    if (p === '/ua') return send(200, 'text/plain', String(req.headers['user-agent']));
    return send(404, 'text/html', '<h1>Not found</h1>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  Object.assign(site, { port, base: `http://127.0.0.1:${port}` });
  return site;
}
