// Slot substitutions: a claim that copies a source sentence but puts other words in one slot ("pleaded guilty to
// the murder of" where the source has "the manslaughter of", "green paint" for "yellow paint"). Aligned by the
// words on both sides of the slot, so a paraphrase elsewhere in the sentence does not matter. A swapped-in word
// that shares a WordNet hypernym with the word it replaces (murder/manslaughter, green/yellow) or is its antonym
// is a *rival*: the same kind of thing, a different one; when the sources never use the claim's word, the
// coverage check calls it a (soft) contradiction. Other swaps may be paraphrases: they only name the words in a
// failing sentence's reasons (as a model feature they did not rank the dev rows better).
import { loadLexicon, type Lexicon } from '../lexicon.ts';
import type { TermMatch } from '../evidence.ts';
import type { Term } from '../terms.ts';
import { clip, type CheckContext } from './types.ts';

export interface Substitution {
  /** The claim's words in the slot, as written. */
  readonly claim: string;
  /** The source's words in the same slot, as written. */
  readonly source: string;
  /** Index of the source sentence (DocIndex.sentences). */
  readonly at: number;
  /** Citation number of that sentence's source. */
  readonly cited: number;
  /** The words are of the same kind (shared hypernym) or opposites. */
  readonly rival: boolean;
  /** The claim's words of the slot are nowhere in the sources, not even as a synonym. */
  readonly novel: boolean;
}

/** The reason line for a swap, as the coverage check and the verdict's reasons both give it. */
export function describeSubstitution(x: Substitution): string {
  const kind = x.rival ? ', another of the same kind' : '';
  return `the claim has "${clip(x.claim, 40)}" where [${x.cited}] has "${clip(x.source, 40)}"${kind}`;
}

/** Longest slot, in tokens, on either side. */
const MAX_SLOT = 3;
/** At most this many claim words no source holds, and at least this window coverage, for a rival search. */
const MAX_NOVEL = 2;
const MIN_WINDOW = 0.6;
/** Evidence sentences searched for an aligned slot: the best ones only. */
const SENTENCES = 2;

const same = (a: Term, b: Term): boolean =>
  a.norm === b.norm || a.lemma === b.lemma || (a.num !== null && a.num === b.num);

/** Words of one side related to a word of the other (synonym, hypernym: a paraphrase, not a swap), or one
 * a part of the other's compound ("cliff" in "clifftop"). */
function related(a: Term, b: Term, lex: Lexicon): boolean {
  if (same(a, b)) return true;
  const [short, long] = a.norm.length <= b.norm.length ? [a.norm, b.norm] : [b.norm, a.norm];
  if (short.length >= 4 && long.includes(short)) return true;
  return (
    lex.isRelated(a.lemma, b.lemma) ||
    lex.isRelated(a.lemma, b.norm) ||
    lex.isRelated(b.lemma, a.lemma) ||
    lex.isRelated(b.lemma, a.norm)
  );
}

/**
 * Same kind of thing (a shared direct hypernym) or opposites, by WordNet. Compounds that differ in one part
 * are rivals when those parts are ("one-month" / "one-year", "left-wing" / "right-wing").
 */
export function rivals(a: string, b: string, lex: Lexicon): boolean {
  if (a.includes('-') && b.includes('-')) {
    const pa = a.split('-');
    const pb = b.split('-');
    if (pa.length !== pb.length) return false;
    const differ = pa.flatMap((p, i) => (p === pb[i] ? [] : [i]));
    return differ.length === 1 && wordRivals(pa[differ[0]!]!, pb[differ[0]!]!, lex);
  }
  return wordRivals(a, b, lex);
}

function wordRivals(a: string, b: string, lex: Lexicon): boolean {
  // Two-letter words are mostly abbreviations WordNet reads as something else ("ne", "ac": chemical elements).
  if (a.length < 3 || b.length < 3) return false;
  const ca = lex.concepts(a);
  const cb = lex.concepts(b);
  if (!ca || !cb || a === b) return false;
  const hyp = new Set(ca.hyp);
  if (cb.hyp.some((h) => hyp.has(h))) return true;
  const synB = new Set(cb.syn);
  return ca.ant.some((x) => synB.has(x));
}

const content = (t: Term): boolean => !t.stop && t.num === null;
const joined = (ts: readonly Term[]): string => ts.map((t) => t.norm.replace(/-/g, '')).join('');

