import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../model/index.ts';
import { StoryStream, type ClusterOptions } from './index.ts';

// A long stream of small local events, each told three times in other words. Every event has its own
// invented town and people, so the vocabulary of names keeps growing, as it does on a real wire.

const SYL = ['bar', 'ven', 'tol', 'mira', 'sk', 'ol', 'dan', 'rue', 'hal', 'pe', 'cor', 'lin'];
const KINDS = [
  ['fire', 'warehouse', 'firefighters', 'blaze', 'smoke'],
  ['flood', 'river', 'levee', 'water', 'evacuated'],
  ['strike', 'workers', 'union', 'wages', 'picket'],
  ['bridge', 'closure', 'traffic', 'repairs', 'engineers'],
  ['election', 'council', 'votes', 'candidate', 'ballot'],
];

function invented(n: number, syllables: number): string {
  let w = '';
  for (let i = 0, x = n; i < syllables; i++, x = Math.floor(x / SYL.length) + 7 * i + 3) {
    w += SYL[x % SYL.length];
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

function stream(events: number): { sources: Source[]; event: Map<string, number> } {
  const sources: Source[] = [];
  const event = new Map<string, number>();
  for (let e = 0; e < events; e++) {
    const town = `${invented(e, 3)}${invented(e * 7 + 1, 1).toLowerCase()}`;
    const person = `${invented(e * 13 + 5, 2)} ${invented(e * 31 + 2, 3)}`;
    const [what, place, who, act, extra] = KINDS[e % KINDS.length]!;
    const day = String(1 + (Math.floor(e / 4) % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(e / 112) % 12)).padStart(2, '0');
    const texts = [
      `A ${what} hit the ${place} in ${town} on the morning. ${person} said the ${who} had worked through the night. The ${act} drew crowds in ${town}.`,
      `${person} spoke after the ${what} at the ${place} near ${town}. The ${who} were praised; ${extra} was reported across ${town}.`,
      `In ${town}, the ${place} ${what} continued. ${who} and ${person} met residents about the ${act} and the ${extra}.`,
    ];
    texts.forEach((text, k) => {
      const id = `src_ev${e}_${k}`;
      event.set(id, e);
      sources.push({
        id,
        title: `${town}: ${what} at the ${place}`,
        text,
        outlet: `Outlet ${k}`,
        url: null,
        published: `2026-${month}-${day}`,
        author: null,
        language: 'en',
        origin: `test:${e}:${k}`,
      });
    });
  }
  return { sources, event };
}

const { sources, event } = stream(600);

function run(opts: ClusterOptions): { s: StoryStream; storyOf: Map<string, string>; most: number[] } {
  const s = StoryStream.create(opts);
  const storyOf = new Map<string, string>();
  const most = [0, 0];
  sources.forEach((src, i) => {
    storyOf.set(src.id, s.add(src).storyId);
    if (i % 50 === 49) {
      s.flush();
      const m = s.memory();
      most[0] = Math.max(most[0]!, m.vocabulary);
      most[1] = Math.max(most[1]!, m.indexTerms);
    }
  });
  s.flush();
  for (const [id, st] of storyOf) storyOf.set(id, s.resolve(st));
  return { s, storyOf, most };
}

/** Events whose three reports landed in one story, and stories that mix events. */
function score(storyOf: Map<string, string>): { whole: number; mixed: number } {
  const byStory = new Map<string, Set<number>>();
  const byEvent = new Map<number, Set<string>>();
  for (const [id, st] of storyOf) {
    const e = event.get(id)!;
    byStory.set(st, (byStory.get(st) ?? new Set()).add(e));
    byEvent.set(e, (byEvent.get(e) ?? new Set()).add(st));
  }
  let whole = 0;
  for (const ss of byEvent.values()) if (ss.size === 1) whole++;
  let mixed = 0;
  for (const es of byStory.values()) if (es.size > 1) mixed++;
  return { whole, mixed };
}

test('aging: vocabulary and index stay bounded on a long stream, and the stories stay the same', () => {
  const base = run({ maxActive: 40 });
  const table = [
    { name: 'vocabulary capped', opts: { maxActive: 40, maxTerms: 600 }, vocab: 600, index: Infinity },
    {
      name: 'index swept',
      opts: { maxActive: 40, indexSweepPostings: 2_000 },
      vocab: Infinity,
      index: 1_500,
    },
    {
      name: 'both',
      opts: { maxActive: 40, maxTerms: 600, indexSweepPostings: 2_000 },
      vocab: 600,
      index: 1_500,
    },
  ];
  // Without aging both grow with the stream: the bounds below must be real cuts.
  assert.ok(base.most[0]! > 1_500, `unbounded vocabulary reached ${base.most[0]}`);
  assert.ok(base.most[1]! > 2_000, `unbounded index reached ${base.most[1]}`);
  const baseScore = score(base.storyOf);
  // A few invented names repeat across events, so a few stories mix two like events.
  assert.ok(baseScore.whole >= 590 && baseScore.mixed <= 10, JSON.stringify(baseScore));
  for (const { name, opts, vocab, index } of table) {
    const { s, storyOf, most } = run(opts);
    assert.ok(most[0]! <= 2 * vocab, `${name}: vocabulary reached ${most[0]}`);
    assert.ok(most[1]! <= index, `${name}: index reached ${most[1]}`);
    assert.deepEqual(score(storyOf), baseScore, name);
    assert.deepEqual(s.stories(), base.s.stories(), name);
  }
});

test('aging: nothing is forgotten on a stream under the caps', () => {
  const few = sources.slice(0, 90);
  const a = StoryStream.create();
  const b = StoryStream.create({ maxTerms: Number.MAX_SAFE_INTEGER, indexSweepPostings: Infinity });
  for (const src of few) assert.deepEqual(a.add(src), b.add(src), src.id);
  a.flush();
  b.flush();
  // The same state but for the options themselves (and the sweep threshold they set).
  const state = (s: StoryStream): unknown => {
    const j = s.toJSON();
    return {
      ...j,
      clusters: { ...j.clusters, options: null, aging: { ...j.clusters.aging, sweepAfter: null } },
    };
  };
  assert.deepEqual(state(a), state(b));
  assert.deepEqual(a.stories(), b.stories());
  assert.deepEqual(a.memory(), b.memory());
});

test('aging: a stream resumed from its JSON state ages as an uninterrupted one', () => {
  const opts = { maxActive: 40, maxTerms: 600, indexSweepPostings: 2_000 };
  const whole = run(opts);
  const table = [300, 1_000, 1_650];
  for (const at of table) {
    let s = StoryStream.create(opts);
    const storyOf = new Map<string, string>();
    sources.forEach((src, i) => {
      if (i === at) s = StoryStream.fromJSON(JSON.parse(JSON.stringify(s)));
      storyOf.set(src.id, s.add(src).storyId);
      if (i % 50 === 49) s.flush();
    });
    s.flush();
    for (const [id, st] of storyOf) storyOf.set(id, s.resolve(st));
    assert.deepEqual(storyOf, whole.storyOf, `resumed at ${at}`);
    assert.deepEqual(s.toJSON(), whole.s.toJSON(), `resumed at ${at}`);
  }
});
