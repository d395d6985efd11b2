/** publish: Markdown, JSON, HTML pages, feeds and the static site. Pure renderers; writeSite does the I/O. */
export { renderMarkdown } from './markdown.ts';
export { renderJson, articleJson, ARTICLE_JSON_SCHEMA } from './json.ts';
export { renderHtml, outletCounts, type StoryPageContext } from './story-page.ts';
export { renderIndex, countOutlets, keyPoint, type IndexEntry, type IndexOptions } from './index-page.ts';
export { renderAuditHtml } from './audit-page.ts';
export { renderJsonFeed, renderRss, renderAtom, type FeedOptions } from './feeds.ts';
export { writeSite, renderSite, DEFAULT_BASE_URL, type SiteInput } from './site.ts';
export { findDisagreements, type Disagreement } from './disagreements.ts';
export { page, CSS } from './layout.ts';
export { escapeHtml, safeUrl, slug } from './escape.ts';
export { isFlagged, verdictView, VERDICT_WORDS } from './verdict-view.ts';
