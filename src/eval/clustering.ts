// The clustering benchmark: ECB+ (gold event clusters) and story chains (labelled pairs).
// Pure functions over file contents; the CLI does the reading.
import { MONTH_NAMES } from '../text/index.ts';
import type { Source } from '../model/index.ts';
import { StoryStream, type ClusterOptions } from '../stories/index.ts';
import { bcubed, labelledPairs, pairwise, type PRF } from './bcubed.ts';

export interface GoldDoc {
  readonly source: Source;
  readonly gold: string;
}

export interface LoadError {
  readonly origin: string;
  readonly message: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}

/** Publication dates as scraped ("Published July 28, 2004 He was 75.", "14 June 2013", "2013-06-14"): ISO or null. */
export function parseLooseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b/.exec(raw);
  if (m && monthOf(m[1]!)) return iso(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(raw);
  if (m && monthOf(m[2]!)) return iso(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(raw);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** ECB+-style JSONL: `doc_id`, `title`, `text`, `date_publish_raw`, gold `event_cluster`. Bad lines become errors. */
export function parseEcbJsonl(content: string, origin: string): { docs: GoldDoc[]; errors: LoadError[] } {
  const docs: GoldDoc[] = [];
  const errors: LoadError[] = [];
  const seen = new Set<string>();
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${origin}:${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      errors.push({ origin: where, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const id = row.doc_id;
    const gold = row.event_cluster;
    if (typeof id !== 'string' || !id) return void errors.push({ origin: where, message: 'missing doc_id' });
    if (typeof gold !== 'string' || !gold)
      return void errors.push({ origin: where, message: 'missing event_cluster' });
    if (seen.has(id)) return void errors.push({ origin: where, message: `duplicate doc_id '${id}'` });
    seen.add(id);
    const title = typeof row.title === 'string' ? row.title : '';
    const text = typeof row.text === 'string' ? row.text : '';
    if (!title.trim() && !text.trim())
      return void errors.push({ origin: where, message: 'no title and no text' });
    const raw = typeof row.date_publish_raw === 'string' ? row.date_publish_raw : null;
    docs.push({
      gold,
      source: {
        id,
        title,
        outlet: null,
        url: typeof row.url_raw === 'string' ? row.url_raw : null,
        published: parseLooseDate(raw),
        author: null,
        language: 'en',
        text,
        origin: where,
      },
    });
  });
  return { docs, errors };
}

/** RFC 4180 CSV (quoted fields may hold separators, quotes and newlines); strips a UTF-8 BOM. */
export function parseCsv(content: string, sep = ','): string[][] {
  const s = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(rows: string[][], origin: string, need: readonly string[]): Record<string, string>[] {
  const [head, ...body] = rows;
  if (!head) throw new Error(`${origin}: empty file`);
  for (const n of need)
    if (!head.includes(n)) throw new Error(`${origin}: no '${n}' column (have: ${head.join(', ')})`);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

export interface StoryChains {
  readonly sources: Source[];
  readonly pairs: { a: string; b: string; same: boolean }[];
}

/** Story chains: texts CSV (`,`; url, title, date, text) and pairs CSV (`;`, BOM; url1, url2, relation). */
export function parseStoryChains(textsCsv: string, pairsCsv: string, origins: [string, string]): StoryChains {
  const texts = records(parseCsv(textsCsv, ','), origins[0], ['url', 'title', 'text']);
  const sources: Source[] = texts.map((r, i) => ({
    id: r.url!,
    title: r.title!,
    outlet: r.paperurl || null,
    url: r.url!,
    published: parseLooseDate(r.date),
    author: null,
    language: 'en',
    text: r.text!,
    origin: `${origins[0]}:${i + 2}`,
  }));
  const known = new Set(sources.map((s) => s.id));
  const pairs = records(parseCsv(pairsCsv, ';'), origins[1], ['url1', 'url2', 'relation'])
    .filter((r) => known.has(r.url1!) && known.has(r.url2!))
    .map((r) => ({ a: r.url1!, b: r.url2!, same: r.relation!.trim() === '1' }));
  return { sources, pairs };
}

// ---------------------------------------------------------------- the baseline

const BASE_STOP = new Set(
  'the a an and or of to in on at for by with from as is was were be been has have had it its this that he she they his her their said says will would not but'.split(
    ' ',
  ),
);

/**
 * The baseline: TF-IDF cosine (plain lower-cased words) with average-linkage agglomerative clustering,
 * merging while the best pair of clusters is at least `threshold` alike. Quadratic memory: for evaluation only.
 */
export function tfidfAgglomerative(sources: readonly Source[], threshold = 0.15): Map<string, string> {
  const n = sources.length;
  const bags = sources.map((s) => {
    const m = new Map<string, number>();
    for (const w of `${s.title} ${s.text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (!BASE_STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    }
    return m;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const t of b.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vecs = bags.map((b) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of b) {
      const w = (1 + Math.log(f)) * (Math.log((n + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      const [a, b] = vecs[i]!.size < vecs[j]!.size ? [vecs[i]!, vecs[j]!] : [vecs[j]!, vecs[i]!];
      for (const [t, w] of a) {
        const x = b.get(t);
        if (x !== undefined) s += w * x;
      }
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const members = sources.map((_, i) => [i]);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = threshold;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && sim[i * n + j]! >= best && (bi < 0 || sim[i * n + j]! > best)) {
          best = sim[i * n + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    // Lance-Williams update for average linkage.
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const s = (size[bi]! * sim[bi * n + k]! + size[bj]! * sim[bj * n + k]!) / (size[bi]! + size[bj]!);
      sim[bi * n + k] = s;
      sim[k * n + bi] = s;
    }
    size[bi] = size[bi]! + size[bj]!;
    alive[bj] = false;
    members[bi]!.push(...members[bj]!);
  }
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    for (const m of members[i]!) out.set(sources[m]!.id, `base_${sources[i]!.id}`);
  }
  return out;
}

// ---------------------------------------------------------------- running and scoring

/**
 * Clusters the sources as `run` does: one batch into a fresh story stream (copies folded, stories
 * formed and merged): source id -> story id.
 */
export function predictStories(sources: readonly Source[], opts?: ClusterOptions): Map<string, string> {
  const stream = StoryStream.create(opts);
  return new Map([...stream.addBatch(sources)].map(([id, r]) => [id, r.storyId]));
}

/** Same, but two sources count together when their stories share a thread. */
export function predictThreads(sources: readonly Source[], opts?: ClusterOptions): Map<string, string> {
  const stream = StoryStream.create(opts);
  const storyOf = stream.addBatch(sources);
  const thread = new Map(stream.stories().map((s) => [s.id, s.threadId ?? s.id]));
  return new Map([...storyOf].map(([src, r]) => [src, thread.get(r.storyId) ?? r.storyId]));
}

export interface ClusteringScores {
  readonly docs: number;
  readonly goldClusters: number;
  readonly predictedClusters: number;
  readonly bcubed: PRF;
  readonly pairwise: PRF;
}

export function scoreClustering(
  docs: readonly GoldDoc[],
  pred: ReadonlyMap<string, string>,
): ClusteringScores {
  const gold = new Map(docs.map((d) => [d.source.id, d.gold]));
  return {
    docs: docs.length,
    goldClusters: new Set(gold.values()).size,
    predictedClusters: new Set(docs.map((d) => pred.get(d.source.id))).size,
    bcubed: bcubed(gold, pred),
    pairwise: pairwise(gold, pred),
  };
}

export { labelledPairs };
