import { SECTION_TITLES, type CitedSource, type VerdictLabel, type VerifyReport } from '../model/index.ts';
import { escapeHtml as h, safeUrl } from './escape.ts';
import { page } from './layout.ts';
import { VERDICT_WORDS } from './verdict-view.ts';

const LABELS: readonly VerdictLabel[] = ['supported', 'contradicted', 'unsupported', 'not_checkable'];

const sectionTitle = (kind: string): string =>
  Object.hasOwn(SECTION_TITLES, kind) ? SECTION_TITLES[kind as keyof typeof SECTION_TITLES] : kind;

const sourceName = (src: CitedSource | undefined, n: number): string =>
  src
    ? `[${n}] ${src.outlet ?? 'Unknown outlet'}${src.published ? `, ${src.published.slice(0, 10)}` : ''}`
    : `[${n}]`;

/**
 * The audit page (`wireproof verify --format html`): every sentence coloured by its verdict, with the
 * reasons and the evidence sentences beside it.
 */
export function renderAuditHtml(report: VerifyReport): string {
  const byN = new Map(report.sources.map((s) => [s.n, s]));
  const counts = LABELS.map(
    (l) =>
      `<li><span class="badge b-${l}">${report.counts[l] ?? 0}</span> ${h(VERDICT_WORDS[l].toLowerCase())}</li>`,
  ).join('');
  const rows = report.sentences.map((s) => {
    const v = s.verdict;
    const cites = s.citations.length
      ? ` <span class="meta">${s.citations.map((n) => `[${n}]`).join('')}</span>`
      : '';
    const reasons = v.reasons.map((r) => `<li><strong>${h(r.kind)}</strong>: ${h(r.detail)}</li>`).join('');
    const quote = (e: (typeof v.evidence)[number]) =>
      `<blockquote><p>${h(e.sentence)}</p><p class="meta">${h(sourceName(byN.get(e.source), e.source))}</p></blockquote>`;
    // The two best evidence sentences are shown; the rest fold away so long audits stay scannable.
    const ranked = [...v.evidence].sort((a, b) => b.score - a.score);
    const more = ranked.slice(2);
    const evidence =
      ranked.slice(0, 2).map(quote).join('') +
      (more.length
        ? `<details><summary>${more.length} more evidence sentence${more.length === 1 ? '' : 's'}</summary>${more.map(quote).join('')}</details>`
        : '');
    return (
      `<div class="claim v-${v.label}" id="sent-${s.index}">${s.section ? `<span class="meta">${h(sectionTitle(s.section))}</span><br>` : ''}${h(s.text)}${cites}</div>` +
      `<div class="why"><strong>${h(VERDICT_WORDS[v.label])}</strong> <span class="meta">(score ${v.score.toFixed(2)}${v.uncited ? ', uncited: checked against all sources' : ''})</span>` +
      `${reasons ? `<ul>${reasons}</ul>` : ''}${evidence || '<p class="meta">No evidence sentence found.</p>'}</div>`
    );
  });
  const sources = report.sources
    .map((src) => {
      const url = safeUrl(src.url);
      const title = url
        ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${h(src.title)}</a>`
        : h(src.title);
      return `<li>${h(src.outlet ?? 'Unknown outlet')}, ${title}${src.published ? `, ${h(src.published.slice(0, 10))}` : ''}</li>`;
    })
    .join('');
  const body =
    `<h1>Audit: ${h(report.title)}</h1>` +
    `<p class="meta">${report.sentences.length} sentences checked against ${report.sources.length} source${report.sources.length === 1 ? '' : 's'}.</p>` +
    `<ul class="legend" aria-label="Verdict counts">${counts}</ul>` +
    `<section aria-labelledby="sents"><h2 id="sents">Sentences</h2><div class="audit">${rows.join('')}</div></section>` +
    (sources
      ? `<section aria-labelledby="srcs"><h2 id="srcs">Sources</h2><ol class="sources">${sources}</ol></section>`
      : '');
  return page({ title: `Audit: ${report.title}`, root: '', body, wide: true, standalone: true });
}
