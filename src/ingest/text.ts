import path from 'node:path';
import type { Source } from '../model/index.ts';
import { parseDayArg } from './dates.ts';
import { IngestInputError } from './errors.ts';
import { makeSource, readFields } from './fields.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { markdownToText, plainToText, stripInline } from './markdown.ts';

export interface TextSourceOptions {
  /** Publication date (YYYY-MM-DD) for a source whose front matter gives none. */
  readonly sourceDate?: string | null;
  /** Defaults from the origin's extension: .md/.markdown are Markdown, anything else plain text. */
  readonly format?: 'markdown' | 'text';
}

const MD_HEADING = /^\s{0,3}#\s+(.+?)\s*#*\s*$/;

// A first line reads as a title when it is short and does not end like a sentence.
export function looksLikeTitle(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > 160) return false;
  if (/[.,;:\-–—]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  if (s.split(/\s+/).length > 25) return false;
  return /\p{L}/u.test(s);
}

/** The file name as a title: "2025-10-20_port-strike.txt" -> "2025-10-20 port strike". */
export function titleFromFileName(origin: string): string {
  const base = path.basename(origin.replace(/:\d+$/, '')).replace(/\.[a-z0-9]+$/i, '');
  return base.replace(/[_-]+/g, ' ').trim() || base;
}

/** One text or Markdown source: optional YAML front matter, then the body. Throws IngestInputError. */
export function parseTextSource(content: string, origin: string, opts: TextSourceOptions = {}): Source {
  const clean = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.includes('\u0000')) throw new IngestInputError(origin, 'binary content (NUL bytes), not text');
  if (!clean.trim()) throw new IngestInputError(origin, 'empty file');
  const { data, body } = splitFrontMatter(clean, origin);
  const fields = readFields(origin, data);
  const format = opts.format ?? (/\.(md|markdown)$/i.test(origin) ? 'markdown' : 'text');

  let bodyLines = body.split('\n');
  let title = fields.title ?? null;
  const firstIdx = bodyLines.findIndex((l) => l.trim() !== '');
  if (firstIdx >= 0) {
    const first = bodyLines[firstIdx]!;
    const heading = format === 'markdown' ? MD_HEADING.exec(first) : null;
    // A leading Markdown H1 is a headline, never body text; a title-like first line of plain text is the
    // title when the front matter gives none (or repeats it).
    const candidate = heading
      ? stripInline(heading[1]!)
      : looksLikeTitle(first) && bodyLines.slice(firstIdx + 1).some((l) => l.trim())
        ? stripInline(first)
        : null;
    if (candidate && (heading || !title || candidate === title)) {
      title ??= candidate;
      bodyLines = bodyLines.slice(firstIdx + 1);
    }
  }
  const text =
    format === 'markdown' ? markdownToText(bodyLines.join('\n')) : plainToText(bodyLines.join('\n'));
  if (!text) throw new IngestInputError(origin, 'no body text (only front matter or a title)');

  let published = fields.published ?? null;
  if (!published && opts.sourceDate) {
    try {
      published = parseDayArg(opts.sourceDate);
    } catch (e) {
      throw new IngestInputError(origin, (e as Error).message);
    }
  }
  return makeSource({ ...fields, title: title ?? titleFromFileName(origin), text, published, origin });
}