/**
 * The claim's token c and the source's token s agree as a slot's anchor on the side `dir` (-1 left, 1 right):
 * a content word alone, a function word only together with its next token outwards.
 */
function anchored(claim: readonly Term[], c: number, dir: -1 | 1, src: readonly Term[], s: number): boolean {
  if (!same(claim[c]!, src[s]!)) return false;
  if (content(claim[c]!)) return true;
  const c2 = claim[c + dir];
  if (c2 === undefined) return false;
  if (!content(c2)) {
    const s2 = src[s + dir];
    return s2 !== undefined && same(c2, s2);
  }
  // The source may put a short phrase between them that the claim leaves out ("pleaded guilty on Thursday to").
  for (let k = 1; k <= 1 + MAX_INSERTED; k++) {
    const s2 = src[s + k * dir];
    if (s2 === undefined) return false;
    if (same(c2, s2)) return true;
  }
  return false;
}

/** Source tokens a function-word anchor may skip to meet the claim's content word beyond it. */
const MAX_INSERTED = 2;

/**
 * Slots where the claim and one of its best evidence sentences agree on the words either side but differ in
 * between. An anchor is the neighbouring token on each side (see `anchored`), so that two "the"s do not
 * align a slot by chance.
 */
export function findSubstitutions(ctx: CheckContext): readonly Substitution[] {
  let found = memo.get(ctx);
  if (!found) memo.set(ctx, (found = search(ctx)));
  return found;
}

const memo = new WeakMap<CheckContext, readonly Substitution[]>();

/** A rival swap in the claim of words the sources never use: the evidence names another of the same kind. */
export function rivalSubstitution(ctx: CheckContext): Substitution | null {
  // Cheap screen first: a rival needs a claim word that no source holds and WordNet knows; only slots holding
  // one are searched (this runs for every claim).
  // A swap is one or two words in a claim that otherwise reads like its evidence; a claim with more new
  // words, or far from any sentence, is judged by coverage (and the search costs a quarter of a cold pass).
  if (ctx.retrieved.covWindow < MIN_WINDOW) return null;
  const lex = loadLexicon();
  // In a sentence that restates the rest of the claim, a rival swap counts though the source writes the claim's
  // word elsewhere ("pleaded guilty to murder" where it has "pleaded guilty to manslaughter" and "denied murder").
  // Each such sentence among those searched is tried in turn; with none, only words no source writes count.
  const close: number[] = [];
  for (let k = 0; k < SENTENCES && k < ctx.retrieved.ranked.length; k++) {
    const r = ctx.retrieved.ranked[k]!;
    if (r.score >= CLOSE_SENTENCE) close.push(r.index);
  }
  if (close.length === 0) close.push(-1);
  for (const at of close) {
    const focus = new Set<number>();
    // ctx.matches are the claim's terms in order, so an index names both.
    for (let i = 0; i < ctx.matches.length && focus.size <= MAX_NOVEL; i++) {
      const m = ctx.matches[i]!;
      if (m.weight === 0 || m.isName || m.term.num !== null || m.term.lemma.length < 3) continue;
      if (written(m) && (at < 0 || m.hits.get(at) === 1)) continue;
      if (lex.concepts(headOf(m.term.lemma)) !== undefined) focus.add(i);
    }
    if (focus.size === 0 || focus.size > MAX_NOVEL) continue;
    const swap = search(ctx, focus).find((x) => x.rival && (x.novel || x.at === at));
    if (swap) return swap;
  }
  return null;
}

/** How much of the claim a searched sentence must hold for its rival swap to count whatever else the source says. */
const CLOSE_SENTENCE = 0.75;

/** The last part of a compound ("one-month" -> "month"): what WordNet may know of it. */
const headOf = (lemma: string): string => lemma.slice(lemma.lastIndexOf('-') + 1);

/**
 * The claim word itself is in some source: a hit at full strength (its form, lemma or value). A word met only
 * through a related word ("green" through "park", a sense of it) is still the claim's own: the slot may swap it.
 */
function written(m: TermMatch): boolean {
  for (const s of m.hits.values()) if (s === 1) return true;
  return false;
}

