// Number check: values with units and bounds ("more than 20", "nearly 3,000 people", "5%", "twelve").
// A claim number that no source gives is unsupported; one where the matching evidence gives another value is contradicted.
import type { AnalysedSentence, NumberMention } from '../../model/index.ts';
import type { DocIndex } from '../evidence.ts';
import { slotSwap } from './slot.ts';
import { clip, contradiction, na, pass } from './types.ts';
import type { CheckContext, CheckResult, EvidenceSentence } from './types.ts';

const SAME_EVENT = 0.5;

/** Numbers that are not part of a date ("2024", "23 June"). */
export function plainNumbers(s: AnalysedSentence): NumberMention[] {
  const numbers = s.numbers;
  if (numbers.length === 0) return []; // no need to find the times
  return numbers.filter((n) => !s.times.some((t) => n.span.start < t.span.end && t.span.start < n.span.end));
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The rounding step of a written number: 1 for "340" or "2,300", 0.1 million for "2.1 million". A number is
 * exact to its last written digit; "341" against "340" is another number, "2,134,000" against "2.1 million" is not.
 */
export function roundingStep(n: NumberMention): number {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(n.text);
  if (!digits) return 0.5; // number words ("twelve") and fractions: whole numbers or halves
  const mantissa = Number(digits[0].replace(/,/g, ''));
  const scale = mantissa > 0 && Number.isFinite(n.value / mantissa) ? Math.abs(n.value / mantissa) : 1;
  return 10 ** -(digits[1]?.length ?? 0) * scale;
}

function sameWithinRounding(c: NumberMention, e: NumberMention): boolean {
  const step = Math.max(roundingStep(c), roundingStep(e));
  return Math.abs(c.value - e.value) <= step / 2 + 1e-9 * Math.max(Math.abs(c.value), Math.abs(e.value));
}

/** Whether evidence number `e` supports claim number `c`. */
export function numberSupports(e: NumberMention, c: NumberMention): boolean {
  if (c.unit && e.unit && c.unit !== e.unit) return false;
  const v = c.value;
  const w = e.value;
  switch (c.bound) {
    case 'exact':
      if (e.bound === 'approx') return close(v, w, 0.005);
      return e.bound === 'exact' ? sameWithinRounding(c, e) : false;
    case 'approx':
      return close(v, w, 0.1);
    case 'more_than':
      return w > v || (w === v && (e.bound === 'more_than' || e.bound === 'at_least'));
    case 'at_least':
      return w >= v;
    case 'less_than':
      return w < v || (w === v && (e.bound === 'less_than' || e.bound === 'at_most'));
    case 'at_most':
      return w <= v;
  }
}

function describe(n: NumberMention): string {
  return n.text;
}

/** The document's digits with tokeniser gaps closed ("3, 800" -> "3,800", "1. 3" -> "1.3"). */
function compactDigits(text: string): string {
  return text.replace(/(\d)([,.])\s+(?=\d)/g, '$1$2');
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSeparator = (c: number): boolean => c === 46 || c === 44; // "." or ","

/** Where `digits` stand in `text` with no digit or separator before them, from `from` on; -1 when nowhere. */
function digitsAt(text: string, digits: string, from: number): number {
  for (let i = text.indexOf(digits, from); i !== -1; i = text.indexOf(digits, i + 1)) {
    const before = text.charCodeAt(i - 1); // NaN at the start
    if (!isDigit(before) && !isSeparator(before)) return i;
  }
  return -1;
}

/**
 * Whether `digits` are written in `text` as a whole number: not inside a longer one ("340" in "1,340" or
 * "3400"), nor its integer part ("2" of "2.5"). Searched with indexOf: a RegExp per claim number costs more to
 * compile than the search.
 */
export function writtenWhole(text: string, digits: string): boolean {
  for (let i = digitsAt(text, digits, 0); i !== -1; i = digitsAt(text, digits, i + 1)) {
    const j = i + digits.length;
    const after = text.charCodeAt(j);
    if (!isDigit(after) && !(isSeparator(after) && isDigit(text.charCodeAt(j + 1)))) return true;
  }
  return false;
}

/** Whether the claim number is written in the document in some form (digits with or without separators). */
function writtenInDoc(n: NumberMention, doc: DocNumbers): boolean {
  const digits = n.text.match(/\d[\d,.]*/)?.[0]?.replace(/[.,]$/, '');
  if (!digits) return false;
  return writtenWhole(doc.compact, digits) || writtenWhole(doc.plain, digits.replace(/,/g, ''));
}

const SPACES = /\s*/y;

/** Whether the number's digits and the word after them are written so in the document (lower-cased). */
export function writtenWithWord(n: NumberMention, lower: string): boolean {
  const m = /(\d[\d,.]*)\s*(%|[\p{L}$€£]+)?/u.exec(n.text.toLowerCase());
  if (!m?.[2]) return true;
  const digits = m[1]!.replace(/[.,]$/, '');
  const word = m[2];
  for (let i = digitsAt(lower, digits, 0); i !== -1; i = digitsAt(lower, digits, i + 1)) {
    SPACES.lastIndex = i + digits.length;
    SPACES.exec(lower);
    if (lower.startsWith(word, SPACES.lastIndex)) return true;
  }
  return false;
}

const SCALES = [1, 100, 1000, 1e6, 1e9, 1e12, 0.01];
/** Words findNumbers reads as values that the term scan does not ("two-thirds", "a quarter", "per cent"). */
const FRACTION_WORD = /third|quarter|fifth|tenth|percent|per cent|%|dozen|score|half|twice/i;

/**
 * What the number check reads of a source index, built on first use and kept with it (the claims of a
 * benchmark row, or the sentences of an article, share one index).
 */
class DocNumbers {
  readonly #doc: DocIndex;
  #compact: string | undefined;
  #plain: string | undefined;
  #lower: string | undefined;
  #values: number[][] | undefined;
  readonly #lowerAt: string[] = [];
  readonly #fraction: boolean[] = [];

  constructor(doc: DocIndex) {
    this.#doc = doc;
  }

  /** The text with its digits compacted (compactDigits). */
  get compact(): string {
    return (this.#compact ??= compactDigits(this.#doc.text));
  }

  /** The same without thousands separators ("3,800" -> "3800"). */
  get plain(): string {
    return (this.#plain ??= this.compact.replace(/(\d),(?=\d{3})/g, '$1'));
  }

  /** The compacted text lower-cased. */
  get lower(): string {
    return (this.#lower ??= this.compact.toLowerCase());
  }

  /** Number-word values of sentence `at`, from the index's "#value" keys (no re-tokenising). */
  valuesAt(at: number): readonly number[] {
    if (!this.#values) {
      const idx: number[][] = [];
      this.#doc.words.forEach((sents, key) => {
        if (key.charCodeAt(0) !== 35) return; // '#'
        const v = Number(key.slice(1));
        for (const i of sents) (idx[i] ??= []).push(v);
      });
      this.#values = idx;
    }
    return this.#values[at] ?? [];
  }

  lowerAt(at: number): string {
    return (this.#lowerAt[at] ??= this.#doc.sentences[at]!.text.toLowerCase());
  }

  hasFractionWord(at: number): boolean {
    return (this.#fraction[at] ??= FRACTION_WORD.test(this.#doc.sentences[at]!.text));
  }
}

const docNumbers = new WeakMap<DocIndex, DocNumbers>();

function docNumbersOf(doc: DocIndex): DocNumbers {
  let d = docNumbers.get(doc);
  if (!d) docNumbers.set(doc, (d = new DocNumbers(doc)));
  return d;
}

/**
 * Cheap necessary condition before the full number analysis of a source sentence: for an exact or approximate
 * claim number, the sentence has the claim's wording (`wording`: its text lower-cased), or a number word
 * (times a scale: "2.5 million", "£3bn"; or two read together) within 10% of it.
 */
function mayHold(doc: DocIndex, nums: DocNumbers, at: number, cn: NumberMention, wording: string): boolean {
  if (!doc.sentences[at] || (cn.bound !== 'exact' && cn.bound !== 'approx')) return true;
  if (nums.hasFractionWord(at)) return true;
  // The same wording ("four five") is read the same way, whatever value the finder gives it.
  if (nums.lowerAt(at).includes(wording)) return true;
  const vs = nums.valuesAt(at);
  for (const v of vs) {
    for (const k of SCALES) if (close(v * k, cn.value, 0.1)) return true;
  }
  // Number words read together: "twenty five" (a sum), "four hundred" (a product).
  for (const a of vs)
    for (const b of vs) if (close(a + b, cn.value, 0.1) || close(a * b, cn.value, 0.1)) return true;
  return false;
}

const SCALE_WORD = /\b(?:thousand|million|billion|trillion|bn|m|k)\b/i;
const scaleOf = (n: NumberMention): string => SCALE_WORD.exec(n.text)?.[0].toLowerCase() ?? '';

/** The tail of a number tokenised copy split ("98. 7 per cent", "3, 800"): not a number of its own. */
const splitOff = (text: string, n: NumberMention): boolean => /\d[.,]\s+$/.test(text.slice(0, n.span.start));

/** Numbers that can stand in each other's slot: the same unit and the same scale word ("1.7 million", not "1"). */
function sameKind(a: NumberMention, b: NumberMention): boolean {
  return a.unit === b.unit && scaleOf(a) === scaleOf(b);
}

/** A hard contradiction: the claim's number `cn` where evidence sentence `e` gives `en`. */
function numberContradiction(cn: NumberMention, e: EvidenceSentence, en: NumberMention): CheckResult {
  return contradiction(
    'number',
    'number',
    true,
    `the claim says "${describe(cn)}"; [${e.source}] says "${describe(en)}"`,
    e,
  );
}

export function checkNumber(ctx: CheckContext): CheckResult {
  const claimNums = plainNumbers(ctx.claim);
  if (claimNums.length === 0) return na('number');
  const all = ctx.all;
  const evidence = ctx.evidence();
  const nums = docNumbersOf(ctx.doc);
  for (const cn of claimNums) {
    // Another number in the same slot of the closest evidence decides, though the source may write the claim's
    // number elsewhere ("Sophie, 25" where the sentence has "Sophie, 21" and her sister is 25).
    const swap = slotSwap(
      ctx,
      cn.span,
      (e) =>
        nums.valuesAt(e.at).length
          ? plainNumbers(e.analysed).filter((en) => sameKind(en, cn) && !splitOff(e.analysed.text, en))
          : [],
      // The same value with another bound ("four weeks" for "up to four weeks") is a hedge, not a swap.
      (en) => en.value === cn.value || numberSupports(en, cn),
      { oneSide: false },
    );
    if (swap) return numberContradiction(cn, swap.evidence, swap.mention);
    // Cheap first: the same digits, followed by the same word ("2.4 million" does not give "2.4 percent").
    if (writtenInDoc(cn, nums) && writtenWithWord(cn, nums.lower)) continue;
    const wording = cn.text.toLowerCase();
    if (
      all().some(
        (e) =>
          mayHold(ctx.doc, nums, e.at, cn, wording) &&
          plainNumbers(e.analysed).some((en) => numberSupports(en, cn)),
      )
    )
      continue;
    // The best-matching sentence has a number of the same kind: the claim changed it.
    const conflict = evidence.find(
      (e) =>
        e.score >= SAME_EVENT &&
        plainNumbers(e.analysed).some((en) => en.unit === cn.unit && (cn.unit !== null || e.score >= 0.7)),
    );
    if (conflict) {
      const en = plainNumbers(conflict.analysed).find((x) => x.unit === cn.unit)!;
      return numberContradiction(cn, conflict, en);
    }
    return {
      status: 'fail',
      check: 'number',
      kind: 'number',
      severity: 'unsupported',
      hard: false,
      detail: `no cited source gives the number "${clip(describe(cn), 40)}"`,
    };
  }
  return pass('number');
}
