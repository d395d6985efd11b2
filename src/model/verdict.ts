/** What the verifier says of one sentence. */
export type VerdictLabel = 'supported' | 'contradicted' | 'unsupported' | 'not_checkable';

export type ReasonKind =
  | 'date'
  | 'number'
  | 'entity'
  | 'place'
  | 'quote'
  | 'attribution'
  | 'role'
  | 'negation'
  | 'lexical'
  | 'uncited';

export interface Reason {
  readonly kind: ReasonKind;
  /** A sentence a reader understands: "the claim dates it to early 2024 (2024-01-01..2024-04-30); [1] to 2025". */
  readonly detail: string;
  /** Whether this reason alone contradicts the claim (a hard contradiction). */
  readonly hard?: boolean;
}

export interface Evidence {
  /** 1-based citation number of the source in the article's source list. */
  readonly source: number;
  readonly sentence: string;
  /** Retrieval score in [0, 1]. */
  readonly score: number;
}

export interface Verdict {
  readonly label: VerdictLabel;
  /** Support probability in [0, 1]: high means supported. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly evidence: readonly Evidence[];
  /** The sentence carried no citation and was checked against all sources. */
  readonly uncited: boolean;
}
