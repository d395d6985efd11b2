import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { firstJsonObject, looksLikeRefusal, parseJsonContent } from './json.ts';

const data = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

test('parseJsonContent reads JSON in the shapes models send it', () => {
  const cases: { name: string; input: string; want: unknown }[] = [
    { name: 'bare object', input: '{"a": 1}', want: { a: 1 } },
    { name: 'bare array', input: '  [1, 2]\n', want: [1, 2] },
    {
      name: 'fenced block',
      input: data('reply-fenced.txt'),
      want: {
        verdict: 'supported',
        score: 0.91,
        evidence: 'In a ballot held on Monday, 78 percent of members who voted backed the agreement',
      },
    },
    { name: 'unlabelled fence', input: 'Result:\n```\n{"ok": true}\n```', want: { ok: true } },
    {
      name: 'prose around, braces in prose and strings',
      input: data('reply-prose-around-json.txt'),
      want: JSON.parse(
        data('reply-prose-around-json.txt').slice(
          data('reply-prose-around-json.txt').indexOf('\n{'),
          data('reply-prose-around-json.txt').lastIndexOf('}') + 1,
        ),
      ),
    },
    {
      name: 'escaped quote inside string',
      input: 'x {"q": "he said \\"no}\\""} y',
      want: { q: 'he said "no}"' },
    },
    {
      name: 'nested objects',
      input: 'ok {"a": {"b": {"c": [1, {"d": 2}]}}} done',
      want: { a: { b: { c: [1, { d: 2 }] } } },
    },
  ];
  for (const c of cases) assert.deepEqual(parseJsonContent(c.input), c.want, c.name);
});

test('parseJsonContent explains what is wrong', () => {
  const cases: { name: string; input: string; error: RegExp }[] = [
    { name: 'empty', input: '   ', error: /empty/ },
    { name: 'no object', input: 'The sources agree on everything.', error: /no JSON object/ },
    { name: 'truncated by the token limit', input: data('reply-truncated.txt'), error: /no JSON object/ },
    { name: 'object with trailing comma', input: 'Here: {"a": 1,}', error: /does not parse/ },
    {
      name: 'broken outer object holding a valid inner one',
      input: '{"a": {"b": 1},}',
      error: /does not parse/,
    },
    { name: 'single quotes', input: "{'a': 1}", error: /does not parse/ },
  ];
  for (const c of cases) assert.throws(() => parseJsonContent(c.input), c.error, c.name);
});

test('firstJsonObject skips a brace that starts no object', () => {
  const cases: { input: string; want: string | null }[] = [
    { input: 'set {x} then {"y": 2}', want: '{"y": 2}' },
    { input: 'no braces here', want: null },
    { input: 'open { never closed', want: null },
    { input: '{"a": "}"} {"b": 1}', want: '{"a": "}"}' },
  ];
  for (const c of cases) assert.equal(firstJsonObject(c.input), c.want, c.input);
});

test('looksLikeRefusal catches apologies, not answers', () => {
  const cases: { input: string; want: boolean }[] = [
    { input: data('reply-refusal-local-model.txt'), want: true },
    { input: 'I cannot assist with that request.', want: true },
    { input: 'I can’t do that.', want: true },
    { input: 'As an AI language model, I must decline.', want: true },
    { input: "I'm unable to comply.", want: true },
    { input: 'Sorry, that is not something I can write.', want: true },
    { input: 'The union said it cannot accept the offer.', want: false },
    { input: '{"headline": "I cannot believe the queue"}', want: false },
    { input: 'Icelandic ports were not affected.', want: false },
  ];
  for (const c of cases) assert.equal(looksLikeRefusal(c.input), c.want, c.input);
});
