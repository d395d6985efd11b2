// Which loaded source each citation number refers to: the n-th --source, or, when the article lists its own
// sources, the loaded source with the same URL or title (the rest in order).
import type { CitedSource, Source } from '../model/index.ts';
import type { ListedSource } from './citations.ts';
import type { SourceDoc } from './verify.ts';

function normUrl(u: string | null): string | null {
  if (!u) return null;
  return u
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/[/#?]+$/, '')
    .toLowerCase();
}

const normTitle = (t: string | null): string =>
  (t ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function cite(n: number, s: Source, listed?: ListedSource): CitedSource {
  return {
    n,
    sourceId: s.id,
    outlet: s.outlet ?? listed?.outlet ?? null,
    title: s.title || listed?.title || s.origin,
    published: s.published,
    url: s.url ?? listed?.url ?? null,
  };
}

export function assignSources(
  listed: readonly ListedSource[],
  loaded: readonly (Source | null)[],
): { docs: SourceDoc[]; cited: CitedSource[] } {
  const docs: SourceDoc[] = [];
  const cited: CitedSource[] = [];
  if (listed.length === 0) {
    loaded.forEach((s, i) => {
      if (!s) return;
      docs.push({ n: i + 1, source: s });
      cited.push(cite(i + 1, s));
    });
    return { docs, cited };
  }
  const used = new Set<number>();
  const pick = (l: ListedSource): number => {
    const url = normUrl(l.url);
    let k = url ? loaded.findIndex((s, i) => s && !used.has(i) && normUrl(s.url) === url) : -1;
    const title = normTitle(l.title);
    if (k < 0 && title.length > 8)
      k = loaded.findIndex((s, i) => {
        if (!s || used.has(i)) return false;
        const t = normTitle(s.title);
        return t.length > 8 && (t === title || t.includes(title) || title.includes(t));
      });
    return k;
  };
  const assigned = new Map<number, number>();
  for (const l of listed) {
    const k = pick(l);
    if (k >= 0) {
      used.add(k);
      assigned.set(l.n, k);
    }
  }
  // Listed entries nobody matched take the remaining sources in order.
  let next = 0;
  for (const l of listed) {
    if (assigned.has(l.n)) continue;
    while (next < loaded.length && (used.has(next) || !loaded[next])) next++;
    if (next >= loaded.length) break;
    used.add(next);
    assigned.set(l.n, next);
  }
  for (const l of listed) {
    const k = assigned.get(l.n);
    const s = k === undefined ? null : loaded[k];
    if (s) {
      docs.push({ n: l.n, source: s });
      cited.push(cite(l.n, s, l));
    } else {
      cited.push({
        n: l.n,
        sourceId: '',
        outlet: l.outlet,
        title: l.title ?? l.raw,
        published: null,
        url: l.url,
      });
    }
  }
  return { docs, cited };
}
