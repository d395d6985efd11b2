import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexDocument, matchTerms, retrieve } from './evidence.ts';
import { lexicalFeatures } from './features.ts';
import { termize } from './terms.ts';

// An invented council report: five sentences, so that a claim can be held by one sentence, by none, or by two
// sentences too far apart to share a window.
const REPORT = [
  'The Lindqvist council approved a new ferry timetable on Tuesday.',
  'Ferries to Harrow Island will run every forty minutes from June.',
  'The harbour master said the old pier needs urgent repairs.',
  'Residents asked for a night service during the summer festival.',
  'The mayor thanked volunteers who cleared the beach after the storm.',
].join(' ');

function featuresOf(claim: string): ReturnType<typeof lexicalFeatures> {
  const doc = indexDocument(REPORT);
  const matches = matchTerms(termize(claim), doc);
  return lexicalFeatures(matches, retrieve(matches, doc), doc);
}

test('coverage margins: how far a claim is past the coverage check limits', () => {
  const cases: {
    name: string;
    claim: string;
    missBeyond: (f: ReturnType<typeof lexicalFeatures>) => boolean;
    windowShort: (f: ReturnType<typeof lexicalFeatures>) => boolean;
  }[] = [
    {
      name: 'held by one sentence: within both limits',
      claim: 'The council approved a new ferry timetable.',
      missBeyond: (f) => f.missBeyond === 0,
      windowShort: (f) => f.windowShort === 0,
    },
    {
      name: 'mostly words the report never uses: past the missing-weight allowance',
      claim: 'Smugglers bribed customs inspectors with counterfeit jewellery.',
      missBeyond: (f) => f.missBeyond > 0.5,
      windowShort: (f) => f.windowShort > 0.5,
    },
    {
      name: 'words from the first and last sentences: present, but no window holds them',
      claim: 'The council timetable thanked volunteers who cleared the beach.',
      missBeyond: (f) => f.missBeyond === 0,
      windowShort: (f) => f.windowShort > 0 && Math.abs(f.windowShort - (0.7 - f.covWindow)) < 1e-12,
    },
    {
      name: 'stopwords only: nothing to fall short of',
      claim: 'It was there.',
      missBeyond: (f) => f.missBeyond === 0,
      windowShort: (f) => f.windowShort === 0,
    },
  ];
  for (const c of cases) {
    const f = featuresOf(c.claim);
    assert.ok(c.missBeyond(f), `${c.name}: missBeyond ${f.missBeyond}`);
    assert.ok(c.windowShort(f), `${c.name}: windowShort ${f.windowShort} (covWindow ${f.covWindow})`);
    // Margins are never negative and never exceed the room past the limit.
    assert.ok(f.missBeyond >= 0 && f.missBeyond <= 0.8);
    assert.ok(f.windowShort >= 0 && f.windowShort <= 0.7);
  }
});

test('missBeyond is the missing share of content weight less the allowance', () => {
  const doc = indexDocument(REPORT);
  const matches = matchTerms(termize('Smugglers bribed the harbour master.'), doc);
  const content = matches.filter((m) => m.weight > 0);
  const total = content.reduce((s, m) => s + m.weight, 0);
  const missing = content.filter((m) => m.hits.size === 0).reduce((s, m) => s + m.weight, 0);
  assert.ok(missing > 0 && missing < total, 'the claim mixes found and missing words');
  const f = lexicalFeatures(matches, retrieve(matches, doc), doc);
  assert.ok(f.missBeyond > 0, 'more than a fifth of the weight is missing');
  assert.ok(Math.abs(f.missBeyond - Math.max(0, missing / total - 0.2)) < 1e-12);
});
