/** Typed errors of the LLM client, so callers can tell a refusal from a budget stop from a broken server. */

export type LlmErrorKind = 'config' | 'budget' | 'refusal' | 'timeout' | 'http' | 'connection' | 'output';

export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  constructor(kind: LlmErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LlmError';
    this.kind = kind;
  }
}

/** Bad or missing configuration (env or wireproof.config.json); names the setting and where it came from. */
export class LlmConfigError extends LlmError {
  constructor(message: string) {
    super('config', message);
    this.name = 'LlmConfigError';
  }
}

/** The per-run call cap (`maxCalls`) is used up. Nothing was sent. */
export class LlmBudgetError extends LlmError {
  readonly maxCalls: number;
  constructor(maxCalls: number, lastError?: Error) {
    super(
      'budget',
      `LLM call budget exhausted: maxCalls=${maxCalls} requests already sent in this run` +
        (lastError ? ` (last request failed: ${lastError.message})` : ''),
      { cause: lastError },
    );
    this.name = 'LlmBudgetError';
    this.maxCalls = maxCalls;
  }
}

/** The model declined to answer (refusal field, content filter, or an apology instead of JSON). */
export class LlmRefusalError extends LlmError {
  readonly refusal: string;
  constructor(refusal: string) {
    super('refusal', `the model refused: ${truncate(refusal, 200)}`);
    this.name = 'LlmRefusalError';
    this.refusal = refusal;
  }
}

/** Every attempt timed out. */
export class LlmTimeoutError extends LlmError {
  readonly timeoutMs: number;
  readonly attempts: number;
  constructor(timeoutMs: number, attempts: number, url: string) {
    super('timeout', `LLM request to ${url} timed out after ${timeoutMs} ms (${attempts} attempt(s))`);
    this.name = 'LlmTimeoutError';
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}

/** The server answered with an error status (after retries, for 429 and 5xx). */
export class LlmHttpError extends LlmError {
  readonly status: number;
  readonly attempts: number;
  constructor(status: number, detail: string, attempts: number, url: string) {
    super('http', `LLM server ${url} answered ${status} (${attempts} attempt(s)): ${truncate(detail, 300)}`);
    this.name = 'LlmHttpError';
    this.status = status;
    this.attempts = attempts;
  }
}

/** The server could not be reached. */
export class LlmConnectionError extends LlmError {
  constructor(url: string, detail: string, attempts: number, cause?: unknown) {
    super('connection', `cannot reach LLM server ${url} (${attempts} attempt(s)): ${detail}`, { cause });
    this.name = 'LlmConnectionError';
  }
}

/** The model's answer was not valid JSON, or failed the caller's validation, even after one repair round. */
export class LlmOutputError extends LlmError {
  /** The last raw content the model returned. */
  readonly content: string;
  constructor(reason: string, content: string) {
    super(
      'output',
      `LLM output rejected: ${reason}; content began: ${JSON.stringify(truncate(content, 120))}`,
    );
    this.name = 'LlmOutputError';
    this.content = content;
  }
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n)}…`;
}
