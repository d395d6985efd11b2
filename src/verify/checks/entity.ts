// Entity check: people, organisations and places of the claim must be in the cited sources, allowing aliases
// (the key from src/text: "EU" = "European Union", "Afghan" = "Afghanistan"), surnames, places inside places
// ("Belgium" is supported by "Brussels") and news metonyms ("Brussels" for the EU). A different name in the
// same slot of the matching evidence sentence contradicts.
import type { EntityMention, Span } from '../../model/index.ts';
import { isDemonym, lookupName, mayRelateToGazetteer, metonymOf, placeContains } from '../../text/index.ts';
import type { DocIndex } from '../evidence.ts';
import { lemmaOf } from '../terms.ts';
import { slotSwap as alignedSwap } from './slot.ts';
import { clip, contradiction, na, pass } from './types.ts';
import type { CheckContext, CheckResult, EvidenceSentence } from './types.ts';

const SAME_SLOT = 0.55;

/** Whether a source mention `e` names the claim's `c` (alias, surname, containing place, metonym). */
export function entityMatches(c: EntityMention, e: EntityMention): boolean {
  if (c.key === e.key) return true;
  if (c.kind === 'place' && e.kind === 'place' && placeContains(c.key, e.key)) return true;
  if (metonymOf(e.key) === c.key || metonymOf(c.key) === e.key) return true;
  if (c.kind === 'person' || e.kind === 'person') {
    const ct = c.key.split(' ');
    const et = new Set(e.key.split(' '));
    // "Forssell" names "Johan Forssell"; "Johan Forssell" is named by "Forssell" too.
    if (ct.every((t) => et.has(t)) || [...et].every((t) => ct.includes(t))) return true;
  }
  return false;
}

function neighbourWords(
  text: string,
  start: number,
  end: number,
): { before: string | null; after: string | null } {
  const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(0, start))?.[1];
  const after = /^[^\p{L}]*([\p{L}]+)/u.exec(text.slice(end))?.[1];
  const norm = (w: string | undefined): string | null => (w ? lemmaOf(w.toLowerCase()) : null);
  return { before: norm(before), after: norm(after) };
}

/** Another name of the same kind in the same slot of an evidence sentence: same word before or after it. */
function slotRival(
  c: EntityMention,
  claimText: string,
  claimEntities: readonly EntityMention[],
  ev: EvidenceSentence,
): EntityMention | null {
  const cn = neighbourWords(claimText, c.span.start, c.span.end);
  for (const e of ev.analysed.entities) {
    if (e.kind !== c.kind) continue;
    if (claimEntities.some((x) => entityMatches(x, e) || entityMatches(e, x))) continue;
    if (squash(claimText).includes(squash(e.text))) continue; // the rival is part of the claim's wording
    const en = neighbourWords(ev.analysed.text, e.span.start, e.span.end);
    const sameBefore = cn.before !== null && cn.before === en.before && cn.before.length > 2;
    const sameAfter = cn.after !== null && cn.after === en.after && cn.after.length > 2;
    if (sameBefore || sameAfter) return e;
  }
  return null;
}

// A cheap test before running the name finder on a source sentence ("could it name the claim's entity at
// all?"), so that a claim naming someone the source lacks does not cost an analysis of every source sentence.
// It must never say no where findEntities + entityMatches would say yes, so it is lenient throughout.
interface NameHints {
  /** Lower-cased, accent-free text. */
  readonly flat: string;
  /** Starts in lower case: caseless text, where the finder works differently (full analysis). */
  readonly caseless: boolean;
  /** Says "the commission" or "the bloc", which the finder reads as the EU whatever the claim names. */
  readonly body: boolean;
  /** Gazetteer keys of the capitalised word runs (any alias the sentence may hold): the costly part, on need. */
  readonly keys: () => readonly Key[];
}

/** A gazetteer key and its words. */
interface Key {
  readonly key: string;
  readonly words: readonly string[];
}

const hintCache = new WeakMap<DocIndex, (NameHints | undefined)[]>();
/** Longest gazetteer alias in words ("Democratic Republic of the Congo" and the like). */
const MAX_ALIAS_WORDS = 7;
const JOINERS = new Set(
  'of the and de del della di da du la le el al van von der den bin ibn y et for on upon'.split(' '),
);
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;

const flatten = (t: string): string =>
  t
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '');

// Every word of every candidate sentence is tested for capitals: character codes first, the Unicode regexes
// only past ASCII (entity-hints.test.ts holds them to the regexes).

/** /^\p{Lu}/u. */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** /\p{Lu}/u: an upper-case letter anywhere. */
export function hasUpper(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return /\p{Lu}/u.test(w.slice(k));
  }
  return false;
}

function nameHints(doc: DocIndex, at: number): NameHints {
  let arr = hintCache.get(doc);
  if (!arr) hintCache.set(doc, (arr = new Array(doc.sentences.length)));
  return (arr[at] ??= hintsOf(doc.sentences[at]!.text));
}

