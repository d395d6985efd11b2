// Light, fast features for clustering: the hot path runs on every report, so no NLP models here.
// Words are lower-cased and lightly stemmed; names are capitalised words found mid-sentence
// (or at a sentence start when the same word is capitalised mid-sentence elsewhere).

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor ' +
    'not now of off on once only or other our ours ourselves out over own same she should so some such than that ' +
    'the their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself yourselves may might ' +
    'must shall us one two three also however since within without across among around upon via per yet still ' +
    'said says say told tell according reported reports report reporting news new week weeks year years day days ' +
    'month months today yesterday tomorrow time times like get got make made many much even well back first last ' +
    'later ago earlier another including include includes s t don didn doesn isn wasn aren weren won wouldn ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr'
  ).split(' '),
);

// Capitalised words that begin sentences or stand in titles without naming anything.
const NOT_NAMES = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here but and or so if ' +
    'when while after before as at in on of for to from by with about new more most some many one two three ' +
    'mr mrs ms dr president minister officials police update updated published breaking live watch video photo ' +
    'read more related click share comments advertisement monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

const TOKEN_RE = /(\p{L}[\p{L}\p{M}'’-]*)|(\d+(?:[.,]\d+)*)|([.!?;:]+|\n\s*\n)/gu;

/** Crude plural/possessive folding: "floods" and "flood", "city's" and "city" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  else if (w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (n > 4 && w.endsWith('sses')) return w.slice(0, -2);
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    return w.slice(0, -1);
  }
  return w;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lower-cased word tokens, all of them (for shingling). */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[1] ?? m[2];
    if (t) out.push(t.toLowerCase());
  }
  return out;
}

export interface TermBag {
  /** Stemmed content words (and numbers) with their counts; title words count double. */
  readonly words: Map<string, number>;
  /** Lower-cased name tokens and whole multi-word names with their counts. */
  readonly names: Map<string, number>;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

interface RawToken {
  readonly text: string;
  readonly lower: string;
  readonly cap: boolean;
  readonly sentenceStart: boolean;
}

function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  let start = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    if (m[3] !== undefined) {
      start = true;
      continue;
    }
    const t = (m[1] ?? m[2]) as string;
    const c = t.charCodeAt(0);
    const cap = m[1] !== undefined && t !== t.toLowerCase() && t[0] === t[0]!.toUpperCase() && c !== 0;
    out.push({ text: t, lower: t.toLowerCase(), cap, sentenceStart: start });
    start = false;
  }
  return out;
}

function collectMidCaps(toks: readonly RawToken[], into: Set<string>): void {
  for (const t of toks) if (t.cap && !t.sentenceStart) into.add(t.lower);
}

function addText(
  bag: TermBag,
  toks: readonly RawToken[],
  midCaps: ReadonlySet<string>,
  weight: number,
  isTitle: boolean,
): void {
  let caps = 0;
  for (const t of toks) if (t.cap) caps++;
  // Headline case ("Two Floods Hit Town") capitalises everything: trust only words seen capitalised in the body.
  const titleCase = isTitle && toks.length > 3 && caps / toks.length > 0.6;
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) bump(bag.names, run.join(' '), weight);
    run = [];
  };
  for (const t of toks) {
    const w = stem(t.lower);
    if (!STOPWORDS.has(t.lower) && !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w))) {
      bump(bag.words, w, weight);
    }
    const nameLike =
      t.cap &&
      !NOT_NAMES.has(t.lower) &&
      t.lower.length > 1 &&
      ((!titleCase && !t.sentenceStart) || midCaps.has(t.lower));
    if (nameLike) {
      const key = stem(t.lower);
      bump(bag.names, key, weight);
      run.push(key);
    } else {
      flush();
    }
  }
  flush();
}

/** Words and names of a report: the title counts double, it says what the report is about. */
export function termBag(title: string, text: string): TermBag {
  const bag: TermBag = { words: new Map(), names: new Map() };
  const bodyToks = scan(text);
  const titleToks = title ? scan(title) : [];
  // Words capitalised mid-sentence somewhere are names even at a sentence start.
  const midCaps = new Set<string>();
  collectMidCaps(bodyToks, midCaps);
  const bodyCaps = new Set(midCaps);
  collectMidCaps(titleToks, midCaps);
  if (titleToks.length) addText(bag, titleToks, bodyToks.length ? bodyCaps : midCaps, 2, true);
  addText(bag, bodyToks, midCaps, 1, false);
  return bag;
}
