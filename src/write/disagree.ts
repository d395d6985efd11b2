// Where two sources report the same fact with different numbers or dates, the article says so and cites
// each side. Conservative on purpose: the two sentences must say much the same around the differing value,
// and neither may mention the other's value (so "6 percent offered against 11 percent demanded" is no dispute).
import type { NumberMention, TimeMention } from '../model/index.ts';
import type { Candidate } from './candidates.ts';
import { contentTerms } from './candidates.ts';
import { isQuote } from './cues.ts';
import { dayLabel } from './anchor.ts';

export interface Disagreement {
  readonly a: Candidate;
  readonly b: Candidate;
  /** The value as each side words it ("about 1,800 people", "Monday, 16 March"). */
  readonly valueA: string;
  readonly valueB: string;
  readonly kind: 'number' | 'date';
}

/** Similarity above which two sentences from different sources may report the same fact. */
const SAME_FACT = 0.2;
/** Share of context words around the two values that must agree. */
const SAME_CONTEXT = 0.2;

function countedNoun(c: Candidate, n: NumberMention): string {
  const after = c.text.slice(n.span.end).match(/^\s+([a-z][a-z-]+)/);
  if (n.unit && n.unit !== 'people') return n.unit;
  return after ? after[1]! : (n.unit ?? '');
}

/** Numbers that cannot both be right: different values, neither a bound that allows the other. */
export function numbersConflict(a: NumberMention, b: NumberMention): boolean {
  if (a.value === b.value) return false;
  const allows = (x: NumberMention, y: NumberMention): boolean =>
    (x.bound === 'more_than' && y.value > x.value) ||
    (x.bound === 'at_least' && y.value >= x.value) ||
    (x.bound === 'less_than' && y.value < x.value) ||
    (x.bound === 'at_most' && y.value <= x.value) ||
    (x.bound === 'approx' && Math.abs(y.value - x.value) <= Math.abs(x.value) * 0.05);
  return !allows(a, b) && !allows(b, a);
}

/** Content words within a few words of a span, numbers left out. */
function context(text: string, start: number, end: number): Set<string> {
  const before = text.slice(0, start).trim().split(/\s+/).slice(-8).join(' ');
  const after = text.slice(end).trim().split(/\s+/).slice(0, 8).join(' ');
  return new Set(contentTerms(`${before} ${after}`).filter((t) => !/\d/.test(t)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((t) => b.has(t)).length;
  const union = new Set([...a, ...b]).size;
  return union ? inter / union : 0;
}

const plainFact = (c: Candidate): boolean => !isQuote(c);

function numberDisputes(a: Candidate, b: Candidate): Disagreement[] {
  const out: Disagreement[] = [];
  for (const na of a.sentence.numbers) {
    const what = countedNoun(a, na);
    if (!what || (na.unit === null && na.value >= 1900 && na.value <= 2100)) continue;
    for (const nb of b.sentence.numbers) {
      if (countedNoun(b, nb) !== what || !numbersConflict(na, nb)) continue;
      // A sentence weighing two values of the same kind ("11 percent demanded, 6 offered") is no single figure.
      const same = (c: Candidate) => c.sentence.numbers.filter((x) => countedNoun(c, x) === what).length;
      if (same(a) > 1 || same(b) > 1) continue;
      if (
        b.sentence.numbers.some((x) => x.value === na.value) ||
        a.sentence.numbers.some((x) => x.value === nb.value)
      )
        continue;
      const ca = context(a.text, na.span.start, na.span.end);
      const cb = context(b.text, nb.span.start, nb.span.end);
      if (overlap(ca, cb) < SAME_CONTEXT) continue;
      const tail = (c: Candidate, n: NumberMention): string =>
        /percent|%/.test(n.text) ? '' : (c.text.slice(n.span.end).match(/^\s+[a-z][a-z-]+/)?.[0] ?? '');
      const lower = (t: string): string =>
        t.replace(/^(About|More|Fewer|Less|Nearly|Almost|Around|Some|Over|Under|At)\b/, (w) =>
          w.toLowerCase(),
        );
      out.push({
        a,
        b,
        kind: 'number',
        valueA: lower(`${na.text}${tail(a, na)}`),
        valueB: lower(`${nb.text}${tail(b, nb)}`),
      });
    }
  }
  return out;
}

const WEEKDAY_OR_MONTH =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

const dayOf = (t: TimeMention): string | null => (t.grain === 'day' && t.interval ? t.interval.start : null);

function dateDisputes(a: Candidate, b: Candidate): Disagreement[] {
  const out: Disagreement[] = [];
  for (const ta of a.sentence.times) {
    const da = dayOf(ta);
    if (!da) continue;
    for (const tb of b.sentence.times) {
      const db = dayOf(tb);
      if (!db || db === da) continue;
      // Both sides must be about the same thing: neither mentions the other's day, context agrees.
      if (b.sentence.times.some((x) => dayOf(x) === da) || a.sentence.times.some((x) => dayOf(x) === db))
        continue;
      // Both ahead of (or both behind) the reports' day: the same scheduled or past event.
      const day = a.date ?? '';
      if (day && da > day !== db > day) continue;
      const words = (c: Candidate): Set<string> =>
        new Set(contentTerms(c.text).filter((t) => !/\d/.test(t) && !WEEKDAY_OR_MONTH.test(t)));
      if (overlap(words(a), words(b)) < 0.15) continue;
      out.push({ a, b, kind: 'date', valueA: dayLabel(da), valueB: dayLabel(db) });
    }
  }
  return out;
}

export function findDisagreements(
  cands: readonly Candidate[],
  sim: readonly (readonly number[])[],
): Disagreement[] {
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    if (!plainFact(a)) continue;
    for (let j = i + 1; j < cands.length; j++) {
      const b = cands[j]!;
      // Reports of different days may differ because events moved on: only reports of the same day.
      if (b.src === a.src || a.date !== b.date || sim[i]![j]! < SAME_FACT || !plainFact(b)) continue;
      const found = [...numberDisputes(a, b), ...dateDisputes(a, b)];
      for (const d of found) {
        const key = [d.kind, ...[d.valueA, d.valueB].sort()].join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
  }
  return out;
}

/**
 * The two sides as two sentences, each cited to its own source:
 * "Harbourline News put the figure at about 1,800 people." [1] / "Northcoast Courier reported more than 2,600 people." [2]
 */
export function disagreementTexts(d: Disagreement, outletA: string, outletB: string): [string, string] {
  if (d.kind === 'date')
    return [`${outletA} gave the date as ${d.valueA}.`, `${outletB} reported ${d.valueB}.`];
  return [`${outletA} put the figure at ${d.valueA}.`, `${outletB} reported ${d.valueB}.`];
}
