import type { AnalysedSentence, ReasonKind } from '../../model/index.ts';
import type { DocIndex, Retrieved, TermMatch } from '../evidence.ts';
import type { Term } from '../terms.ts';

/** An evidence sentence with its mentions (times resolved against its own source's date). */
export interface EvidenceSentence {
  /** Position in the searched index (DocIndex.sentences). */
  readonly at: number;
  /** Citation number of its source. */
  readonly source: number;
  readonly analysed: AnalysedSentence;
  /** Share of the claim's weight this sentence matches. */
  readonly score: number;
}

/** Everything a check may look at; mentions of sources are computed lazily and cached by the caller. */
export interface CheckContext {
  readonly claim: AnalysedSentence;
  readonly claimTerms: readonly Term[];
  readonly doc: DocIndex;
  readonly matches: readonly TermMatch[];
  /** Claim terms that look like names (capitalised, or unknown to WordNet in lower-cased text). */
  readonly nameTerms: readonly TermMatch[];
  readonly retrieved: Retrieved;
  /** The best retrieved sentences and the window around the best one, best first. */
  readonly evidence: () => readonly EvidenceSentence[];
  /** Every sentence of the searched sources, analysed (for "does any source say this at all"). */
  readonly all: () => readonly EvidenceSentence[];
  /** Speaker of a quotation in the sources that contains these words, by source; undefined when none found. */
  readonly quoteSpeakers: (words: string) => { found: boolean; speakers: (string | null)[] };
}

export type Severity = 'contradiction' | 'unsupported';

export type CheckResult =
  | { readonly status: 'pass'; readonly check: CheckName }
  | { readonly status: 'na'; readonly check: CheckName }
  | {
      readonly status: 'fail';
      readonly check: CheckName;
      readonly kind: ReasonKind;
      readonly detail: string;
      /** contradiction: the evidence says otherwise; unsupported: the evidence does not say it. */
      readonly severity: Severity;
      /** A hard contradiction decides the verdict alone (date, number, name, quote). */
      readonly hard: boolean;
      /** The conflicting evidence, when there is one. */
      readonly evidence?: { readonly source: number; readonly sentence: string };
    };

export type CheckName = 'time' | 'number' | 'entity' | 'quote' | 'role' | 'negation' | 'coverage';

export const pass = (check: CheckName): CheckResult => ({ status: 'pass', check });

/** A finding that evidence sentence `e` says otherwise; a hard one decides the verdict alone. */
export function contradiction(
  check: CheckName,
  kind: ReasonKind,
  hard: boolean,
  detail: string,
  e: EvidenceSentence,
): CheckResult {
  return {
    status: 'fail',
    check,
    kind,
    severity: 'contradiction',
    hard,
    detail,
    evidence: { source: e.source, sentence: e.analysed.text },
  };
}
export const na = (check: CheckName): CheckResult => ({ status: 'na', check });

/** Shortens text for a reason line. */
export function clip(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
