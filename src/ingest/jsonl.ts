import type { IngestError, Source } from '../model/index.ts';
import { parseDayArg } from './dates.ts';
import { IngestInputError, toIngestError } from './errors.ts';
import { makeSource, readFields } from './fields.ts';
import { plainToText } from './markdown.ts';

export interface RecordOptions {
  readonly sourceDate?: string | null;
}

/** One JSON record (front-matter fields + "text") to a Source. Throws IngestInputError naming `origin`. */
export function sourceFromRecord(rec: unknown, origin: string, opts: RecordOptions = {}): Source {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec))
    throw new IngestInputError(origin, 'expected a JSON object with "title" and "text"');
  const o = rec as Record<string, unknown>;
  const fields = readFields(origin, o);
  const rawText = o.text ?? o.body ?? o.content;
  if (rawText !== undefined && typeof rawText !== 'string')
    throw new IngestInputError(origin, 'field "text" must be a string');
  const text = plainToText(((rawText as string | undefined) ?? '').replace(/\r\n?/g, '\n'));
  if (!text) throw new IngestInputError(origin, 'missing or empty "text"');
  const title = fields.title ?? text.split('\n')[0]!.slice(0, 120);
  let published = fields.published ?? null;
  if (!published && opts.sourceDate) published = parseDayArg(opts.sourceDate);
  return makeSource({ ...fields, title, text, published, origin });
}

/** JSON Lines: one source per line. A bad line is an error naming "file:line"; the other lines go on. */
export function parseJsonlSources(
  content: string,
  origin: string,
  opts: RecordOptions = {},
): { sources: Source[]; errors: IngestError[] } {
  const sources: Source[] = [];
  const errors: IngestError[] = [];
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    const where = `${origin}:${i + 1}`;
    if (!line.trim()) return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      errors.push({ origin: where, message: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    try {
      sources.push(sourceFromRecord(rec, where, opts));
    } catch (e) {
      errors.push(toIngestError(where, e));
    }
  });
  if (!sources.length && !errors.length) errors.push({ origin, message: 'empty file' });
  return { sources, errors };
}

/** A .json file: one source object, or an array of them (origin "file:[i]"). */
export function parseJsonFile(
  content: string,
  file: string,
  sourceDate: string | null,
): { sources: Source[]; errors: IngestError[] } {
  if (!content.trim()) throw new IngestInputError(file, 'empty file');
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new IngestInputError(file, `invalid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) return { sources: [sourceFromRecord(data, file, { sourceDate })], errors: [] };
  const out: { sources: Source[]; errors: IngestError[] } = { sources: [], errors: [] };
  data.forEach((rec, i) => {
    try {
      out.sources.push(sourceFromRecord(rec, `${file}:[${i}]`, { sourceDate }));
    } catch (e) {
      out.errors.push(toIngestError(`${file}:[${i}]`, e));
    }
  });
  return out;
}
