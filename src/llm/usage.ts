/** Token and cost accounting: pure functions over plain records. */

/** Prices per 1,000 tokens, in the currency of the config (USD for OpenAI's list prices). */
export interface LlmPrices {
  readonly promptPer1k: number;
  readonly completionPer1k: number;
}

/** What one chatJson call cost (all its requests together). */
export interface CallUsage {
  /** HTTP requests sent for this call (retries and the JSON repair round included); 0 on a cache hit. */
  readonly requests: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly cost: number;
  readonly cached: boolean;
  /** Token counts were estimated from text length because the server reported none. */
  readonly estimated: boolean;
}

/** The running account of a client. */
export interface LlmUsage {
  /** chatJson calls answered (from the server or the cache). */
  readonly calls: number;
  /** HTTP requests sent: what `maxCalls` caps. */
  readonly requests: number;
  readonly cacheHits: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly cost: number;
  /** Some token counts were estimated (the server did not report usage). */
  readonly estimated: boolean;
}

export const ZERO_USAGE: LlmUsage = {
  calls: 0,
  requests: 0,
  cacheHits: 0,
  promptTokens: 0,
  completionTokens: 0,
  cost: 0,
  estimated: false,
};

export function costOf(
  promptTokens: number,
  completionTokens: number,
  prices: LlmPrices | undefined,
): number {
  if (!prices) return 0;
  return (promptTokens / 1000) * prices.promptPer1k + (completionTokens / 1000) * prices.completionPer1k;
}

/** Rough token count for servers that report none: about four characters a token for English. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Counts one HTTP request, at the moment it is sent (so parallel calls cannot overrun the cap). */
export function addRequest(total: LlmUsage): LlmUsage {
  return { ...total, requests: total.requests + 1 };
}

/** Adds the tokens a response reported (or that were estimated for it). */
export function addTokens(
  total: LlmUsage,
  tokens: { prompt: number; completion: number; estimated: boolean },
  prices: LlmPrices | undefined,
): LlmUsage {
  return {
    ...total,
    promptTokens: total.promptTokens + tokens.prompt,
    completionTokens: total.completionTokens + tokens.completion,
    cost: total.cost + costOf(tokens.prompt, tokens.completion, prices),
    estimated: total.estimated || tokens.estimated,
  };
}

/** Counts one answered chatJson call. */
export function addAnswer(total: LlmUsage, cached: boolean): LlmUsage {
  return { ...total, calls: total.calls + 1, cacheHits: total.cacheHits + (cached ? 1 : 0) };
}

/** What was spent between two snapshots of `usage()`: the account of one article or one verify run. */
export function usageSince(before: LlmUsage, after: LlmUsage): LlmUsage {
  return {
    calls: after.calls - before.calls,
    requests: after.requests - before.requests,
    cacheHits: after.cacheHits - before.cacheHits,
    promptTokens: after.promptTokens - before.promptTokens,
    completionTokens: after.completionTokens - before.completionTokens,
    cost: after.cost - before.cost,
    estimated: after.estimated,
  };
}
