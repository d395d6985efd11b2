import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseJsonFile, parseJsonlSources } from './jsonl.ts';

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', 'jsonl', ...p);

describe('parseJsonlSources', () => {
  const file = td('wire.jsonl');
  const { sources, errors } = parseJsonlSources(readFileSync(file, 'utf8'), file, {
    sourceDate: '2025-10-30',
  });

  it('reads the good lines, with "file:line" origins', () => {
    assert.deepEqual(
      sources.map((s) => [s.origin, s.title, s.outlet, s.published, s.language]),
      [
        [`${file}:1`, 'Kessring tunnel fire halts freight', 'Northgate Wire', '2025-10-22', 'en'],
        [`${file}:7`, 'Ferry fares to rise', 'Harbour Times', '2025-10-23T10:00:00+02:00', 'en-GB'],
        [
          `${file}:8`,
          'Untitled item: the port authority will publish its annual report on Friday.',
          'Harbour Times',
          '2025-10-30',
          'en',
        ],
      ],
    );
    assert.equal(sources[0]!.text.split('\n\n').length, 2);
    assert.equal(sources[0]!.url, 'https://northgatewire.example/2025/10/22/kessring-fire');
  });

  // Line 2 is blank and skipped silently.
  const wantErrors: [number, RegExp][] = [
    [3, /invalid JSON/],
    [4, /missing or empty "text"/],
    [5, /bad "published" date: "2025-13-45" is not a calendar date/],
    [6, /expected a JSON object/],
  ];
  for (const [line, re] of wantErrors) {
    it(`reports line ${line}`, () => {
      const e = errors.find((x) => x.origin === `${file}:${line}`);
      assert.ok(e, `no error for line ${line}: ${JSON.stringify(errors)}`);
      assert.match(e.message, re);
    });
  }
  it('reports nothing else', () => assert.equal(errors.length, wantErrors.length));
  it('an empty file is one error', () =>
    assert.deepEqual(parseJsonlSources('\n\n', 'e.jsonl'), {
      sources: [],
      errors: [{ origin: 'e.jsonl', message: 'empty file' }],
    }));
});

describe('parseJsonFile', () => {
  it('reads an array, naming bad elements by index', () => {
    const file = td('sources.json');
    const out = parseJsonFile(readFileSync(file, 'utf8'), file, null);
    assert.deepEqual(
      out.sources.map((s) => s.title),
      ['Orsk harbour dredging starts'],
    );
    assert.deepEqual(out.errors, [{ origin: `${file}:[1]`, message: 'missing or empty "text"' }]);
  });
  it('reads a single object', () => {
    const file = td('one-source.json');
    const out = parseJsonFile(readFileSync(file, 'utf8'), file, null);
    assert.equal(out.sources[0]!.published, '2025-12-02');
  });
  it('refuses broken JSON naming the file', () =>
    assert.throws(
      () => parseJsonFile('{"title": ', 'b.json', null),
      /^IngestInputError: b\.json: invalid JSON/,
    ));
});
