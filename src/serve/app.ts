import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Article, Source, Story } from '../model/index.ts';
import {
  articleJson,
  countOutlets,
  escapeHtml,
  page,
  renderAtom,
  renderHtml,
  renderIndex,
  renderJson,
  renderJsonFeed,
  renderMarkdown,
  renderRss,
} from '../publish/index.ts';
import type { Store } from '../store/index.ts';
import { verifyClaim, type SourceDoc } from '../verify/index.ts';
import { writeArticle } from '../write/index.ts';
import { openApiDocument } from './openapi.ts';
import {
  approveSentence,
  cleanEdit,
  dropSentence,
  editSentence,
  parseCitations,
  parseRef,
  ReviewError,
  sentenceAt,
  sentencesWithRefs,
} from './review.ts';
import { renderReviewPage } from './review-page.ts';
import { siteData } from './site-data.ts';

export interface AppOptions {
  readonly store: Store;
  /** Editor token for write actions; without one every write action is refused (403). */
  readonly token?: string | null;
  /** Verifies an edited sentence before it is saved (default: the verify stage). */
  readonly verifyClaim?: typeof verifyClaim;
  /** Rewrites an article on "regenerate" (default: the write stage's extractive writer). */
  readonly writeArticle?: (story: Story, sources: readonly Source[]) => Promise<Article>;
  /** Clock for review timestamps. */
  readonly now?: () => string;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /** Absolute URL the feeds link to (default: the request's origin). */
  readonly baseUrl?: string;
}

