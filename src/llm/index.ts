/** The LLM stage: an OpenAI-compatible chat client for JSON answers (Ollama, llama.cpp, vLLM, OpenAI). */
export { createLlmClient, repairPrompt } from './client.ts';
export { llmConfigFromEnv, loadLlmConfig, parseConfigFile, CONFIG_FILE } from './config.ts';
export {
  LlmError,
  LlmConfigError,
  LlmBudgetError,
  LlmRefusalError,
  LlmTimeoutError,
  LlmHttpError,
  LlmConnectionError,
  LlmOutputError,
  type LlmErrorKind,
} from './errors.ts';
export { parseJsonContent, firstJsonObject, looksLikeRefusal } from './json.ts';
export { usageSince, costOf, ZERO_USAGE, type LlmUsage, type CallUsage, type LlmPrices } from './usage.ts';
export { cacheKey } from './cache.ts';
export {
  startMockLlmServer,
  type MockHandler,
  type MockReply,
  type MockRequest,
  type MockLlmServer,
} from './mock-server.ts';
export type {
  ChatMessage,
  ChatRole,
  ChatJsonOptions,
  ChatJsonResult,
  LlmClient,
  LlmClientOptions,
  LlmConfig,
} from './types.ts';
