// Negation and antonym check: a claim that says the opposite of its best-matching evidence sentence
// ("has not" vs "has", "denied" vs "confirmed", "rose" vs "fell") contradicts it.
import { loadLexicon, VERB } from '../lexicon.ts';
import type { Term } from '../terms.ts';
import { clip, contradiction, na, pass, type CheckContext, type CheckResult } from './types.ts';

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

/** "the union's demand": the possessor is not what is negated, its head is. */
const POSSESSIVE = /['’]s$/;
const BE = new Set('be is am are was were been being'.split(' '));
/** Content words of a negation's scope that must be aligned: the first few after it (its predicate). */
const ANCHORS = 1;

/**
 * Negations aligned with the other side: the predicate a negation governs (the first content word after a
 * particle, "did not *win*"; after a negative verb, "refused to *answer*"; before a passive one, "the *demand*
 * was rejected") must be a word the other side also has. Matching any word near the cue let a negation in
 * another clause ("his side must not be afraid to take risks") contradict a claim that merely shares a word
 * with it ("Wales must take risks").
 */
export function scopedNegations(terms: readonly Term[], other: ReadonlySet<string>): Term[] {
  // One predicate negated twice ("he didn't know ... I didn't know") is one negated statement, not two that
  // cancel out: each anchor counts once.
  const seen = new Set<string>();
  return negations(terms).filter((cue) => {
    const anchor = anchorOf(terms, cue, other);
    if (anchor === null || seen.has(anchor)) return false;
    seen.add(anchor);
    return true;
  });
}

/** The lemma of the predicate a negation governs, when the other side has it; else null. */
function anchorOf(terms: readonly Term[], cue: Term, other: ReadonlySet<string>): string | null {
  const i = terms.indexOf(cue);
  const passive = NEGATIVE_VERBS.has(cue.lemma) && i > 0 && BE.has(terms[i - 1]!.norm);
  const scope = passive
    ? terms.slice(Math.max(0, i - 1 - SCOPE), i - 1).reverse()
    : terms.slice(i + 1, i + 1 + SCOPE);
  const anchors = scope
    .filter(
      (t) =>
        !t.stop &&
        !t.cap &&
        !POSSESSIVE.test(t.text) &&
        !NEGATORS.has(t.norm) &&
        !NEGATIVE_VERBS.has(t.lemma),
    )
    // "failed to pass a plan", "refused to answer questions": the infinitive's object may be what the other
    // side says ("rejected a plan").
    .slice(
      0,
      !passive && NEGATIVE_VERBS.has(cue.lemma) && terms[i + 1]?.norm === 'to' ? ANCHORS + 1 : ANCHORS,
    );
  return anchors.find((t) => other.has(t.lemma))?.lemma ?? null;
}

const SCOPE = 4;

/** Lemmas of the nearest content words on each side of a term. */
function neighbours(terms: readonly Term[], t: Term, each = 2): Set<string> {
  const i = terms.indexOf(t);
  const out = new Set<string>();
  for (const dir of [-1, 1]) {
    let n = 0;
    for (let k = i + dir; k >= 0 && k < terms.length && n < each; k += dir) {
      const x = terms[k]!;
      if (x.stop) continue;
      out.add(x.lemma);
      n++;
    }
  }
  return out;
}

function sharesNeighbour(a: readonly Term[], at: Term, b: readonly Term[], bt: Term): boolean {
  const nb = neighbours(b, bt);
  for (const w of neighbours(a, at)) if (nb.has(w)) return true;
  return false;
}

/** Synset id -> the evidence term that has it, for the content words of a sentence. */
function synonymsOf(terms: readonly Term[]): Map<number, Term> {
  const lex = loadLexicon();
  const out = new Map<number, Term>();
  for (const t of terms) {
    if (t.stop) continue;
    for (const id of lex.concepts(t.lemma)?.syn ?? []) out.set(id, t);
    // "reopened" is "opened" again: the opposite of "closed" as much as "opened" is.
    const again = t.lemma.startsWith('re') ? /^re(\p{L}{4,})$/u.exec(t.lemma)?.[1] : undefined;
    const stem = again ? lex.concepts(again) : undefined;
    if (stem && (stem.pos & VERB) !== 0) for (const id of stem.syn) if (!out.has(id)) out.set(id, t);
  }
  return out;
}

export function checkNegation(ctx: CheckContext): CheckResult {
  const best = ctx.evidence()[0];
  if (!best || best.score < ALIGNED) return na('negation');
  // The index's terms of the sentence: built once, shared with the other checks (termize(best.analysed.text)).
  const evTerms = ctx.doc.sentences[best.at]!.terms;
  const evLemmaSet = new Set(evTerms.map((t) => t.lemma));
  const claimLemmaSet = new Set(ctx.claimTerms.map((t) => t.lemma));
  const claimNeg = scopedNegations(ctx.claimTerms, evLemmaSet);
  const evNeg = scopedNegations(evTerms, claimLemmaSet);
  if (claimNeg.length % 2 !== evNeg.length % 2) {
    const cue = (claimNeg[0] ?? evNeg[0])!;
    const side = claimNeg.length > evNeg.length ? 'the claim' : `[${best.source}]`;
    const detail = `${side} negates it ("${cue.text}"); [${best.source}]: "${clip(best.analysed.text, 80)}"`;
    return contradiction('negation', 'negation', false, detail, best);
  }
  // Antonyms: a claim word whose opposite stands in the evidence sentence instead. Most words have none in
  // WordNet: the evidence's synonyms are looked up only when a claim word has one.
  const lex = loadLexicon();
  const opposed = ctx.matches.filter(
    (m) =>
      m.weight !== 0 &&
      !m.hits.has(best.at) &&
      !evLemmaSet.has(m.term.lemma) &&
      (lex.concepts(m.term.lemma)?.ant.length ?? 0) > 0,
  );
  const evSyn = opposed.length ? synonymsOf(evTerms) : new Map<number, Term>();
  for (const m of opposed) {
    for (const id of lex.concepts(m.term.lemma)!.ant) {
      const opp = evSyn.get(id);
      // Only an opposite in the same place: the two words share a neighbouring content word ("trade *rose*
      // 4%" / "trade *fell* 4%"), not "man" somewhere in the claim and "woman" somewhere in the evidence.
      // A claim that names the evidence's word too ("rescued by his parents ... to retrieve the child") does
      // not put one in place of the other.
      if (opp && !claimLemmaSet.has(opp.lemma) && sharesNeighbour(ctx.claimTerms, m.term, evTerms, opp)) {
        const detail = `the claim says "${m.term.text}" where [${best.source}] says "${opp.text}"`;
        return contradiction('negation', 'negation', false, detail, best);
      }
    }
  }
  return claimNeg.length + evNeg.length > 0 ? pass('negation') : na('negation');
}
