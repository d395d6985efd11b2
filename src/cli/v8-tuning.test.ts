import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BATCH_V8_FLAGS } from './v8-tuning.ts';

const bin = fileURLToPath(new URL('../../bin/wireproof.js', import.meta.url));

test('every batch V8 flag is one this Node accepts (a V8 upgrade may rename them)', () => {
  for (const flag of BATCH_V8_FLAGS) {
    const r = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${flag}: ${r.stderr}`);
  }
  // The check above can fail: a flag V8 does not know is refused.
  assert.notEqual(spawnSync(process.execPath, ['--interrupt-budget-typo=1', '-e', '0']).status, 0);
});

test('the command-line entry point applies the settings and still runs the CLI', () => {
  const version = (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  assert.equal(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim(), version);
});

test('the library entry applies the settings without a complaint from V8', () => {
  // V8 reports a flag it does not take on stderr rather than throwing: the child's stderr must stay empty.
  const index = new URL('../index.ts', import.meta.url).href;
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(index)}); m.tuneV8ForBatch(); m.tuneV8ForBatch();`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});
