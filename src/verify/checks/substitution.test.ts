import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexSources } from '../evidence.ts';
import { loadLexicon } from '../lexicon.ts';
import { assessSentence, verifyClaim } from '../index.ts';
import { rivals } from './substitution.ts';

const SOURCE =
  'Prosecutors charged the lorry driver with manslaughter after the crash on the coast road near Porthlenn. ' +
  'Volunteers painted the old footbridge yellow and blue on Sunday morning. ' +
  'The walkers were resting on the clifftop path when the storm began. ' +
  'The harbour company will cut 40 jobs at its repair yard next year.';
// The same, with a park: a sense of "green" (WordNet's village green), so "green" meets the source through it.
const WITH_PARK = `${SOURCE} Children played in the park behind the yard.`;

interface Want {
  claim: string;
  source: string;
  rival: boolean;
  novel: boolean;
}
const cases: { name: string; claim: string; source?: string; want: Want[] }[] = [
  {
    name: 'a crime swapped for another crime',
    claim:
      'Prosecutors charged the lorry driver with murder after the crash on the coast road near Porthlenn.',
    want: [{ claim: 'murder', source: 'manslaughter', rival: true, novel: true }],
  },
  {
    name: 'a colour swapped for another colour',
    claim: 'Volunteers painted the old footbridge green and blue on Sunday morning.',
    want: [{ claim: 'green', source: 'yellow', rival: true, novel: true }],
  },
  {
    name: 'a swap to a word met only through a related word ("green" via "park") is still novel',
    claim: 'Volunteers painted the old footbridge green and blue on Sunday morning.',
    source: WITH_PARK,
    want: [{ claim: 'green', source: 'yellow', rival: true, novel: true }],
  },
  {
    name: 'a slot aligned across a phrase the claim leaves out ("on Thursday")',
    claim: 'The driver pleaded guilty to murder in the death of a cyclist.',
    source: 'The driver pleaded guilty on Thursday to manslaughter in the death of a cyclist.',
    want: [{ claim: 'murder', source: 'manslaughter', rival: true, novel: true }],
  },
  {
    name: 'a compound swapped in one part for a rival part',
    claim: 'The council imposed a one-month ban on night fishing in the bay.',
    source: 'The council imposed a one-year ban on night fishing in the bay.',
    want: [{ claim: 'one-month', source: 'one-year', rival: true, novel: true }],
  },
  {
    name: 'a word swapped for an unrelated one is a swap, not a rival',
    claim: 'The walkers were resting on the beach path when the storm began.',
    want: [{ claim: 'beach', source: 'clifftop', rival: false, novel: true }],
  },
  {
    name: 'a swap to a word the sources use elsewhere is not novel',
    claim:
      'Prosecutors charged the lorry driver with storm after the crash on the coast road near Porthlenn.',
    want: [{ claim: 'storm', source: 'manslaughter', rival: false, novel: false }],
  },
  {
    name: 'a word repeated from the same slot is no swap',
    claim: 'Volunteers painted the old footbridge blue and blue on Sunday morning.',
    want: [],
  },
  {
    name: 'the same sentence',
    claim: 'The walkers were resting on the clifftop path when the storm began.',
    want: [],
  },
  {
    name: 'a compound written apart is the same word',
    claim: 'The walkers were resting on the cliff top path when the storm began.',
    want: [],
  },
  {
    name: 'a synonym is a paraphrase, not a swap',
    claim: 'The walkers were relaxing on the clifftop path when the storm began.',
    want: [],
  },
  {
    name: 'reordered words are no swap',
    claim: 'On Sunday morning, volunteers painted the old footbridge blue and yellow.',
    want: [],
  },
  {
    name: 'function words alone do not anchor a slot',
    claim: 'A storm of the kind began on the coast.',
    want: [],
  },
];

for (const c of cases)
  test(`substitution: ${c.name}`, () => {
    const doc = indexSources([{ n: 1, text: c.source ?? SOURCE, date: '2026-05-04' }]);
    const got = assessSentence(c.claim, doc)
      .substitutions()
      .map((x) => ({
        claim: x.claim,
        source: x.source,
        rival: x.rival,
        novel: x.novel,
      }));
    assert.deepEqual(got, c.want);
  });

test('rivals: co-hyponyms and antonyms by WordNet, not synonyms or unknown words', () => {
  const lex = loadLexicon();
  const table: [string, string, boolean][] = [
    ['murder', 'manslaughter', true],
    ['green', 'yellow', true],
    ['company', 'firm', false],
    ['murder', 'murder', false],
    ['zorblat', 'yellow', false],
    // Compounds differing in one part: rivals when those parts are.
    ['one-month', 'one-year', true],
    ['left-wing', 'right-wing', true],
    ['one-year', 'two-month', false],
    ['co-founder', 'founder', false],
  ];
  for (const [a, b, want] of table) assert.equal(rivals(a, b, lex), want, `${a} / ${b}`);
});

