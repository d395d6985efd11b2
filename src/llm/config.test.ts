import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { llmConfigFromEnv, loadLlmConfig } from './config.ts';
import { LlmConfigError } from './errors.ts';

const configDir = (name: string) =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata', 'config', name);

test('llmConfigFromEnv: configured, not configured, or a clear error', () => {
  const cases: { name: string; env: Record<string, string>; want?: unknown; error?: RegExp }[] = [
    { name: 'nothing set', env: {}, want: null },
    { name: 'only an API key (used by other tools)', env: { OPENAI_API_KEY: 'sk-x' }, want: null },
    {
      name: 'Ollama',
      env: { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', WIREPROOF_LLM_MODEL: 'llama3.1:8b' },
      want: { baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' },
    },
    {
      name: 'OpenAI by default when a key is set',
      env: { OPENAI_API_KEY: 'sk-test', WIREPROOF_LLM_MODEL: 'gpt-4o-mini' },
      want: { baseURL: 'https://api.openai.com/v1', apiKey: 'sk-test', model: 'gpt-4o-mini' },
    },
    {
      name: 'all optional settings',
      env: {
        OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
        WIREPROOF_LLM_MODEL: ' qwen ',
        WIREPROOF_LLM_TIMEOUT_MS: '5000',
        WIREPROOF_LLM_MAX_RETRIES: '1',
        WIREPROOF_LLM_MAX_CALLS: '40',
        WIREPROOF_LLM_CACHE_DIR: '/tmp/wp-cache',
        WIREPROOF_LLM_PRICE_PROMPT_PER_1K: '0.5',
      },
      want: {
        baseURL: 'http://127.0.0.1:8080/v1',
        model: 'qwen',
        timeoutMs: 5000,
        maxRetries: 1,
        maxCalls: 40,
        cacheDir: '/tmp/wp-cache',
        prices: { promptPer1k: 0.5, completionPer1k: 0 },
      },
    },
    {
      name: 'endpoint without model',
      env: { OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' },
      error: /WIREPROOF_LLM_MODEL/,
    },
    {
      name: 'model without endpoint or key',
      env: { WIREPROOF_LLM_MODEL: 'gpt-4o-mini' },
      error: /OPENAI_API_KEY/,
    },
    {
      name: 'bad number',
      env: { OPENAI_BASE_URL: 'http://x/v1', WIREPROOF_LLM_MODEL: 'm', WIREPROOF_LLM_MAX_CALLS: 'ten' },
      error: /WIREPROOF_LLM_MAX_CALLS.*"ten"/,
    },
    {
      name: 'negative price',
      env: {
        OPENAI_BASE_URL: 'http://x/v1',
        WIREPROOF_LLM_MODEL: 'm',
        WIREPROOF_LLM_PRICE_COMPLETION_PER_1K: '-1',
      },
      error: /PRICE_COMPLETION/,
    },
  ];
  for (const c of cases) {
    if (c.error)
      assert.throws(
        () => llmConfigFromEnv(c.env),
        (e: unknown) => e instanceof LlmConfigError && c.error!.test(e.message),
        c.name,
      );
    else assert.deepEqual(llmConfigFromEnv(c.env), c.want, c.name);
  }
});

test('loadLlmConfig: file, environment on top, errors naming the file', async () => {
  const cases: { name: string; dir: string; env?: Record<string, string>; want?: unknown; error?: RegExp }[] =
    [
      {
        name: 'Ollama config file',
        dir: 'ollama',
        want: {
          baseURL: 'http://127.0.0.1:11434/v1',
          model: 'llama3.1:8b-instruct-q4_K_M',
          timeoutMs: 120000,
          maxRetries: 2,
          maxCalls: 300,
          cacheDir: path.join(configDir('ollama'), '.wireproof/llm-cache'),
          temperature: 0,
        },
      },
      {
        name: 'environment overrides the file field by field',
        dir: 'ollama',
        env: { WIREPROOF_LLM_MODEL: 'mistral', WIREPROOF_LLM_MAX_CALLS: '5' },
        want: {
          baseURL: 'http://127.0.0.1:11434/v1',
          model: 'mistral',
          timeoutMs: 120000,
          maxRetries: 2,
          maxCalls: 5,
          cacheDir: path.join(configDir('ollama'), '.wireproof/llm-cache'),
          temperature: 0,
        },
      },
      {
        name: 'OpenAI with prices, key from the environment',
        dir: 'openai-prices',
        env: { OPENAI_API_KEY: 'sk-test' },
        want: {
          baseURL: 'https://api.openai.com/v1',
          apiKey: 'sk-test',
          model: 'gpt-4o-mini',
          maxCalls: 50,
          prices: { promptPer1k: 0.00015, completionPer1k: 0.0006 },
        },
      },
      {
        name: 'OpenAI model in the file but no key',
        dir: 'openai-prices',
        error: /wireproof\.config\.json.*OPENAI_API_KEY/,
      },
      { name: 'no file, no env', dir: 'does-not-exist', want: null },
      { name: 'file without an llm section', dir: 'no-llm', want: null },
      {
        name: 'no file, env only',
        dir: 'does-not-exist',
        env: { OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1', WIREPROOF_LLM_MODEL: 'm' },
        want: { baseURL: 'http://127.0.0.1:8000/v1', model: 'm' },
      },
      { name: 'trailing comma', dir: 'bad-json', error: /bad-json.wireproof\.config\.json: not valid JSON/ },
      { name: 'misspelt setting', dir: 'unknown-key', error: /unknown setting llm\.baseUrl/ },
      {
        name: 'string where a number belongs',
        dir: 'bad-number',
        error: /llm\.timeoutMs must be a whole number/,
      },
      {
        name: 'WIREPROOF_CONFIG names a missing file',
        dir: 'ollama',
        env: { WIREPROOF_CONFIG: 'nope.json' },
        error: /nope\.json: cannot read \(ENOENT\)/,
      },
    ];
  for (const c of cases) {
    const run = loadLlmConfig(configDir(c.dir), c.env ?? {});
    if (c.error) {
      await assert.rejects(
        run,
        (e: unknown) => e instanceof LlmConfigError && c.error!.test(e.message),
        c.name,
      );
    } else {
      assert.deepEqual(await run, c.want, c.name);
    }
  }
});
