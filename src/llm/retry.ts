/** When to retry and how long to wait: pure functions. */

export interface BackoffPolicy {
  /** First delay, doubled on each further attempt. */
  readonly baseDelayMs: number;
  /** Cap on the computed exponential delay. */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/** 429 (rate limit), 408 (request timeout) and 5xx are transient; other 4xx are the caller's fault. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds the server asked us to wait, from `retry-after-ms`, or `retry-after` as seconds or an HTTP date.
 * null when absent or unreadable.
 */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | undefined,
  nowMs: number,
): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Math.max(0, Number(ra) * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * Delay before retry number `attempt` (1 = first retry). A server's Retry-After wins when given; otherwise
 * exponential backoff with "full jitter" in [delay/2, delay] so that parallel clients spread out.
 * Returns null when the server asks for longer than the policy allows (give up rather than hang).
 */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | null,
  policy: BackoffPolicy,
  random: () => number,
): number | null {
  if (retryAfterMs !== null) return retryAfterMs > policy.maxRetryAfterMs ? null : retryAfterMs;
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}