test('a rival swap the sources never write is a soft contradiction of the coverage check', () => {
  const doc = indexSources([{ n: 1, text: WITH_PARK, date: '2026-05-04' }]);
  const a = assessSentence('Volunteers painted the old footbridge green and blue on Sunday morning.', doc);
  const c = a.results.find((r) => r.check === 'coverage');
  assert.equal(c?.status, 'fail');
  if (c?.status !== 'fail') return;
  assert.equal(c.severity, 'contradiction');
  assert.equal(c.hard, false);
  assert.match(c.detail, /"green" where \[1\] has "yellow"/);
  assert.match(c.evidence?.sentence ?? '', /footbridge yellow and blue/);
  const ok = assessSentence('Volunteers painted the old footbridge yellow and blue on Sunday morning.', doc);
  assert.equal(ok.results.find((r) => r.check === 'coverage')?.status, 'pass');
});

test('a rejected sentence names the swapped words as its reason', () => {
  const source = {
    id: 's1',
    title: 'Driver charged after coast road crash',
    outlet: 'Porthlenn Courier',
    url: null,
    published: '2026-05-04',
    author: null,
    language: 'en',
    text: SOURCE,
    origin: 'courier.md',
  };
  const v = verifyClaim(
    {
      // The swap alone weighs little in the model; the added casualties make the sentence fail.
      text: 'Prosecutors charged the lorry driver with murder after the crash on the coast road near Porthlenn, which killed three cyclists.',
      citations: [1],
    },
    [{ n: 1, source }],
  );
  assert.notEqual(v.label, 'supported');
  assert.ok(
    v.reasons.some((r) => r.detail.includes('"murder" where [1] has "manslaughter"')),
    JSON.stringify(v.reasons),
  );
});

test('a rival swap in a sentence restating the claim counts though the source writes the word elsewhere', () => {
  const doc = indexSources([
    {
      n: 1,
      text: 'The lorry driver pleaded guilty to manslaughter at Truro Crown Court on Monday. He had denied murder.',
      date: null,
    },
  ]);
  const swapped = assessSentence(
    'The lorry driver pleaded guilty to murder at Truro Crown Court on Monday.',
    doc,
  );
  const c = swapped.results.find((r) => r.check === 'coverage');
  assert.equal(c?.status === 'fail' && c.severity, 'contradiction');
  assert.match(c?.status === 'fail' ? c.detail : '', /"murder" where \[1\] has "manslaughter"/);
  const same = assessSentence(
    'The lorry driver pleaded guilty to manslaughter at Truro Crown Court on Monday.',
    doc,
  );
  assert.equal(same.results.find((r) => r.check === 'coverage')?.status, 'pass');
  // Far from any one sentence, the word written elsewhere keeps the claim from being read as a swap.
  const loose = assessSentence('The driver denied murder and then admitted manslaughter.', doc).results.find(
    (r) => r.check === 'coverage',
  );
  assert.ok(!(loose?.status === 'fail' && loose.severity === 'contradiction'), JSON.stringify(loose));
});

test('a rival swap counts in any searched sentence that restates the claim, not only the best one', () => {
  // The best sentence restates the claim around other anchors ("to the manslaughter of"); the second holds the
  // swap's slot; "murder" is written elsewhere; the claim writes "cliff top" where the source has "clifftop".
  const doc = indexSources([
    {
      n: 1,
      text:
        'A fisherman admitted on Friday, May 8, to the manslaughter of a walker who fell to his death from a cliff top at Gull Point near Porthlenn. ' +
        'A fisherman admitted on Friday to manslaughter in the death of a walker who fell from a clifftop at Gull Point near Porthlenn. ' +
        'He had been charged with murder last year.',
      date: null,
    },
  ]);
  const claim =
    'A fisherman has admitted to murder in the death of a walker who fell to his death from a cliff top at Gull Point near Porthlenn.';
  const c = assessSentence(claim, doc).results.find((r) => r.check === 'coverage');
  assert.equal(c?.status === 'fail' && c.severity, 'contradiction', JSON.stringify(c));
  assert.match(c?.status === 'fail' ? c.detail : '', /"murder" where \[1\] has "manslaughter"/);
  const same = assessSentence(claim.replace('murder', 'manslaughter'), doc).results.find(
    (r) => r.check === 'coverage',
  );
  assert.equal(same?.status, 'pass');
});
