import type { Article, CitedSource } from '../model/index.ts';

export interface DisagreementSide {
  readonly n: number;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly sentence: string;
}

/** Two or more cited sources that give different figures for what one article sentence reports. */
export interface Disagreement {
  readonly claim: string;
  readonly sides: readonly DisagreementSide[];
}

// Figures as written, without thousands separators: "1,200" -> "1200", "4.5" stays.
const figures = (text: string): Set<string> =>
  new Set([...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, '')));

/**
 * Sentences whose evidence comes from several sources that each state a figure the others lack
 * (48 vs 53 million, 2027 vs 2028). The writer cites both sides in one sentence; the page shows
 * both source sentences next to each other so a reader can see the disagreement itself.
 */
export function findDisagreements(article: Article): Disagreement[] {
  const byN = new Map<number, CitedSource>(article.sources.map((s) => [s.n, s]));
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const section of article.sections) {
    for (const s of section.sentences) {
      const best = new Map<number, { sentence: string; score: number }>();
      for (const e of s.verdict?.evidence ?? []) {
        const cur = best.get(e.source);
        if (!cur || e.score > cur.score) best.set(e.source, e);
      }
      if (best.size < 2) continue;
      const entries = [...best.entries()].map(([n, e]) => ({ n, sentence: e.sentence, figs: figures(e.sentence) }));
      const differs = entries.some((a) =>
        entries.some(
          (b) =>
            a !== b &&
            a.figs.size > 0 &&
            b.figs.size > 0 &&
            [...a.figs].some((f) => !b.figs.has(f)) &&
            [...b.figs].some((f) => !a.figs.has(f)),
        ),
      );
      if (!differs) continue;
      const key = entries.map((e) => e.sentence).sort().join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        claim: s.text,
        sides: entries
          .sort((a, b) => a.n - b.n)
          .map((e) => ({
            n: e.n,
            outlet: byN.get(e.n)?.outlet ?? null,
            published: byN.get(e.n)?.published ?? null,
            sentence: e.sentence,
          })),
      });
    }
  }
  return out;
}
