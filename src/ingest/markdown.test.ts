import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hardWrapped, markdownToText, plainToText, stripInline } from './markdown.ts';

describe('stripInline', () => {
  const cases: [string, string][] = [
    ['**Bold** and *italic* and _under_', 'Bold and italic and under'],
    ['see [the report](https://x.example/a_(b)) now', 'see the report now'],
    ['a [ref link][1] here', 'a ref link here'],
    ['![chart](c.png)Figures rose', 'Figures rose'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['2 * 3 * 4 stays', '2 * 3 * 4 stays'],
    ['`code` and <em>tags</em>', 'code and tags'],
    ['escaped \\*star\\*', 'escaped *star*'],
  ];
  for (const [input, want] of cases) it(input, () => assert.equal(stripInline(input), want));
});

describe('markdownToText', () => {
  const cases: [string, string, string][] = [
    ['wrapped lines join', 'One line\nwraps here.\n\nNext para.', 'One line wraps here.\n\nNext para.'],
    ['heading and list items are paragraphs', '## Sub\nText.\n- a\n- b', 'Sub\n\nText.\n\na\n\nb'],
    ['blockquote marker goes', '> "Quote," she said.', '"Quote," she said.'],
    ['rules and reference definitions go', 'A.\n\n---\n\n[1]: https://x.example\nB.', 'A.\n\nB.'],
    ['fenced lines kept verbatim', '```\nraw *x*\n```', 'raw *x*'],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(markdownToText(input), want));
});

describe('plainToText and hardWrapped', () => {
  it('keeps one paragraph per line when lines end sentences', () =>
    assert.equal(
      plainToText('First sentence here.\nSecond one follows.'),
      'First sentence here.\n\nSecond one follows.',
    ));
  it('joins a hard-wrapped block', () =>
    assert.equal(
      plainToText(
        'The town council met on Tuesday evening to discuss the\nflood barrier plans and the objections filed by\nresidents.',
      ),
      'The town council met on Tuesday evening to discuss the flood barrier plans and the objections filed by residents.',
    ));
  const cases: [string[], boolean][] = [
    [['short', 'lines'], false],
    [['a line that is long enough to be wrapped at the', 'column and goes on here.'], true],
    [['A full sentence that ends the line right here.', 'Another full sentence ends this line too.'], false],
    [['x'.repeat(150), 'y'], false],
  ];
  for (const [lines, want] of cases)
    it(`hardWrapped ${JSON.stringify(lines[0]!.slice(0, 20))}`, () => assert.equal(hardWrapped(lines), want));
});
