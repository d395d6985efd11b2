import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { IngestError } from '../model/index.ts';
import { ingestInputs, listFolder, splitDateSuffix } from './inputs.ts';

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', ...p);

describe('listFolder', () => {
  it('lists supported files recursively, sorted, skipping dotfiles, dot-folders and other types', async () => {
    const files = (await listFolder(td('folder'))).map((f) => path.relative(td('folder'), f));
    assert.deepEqual(files, [
      'a-strike.md',
      path.join('sub', 'b-ferry.txt'),
      path.join('sub', 'notice.html'),
    ]);
  });
});

describe('splitDateSuffix', () => {
  const cases: [string, { target: string; date: string | null } | RegExp][] = [
    ['seed.txt@2025-10-20', { target: 'seed.txt', date: '2025-10-20' }],
    ['seed.txt', { target: 'seed.txt', date: null }],
    ['mail@example.txt', { target: 'mail@example.txt', date: null }],
    ['https://x.example/a@2025-10-20', { target: 'https://x.example/a', date: '2025-10-20' }],
    ['seed.txt@2025-13-45', /bad date "2025-13-45"/],
  ];
  for (const [input, want] of cases)
    it(input, () =>
      want instanceof RegExp
        ? assert.throws(() => splitDateSuffix(input), want)
        : assert.deepEqual(splitDateSuffix(input), want),
    );
});

describe('ingestInputs: a mixed batch goes on past every bad input', async () => {
  const seen: IngestError[] = [];
  const inputs = [
    td('folder'),
    `${td('text', 'no-title.txt')}@2025-10-22`,
    td('missing', 'nowhere.md'),
    td('bad', 'binary.txt'),
    td('bad', 'report.rtf'),
    td('bad', 'bad-date.md'),
    `${td('text', 'no-front-matter.txt')}@2025-13-45`,
    td('jsonl', 'wire.jsonl'),
    td('feeds', 'wire.rdf'),
    td('feeds', 'truncated.xml'),
    td('text', 'no-front-matter.txt'),
  ];
  const { sources, errors } = await ingestInputs(inputs, {
    sourceDate: '2025-10-21',
    onError: (e) => seen.push(e),
  });

  it('keeps one source per id: the RDF item has the same URL as wire.jsonl line 1', () => {
    assert.equal(
      sources.filter((s) => s.url === 'https://northgatewire.example/2025/10/22/kessring-fire').length,
      1,
    );
  });

  it('keeps input order and takes every good source', () => {
    assert.deepEqual(
      sources.map((s) => [path.basename(s.origin), s.published]),
      [
        ['a-strike.md', '2025-10-18'],
        ['b-ferry.txt', '2025-10-21'],
        ['notice.html', '2025-10-21'],
        ['no-title.txt', '2025-10-22'],
        ['wire.jsonl:1', '2025-10-22'],
        ['wire.jsonl:7', '2025-10-23T10:00:00+02:00'],
        ['wire.jsonl:8', '2025-10-21'],
        ['no-front-matter.txt', '2025-10-21'],
      ],
    );
  });

  const wantErrors: [string, RegExp][] = [
    [td('missing', 'nowhere.md'), /no such file or folder/],
    [td('bad', 'binary.txt'), /binary file/],
    [td('bad', 'report.rtf'), /unsupported file type "\.rtf"/],
    [td('bad', 'bad-date.md'), /bad "published" date: "2025-13-45"/],
    [`${td('text', 'no-front-matter.txt')}@2025-13-45`, /bad date "2025-13-45"/],
    [`${td('jsonl', 'wire.jsonl')}:3`, /invalid JSON/],
    [td('feeds', 'truncated.xml'), /truncated XML/],
  ];
  for (const [origin, re] of wantErrors) {
    it(`reports ${path.relative(td(), origin)}`, () => {
      const e = errors.find((x) => x.origin === origin);
      assert.ok(e, `missing error for ${origin}; got ${JSON.stringify(errors.map((x) => x.origin))}`);
      assert.match(e.message, re);
    });
  }
  it('passes every error to onError', () =>
    assert.deepEqual(
      [...seen].sort((a, b) => a.origin.localeCompare(b.origin)),
      [...errors].sort((a, b) => a.origin.localeCompare(b.origin)),
    ));

  it('gives the same ids on a second run', async () => {
    const again = await ingestInputs(inputs, { sourceDate: '2025-10-21' });
    assert.deepEqual(
      again.sources.map((s) => s.id),
      sources.map((s) => s.id),
    );
  });

  it('reports a bad --source-date once and goes on', async () => {
    const r = await ingestInputs([td('text', 'no-title.txt')], { sourceDate: '2025-02-30' });
    assert.equal(r.sources.length, 1);
    assert.equal(r.sources[0]!.published, null);
    assert.deepEqual(
      r.errors.map((e) => e.origin),
      ['--source-date'],
    );
  });

  it('dates an undated HTML page from FILE@DATE, but never overrides a page date', async () => {
    const r = await ingestInputs([
      `${td('pages', 'short-page.html')}@2025-10-24`,
      `${td('pages', 'og-meta.html')}@2025-01-01`,
    ]);
    assert.deepEqual(
      r.sources.map((s) => s.published),
      ['2025-10-24', '2025-10-20T09:40:00+02:00'],
    );
  });

  it('reports an empty folder', async () => {
    const r = await ingestInputs([td('folder', '.hidden')]);
    assert.equal(r.sources.length, 1, 'an explicit dot-folder is read');
    const empty = await ingestInputs([td('feeds', 'nothing-here')]);
    assert.match(empty.errors[0]!.message, /no such file or folder/);
  });
});
