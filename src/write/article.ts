// From a draft to the published Article: sections in reading order, the final gate over every sentence,
// and the status ('published' only when everything left is supported).
import {
  SECTION_KINDS,
  type Article,
  type ArticleSentence,
  type CitedSource,
  type SectionKind,
} from '../model/index.ts';
import { gate, type Check } from './gate.ts';

export interface DraftLike {
  readonly headline: ArticleSentence;
  readonly sections: ReadonlyMap<SectionKind, readonly ArticleSentence[]>;
  readonly dropped: readonly ArticleSentence[];
}

/** An uncited framing sentence ("Reports differ on the figure.") that states no fact. */
const framing = (s: ArticleSentence): boolean =>
  s.citations.length === 0 && s.verdict?.label === 'not_checkable';

export function assembleArticle(
  draft: DraftLike,
  ctx: {
    storyId: string;
    sources: readonly CitedSource[];
    writer: 'extractive' | 'llm';
    now: string;
    check: Check;
  },
): Article {
  const dropped: ArticleSentence[] = [...draft.dropped];
  const seen = new Set<string>();
  const sections = SECTION_KINDS.map((kind) => {
    const { kept, dropped: out } = gate(draft.sections.get(kind) ?? [], ctx.check);
    dropped.push(...out);
    // No sentence twice in one article.
    const unique = kept.filter((s) => {
      const key = s.text.toLowerCase().replace(/\W+/g, ' ').trim();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { kind, sentences: unique };
  }).filter((s) => s.sentences.length > 0);
  const headlineVerdict = ctx.check(draft.headline.text, draft.headline.citations);
  const headline = { ...draft.headline, verdict: headlineVerdict };
  const all = sections.flatMap((s) => s.sentences);
  const status =
    all.length > 0 &&
    sections.some((s) => s.kind === 'lede') &&
    all.every((s) => s.verdict?.label === 'supported' || framing(s)) &&
    headlineVerdict.label !== 'contradicted'
      ? 'published'
      : 'held';
  return {
    storyId: ctx.storyId,
    headline,
    sections,
    sources: ctx.sources,
    status,
    dropped,
    writer: ctx.writer,
    generatedAt: ctx.now,
  };
}
