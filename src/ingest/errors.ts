import type { IngestError } from '../model/index.ts';

/** A problem with one input (file, line, URL): the message names the problem, `origin` names the input. */
export class IngestInputError extends Error {
  readonly origin: string;
  constructor(origin: string, message: string, options?: { cause?: unknown }) {
    super(`${origin}: ${message}`, options);
    this.name = 'IngestInputError';
    this.origin = origin;
  }
  /** The message without the origin prefix. */
  get problem(): string {
    return this.message.startsWith(`${this.origin}: `)
      ? this.message.slice(this.origin.length + 2)
      : this.message;
  }
}

/** Turns anything thrown while ingesting `origin` into an IngestError record. */
export function toIngestError(origin: string, err: unknown): IngestError {
  if (err instanceof IngestInputError) return { origin: err.origin, message: err.problem };
  const message = err instanceof Error ? err.message : String(err);
  return { origin, message };
}
