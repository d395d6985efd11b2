import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type BlockList, type LookupFunction } from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { IngestInputError } from './errors.ts';
import { HostLimiter } from './ratelimit.ts';
import { ALLOW_ALL, parseRobots, type Robots } from './robots.ts';
import { makeAllowList, refusedAddress } from './ssrf.ts';

/** A robots.txt Crawl-delay is honoured up to this much; longer ones would stall a run. */
const MAX_CRAWL_DELAY_MS = 10_000;

export const USER_AGENT = 'wireproof/0.1 (+https://github.com/wireproof/wireproof)';

/** What a conditional GET needs to remember about a URL. The store can persist these between runs. */
export interface CachedValidators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** The body last seen, when the cache keeps bodies (the in-memory one does). */
  readonly body?: Buffer;
  readonly contentType?: string | null;
}

export interface ValidatorCache {
  get(url: string): CachedValidators | undefined | Promise<CachedValidators | undefined>;
  set(url: string, v: CachedValidators): void | Promise<void>;
}

/** A ValidatorCache in memory (one run). */
export class MemoryValidatorCache implements ValidatorCache {
  private readonly map = new Map<string, CachedValidators>();
  get(url: string) {
    return this.map.get(url);
  }
  set(url: string, v: CachedValidators) {
    this.map.set(url, v);
  }
}

export interface FetcherOptions {
  readonly userAgent?: string;
  /** Whole request (connect, headers, body) deadline. Default 15 s. */
  readonly timeoutMs?: number;
  /** Body size cap, after decompression. Default 5 MiB. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Retries on 429, 5xx and connection resets. Default 2. */
  readonly retries?: number;
  readonly retryBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the URL fails. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  readonly perHostConcurrency?: number;
  /** Minimum gap between request starts to one host. Default 500 ms. */
  readonly perHostIntervalMs?: number;
  readonly concurrency?: number;
  readonly respectRobots?: boolean;
  /** Allow loopback, private and link-local addresses (off by default: SSRF guard). */
  readonly allowPrivate?: boolean;
  /** Networks allowed despite the guard, e.g. ["127.0.0.0/8"] for tests on loopback. */
  readonly allowNetworks?: readonly string[];
  readonly cache?: ValidatorCache;
  /** DNS lookup, replaceable in tests. */
  readonly lookup?: (host: string) => Promise<LookupAddress[]>;
}

export interface FetchResult {
  /** Final URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** 304: the cached copy is current (body is the cached body, or empty). */
  readonly notModified: boolean;
  readonly contentType: string | null;
  readonly body: Buffer;
  readonly headers: http.IncomingHttpHeaders;
}

export type FetchErrorKind =
  'refused' | 'robots' | 'timeout' | 'too_large' | 'redirects' | 'http' | 'network' | 'bad_url' | 'decode';

