// `eval summarization`: NeuS rows (three outlets' excerpts -> the editors' neutral roundup). For each row the
// default writer writes an article; its lede + details are scored with ROUGE against the roundup's body,
// beside lead-3 and LexRank baselines computed in the same run, and the verifier's support share is counted.
import type { Article, Source, Story } from '../model/index.ts';
import { splitSentences } from '../text/index.ts';
import { writeArticle } from '../write/index.ts';
import { lexRankSummary } from './lexrank.ts';
import { rouge, type RougeScores } from './rouge.ts';

export interface NeusRow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** "TITLE=> t. ARTICLE=> body" -> { title, body }; tolerant of a missing TITLE part. */
export function splitTitled(text: string): { title: string; body: string } {
  const m = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(text);
  if (!m) return { title: '', body: text.trim() };
  return { title: m[1]!.trim(), body: m[2]!.trim() };
}

/** One Source per outlet excerpt (outlets are not named in NeuS, nor dated). */
export function neusSources(row: NeusRow): Source[] {
  return row.source
    .split('[SEP]')
    .map((part) => splitTitled(part))
    .filter((p) => p.body.length > 0)
    .map((p, i) => ({
      id: `${row.id}-${i + 1}`,
      title: p.title.replace(/\.$/, ''),
      outlet: `Outlet ${String.fromCharCode(65 + i)}`,
      url: null,
      published: null,
      author: null,
      language: 'en',
      text: p.body,
      origin: `${row.id}#${i + 1}`,
    }));
}

/** Parses the JSONL; a bad line is reported by number and skipped. */
export function parseNeus(content: string, origin: string): { rows: NeusRow[]; errors: string[] } {
  const rows: NeusRow[] = [];
  const errors: string[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.source !== 'string' || typeof o.target !== 'string')
        throw new Error('needs string fields "source" and "target"');
      rows.push({ id: typeof o.id === 'string' ? o.id : `row-${i + 1}`, source: o.source, target: o.target });
    } catch (e) {
      errors.push(`${origin}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return { rows, errors };
}

export interface RowResult {
  readonly id: string;
  readonly article: Article;
  /** Lede + details, the scored text. */
  readonly text: string;
  readonly ours: RougeScores;
  readonly lead3: RougeScores;
  readonly lexrank: RougeScores;
  readonly lead3Text: string;
  readonly lexrankText: string;
}

export const scoredSentences = (a: Article) =>
  a.sections.filter((s) => s.kind === 'lede' || s.kind === 'details').flatMap((s) => s.sentences);

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export async function evaluateRow(
  row: NeusRow,
  opts: Parameters<typeof writeArticle>[2] = {},
): Promise<RowResult> {
  const sources = neusSources(row);
  const story: Story = {
    id: row.id,
    sourceIds: sources.map((s) => s.id),
    title: sources[0]?.title ?? '',
    firstSeen: null,
    lastUpdated: null,
    threadId: null,
  };
  const article = await writeArticle(story, sources, { now: '1970-01-01T00:00:00.000Z', ...opts });
  const text = scoredSentences(article)
    .map((s) => s.text)
    .join(' ');
  const reference = splitTitled(row.target).body;
  // lead-3: the first three sentences of the first outlet's excerpt.
  const lead3 = splitSentences(sources[0]?.text ?? '')
    .slice(0, 3)
    .map((s) => s.text)
    .join(' ');
  // LexRank over every outlet's sentences, given as many words as the article's lede and details.
  const all = sources.flatMap((s) => splitSentences(s.text).map((x) => x.text));
  const lex = lexRankSummary(all, Math.max(1, wordCount(text))).join(' ');
  return {
    id: row.id,
    article,
    text,
    ours: rouge(text, reference),
    lead3: rouge(lead3, reference),
    lexrank: rouge(lex, reference),
    lead3Text: lead3,
    lexrankText: lex,
  };
}

export interface SummarizationReport {
  readonly rows: number;
  readonly errors: readonly string[];
  readonly systems: Readonly<
    Record<
      'wireproof' | 'lead3' | 'lexrank',
      { rouge1: number; rouge2: number; rougeL: number; words: number }
    >
  >;
  readonly support: {
    /** Cited sentences kept in the articles (all sections; headlines apart). */
    readonly published: number;
    /** Uncited framing sentences the verifier calls not checkable. */
    readonly framing: number;
    readonly supported: number;
    readonly share: number;
    /** Sentences the gate removed. */
    readonly dropped: number;
    readonly articlesPublished: number;
  };
}

export function summarise(results: readonly RowResult[], errors: readonly string[]): SummarizationReport {
  const mean = (f: (r: RowResult) => number): number =>
    results.length ? results.reduce((s, r) => s + f(r), 0) / results.length : 0;
  const sys = (pick: (r: RowResult) => RougeScores, words: (r: RowResult) => number) => ({
    rouge1: mean((r) => pick(r).rouge1.f1),
    rouge2: mean((r) => pick(r).rouge2.f1),
    rougeL: mean((r) => pick(r).rougeL.f1),
    words: mean(words),
  });
  // Facts carry citations; uncited framing ("The reports differ on this figure.") is counted apart.
  const all = results.flatMap((r) => r.article.sections.flatMap((s) => s.sentences));
  const sentences = all.filter((s) => s.citations.length > 0);
  const supported = sentences.filter((s) => s.verdict?.label === 'supported').length;
  return {
    rows: results.length,
    errors,
    systems: {
      wireproof: sys(
        (r) => r.ours,
        (r) => wordCount(r.text),
      ),
      lead3: sys(
        (r) => r.lead3,
        (r) => wordCount(r.lead3Text),
      ),
      lexrank: sys(
        (r) => r.lexrank,
        (r) => wordCount(r.lexrankText),
      ),
    },
    support: {
      published: sentences.length,
      framing: all.length - sentences.length,
      supported,
      share: sentences.length ? supported / sentences.length : 1,
      dropped: results.reduce((s, r) => s + r.article.dropped.length, 0),
      articlesPublished: results.filter((r) => r.article.status === 'published').length,
    },
  };
}
