/** Markdown and plain text to the body form Source.text wants: plain paragraphs separated by one blank line. */

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const REF_DEF = /^\s{0,3}\[[^\]]+\]:\s+\S+/;

/** Inline Markdown to text: links keep their words, images and tags go, emphasis marks go. */
export function stripInline(s: string): string {
  // Escaped characters are parked in the private-use area so emphasis rules do not see them.
  const parked = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_m, c: string) =>
    String.fromCharCode(0xe000 + c.charCodeAt(0)),
  );
  return parked
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const blocks = (text: string): string[][] => {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
};

/** Markdown body to paragraphs. Headings and list items become their own paragraphs; wrapped lines are joined. */
export function markdownToText(md: string): string {
  const paras: string[] = [];
  let inFence = false;
  let current: string[] = [];
  const flush = () => {
    const p = stripInline(current.join(' '));
    if (p) paras.push(p);
    current = [];
  };
  for (const raw of md.split('\n')) {
    if (FENCE.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw.trim()) paras.push(raw.trim());
      continue;
    }
    const line = raw.replace(/^\s{0,3}>\s?/, '');
    if (line.trim() === '' || RULE.test(line) || REF_DEF.test(line)) {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      current.push(h[1]!);
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return paras.join('\n\n');
}

// A block is hard-wrapped when its lines (but the last) fill most of a common width and mostly break mid-sentence.
export function hardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const trimmed = lines.map((l) => l.trim());
  const max = Math.max(...trimmed.map((l) => l.length));
  if (max > 100 || max < 40) return false;
  const body = trimmed.slice(0, -1);
  const full = body.filter((l) => l.length >= max * 0.6).length;
  const midSentence = body.filter((l) => !/[.!?:"”’')]$/.test(l)).length;
  return full >= body.length * 0.7 && midSentence >= body.length * 0.5;
}

/** Plain text to paragraphs: blank lines separate paragraphs; a block of unwrapped lines is a paragraph per line. */
export function plainToText(text: string): string {
  const paras: string[] = [];
  for (const block of blocks(text)) {
    if (hardWrapped(block)) paras.push(block.map((l) => l.trim()).join(' '));
    else for (const l of block) paras.push(l.trim());
  }
  return paras
    .map((p) => p.replace(/[ \t]+/g, ' '))
    .filter(Boolean)
    .join('\n\n');
}
