import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IngestInputError } from './errors.ts';
import { readTextFile } from './inputs.ts';
import { looksLikeTitle, parseTextSource } from './text.ts';

const td = (...p: string[]) => path.join(import.meta.dirname, 'testdata', ...p);

describe('parseTextSource: files that parse', () => {
  const cases: {
    file: string;
    sourceDate?: string;
    want: Partial<Record<'title' | 'outlet' | 'url' | 'published' | 'author' | 'language', string | null>>;
    paragraphs: number;
    firstParagraph: RegExp;
    absent?: RegExp;
  }[] = [
    {
      file: 'front-matter.md',
      want: {
        title: 'Velmora dockworkers end nine-day strike after pay deal',
        outlet: 'Harbour Times',
        url: 'https://harbourtimes.example/2025/10/20/velmora-strike-ends',
        published: '2025-10-20',
        author: 'Ana Ruiz',
        language: 'en-GB',
      },
      paragraphs: 5,
      firstParagraph:
        /^Dockworkers at the port of Velmora returned to work on Monday after a nine-day strike over pay, the Velmora Port Workers' Union said\.$/,
      absent: /\*\*|\]\(|^#|^- |^> /m,
    },
    {
      file: 'no-front-matter.txt',
      want: {
        title: 'Flood barrier vote delayed in Lake Ardent',
        outlet: null,
        url: null,
        published: null,
        language: 'en',
      },
      paragraphs: 3,
      firstParagraph: /^The Lake Ardent town council postponed/,
    },
    {
      file: 'no-front-matter.txt',
      sourceDate: '2025-10-21',
      want: { published: '2025-10-21' },
      paragraphs: 3,
      firstParagraph: /^The Lake Ardent/,
    },
    {
      file: 'no-title.txt',
      want: { title: 'no title' },
      paragraphs: 3,
      firstParagraph: /^Firefighters brought a blaze/,
    },
    {
      file: 'hard-wrapped.txt',
      want: { title: 'Kessring tunnel reopens to freight' },
      paragraphs: 2,
      firstParagraph:
        /^Freight trains began running again through the Kessring rail tunnel on Sunday morning, four days after .* statement\.$/,
    },
    // Front matter wins over --source-date; "date" is accepted for "published" and keeps its offset.
    {
      file: 'date-key.md',
      sourceDate: '2025-01-01',
      want: {
        title: 'Council approves flood barrier',
        outlet: 'Valley Ledger',
        published: '2025-11-04T18:30:00+01:00',
      },
      paragraphs: 2,
      firstParagraph: /nine votes to four/,
    },
    {
      file: 'no-outlet-plain.md',
      want: { title: 'no outlet plain' },
      paragraphs: 1,
      firstParagraph: /^Residents of Lake Ardent/,
    },
    {
      file: 'crlf-bom.txt',
      want: { title: 'title line with BOM and CRLF' },
      paragraphs: 2,
      firstParagraph: /^The ferry between Velmora and Orsk resumed on Thursday after storms\.$/,
    },
    {
      file: 'windows-1252.txt',
      want: { title: 'Café owners in Velmora protest new terrace fees' },
      paragraphs: 1,
      firstParagraph: /fee – €12 per square metre – would cost them “thousands”/,
    },
  ];
  for (const c of cases) {
    it(`${c.file}${c.sourceDate ? ` @${c.sourceDate}` : ''}`, async () => {
      const origin = td('text', c.file);
      const s = parseTextSource(await readTextFile(origin), origin, { sourceDate: c.sourceDate ?? null });
      for (const [k, v] of Object.entries(c.want)) assert.equal(s[k as keyof typeof s], v, k);
      const paras = s.text.split('\n\n');
      assert.equal(paras.length, c.paragraphs, s.text);
      assert.match(paras[0]!, c.firstParagraph);
      if (c.absent) assert.doesNotMatch(s.text, c.absent);
      assert.equal(s.origin, origin);
      assert.match(s.id, /^src_[0-9a-f]{16}$/);
      assert.doesNotMatch(s.text, /\n{3,}|\r/);
    });
  }

  it('gives the same id for the same report read twice, another for a changed body', async () => {
    const origin = td('text', 'no-title.txt');
    const content = await readTextFile(origin);
    const a = parseTextSource(content, origin);
    assert.equal(
      parseTextSource(content, '/elsewhere/copy.txt').id === a.id,
      false,
      'title differs with file name',
    );
    assert.equal(parseTextSource(content, origin).id, a.id);
    assert.notEqual(parseTextSource(content.replace('Wednesday', 'Thursday'), origin).id, a.id);
  });

  it('keys the id on the canonical URL, ignoring tracking parameters and fragments', () => {
    const doc = (url: string, body: string) => `---\ntitle: T\nurl: ${url}\n---\n${body}\n`;
    const a = parseTextSource(doc('https://Example.org/a/?utm_medium=x#p2', 'One text.'), 'a.md');
    const b = parseTextSource(doc('https://example.org/a', 'Another text.'), 'b.md');
    assert.equal(a.id, b.id);
    assert.equal(a.url, 'https://example.org/a');
  });
});

describe('parseTextSource: bad input names the file and the problem', () => {
  const cases: { file: string; problem: RegExp; line?: number }[] = [
    { file: 'bad-date.md', problem: /bad "published" date: "2025-13-45" is not a calendar date/ },
    { file: 'unclosed.md', problem: /malformed front matter: opening "---" is never closed/ },
    { file: 'malformed-yaml.md', problem: /malformed front matter: Missing closing "quote/, line: 3 },
    { file: 'duplicate-key.md', problem: /malformed front matter: Map keys must be unique/, line: 3 },
    { file: 'list-front-matter.md', problem: /malformed front matter: expected "key: value" lines/ },
    { file: 'only-front-matter.md', problem: /no body text/ },
    { file: 'empty.txt', problem: /empty file/ },
    { file: 'bad-url.md', problem: /field "url" is not an http\(s\) URL/ },
    { file: 'bad-language.md', problem: /field "language" is not a language tag/ },
    { file: 'title-list.md', problem: /field "title" must be text, got a list/ },
  ];
  for (const c of cases) {
    it(c.file, async () => {
      const origin = td('bad', c.file);
      const content = await readTextFile(origin);
      assert.throws(
        () => parseTextSource(content, origin),
        (e: unknown) => {
          assert.ok(e instanceof IngestInputError);
          assert.equal(e.origin, c.line ? `${origin}:${c.line}` : origin);
          assert.match(e.message, c.problem);
          assert.ok(e.message.startsWith(e.origin));
          return true;
        },
      );
    });
  }
  it('rejects an impossible --source-date', () => {
    assert.throws(
      () => parseTextSource('Some body text.', 'x.txt', { sourceDate: '2025-02-30' }),
      /x\.txt: bad date "2025-02-30"/,
    );
  });
});

describe('looksLikeTitle', () => {
  const cases: [string, boolean][] = [
    ['Flood barrier vote delayed in Lake Ardent', true],
    ['Who will pay for the barrier?', true],
    ['The council postponed its vote on Tuesday after residents filed objections.', false],
    ['Velmora, Oct 20 (Northgate Wire) -', false],
    ['Velmora port reopens', true],
    ['Velmora, Oct 20 (Northgate Wire) –,', false],
    ['', false],
    ['x'.repeat(200), false],
    ['2025', false],
  ];
  for (const [line, want] of cases)
    it(JSON.stringify(line.slice(0, 40)), () => assert.equal(looksLikeTitle(line), want));
});
