// Anchors relative times to the calendar: "on Monday" in a report dated 2025-10-20 becomes
// "on Monday, 20 October"; "last year" in a 2026 report becomes "in 2025". Quoted words stay as spoken.
import type { Span, TimeMention } from '../model/index.ts';
import { MONTH_LABELS, WEEKDAY_LABELS } from '../text/index.ts';

const MONTHS = MONTH_LABELS;

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const DAY_WORD = /\b(yesterday|today|tonight|tomorrow)\b/i;
const YEAR_WORD = /^(earlier |later )?(this|last|next) year$/i;
const MONTH_WORD = /^(earlier |later )?(this|last|next) month$/i;

const parts = (iso: string): { y: number; m: number; d: number } => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/** "Monday, 9 March" (with the year when it differs from `year`). */
export function dayLabel(iso: string, year?: number): string {
  const { y, m, d } = parts(iso);
  const weekday = WEEKDAY_LABELS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
  return `${weekday}, ${d} ${MONTHS[m - 1]}${year !== undefined && year !== y ? ` ${y}` : ''}`;
}

/** The anchored wording for one time mention, or null to leave it alone. */
export function anchorTime(t: TimeMention, year?: number): string | null {
  if (!t.interval) return null;
  const text = t.text.trim();
  if (/\d/.test(text) || new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'i').test(text)) return null;
  if (t.grain === 'day' && (WEEKDAY.test(text) || DAY_WORD.test(text))) {
    const on = /^on\b/i.test(text) || DAY_WORD.test(text) ? 'on ' : '';
    const lead = /^(by|before|after|until|since|from|on)\b/i.exec(text)?.[1];
    const prefix = lead && lead.toLowerCase() !== 'on' ? `${lead} ` : on;
    // Keep the part of the day: "on Tuesday night" -> "on the night of Tuesday, 10 March".
    const part = /\b(morning|afternoon|evening|night)\b/i.exec(text)?.[1]?.toLowerCase();
    const label = dayLabel(t.interval.start, year);
    if (part) return `${prefix}the ${part} of ${label}`;
    if (/\b(late|early)\b/i.test(text)) return null;
    return `${prefix}${label}`;
  }
  const { y, m, d } = parts(t.interval.start);
  // "this week" in a report of Friday 10 April is the week that began on Monday 6 April.
  if (
    t.grain === 'week' &&
    /^(?:in\s+|during\s+)?(?:this|last|next|the past|the previous|the coming)\s+week$/i.test(text)
  )
    return `in the week of ${d} ${MONTHS[m - 1]}${year !== undefined && year !== y ? ` ${y}` : ''}`;
  const ym = YEAR_WORD.exec(text);
  if (ym && (t.grain === 'year' || t.grain === 'range')) return `${ym[1] ? `${ym[1]}in ` : 'in '}${y}`;
  const mm = MONTH_WORD.exec(text);
  if (mm && t.grain === 'month') return `${mm[1] ? `${mm[1]}in ` : 'in '}${MONTHS[m - 1]} ${y}`;
  return null;
}

const inside = (s: Span, spans: readonly Span[]): boolean =>
  spans.some((q) => s.start >= q.start && s.end <= q.end);

/** Quoted stretches of a sentence, by quote marks. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /["“][^"”]*["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Replace every anchorable time mention of a sentence, right to left so spans stay valid. */
export function anchorTimes(text: string, times: readonly TimeMention[], year?: number): string {
  const quotes = quoteSpans(text);
  let out = text;
  const sorted = [...times].sort((a, b) => b.span.start - a.span.start);
  for (const t of sorted) {
    if (inside(t.span, quotes) || out.slice(t.span.start, t.span.end) !== t.text) continue;
    // A possessive ("last week's floods") would read "in the week of 6 April's floods": leave it as written.
    if (/^['’]s\b/.test(out.slice(t.span.end))) continue;
    const label = anchorTime(t, year);
    if (!label) continue;
    const atStart = t.span.start === 0;
    const fixed = atStart ? label.charAt(0).toUpperCase() + label.slice(1) : label;
    // "on Monday" already preceded by "on" in the text: avoid "on on".
    const before = out.slice(0, t.span.start);
    const dedup = /\bon\s$/i.test(before) && /^on /i.test(fixed) ? fixed.slice(3) : fixed;
    out = before + dedup + out.slice(t.span.end);
  }
  return out;
}
