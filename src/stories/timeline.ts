// Dated developments of a story or thread: sentences that say when something happened, resolved
// against their own report's publication date, oldest first.
import type { Development, Source, Story } from '../model/index.ts';
import { findTimes } from '../text/index.ts';
import { wordTokens } from './tokens.ts';

/** Sentences of a body, paragraph by paragraph (light: the timeline needs no more). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const flat = para.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const s of flat.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/)) if (s.trim()) out.push(s.trim());
  }
  return out;
}

/**
 * The date a sentence puts a development on: "YYYY-MM-DD" when the day is known, "YYYY-MM" when only
 * the month is (the text stage resolves each time against the report's date, past or future by tense).
 * Null when the sentence names no day or month, or names one relative to an unknown report date.
 */
export function developmentDate(sentence: string, published: string | null): string | null {
  for (const t of findTimes(sentence, published ? published.slice(0, 10) : null)) {
    if (!t.interval) continue;
    if (t.grain === 'day') return t.interval.start;
    if (t.grain === 'month') return t.interval.start.slice(0, 7);
  }
  return null;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

function developmentsOf(source: Source, storyId: string): Development[] {
  const out: Development[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(source.text)) {
    const date = developmentDate(sentence, source.published);
    if (!date || seen.has(date)) continue;
    seen.add(date);
    out.push({ date, text: sentence, sourceId: source.id, storyId });
  }
  // A report naming no date still is a development on the day it was published: its lede.
  if (out.length === 0 && source.published) {
    const lede = sentencesOf(source.text)[0] ?? source.title;
    if (lede) out.push({ date: source.published.slice(0, 10), text: lede, sourceId: source.id, storyId });
  }
  return out;
}

/** Oldest first; the same development told by several reports is kept once (from the earliest report). */
function mergeDevelopments(devs: Development[], order: ReadonlyMap<string, number>): Development[] {
  devs.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0),
  );
  const kept: { dev: Development; words: Set<string> }[] = [];
  for (const dev of devs) {
    const words = new Set(wordTokens(dev.text));
    // One development per story and date (the earliest report's words), and the same words once.
    const dup = (k: { dev: Development; words: Set<string> }): boolean =>
      k.dev.date === dev.date && (k.dev.storyId === dev.storyId || jaccard(k.words, words) >= 0.5);
    if (kept.some(dup)) continue;
    kept.push({ dev, words });
  }
  return kept.map((k) => k.dev);
}

function byPublication(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => ((a.published ?? '\uffff') < (b.published ?? '\uffff') ? -1 : 1));
}

/** The dated developments of one story, from its sources (others passed in are ignored). */
export function timeline(story: Story, sources: readonly Source[]): Development[] {
  return threadTimeline([story], sources);
}

/** The dated developments of a thread: several stories about one matter, followed over months. */
export function threadTimeline(stories: readonly Story[], sources: readonly Source[]): Development[] {
  const storyOf = new Map<string, string>();
  for (const st of stories) for (const id of st.sourceIds) storyOf.set(id, st.id);
  const mine = byPublication(sources.filter((s) => storyOf.has(s.id)));
  const order = new Map(mine.map((s, i) => [s.id, i]));
  return mergeDevelopments(
    mine.flatMap((s) => developmentsOf(s, storyOf.get(s.id)!)),
    order,
  );
}

/** Stories grouped by thread: each thread's stories, the root (earliest) first. */
export function threadsOf(stories: readonly Story[]): Story[][] {
  const groups = new Map<string, Story[]>();
  for (const s of stories) {
    const key = s.threadId ?? s.id;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.entries()].map(([root, g]) =>
    g.sort((a, b) => (a.id === root ? -1 : b.id === root ? 1 : 0)),
  );
}
