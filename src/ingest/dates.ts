/** Publication dates: strict validation of what users type, lenient reading of what feeds and pages carry. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 / 2822 as in RSS: "Mon, 20 Oct 2025 08:15:00 +0200" (weekday and seconds optional).
const RFC822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?)?$/i;
const ZONES: Record<string, string> = {
  gmt: 'Z',
  ut: 'Z',
  utc: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a publication date into ISO 8601 (a date, or a date-time keeping its offset so the local day survives).
 * Returns null for an empty value; throws Error with a reader's message for a value that is not a real date.
 */
export function parsePublished(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('not a valid date');
    return value.toISOString();
  }
  if (typeof value !== 'string')
    throw new Error(`expected a date like 2025-10-20, got ${JSON.stringify(value)}`);
  const s = value.trim();
  if (!s) return null;
  let m = ISO_DATE.exec(s);
  if (m) {
    if (!validDay(+m[1]!, +m[2]!, +m[3]!)) throw new Error(`"${s}" is not a calendar date`);
    return s;
  }
  m = ISO_DATETIME.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (!validDay(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +(sec ?? 0) > 60)
      throw new Error(`"${s}" is not a valid date-time`);
    const z = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
      : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  m = RFC822.exec(s);
  if (m) {
    const [, d, mon, yy, h, mi, sec, zone] = m;
    const mo = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    let y = +yy!;
    if (y < 100) y += y < 70 ? 2000 : 1900;
    if (!mo || !validDay(y, mo, +d!)) throw new Error(`"${s}" is not a valid date`);
    const date = `${y}-${pad(mo)}-${pad(+d!)}`;
    if (h === undefined) return date;
    let z = '';
    if (zone)
      z = /^[+-]\d{4}$/.test(zone)
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : (ZONES[zone.toLowerCase()] ?? '');
    return `${date}T${pad(+h)}:${mi}:${sec ?? '00'}${z}`;
  }
  // Anything else a page might carry ("October 20, 2025"): trust Date only for plausible years.
  const t = Date.parse(s);
  if (/\d{4}/.test(s) && !Number.isNaN(t)) {
    const dt = new Date(t);
    const hasTime = /\d{1,2}:\d{2}/.test(s);
    return hasTime
      ? dt.toISOString().replace('.000Z', 'Z')
      : `${dt.getFullYear()}-${pad(dt.getMonth() + 1)}-${pad(dt.getDate())}`;
  }
  throw new Error(`"${s}" is not a date (expected YYYY-MM-DD)`);
}

/** Like parsePublished but never throws: for metadata scraped from pages and feeds, where junk is common. */
export function tryParsePublished(value: unknown): string | null {
  try {
    return parsePublished(value);
  } catch {
    return null;
  }
}

/** Validates a user-given YYYY-MM-DD (from --source-date or FILE@DATE). */
export function parseDayArg(value: string): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!))
    throw new Error(`bad date "${value}" (expected a real YYYY-MM-DD)`);
  return value.trim();
}