/** The hints of one sentence. */
export function hintsOf(text: string): NameHints {
  const flat = flatten(text);
  let keys: Key[] | undefined;
  return {
    flat,
    caseless: /^[\s"“‘'(`]*\p{Ll}/u.test(text),
    body: /\bthe (?:commission|bloc)\b/.test(flat),
    keys: () => (keys ??= gazetteerKeys(text)),
  };
}

/** Keys of every gazetteer name a sentence may hold, written in capitals or (with none inside) in lower case. */
function gazetteerKeys(text: string): Key[] {
  const words = text.match(WORD) ?? [];
  const keys = new Set<string>();
  const add = (surface: string): void => {
    const e = lookupName(surface);
    if (e) keys.add(e.key);
  };
  let inner = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && w !== 'I' && startsUpper(w)) inner = true;
    if (!hasUpper(w)) continue;
    add(w);
    // "US-led", "Kabul-based": the name part alone too.
    if (w.includes('-')) for (const part of w.split('-')) add(part);
    let surface = w;
    for (let n = 2; n <= MAX_ALIAS_WORDS && i + n - 1 < words.length; n++) {
      const next = words[i + n - 1]!;
      // Multi-word names run over capitalised words and a few joining words ("Bosnia and Herzegovina").
      if (!startsUpper(next) && !JOINERS.has(next)) break;
      surface += ` ${next}`;
      add(surface);
    }
  }
  // A sentence without inner capitals may be read in the finder's caseless mode, where lower-case words can be
  // names ("talks with russia"): look those up too; one that starts in lower case gets the full finder.
  if (!inner) for (const w of words) if (/^\p{Ll}/u.test(w)) add(w);
  return [...keys].map((key) => ({ key, words: key.split(' ') }));
}

/** A claim entity prepared for `mayName`: its key, the key's words and the body it may stand for. */
interface Wanted extends Key {
  readonly metonym: string | null;
  /** Whether any gazetteer key could name it: else no sentence's keys need to be found for it. */
  readonly gazetteer: boolean;
}

const wanted = (c: EntityMention): Wanted => ({
  key: c.key,
  words: c.key.split(' '),
  metonym: metonymOf(c.key),
  gazetteer: mayRelateToGazetteer(c.key),
});

/** Whether gazetteer key `k` could name the claim entity: entityMatches without its kind conditions. */
function keyRelated(c: Wanted, k: Key): boolean {
  if (c.key === k.key || placeContains(c.key, k.key) || metonymOf(k.key) === c.key || c.metonym === k.key)
    return true;
  return c.words.every((t) => k.words.includes(t)) || k.words.every((t) => c.words.includes(t));
}

function mayName(c: Wanted, h: NameHints): boolean {
  if (h.caseless || h.body) return true;
  // Unknown names are keyed by their own normalised words: one of them must be written in the sentence.
  if (c.words.some((t) => t.length > 0 && h.flat.includes(t))) return true;
  return c.gazetteer && h.keys().some((k) => keyRelated(c, k));
}

/** Letters and digits only: "Saint - Germain" (tokenised copy) and "Saint-Germain" meet. */
const squash = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const squashed = new WeakMap<object, string>();

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the name (lower-cased) is written in the text (lower-cased). A short name must stand as a word of its
 * own: "us" (for "US") is inside "Brussels".
 */
function nameWritten(text: string, name: string): boolean {
  if (name.length >= 4) return text.includes(name);
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1))
    if (!WORD_CHAR.test(text.charAt(i - 1)) && !WORD_CHAR.test(text.charAt(i + name.length))) return true;
  return false;
}

/**
 * The claim's first word is a name of the gazetteer ("Japan's striker", "Canada captain"): at a sentence start
 * its capital says nothing, and WordNet knows most countries, so it is not among the name-like terms.
 */
function initialName(ctx: CheckContext): boolean {
  const first = ctx.claimTerms[0];
  if (!first || first.stop || first.num !== null) return false;
  const c = first.text.charCodeAt(0);
  return (
    c >= 65 && c <= 90 && !ctx.nameTerms.some((m) => m.term === first) && lookupName(first.text) !== undefined
  );
}

