// Time check: each side's time expressions are resolved against its own document's date; a claim time that
// overlaps no time of the evidence is unsupported, and contradicted when the evidence about the same thing is dated otherwise.
import type { DateInterval, Span, TimeMention } from '../../model/index.ts';
import { detectTense, intervalsOverlap, OPEN_END } from '../../text/index.ts';
import { termize } from '../terms.ts';
import { slotSwap } from './slot.ts';
import { clip, contradiction, na, pass } from './types.ts';
import type { CheckContext, CheckResult, EvidenceSentence } from './types.ts';

/** How much of the claim an evidence sentence must match to count as being about the same event. */
const SAME_EVENT = 0.3;
/**
 * A date contradiction needs a closer match in an undated source (a web page, a benchmark row): there, the times
 * are bare years that often date another fact of the same sentence. A dated report's times are anchored.
 */
const CONFLICT_UNDATED = 0.5;

const fmt = (i: DateInterval): string =>
  i.start === i.end ? i.start : i.end === OPEN_END ? `from ${i.start}` : `${i.start}..${i.end}`;

/**
 * What a claim's time must find in the evidence: the interval itself, or for a range open at its end ("since
 * 1984" in an undated text) its first day: any later date overlaps the open range, and would date it.
 */
export function claimedInterval(i: DateInterval): DateInterval {
  return i.end === OPEN_END ? { start: i.start, end: i.start } : i;
}

function resolved(times: readonly TimeMention[]): (TimeMention & { interval: DateInterval })[] {
  return times.filter((t): t is TimeMention & { interval: DateInterval } => t.interval !== null);
}

export function checkTime(ctx: CheckContext): CheckResult {
  const claimTimes = resolved(ctx.claim.times);
  if (claimTimes.length === 0) return checkOffsets(ctx) ?? na('time');
  const evidence = ctx.evidence();
  const all = ctx.all();
  for (const ct of claimTimes) {
    // Another date in the same slot of the closest evidence decides before any other sentence can date it.
    const swap = slotSwap(
      ctx,
      ct.span,
      (e) => resolved(e.analysed.times).filter((t) => t.grain === ct.grain),
      // Ranges in the same slot agree only from the same start ("since 2018" is not "since 2019", though the
      // two overlap); dates of one grain overlap only when they are the same.
      (t) =>
        ct.grain === 'range'
          ? t.interval.start === ct.interval.start
          : intervalsOverlap(t.interval, ct.interval),
    );
    if (swap)
      return dateContradiction(
        `the claim dates it to "${ct.text}" (${fmt(ct.interval)}); [${swap.evidence.source}] to "${swap.mention.text}" (${fmt(swap.mention.interval)})`,
        swap.evidence,
      );
    // The score first: a sentence below it needs no time analysis.
    const claimed = claimedInterval(ct.interval);
    const dating = [
      ...evidence.filter((e) => overlaps(e, claimed)),
      ...all.filter((e) => e.score >= SAME_EVENT && overlaps(e, claimed)),
    ];
    if (dating.length > 0) {
      // A report can announce an event but not attest it before it happens: a claim that says it happened
      // needs a source published on or after its time ("will strike on 9 March" in a report of 2 March
      // does not support "walked out on 9 March").
      const foretold = saysItHappened(
        ctx.claim.text,
        ct,
        ctx.claim.quotes.map((q) => q.span),
      )
        ? onlyForetold(ctx, dating, ct.interval)
        : null;
      if (!foretold) continue;
      return {
        status: 'fail',
        check: 'time',
        kind: 'date',
        severity: 'unsupported',
        hard: false,
        detail: `the claim says it happened "${clip(ct.text, 40)}" (${fmt(ct.interval)}); [${foretold.source}] was published on ${foretold.published}, before then, so it can only have announced it`,
        evidence: { source: foretold.source, sentence: foretold.sentence },
      };
    }
    // Evidence with an unresolved time ("in June" in an undated page) may be giving the claim's date.
    const dated = evidence.filter(
      (e) =>
        e.score >= (ctx.doc.sentences[e.at]?.date ? SAME_EVENT : CONFLICT_UNDATED) &&
        resolved(e.analysed.times).length > 0 &&
        e.analysed.times.every((t) => t.interval !== null),
    );
    const conflict = dated[0];
    if (conflict) {
      const t = resolved(conflict.analysed.times)[0]!;
      return dateContradiction(
        `the claim dates it to "${ct.text}" (${fmt(ct.interval)}); [${conflict.source}] to "${t.text}" (${fmt(t.interval)})`,
        conflict,
      );
    }
    // The time is written somewhere in the sources, if not near the claim's words (a page's dateline, a list):
    // too weak to support it, too strong to call it unsupported.
    if (writtenInSources(ctx, ct)) continue;
    return {
      status: 'fail',
      check: 'time',
      kind: 'date',
      severity: 'unsupported',
      hard: false,
      detail: `no cited source gives the time "${clip(ct.text, 40)}" (${fmt(ct.interval)})`,
    };
  }
  return pass('time');
}

