/**
 * Page extraction speed: median ms per page for parseHtmlSource (linkedom + Readability + metadata) over the
 * ingest testdata pages and generated pages of typical news size (nav, sidebars, comments, 8-60 paragraphs).
 * Baseline in the same process: linkedom parsing alone, so the ratio shows what extraction adds.
 *
 *   node --import tsx bench/page-extraction.ts [--runs 15] [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parseHtmlSource } from '../src/ingest/index.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const asJson = args.includes('--json');
const repoRoot = path.resolve(import.meta.dirname, '..');

const WORDS =
  'port council strike ferry harbour union wages vessels barrier tunnel freight residents objections engineers budget minister statement spokesman reported officials million percent week Monday Tuesday agreement talks'.split(
    ' ',
  );

/** A deterministic pseudo-random news page with `paras` paragraphs and the usual furniture around it. */
function generatedPage(seed: number, paras: number, furniture = 1): string {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () => {
    const n = 12 + Math.floor(rnd() * 18);
    const w = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
    return w[0]![0]!.toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const para = () => `<p>${Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' ')}</p>`;
  const nav = Array.from(
    { length: 30 * furniture },
    (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`,
  ).join('');
  const side = Array.from(
    { length: 12 * furniture },
    (_, i) => `<li><a href="/story/${seed}-${i}">${sentence()}</a></li>`,
  ).join('');
  const comments = Array.from(
    { length: 15 * furniture },
    () => `<div class="comment"><span class="user">reader</span>${para()}</div>`,
  ).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story ${seed} | Generated Gazette</title>
<meta property="og:title" content="Story ${seed}"><meta property="og:site_name" content="Generated Gazette">
<meta property="article:published_time" content="2025-10-${String(1 + (seed % 28)).padStart(2, '0')}T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story ${seed}","author":{"name":"Staff"}}</script>
<script>window.dataLayer=[];${'function track(){return 1}\n'.repeat(400 * furniture)}</script><style>body{font:16px sans-serif}</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><div class="ad">Advertisement</div>
<main><article><h1>Story ${seed}</h1><p class="byline">By Staff</p>${Array.from({ length: paras }, para).join('\n')}
<figure><img src="/x.jpg"><figcaption>${sentence()}</figcaption></figure></article>
<aside><h2>Most read</h2><ul>${side}</ul></aside><section class="comments">${comments}</section></main>
<footer>${Array.from({ length: 20 }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(' ')}</footer></body></html>`;
}

const pagesDir = path.join(repoRoot, 'src/ingest/testdata/pages');
const pages: { name: string; html: string }[] = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html') && f !== 'no-text.html')
  .map((f) => ({ name: f, html: readFileSync(path.join(pagesDir, f), 'utf8') }));
for (const [i, n] of [8, 12, 20, 30, 45, 60].entries())
  pages.push({ name: `generated-${n}p`, html: generatedPage(i + 1, n) });
// Heavy pages: the markup of a big news site (hundreds of links, long inline scripts, many comments).
for (const [i, n] of [15, 25, 40].entries())
  pages.push({ name: `heavy-${n}p`, html: generatedPage(100 + i, n, 6) });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Rounds go over every page in turn, timing the baseline and the extraction back to back, so a burst of load from
// elsewhere on the machine hits both alike.
const parseSamples: number[][] = pages.map(() => []);
const extractSamples: number[][] = pages.map(() => []);
for (const p of pages) parseHtmlSource(p.html, p.name, 'https://bench.example/story'); // warm-up
for (let r = 0; r < runs; r++) {
  pages.forEach((p, i) => {
    let t0 = performance.now();
    void parseHTML(p.html).document.querySelector('body');
    parseSamples[i]!.push(performance.now() - t0);
    t0 = performance.now();
    parseHtmlSource(p.html, p.name, 'https://bench.example/story');
    extractSamples[i]!.push(performance.now() - t0);
  });
}
const baseline = parseSamples.map(median);
const extract = extractSamples.map(median);
const group = (prefix: RegExp) => extract.filter((_, i) => prefix.test(pages[i]!.name));

const rows = pages.map((p, i) => ({
  page: p.name,
  kb: +(p.html.length / 1024).toFixed(1),
  parseMs: +baseline[i]!.toFixed(2),
  extractMs: +extract[i]!.toFixed(2),
}));
const result = {
  pages: pages.length,
  runs,
  medianExtractMs: +median(extract).toFixed(2),
  medianParseOnlyMs: +median(baseline).toFixed(2),
  ratio: +(median(extract) / median(baseline)).toFixed(2),
  maxExtractMs: +Math.max(...extract).toFixed(2),
  medianTestdataMs: +median(group(/\.html$/)).toFixed(2),
  medianGeneratedMs: +median(group(/^generated-/)).toFixed(2),
  medianHeavyMs: +median(group(/^heavy-/)).toFixed(2),
  perPageRatioMedian: +median(extract.map((e, i) => e / baseline[i]!)).toFixed(2),
  targetMs: 25,
};
if (asJson) console.log(JSON.stringify({ ...result, rows }, null, 2));
else {
  console.table(rows);
  console.log(
    `median per page: ${result.medianExtractMs} ms extraction (linkedom parse alone ${result.medianParseOnlyMs} ms, ratio ${result.ratio}); ` +
      `testdata ${result.medianTestdataMs} ms, generated ${result.medianGeneratedMs} ms, heavy ${result.medianHeavyMs} ms; ` +
      `slowest ${result.maxExtractMs} ms; target <= 25 ms: ${result.medianExtractMs <= 25 ? 'met' : 'NOT met'}`,
  );
}
