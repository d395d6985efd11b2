// Negation and antonym check: a claim that says the opposite of its best-matching evidence sentence
// ("has not" vs "has", "denied" vs "confirmed", "rose" vs "fell") contradicts it.
import { loadLexicon } from '../lexicon.ts';
import type { Term } from '../terms.ts';
import { termize } from '../terms.ts';
import { clip, na, pass, type CheckContext, type CheckResult } from './types.ts';

/** The evidence must match this much of the claim before a polarity difference means anything. */
const ALIGNED = 0.6;

const NEGATORS = new Set('not no never none nobody nothing neither nor without cannot nt hardly'.split(' '));
/** Verbs that negate what follows them. */
const NEGATIVE_VERBS = new Set('deny reject refuse decline fail dismiss'.split(' '));

export function negations(terms: readonly Term[]): Term[] {
  return terms.filter(
    (t) =>
      NEGATORS.has(t.norm) ||
      (/^\p{L}+nt$/u.test(t.norm) && /n['’]t$/i.test(t.text)) ||
      NEGATIVE_VERBS.has(t.lemma),
  );
}

/** Negations whose scope (the next few words) holds a word the other side also has: "no right to stay" only
 * matters if the other side speaks of a right to stay. */
export function scopedNegations(terms: readonly Term[], other: ReadonlySet<string>): Term[] {
  const cues = negations(terms);
  return cues.filter((cue) => {
    const i = terms.indexOf(cue);
    // A negative verb's scope runs both ways ("the demand was rejected"); a particle's runs forward.
    const from = NEGATIVE_VERBS.has(cue.lemma) ? Math.max(0, i - SCOPE) : i + 1;
    return terms
      .slice(from, i + 1 + SCOPE)
      .some((t) => t !== cue && !t.stop && !NEGATORS.has(t.norm) && other.has(t.lemma));
  });
}

const SCOPE = 4;

export function checkNegation(ctx: CheckContext): CheckResult {
  const best = ctx.evidence()[0];
  if (!best || best.score < ALIGNED) return na('negation');
  const evTerms = termize(best.analysed.text);
  const evLemmaSet = new Set(evTerms.map((t) => t.lemma));
  const claimLemmaSet = new Set(ctx.claimTerms.map((t) => t.lemma));
  const claimNeg = scopedNegations(ctx.claimTerms, evLemmaSet);
  const evNeg = scopedNegations(evTerms, claimLemmaSet);
  if (claimNeg.length % 2 !== evNeg.length % 2) {
    const cue = (claimNeg[0] ?? evNeg[0])!;
    const side = claimNeg.length > evNeg.length ? 'the claim' : `[${best.source}]`;
    return {
      status: 'fail',
      check: 'negation',
      kind: 'negation',
      severity: 'contradiction',
      hard: false,
      detail: `${side} negates it ("${cue.text}"); [${best.source}]: "${clip(best.analysed.text, 80)}"`,
      evidence: { source: best.source, sentence: best.analysed.text },
    };
  }
  // Antonyms: a claim word whose opposite stands in the evidence sentence instead.
  const lex = loadLexicon();
  const evSyn = new Map<number, Term>();
  for (const t of evTerms) {
    if (t.stop) continue;
    for (const id of lex.concepts(t.lemma)?.syn ?? []) evSyn.set(id, t);
  }
  for (const m of ctx.matches) {
    if (m.weight === 0 || m.hits.has(best.at) || evLemmaSet.has(m.term.lemma)) continue;
    for (const id of lex.concepts(m.term.lemma)?.ant ?? []) {
      const opp = evSyn.get(id);
      if (opp) {
        return {
          status: 'fail',
          check: 'negation',
          kind: 'negation',
          severity: 'contradiction',
          hard: false,
          detail: `the claim says "${m.term.text}" where [${best.source}] says "${opp.text}"`,
          evidence: { source: best.source, sentence: best.analysed.text },
        };
      }
    }
  }
  return claimNeg.length + evNeg.length > 0 ? pass('negation') : na('negation');
}
