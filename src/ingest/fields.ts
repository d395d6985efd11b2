import type { Source } from '../model/index.ts';
import { parsePublished } from './dates.ts';
import { IngestInputError } from './errors.ts';
import { canonicalUrl, sourceId } from './id.ts';

/** Metadata a source may carry (front matter, JSONL, feeds, pages). */
export interface SourceFields {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  author?: string | null;
  language?: string | null;
}

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** "en_GB" / "EN-gb" -> "en-GB"; null when it does not look like a language tag. */
export function normaliseLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().replace(/_/g, '-');
  if (!LANG_TAG.test(s)) return null;
  const [first, ...rest] = s.split('-');
  return [first!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

const str = (origin: string, key: string, v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  throw new IngestInputError(
    origin,
    `field "${key}" must be text, got ${Array.isArray(v) ? 'a list' : typeof v}`,
  );
};

/**
 * Reads the metadata fields of a user-written record (front matter or a JSONL line), strictly:
 * wrong types, bad dates, non-http URLs and bad language tags are errors naming the field.
 */
export function readFields(origin: string, rec: Record<string, unknown>): SourceFields {
  const url = str(origin, 'url', rec.url);
  if (url !== null) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new IngestInputError(origin, `field "url" is not an http(s) URL: "${url}"`);
  }
  const dateKey = rec.published !== undefined ? 'published' : 'date';
  let published: string | null;
  try {
    published = parsePublished(
      rec[dateKey] instanceof Date ? (rec[dateKey] as Date).toISOString().slice(0, 10) : rec[dateKey],
    );
  } catch (e) {
    throw new IngestInputError(origin, `bad "${dateKey}" date: ${(e as Error).message}`);
  }
  const langRaw = str(origin, 'language', rec.language ?? rec.lang);
  const language = normaliseLanguage(langRaw);
  if (langRaw !== null && language === null)
    throw new IngestInputError(origin, `field "language" is not a language tag: "${langRaw}"`);
  const authorRaw = Array.isArray(rec.author)
    ? rec.author.filter((a) => typeof a === 'string').join(', ')
    : rec.author;
  return {
    title: str(origin, 'title', rec.title),
    outlet: str(origin, 'outlet', rec.outlet ?? rec.source ?? rec.site),
    url,
    published,
    author: str(origin, 'author', authorRaw),
    language,
  };
}

/** Assembles a Source; the id follows INTERFACES.md (URL hash, else outlet + title + text). */
export function makeSource(fields: SourceFields & { title: string; text: string; origin: string }): Source {
  const url = fields.url ? canonicalUrl(fields.url) : null;
  return {
    id: sourceId({ url, outlet: fields.outlet, title: fields.title, text: fields.text }),
    title: fields.title,
    outlet: fields.outlet ?? null,
    url,
    published: fields.published ?? null,
    author: fields.author ?? null,
    language: fields.language ?? 'en',
    text: fields.text,
    origin: fields.origin,
  };
}

/** Dates a source that carries no date of its own (FILE@YYYY-MM-DD, --source-date). */
export const withDate = (s: Source, date: string | null): Source =>
  s.published || !date ? s : { ...s, published: date };