/** A failed fetch: the message names the URL and the problem. */
export class FetchError extends IngestInputError {
  constructor(
    readonly url: string,
    readonly kind: FetchErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** Worth another try: a reset or dropped connection, not a bad name or certificate. */
    readonly transient = false,
  ) {
    super(url, message);
    this.name = 'FetchError';
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

const defaultLookup = (host: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
  );

/** Seconds or an HTTP date, to ms from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * An HTTP client for the open web. Every hop resolves DNS itself, checks each address against the SSRF guard,
 * and connects to exactly the address it checked (no rebinding gap).
 */
export class Fetcher {
  private readonly o: Required<Omit<FetcherOptions, 'cache' | 'lookup' | 'allowNetworks'>>;
  private readonly cache: ValidatorCache | undefined;
  private readonly lookupFn: (host: string) => Promise<LookupAddress[]>;
  private readonly allow: BlockList;
  private readonly limiter: HostLimiter;
  private readonly robots = new Map<string, Promise<Robots>>();

  constructor(opts: FetcherOptions = {}) {
    this.o = {
      userAgent: opts.userAgent ?? USER_AGENT,
      timeoutMs: opts.timeoutMs ?? 15_000,
      maxBytes: opts.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: opts.maxRedirects ?? 5,
      retries: opts.retries ?? 2,
      retryBaseMs: opts.retryBaseMs ?? 500,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 60_000,
      perHostConcurrency: opts.perHostConcurrency ?? 2,
      perHostIntervalMs: opts.perHostIntervalMs ?? 500,
      concurrency: opts.concurrency ?? 8,
      respectRobots: opts.respectRobots ?? true,
      allowPrivate: opts.allowPrivate ?? false,
    };
    this.cache = opts.cache;
    this.lookupFn = opts.lookup ?? defaultLookup;
    this.allow = makeAllowList(opts.allowNetworks);
    this.limiter = new HostLimiter(this.o.perHostConcurrency, this.o.perHostIntervalMs, this.o.concurrency);
  }

  /** GET with redirects, robots.txt, politeness, retries and conditional validators. Throws FetchError. */
  async fetch(url: string, extraHeaders: Record<string, string> = {}): Promise<FetchResult> {
    const cached = await this.cache?.get(url);
    const headers: Record<string, string> = { ...extraHeaders };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    let current = url;
    const seen = new Set<string>([url]);
    for (let hop = 0; ; hop++) {
      const target = this.parseUrl(current);
      let crawlDelayMs = 0;
      if (this.o.respectRobots && target.pathname !== '/robots.txt') {
        const robots = await this.robotsFor(target).catch((e: unknown) => {
          throw e instanceof FetchError ? new FetchError(current, e.kind, e.problem) : e;
        });
        if (!robots.isAllowed(target.pathname + target.search))
          throw new FetchError(current, 'robots', 'disallowed by robots.txt');
        crawlDelayMs = Math.min(robots.crawlDelayMs ?? 0, MAX_CRAWL_DELAY_MS);
      }
      // Validators go to every hop: a feed that moved (http -> https) still answers 304 at its new address.
      const res = await this.withRetries(target, headers, this.o.retries, crawlDelayMs);
      if ([301, 302, 303, 307, 308].includes(res.status)) {
        const loc = res.headers.location;
        if (!loc)
          throw new FetchError(
            current,
            'http',
            `HTTP ${res.status} redirect without a Location header`,
            res.status,
          );
        const next = new URL(loc, current).toString();
        if (seen.has(next)) throw new FetchError(url, 'redirects', `redirect loop (${current} -> ${next})`);
        if (hop + 1 > this.o.maxRedirects)
          throw new FetchError(url, 'redirects', `too many redirects (more than ${this.o.maxRedirects})`);
        seen.add(next);
        current = next;
        continue;
      }
      const contentType = (res.headers['content-type'] as string | undefined) ?? null;
      if (res.status === 304 && cached) {
        return {
          url: current,
          status: 304,
          notModified: true,
          contentType: cached.contentType ?? contentType,
          body: cached.body ?? Buffer.alloc(0),
          headers: res.headers,
        };
      }
      if (res.status < 200 || res.status >= 300)
        throw new FetchError(
          current,
          'http',
          `HTTP ${res.status}${res.status === 404 ? ' Not Found' : ''}`,
          res.status,
        );
      const etag = res.headers.etag as string | undefined;
      const lastModified = res.headers['last-modified'] as string | undefined;
      if (this.cache && (etag || lastModified))
        await this.cache.set(url, {
          etag: etag ?? null,
          lastModified: lastModified ?? null,
          body: res.body,
          contentType,
        });
      return {
        url: current,
        status: res.status,
        notModified: false,
        contentType,
        body: res.body,
        headers: res.headers,
      };
    }
  }

  private parseUrl(raw: string): URL {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new FetchError(raw, 'bad_url', 'not a valid URL');
    }
    if (!/^https?:$/.test(u.protocol))
      throw new FetchError(raw, 'bad_url', `unsupported scheme "${u.protocol}" (only http and https)`);
    if (u.username || u.password)
      throw new FetchError(raw, 'bad_url', 'URLs with credentials are not fetched');
    return u;
  }

  private robotsFor(u: URL): Promise<Robots> {
    const key = u.origin;
    let p = this.robots.get(key);
    if (!p) {
      p = this.withRetries(new URL('/robots.txt', u), {}, 0)
        .then((r) =>
          r.status >= 200 && r.status < 300 ? parseRobots(r.body.toString('utf8'), 'wireproof') : ALLOW_ALL,
        )
        .catch((e: unknown) => {
          // A refused address must stay refused; an unreachable robots.txt means no rules.
          if (e instanceof FetchError && e.kind === 'refused') throw e;
          return ALLOW_ALL;
        });
      this.robots.set(key, p);
    }
    return p;
  }

  private async withRetries(
    u: URL,
    headers: Record<string, string>,
    retries = this.o.retries,
    minIntervalMs = 0,
  ): Promise<RawResponse> {
    for (let attempt = 0; ; attempt++) {
      let res: RawResponse;
      try {
        const release = await this.limiter.acquire(u.host, minIntervalMs);
        try {
          res = await this.request(u, headers);
        } finally {
          release();
        }
      } catch (e) {
        const transient = e instanceof FetchError && e.transient && attempt < retries;
        if (!transient) throw e;
        await sleep(this.backoff(attempt));
        continue;
      }
      if (res.status !== 429 && res.status < 500) return res;
      const wait = parseRetryAfter(res.headers['retry-after'] as string | undefined);
      const label = `HTTP ${res.status}${res.status === 429 ? ' Too Many Requests' : ''}`;
      if (attempt >= retries)
        throw new FetchError(
          u.toString(),
          'http',
          `${label} (gave up after ${attempt + 1} attempts)`,
          res.status,
          wait ?? undefined,
        );
      if (wait !== null && wait > this.o.maxRetryAfterMs)
        throw new FetchError(
          u.toString(),
          'http',
          `${label}: Retry-After ${Math.round(wait / 1000)} s is longer than the ${Math.round(this.o.maxRetryAfterMs / 1000)} s limit`,
          res.status,
          wait,
        );
      await sleep(wait ?? this.backoff(attempt));
    }
  }

  private backoff(attempt: number): number {
    return this.o.retryBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
  }

  /** Resolves and checks the host; returns the one address to connect to. */
  private async resolve(u: URL): Promise<{ address: string; family: number }> {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(host);
    let addrs: LookupAddress[];
    if (literal) addrs = [{ address: host, family: literal }];
    else {
      try {
        addrs = await this.lookupFn(host);
      } catch (e) {
        throw new FetchError(
          u.toString(),
          'network',
          `DNS lookup failed for ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
      }
    }
    if (!addrs.length) throw new FetchError(u.toString(), 'network', `no address for ${host}`);
    if (!this.o.allowPrivate) {
      // Any bad address refuses the host: a name that resolves partly inside the network is not trusted.
      for (const a of addrs) {
        const why = refusedAddress(a.address, this.allow);
        if (why)
          throw new FetchError(
            u.toString(),
            'refused',
            `refused to fetch: ${host} resolves to ${why} (allow it with allowPrivate)`,
          );
      }
    }
    return addrs[0]!;
  }

  private async request(u: URL, headers: Record<string, string>): Promise<RawResponse> {
    const { address, family } = await this.resolve(u);
    const mod = u.protocol === 'https:' ? https : http;
    const url = u.toString();
    const cap = this.o.maxBytes;
    return new Promise<RawResponse>((resolve, reject) => {
      let done = false;
      const finish = (err: Error | null, res?: RawResponse) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) {
          req.destroy();
          reject(err);
        } else resolve(res!);
      };
      const req = mod.request(
        url,
        {
          method: 'GET',
          headers: {
            'user-agent': this.o.userAgent,
            accept:
              'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5',
            'accept-encoding': 'gzip, deflate, br',
            ...headers,
          },
          // Connect to the address we checked, whatever DNS says now; keep the name for TLS and Host.
          lookup: ((_h: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) =>
            opts?.all
              ? cb(null, [{ address, family }])
              : cb(null, address, family)) as unknown as LookupFunction,
          agent: false,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const declared = Number(res.headers['content-length'] ?? NaN);
          if ([301, 302, 303, 307, 308, 304].includes(status) || status >= 400) {
            res.resume();
            return finish(null, { status, headers: res.headers, body: Buffer.alloc(0) });
          }
          if (declared > cap)
            return finish(
              new FetchError(url, 'too_large', `response too large (${declared} bytes; limit ${cap})`),
            );
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > cap)
              finish(new FetchError(url, 'too_large', `response too large (over ${cap} bytes)`));
            else chunks.push(c);
          });
          res.on('error', (e) =>
            finish(
              new FetchError(
                url,
                'network',
                `connection failed while reading: ${e.message}`,
                undefined,
                undefined,
                true,
              ),
            ),
          );
          res.on('aborted', () =>
            finish(
              new FetchError(
                url,
                'network',
                'connection closed before the body was complete',
                undefined,
                undefined,
                true,
              ),
            ),
          );
          res.on('end', () => {
            if (done) return;
            if (!res.complete)
              return finish(
                new FetchError(
                  url,
                  'network',
                  'connection closed before the body was complete',
                  undefined,
                  undefined,
                  true,
                ),
              );
            decode(Buffer.concat(chunks), res.headers['content-encoding'], cap, url).then(
              (body) => finish(null, { status, headers: res.headers, body }),
              (e: Error) => finish(e),
            );
          });
        },
      );
      const timer = setTimeout(
        () => finish(new FetchError(url, 'timeout', `timed out after ${this.o.timeoutMs} ms`)),
        this.o.timeoutMs,
      );
      req.on('error', (e: NodeJS.ErrnoException) =>
        finish(
          new FetchError(
            url,
            'network',
            `connection failed: ${e.code ?? e.message}`,
            undefined,
            undefined,
            TRANSIENT_CODES.has(e.code ?? ''),
          ),
        ),
      );
      req.end();
    });
  }
}

async function decode(
  body: Buffer,
  encoding: string | string[] | undefined,
  cap: number,
  url: string,
): Promise<Buffer> {
  const enc = String(encoding ?? '')
    .trim()
    .toLowerCase();
  if (!enc || enc === 'identity') return body;
  const opts = { maxOutputLength: cap };
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return await gunzip(body, opts);
    if (enc === 'br') return await brotli(body, opts);
    if (enc === 'deflate') return await inflate(body, opts).catch(() => inflateRaw(body, opts));
  } catch (e) {
    if (
      (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ||
      /buffer|too large/i.test((e as Error).message)
    )
      throw new FetchError(url, 'too_large', `response too large once decompressed (limit ${cap} bytes)`);
    throw new FetchError(url, 'decode', `cannot decode ${enc} body: ${(e as Error).message}`);
  }
  throw new FetchError(url, 'decode', `unsupported content encoding "${enc}"`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
