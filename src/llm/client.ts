/** The OpenAI-compatible chat client: JSON answers, retries, timeouts, budget, cost account and cache. */
import OpenAI from 'openai';
import { cacheKey, readCache, writeCache } from './cache.ts';
import {
  LlmBudgetError,
  LlmConfigError,
  LlmConnectionError,
  LlmError,
  LlmHttpError,
  LlmOutputError,
  LlmRefusalError,
  LlmTimeoutError,
} from './errors.ts';
import { looksLikeRefusal, parseJsonContent } from './json.ts';
import {
  DEFAULT_BACKOFF,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs,
  type BackoffPolicy,
} from './retry.ts';
import type { ChatJsonOptions, ChatJsonResult, ChatMessage, LlmClient, LlmClientOptions } from './types.ts';
import {
  addAnswer,
  addRequest,
  addTokens,
  estimateTokens,
  ZERO_USAGE,
  type CallUsage,
  type LlmUsage,
} from './usage.ts';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 3;
// Local servers accept any key, but the SDK refuses to start without one.
const PLACEHOLDER_KEY = 'wireproof-no-key';

interface Reply {
  readonly content: string;
}

/** Builds a client. Checks the options up front so a typo fails before the first article, not during it. */
export function createLlmClient(opts: LlmClientOptions): LlmClient {
  const baseURL = checkBaseUrl(opts.baseURL);
  if (!opts.model || !opts.model.trim()) throw new LlmConfigError('no model given (set WIREPROOF_LLM_MODEL)');
  for (const [name, v] of [
    ['timeoutMs', opts.timeoutMs],
    ['maxRetries', opts.maxRetries],
    ['maxCalls', opts.maxCalls],
  ] as const) {
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) {
      throw new LlmConfigError(`${name} must be a whole number >= 0, got ${String(v)}`);
    }
  }
  const model = opts.model.trim();
  const timeoutMs = opts.timeoutMs || DEFAULT_TIMEOUT_MS;
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  const policy: BackoffPolicy = {
    baseDelayMs: opts.baseDelayMs ?? DEFAULT_BACKOFF.baseDelayMs,
    maxDelayMs: opts.maxDelayMs ?? DEFAULT_BACKOFF.maxDelayMs,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? DEFAULT_BACKOFF.maxRetryAfterMs,
  };
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  // Retries are ours (Retry-After, typed errors, budget per request), so the SDK's own are off.
  const sdk = new OpenAI({
    baseURL,
    apiKey: opts.apiKey || PLACEHOLDER_KEY,
    maxRetries: 0,
    timeout: timeoutMs,
  });

  let total: LlmUsage = ZERO_USAGE;
  // Some servers reject response_format; after the first such 400 we stop sending it.
  let jsonMode = true;

  async function send(messages: readonly ChatMessage[], o: ChatJsonOptions, account: Account) {
    const perRequestMs = o.timeoutMs ?? timeoutMs;
    for (let attempt = 1; ; attempt++) {
      if (opts.maxCalls !== undefined && total.requests >= opts.maxCalls)
        throw new LlmBudgetError(opts.maxCalls);
      account.request();
      const timer = AbortSignal.timeout(perRequestMs);
      const signal = o.signal ? AbortSignal.any([o.signal, timer]) : timer;
      let failure: { retryable: boolean; error: LlmError; retryAfterMs: number | null };
      try {
        const res = await sdk.chat.completions.create(
          {
            model,
            messages: messages.map((m) => ({ role: m.role, content: m.content })),
            temperature: o.temperature ?? opts.temperature ?? 0,
            ...(o.maxTokens !== undefined ? { max_tokens: o.maxTokens } : {}),
            ...(jsonMode ? { response_format: { type: 'json_object' as const } } : {}),
          },
          { signal, timeout: perRequestMs, maxRetries: 0 },
        );
        return readReply(res, messages, account);
      } catch (e) {
        if (e instanceof LlmError) throw e;
        if (o.signal?.aborted) throw e; // the caller cancelled: not ours to retry
        if (
          e instanceof OpenAI.APIError &&
          e.status === 400 &&
          jsonMode &&
          /response_format|json/i.test(e.message)
        ) {
          jsonMode = false;
          attempt--; // a capability probe, not a failure
          continue;
        }
        failure = classify(e, attempt, perRequestMs, timer.aborted);
      }
      if (!failure.retryable || attempt > maxRetries) throw failure.error;
      const delay = retryDelayMs(attempt, failure.retryAfterMs, policy, random);
      if (delay === null) throw failure.error;
      // Do not wait for a retry the budget will refuse.
      if (opts.maxCalls !== undefined && total.requests >= opts.maxCalls) {
        throw new LlmBudgetError(opts.maxCalls, failure.error);
      }
      await sleep(delay);
    }
  }

  function classify(e: unknown, attempt: number, ms: number, timedOut: boolean) {
    if (timedOut || e instanceof OpenAI.APIConnectionTimeoutError) {
      return { retryable: true, error: new LlmTimeoutError(ms, attempt, baseURL), retryAfterMs: null };
    }
    if (e instanceof OpenAI.APIConnectionError) {
      return {
        retryable: true,
        error: new LlmConnectionError(baseURL, describeCause(e), attempt, e),
        retryAfterMs: null,
      };
    }
    if (e instanceof OpenAI.APIError && typeof e.status === 'number') {
      return {
        retryable: isRetryableStatus(e.status),
        error: new LlmHttpError(e.status, e.message, attempt, baseURL),
        retryAfterMs: parseRetryAfter(e.headers, Date.now()),
      };
    }
    // A 200 whose body is not a chat completion (an HTML error page, say) lands here.
    const message = e instanceof Error ? e.message : String(e);
    return {
      retryable: false,
      error: new LlmOutputError(`unreadable server response (${message})`, ''),
      retryAfterMs: null,
    };
  }

  return {
    model,
    baseURL,
    usage: () => total,
    async chatJson<T>(
      messages: readonly ChatMessage[],
      validate: (x: unknown) => T,
      o: ChatJsonOptions = {},
    ): Promise<ChatJsonResult<T>> {
      if (messages.length === 0) throw new LlmConfigError('chatJson needs at least one message');
      const key =
        opts.cacheDir && o.cache !== false
          ? cacheKey({
              model,
              messages,
              temperature: o.temperature ?? opts.temperature ?? 0,
              maxTokens: o.maxTokens,
            })
          : null;
      if (key && opts.cacheDir) {
        const hit = await readCache(opts.cacheDir, key);
        if (hit) {
          try {
            const value = validate(parseJsonContent(hit.content));
            total = addAnswer(total, true);
            const usage: CallUsage = {
              requests: 0,
              promptTokens: 0,
              completionTokens: 0,
              cost: 0,
              cached: true,
              estimated: false,
            };
            return { value, usage };
          } catch {
            // an entry the current validator rejects is treated as a miss
          }
        }
      }

      let mine: LlmUsage = ZERO_USAGE;
      const account: Account = {
        request: () => {
          total = addRequest(total);
          mine = addRequest(mine);
        },
        tokens: (t) => {
          total = addTokens(total, t, opts.prices);
          mine = addTokens(mine, t, opts.prices);
        },
      };
      let convo: readonly ChatMessage[] = messages;
      for (let round = 0; ; round++) {
        const reply = await send(convo, o, account);
        let problem: string;
        try {
          const value = validate(parseOrRefuse(reply.content));
          if (key && opts.cacheDir) {
            await writeCache(opts.cacheDir, key, {
              content: reply.content,
              promptTokens: mine.promptTokens,
              completionTokens: mine.completionTokens,
            });
          }
          total = addAnswer(total, false);
          const usage: CallUsage = {
            requests: mine.requests,
            promptTokens: mine.promptTokens,
            completionTokens: mine.completionTokens,
            cost: mine.cost,
            cached: false,
            estimated: mine.estimated,
          };
          return { value, usage };
        } catch (e) {
          if (e instanceof LlmRefusalError) throw e;
          problem = e instanceof Error ? e.message : String(e);
        }
        // One repair round: show the model its reply and what was wrong with it.
        if (round >= 1) throw new LlmOutputError(problem, reply.content);
        convo = [
          ...messages,
          { role: 'assistant', content: reply.content },
          { role: 'user', content: repairPrompt(problem) },
        ];
      }
    },
  };
}

