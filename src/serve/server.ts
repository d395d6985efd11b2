import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  /** "http://127.0.0.1:PORT" */
  readonly url: string;
  /** Stops accepting connections, lets open requests finish, then resolves. */
  close(): Promise<void>;
}

/** Listens on host:port (loopback by default; port 0 picks a free one). */
export async function startServer(
  app: Hono,
  opts: { host?: string; port?: number; requestTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host });
  // Bound slow or stuck clients as well as body sizes.
  if ('requestTimeout' in server) server.requestTimeout = opts.requestTimeoutMs ?? 30_000;
  if ('headersTimeout' in server) server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Idle keep-alive sockets would hold close() open forever.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
