// Single edits (the BUMP-style errors of bench/single-edits.ts) on an invented report: each check must pass the
// faithful sentence and fire on the same sentence with one date, number, name, place, role, quote or negation
// changed. The report and the sentences are written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessSentence } from './verify.ts';
import { indexSources } from './evidence.ts';
import { isTitle } from './checks/quote.ts';
import type { CheckName } from './checks/types.ts';

const REPORT = `MARLOW, Norland, May 12 (Coastline News) - The Norland Ferry Union on Monday called on the Harbour Authority to restore night crossings to the island of Vesk. The union said 340 crew members had signed a petition against the new timetable.

"We will not accept a timetable that leaves islanders stranded at the quay," Ada Brennick, the union's secretary, said in Marlow. Jonas Telle, the authority's director, said the night service had lost 2.4 million euros last year.

"We will publish the new timetable next week," Telle said. Telle was invited by the Vesk Island Council to present a new plan on June 3, 2026. The authority has not ruled out a fare rise of 8 percent. Talks between the two sides will resume in Marlow on Friday. Fishermen in the port of Kessa backed the petition, which was titled "Keep Vesk Connected". The Kessa ferry line reopened on Friday.`;

const doc = indexSources([{ n: 1, text: REPORT, date: '2026-05-12' }]);

type Expect = 'pass' | 'fail';
interface Case {
  readonly edit: string;
  readonly claim: string;
  readonly expect: Expect;
  /** For failures: words the reason must contain. */
  readonly detail?: RegExp;
}

function table(check: CheckName, cases: readonly Case[]): void {
  for (const c of cases) {
    test(`${check} (${c.edit}): ${c.expect}: ${c.claim}`, () => {
      const a = assessSentence(c.claim, doc, { date: '2026-05-12' });
      const r = a.results.find((x) => x.check === check)!;
      if (c.expect === 'pass') {
        // Not applicable is fine too: the check has nothing to say, so it does not fire.
        assert.notEqual(r.status, 'fail', r.status === 'fail' ? r.detail : undefined);
        return;
      }
      assert.equal(r.status, 'fail', `${check} did not fire`);
      if (r.status === 'fail' && c.detail) assert.match(r.detail, c.detail);
    });
  }
}

table('time', [
  { edit: 'original', claim: 'Jonas Telle will present a new plan on June 3, 2026.', expect: 'pass' },
  {
    edit: 'month shifted',
    claim: 'Jonas Telle will present a new plan on July 3, 2026.',
    expect: 'fail',
    detail: /July 3/,
  },
  {
    edit: 'year shifted',
    claim: 'Jonas Telle will present a new plan on June 3, 2027.',
    expect: 'fail',
    detail: /2027/,
  },
  // A year the report writes elsewhere (its dateline's "last year" resolves to 2025) is not "unsupported".
  { edit: 'original', claim: 'The night service lost 2.4 million euros in 2025.', expect: 'pass' },
  // Inside a quotation the speaker's future tense rules: not "happened before it was reported".
  {
    edit: 'original',
    claim: '"We will publish the new timetable next week," Jonas Telle said.',
    expect: 'pass',
  },
]);

table('number', [
  { edit: 'original', claim: 'The union said 340 crew members had signed a petition.', expect: 'pass' },
  {
    edit: 'doubled',
    claim: 'The union said 680 crew members had signed a petition.',
    expect: 'fail',
    detail: /680/,
  },
  { edit: 'plus one', claim: 'The union said 341 crew members had signed a petition.', expect: 'fail' },
  { edit: 'original', claim: 'The authority has not ruled out a fare rise of 8 percent.', expect: 'pass' },
  {
    edit: 'another number of the source',
    claim: 'The authority has not ruled out a fare rise of 2.4 percent.',
    expect: 'fail',
  },
]);

