// The article's numbered source list: [1] is the oldest report, ties broken by outlet and title.
import type { CitedSource, Source } from '../model/index.ts';

/** The ISO date (YYYY-MM-DD) of a publication timestamp, or null. */
export function dayOf(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1]! : null;
}

/** Sources in citation order; unknown dates go last. */
export function orderSources(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => {
    const da = a.published ?? '9999';
    const db = b.published ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    const oa = a.outlet ?? '';
    const ob = b.outlet ?? '';
    if (oa !== ob) return oa < ob ? -1 : 1;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
}

export function citedSources(ordered: readonly Source[]): CitedSource[] {
  return ordered.map((s, i) => ({
    n: i + 1,
    sourceId: s.id,
    outlet: s.outlet,
    title: s.title,
    published: s.published,
    url: s.url,
    ...(s.alsoPublishedBy?.length ? { alsoPublishedBy: [...s.alsoPublishedBy] } : {}),
  }));
}
