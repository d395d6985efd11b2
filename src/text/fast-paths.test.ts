// The finders' shortcuts (character checks before regexes) must answer exactly as the regexes
// and lookups they stand in front of. Each table holds odd inputs: prefixes, accents, quotes, hyphens, dots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCapitalised, mayStartSentence, startsWithLetter } from './entities.ts';
import { findEntities, findNumbers, isStopword, lookupName, normaliseName } from './index.ts';

// The checks as they were written before the shortcuts.
const refCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return /^(?:al|el|bin|ibn|van|von|de|d|o|mc|mac)['’-]?\p{Lu}/u.test(w);
  if (c < 128) return false;
  return /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|van|von|de|d|o|mc|mac)['’-]?\p{Lu}/u.test(w);
};
const refSentenceGap = (gap: string): boolean =>
  /[.!?]["”’)]*\s+["“‘(]*$/.test(gap) || /[\n:]\s*["“‘(]*$/.test(gap) || /^\s*["“‘(]+$/.test(gap);

test('isCapitalised answers as the prefix regex on lower-case, upper-case and accented words', () => {
  const words = [
    'al-Assad', 'alAssad', 'al-assad', 'el-Sisi', 'bin Salman', 'binSalman', 'ibnSina', 'vanDyke', 'von',
    'deGaulle', "d'Estaing", "d'Artagnan", "o'Neill", "O'Neill", 'mcIlroy', 'McIlroy', 'macDonald', 'mac',
    'mcilroy', 'deportations', 'é', 'Émile', 'élan', 'ßx', 'ñandú', 'İstanbul', 'x', 'xY', 'abcdeF', 'o’Brien',
    '2020', 'EU', 'a-B', 'de-Ä', 'u.S', '',
  ]; // prettier-ignore
  for (const w of words) assert.equal(isCapitalised(w), refCapitalised(w), w);
});

test('startsWithLetter is /^\\p{L}/u', () => {
  for (const w of ['word', 'Word', '2nd', "'tis", '’s', 'Ärger', 'ß', 'ǅ', '_x', '-', '', 'Ωmega', '١٢'])
    assert.equal(startsWithLetter(w), /^\p{L}/u.test(w), w);
});

test('mayStartSentence is false wherever the three sentence-start regexes are', () => {
  const gaps = [
    ' ', ', ', '. ', '.” ', '." ', '!\n', '? (', ' — ', ' - ', ': ', ':', '\n', ' "', ' “', ' ‘', ' (', '’ ',
    ') ', '; ', '... ', '.) ', ' / ', '—', '', ' ” ', ' , ',
  ]; // prettier-ignore
  for (const g of gaps) if (refSentenceGap(g)) assert.equal(mayStartSentence(g), true, JSON.stringify(g));
});

test('finders give the same answer on a second call, whatever the case of the surface', () => {
  const texts = [
    'the us says it has suspended talks with russia',
    'The US says it has suspended talks with Russia.',
    'rory mcilroy will take a one-shot lead into the final round of the wgc-hsbc champions',
    'Officials in Kabul said the Taliban’s envoy met EU ministers in Brussels on Monday.',
  ];
  for (const t of texts) assert.deepEqual(findEntities(t), findEntities(t), t);
  const surfaces: [string, string | null][] = [
    ['US', 'united states'],
    ['us', null],
    ['Us', null],
    ['E.U.', 'european union'],
    ['Brussels', 'brussels'],
    ['Zorvath', null],
  ];
  for (const [s, key] of surfaces)
    for (let round = 0; round < 2; round++) assert.equal(lookupName(s)?.key ?? null, key, `${s} #${round}`);
});

test('isStopword: the plain-word shortcut and the case / apostrophe forms agree', () => {
  const rows: [string, boolean][] = [
    ['the', true],
    ['The', true],
    ["didn't", true],
    ['didn’t', true],
    ['DIDN’T', true],
    ['theme', false],
    ['', false],
  ];
  for (const [w, want] of rows) assert.equal(isStopword(w), want, w);
});

test('findNumbers: "a" and "an" start a number only before "dozen" or a scale word', () => {
  const rows: [string, number[]][] = [
    ['A dozen people waited.', [12]],
    ['an estimated 300 people', [300]],
    ['They met a dozen times.', [12]],
    ['Half a million people', [500000]],
    ['A man and an official left.', []],
    ['An hour later', []],
  ];
  for (const [text, want] of rows)
    assert.deepEqual(
      findNumbers(text).map((n) => n.value),
      want,
      text,
    );
});

// normaliseName as written before the plain-name shortcut (every step, for every name).
const refNormalise = (name: string): string => {
  let n = name.normalize('NFD').replace(/\p{M}/gu, '');
  n = n.replace(/[’‘`]/g, "'").toLowerCase();
  n = n.replace(/'s\b/g, '').replace(/'$/g, '');
  n = n
    .replace(/\./g, '')
    .replace(/[\s,]+/g, ' ')
    .trim();
  return n.startsWith('the ') ? n.slice(4) : n;
};

test('normaliseName: plain names take the shortcut and read as every step would read them', () => {
  const names = [
    'Northern Ireland', 'The Hague', 'THE HAGUE', 'the', 'The', 'Theresa May', 'NATO', 'U.S.', 'E.U', 'Sweden’s',
    "Sweden's", "Jones'", 'Bosnia and Herzegovina', 'São Tomé', 'Côte d’Ivoire', 'Guinea-Bissau', 'G7', '3M',
    'North  Korea', ' Kabul', 'Kabul ', 'Washington, DC', 'al-Assad', 'Saint-Germain-des-Prés', 'İstanbul', '',
    'the uk', 'The European Union', 'X', '-', 'AT&T',
  ]; // prettier-ignore
  for (const n of names) assert.equal(normaliseName(n), refNormalise(n), JSON.stringify(n));
});

test('lookupName: a surface with lower-case letters never matches an all-caps abbreviation', () => {
  const rows: [string, string | null][] = [
    ['US', 'united states'],
    ['Us', null],
    ['us', null],
    ['U.S.', 'united states'],
    ['UK', 'united kingdom'],
    ['Uk', null],
    ['EU', 'european union'],
    ['Eu', null],
    ['European Union', 'european union'],
    ['european union', 'european union'],
    ['Northern Ireland', 'northern ireland'],
    ['The Hague', 'hague'],
    ['WHO', 'world health organization'],
    ['Who', null],
    ['NATO', 'nato'],
    ['Nato', 'nato'],
  ];
  for (const [surface, key] of rows) assert.equal(lookupName(surface)?.key ?? null, key, surface);
});
