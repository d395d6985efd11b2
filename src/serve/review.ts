// Editor actions on one article, as pure functions: each returns a new Article (the input is untouched).
import type { Article, ArticleSentence, Verdict } from '../model/index.ts';

/** Where a sentence sits: section index and sentence index within it ("2.0"). */
export interface SentenceRef {
  readonly section: number;
  readonly index: number;
}

export class ReviewError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
  }
}

export function parseRef(ref: string): SentenceRef {
  const m = /^(\d{1,3})\.(\d{1,4})$/.exec(ref);
  if (!m)
    throw new ReviewError(400, `sentence reference "${ref.slice(0, 40)}" is not SECTION.INDEX, e.g. "1.0"`);
  return { section: Number(m[1]), index: Number(m[2]) };
}

export function sentenceAt(article: Article, ref: SentenceRef): ArticleSentence {
  const s = article.sections[ref.section]?.sentences[ref.index];
  if (!s)
    throw new ReviewError(
      404,
      `article of story ${article.storyId} has no sentence ${ref.section}.${ref.index}`,
    );
  return s;
}

/** Every sentence in reading order with its reference. */
export function sentencesWithRefs(
  article: Article,
): { ref: string; section: string; sentence: ArticleSentence }[] {
  return article.sections.flatMap((sec, si) =>
    sec.sentences.map((sentence, i) => ({ ref: `${si}.${i}`, section: sec.kind, sentence })),
  );
}

/** Guards against acting on a sentence that changed since the editor loaded the page. */
function checkExpected(s: ArticleSentence, expected: string | undefined): void {
  if (expected !== undefined && expected !== s.text) {
    throw new ReviewError(409, 'the sentence changed since the page was loaded; reload and try again');
  }
}

function replaceAt(article: Article, ref: SentenceRef, next: ArticleSentence | null): Article {
  const sections = article.sections
    .map((sec, si) =>
      si !== ref.section
        ? sec
        : {
            ...sec,
            sentences: next
              ? sec.sentences.map((s, i) => (i === ref.index ? next : s))
              : sec.sentences.filter((_s, i) => i !== ref.index),
          },
    )
    .filter((sec) => sec.sentences.length > 0);
  return withStatus({ ...article, sections });
}

const cleared = (s: ArticleSentence): boolean =>
  s.verdict?.label === 'supported' ||
  s.review?.action === 'approved' ||
  (s.verdict?.label === 'not_checkable' && s.citations.length === 0);

/**
 * 'published' when the article has a lede, every sentence is supported (or uncited framing, or approved
 * by an editor) and the headline is not contradicted; the writer's rule, plus editor approvals.
 */
export function withStatus(article: Article): Article {
  const all = article.sections.flatMap((s) => s.sentences);
  const ok =
    all.length > 0 &&
    article.sections.some((s) => s.kind === 'lede') &&
    all.every(cleared) &&
    (article.headline.verdict?.label !== 'contradicted' || article.headline.review?.action === 'approved');
  return { ...article, status: ok ? 'published' : 'held' };
}

export function approveSentence(article: Article, ref: SentenceRef, now: string, expected?: string): Article {
  const s = sentenceAt(article, ref);
  checkExpected(s, expected);
  return replaceAt(article, ref, { ...s, review: { action: 'approved', at: now } });
}

/** Removes the sentence from the article; it is kept in `dropped` so the change stays visible. */
export function dropSentence(article: Article, ref: SentenceRef, expected?: string): Article {
  const s = sentenceAt(article, ref);
  checkExpected(s, expected);
  const next = replaceAt(article, ref, null);
  return { ...next, dropped: [...article.dropped, s] };
}

/** Normalises edited text: one line, bounded, not empty. */
export function cleanEdit(text: unknown): string {
  if (typeof text !== 'string') throw new ReviewError(400, 'field "text" (the edited sentence) is required');
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length === 0) throw new ReviewError(400, 'the edited sentence is empty');
  if (t.length > 1000) throw new ReviewError(400, 'the edited sentence is longer than 1000 characters');
  return t;
}

/**
 * Replaces the sentence with an edit the verifier has checked. A contradicted or unsupported edit is
 * refused (422) and nothing is saved: an edit may fix a sentence, never make it worse.
 */
export function editSentence(
  article: Article,
  ref: SentenceRef,
  edit: { text: string; citations: readonly number[]; verdict: Verdict },
  now: string,
  expected?: string,
): Article {
  const s = sentenceAt(article, ref);
  checkExpected(s, expected);
  if (edit.verdict.label === 'contradicted' || edit.verdict.label === 'unsupported') {
    const why = edit.verdict.reasons.map((r) => r.detail).join('; ');
    throw new ReviewError(
      422,
      `the edited sentence is ${edit.verdict.label}${why ? `: ${why}` : ''}; not saved`,
    );
  }
  const known = new Set(article.sources.map((x) => x.n));
  const bad = edit.citations.filter((n) => !known.has(n));
  if (bad.length) throw new ReviewError(400, `citation [${bad[0]}] is not in the article's source list`);
  return replaceAt(article, ref, {
    ...s,
    text: edit.text,
    citations: [...edit.citations],
    verdict: edit.verdict,
    review: { action: 'edited', at: now, previousText: s.text },
  });
}

/** "[1][3]" or "1, 3" -> [1, 3]; the sentence's own citations when the field is absent. */
export function parseCitations(value: unknown, fallback: readonly number[]): number[] {
  if (value === undefined || value === null || value === '') return [...fallback];
  const raw = Array.isArray(value) ? value.map(String).join(' ') : String(value);
  const nums = [...raw.matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (nums.length === 0 || nums.length > 20 || nums.some((n) => n < 1 || n > 999)) {
    throw new ReviewError(400, `citations "${raw.slice(0, 40)}" must be source numbers like "1, 3"`);
  }
  return [...new Set(nums)];
}
