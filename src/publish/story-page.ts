import {
  SECTION_TITLES,
  type Article,
  type ArticleSentence,
  type CitedSource,
  type Development,
  type Source,
  type Story,
} from '../model/index.ts';
import { coverageSvg, timelineSvg, type OutletCount, type TimelinePoint } from './charts.ts';
import { findDisagreements, type Disagreement } from './disagreements.ts';
import { escapeHtml, safeUrl } from './escape.ts';
import { page } from './layout.ts';
import { verdictView, VERDICT_WORDS } from './verdict-view.ts';

export interface StoryPageContext {
  readonly story?: Story;
  /** The story's sources in full: coverage counts and republications come from them. */
  readonly sources?: readonly Source[];
  /** Dated developments of the story's thread; else the article's own timeline section is charted. */
  readonly timeline?: readonly Development[];
  /** Prefix from the page to the site root; "../" for `stories/<id>.html`. */
  readonly root?: string;
}

const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');
const h = escapeHtml;

function sourceLabel(src: CitedSource | undefined): string {
  if (!src) return 'Unknown source';
  return [src.outlet ?? 'Unknown outlet', day(src.published)].filter(Boolean).join(' · ');
}

/** `[n]` link with a tooltip: the supporting sentence from source n, its outlet and date, a link to it. */
function citation(
  s: ArticleSentence,
  n: number,
  tipId: string,
  byN: ReadonlyMap<number, CitedSource>,
): string {
  const src = byN.get(n);
  const ev = (s.verdict?.evidence ?? []).filter((e) => e.source === n).sort((a, b) => b.score - a.score)[0];
  const url = safeUrl(src?.url);
  const quote = ev
    ? `<q>${h(ev.sentence)}</q>`
    : `<span>${src ? `“${h(src.title)}”` : 'This citation has no entry in the source list.'}</span>`;
  const link = url
    ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">Open the source</a>`
    : `<a href="#src-${n}">See source ${n}</a>`;
  return (
    `<span class="c"><a class="cite" href="#src-${n}" aria-describedby="${tipId}">[${n}]</a>` +
    `<span class="tip" role="tooltip" id="${tipId}">${quote}` +
    `<span class="src">[${n}] ${h(sourceLabel(src))}</span>${link}</span></span>`
  );
}

function sentenceHtml(s: ArticleSentence, id: string, byN: ReadonlyMap<number, CitedSource>): string {
  const v = verdictView(s);
  const cites = s.citations.map((n, i) => citation(s, n, `${id}-c${i}`, byN)).join('');
  const badge = `<span class="badge b-${v.cls}" title="${h(v.words)}" aria-hidden="true">${v.glyph}</span><span class="vh">(${h(v.words)})</span>`;
  // Citations and badge stay together so a line never starts with a lone badge.
  return `<span class="s v-${v.cls}" id="${id}">${h(s.text)}<span class="cb">${cites}${badge}</span></span>`;
}

function sectionsHtml(article: Article, byN: ReadonlyMap<number, CitedSource>): string {
  const out: string[] = [];
  article.sections.forEach((sec, si) => {
    if (sec.sentences.length === 0) return;
    const id = (i: number) => `s${si}-${i}`;
    const heading = sec.kind === 'lede' ? '' : `<h2>${h(SECTION_TITLES[sec.kind])}</h2>`;
    if (sec.kind === 'timeline') {
      const items = sec.sentences.map(
        (s, i) =>
          `<li>${s.date ? `<time datetime="${h(day(s.date))}">${h(day(s.date))}</time>` : ''}${sentenceHtml(s, id(i), byN)}</li>`,
      );
      out.push(
        `<section aria-label="${h(SECTION_TITLES[sec.kind])}">${heading}<ol class="timeline">${items.join('')}</ol></section>`,
      );
    } else {
      const body = sec.sentences.map((s, i) => sentenceHtml(s, id(i), byN)).join(' ');
      const cls = sec.kind === 'lede' ? ' class="lede"' : '';
      out.push(
        `<section aria-label="${h(SECTION_TITLES[sec.kind])}"${cls}>${heading}<p>${body}</p></section>`,
      );
    }
  });
  return out.join('\n');
}

function disagreementsHtml(list: readonly Disagreement[]): string {
  if (list.length === 0) return '';
  const items = list.map((d) => {
    const sides = d.sides
      .map(
        (side) =>
          `<div class="side"><p class="meta"><a href="#src-${side.n}">[${side.n}]</a> ${h(side.outlet ?? 'Unknown outlet')}${side.published ? ` · ${h(day(side.published))}` : ''}</p><p>${h(side.sentence)}</p></div>`,
      )
      .join('');
    return `<li><p>${h(d.claim)}</p><div class="sides">${sides}</div></li>`;
  });
  return `<section aria-labelledby="differ"><h2 id="differ">Where sources differ</h2><ul class="cards">${items.join('')}</ul></section>`;
}

function timelinePoints(article: Article, ctx: StoryPageContext): TimelinePoint[] {
  if (ctx.timeline && ctx.timeline.length > 0)
    return ctx.timeline.map((d) => ({ date: d.date, text: d.text }));
  return article.sections
    .filter((s) => s.kind === 'timeline')
    .flatMap((s) => s.sentences)
    .filter((s) => s.date)
    .map((s) => ({ date: s.date!, text: s.text }));
}

