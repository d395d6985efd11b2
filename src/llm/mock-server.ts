/**
 * A small OpenAI-compatible server for tests, on 127.0.0.1 only: POST /v1/chat/completions and GET /v1/models.
 * The handler decides each reply (content, bad JSON, refusal, delay, error status); every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface MockRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON body (null for GET or an unparseable body). */
  readonly body: MockChatBody | null;
}

export interface MockChatBody {
  readonly model?: string;
  readonly messages?: readonly { role: string; content: string }[];
  readonly response_format?: { type: string };
  readonly temperature?: number;
  readonly max_tokens?: number;
  readonly [k: string]: unknown;
}

/** What to send back. Without `status`, a 200 chat completion is built from the other fields. */
export interface MockReply {
  /** The assistant message content (use `json` to have an object serialised). */
  readonly content?: string;
  readonly json?: unknown;
  /** Sets message.refusal (OpenAI's structured refusal). */
  readonly refusal?: string;
  readonly finishReason?: 'stop' | 'length' | 'content_filter';
  /** Token counts to report; null leaves `usage` out (as some local servers do). */
  readonly usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** Wait this long before answering (for timeouts). */
  readonly delayMs?: number;
  /** An error status (429, 500, 400...) answered with an OpenAI-style error body, or `raw`. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A raw response body sent as is (e.g. an HTML error page). */
  readonly raw?: string;
  readonly errorMessage?: string;
}

/** Called for each chat request; `index` counts chat requests from 0. */
export type MockHandler = (req: MockRequest, index: number) => MockReply | Promise<MockReply>;

export interface MockLlmServer {
  /** Base URL for the client, ending in /v1. */
  readonly url: string;
  /** Every request received, in order (chat and models). */
  readonly requests: MockRequest[];
  /** Only the chat completion requests. */
  chatRequests(): MockRequest[];
  close(): Promise<void>;
}

export async function startMockLlmServer(handler: MockHandler, models: readonly string[] = ['mock-model']) {
  const requests: MockRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let chatIndex = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: `mock handler failed: ${String(e)}` } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: MockChatBody | null = null;
    if (raw) {
      try {
        body = JSON.parse(raw) as MockChatBody;
      } catch {
        body = null;
      }
    }
    const record: MockRequest = { method: req.method ?? 'GET', path, headers: req.headers, body };
    requests.push(record);
    if (req.method === 'GET' && path === '/v1/models') {
      send(res, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'mock' })),
      });
      return;
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
      return;
    }
    const index = chatIndex++;
    const reply = await handler(record, index);
    if (reply.delayMs) {
      await new Promise<void>((r) => {
        const t = setTimeout(() => {
          timers.delete(t);
          r();
        }, reply.delayMs);
        timers.add(t);
      });
    }
    if (res.destroyed) return; // the client gave up (timeout)
    if (reply.raw !== undefined) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'text/html', ...reply.headers });
      res.end(reply.raw);
      return;
    }
    if (reply.status !== undefined && reply.status !== 200) {
      send(
        res,
        reply.status,
        { error: { message: reply.errorMessage ?? `mock error ${reply.status}`, type: 'mock' } },
        reply.headers,
      );
      return;
    }
    const content = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.content ?? '');
    const usage =
      reply.usage === null
        ? undefined
        : (reply.usage ?? { prompt_tokens: 100, completion_tokens: Math.ceil(content.length / 4) });
    send(
      res,
      200,
      {
        id: `chatcmpl-mock-${index}`,
        object: 'chat.completion',
        created: 1_780_000_000,
        model: body?.model ?? 'mock-model',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: reply.refusal ? null : content,
              refusal: reply.refusal ?? null,
            },
            finish_reason: reply.finishReason ?? 'stop',
          },
        ],
        ...(usage
          ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }
          : {}),
      },
      reply.headers,
    );
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const api: MockLlmServer = {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return api;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