interface Tokens {
  prompt: number;
  completion: number;
  estimated: boolean;
}

/** Where a call books its requests and tokens (the client's total and the call's own). */
interface Account {
  request(): void;
  tokens(t: Tokens): void;
}

function readReply(
  res: OpenAI.Chat.Completions.ChatCompletion,
  messages: readonly ChatMessage[],
  account: Account,
): Reply {
  if (typeof res !== 'object' || res === null || !Array.isArray((res as { choices?: unknown }).choices)) {
    // e.g. a proxy's HTML page with status 200: the SDK hands back the text
    throw new LlmOutputError('unreadable server response: not a chat completion', String(res).slice(0, 500));
  }
  const choice = res.choices[0];
  const content = choice?.message?.content ?? '';
  const u = res.usage;
  if (u && typeof u.prompt_tokens === 'number' && typeof u.completion_tokens === 'number') {
    account.tokens({ prompt: u.prompt_tokens, completion: u.completion_tokens, estimated: false });
  } else {
    const promptChars = messages.reduce((n, m) => n + m.content.length, 0);
    account.tokens({
      prompt: Math.ceil(promptChars / 4),
      completion: estimateTokens(content),
      estimated: true,
    });
  }
  if (!choice) throw new LlmOutputError('the server returned no choices', JSON.stringify(res ?? null));
  const refusal = choice.message?.refusal;
  if (typeof refusal === 'string' && refusal.trim()) throw new LlmRefusalError(refusal);
  if (choice.finish_reason === 'content_filter') {
    throw new LlmRefusalError(`blocked by the server's content filter${content ? `: ${content}` : ''}`);
  }
  return { content };
}

function parseOrRefuse(content: string): unknown {
  try {
    return parseJsonContent(content);
  } catch (e) {
    if (looksLikeRefusal(content)) throw new LlmRefusalError(content);
    throw e;
  }
}

export function repairPrompt(problem: string): string {
  return (
    `Your previous reply could not be used: ${problem}. ` +
    'Reply again with one JSON object only, fixing this, and no other text.'
  );
}

function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LlmConfigError(`baseURL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LlmConfigError(`baseURL must be http(s), got ${JSON.stringify(raw)}`);
  }
  return raw.replace(/\/+$/, '');
}

function describeCause(e: Error): string {
  const cause = (e as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? ((cause as { cause?: unknown }).cause ?? cause) : cause;
  return inner instanceof Error ? inner.message : e.message;
}
