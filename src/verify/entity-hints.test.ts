// The entity check's cheap test of source sentences ("could this sentence name the claim's entity?") reads
// capitals with character codes before regexes, and looks gazetteer names up only on need. Its answers must
// stay those of the regexes and of the full scan they stand in for: odd words and sentences below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupName, mayRelateToGazetteer, metonymOf, placeContains } from '../text/index.ts';
import { hasUpper, hintsOf, startsUpper } from './checks/entity.ts';

test('startsUpper and hasUpper answer as /^\\p{Lu}/u and /\\p{Lu}/u', () => {
  const words = [
    'Kabul', 'kabul', 'iPhone', 'eBay', 'McIlroy', 'mcilroy', 'Émile', 'émile', 'élAN', 'ßx', 'İstanbul', 'ǅemal',
    'Ωmega', 'ωmega', 'straße', 'STRASSE', '2020', '2020s', 'x2Y', 'naïve', 'naïvE', 'ñandú', 'Ñandú', '',
    "o'Neill", 'al-Assad', 'US-led', 'e', 'E', '١٢', 'ümlautÜ',
  ]; // prettier-ignore
  for (const w of words) {
    assert.equal(startsUpper(w), /^\p{Lu}/u.test(w), `startsUpper ${w}`);
    assert.equal(hasUpper(w), /\p{Lu}/u.test(w), `hasUpper ${w}`);
  }
});

// The key scan as first written: every capitalised word and run of capitalised words (and joiners) looked up;
// lower-case words too when no word but the first is capitalised.
const JOINERS = new Set(
  'of the and de del della di da du la le el al van von der den bin ibn y et for on upon'.split(' '),
);
function refKeys(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu) ?? [];
  const keys = new Set<string>();
  let inner = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && /^\p{Lu}/u.test(w) && w !== 'I') inner = true;
    if (!/\p{Lu}/u.test(w)) continue;
    for (const part of w.includes('-') ? [w, ...w.split('-')] : [w]) {
      const e = lookupName(part);
      if (e) keys.add(e.key);
    }
    let surface = w;
    for (let n = 2; n <= 7 && i + n - 1 < words.length; n++) {
      const next = words[i + n - 1]!;
      if (!/^\p{Lu}/u.test(next) && !JOINERS.has(next)) break;
      surface += ` ${next}`;
      const e = lookupName(surface);
      if (e) keys.add(e.key);
    }
  }
  if (!inner)
    for (const w of words) {
      const e = /^\p{Ll}/u.test(w) ? lookupName(w) : undefined;
      if (e) keys.add(e.key);
    }
  return [...keys];
}

test('hintsOf: the gazetteer keys of a sentence are those of the full scan', () => {
  const sentences = [
    'Ministers from Bosnia and Herzegovina met EU officials in Brussels on Monday.',
    'The US-led coalition and Kabul-based aid groups said the Taliban’s envoy left.',
    'talks with russia stalled, the kremlin said.',
    'It added that the Commission would reply.',
    'Officials in São Tomé and Príncipe and in Côte d’Ivoire confirmed the figures.',
    'THE UN SECURITY COUNCIL MET IN NEW YORK.',
    'I think the Democratic Republic of the Congo will qualify, said Mr Banda.',
    'The U.S. and the U.K. signed; Washington, D.C. hosted.',
    'A spokesman for the World Health Organization in Geneva declined to comment.',
    'Nobody in Marrowvale had heard of the Quillon Trust before Tuesday.',
    '',
  ];
  for (const s of sentences)
    assert.deepEqual(
      hintsOf(s)
        .keys()
        .map((k) => k.key),
      refKeys(s),
      s,
    );
});

test('hintsOf: flat text, caseless start and lower-case references to the EU', () => {
  const rows: [string, { flat: string; caseless: boolean; body: boolean }][] = [
    ['Officials in Zürich said.', { flat: 'officials in zurich said', caseless: false, body: false }],
    ['“the bloc will act,” he said.', { flat: '“the bloc will act,” he said', caseless: true, body: true }],
    [
      'The Commission’s U.N. envoy left.',
      { flat: 'the commission’s un envoy left', caseless: false, body: true },
    ],
  ];
  for (const [s, want] of rows) {
    const { flat, caseless, body } = hintsOf(s);
    assert.deepEqual({ flat, caseless, body }, want, s);
  }
});

// The relation the hint's key test reads between a claim key and a gazetteer key (entityMatches without kinds).
const related = (ck: string, k: string): boolean => {
  if (ck === k || placeContains(ck, k) || metonymOf(k) === ck || metonymOf(ck) === k) return true;
  const cw = ck.split(' ');
  const kw = k.split(' ');
  return cw.every((w) => kw.includes(w)) || kw.every((w) => cw.includes(w));
};

test('mayRelateToGazetteer: false only for keys no gazetteer key relates to', () => {
  const claimKeys = [
    'afghanistan', 'asia', 'europe', 'brussels', 'european union', 'kabul', 'new', 'york', 'johan forssell',
    'farai sevenzo', 'ada brennick', 'united', 'washington', 'kremlin', 'russia', 'city', 'zorvath quell', '',
  ]; // prettier-ignore
  const surfaces = [
    'Afghanistan', 'Kabul', 'Belgium', 'Brussels', 'EU', 'European Union', 'New York', 'Washington', 'White House',
    'Kremlin', 'Russia', 'Moscow', 'United States', 'United Nations', 'Paris', 'Germany', 'Berlin', 'NATO', 'Asia',
    'Mexico City', 'Vatican City',
  ]; // prettier-ignore
  const keys = surfaces.map((s) => lookupName(s)?.key).filter((k): k is string => k !== undefined);
  assert.ok(keys.length >= 15, 'the gazetteer knows the test surfaces');
  for (const ck of claimKeys)
    for (const k of keys) if (related(ck, k)) assert.equal(mayRelateToGazetteer(ck), true, `${ck} ~ ${k}`);
  for (const ck of ['afghanistan', 'asia', 'brussels', 'european union', 'new', 'kremlin'])
    assert.equal(mayRelateToGazetteer(ck), true, ck);
  for (const ck of ['johan forssell', 'farai sevenzo', 'ada brennick', 'zorvath quell'])
    assert.equal(mayRelateToGazetteer(ck), false, ck);
});
