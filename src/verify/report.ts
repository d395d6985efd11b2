// Audit reports of a verified article: the VerifyReport model, plain text, JSON (schema in docs/verify.md)
// and Markdown. HTML is rendered by the publish stage (renderAuditHtml).
import type { CitedSource, SentenceReport, Verdict, VerdictLabel, VerifyReport } from '../model/index.ts';
import type { ParsedSentence } from './citations.ts';

export const JSON_SCHEMA_ID = 'wireproof.verify/1';
export const LABELS: readonly VerdictLabel[] = ['supported', 'contradicted', 'unsupported', 'not_checkable'];

export function buildReport(
  title: string,
  sentences: readonly ParsedSentence[],
  verdicts: readonly Verdict[],
  sources: readonly CitedSource[],
): VerifyReport {
  const counts: Record<VerdictLabel, number> = {
    supported: 0,
    contradicted: 0,
    unsupported: 0,
    not_checkable: 0,
  };
  const rows: SentenceReport[] = sentences.map((s, i) => {
    const verdict = verdicts[i]!;
    counts[verdict.label]++;
    return {
      index: s.index,
      text: s.text,
      citations: s.citations,
      ...(s.section ? { section: s.section } : {}),
      verdict,
    };
  });
  return { title, sources, sentences: rows, counts };
}

/** Whether the report meets a --fail-on condition: "unsupported" fails on anything not supported or framing. */
export function failsOn(report: VerifyReport, level: 'unsupported' | 'contradicted'): boolean {
  return report.sentences.some(
    (s) =>
      s.verdict.label === 'contradicted' || (level === 'unsupported' && s.verdict.label === 'unsupported'),
  );
}

/** The documented JSON shape (flat, stable): see docs/verify.md. */
export function reportJson(report: VerifyReport): unknown {
  return {
    schema: JSON_SCHEMA_ID,
    title: report.title,
    counts: report.counts,
    sources: report.sources.map((s) => ({
      n: s.n,
      title: s.title,
      outlet: s.outlet,
      published: s.published,
      url: s.url,
    })),
    sentences: report.sentences.map((s) => ({
      index: s.index,
      text: s.text,
      citations: s.citations,
      section: s.section ?? null,
      verdict: s.verdict.label,
      score: s.verdict.score,
      uncited: s.verdict.uncited,
      reasons: s.verdict.reasons.map((r) => ({ kind: r.kind, detail: r.detail, hard: r.hard ?? false })),
      evidence: s.verdict.evidence.map((e) => ({ source: e.source, sentence: e.sentence, score: e.score })),
    })),
  };
}

export function renderReportJson(report: VerifyReport): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}

const MARK: Record<VerdictLabel, string> = {
  supported: 'OK ',
  contradicted: 'XX ',
  unsupported: '?? ',
  not_checkable: '-- ',
};

const summary = (r: VerifyReport): string =>
  LABELS.map((l) => `${r.counts[l]} ${l.replace('_', ' ')}`).join(', ');

export function renderReportText(report: VerifyReport): string {
  const out: string[] = [`${report.title}`, `${report.sentences.length} sentences: ${summary(report)}`, ''];
  for (const s of report.sentences) {
    const cites = s.citations.length ? ` ${s.citations.map((n) => `[${n}]`).join('')}` : '';
    out.push(
      `${MARK[s.verdict.label]}${String(s.index + 1).padStart(2)}. ${s.verdict.label.toUpperCase()} (${s.verdict.score.toFixed(2)})${cites}`,
    );
    out.push(`      ${s.text}`);
    for (const r of s.verdict.reasons) out.push(`      - ${r.kind}${r.hard ? ' (hard)' : ''}: ${r.detail}`);
    const ev = s.verdict.evidence[0];
    if (ev && s.verdict.label !== 'not_checkable') out.push(`      evidence [${ev.source}]: ${ev.sentence}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown text with the characters that would start markup escaped. */
function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function renderReportMarkdown(report: VerifyReport): string {
  const out: string[] = [
    `# Verification: ${mdEscape(report.title)}`,
    '',
    `**${report.sentences.length} sentences**: ${summary(report)}`,
    '',
  ];
  out.push('| # | verdict | score | sentence | reason | evidence |', '|---|---|---|---|---|---|');
  for (const s of report.sentences) {
    const cites = s.citations.length ? ` ${s.citations.map((n) => `\\[${n}\\]`).join('')}` : '';
    const reasons = s.verdict.reasons.map((r) => `**${r.kind}**: ${mdEscape(r.detail)}`).join('<br>');
    const ev = s.verdict.evidence[0];
    const evidence =
      ev && s.verdict.label !== 'not_checkable' ? `\\[${ev.source}\\] ${mdEscape(ev.sentence)}` : '';
    out.push(
      `| ${s.index + 1} | ${s.verdict.label} | ${s.verdict.score.toFixed(2)} | ${mdEscape(s.text).replace(/\n/g, ' ')}${cites} | ${reasons.replace(/\n/g, ' ')} | ${evidence.replace(/\n/g, ' ')} |`,
    );
  }
  if (report.sources.length) {
    out.push('', '## Sources', '');
    for (const src of report.sources)
      out.push(
        `${src.n}. ${[src.outlet, src.title, src.published, src.url]
          .filter(Boolean)
          .map((x) => mdEscape(String(x)))
          .join(' — ')}`,
      );
  }
  return `${out.join('\n')}\n`;
}