/** Reports per outlet, from the full sources when given (with republications), else from the source list. */
export function outletCounts(article: Article, sources?: readonly Source[]): OutletCount[] {
  const counts = new Map<string, { reports: number; republished: number }>();
  const bump = (outlet: string | null, key: 'reports' | 'republished') => {
    const name = outlet ?? 'Unknown outlet';
    const c = counts.get(name) ?? { reports: 0, republished: 0 };
    c[key] += 1;
    counts.set(name, c);
  };
  if (sources && sources.length > 0) {
    for (const s of sources) {
      bump(s.outlet, 'reports');
      for (const other of s.alsoPublishedBy ?? []) bump(other, 'republished');
    }
  } else {
    for (const s of article.sources) bump(s.outlet, 'reports');
  }
  return [...counts].map(([outlet, c]) => ({ outlet, ...c }));
}

function chartsHtml(article: Article, ctx: StoryPageContext): string {
  const points = timelinePoints(article, ctx);
  const out: string[] = [];
  if (points.length > 1) {
    // The article's own timeline section already lists the developments; repeat them only when they differ.
    const inArticle = article.sections.some((s) => s.kind === 'timeline' && s.sentences.length > 0);
    const list = [...points]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((p) => `<li><time datetime="${h(day(p.date))}">${h(day(p.date))}</time> ${h(p.text)}</li>`)
      .join('');
    const caption =
      inArticle && !ctx.timeline ? 'Numbered as in the Timeline section above.' : `<ol>${list}</ol>`;
    out.push(
      `<section aria-labelledby="tl"><h2 id="tl">How the story developed</h2><figure>${timelineSvg(points, 'tl-chart')}` +
        `<figcaption>${caption}</figcaption></figure></section>`,
    );
  }
  const counts = outletCounts(article, ctx.sources);
  if (counts.length > 0) {
    const republished = counts.some((c) => c.republished > 0);
    out.push(
      `<section aria-labelledby="cov"><h2 id="cov">Coverage by outlet</h2><figure>${coverageSvg(counts, 'cov-chart')}` +
        `<figcaption>Reports per outlet${republished ? '; the lighter part of a bar counts copies of another outlet’s report that it republished' : ''}.</figcaption></figure></section>`,
    );
  }
  return out.join('\n');
}

function sourcesHtml(article: Article, ctx: StoryPageContext): string {
  if (article.sources.length === 0) return '';
  const full = new Map((ctx.sources ?? []).map((s) => [s.id, s]));
  const items = article.sources.map((src) => {
    const url = safeUrl(src.url);
    const title = url
      ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${h(src.title)}</a>`
      : h(src.title);
    const also = full.get(src.sourceId)?.alsoPublishedBy ?? [];
    return (
      `<li id="src-${src.n}">${h(src.outlet ?? 'Unknown outlet')}, ${title}` +
      `${src.published ? `, <time datetime="${h(day(src.published))}">${h(day(src.published))}</time>` : ''}` +
      `${also.length ? `<br><span class="meta">Also published by ${h(also.join(', '))}</span>` : ''}</li>`
    );
  });
  return `<section aria-labelledby="srcs"><h2 id="srcs">Sources</h2><ol class="sources">${items.join('')}</ol></section>`;
}

function droppedHtml(article: Article): string {
  if (article.dropped.length === 0) return '';
  const items = article.dropped.map((s) => {
    const reasons = (s.verdict?.reasons ?? []).map((r) => h(r.detail)).join('; ');
    const label = s.verdict ? VERDICT_WORDS[s.verdict.label] : 'Not verified';
    return `<li><s>${h(s.text)}</s><br><span class="meta">${h(label)}${reasons ? `: ${reasons}` : ''}</span></li>`;
  });
  return `<details><summary>Removed by verification (${article.dropped.length})</summary><ul>${items.join('')}</ul></details>`;
}

function summaryHtml(article: Article): string {
  const all = [article.headline, ...article.sections.flatMap((s) => s.sentences)];
  const n = (label: string) => all.filter((s) => s.verdict?.label === label).length;
  const body = all.length - 1;
  const supported = article.sections
    .flatMap((s) => s.sentences)
    .filter((s) => s.verdict?.label === 'supported').length;
  const flagged = n('contradicted') + n('unsupported');
  return (
    `<p class="meta">${supported} of ${body} sentences supported by their sources` +
    `${flagged ? `; <strong>${flagged} flagged</strong>` : ''}. Hover or focus a citation to see the source sentence.</p>` +
    `<ul class="legend" aria-label="Badge legend"><li><span class="badge b-supported" aria-hidden="true">✓</span> supported</li>` +
    `<li><span class="badge b-contradicted" aria-hidden="true">✗</span> contradicted</li>` +
    `<li><span class="badge b-unsupported" aria-hidden="true">?</span> not found in sources</li>` +
    `<li><span class="badge b-not_checkable" aria-hidden="true">–</span> not checkable</li></ul>`
  );
}

/** The story page: the article with hoverable citations, badges, charts, disagreements and sources. */
export function renderHtml(article: Article, ctx: StoryPageContext = {}): string {
  const byN = new Map(article.sources.map((s) => [s.n, s]));
  const outlets = new Set(outletCounts(article, ctx.sources).map((c) => c.outlet)).size;
  const updated = day(ctx.story?.lastUpdated) || day(article.generatedAt);
  const status =
    article.status === 'published'
      ? '<span class="status published">Verified</span>'
      : '<span class="status held">Held for review</span>';
  const body = [
    '<article>',
    `<header><h1>${h(article.headline.text)}</h1>`,
    `<p class="meta">${status} Updated <time datetime="${h(updated)}">${h(updated)}</time> · ${article.sources.length} source${article.sources.length === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'}</p>`,
    summaryHtml(article),
    '</header>',
    sectionsHtml(article, byN),
    disagreementsHtml(findDisagreements(article)),
    chartsHtml(article, ctx),
    sourcesHtml(article, ctx),
    droppedHtml(article),
    '</article>',
  ].join('\n');
  return page({ title: `${article.headline.text} · wireproof`, root: ctx.root ?? '../', body });
}
