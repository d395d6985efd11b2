import type { DateInterval } from '../model/index.ts';

/** Calendar arithmetic on plain days (UTC, no time zones: a date is a calendar day) and the named parts of years. */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** As printed: "January" ... "December". */
export const MONTH_LABELS: readonly string[] = MONTH_NAMES.map(capital);
/** As printed, Monday first (the order of `weekday`). */
export const WEEKDAY_LABELS: readonly string[] = WEEKDAYS.map(capital);

// ---- calendar helpers (UTC, no time zones: a date is a calendar day) ----

export function toUtc(d: Day): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}
export function fromUtc(t: number): Day {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}
export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * 86_400_000);
}
export function iso(d: Day): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** 0 = Monday ... 6 = Sunday. */
export function weekday(d: Day): number {
  return (new Date(toUtc(d)).getUTCDay() + 6) % 7;
}
export function cmp(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
export function iv(a: Day, b: Day): DateInterval {
  return { start: iso(a), end: iso(b) };
}
export function monthIv(y: number, m: number, from = 1, to = daysInMonth(y, m)): DateInterval {
  return iv({ y, m, d: from }, { y, m, d: Math.min(to, daysInMonth(y, m)) });
}
export function monthsIv(y: number, m1: number, m2: number): DateInterval {
  // m2 may pass December (winter): roll into the next year.
  const y2 = y + Math.floor((m2 - 1) / 12);
  const mm2 = ((m2 - 1) % 12) + 1;
  return iv({ y, m: m1, d: 1 }, { y: y2, m: mm2, d: daysInMonth(y2, mm2) });
}
export function yearIv(y: number): DateInterval {
  return iv({ y, m: 1, d: 1 }, { y, m: 12, d: 31 });
}
export function weekOf(d: Day): DateInterval {
  const mon = addDays(d, -weekday(d));
  return iv(mon, addDays(mon, 6));
}
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

/** Parse a publication date (ISO date or date-time) to a calendar day; throws on nonsense. */
export function parseDocDate(date: string | null): Day | null {
  if (date === null || date === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!m) throw new RangeError(`invalid publication date "${date}": expected YYYY-MM-DD`);
  const d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > daysInMonth(d.y, d.m))
    throw new RangeError(`invalid publication date "${date}": no such day`);
  return d;
}

export function monthIndex(word: string): number | null {
  // Month names must be capitalised: "may" and "march" are verbs.
  if (!/^\p{Lu}/u.test(word)) return null;
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w)));
  return i < 0 ? null : i + 1;
}
export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}
export function numWord(w: string): number {
  const x = w.toLowerCase();
  if (/^\d+$/.test(x)) return Number(x);
  const words: Record<string, number> = {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    several: 3,
    'a few': 3,
    few: 3,
  };
  return words[x] ?? 1;
}

export type Part =
  'early' | 'mid' | 'late' | 'start' | 'end' | 'middle' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4';
export function partOf(p: string): Part | null {
  const x = p.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^early|^earlier/.test(x)) return 'early';
  if (/^mid|^middle|^the middle/.test(x)) return 'mid';
  if (/^late|^later/.test(x)) return 'late';
  if (/(start|beginning)/.test(x)) return 'start';
  if (/end/.test(x)) return 'end';
  if (/first half/.test(x)) return 'h1';
  if (/second half/.test(x)) return 'h2';
  if (/first quarter|^q1/.test(x)) return 'q1';
  if (/second quarter|^q2/.test(x)) return 'q2';
  if (/third quarter|^q3/.test(x)) return 'q3';
  if (/(fourth|last|final) quarter|^q4/.test(x)) return 'q4';
  return null;
}
export function yearPart(y: number, p: Part): DateInterval {
  switch (p) {
    case 'early':
      return monthsIv(y, 1, 4);
    case 'mid':
    case 'middle':
      return monthsIv(y, 5, 8);
    case 'late':
      return monthsIv(y, 9, 12);
    case 'start':
      return monthsIv(y, 1, 3);
    case 'end':
      return monthsIv(y, 10, 12);
    case 'h1':
      return monthsIv(y, 1, 6);
    case 'h2':
      return monthsIv(y, 7, 12);
    case 'q1':
      return monthsIv(y, 1, 3);
    case 'q2':
      return monthsIv(y, 4, 6);
    case 'q3':
      return monthsIv(y, 7, 9);
    case 'q4':
      return monthsIv(y, 10, 12);
  }
}
export function monthPart(y: number, m: number, p: Part): DateInterval {
  const last = daysInMonth(y, m);
  switch (p) {
    case 'early':
      return monthIv(y, m, 1, 10);
    case 'mid':
    case 'middle':
      return monthIv(y, m, 11, 20);
    case 'late':
      return monthIv(y, m, 21, last);
    case 'start':
      return monthIv(y, m, 1, 7);
    case 'end':
      return monthIv(y, m, last - 6, last);
    default:
      return monthIv(y, m);
  }
}
export const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
export function seasonIv(y: number, s: string): DateInterval {
  const m = SEASON_START[s.toLowerCase()]!;
  return monthsIv(y, m, m + 2);
}
/** The year whose season `s` contains day d, or null. */
export function seasonYearOf(d: Day, s: string): number | null {
  const m = SEASON_START[s.toLowerCase()]!;
  if (m === 12) return d.m === 12 ? d.y : d.m <= 2 ? d.y - 1 : null;
  return d.m >= m && d.m <= m + 2 ? d.y : null;
}
