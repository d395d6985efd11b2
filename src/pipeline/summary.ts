import type { RunSummary } from './run.ts';

/** The short report `wireproof run` prints on stdout. */
export function formatSummary(s: RunSummary, outDir: string): string {
  const lines = [
    `sources:   ${s.sources.read} read, ${s.sources.new} new, ${s.sources.stored} stored, ${s.errors.filter((e) => !e.origin.startsWith('story ')).length} input error(s)`,
    `stories:   ${s.stories.total} (${s.stories.rewritten} new or changed)`,
    `articles:  ${s.articles.written} written this run; ${s.articles.total} in all (${s.articles.published} published, ${s.articles.held} held for review)`,
    `sentences: ${s.sentences.supported} supported, ${s.sentences.flagged} flagged, ${s.sentences.notCheckable} not checkable; ${s.sentences.dropped} dropped by the verifier before publishing`,
    `site:      ${s.files} file(s) written to ${outDir}`,
  ];
  if (s.llm) {
    const u = s.llm;
    lines.push(
      `llm:       ${u.calls} call(s), ${u.requests} request(s), ${u.cacheHits} from cache, ${u.promptTokens} + ${u.completionTokens} tokens${u.estimated ? ' (estimated)' : ''}, cost ${u.cost.toFixed(4)}`,
    );
  }
  if (s.missingStages.length) lines.push(`missing stages: ${s.missingStages.join('; ')}`);
  if (s.errors.length) {
    lines.push('errors:');
    for (const e of s.errors) lines.push(`  ${e.origin}: ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where commands look for the store when --db is not given. */
export const defaultDbPath = (env: Readonly<Record<string, string | undefined>>, outDir = 'out'): string =>
  env.WIREPROOF_DB || `${outDir.replace(/\/+$/, '') || '.'}/wireproof.db`;
