import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Verdict } from '../model/index.ts';
import type { LlmClient } from '../llm/index.ts';
import { judgeUndecided, undecided, validateJudgeAnswer } from './judge.ts';

const ev = [{ source: 1, sentence: 'About 1,200 workers stopped loading ships.', score: 0.6 }];
const lexical: Verdict = {
  label: 'unsupported',
  score: 0.3,
  reasons: [{ kind: 'lexical', detail: 'x' }],
  evidence: ev,
  uncited: false,
};
const dated: Verdict = {
  label: 'contradicted',
  score: 0.02,
  reasons: [{ kind: 'date', detail: 'y', hard: true }],
  evidence: ev,
  uncited: false,
};
const noName: Verdict = {
  label: 'unsupported',
  score: 0.2,
  reasons: [{ kind: 'entity', detail: 'z' }],
  evidence: ev,
  uncited: false,
};

function fakeClient(answer: (i: number) => unknown): LlmClient & { calls: number } {
  const c = {
    calls: 0,
    model: 'fake',
    baseURL: 'http://127.0.0.1:1/v1',
    async chatJson<T>(_m: unknown, validate: (x: unknown) => T) {
      const a = answer(c.calls++);
      if (a instanceof Error) throw a;
      return {
        value: validate(a),
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0, cached: false },
      };
    },
    usage: () => ({}) as ReturnType<LlmClient['usage']>,
  };
  return c as unknown as LlmClient & { calls: number };
}

test('only coverage-only unsupported verdicts are undecided', () => {
  assert.equal(undecided(lexical), true);
  assert.equal(undecided(dated), false);
  assert.equal(undecided(noName), false);
});

test('validateJudgeAnswer accepts the three labels and rejects anything else', () => {
  assert.deepEqual(validateJudgeAnswer({ label: 'Supported', reason: 'ok' }), {
    label: 'supported',
    reason: 'ok',
  });
  assert.throws(() => validateJudgeAnswer({ label: 'maybe' }), /label/);
  assert.throws(() => validateJudgeAnswer(null), /JSON object/);
});

test('judgeUndecided: revises within the budget, never touches symbolic verdicts, keeps a verdict on error', async () => {
  const client = fakeClient((i) =>
    i === 1 ? new Error('timeout') : { label: 'supported', reason: 'stated' },
  );
  const errors: number[] = [];
  const items = [lexical, dated, lexical, noName, lexical].map((verdict) => ({ claim: 'c', verdict }));
  const out = await judgeUndecided(items, client, { maxCalls: 2, onError: (i) => errors.push(i) });
  assert.equal(client.calls, 2);
  assert.equal(out[0]!.label, 'supported');
  assert.match(out[0]!.reasons.map((r) => r.detail).join(), /LLM judge: supported: stated/);
  assert.deepEqual(out[1], dated);
  assert.deepEqual(out[2], lexical); // the call failed: unchanged
  assert.deepEqual(errors, [2]);
  assert.deepEqual(out[3], noName);
  assert.deepEqual(out[4], lexical); // over budget
});

test('judgeUndecided: a contradicted answer lowers the score and leads the reasons', async () => {
  const out = await judgeUndecided(
    [{ claim: 'c', verdict: lexical }],
    fakeClient(() => ({ label: 'contradicted', reason: 'says 2,400' })),
  );
  assert.equal(out[0]!.label, 'contradicted');
  assert.ok(out[0]!.score <= 0.2);
  assert.match(out[0]!.reasons[0]!.detail, /says 2,400/);
});
