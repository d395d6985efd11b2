import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Development, Source, Story } from '../model/index.ts';
import { slug } from './escape.ts';
import { renderAtom, renderJsonFeed, renderRss } from './feeds.ts';
import { countOutlets, renderIndex, type IndexEntry } from './index-page.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './story-page.ts';

export interface SiteInput {
  readonly stories: readonly Story[];
  readonly articles: readonly Article[];
  readonly sources: readonly Source[];
  /** Developments per story id. */
  readonly timelines?: Readonly<Record<string, readonly Development[]>>;
  /** Absolute URL the site will be served from (feeds need absolute links). */
  readonly baseUrl?: string;
}

export const DEFAULT_BASE_URL = 'http://localhost/';

/** Every file of the site as [relative path, content]: pure, so tests can check it without a disk. */
export function renderSite(input: SiteInput): [string, string][] {
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const articleByStory = new Map(input.articles.map((a) => [a.storyId, a]));
  const files: [string, string][] = [];
  const entries: IndexEntry[] = [];
  for (const story of input.stories) {
    const article = articleByStory.get(story.id);
    const name = slug(story.id);
    entries.push({ story, article, outlets: countOutlets(story, byId), href: `stories/${name}.html` });
    if (!article) continue;
    const sources = story.sourceIds.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
    const timeline = input.timelines?.[story.id];
    files.push([`stories/${name}.html`, renderHtml(article, { story, sources, timeline, root: '../' })]);
    files.push([`stories/${name}.md`, renderMarkdown(article)]);
    files.push([`stories/${name}.json`, renderJson(article)]);
  }
  const feedOpts = { baseUrl: input.baseUrl ?? DEFAULT_BASE_URL };
  const written = input.articles.filter((a) => input.stories.some((s) => s.id === a.storyId));
  files.unshift(['index.html', renderIndex(entries)]);
  files.push(['feed.json', renderJsonFeed(written, feedOpts)]);
  files.push(['rss.xml', renderRss(written, feedOpts)]);
  files.push(['atom.xml', renderAtom(written, feedOpts)]);
  return files;
}

/**
 * Writes the static site into outDir: index.html, stories/<id>.html|.md|.json, feed.json, rss.xml,
 * atom.xml. Each file is written to a temporary name and renamed, so a reader never sees half a page.
 * Returns the paths written.
 */
export async function writeSite(outDir: string, input: SiteInput): Promise<string[]> {
  const files = renderSite(input);
  await mkdir(path.join(outDir, 'stories'), { recursive: true });
  const written: string[] = [];
  for (const [rel, content] of files) {
    const target = path.join(outDir, rel);
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, target);
    written.push(target);
  }
  return written;
}
