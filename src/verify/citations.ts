// Article parsing: headline, section headings, sentences with their citations, and the article's own source list.
// Citation forms: [1], [1][3], [1, 3], [1-3], Markdown footnotes [^1], Markdown links [text](url).
import { SECTION_KINDS, SECTION_TITLES, type SectionKind } from '../model/index.ts';

export interface ListedSource {
  readonly n: number;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /** The line as written. */
  readonly raw: string;
}

export interface ParsedSentence {
  readonly index: number;
  /** The sentence without its citation markers. */
  readonly text: string;
  readonly citations: readonly number[];
  readonly section?: SectionKind;
  /** A timeline entry's leading date label ("- **2026-03-03**: …"), YYYY-MM-DD; the label is not claim text. */
  readonly date?: string;
  /** 1-based line of the article where the sentence starts. */
  readonly line: number;
}

export interface ParsedArticle {
  readonly title: string | null;
  readonly sentences: readonly ParsedSentence[];
  /** The article's own numbered source list (trailing "Sources", footnote definitions, links); empty if none. */
  readonly sources: readonly ListedSource[];
}

const MAX_CITATION = 999;
const SOURCES_HEADING = /^\s*(?:#{1,6}\s*)?\**(sources|references|notes|footnotes|citations)\**\s*:?\s*$/i;
const FOOTNOTE_DEF = /^\s*\[\^(\w+)\]:\s*(.+)$/;
const LIST_ITEM = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|[-*+])\s+(.+)$/;
const URL_RE = /https?:\/\/[^\s<>()"'\]]+/;
const CITE_GROUP = /\s*\[(\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)\]/g;
const FOOTNOTE_REF = /\s*\[\^(\w+)\]/g;
const MD_LINK = /(?<!!)\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

const sectionByTitle = new Map<string, SectionKind>(
  SECTION_KINDS.flatMap((k) => {
    const names = [SECTION_TITLES[k], k.replace(/_/g, ' ')];
    if (k === 'what_to_watch') names.push('analysis', 'what to watch / analysis');
    if (k === 'quotes') names.push('quotes');
    return names.map((n) => [n.toLowerCase(), k] as [string, SectionKind]);
  }),
);

/** The section a heading line names, if it is one of the seed format's headings. */
export function sectionOf(line: string): SectionKind | null {
  const t = line
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/[:.]\s*$/, '')
    .trim()
    .toLowerCase();
  return sectionByTitle.get(t) ?? null;
}

/** Expands "1, 3-5" to [1, 3, 4, 5]; ranges are bounded so "1-9999" cannot blow up. */
export function expandCitations(group: string): number[] {
  const out: number[] = [];
  for (const part of group.split(',')) {
    const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(part);
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a || b > MAX_CITATION || b - a > 50) continue;
    for (let i = a; i <= b; i++) out.push(i);
  }
  return out;
}

/** Parses one source-list line: "1. Outlet — "Title" — https://…", "[2] Title, Outlet, URL", "- [Title](url)". */
export function parseSourceLine(body: string, n: number, raw: string): ListedSource {
  let text = body.trim();
  let url: string | null = null;
  let title: string | null = null;
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/.exec(text);
  if (link) {
    title = link[1]!.trim();
    url = link[2]!;
    text = text.replace(link[0], '').trim();
  } else {
    const u = URL_RE.exec(text);
    if (u) {
      url = u[0].replace(/[.,;]+$/, '');
      text = text.replace(u[0], '').trim();
    }
  }
  const quoted = /["“]([^"”]+)["”]|\*([^*]+)\*|_([^_]+)_/.exec(text);
  if (!title && quoted) {
    title = (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim();
    text = text.replace(quoted[0], '').trim();
  }
  const rest = text
    .split(/\s+[—–|]\s+|\s+-\s+|,\s+|:\s+/)
    .map((s) => s.replace(/^[\s,.;:—–|-]+|[\s,.;:—–|-]+$/g, ''))
    .filter(Boolean);
  const outlet = title ? (rest[0] ?? null) : rest.length > 1 ? rest[0]! : null;
  if (!title) title = (rest.length > 1 ? rest.slice(1).join(', ') : rest[0]) ?? null;
  return { n, outlet, title: title || null, url, raw };
}

interface Block {
  readonly text: string;
  readonly line: number;
  readonly section: SectionKind | null;
  readonly date: string | null;
}

// "**2026-03-03**:", "2026-03-03 —", "*2026-03-03*:" at the start of a list item: the entry's date label.
const DATE_LABEL = /^(?:\*\*|__|\*|_)?(\d{4}-\d{2}-\d{2})(?:\*\*|__|\*|_)?\s*(?::|[—–]|-\s)\s*/;
const LIST_MARK = /^(?:[-*+]|\d{1,3}[.)])\s+/;

