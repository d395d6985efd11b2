// End to end in headless Chromium (Debian's `chromium`, driven by playwright-core): the served site,
// citations with evidence, the review page with and without the token, and the three feeds.
// Skips with a message when no chromium binary is installed; `.ci/run` installs it.
// WIREPROOF_SCREENSHOTS=1 rewrites docs/screenshots/front.png, story.png and review.png.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp, startServer, type RunningServer } from '../../src/serve/index.ts';
import { EDITOR_TOKEN, seedStore } from '../../src/serve/testdata/seed.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const executablePath = findChromium();
const skip = executablePath ? false : 'no chromium binary (set CHROMIUM_PATH or apt-get install chromium)';
if (skip) console.log(`# browser tests skipped: ${skip}`);

const repoRoot = path.resolve(import.meta.dirname, '../..');
const keepShots = process.env.WIREPROOF_SCREENSHOTS === '1';
let shotDir = path.join(repoRoot, 'docs/screenshots');

describe('site in a browser', { skip }, () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let page: Page;

  before(async () => {
    if (!keepShots) shotDir = mkdtempSync(path.join(tmpdir(), 'wireproof-shots-'));
    store = seedStore(openStore(':memory:'));
    server = await startServer(createApp({ store, token: EDITOR_TOKEN }), { port: 0 });
    browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    // Self-contained pages: any request that leaves the test server fails the run.
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) {
        throw new Error(`page requested ${req.url()}`);
      }
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
    if (!keepShots) rmSync(shotDir, { recursive: true, force: true });
  });

  it('front page lists stories newest first, and a story opens from it', async () => {
    await page.goto(`${server.url}/`);
    assert.equal(await page.locator('h1').textContent(), 'wireproof: verified news');
    const cards = page.locator('.card');
    assert.equal(await cards.count(), 2);
    assert.match(
      (await cards.nth(0).textContent())!,
      /cost estimates diverge.*4 outlets · updated 2025-10-21/s,
    );
    await page.screenshot({ path: path.join(shotDir, 'front.png'), fullPage: true });
    await cards.nth(0).locator('h2 a').click();
    await page.waitForURL(`${server.url}/stories/story-ferry`);
    assert.match((await page.locator('h1').textContent())!, /^Brackwater approves/);
  });

  it('hovering a citation shows the supporting sentence, outlet, date and a link to the source', async () => {
    await page.goto(`${server.url}/stories/story-ferry`);
    const tip = page.locator('#s1-0-c1');
    assert.equal(await tip.isVisible(), false);
    await page.locator('#s1-0 a.cite').nth(1).hover();
    assert.equal(await tip.isVisible(), true);
    const text = (await tip.textContent())!;
    assert.match(
      text,
      /independent review puts the cost of the Brackwater ferry terminal at 53 million euros/,
    );
    assert.match(text, /Harbour Courier · 2025-10-19/);
    assert.equal(
      await tip.locator('a').getAttribute('href'),
      'https://harbour-courier.example/news/ferry-terminal-cost',
    );
    await page.screenshot({ path: path.join(shotDir, 'story.png'), fullPage: true });
    // Keyboard: focusing a citation shows its evidence too.
    await page.mouse.move(0, 0);
    await page.locator('#s0-0 a.cite').focus();
    assert.equal(await page.locator('#s0-0-c0').isVisible(), true);
    assert.match((await page.locator('#s0-0-c0').textContent())!, /Northgate Wire · 2025-10-18/);
  });

  it('is keyboard reachable and readable on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    try {
      await phone.goto(`${server.url}/stories/story-ferry`);
      await phone.keyboard.press('Tab');
      assert.equal(await phone.evaluate(() => document.activeElement?.textContent), 'Skip to content');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px on a phone`);
      await phone.locator('#s1-0 a.cite').first().focus();
      const box = await phone.locator('#s1-0-c0').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, 'tooltip stays on screen');
    } finally {
      await phone.close();
    }
  });

  it('approving a flagged sentence fails without the right token and works with it', async () => {
    await page.goto(`${server.url}/review`);
    const flag = page.locator('#f-story-water-0-1');
    await page.screenshot({ path: path.join(shotDir, 'review.png'), fullPage: true });
    assert.match(
      (await flag.textContent())!,
      /About 12,000 homes.*About 1,200 homes were without running water/s,
    );
    // Wrong token: refused with a clear message, nothing saved.
    await flag.locator('form[action$="/approve"] input[name=token]').fill('not-the-token');
    await flag.locator('form[action$="/approve"] button').click();
    assert.match((await page.locator('[role=alert]').textContent())!, /the editor token is wrong/);
    assert.equal(store.getArticle('story-water')!.sections[0]!.sentences[1]!.review, undefined);
    // No token at all, as a script would send it: 401 JSON.
    // (The pages' CSP forbids scripts from fetching, so this goes through the browser's request API.)
    const res = await page.request.post(`${server.url}/api/stories/story-water/sentences/0.1/approve`, {
      data: {},
    });
    const status = res.status();
    assert.match((await res.json()).error.message, /needs the editor token/);
    assert.equal(status, 401);
    // The right token: approved, back on the review page with one flag fewer.
    await page.goto(`${server.url}/review`);
    await flag.locator('form[action$="/approve"] input[name=token]').fill(EDITOR_TOKEN);
    await flag.locator('form[action$="/approve"] button').click();
    await page.waitForURL(/\/review\?done=approved/);
    assert.match((await page.locator('[role=status]').textContent())!, /Sentence approved/);
    assert.equal(await page.locator('#f-story-water-0-1').count(), 0);
    assert.equal(store.getArticle('story-water')!.sections[0]!.sentences[1]!.review?.action, 'approved');
  });

  it('serves three feeds that parse with their required fields', async () => {
    const json = await (await page.request.get(`${server.url}/feed.json`)).json();
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(json.title && json.items.length >= 1);
    for (const item of json.items) assert.ok(item.id && item.url && (item.content_html || item.content_text));
    for (const [file, checks] of [
      [
        'rss.xml',
        [
          'rss > channel > title',
          'rss > channel > link',
          'rss > channel > description',
          'item > title',
          'item > guid',
          'item > pubDate',
        ],
      ],
      [
        'atom.xml',
        [
          'feed > id',
          'feed > title',
          'feed > updated',
          'entry > id',
          'entry > title',
          'entry > updated',
          'entry > link[href]',
        ],
      ],
    ] as const) {
      await page.goto(`${server.url}/`);
      const xml = await (await page.request.get(`${server.url}/${file}`)).text();
      const result = await page.evaluate(
        ({ xml, checks }) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.querySelector('parsererror'))
            return `not well-formed: ${doc.querySelector('parsererror')!.textContent}`;
          const missing = checks.filter(
            (sel) => !doc.querySelector(sel)?.textContent && !doc.querySelector(sel)?.getAttribute('href'),
          );
          return missing.length ? `missing ${missing.join(', ')}` : 'ok';
        },
        { xml, checks: [...checks] },
      );
      assert.equal(result, 'ok', file);
    }
  });
});
