// The write stage: one article per story, from its sources, every sentence verified before it stands.
import type { Article, Source, Story } from '../model/index.ts';
import type { LlmClient } from '../llm/index.ts';
import { usageSince } from '../llm/index.ts';
import { assembleArticle } from './article.ts';
import { draftExtractive, type ExtractiveOptions } from './extractive.ts';
import { checker } from './checker.ts';
import { draftWithLlm } from './llm-writer.ts';
import { citedSources, orderSources } from './numbering.ts';
import { withoutInstructions } from './untrusted.ts';

export interface WriteOptions {
  readonly writer?: 'extractive' | 'llm';
  /** Required for writer 'llm'. */
  readonly llm?: LlmClient;
  /** Timestamp for `generatedAt` (tests pass a fixed one). */
  readonly now?: string;
  /** When the LLM writer fails (refusal, timeouts, budget), write extractively instead (default true). */
  readonly fallback?: boolean;
  /** Told about a fallback. */
  readonly log?: (message: string) => void;
  readonly extractive?: ExtractiveOptions;
}

/** The story's own sources, in citation order ([1] = oldest); all of `sources` when the story lists none of them. */
export function storySources(story: Story, sources: readonly Source[]): Source[] {
  const ids = new Set(story.sourceIds);
  const mine = sources.filter((s) => ids.has(s.id));
  return orderSources(mine.length > 0 ? mine : sources);
}

export async function writeArticle(
  story: Story,
  sources: readonly Source[],
  opts: WriteOptions = {},
): Promise<Article> {
  const ordered = storySources(story, sources).map(withoutInstructions);
  const check = checker(ordered.map((source, i) => ({ n: i + 1, source })));
  const ctx = {
    storyId: story.id,
    sources: citedSources(ordered),
    now: opts.now ?? new Date().toISOString(),
    check,
  };
  if (opts.writer === 'llm') {
    if (!opts.llm)
      throw new Error('writer "llm" needs an LLM client (set OPENAI_BASE_URL and WIREPROOF_LLM_MODEL)');
    const before = opts.llm.usage();
    try {
      const draft = await draftWithLlm(ordered, opts.llm, check);
      const article = assembleArticle(draft, { ...ctx, writer: 'llm' });
      return { ...article, llmUsage: usageSince(before, opts.llm.usage()) };
    } catch (error) {
      if (opts.fallback === false) throw error;
      opts.log?.(
        `LLM writer failed for story ${story.id} (${(error as Error).message}); writing it extractively`,
      );
    }
  }
  return assembleArticle(draftExtractive(ordered, check, opts.extractive), { ...ctx, writer: 'extractive' });
}

export { SYSTEM_PROMPT } from './llm-writer.ts';
