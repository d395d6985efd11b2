/** Where the LLM settings come from: environment variables and `wireproof.config.json`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LlmConfigError } from './errors.ts';
import type { LlmConfig } from './types.ts';

export const CONFIG_FILE = 'wireproof.config.json';
const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

type Env = Readonly<Record<string, string | undefined>>;
type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/**
 * Settings from the environment, or null when no LLM is configured there.
 * OPENAI_BASE_URL, OPENAI_API_KEY, WIREPROOF_LLM_MODEL; optional WIREPROOF_LLM_TIMEOUT_MS, WIREPROOF_LLM_MAX_RETRIES,
 * WIREPROOF_LLM_MAX_CALLS, WIREPROOF_LLM_CACHE_DIR, WIREPROOF_LLM_PRICE_PROMPT_PER_1K, WIREPROOF_LLM_PRICE_COMPLETION_PER_1K.
 */
export function llmConfigFromEnv(env: Env): LlmConfig | null {
  const partial = envPartial(env);
  if (partial.baseURL === undefined && partial.model === undefined) return null;
  return complete(partial, 'environment');
}

/**
 * Settings from `<cwd>/wireproof.config.json` (its "llm" object; or the file WIREPROOF_CONFIG names), with the
 * environment taking precedence field by field. null when neither configures an LLM.
 */
export async function loadLlmConfig(cwd: string, env: Env): Promise<LlmConfig | null> {
  const file = env['WIREPROOF_CONFIG']
    ? path.resolve(cwd, env['WIREPROOF_CONFIG'])
    : path.join(cwd, CONFIG_FILE);
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || env['WIREPROOF_CONFIG']) {
      throw new LlmConfigError(`${file}: cannot read (${code ?? (e as Error).message})`);
    }
  }
  const fromFile = text === null ? {} : parseConfigFile(text, file);
  const fromEnv = envPartial(env);
  const merged: Mutable<LlmConfig> = { ...fromFile };
  for (const [k, v] of Object.entries(fromEnv))
    if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  if (merged.baseURL === undefined && merged.model === undefined) return null;
  return complete(merged, text === null ? 'environment' : `${file} and environment`);
}

/** The "llm" object of a config file, checked field by field; errors name the file and the field. */
export function parseConfigFile(text: string, file: string): Mutable<LlmConfig> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new LlmConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(doc)) throw new LlmConfigError(`${file}: expected a JSON object at the top level`);
  const llm = doc['llm'];
  if (llm === undefined) return {};
  if (!isObject(llm)) throw new LlmConfigError(`${file}: "llm" must be an object`);
  const out: Mutable<LlmConfig> = {};
  const known = new Set([
    'baseURL',
    'apiKey',
    'model',
    'timeoutMs',
    'maxRetries',
    'maxCalls',
    'cacheDir',
    'prices',
    'temperature',
  ]);
  for (const k of Object.keys(llm)) {
    if (!known.has(k))
      throw new LlmConfigError(`${file}: unknown setting llm.${k} (known: ${[...known].join(', ')})`);
  }
  for (const k of ['baseURL', 'apiKey', 'model', 'cacheDir'] as const) {
    const v = llm[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.trim())
      throw new LlmConfigError(`${file}: llm.${k} must be a non-empty string`);
    out[k] = k === 'cacheDir' ? path.resolve(path.dirname(file), v) : v.trim();
  }
  for (const k of ['timeoutMs', 'maxRetries', 'maxCalls'] as const) {
    const v = llm[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new LlmConfigError(`${file}: llm.${k} must be a whole number >= 0`);
    }
    out[k] = v;
  }
  if (llm['temperature'] !== undefined) {
    const t = llm['temperature'];
    if (typeof t !== 'number' || t < 0 || t > 2)
      throw new LlmConfigError(`${file}: llm.temperature must be in 0..2`);
    out.temperature = t;
  }
  if (llm['prices'] !== undefined) {
    const p = llm['prices'];
    if (!isObject(p)) throw new LlmConfigError(`${file}: llm.prices must be an object`);
    const prompt = p['promptPer1k'] ?? 0;
    const completion = p['completionPer1k'] ?? 0;
    if (typeof prompt !== 'number' || prompt < 0 || typeof completion !== 'number' || completion < 0) {
      throw new LlmConfigError(`${file}: llm.prices.promptPer1k and completionPer1k must be numbers >= 0`);
    }
    out.prices = { promptPer1k: prompt, completionPer1k: completion };
  }
  return out;
}

function envPartial(env: Env): Mutable<LlmConfig> {
  const out: Mutable<LlmConfig> = {};
  const str = (name: string) => {
    const v = env[name];
    return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
  };
  const int = (name: string) => {
    const v = str(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v))
      throw new LlmConfigError(`environment: ${name} must be a whole number >= 0, got "${v}"`);
    return Number(v);
  };
  const num = (name: string) => {
    const v = str(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
      throw new LlmConfigError(`environment: ${name} must be a number >= 0, got "${v}"`);
    return n;
  };
  const set = <K extends keyof LlmConfig>(k: K, v: LlmConfig[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('baseURL', str('OPENAI_BASE_URL'));
  set('apiKey', str('OPENAI_API_KEY'));
  set('model', str('WIREPROOF_LLM_MODEL'));
  set('timeoutMs', int('WIREPROOF_LLM_TIMEOUT_MS'));
  set('maxRetries', int('WIREPROOF_LLM_MAX_RETRIES'));
  set('maxCalls', int('WIREPROOF_LLM_MAX_CALLS'));
  set('cacheDir', str('WIREPROOF_LLM_CACHE_DIR'));
  const p = num('WIREPROOF_LLM_PRICE_PROMPT_PER_1K');
  const c = num('WIREPROOF_LLM_PRICE_COMPLETION_PER_1K');
  if (p !== undefined || c !== undefined) out.prices = { promptPer1k: p ?? 0, completionPer1k: c ?? 0 };
  return out;
}

function complete(c: Mutable<LlmConfig>, where: string): LlmConfig {
  if (!c.model) {
    throw new LlmConfigError(
      `${where}: an LLM endpoint is set (${c.baseURL}) but no model: set WIREPROOF_LLM_MODEL`,
    );
  }
  const baseURL = c.baseURL ?? OPENAI_DEFAULT_BASE_URL;
  if (baseURL === OPENAI_DEFAULT_BASE_URL && !c.apiKey) {
    throw new LlmConfigError(
      `${where}: model ${c.model} would be sent to ${OPENAI_DEFAULT_BASE_URL} without a key: set OPENAI_API_KEY, ` +
        'or OPENAI_BASE_URL for a local server',
    );
  }
  return { ...c, baseURL, model: c.model };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
