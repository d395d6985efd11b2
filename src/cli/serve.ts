import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../pipeline/index.ts';
import { createApp, startServer } from '../serve/index.ts';
import { UsageError, type Command } from './io.ts';
import { openExistingStore } from './stories.ts';

const help = `Usage: wireproof serve [--db FILE] [--port N] [--host ADDR] [--token T]

Serves the site, a JSON API and the editors' review page from the store.

  --db FILE      the store (default: out/wireproof.db, or $WIREPROOF_DB)
  --port N       port (default 8080; 0 picks a free one)
  --host ADDR    address to listen on (default 127.0.0.1: this machine only)
  --token T      editor token for write actions (or $WIREPROOF_TOKEN); without one, writes are refused
  -h, --help     this help

Pages: /  /stories/<id>  /review  /feed.json  /rss.xml  /atom.xml
API:   /health  /openapi.json  /api/stories[/<id>[/article|/verification]]  /api/sources[/<id>]  /api/search?q=
       POST /api/stories/<id>/sentences/<ref>/approve|drop|edit  POST /api/stories/<id>/regenerate
       (write actions: "Authorization: Bearer TOKEN" or a "token" form field)

Example:
  WIREPROOF_TOKEN=s3cret wireproof serve --db out/wireproof.db --port 8080`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the site, the JSON API and the review page for editors',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a port number, not '${values.port}'`);
    const token = values.token ?? io.env.WIREPROOF_TOKEN ?? null;
    const store = openExistingStore(resolve(io.cwd, values.db ?? defaultDbPath(io.env)));
    const server = await startServer(createApp({ store, token }), { host: values.host ?? '127.0.0.1', port });
    io.stderr(
      `wireproof serve: listening on ${server.url}/ (review page ${server.url}/review)\n` +
        (token ? '' : 'no editor token set (--token or WIREPROOF_TOKEN): write actions are refused\n'),
    );
    // Graceful shutdown: stop accepting, finish open requests, close the store, then exit.
    await new Promise<void>((done) => {
      const stop = (signal: string) => {
        io.stderr(`wireproof serve: ${signal}, shutting down\n`);
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        done();
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    });
    await server.close();
    store.close();
    return 0;
  },
};
