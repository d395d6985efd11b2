import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Verdict, VerdictLabel } from '../model/index.ts';
import { buildReport, failsOn, renderReportMarkdown, renderReportText, reportJson } from './report.ts';

const v = (label: VerdictLabel, detail = ''): Verdict => ({
  label,
  score: label === 'supported' ? 0.9 : 0.1,
  reasons: detail ? [{ kind: 'lexical', detail }] : [],
  evidence: [{ source: 1, sentence: 'Ships | waited *outside*.', score: 0.7 }],
  uncited: false,
});
const sentences = [
  { index: 0, text: 'Ships waited.', citations: [1], line: 1 },
  { index: 1, text: 'The port [closed] for good.', citations: [1], line: 1 },
];
const sources = [
  {
    n: 1,
    sourceId: 'a',
    outlet: 'Coastline Courier',
    title: 'Ships wait',
    published: '2026-03-12',
    url: null,
  },
];

test('failsOn: contradicted gates only on contradictions, unsupported on both', () => {
  const ok = buildReport('t', sentences, [v('supported'), v('not_checkable')], sources);
  const unsup = buildReport('t', sentences, [v('supported'), v('unsupported', 'no')], sources);
  const contra = buildReport('t', sentences, [v('contradicted', 'no'), v('supported')], sources);
  assert.deepEqual([failsOn(ok, 'unsupported'), failsOn(ok, 'contradicted')], [false, false]);
  assert.deepEqual([failsOn(unsup, 'unsupported'), failsOn(unsup, 'contradicted')], [true, false]);
  assert.deepEqual([failsOn(contra, 'unsupported'), failsOn(contra, 'contradicted')], [true, true]);
  assert.deepEqual(contra.counts, { supported: 1, contradicted: 1, unsupported: 0, not_checkable: 0 });
});

test('JSON report follows the documented flat schema', () => {
  const j = reportJson(buildReport('t', sentences, [v('supported'), v('unsupported', 'no')], sources)) as {
    sentences: Record<string, unknown>[];
  };
  assert.deepEqual(Object.keys(j.sentences[1]!), [
    'index',
    'text',
    'citations',
    'section',
    'verdict',
    'score',
    'uncited',
    'reasons',
    'evidence',
  ]);
  assert.deepEqual(j.sentences[1]!.reasons, [{ kind: 'lexical', detail: 'no', hard: false }]);
});

test('Markdown escapes table and emphasis characters from untrusted text; text lists reasons', () => {
  const r = buildReport('A | B', sentences, [v('supported'), v('unsupported', 'a *b*')], sources);
  const md = renderReportMarkdown(r);
  assert.match(md, /Ships \\\| waited \\\*outside\\\*/);
  assert.match(md, /The port \\\[closed\\\] for good/);
  assert.match(md, /# Verification: A \\\| B/);
  const text = renderReportText(r);
  assert.match(
    text,
    /UNSUPPORTED \(0\.10\) \[1\]\n {6}The port \[closed\] for good\.\n {6}- lexical: a \*b\*/,
  );
});