export function checkEntity(ctx: CheckContext): CheckResult {
  // Fast path: every name-like word of the claim is in the sources, so its names are too (no NER needed).
  const initial = initialName(ctx);
  if (ctx.nameTerms.length === 0 && !initial) return na('entity');
  if (!initial && ctx.nameTerms.every((m) => m.hits.size > 0)) return slotSwap(ctx) ?? pass('entity');
  const entities = ctx.claim.entities;
  if (entities.length === 0) return na('entity');
  for (const c of entities) {
    if (nameWritten(ctx.doc.lower, c.text.toLowerCase())) continue; // cheap first: the name as written
    // Written with other spacing or punctuation ("Saint - Germain"); letters run together, so a short name
    // ("U.S." -> "us") would be inside other words.
    const letters = squash(c.text);
    if (letters.length >= 4) {
      let flat = squashed.get(ctx.doc);
      if (flat === undefined) squashed.set(ctx.doc, (flat = squash(ctx.doc.text)));
      if (flat.includes(letters)) continue;
    }
    const w = wanted(c);
    if (
      ctx
        .all()
        .some(
          (e) => mayName(w, nameHints(ctx.doc, e.at)) && e.analysed.entities.some((m) => entityMatches(c, m)),
        )
    )
      continue;
    const kind = c.kind === 'place' ? 'place' : 'entity';
    for (const ev of ctx.evidence()) {
      if (ev.score < SAME_SLOT) continue;
      const rival = slotRival(c, ctx.claim.text, entities, ev);
      if (rival) return swapped(c, rival, ev);
    }
    // Aligned across auxiliaries and compounds ("start-up UFO Media has been arrested" / "start-up Ozy Media
    // was arrested"), in a sentence matching the rest of the claim.
    const aligned = alignedRival(ctx, c, entities);
    if (aligned) return swapped(c, aligned.mention, aligned.evidence);
    return {
      status: 'fail',
      check: 'entity',
      kind,
      severity: 'unsupported',
      hard: false,
      detail: `no cited source mentions "${clip(c.text, 40)}"`,
    };
  }
  return slotSwap(ctx) ?? pass('entity');
}

/** How closely the evidence must match the rest of the claim for a name it lacks to be a swapped name. */
const NAMED_SLOT = 0.6;

/**
 * A name the sources have, but not in the sentence that matches the rest of the claim, where another name of
 * the same kind stands in its slot: "Halina Sobczak, the company's spokeswoman" against "Marta Zielińska, the
 * company's spokeswoman". The claim may join two sentences, so no close evidence sentence may name it.
 */
function slotSwap(ctx: CheckContext): CheckResult | null {
  const evidence = ctx.evidence();
  const best = evidence[0];
  if (!best) return null;
  // Cheap first: every name-like word of the claim is in the best sentence.
  if (ctx.nameTerms.every((m) => m.hits.has(best.at))) return null;
  const entities = ctx.claim.entities;
  if (best.score >= NAMED_SLOT) {
    const close = evidence.filter((e) => e.score >= NAMED_SLOT);
    for (const c of entities) {
      const written = c.text.toLowerCase();
      const names = (e: EvidenceSentence): boolean =>
        e.analysed.text.toLowerCase().includes(written) ||
        e.analysed.entities.some((m) => entityMatches(c, m));
      if (close.some(names)) continue;
      const rival = slotRival(c, ctx.claim.text, entities, best);
      if (rival) return swapped(c, rival, best);
    }
  }
  // A sentence matching the rest of the claim closely, with another name where the claim has its own (the
  // swapped name weighs in the plain score, so that sentence may rank below the gate above).
  for (const c of entities) {
    const swap = alignedRival(ctx, c, entities);
    if (swap) return swapped(c, swap.mention, swap.evidence);
  }
  return null;
}

/** Another name in the slot of claim name `c`, aligned on both sides, that names none of the claim's names. */
function alignedRival(
  ctx: CheckContext,
  c: EntityMention,
  entities: readonly EntityMention[],
): { mention: EntityMention; evidence: EvidenceSentence } | null {
  const swap = alignedSwap(
    ctx,
    withPersonNoun(ctx.claim.text, c),
    // The finder guesses people and organisations from context: either may stand for the other; places
    // only for places.
    (e) =>
      e.analysed.entities
        .filter((m) => (m.kind === 'place') === (c.kind === 'place'))
        .map((m) => {
          // A copy only for the rare demonym with a person noun, as a literal of the mention's own shape.
          const span = withPersonNoun(e.analysed.text, m);
          return span === m.span ? m : { kind: m.kind, text: m.text, key: m.key, span };
        }),
    (m) => entityMatches(c, m) || entityMatches(m, c),
  );
  if (!swap) return null;
  const rival = swap.mention;
  if (entities.some((x) => entityMatches(x, rival) || entityMatches(rival, x))) return null;
  if (squash(ctx.claim.text).includes(squash(rival.text))) return null;
  return swap;
}

// Nouns a demonym qualifies to name a person: "a British man" stands where "an American" does.
const PERSON_NOUN =
  /^[ \t]+(?:man|woman|men|women|boy|girl|person|people|national|nationals|citizen|citizens)\b/i;

/** The span of a demonym with the person noun after it ("British man"), else the mention's own span. */
function withPersonNoun(text: string, m: EntityMention): Span {
  if (!isDemonym(m.text)) return m.span;
  const after = PERSON_NOUN.exec(text.slice(m.span.end));
  return after ? { start: m.span.start, end: m.span.end + after[0].length } : m.span;
}

/** A hard contradiction: the claim names `c` where evidence sentence `e` names `rival`. */
function swapped(c: EntityMention, rival: EntityMention, e: EvidenceSentence): CheckResult {
  const detail = `the claim names "${c.text}" where [${e.source}] has "${rival.text}"`;
  return contradiction('entity', c.kind === 'place' ? 'place' : 'entity', true, detail, e);
}
