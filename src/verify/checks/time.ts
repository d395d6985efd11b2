// Time check: each side's time expressions are resolved against its own document's date; a claim time that
// overlaps no time of the evidence is unsupported, and contradicted when the evidence about the same thing is dated otherwise.
import type { DateInterval, TimeMention } from '../../model/index.ts';
import { intervalsOverlap } from '../../text/index.ts';
import { clip, na, pass, type CheckContext, type CheckResult, type EvidenceSentence } from './types.ts';

/** How much of the claim an evidence sentence must match to count as being about the same event. */
const SAME_EVENT = 0.3;
/**
 * A date contradiction needs a closer match in an undated source (a web page, a benchmark row): there, the times
 * are bare years that often date another fact of the same sentence. A dated report's times are anchored.
 */
const CONFLICT_UNDATED = 0.5;

const fmt = (i: DateInterval): string => (i.start === i.end ? i.start : `${i.start}..${i.end}`);

function resolved(times: readonly TimeMention[]): (TimeMention & { interval: DateInterval })[] {
  return times.filter((t): t is TimeMention & { interval: DateInterval } => t.interval !== null);
}

export function checkTime(ctx: CheckContext): CheckResult {
  const claimTimes = resolved(ctx.claim.times);
  if (claimTimes.length === 0) return na('time');
  const evidence = ctx.evidence();
  const all = ctx.all();
  for (const ct of claimTimes) {
    const overlaps = (e: EvidenceSentence): boolean =>
      resolved(e.analysed.times).some((t) => intervalsOverlap(t.interval, ct.interval));
    if (evidence.some(overlaps)) continue;
    // Another sentence of the sources may date it (times often sit one sentence away from the event).
    const elsewhere = all.find((e) => overlaps(e) && e.score >= SAME_EVENT);
    if (elsewhere) continue;
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
      return {
        status: 'fail',
        check: 'time',
        kind: 'date',
        severity: 'contradiction',
        hard: true,
        detail: `the claim dates it to "${ct.text}" (${fmt(ct.interval)}); [${conflict.source}] to "${t.text}" (${fmt(t.interval)})`,
        evidence: { source: conflict.source, sentence: conflict.analysed.text },
      };
    }
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
