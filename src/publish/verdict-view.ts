import type { ArticleSentence, VerdictLabel } from '../model/index.ts';

/** How a sentence's verification shows: glyph, words and CSS class. */
export interface VerdictView {
  readonly cls: VerdictLabel | 'unchecked';
  readonly glyph: string;
  readonly words: string;
}

export const VERDICT_WORDS: Readonly<Record<VerdictLabel, string>> = {
  supported: 'Supported by its sources',
  contradicted: 'Contradicted by a cited source',
  unsupported: 'Not found in its sources',
  not_checkable: 'Not checkable (framing or opinion)',
};

const GLYPHS: Readonly<Record<VerdictLabel, string>> = {
  supported: '✓',
  contradicted: '✗',
  unsupported: '?',
  not_checkable: '–',
};

export function verdictView(s: ArticleSentence): VerdictView {
  const label = s.verdict?.label;
  if (!label) return { cls: 'unchecked', glyph: '·', words: 'Not verified' };
  const approved = s.review?.action === 'approved' && label !== 'supported' ? '; approved by an editor' : '';
  return { cls: label, glyph: GLYPHS[label], words: `${VERDICT_WORDS[label]}${approved}` };
}

/** True when an editor must look at the sentence: checked and not supported, and not yet approved. */
export function isFlagged(s: ArticleSentence): boolean {
  return s.verdict !== undefined && s.verdict.label !== 'supported' && s.review?.action !== 'approved';
}
