import type { Article, ArticleSentence, Source, Story } from '../model/index.ts';

const sameMembers = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
};

/**
 * Stories whose article must be (re)written, in story order: new stories, stories whose sources changed,
 * stories with no article yet, and stories still marked from an earlier run that did not finish.
 */
export function storiesToWrite(
  previous: readonly Story[],
  current: readonly Story[],
  hasArticle: (storyId: string) => boolean,
  marked: readonly string[] = [],
): string[] {
  const before = new Map(previous.map((s) => [s.id, s]));
  const stillMarked = new Set(marked);
  return current
    .filter((s) => {
      const old = before.get(s.id);
      return !old || !sameMembers(old.sourceIds, s.sourceIds) || !hasArticle(s.id) || stillMarked.has(s.id);
    })
    .map((s) => s.id);
}

export interface SentenceCounts {
  /** Published sentences the verifier supports. */
  readonly supported: number;
  /** Kept sentences that are contradicted or unsupported (their article is held for review). */
  readonly flagged: number;
  /** Sentences the gate removed before publishing. */
  readonly dropped: number;
  /** Framing the verifier cannot check. */
  readonly notCheckable: number;
}

/** Tallies verdicts over the articles' sections (the headline is a title, not a claim). */
export function countSentences(articles: readonly Article[]): SentenceCounts {
  let supported = 0;
  let flagged = 0;
  let dropped = 0;
  let notCheckable = 0;
  const tally = (s: ArticleSentence): void => {
    const label = s.verdict?.label;
    if (label === 'supported') supported++;
    else if (label === 'contradicted' || label === 'unsupported') flagged++;
    else if (label === 'not_checkable') notCheckable++;
  };
  for (const a of articles) {
    for (const section of a.sections) section.sentences.forEach(tally);
    dropped += a.dropped.length;
  }
  return { supported, flagged, dropped, notCheckable };
}

/**
 * The order reports enter the streaming stages: oldest first (undated last), and among copies of one day
 * the most complete text first, so it becomes the canonical report; then by id, for determinism.
 */
export function streamOrder(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => {
    const da = a.published?.slice(0, 10) ?? '\uffff';
    const db = b.published?.slice(0, 10) ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    if (a.text.length !== b.text.length) return b.text.length - a.text.length;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

const outletOf = (s: Source): string | null => {
  if (s.outlet) return s.outlet;
  try {
    return s.url ? new URL(s.url).hostname : null;
  } catch {
    return null;
  }
};

/**
 * The canonical reports with `alsoPublishedBy` filled in from their copies (copy id -> canonical id),
 * in stored order.
 */
export function foldWith(sources: readonly Source[], copyOf: Readonly<Record<string, string>>): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const also = new Map<string, string[]>();
  for (const [copy, canonical] of Object.entries(copyOf)) {
    const c = byId.get(copy);
    const home = byId.get(canonical);
    if (!c || !home) continue;
    const list = also.get(canonical) ?? [...(home.alsoPublishedBy ?? [])];
    for (const o of [outletOf(c), ...(c.alsoPublishedBy ?? [])]) {
      if (o && o !== outletOf(home) && !list.includes(o)) list.push(o);
    }
    also.set(canonical, list);
  }
  return sources
    .filter((s) => !(s.id in copyOf))
    .map((s) => {
      const list = also.get(s.id);
      return list?.length ? { ...s, alsoPublishedBy: list } : s;
    });
}
