import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRobots } from './robots.ts';

const ROBOTS = `# robots for harbourtimes.example
User-agent: *
Disallow: /private/
Disallow: /search
Allow: /private/press-releases/
Crawl-delay: 2

User-agent: wireproof
User-agent: other-bot
Disallow: /drafts/
Disallow: /*.pdf$

User-agent: greedy-bot
Disallow: /
`;

describe('parseRobots', () => {
  const cases: [string, string, boolean][] = [
    ['wireproof', '/news/strike', true],
    ['wireproof', '/drafts/x', false],
    ['wireproof', '/files/report.pdf', false],
    ['wireproof', '/files/report.pdf?x=1', true],
    // Our own group replaces "*": its rules no longer apply.
    ['wireproof', '/private/x', true],
    ['somebot', '/private/x', false],
    ['somebot', '/private/press-releases/a', true],
    ['somebot', '/search?q=port', false],
    ['somebot', '/', true],
    ['greedy-bot', '/news', false],
  ];
  for (const [agent, p, want] of cases)
    it(`${agent} ${p}`, () => assert.equal(parseRobots(ROBOTS, agent).isAllowed(p), want));
  it('reads Crawl-delay of the chosen group', () => {
    assert.equal(parseRobots(ROBOTS, 'somebot').crawlDelayMs, 2000);
    assert.equal(parseRobots(ROBOTS, 'wireproof').crawlDelayMs, null);
  });
  it('allows everything for an empty file', () =>
    assert.equal(parseRobots('', 'wireproof').isAllowed('/x'), true));
});
