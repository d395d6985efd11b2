import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { main } from '../cli/main.ts';
import { memoryIO } from '../cli/io.ts';

// The audit page for the flawed seed article (004) against the wire report it cites (000): read from
// ../shared, never copied into the repo.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const article = path.join(seeds, '004_c4a96acf9c2639a5.txt');
const source = path.join(seeds, '000_7b8a9707b66ecb06.txt');
const skip = existsSync(article) && existsSync(source) ? false : `seeds not found in ${seeds}`;

test('audit page of seed 004 flags the Brussels and "early 2024" sentences', { skip }, async () => {
  const { io, stdout, stderr } = memoryIO({}, repoRoot);
  const code = await main(['verify', article, '--source', `${source}@2025-10-20`, '--format', 'html'], io);
  assert.ok(code === 0 || code === 1, stderr());
  const { document } = parseHTML(stdout());
  const claims = Array.from(document.querySelectorAll('.audit .claim'));
  assert.ok(claims.length > 5, 'every sentence of the article is shown');
  const labelOf = (re: RegExp) => claims.find((c) => re.test(c.textContent ?? ''))?.getAttribute('class');
  assert.ok(labelOf(/Brussels/), 'the Brussels sentence is on the page');
  assert.notEqual(labelOf(/Brussels/), 'claim v-supported');
  assert.notEqual(labelOf(/early 2024/), 'claim v-supported');
  // Beside each flagged sentence: the verdict in words and at least one reason or evidence sentence.
  const why = claims.find((c) => /early 2024/.test(c.textContent ?? ''))!.nextElementSibling!;
  assert.match(why.textContent ?? '', /Contradicted|Not found/);
  assert.ok(why.querySelector('li, blockquote'), 'a reason or an evidence sentence');
});
