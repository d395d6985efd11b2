import sbd from 'sbd';
import type { Sentence } from '../model/index.ts';

// sbd's own English abbreviation list (Mr, Dr, Gen, Sen, Jan, Inc, St...) is used: passing a list replaces it.
const SBD_OPTIONS = { newline_boundaries: true, preserve_whitespace: false, sanitize: false } as const;

/**
 * Split text into sentences. A blank line starts a new paragraph; a single newline ends a sentence (feeds and
 * wire copy put one sentence or paragraph a line). Quotes that sbd cuts in two ("We are done. It is over," he said.)
 * are joined again when the closing part carries the attribution.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  let paragraph = 0;
  for (const para of paragraphs) {
    if (para.trim() === '') continue;
    const parts = joinQuotes(
      sbd
        .sentences(para, { ...SBD_OPTIONS })
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length > 0),
    );
    for (const s of parts) out.push({ index: out.length, text: s, paragraph });
    paragraph++;
  }
  return out;
}

/** Net count of open quotes in a piece: straight quotes toggle, curly quotes open and close. */
function openQuoteDelta(s: string): number {
  let open = 0;
  let straight = 0;
  for (const ch of s) {
    if (ch === '“') open++;
    else if (ch === '”') open--;
    else if (ch === '"') straight++;
  }
  return open + (straight % 2);
}

// After the closing quote comes lower-case attribution: `," he said.` / `" said Mr Smith.` / `," Smith added.`
const ATTRIBUTION_AFTER_CLOSE =
  /[”"]\s*(?:[,—–-]\s*)?(?:\p{Ll}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:said|says|added|told|asked|wrote|explained|warned|insisted|argued|noted|stated|continued)\b)/u;

function joinQuotes(parts: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let cur = parts[i]!;
    if (openQuoteDelta(cur) > 0) {
      // Look ahead (a few sentences at most) for the piece that closes the quote with an attribution.
      for (let k = i + 1; k < parts.length && k <= i + 6; k++) {
        const piece = parts[k]!;
        if (openQuoteDelta(piece) === 0 && !/["“”]/.test(piece)) continue;
        if (ATTRIBUTION_AFTER_CLOSE.test(piece) && openQuoteDelta(piece) !== 0) {
          cur = parts.slice(i, k + 1).join(' ');
          i = k;
        }
        break;
      }
    }
    out.push(cur);
    i++;
  }
  return out;
}
