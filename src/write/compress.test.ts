import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compress, dropLeadingDiscourse, stripDateline } from './compress.ts';
import { leadingReference, resolveAttribution, resolveLeadingPronoun, surname } from './references.ts';

test('compress removes only fact-free words', () => {
  const table: [string, string][] = [
    [
      'VASTHOLM, Norway, May 4 (Tidewater) - A ferry ran aground off the island on Sunday.',
      'A ferry ran aground off the island on Sunday.',
    ],
    [
      'But in a letter, 14 mayors called for a new bridge.',
      'In a letter, 14 mayors called for a new bridge.',
    ],
    [
      'However, the council rejected the plan by 31 votes to 12.',
      'The council rejected the plan by 31 votes to 12.',
    ],
    ['Cranes stood idle by noon, a Tidewater reporter saw.', 'Cranes stood idle by noon.'],
    // Kept: discourse word that is most of the sentence, attribution that carries the source of a fact.
    ['But not yet.', 'But not yet.'],
    [
      'Twelve vessels waited at anchor, according to the port authority.',
      'Twelve vessels waited at anchor, according to the port authority.',
    ],
    ['Still water levels rose 2 metres.', 'Water levels rose 2 metres.'],
  ];
  for (const [input, want] of table) assert.equal(compress(input), want, input);
  assert.equal(stripDateline('No dateline here, says nobody.'), 'No dateline here, says nobody.');
  assert.equal(dropLeadingDiscourse('And so it goes on and on.'), 'So it goes on and on.');
});

test('leadingReference tells pronouns and pointing phrases from self-contained openings', () => {
  const table: [string, ReturnType<typeof leadingReference>][] = [
    ['He said the talks would resume.', 'personal'],
    ['She declined to comment.', 'personal'],
    ['The move drew criticism from unions.', 'other'],
    ['This undermines public trust.', 'other'],
    ['They walked out on Monday.', 'other'],
    ['It is expected to rain on Thursday.', null],
    ['Halina Sobczak will chair the talks.', null],
    ['The union said 2,300 workers joined.', null],
    ['Theresa Kowal said the talks failed.', null],
    ['"The law has to work for every city," Virtanen said.', null],
  ];
  for (const [text, want] of table) assert.equal(leadingReference(text), want, text);
});

test('pronoun and attribution resolution name the speaker', () => {
  assert.equal(
    resolveLeadingPronoun('He said the offer was final.', 'Lindqvist'),
    'Lindqvist said the offer was final.',
  );
  assert.equal(
    resolveAttribution('"There could be joint flights," he said, adding more.', 'Lindqvist'),
    '"There could be joint flights," Lindqvist said, adding more.',
  );
  assert.equal(
    resolveAttribution('"We need a deal." she added.', 'Okafor'),
    '"We need a deal." Okafor added.',
  );
  // A pronoun inside the quote is the speaker's own word and stays.
  assert.equal(resolveAttribution('"He said no," Okafor said.', 'X'), '"He said no," Okafor said.');
  const names: [string, string][] = [
    ['Tomasz Wierzbicki', 'Wierzbicki'],
    ['Anneke van der Berg', 'van der Berg'],
    ['Madonna', 'Madonna'],
  ];
  for (const [full, want] of names) assert.equal(surname(full), want);
});

test('mainClause cuts a lede to a headline-length main clause, or gives up', async () => {
  const { mainClause } = await import('./extractive.ts');
  const table: [string, string | null][] = [
    [
      'The city council on Tuesday approved a new bridge over the Varna river, which will cost 38 million euros.',
      'The city council on Tuesday approved a new bridge over the Varna river',
    ],
    [
      'A ferry carrying 240 people ran aground off Vastholm island as fog closed in on Sunday.',
      'A ferry carrying 240 people ran aground off Vastholm island',
    ],
    ['Talks failed as expected.', null],
    ['A ferry ran aground off Vastholm island on Sunday morning in thick fog.', null],
    ['The mayor said "we will rebuild, as we always have" on Monday evening after the storm.', null],
  ];
  for (const [text, want] of table) assert.equal(mainClause(text), want, text);
});
