/** A report as ingested: one article, wire copy or press release. Plain text body, metadata beside it. */
export interface Source {
  /** Stable id: a hash of the canonical URL, or of outlet + title + body when there is no URL. */
  readonly id: string;
  readonly title: string;
  /** The outlet that published it ("Northgate Wire"); null when unknown. */
  readonly outlet: string | null;
  readonly url: string | null;
  /** Publication date as an ISO 8601 date or date-time; null when unknown (relative times then stay relative). */
  readonly published: string | null;
  readonly author: string | null;
  /** BCP 47 language tag, "en" by default. */
  readonly language: string;
  /** Body text; paragraphs separated by a blank line. */
  readonly text: string;
  /** Where it came from: a file path (with line for JSONL: "feed.jsonl:3") or a URL. */
  readonly origin: string;
  /** Other outlets that republished the same copy (filled in by near-duplicate folding). */
  readonly alsoPublishedBy?: readonly string[];
}

/** A problem with one input. Batches collect these and go on with the other inputs. */
export interface IngestError {
  /** File path, "path:line" or URL. */
  readonly origin: string;
  readonly message: string;
}

export type IngestResult =
  | { readonly ok: true; readonly sources: readonly Source[]; readonly errors: readonly IngestError[] }
  | { readonly ok: false; readonly errors: readonly IngestError[] };
