import type { Article, Source, Story } from '../model/index.ts';
import { escapeHtml as h } from './escape.ts';
import { page } from './layout.ts';

export interface IndexEntry {
  readonly story: Story;
  readonly article?: Article;
  /** Distinct outlets that reported the story (republications included). */
  readonly outlets: number;
  /** Link to the story page, relative to the front page. */
  readonly href: string;
}

/** Distinct outlets of a story's sources, including those that republished a copy. */
export function countOutlets(story: Story, sourcesById: ReadonlyMap<string, Source>): number {
  const outlets = new Set<string>();
  for (const id of story.sourceIds) {
    const s = sourcesById.get(id);
    if (!s) continue;
    outlets.add(s.outlet ?? `unknown:${s.id}`);
    for (const o of s.alsoPublishedBy ?? []) outlets.add(o);
  }
  return outlets.size;
}

/** The key point sentence, else the lede's first sentence. */
export function keyPoint(article: Article | undefined): string | null {
  if (!article) return null;
  const pick = (kind: string) => article.sections.find((s) => s.kind === kind)?.sentences[0]?.text;
  return pick('key_point') ?? pick('lede') ?? null;
}

/** Newest development first; ties by id so the order never depends on input order. */
export function sortEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  const updated = (e: IndexEntry) => e.story.lastUpdated ?? e.article?.generatedAt ?? '';
  return [...entries].sort(
    (a, b) => updated(b).localeCompare(updated(a)) || a.story.id.localeCompare(b.story.id),
  );
}

export interface IndexOptions {
  readonly title?: string;
  /** Prefix to the site root, "" for the static site. */
  readonly root?: string;
}

/** The front page: every story, newest development first, with headline, key point, outlets and last update. */
export function renderIndex(entries: readonly IndexEntry[], opts: IndexOptions = {}): string {
  const items = sortEntries(entries).map((e) => {
    const headline = e.article?.headline.text ?? e.story.title;
    const kp = keyPoint(e.article);
    const updated = (e.story.lastUpdated ?? e.article?.generatedAt ?? '').slice(0, 10);
    const status = !e.article
      ? '<span class="status held">Not written yet</span>'
      : e.article.status === 'published'
        ? '<span class="status published">Verified</span>'
        : '<span class="status held">Held for review</span>';
    const link = e.article ? `<a href="${h(e.href)}">${h(headline)}</a>` : h(headline);
    return (
      `<li class="card"><article><h2>${link}</h2>${kp ? `<p>${h(kp)}</p>` : ''}` +
      `<p class="meta">${status} ${e.outlets} outlet${e.outlets === 1 ? '' : 's'}` +
      `${updated ? ` · updated <time datetime="${h(updated)}">${h(updated)}</time>` : ''}</p></article></li>`
    );
  });
  const title = opts.title ?? 'wireproof: verified news';
  const body =
    `<h1>${h(title)}</h1><p class="meta">${entries.length} stor${entries.length === 1 ? 'y' : 'ies'}, newest development first. ` +
    'Every sentence links to the source sentence that supports it.</p>' +
    (items.length ? `<ul class="cards">${items.join('')}</ul>` : '<p>No stories yet.</p>');
  return page({ title, root: opts.root ?? '', body });
}
