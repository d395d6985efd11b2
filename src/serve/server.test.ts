import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { startServer } from './server.ts';

test('startServer listens on loopback, finishes an open request on close, then refuses', async () => {
  const app = new Hono();
  let release: () => void = () => {};
  app.get('/slow', async (c) => {
    await new Promise<void>((r) => (release = r));
    return c.text('done');
  });
  app.get('/fast', (c) => c.text('ok'));
  const server = await startServer(app, { port: 0 });
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(await (await fetch(`${server.url}/fast`)).text(), 'ok');
  const slow = fetch(`${server.url}/slow`);
  await new Promise((r) => setTimeout(r, 50));
  const closed = server.close();
  release();
  assert.equal(await (await slow).text(), 'done', 'the open request finished');
  await closed;
  await assert.rejects(fetch(`${server.url}/fast`));
});
