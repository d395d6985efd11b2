import { escapeHtml } from './escape.ts';

export interface TimelinePoint {
  /** ISO date (only the YYYY-MM-DD part is used). */
  readonly date: string;
  readonly text: string;
}

export interface OutletCount {
  readonly outlet: string;
  /** Reports the outlet published itself. */
  readonly reports: number;
  /** Copies of another outlet's report it republished. */
  readonly republished: number;
}

const DAY = 86_400_000;
const dayOf = (iso: string): number | null => {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY);
};

/**
 * Dated developments on a proportional date axis, numbered dots matching the list under the chart.
 * Developments on the same day stack upwards.
 */
export function timelineSvg(points: readonly TimelinePoint[], id: string): string {
  const dated = points
    .map((p) => ({ ...p, day: dayOf(p.date) }))
    .filter((p): p is TimelinePoint & { day: number } => p.day !== null)
    .sort((a, b) => a.day - b.day);
  if (dated.length === 0) return '';
  // A narrow viewBox keeps labels legible when the chart shrinks to a phone's width.
  const W = 460;
  const left = 45;
  const right = W - 45;
  const first = dated[0]!.day;
  const last = dated[dated.length - 1]!.day;
  const span = Math.max(1, last - first);
  const x = (day: number): number =>
    last === first ? W / 2 : left + ((day - first) / span) * (right - left);
  // Dots closer than GAP (same day or nearby days) go up a level, so none hides another.
  const GAP = 26;
  const lastX: number[] = [];
  const levels = dated.map((p) => {
    const px = x(p.day);
    let level = lastX.findIndex((lx) => px - lx >= GAP);
    if (level === -1) level = lastX.length;
    lastX[level] = px;
    return level;
  });
  const axisY = 30 + lastX.length * 26;
  const H = axisY + 44;
  const dots: string[] = [];
  dated.forEach((p, i) => {
    const cx = x(p.day).toFixed(1);
    const cy = axisY - 16 - levels[i]! * 26;
    dots.push(
      `<g><title>${escapeHtml(`${p.date.slice(0, 10)}: ${p.text}`)}</title>` +
        `<line x1="${cx}" y1="${cy}" x2="${cx}" y2="${axisY}" stroke="#9aa4af"/>` +
        `<circle cx="${cx}" cy="${cy}" r="11" fill="#0b4f9c"/>` +
        `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="12" fill="#fff">${i + 1}</text></g>`,
    );
  });
  // Date labels under the axis, skipping any that would overlap the previous one.
  const labels: string[] = [];
  let lastLabelX = -Infinity;
  for (const day of [...new Set(dated.map((p) => p.day))]) {
    const lx = x(day);
    if (lx - lastLabelX < 90) continue;
    lastLabelX = lx;
    const iso = new Date(day * DAY).toISOString().slice(0, 10);
    labels.push(
      `<text x="${lx.toFixed(1)}" y="${axisY + 22}" text-anchor="middle" font-size="13" fill="#4a535e">${iso}</text>`,
    );
  }
  const titleId = `${escapeHtml(id)}-title`;
  return (
    `<svg class="chart-tl" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">Timeline: ${dated.length} developments from ${dated[0]!.date.slice(0, 10)} to ${dated[dated.length - 1]!.date.slice(0, 10)}</title>` +
    `<line x1="${left - 20}" y1="${axisY}" x2="${right + 20}" y2="${axisY}" stroke="#1b1f24" stroke-width="2"/>` +
    dots.join('') +
    labels.join('') +
    '</svg>'
  );
}

/** Horizontal bars: reports per outlet, republished copies in a lighter shade after them. */
export function coverageSvg(counts: readonly OutletCount[], id: string): string {
  if (counts.length === 0) return '';
  const rows = [...counts].sort(
    (a, b) => b.reports + b.republished - (a.reports + a.republished) || a.outlet.localeCompare(b.outlet),
  );
  const W = 420;
  const labelW = 150;
  const barMax = W - labelW - 40;
  const max = Math.max(...rows.map((r) => r.reports + r.republished));
  const rowH = 30;
  const H = rows.length * rowH + 10;
  const unit = barMax / max;
  const bars = rows.map((r, i) => {
    const y = 5 + i * rowH;
    const w1 = r.reports * unit;
    const w2 = r.republished * unit;
    const total = r.reports + r.republished;
    const name = r.outlet.length > 19 ? `${r.outlet.slice(0, 18)}…` : r.outlet;
    const desc = `${r.outlet}: ${r.reports} report${r.reports === 1 ? '' : 's'}${r.republished ? `, ${r.republished} republished` : ''}`;
    return (
      `<g><title>${escapeHtml(desc)}</title>` +
      `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="14" fill="#1b1f24">${escapeHtml(name)}</text>` +
      (w1 > 0
        ? `<rect x="${labelW}" y="${y + 4}" width="${w1.toFixed(1)}" height="20" fill="#0b4f9c"/>`
        : '') +
      (w2 > 0
        ? `<rect x="${(labelW + w1).toFixed(1)}" y="${y + 4}" width="${w2.toFixed(1)}" height="20" fill="#8fb3dd"/>`
        : '') +
      `<text x="${(labelW + w1 + w2 + 6).toFixed(1)}" y="${y + 19}" font-size="14" fill="#1b1f24">${total}</text></g>`
    );
  });
  const titleId = `${escapeHtml(id)}-title`;
  return (
    `<svg class="chart-cov" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">Coverage by outlet: ${rows.length} outlet${rows.length === 1 ? '' : 's'}</title>` +
    bars.join('') +
    '</svg>'
  );
}
