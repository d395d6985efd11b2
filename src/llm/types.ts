/** Public types of the LLM client. */
import type { CallUsage, LlmPrices, LlmUsage } from './usage.ts';

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  readonly role: ChatRole;
  readonly content: string;
}

/** Everything needed to build a client; what `llmConfigFromEnv` / `loadLlmConfig` return. */
export interface LlmConfig {
  /** OpenAI-compatible base URL ending in /v1: Ollama http://127.0.0.1:11434/v1, llama.cpp http://127.0.0.1:8080/v1. */
  readonly baseURL: string;
  /** Local servers ignore it; a placeholder is sent when absent. */
  readonly apiKey?: string;
  readonly model: string;
  /** Per-request timeout (default 60,000). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, timeouts and connection errors (default 3). */
  readonly maxRetries?: number;
  /** Cap on HTTP requests per client (one run); further calls throw LlmBudgetError. */
  readonly maxCalls?: number;
  /** Folder for the answer cache; no cache when absent. */
  readonly cacheDir?: string;
  readonly prices?: LlmPrices;
  /** Sampling temperature sent with every request (default 0, for repeatable answers). */
  readonly temperature?: number;
}

export interface LlmClientOptions extends LlmConfig {
  /** Backoff tuning (tests use small values). */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly maxRetryAfterMs?: number;
  /** Injected for tests: how to wait, and the jitter source. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export interface ChatJsonOptions {
  readonly temperature?: number;
  readonly maxTokens?: number;
  /** Overrides the client's per-request timeout. */
  readonly timeoutMs?: number;
  /** Set false to bypass the cache for this call. */
  readonly cache?: boolean;
  readonly signal?: AbortSignal;
}

export interface ChatJsonResult<T> {
  readonly value: T;
  readonly usage: CallUsage;
}

export interface LlmClient {
  readonly model: string;
  readonly baseURL: string;
  /**
   * Sends the messages asking for a JSON object, parses the reply and passes it to `validate`, which returns the
   * typed value or throws an Error whose message tells the model what was wrong (it gets one chance to repair).
   */
  chatJson<T>(
    messages: readonly ChatMessage[],
    validate: (x: unknown) => T,
    opts?: ChatJsonOptions,
  ): Promise<ChatJsonResult<T>>;
  /** The running token, request and cost account of this client. */
  usage(): LlmUsage;
}
