/** On-disk answer cache, keyed by a hash of everything that shapes the answer. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChatMessage } from './types.ts';

export interface CacheKeyParts {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature: number | undefined;
  readonly maxTokens: number | undefined;
}

/** sha256 over a canonical JSON of model, messages and sampling settings. */
export function cacheKey(parts: CacheKeyParts): string {
  const canonical = JSON.stringify([
    'wireproof-llm-cache-v1',
    parts.model,
    parts.messages.map((m) => [m.role, m.content]),
    parts.temperature ?? null,
    parts.maxTokens ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface CachedAnswer {
  readonly content: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`);
}

/** The cached answer, or null when absent or unreadable (a corrupt entry is a miss, not an error). */
export async function readCache(dir: string, key: string): Promise<CachedAnswer | null> {
  let raw: string;
  try {
    raw = await readFile(entryPath(dir, key), 'utf8');
  } catch {
    return null;
  }
  try {
    const x = JSON.parse(raw) as Partial<CachedAnswer>;
    if (typeof x.content !== 'string') return null;
    return {
      content: x.content,
      promptTokens: typeof x.promptTokens === 'number' ? x.promptTokens : 0,
      completionTokens: typeof x.completionTokens === 'number' ? x.completionTokens : 0,
    };
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename) so a crash or a parallel run never leaves half an entry. */
export async function writeCache(dir: string, key: string, answer: CachedAnswer): Promise<void> {
  const file = entryPath(dir, key);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, JSON.stringify(answer), 'utf8');
  await rename(tmp, file);
}
