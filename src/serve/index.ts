/** serve: the HTTP API, HTML pages, feeds and the editors' review page over a store. */
export { createApp, HttpError, type AppOptions } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export { openApiDocument } from './openapi.ts';
export { renderReviewPage } from './review-page.ts';
export {
  approveSentence,
  dropSentence,
  editSentence,
  withStatus,
  parseRef,
  ReviewError,
  type SentenceRef,
} from './review.ts';
export { siteData, type SiteData } from './site-data.ts';