/** An error that becomes `{"error": {"status", "message"}}` (or an HTML page for form posts). */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500,
    message: string,
  ) {
    super(message);
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();
/** Constant-time comparison, so response timing does not leak the token. */
const tokenMatches = (given: string, want: string) => timingSafeEqual(digest(given), digest(want));

const isForm = (c: Context): boolean =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(c.req.header('content-type') ?? '');

type Body = Record<string, unknown>;

async function readBody(c: Context): Promise<Body> {
  const type = c.req.header('content-type') ?? '';
  if (isForm(c)) return (await c.req.parseBody()) as Body;
  if (/^application\/json/i.test(type)) {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, `request body is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new HttpError(400, 'request body must be a JSON object');
    }
    return parsed as Body;
  }
  if ((await c.req.text()).length === 0) return {};
  throw new HttpError(415, 'send application/json or a form (application/x-www-form-urlencoded)');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The HTTP API, the HTML pages and the review actions over one store. */
export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const token = opts.token && opts.token.length > 0 ? opts.token : null;
  const verify = opts.verifyClaim ?? verifyClaim;
  const write =
    opts.writeArticle ?? ((story: Story, sources: readonly Source[]) => writeArticle(story, sources));
  const now = opts.now ?? (() => new Date().toISOString());
  const maxBody = opts.maxBodyBytes ?? 64 * 1024;
  const app = new Hono();

  const storyOr404 = (id: string): Story => {
    const story = store.getStory(id);
    if (!story) throw new HttpError(404, `no story with id "${id}"`);
    return story;
  };
  const articleOr404 = (id: string): Article => {
    storyOr404(id);
    const article = store.getArticle(id);
    if (!article) throw new HttpError(404, `story "${id}" has no article yet`);
    return article;
  };
  const storySources = (story: Story): Source[] =>
    story.sourceIds.map((id) => store.getSource(id)).filter((s): s is Source => s !== undefined);
  const baseUrl = (c: Context) => opts.baseUrl ?? `${new URL(c.req.url).origin}/`;

  /** Checks the token (Bearer header or "token" field) and returns the parsed body. */
  async function authorised(c: Context): Promise<Body> {
    const body = await readBody(c);
    if (!token)
      throw new HttpError(
        403,
        'write actions are disabled: start the server with --token or WIREPROOF_TOKEN',
      );
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? str(body.token);
    if (!given)
      throw new HttpError(
        401,
        'this action needs the editor token (Authorization: Bearer TOKEN or a "token" field)',
      );
    if (!tokenMatches(given.trim(), token)) throw new HttpError(401, 'the editor token is wrong');
    return body;
  }

  /** Form posts come from the review page: answer with a redirect back to it. */
  const done = (c: Context, storyId: string, action: string, json: unknown) =>
    isForm(c)
      ? c.redirect(`/review?done=${action}#story-${encodeURIComponent(storyId)}`, 303)
      : c.json(json as object);

  app.onError((err, c) => {
    const status = err instanceof HttpError || err instanceof ReviewError ? err.status : 500;
    const message = status === 500 ? 'internal error' : err.message;
    if (status === 500)
      console.error(`wireproof serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    if (c.req.method === 'POST' && isForm(c)) {
      const body = `<h1>Could not do that</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/review">Back to the review page</a></p>`;
      return c.html(page({ title: 'Error · wireproof', root: '/', body }), status);
    }
    return c.json({ error: { status, message } }, status);
  });
  app.notFound((c) =>
    c.json({ error: { status: 404, message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBody,
      onError: (c) =>
        c.json({ error: { status: 413, message: `request body larger than ${maxBody} bytes` } }, 413),
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('X-Frame-Options', 'DENY');
      c.header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      );
    }
  });

  // --- reads: JSON API -------------------------------------------------------------------------
  app.get('/health', (c) => c.json({ status: 'ok', counts: store.counts() }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stories', (c) => {
    const data = siteData(store);
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    const articles = new Map(data.articles.map((a) => [a.storyId, a]));
    const stories = data.stories
      .sort((a, b) => (b.lastUpdated ?? '').localeCompare(a.lastUpdated ?? '') || a.id.localeCompare(b.id))
      .map((s) => {
        const a = articles.get(s.id);
        return {
          ...s,
          outlets: countOutlets(s, byId),
          article: a ? { status: a.status, headline: a.headline.text, generatedAt: a.generatedAt } : null,
        };
      });
    return c.json({ stories });
  });
  app.get('/api/stories/:id', (c) => {
    const story = storyOr404(c.req.param('id'));
    const data = siteData(store);
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    const sources = story.sourceIds.flatMap((id) => byId.get(id) ?? []).map(({ text: _t, ...meta }) => meta);
    return c.json({ story, sources, timeline: data.timelines[story.id] ?? [] });
  });
  app.get('/api/stories/:id/article', (c) => c.json(articleJson(articleOr404(c.req.param('id')))));
  app.get('/api/stories/:id/verification', (c) => {
    const article = articleOr404(c.req.param('id'));
    const sentences = sentencesWithRefs(article).map(({ ref, section, sentence: s }) => ({
      ref,
      section,
      text: s.text,
      citations: s.citations,
      verdict: s.verdict ?? null,
      review: s.review ?? null,
    }));
    const counts = { supported: 0, contradicted: 0, unsupported: 0, not_checkable: 0, unchecked: 0 };
    for (const s of sentences) counts[s.verdict?.label ?? 'unchecked'] += 1;
    return c.json({
      storyId: article.storyId,
      status: article.status,
      counts,
      sentences,
      dropped: article.dropped,
    });
  });
  app.get('/api/sources', (c) => {
    const limit = clampInt(c.req.query('limit'), 100, 1, 1000);
    const offset = clampInt(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    const all = store.listSources();
    const sources = all.slice(offset, offset + limit).map(({ text: _t, ...meta }) => meta);
    return c.json({ total: all.length, offset, limit, sources });
  });
  app.get('/api/sources/:id', (c) => {
    const source = store.getSource(c.req.param('id'));
    if (!source) throw new HttpError(404, `no source with id "${c.req.param('id')}"`);
    return c.json(source);
  });
  app.get('/api/search', (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new HttpError(400, 'query parameter "q" is required');
    if (q.length > 200) throw new HttpError(400, 'query parameter "q" is longer than 200 characters');
    const limit = clampInt(c.req.query('limit'), 20, 1, 100);
    return c.json({ query: q, hits: store.search(q, limit) });
  });

  // --- writes: review actions ---------------------------------------------------------------------
  app.post('/api/stories/:id/sentences/:ref/:action', async (c) => {
    const body = await authorised(c);
    const id = c.req.param('id');
    const action = c.req.param('action');
    const ref = parseRef(c.req.param('ref'));
    const article = articleOr404(id);
    const expected = str(body.expected);
    let next: Article;
    if (action === 'approve') next = approveSentence(article, ref, now(), expected);
    else if (action === 'drop') next = dropSentence(article, ref, expected);
    else if (action === 'edit') {
      const current = sentenceAt(article, ref);
      const text = cleanEdit(body.text);
      const citations = parseCitations(body.citations, current.citations);
      const docs: SourceDoc[] = article.sources.flatMap((cs) => {
        const source = store.getSource(cs.sourceId);
        return source ? [{ n: cs.n, source }] : [];
      });
      const date = (store.getStory(id)?.lastUpdated ?? article.generatedAt).slice(0, 10);
      const verdict = verify({ text, citations }, docs, { date });
      next = editSentence(article, ref, { text, citations, verdict }, now(), expected);
    } else throw new HttpError(404, `unknown action "${action}" (approve, drop or edit)`);
    store.putArticle(next);
    const past = { approve: 'approved', drop: 'dropped', edit: 'edited' }[action]!;
    return done(c, id, past, { ok: true, action: past, article: articleJson(next) });
  });
  app.post('/api/stories/:id/regenerate', async (c) => {
    await authorised(c);
    const story = storyOr404(c.req.param('id'));
    const article = await write(story, storySources(story));
    store.putArticle(article);
    return done(c, story.id, 'regenerated', {
      ok: true,
      action: 'regenerated',
      article: articleJson(article),
    });
  });

  // --- HTML pages and feeds ------------------------------------------------------------------------
  const front = (c: Context) => {
    const data = siteData(store);
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    const articles = new Map(data.articles.map((a) => [a.storyId, a]));
    const entries = data.stories.map((story) => ({
      story,
      article: articles.get(story.id),
      outlets: countOutlets(story, byId),
      href: `/stories/${encodeURIComponent(story.id)}`,
    }));
    return c.html(renderIndex(entries, { root: '/' }));
  };
  app.get('/', front);
  app.get('/index.html', front);
  app.get('/stories/:file', (c) => {
    const m = /^(.*?)(?:\.(html|md|json))?$/.exec(c.req.param('file'))!;
    const story = storyOr404(m[1]!);
    const article = articleOr404(story.id);
    if (m[2] === 'md')
      return c.body(renderMarkdown(article), 200, { 'content-type': 'text/markdown; charset=utf-8' });
    if (m[2] === 'json')
      return c.body(renderJson(article), 200, { 'content-type': 'application/json; charset=utf-8' });
    const data = siteData(store);
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    const sources = story.sourceIds.flatMap((id) => byId.get(id) ?? []);
    return c.html(renderHtml(article, { story, sources, timeline: data.timelines[story.id], root: '/' }));
  });
  app.get('/review', (c) => {
    const stories = new Map(store.listStories().map((s) => [s.id, s]));
    const items = store.listArticles().map((article) => ({ story: stories.get(article.storyId), article }));
    return c.html(renderReviewPage(items, c.req.query('done')));
  });
  const feed = (render: typeof renderRss, type: string) => (c: Context) =>
    c.body(render(store.listArticles(), { baseUrl: baseUrl(c) }), 200, { 'content-type': type });
  app.get('/feed.json', feed(renderJsonFeed, 'application/feed+json; charset=utf-8'));
  app.get('/rss.xml', feed(renderRss, 'application/rss+xml; charset=utf-8'));
  app.get('/atom.xml', feed(renderAtom, 'application/atom+xml; charset=utf-8'));

  return app;
}

function clampInt(value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new HttpError(400, `"${value.slice(0, 20)}" is not a whole number`);
  return Math.min(max, Math.max(min, n));
}