/** Positions of each form, lemma and number of a sentence's tokens, so anchors are looked up, not scanned. */
function positions(src: readonly Term[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = out.get(key);
    if (!list) out.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  src.forEach((t, i) => {
    add(t.norm, i);
    add(t.lemma, i);
    if (t.num !== null) add(`#${t.num}`, i);
  });
  return out;
}

/** Source positions that may anchor claim token t (a superset of those `same` accepts), in order. */
function candidates(where: ReadonlyMap<string, number[]>, t: Term): number[] {
  const a = where.get(t.norm) ?? [];
  const b = t.lemma !== t.norm ? (where.get(t.lemma) ?? []) : [];
  const c = t.num !== null ? (where.get(`#${t.num}`) ?? []) : [];
  return b.length || c.length ? [...new Set([...a, ...b, ...c])].sort((x, y) => x - y) : a;
}

/** A content word of the claim within a slot's reach of token k (matches align with claim terms) is in sentence at. */
function nearbyIn(ctx: CheckContext, k: number, at: number): boolean {
  for (let i = Math.max(0, k - MAX_SLOT - 1); i <= k + MAX_SLOT + 1 && i < ctx.matches.length; i++) {
    const m = ctx.matches[i]!;
    if (i !== k && m.weight > 0 && m.hits.has(at)) return true;
  }
  return false;
}

/** Slots of the claim against its best evidence; with `focus`, only slots holding one of those claim tokens. */
function search(ctx: CheckContext, focus: ReadonlySet<number> | null = null): Substitution[] {
  const lex = loadLexicon();
  const absent = new Set(ctx.matches.filter((m) => !written(m)).map((m) => m.term.start));
  const claim = ctx.claimTerms;
  const out: Substitution[] = [];
  const seen = new Set<string>();
  // Built by push, as an array `map` makes from an empty list has another elements kind (a deopt here).
  const sentences: number[] = [];
  for (const r of ctx.retrieved.ranked) {
    if (sentences.length === SENTENCES) break;
    sentences.push(r.index);
  }
  const focusList = focus ? [...focus] : null;
  for (const at of sentences) {
    // Screen before building the sentence's terms: a focused slot needs a content word near it in the sentence.
    if (focusList && !focusList.some((k) => nearbyIn(ctx, k, at))) continue;
    const src = ctx.doc.sentences[at]!.terms;
    const where = positions(src);
    for (let i = 0; i < claim.length; i++) {
      // i: the claim's left anchor; slot claim[i+1 .. j-1]; j: right anchor.
      for (let j = i + 2; j <= i + 1 + MAX_SLOT && j < claim.length; j++) {
        if (focusList && !focusList.some((k) => i < k && k < j)) continue;
        const cSlot = claim.slice(i + 1, j);
        if (!cSlot.some(content)) continue;
        for (const p of candidates(where, claim[i]!)) {
          if (!anchored(claim, i, -1, src, p)) continue;
          for (let q = p + 2; q <= p + 1 + MAX_SLOT && q < src.length; q++) {
            if (!anchored(claim, j, 1, src, q)) continue;
            // Only the words that differ: "with murder" / "with manslaughter" is the slot "murder".
            let sSlot = src.slice(p + 1, q);
            let cCore = cSlot;
            while (cCore.length && sSlot.length && same(cCore[0]!, sSlot[0]!)) {
              cCore = cCore.slice(1);
              sSlot = sSlot.slice(1);
            }
            while (cCore.length && sSlot.length && same(cCore[cCore.length - 1]!, sSlot[sSlot.length - 1]!)) {
              cCore = cCore.slice(0, -1);
              sSlot = sSlot.slice(0, -1);
            }
            const cWords = cCore.filter(content);
            const sWords = sSlot.filter(content);
            if (cWords.length === 0 || sWords.length === 0) continue;
            // "cliff top" for "clifftop": the same word written apart.
            if (joined(cCore) === joined(sSlot)) continue;
            // A slot whose words the other side also holds (reordered, or matched by meaning) is no swap.
            if (cWords.some((c) => sWords.some((s) => related(c, s, lex)))) continue;
            if (cWords.some((c) => src.some((s) => same(c, s)))) continue;
            if (sWords.some((s) => claim.some((c) => same(c, s)))) continue;
            const key = `${cWords.map((t) => t.lemma).join(' ')}|${sWords.map((t) => t.lemma).join(' ')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({
              claim: cCore.map((t) => t.text).join(' '),
              source: sSlot.map((t) => t.text).join(' '),
              at,
              cited: ctx.doc.sentences[at]!.source,
              rival: cWords.some((c) => sWords.some((s) => rivals(c.lemma, s.lemma, lex))),
              novel: cWords.every((c) => absent.has(c.start)),
            });
          }
        }
      }
    }
  }
  return out;
}
