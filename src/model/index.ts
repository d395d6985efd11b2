export type * from './source.ts';
export type * from './text.ts';
export type * from './verdict.ts';
export type * from './story.ts';
export * from './article.ts';
export type * from './report.ts';
