import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/index.ts';
import { seedStore } from '../serve/testdata/seed.ts';
import { memoryIO } from './io.ts';
import { publishCommand } from './publish.ts';

test('wireproof publish writes the static site from the store', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wireproof-publish-'));
  try {
    const db = path.join(dir, 'wp.db');
    seedStore(openStore(db)).close();
    const { io, stdout } = memoryIO({}, dir);
    const code = await publishCommand.run(
      ['--db', db, '--out', 'site', '--base-url', 'https://news.example/'],
      io,
    );
    assert.equal(code, 0);
    assert.match(stdout(), /wrote 10 files to .*site: 2 stories, 2 articles \(1 held for review\)/);
    assert.deepEqual(readdirSync(path.join(dir, 'site')).sort(), [
      'atom.xml',
      'feed.json',
      'index.html',
      'rss.xml',
      'stories',
    ]);
    assert.match(
      readFileSync(path.join(dir, 'site/rss.xml'), 'utf8'),
      /https:\/\/news\.example\/stories\/story-ferry\.html/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wireproof publish names a missing store and rejects stray arguments', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wireproof-publish-'));
  try {
    const { io } = memoryIO({}, dir);
    await assert.rejects(publishCommand.run(['--db', 'none.db'], io), /no store at .*none\.db/);
    await assert.rejects(publishCommand.run(['extra'], io), /unexpected argument 'extra'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
