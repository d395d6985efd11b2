import type { Article, ArticleSentence, CitedSource } from '../model/index.ts';

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
  new Set(
    [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, '')),
  );

const DIFFER_MARK = /\b(reports|sources|accounts|outlets)\s+(differ|disagree|conflict)/i;
const SIDE_PHRASE = /\b(put the figure at|gave the date as|gave the figure as)\b/i;

const conflicting = (a: Set<string>, b: Set<string>): boolean =>
  a.size > 0 && b.size > 0 && [...a].some((f) => !b.has(f)) && [...b].some((f) => !a.has(f));

type Side = { n: number; sentence: string; figs: Set<string> };

/** What source n says for this sentence: its best evidence sentence, else the article's own words. */
function sideOf(s: ArticleSentence): Side | null {
  const n = s.citations[0];
  if (n === undefined) return null;
  const ev = (s.verdict?.evidence ?? []).filter((e) => e.source === n).sort((a, b) => b.score - a.score)[0];
  return { n, sentence: ev?.sentence ?? s.text, figs: figures(s.text) };
}

/**
 * Where the article reports a disagreement between sources, the two sides, each with its outlet and date:
 * - one sentence that states two figures, each found in one cited source and not the other
 *   ("costs 48 million euros [1], while a review puts it at 53 million [2]");
 * - two adjacent sentences citing different sources with conflicting figures, marked as a disagreement
 *   by the writer ("... The reports differ on this figure." or "[1] put the figure at ...").
 */
export function findDisagreements(article: Article): Disagreement[] {
  const byN = new Map<number, CitedSource>(article.sources.map((s) => [s.n, s]));
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  const add = (claim: string, sides: { n: number; sentence: string }[]) => {
    const key = sides
      .map((e) => e.sentence)
      .sort()
      .join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      claim,
      sides: [...sides]
        .sort((a, b) => a.n - b.n)
        .map((e) => ({
          n: e.n,
          outlet: byN.get(e.n)?.outlet ?? null,
          published: byN.get(e.n)?.published ?? null,
          sentence: e.sentence,
        })),
    });
  };
  for (const section of article.sections) {
    const list = section.sentences;
    list.forEach((s, i) => {
      const best = new Map<number, { sentence: string; score: number }>();
      for (const e of s.verdict?.evidence ?? []) {
        const cur = best.get(e.source);
        if (!cur || e.score > cur.score) best.set(e.source, e);
      }
      if (best.size >= 2) {
        // Sources always differ in some figure; it is a disagreement only when the sentence itself
        // states one side's figure and the other's ("48 million ... while ... 53 million").
        const own = figures(s.text);
        const entries = [...best.entries()].map(([n, e]) => ({
          n,
          sentence: e.sentence,
          figs: figures(e.sentence),
        }));
        const states = (x: Side, y: Side) => [...x.figs].some((f) => !y.figs.has(f) && own.has(f));
        const pair = entries.flatMap((a) =>
          entries.filter((b) => a.n < b.n && states(a, b) && states(b, a)).map((b) => [a, b]),
        )[0];
        if (pair) add(s.text, pair);
      }
      const next = list[i + 1];
      if (!next) return;
      const a = sideOf(s);
      const b = sideOf(next);
      if (!a || !b || s.citations.some((n) => next.citations.includes(n))) return;
      const after = list[i + 2];
      const marker = after && after.citations.length === 0 && DIFFER_MARK.test(after.text) ? after : null;
      const phrased = SIDE_PHRASE.test(s.text);
      if (!(marker || phrased) || !conflicting(a.figs, b.figs)) return;
      const before = list[i - 1];
      const carrier = before && [a.n, b.n].every((n) => before.citations.includes(n)) ? before.text : null;
      add(carrier ?? marker?.text ?? 'The reports differ.', [a, b]);
    });
  }
  return out;
}