/** Splits a paragraph into sentences, keeping each sentence's trailing citation markers with it. */
export function splitArticleSentences(paragraph: string): string[] {
  const parts = paragraph.split(
    /(?<=[.!?]["'”’)]*(?:\s*\[(?:\^?\w+|[\d,\s–-]+)\])*)\s+(?=["“‘'(]?[A-Z0-9])/u,
  );
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (!t) continue;
    // A sentence made only of markers belongs to the one before it ("…seekers. [1]").
    if (/^(?:\[(?:\^?\w+|[\d,\s–-]+)\]\s*)+$/.test(t) && out.length) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

export function parseArticle(text: string): ParsedArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const listed: ListedSource[] = [];
  const footnoteNumbers = new Map<string, number>();
  const blocks: Block[] = [];
  let title: string | null = null;
  let section: SectionKind | null = null;
  let inSources = false;
  let para: string[] = [];
  let paraLine = 0;
  let paraDate: string | null = null;

  const flush = (): void => {
    if (para.length) blocks.push({ text: para.join(' '), line: paraLine, section, date: paraDate });
    para = [];
    paraDate = null;
  };
  const footnoteN = (key: string): number => {
    let n = footnoteNumbers.get(key);
    if (n === undefined) {
      n = /^\d+$/.test(key) ? Number(key) : 1000 + footnoteNumbers.size;
      footnoteNumbers.set(key, n);
    }
    return n;
  };

  // Front matter is metadata, not claims.
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        const m = /^title:\s*["']?(.*?)["']?\s*$/.exec(l);
        if (m?.[1]) title = m[1];
      }
      start = end + 1;
    }
  }

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const lineNo = i + 1;
    if (!trimmed) {
      flush();
      continue;
    }
    const fn = FOOTNOTE_DEF.exec(line);
    if (fn) {
      flush();
      listed.push(parseSourceLine(fn[2]!, footnoteN(fn[1]!), line));
      continue;
    }
    if (SOURCES_HEADING.test(trimmed)) {
      flush();
      inSources = true;
      continue;
    }
    if (inSources) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        const n = Number(item[1] ?? item[2] ?? listed.length + 1);
        listed.push(parseSourceLine(item[3]!, n, line));
        continue;
      }
      if (/^#{1,6}\s/.test(trimmed)) inSources = false;
      else continue; // prose inside the sources block ("Retrieved …") is not a claim
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(trimmed);
    const sec = sectionOf(trimmed);
    if (sec) {
      flush();
      section = sec;
      continue;
    }
    if (heading) {
      flush();
      if (title === null && blocks.length === 0) title = heading[1]!.trim();
      continue;
    }
    // Each list item is its own block: an entry's date label belongs to it alone.
    const isItem = LIST_MARK.test(trimmed);
    if (isItem) flush();
    let body = trimmed.replace(LIST_MARK, '');
    if (isItem) {
      const label = DATE_LABEL.exec(body);
      if (label) {
        paraDate = label[1]!;
        body = body.slice(label[0].length);
      }
    }
    if (para.length === 0) paraLine = lineNo;
    para.push(body);
  }
  flush();

  // Markdown links cite their URL: the listed source with that URL, else a new entry.
  const linkN = (url: string, label: string): number => {
    const known = listed.find((s) => s.url === url);
    if (known) return known.n;
    const n = Math.max(0, ...listed.map((s) => (s.n < 1000 ? s.n : 0))) + 1;
    listed.push({ n, outlet: null, title: label, url, raw: `[${label}](${url})` });
    return n;
  };

  const sentences: ParsedSentence[] = [];
  for (const b of blocks) {
    for (const raw of splitArticleSentences(b.text)) {
      const cites: number[] = [];
      let s = raw.replace(MD_LINK, (_m, label: string, url: string) => {
        cites.push(linkN(url, label));
        return label;
      });
      s = s.replace(CITE_GROUP, (_m, g: string) => {
        cites.push(...expandCitations(g));
        return '';
      });
      s = s.replace(FOOTNOTE_REF, (_m, key: string) => {
        cites.push(footnoteN(key));
        return '';
      });
      s = s
        .replace(/\*\*|__/g, '')
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
      if (!s || !/\p{L}/u.test(s)) continue;
      sentences.push({
        index: sentences.length,
        text: s,
        citations: [...new Set(cites)].sort((a, c) => a - c),
        ...(b.section ? { section: b.section } : {}),
        ...(b.date ? { date: b.date } : {}),
        line: b.line,
      });
    }
  }
  // A short first line without end punctuation or citations is the headline.
  const first = sentences[0];
  if (title === null && first && first.citations.length === 0 && !/[.!?]["'”’]?$/.test(first.text)) {
    const firstBlock = blocks[0];
    if (firstBlock && firstBlock.text.trim() === first.text && first.text.length < 200) {
      title = first.text;
      const rest = sentences.slice(1).map((s, i) => ({ ...s, index: i }));
      return { title, sentences: rest, sources: listed.sort((a, b) => a.n - b.n) };
    }
  }
  return { title, sentences, sources: listed.sort((a, b) => a.n - b.n) };
}
