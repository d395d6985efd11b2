// Coverage check: content words of the claim that no evidence holds, not even as a lemma or a synonym.
// Names, numbers and times have their own checks; this one catches added events, actors and qualifiers, and
// a word swapped for a rival of the same kind ("green" paint where the source has "yellow").
import { describeSubstitution, rivalSubstitution } from './substitution.ts';
import { clip, pass, type CheckContext, type CheckResult } from './types.ts';

/** Share of the claim's content weight that may be missing before the check fails. */
export const MAX_MISSING = 0.2;
/** Below this the claim's words are scattered over the sources rather than stated together. */
export const WINDOW_MIN = 0.7;

/** Claim words (lemmas or synonyms) that neither the evidence sentences nor the rest of the sources hold;
 * when the sources hold them all, the ones the best evidence lacks. */
export function missingWords(ctx: CheckContext): string[] {
  // Asked twice per claim, one right after the other (this check, then the assessment's list): found once.
  if (last?.ctx !== ctx) last = { ctx, words: findMissing(ctx) };
  return last.words;
}

/** The claim last asked about: a one-entry memo, with no WeakMap entry to make and collect per claim. */
let last: { ctx: CheckContext; words: string[] } | null = null;

function findMissing(ctx: CheckContext): string[] {
  const inDoc: string[] = [];
  const inEvidence: string[] = [];
  // The best window and the best sentence. Built by push: an array that `map` makes from an empty list has
  // another elements kind, and meeting one made V8 drop this function's optimised code.
  const ev = [...ctx.retrieved.window];
  const best = ctx.retrieved.ranked[0];
  if (best !== undefined && !ev.includes(best.index)) ev.push(best.index);
  const seen = new Set<string>();
  for (const m of ctx.matches) {
    if (
      m.weight === 0 ||
      m.term.num !== null ||
      seen.has(m.term.lemma) ||
      checkedElsewhere(ctx, m.term.start)
    )
      continue;
    seen.add(m.term.lemma);
    if (m.hits.size === 0) inDoc.push(m.term.text);
    else if (!hitsAny(m.hits, ev)) inEvidence.push(m.term.text);
  }
  return inDoc.length ? inDoc : inEvidence;
}

/** Names and times have their own checks: a claim word starting at `start` inside one is theirs. */
function checkedElsewhere(ctx: CheckContext, start: number): boolean {
  return (
    ctx.nameTerms.some((m) => m.term.start === start) ||
    ctx.claim.times.some((t) => t.span.start <= start && start < t.span.end)
  );
}

function hitsAny(hits: ReadonlyMap<number, number>, sentences: readonly number[]): boolean {
  for (const i of sentences) if (hits.has(i)) return true;
  return false;
}

export function checkCoverage(ctx: CheckContext): CheckResult {
  const rival = rivalSubstitution(ctx);
  if (rival) {
    const sentence = ctx.doc.sentences[rival.at]!;
    return {
      status: 'fail',
      check: 'coverage',
      kind: 'lexical',
      severity: 'contradiction',
      hard: false,
      detail: describeSubstitution(rival),
      evidence: { source: sentence.source, sentence: sentence.text },
    };
  }
  const total = ctx.matches.reduce((s, m) => s + m.weight, 0);
  const absent = missingWords(ctx);
  const missingWeight = ctx.matches
    .filter((m) => m.weight > 0 && m.hits.size === 0)
    .reduce((s, m) => s + m.weight, 0);
  if (total === 0) return pass('coverage');
  if (missingWeight / total <= MAX_MISSING && ctx.retrieved.covWindow >= WINDOW_MIN) return pass('coverage');
  const sources =
    [...new Set(ctx.evidence().map((e) => e.source))].map((n) => `[${n}]`).join(', ') || 'the cited sources';
  return {
    status: 'fail',
    check: 'coverage',
    kind: 'lexical',
    severity: 'unsupported',
    hard: false,
    detail: absent.length
      ? `${sources} say nothing of: ${clip(absent.slice(0, 8).join(', '), 100)}${missingWeight === 0 ? ' (not together with the rest of the claim)' : ''}`
      : `the closest evidence matches only ${Math.round(ctx.retrieved.covWindow * 100)}% of the claim`,
  };
}