/** Whether a resolved time of the evidence sentence shares a day with `interval`. */
function overlaps(e: EvidenceSentence, interval: DateInterval): boolean {
  return e.analysed.times.some((t) => t.interval !== null && intervalsOverlap(t.interval, interval));
}

/** A hard date contradiction with the evidence sentence that gives the other date. */
function dateContradiction(detail: string, e: EvidenceSentence): CheckResult {
  return contradiction('time', 'date', true, detail, e);
}

/**
 * The claim places an event on a day or in a week and says it took place then ("walked out on Monday, 9 March"),
 * not a deadline or a plan ("by 2028", "would install").
 */
function saysItHappened(claim: string, t: TimeMention, quotes: readonly Span[]): boolean {
  if (t.grain !== 'day' && t.grain !== 'week') return false;
  // Inside a quotation the speaker's own tense rules ("we will have it done by next week," she said).
  if (quotes.some((q) => q.start <= t.span.start && t.span.end <= q.end)) return false;
  if (
    /\b(?:by|until|till|before)\s+(?:the\s+)?$/i.test(
      claim.slice(Math.max(0, t.span.start - 12), t.span.start),
    )
  )
    return false;
  return detectTense(claim, t.span) === 'past';
}

/** The sentences dating the claim all come from sources published before its time: the earliest of them, else null. */
function onlyForetold(
  ctx: CheckContext,
  dating: readonly EvidenceSentence[],
  interval: DateInterval,
): { source: number; published: string; sentence: string } | null {
  let first: { source: number; published: string; sentence: string } | null = null;
  for (const e of dating) {
    const published = ctx.doc.sentences[e.at]?.date?.slice(0, 10);
    if (!published || published >= interval.start) return null;
    if (!first) first = { source: e.source, published, sentence: e.analysed.text };
  }
  return first;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Whether the sources write the claim's time in any sentence: its year for a year, its month (named) and year,
 * or its day and month, so that an undated page's "November 2" or a dateline's "Jan. 27, 2019" counts.
 */
export function writtenInSources(ctx: CheckContext, t: TimeMention & { interval: DateInterval }): boolean {
  const [y, m, d] = t.interval.start.split('-').map(Number) as [number, number, number];
  const text = ctx.doc.lower;
  const mon = `${MONTHS[m - 1]}[a-z]*\\.?`;
  // An open range ("since 1984" in an undated text) is written when its start year is.
  if (t.grain === 'year' || t.interval.end === OPEN_END) return new RegExp(`\\b${y}\\b`).test(text);
  if (t.grain === 'month' && t.interval.start.slice(0, 7) === t.interval.end.slice(0, 7))
    return new RegExp(`\\b${mon}\\s+(?:\\d{1,2},?\\s+)?${y}\\b`).test(text);
  if (t.grain !== 'day') return false;
  // "November 2" or "2 November", with no year or the claim's year.
  const re = new RegExp(
    `\\b(?:${mon}\\s+0?${d}(?:st|nd|rd|th)?|0?${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${mon})(?![\\w])(?:,?\\s+(\\d{4}))?`,
    'g',
  );
  for (const hit of text.matchAll(re)) if (!hit[1] || Number(hit[1]) === y) return true;
  return false;
}

/** "35 years ago", "a month ago", "three weeks ago": a count back from the day of writing. */
const AGO = /^(.+?)\s+(day|week|month|year|decade)s?\s+ago$/i;

function offsetOf(t: TimeMention): { count: number; unit: string } | null {
  const m = AGO.exec(t.text.trim());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const count = word === 'a' || word === 'an' ? 1 : (termize(word).find((x) => x.num !== null)?.num ?? null);
  return count === null ? null : { count, unit: m[2]!.toLowerCase() };
}

/**
 * Times that stay relative because no date is known on either side (an undated claim against an undated page):
 * the claim and its source are read as written on the same day, so "20 years ago" contradicts the same
 * event's "35 years ago". Only counts back in the same unit are compared; other relative times have no anchor.
 */
function checkOffsets(ctx: CheckContext): CheckResult | null {
  const claimOffsets = ctx.claim.times.flatMap((t) => {
    const o = t.interval === null ? offsetOf(t) : null;
    return o ? [{ t, o }] : [];
  });
  if (claimOffsets.length === 0) return null;
  const evidence = ctx
    .evidence()
    .filter((e) => e.score >= CONFLICT_UNDATED && !ctx.doc.sentences[e.at]?.date);
  for (const { t, o } of claimOffsets) {
    let rival: { e: EvidenceSentence; text: string } | null = null;
    let agrees = false;
    for (const e of evidence)
      for (const et of e.analysed.times) {
        const eo = et.interval === null ? offsetOf(et) : null;
        if (!eo || eo.unit !== o.unit) continue;
        if (eo.count === o.count) agrees = true;
        else rival ??= { e, text: et.text };
      }
    if (agrees || !rival) continue;
    return dateContradiction(
      `the claim says "${clip(t.text, 40)}"; [${rival.e.source}] says "${clip(rival.text, 40)}" (neither is dated: read as written on the same day)`,
      rival.e,
    );
  }
  return null;
}
