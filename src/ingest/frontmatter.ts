import { parseDocument } from 'yaml';
import { IngestInputError } from './errors.ts';

export interface FrontMatterSplit {
  /** The parsed front matter; empty when the file has none. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** 1-based line number where the body starts. */
  readonly bodyLine: number;
}

/** Splits "---\nyaml\n---\nbody". A file that opens a front matter block must close it and hold a YAML mapping. */
export function splitFrontMatter(content: string, origin: string): FrontMatterSplit {
  const lines = content.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { data: {}, body: content, bodyLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (end < 0) throw new IngestInputError(origin, 'malformed front matter: opening "---" is never closed');
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = (firstError.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening "---"
    const what = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new IngestInputError(`${origin}:${line}`, `malformed front matter: ${what}`);
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    throw new IngestInputError(origin, 'malformed front matter: expected "key: value" lines');
  return {
    data: (data ?? {}) as Record<string, unknown>,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
