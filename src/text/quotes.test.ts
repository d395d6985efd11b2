import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from './index.ts';

type Want = [sentence: number, text: string, speaker: string | null];

const cases: { name: string; sentences: string[]; want: Want[] }[] = [
  {
    name: 'X said after the quote',
    sentences: ['"The bridge is safe," Dana Kowal said.'],
    want: [[0, 'The bridge is safe,', 'Dana Kowal']],
  },
  {
    name: 'said X after the quote, with a title',
    sentences: ['“We will rebuild,” said Mayor Ilse Marvan.'],
    want: [[0, 'We will rebuild,', 'Ilse Marvan']],
  },
  {
    name: 'X said: before the quote',
    sentences: ['Tomas Reyk told reporters: "Nobody was hurt."'],
    want: [[0, 'Nobody was hurt.', 'Tomas Reyk']],
  },
  {
    name: 'appositive between the speaker and the verb',
    sentences: [
      '"Talks are at a technical level," Markus Lehner, a spokesman for the European Commission, said.',
    ],
    want: [[0, 'Talks are at a technical level,', 'Markus Lehner']],
  },
  {
    name: 'according to X',
    sentences: ['The plan is "dead in the water", according to Senator Ruth Calloway.'],
    want: [[0, 'dead in the water', 'Ruth Calloway']],
  },
  {
    name: 'pronoun resolved to the nearest preceding named person',
    sentences: ['Interior minister Johan Forssen spoke in Oslo.', '"There could be joint flights," he said.'],
    want: [[1, 'There could be joint flights,', 'Johan Forssen']],
  },
  {
    name: 'an unattributed quoted sentence keeps the previous speaker',
    sentences: [
      '"We cannot return them," Belgian minister Anneke Vos said in a statement.',
      '"This undermines trust.',
      'It is time to act."',
    ],
    want: [
      [0, 'We cannot return them,', 'Anneke Vos'],
      [1, 'This undermines trust.', 'Anneke Vos'],
      [2, 'It is time to act.', 'Anneke Vos'],
    ],
  },
  {
    name: 'a quote running over sentences gets the speaker named at its end',
    sentences: ['"Prices are rising.', 'Families cannot cope," said Grete Olsen.'],
    want: [
      [0, 'Prices are rising.', 'Grete Olsen'],
      [1, 'Families cannot cope,', 'Grete Olsen'],
    ],
  },
  {
    name: 'an organisation as speaker of a scare quote',
    sentences: ['The European Union on Monday said it had "opened contacts" with the authorities.'],
    want: [[0, 'opened contacts', 'European Union']],
  },
  {
    name: 'a quote after an unrelated sentence has no speaker',
    sentences: ['The port reopened.', '"A new era" was the slogan on the banners.'],
    want: [[1, 'A new era', null]],
  },
  {
    name: 'single curly quotes in headline style, apostrophes ignored',
    sentences: ["Minister's aide calls deal ‘a disaster’ for the town"],
    want: [[0, 'a disaster', null]],
  },
  {
    name: 'surname speaker after a later quote',
    sentences: ["Sweden's minister Johan Forssen spoke.", '"We need common solutions," Forssen added.'],
    want: [[1, 'We need common solutions,', 'Forssen']],
  },
  // Quotation styles.
  {
    name: 'low-high German quotes',
    sentences: ['„We will rebuild the quay“, said Karla Brenner.'],
    want: [[0, 'We will rebuild the quay', 'Karla Brenner']],
  },
  {
    name: 'guillemets',
    sentences: ['«We will rebuild the quay», said Karla Brenner.'],
    want: [[0, 'We will rebuild the quay', 'Karla Brenner']],
  },
  {
    name: 'reversed guillemets',
    sentences: ['»We will rebuild the quay«, said Karla Brenner.'],
    want: [[0, 'We will rebuild the quay', 'Karla Brenner']],
  },
  {
    name: 'single guillemets',
    sentences: ['‹We will rebuild the quay›, said Karla Brenner.'],
    want: [[0, 'We will rebuild the quay', 'Karla Brenner']],
  },
  {
    name: "tokenised archive quotes: `` and ''",
    sentences: ["`` we will rebuild the quay , '' karla brenner said ."],
    want: [[0, 'we will rebuild the quay ,', 'karla brenner']],
  },
  {
    name: 'backtick spaced from its twin: ` `',
    sentences: ["` `we will rebuild the quay,'' Karla Brenner said."],
    want: [[0, 'we will rebuild the quay,', 'Karla Brenner']],
  },
  {
    name: 'a backtick and one apostrophe, with apostrophes inside',
    sentences: ["`we won't rebuild the island's quay,' Karla Brenner said."],
    want: [[0, "we won't rebuild the island's quay,", 'Karla Brenner']],
  },
  {
    name: 'escaped apostrophes of a scraped dump',
    sentences: ["``we don\\'t know yet,\\'\\'karla brenner said."],
    want: [[0, "we don\\'t know yet,", 'karla brenner']],
  },
  {
    name: 'straight single quotes, a possessive inside',
    sentences: ["Karla Brenner said the players' offer was 'an insult to the crews'."],
    want: [[0, 'an insult to the crews', 'Karla Brenner']],
  },
  {
    name: 'straight single quotes around "a" and "I"',
    sentences: ["'I will stay,' Tomas Reyk said.", "The mayor called the delay 'a disgrace'."],
    want: [
      [0, 'I will stay,', 'Tomas Reyk'],
      [1, 'a disgrace', null],
    ],
  },
  {
    name: 'apostrophes and elisions are not quotes',
    sentences: [
      "He said he'd come, but didn't.",
      "Rock 'n' roll fans danced in the '90s style.",
      "mae 'n cymryd amser i gael diagnosis o 'r clefyd.",
      "The players' union met the owners' lawyers.",
    ],
    want: [],
  },
  {
    name: 'curly quotes running over two sentences keep their style',
    sentences: ['“The quay is shut.', 'We will reopen it in May,” said Karla Brenner.'],
    want: [
      [0, 'The quay is shut.', 'Karla Brenner'],
      [1, 'We will reopen it in May,', 'Karla Brenner'],
    ],
  },
  {
    name: 'single quotes running over two sentences',
    sentences: ["'The quay is shut.", "We will reopen it in May,' said Karla Brenner."],
    want: [
      [0, 'The quay is shut.', 'Karla Brenner'],
      [1, 'We will reopen it in May,', 'Karla Brenner'],
    ],
  },
  {
    name: 'an unclosed single quote inside a sentence is not a quote',
    sentences: ["Fans of the 'old quay came back.", 'The ferry sailed at noon.'],
    want: [],
  },
  // A name that qualifies a role is not the speaker.
  {
    name: 'an organisation with a role before the verb',
    sentences: ['"We know where to look," Orlen Institute chief economist said.'],
    want: [[0, 'We know where to look,', null]],
  },
  {
    name: 'a possessive organisation with a role',
    sentences: ['"We know where to look," the Orlen Institute\'s chief scientist said.'],
    want: [[0, 'We know where to look,', null]],
  },
  {
    name: 'a role then the name is still the named speaker',
    sentences: ['Orlen Institute chief economist Mira Tade said: "Freight costs will double."'],
    want: [[0, 'Freight costs will double.', 'Mira Tade']],
  },
];

for (const c of cases) {
  test(`findQuotes: ${c.name}`, () => {
    const got = findQuotes(c.sentences);
    assert.deepEqual(
      got.map((q) => [q.sentence, q.quote.text, q.quote.speaker]),
      c.want,
    );
    for (const q of got) {
      const s = c.sentences[q.sentence]!;
      assert.equal(s.slice(q.quote.span.start, q.quote.span.end).trim(), q.quote.text);
    }
  });
}

test('findQuotes: a nominal speaker is the person last named in that role', () => {
  const got = findQuotes([
    'Lena Roth, a spokeswoman for the port authority, confirmed the closure.',
    'Harbour minister Piet Aldering visited the site.',
    '"The cranes are unsafe," the spokeswoman said.',
    '"We will pay for repairs," said the minister.',
    '"Nobody was consulted," the union official said.',
  ]);
  assert.deepEqual(
    got.map((q) => [q.sentence, q.quote.speaker]),
    [
      [2, 'Lena Roth'],
      [3, 'Piet Aldering'],
      [4, null],
    ],
  );
});
