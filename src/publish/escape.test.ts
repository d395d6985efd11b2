import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, escapeMarkdown, safeUrl, slug } from './escape.ts';

test('safeUrl keeps absolute http(s) URLs and drops everything else', () => {
  const cases: [string | null, string | null][] = [
    ['https://northgate-wire.example/a?b=1#c', 'https://northgate-wire.example/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x y  ', 'https://example.org/x%20y'],
    ['https://example.org/<script>', 'https://example.org/%3Cscript%3E'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['vbscript:msgbox', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['//evil.example/x', null],
    ['https://user:pw@example.org/', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ];
  for (const [input, want] of cases) assert.equal(safeUrl(input), want, String(input));
});

test('escapeHtml escapes markup characters and drops control characters', () => {
  const cases: [string, string][] = [
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["it's & done", 'it&#39;s &amp; done'],
    ['a\u0000b\u0007c\td', 'abc\td'],
    ['&amp;', '&amp;amp;'],
  ];
  for (const [input, want] of cases) assert.equal(escapeHtml(input), want, input);
});

test('escapeMarkdown keeps text on one line and disarms links, tags and block markers', () => {
  const cases: [string, string][] = [
    ['Plain sentence.', 'Plain sentence.'],
    ['[9](javascript:alert(1))', '\\[9\\](javascript:alert(1))'],
    ['<img src=x>', '\\<img src=x\\>'],
    ['# heading\n\nnext', '\\# heading next'],
    ['- item', '\\- item'],
    ['2025. A year', '2025\\. A year'],
    ['a_b*c`d', 'a\\_b\\*c\\`d'],
  ];
  for (const [input, want] of cases) assert.equal(escapeMarkdown(input), want, input);
});

test('slug makes ids safe as file names', () => {
  const cases: [string, string][] = [
    ['story-ferry', 'story-ferry'],
    ['../../etc/passwd', '______etc_passwd'],
    ['a b"c', 'a_b_c'],
    ['', '_'],
  ];
  for (const [input, want] of cases) assert.equal(slug(input), want, input);
});