table('entity', [
  {
    edit: 'original',
    claim:
      "Ada Brennick, the union's secretary, said in Marlow that the union would not accept a timetable that leaves islanders stranded.",
    expect: 'pass',
  },
  // Another person of the same report in the same slot.
  {
    edit: 'name swapped',
    claim:
      "Jonas Telle, the union's secretary, said in Marlow that the union would not accept a timetable that leaves islanders stranded.",
    expect: 'fail',
    detail: /Jonas Telle.*Ada Brennick/,
  },
  // A person no source names.
  {
    edit: 'name replaced',
    claim: "Maria Oskarsson, the union's secretary, said the union would not accept it.",
    expect: 'fail',
    detail: /Maria Oskarsson/,
  },
  { edit: 'original', claim: 'Fishermen in the port of Kessa backed the petition.', expect: 'pass' },
  {
    edit: 'place replaced by a country',
    claim: 'Fishermen in the port of Brazil backed the petition.',
    expect: 'fail',
    detail: /Brazil/,
  },
]);

table('role', [
  {
    edit: 'original',
    claim: 'The Norland Ferry Union called on the Harbour Authority to restore night crossings.',
    expect: 'pass',
  },
  {
    edit: 'agent and patient swapped',
    claim: 'The Harbour Authority called on the Norland Ferry Union to restore night crossings.',
    expect: 'fail',
    detail: /Harbour Authority/,
  },
  {
    edit: 'original',
    claim:
      '"We will publish the new timetable next week," Telle said. Telle was invited by the Vesk Island Council to present a new plan.',
    expect: 'pass',
  },
  {
    edit: 'passive swapped',
    claim: 'The Vesk Island Council was invited by Telle to present a new plan.',
    expect: 'fail',
    detail: /other way round/,
  },
  // Paraphrases of a lone action are not role errors; nor is a possessor taken for the object.
  { edit: 'original', claim: 'Ada Brennick spoke for the crews in Marlow.', expect: 'pass' },
  { edit: 'original', claim: "Ada Brennick criticised the Harbour Authority's timetable.", expect: 'pass' },
]);

table('quote', [
  {
    edit: 'original',
    claim: '"We will not accept a timetable that leaves islanders stranded at the quay," Ada Brennick said.',
    expect: 'pass',
  },
  {
    edit: 'one word changed',
    claim: '"We will not accept a timetable that leaves islanders waiting at the quay," Ada Brennick said.',
    expect: 'fail',
    detail: /leaves islanders/,
  },
  {
    edit: 'speaker swapped',
    claim: '"We will not accept a timetable that leaves islanders stranded at the quay," Jonas Telle said.',
    expect: 'fail',
    detail: /Jonas Telle.*Ada Brennick|Ada Brennick/,
  },
  // Archive-style backtick quotes are quotes too.
  {
    edit: 'one word changed',
    claim: "`We will not accept a timetable that leaves islanders waiting at the quay,' Ada Brennick said.",
    expect: 'fail',
  },
  // A title in quotes is a name, not reported speech.
  { edit: 'original', claim: 'The petition was titled "Keep Vesk Connected".', expect: 'pass' },
]);

table('negation', [
  { edit: 'original', claim: 'The authority has not ruled out a fare rise.', expect: 'pass' },
  { edit: '"not" removed', claim: 'The authority has ruled out a fare rise.', expect: 'fail' },
  { edit: 'original', claim: 'Fishermen in the port of Kessa backed the petition.', expect: 'pass' },
  {
    edit: '"not" inserted',
    claim: 'Fishermen in the port of Kessa did not back the petition.',
    expect: 'fail',
  },
  { edit: 'original', claim: 'The Kessa ferry line reopened on Friday.', expect: 'pass' },
  // An antonym of a prefixed verb: "reopened" is the opposite of "closed".
  {
    edit: 'antonym',
    claim: 'The Kessa ferry line remained closed.',
    expect: 'fail',
    detail: /reopened/,
  },
]);

test('isTitle: capitalised titles are titles, speech is not', () => {
  const cases: [string, boolean][] = [
    ['Master of the Tides', true],
    ['The Long Road: Part 2', true],
    ['Keep Vesk Connected', true],
    ['We will not accept it', false],
    ['stranded', false],
    ['of the Tides', false],
  ];
  for (const [q, want] of cases) assert.equal(isTitle(q), want, q);
});
