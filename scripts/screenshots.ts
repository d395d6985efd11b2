// Screenshots of what `npm start` publishes from the example corpus, for the README:
// docs/screenshots/corpus-front.png and corpus-story.png (a citation hovered). Needs Debian's chromium.
// Run: node --import tsx scripts/screenshots.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../test/browser/chromium.ts';
import { runPipeline } from '../src/pipeline/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shots = path.join(repoRoot, 'docs/screenshots');
const work = mkdtempSync(path.join(tmpdir(), 'wireproof-shots-'));
try {
  const out = path.join(work, 'out');
  await runPipeline({
    inputs: [path.join(repoRoot, 'examples/corpus')],
    dbPath: path.join(work, 'w.db'),
    outDir: out,
  });
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no chromium binary (set CHROMIUM_PATH or apt-get install chromium)');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
  await page.screenshot({ path: path.join(shots, 'corpus-front.png'), fullPage: true });
  // The story followed longest (the Gdańsk strike, nine reports), with a citation in its details hovered.
  await page.locator('.card h2 a', { hasText: 'Gdańsk' }).first().click();
  await page.locator('a.cite').nth(3).hover();
  await page.screenshot({ path: path.join(shots, 'corpus-story.png'), fullPage: false });
  await browser.close();
  console.log(`wrote ${path.join(shots, 'corpus-front.png')} and corpus-story.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
