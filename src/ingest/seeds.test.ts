import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ingestInputs } from './inputs.ts';

// The seeds live outside the repo (third-party copy, never copied in): read them in place, skip when absent.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const wire = path.join(seeds, '000_7b8a9707b66ecb06.txt');
const skip = existsSync(wire) ? false : `seed files not found in ${seeds}`;

describe('seed documents', { skip }, () => {
  it('reads the wire report as plain text dated by FILE@DATE, one paragraph per line', async () => {
    const { sources, errors } = await ingestInputs([`${wire}@2025-10-20`]);
    assert.deepEqual(errors, []);
    const s = sources[0]!;
    assert.equal(s.published, '2025-10-20');
    assert.equal(
      s.title,
      '000 7b8a9707b66ecb06',
      'the first line is a sentence, so the file name is the title',
    );
    assert.ok(s.text.split('\n\n').length >= 8, 'one paragraph per line');
    assert.match(s.text.split('\n\n')[0]!, /^The European Union on Monday said/);
  });
  it('reads the whole folder, leaving undated sources undated', async () => {
    const { sources, errors } = await ingestInputs([seeds]);
    assert.deepEqual(errors, []);
    assert.ok(sources.length >= 2);
    assert.ok(sources.every((s) => s.published === null));
  });
});
