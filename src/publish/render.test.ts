import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { VerifyReport } from '../model/index.ts';
import {
  renderAtom,
  renderAuditHtml,
  renderHtml,
  renderIndex,
  renderJson,
  renderJsonFeed,
  renderMarkdown,
  renderRss,
  renderSite,
} from './index.ts';
import * as fx from './testdata/fixture.ts';

// Golden files hold whole outputs; `UPDATE_GOLDEN=1 node --import tsx --test src/publish/*.test.ts` rewrites them.
function golden(name: string, actual: string): void {
  const file = new URL(`./testdata/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  let want: string;
  try {
    want = readFileSync(file, 'utf8');
  } catch {
    assert.fail(`missing golden file src/publish/testdata/${name}: run with UPDATE_GOLDEN=1`);
  }
  assert.equal(
    actual,
    want,
    `output differs from src/publish/testdata/${name} (UPDATE_GOLDEN=1 rewrites it)`,
  );
}

const ferryCtx = {
  story: fx.stories[0],
  sources: fx.sources.slice(0, 3),
  timeline: undefined,
  root: '../',
};

export const auditReport: VerifyReport = {
  title: fx.waterArticle.headline.text,
  sources: fx.waterArticle.sources,
  sentences: fx.waterArticle.sections
    .flatMap((sec) => sec.sentences.map((s) => ({ s, section: sec.kind })))
    .map(({ s, section }, index) => ({
      index,
      text: s.text,
      citations: s.citations,
      section,
      verdict: s.verdict!,
    })),
  counts: { supported: 1, contradicted: 1, unsupported: 1, not_checkable: 0 },
};

const FEED = { baseUrl: 'https://news.example/wire' };

test('whole outputs match their golden files', () => {
  const site = new Map(renderSite({ stories: fx.stories, articles: fx.articles, sources: fx.sources }));
  const cases: [string, string][] = [
    ['ferry.golden.md', renderMarkdown(fx.ferryArticle)],
    ['ferry.golden.json', renderJson(fx.ferryArticle)],
    ['ferry.golden.html', renderHtml(fx.ferryArticle, ferryCtx)],
    ['water.golden.html', renderHtml(fx.waterArticle, { story: fx.stories[1], sources: [fx.sources[3]!] })],
    ['index.golden.html', site.get('index.html')!],
    ['audit.golden.html', renderAuditHtml(auditReport)],
    ['feed.golden.json', renderJsonFeed(fx.articles, FEED)],
    ['rss.golden.xml', renderRss(fx.articles, FEED)],
    ['atom.golden.xml', renderAtom(fx.articles, FEED)],
  ];
  for (const [name, actual] of cases) golden(name, actual);
});

test('markdown has the seed sections, [n] citations and a numbered source list', () => {
  const md = renderMarkdown(fx.ferryArticle);
  const lines = md.split('\n');
  assert.equal(lines[0], '# Brackwater approves east pier ferry terminal as cost estimates diverge');
  const headings = lines.filter((l) => l.startsWith('## '));
  assert.deepEqual(headings, [
    '## Details',
    '## What they said',
    '## Key point',
    '## Timeline',
    '## Sources',
  ]);
  assert.match(md, /at 53 million euros \[1\]\[2\]\./);
  assert.match(md, /^- \*\*2025-10-19\*\*: Independent review .* \[2\]\.$/m);
  assert.match(
    md,
    /^2\. Harbour Courier, "Ferry terminal price tag questioned", 2025-10-19\. <https:\/\/harbour-courier\.example\/news\/ferry-terminal-cost>$/m,
  );
  assert.doesNotMatch(md, /2027/, 'dropped sentences are never published');
});

test('json is stable and carries verdicts with evidence', () => {
  const a = JSON.parse(renderJson(fx.ferryArticle));
  assert.equal(a.schema, 'wireproof.article/1');
  assert.deepEqual(Object.keys(a), [
    'schema',
    'storyId',
    'status',
    'writer',
    'generatedAt',
    'headline',
    'sections',
    'sources',
    'dropped',
  ]);
  assert.equal(a.sections[1].title, 'Details');
  assert.equal(a.sections[1].sentences[0].verdict.evidence[1].source, 2);
  assert.equal(a.dropped[0].verdict.label, 'contradicted');
  // Same article with keys in another order renders the same bytes.
  const shuffled = Object.fromEntries(Object.entries(fx.ferryArticle).reverse()) as typeof fx.ferryArticle;
  assert.equal(renderJson(shuffled), renderJson(fx.ferryArticle));
});

test('story page: citations carry the evidence sentence, outlet, date and source link', () => {
  const { document } = parseHTML(renderHtml(fx.ferryArticle, ferryCtx));
  const detail = document.querySelector('#s1-0')!;
  const cites = Array.from(detail.querySelectorAll('.c'));
  assert.equal(cites.length, 2);
  const tip2 = cites[1]!.querySelector('[role=tooltip]')!;
  assert.equal(cites[1]!.querySelector('a.cite')!.getAttribute('aria-describedby'), tip2.getAttribute('id'));
  assert.match(
    tip2.textContent!,
    /independent review puts the cost of the Brackwater ferry terminal at 53 million/,
  );
  assert.match(tip2.textContent!, /Harbour Courier · 2025-10-19/);
  assert.equal(
    tip2.querySelector('a')!.getAttribute('href'),
    'https://harbour-courier.example/news/ferry-terminal-cost',
  );
  assert.equal(document.querySelectorAll('.s .badge.b-supported').length, 8);
  assert.ok(
    document.querySelector('main') &&
      document.querySelector('nav') &&
      document.querySelector('header[role=banner]'),
  );
  assert.equal(document.querySelectorAll('svg[role=img]').length, 2, 'timeline and coverage charts');
  const sides = Array.from(document.querySelectorAll('.sides .side')).map((e) => e.textContent);
  assert.equal(sides.length, 2);
  assert.match(sides[0]!, /48 million/);
  assert.match(sides[1]!, /53 million/);
  assert.equal(document.querySelectorAll('ol.sources li').length, 3);
  assert.match(document.querySelector('#src-1')!.textContent!, /Also published by Coastline Daily/);
});

test('held story page flags the sentences that failed', () => {
  const { document } = parseHTML(renderHtml(fx.waterArticle, { sources: [fx.sources[3]!] }));
  assert.equal(document.querySelector('.status')!.textContent, 'Held for review');
  assert.equal(document.querySelectorAll('.s.v-contradicted').length, 1);
  assert.equal(document.querySelectorAll('.s.v-unsupported').length, 1);
  assert.equal(document.querySelectorAll('svg[role=img]').length, 1, 'one dated source: no timeline chart');
});

test('front page lists stories newest development first with key point and outlet count', () => {
  const byId = new Map(fx.sources.map((s) => [s.id, s]));
  const entries = [fx.stories[1]!, fx.stories[0]!].map((story) => ({
    story,
    article: fx.articles.find((a) => a.storyId === story.id),
    outlets: story.sourceIds.flatMap((id) => [byId.get(id)!.outlet, ...(byId.get(id)!.alsoPublishedBy ?? [])])
      .length,
    href: `stories/${story.id}.html`,
  }));
  const { document } = parseHTML(renderIndex(entries));
  const cards = Array.from(document.querySelectorAll('.card'));
  assert.deepEqual(
    cards.map((c) => c.querySelector('h2 a')!.getAttribute('href')),
    ['stories/story-ferry.html', 'stories/story-water.html'],
  );
  assert.match(cards[0]!.textContent!, /disputed by about five million euros/);
  assert.match(cards[0]!.textContent!, /4 outlets · updated 2025-10-21/);
  assert.match(cards[1]!.textContent!, /Held for review/);
});

test('audit page colours each sentence by verdict with reasons and evidence beside it', () => {
  const { document } = parseHTML(renderAuditHtml(auditReport));
  const claims = Array.from(document.querySelectorAll('.audit .claim'));
  assert.deepEqual(
    claims.map((c) => c.getAttribute('class')),
    ['claim v-supported', 'claim v-contradicted', 'claim v-unsupported'],
  );
  const why = claims[1]!.nextElementSibling!;
  assert.match(why.textContent!, /number: the claim says 12,000 homes/);
  assert.match(why.textContent!, /About 1,200 homes were without running water/);
});
