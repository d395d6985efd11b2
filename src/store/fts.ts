/**
 * Turns what a user types into a safe FTS5 query: every word becomes a quoted term (so FTS operators and
 * punctuation in the input are never interpreted), terms are ANDed, and a trailing `*` keeps prefix search.
 * Returns null when the input has no searchable word.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?(\*)?/gu)) {
    const word = match[0].replace(/\*$/, '').replace(/['’]/g, ' ').trim();
    if (!word) continue;
    terms.push(`"${word.replace(/"/g, '""')}"${match[1] ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
}
