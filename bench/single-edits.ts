// Per-check precision and recall on BUMP-style single edits, built here from text the verifier should support.
//
//   node --import tsx bench/single-edits.ts                 # table
//   node --import tsx bench/single-edits.ts --json          # one JSON object on stdout
//   node --import tsx bench/single-edits.ts --seed 7 --limit 200 --show-fp number --show-miss role
//
// Originals: sentences of the SUPPORTED claims (label 1) of ../shared/bench/faithfulness/*.jsonl against their
// source, and the sentences of examples/corpus/* against their own article. Each original gets at most one edit of
// each type (date, number, name, place, role, negation), chosen with a seeded generator. For each check we count
// fires on edited claims of its type (true positives) and fires on the originals (false positives).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaithfulnessJsonl } from '../src/eval/faithfulness.ts';
import { parseHtmlSource, parseTextSource } from '../src/ingest/index.ts';
import type { AnalysedSentence, EntityMention, NumberMention, Span } from '../src/model/index.ts';
import { analyseDocument, analyseSentence, lemma, MONTH_LABELS, WEEKDAY_LABELS } from '../src/text/index.ts';
import { assessSentence, defaultWeights, warmUp, type Assessment } from '../src/verify/index.ts';
import { indexSources, splitSourceSentences, type DocIndex } from '../src/verify/evidence.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, '../shared/bench/faithfulness');
const corpusDir = resolve(repoRoot, 'examples/corpus');

const EDITS = ['date', 'number', 'name', 'place', 'role', 'negation', 'quote'] as const;
type EditType = (typeof EDITS)[number];
const CHECKS = ['time', 'number', 'entity', 'quote', 'role', 'negation'] as const;
type Check = (typeof CHECKS)[number];
/** The edit types each check is meant to catch. */
const CATCHES: Record<Check, readonly EditType[]> = {
  time: ['date'],
  number: ['number'],
  entity: ['name', 'place'],
  // A speaker swapped for another name is a misattributed quote.
  quote: ['quote', 'name'],
  role: ['role'],
  negation: ['negation'],
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const seed = Number(arg('--seed') ?? 1);
const limit = Number(arg('--limit') ?? Infinity);
const asJson = process.argv.includes('--json');
const showFp = arg('--show-fp');
const showMiss = arg('--show-miss');

/** mulberry32: a small seeded generator, so the edits are the same on every run. */
function rng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(seed);
const pick = <T>(xs: readonly T[]): T | undefined =>
  xs.length ? xs[Math.floor(rand() * xs.length)] : undefined;

interface Original {
  set: string;
  id: string;
  claim: string;
  doc: DocIndex;
  date: string | null;
  source: readonly AnalysedSentence[];
}

// ---- originals -------------------------------------------------------------------------------------------------

function* faithfulnessOriginals(): Generator<Original> {
  if (!existsSync(dataDir)) {
    console.error(`single-edits: ${dataDir} not found; skipping the faithfulness claims`);
    return;
  }
  for (const f of readdirSync(dataDir)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    const name = f.replace(/\.jsonl$/, '');
    const { rows, errors } = parseFaithfulnessJsonl(readFileSync(join(dataDir, f), 'utf8'), name);
    if (errors.length) console.error(`${name}: ${errors.length} bad lines skipped`);
    let n = 0;
    for (const r of rows) {
      if (r.label !== 1 || n >= limit) continue;
      n++;
      const doc = indexSources([{ n: 1, text: r.source, date: null }]);
      let source: readonly AnalysedSentence[] | null = null;
      for (const [i, s] of splitSourceSentences(r.claim).entries()) {
        source ??= analyseDocument(r.source, null).sentences;
        yield { set: name, id: `${r.id}#${i}`, claim: s.trim(), doc, date: null, source };
      }
    }
  }
}

function* corpusOriginals(): Generator<Original> {
  if (!existsSync(corpusDir)) return;
  for (const f of readdirSync(corpusDir).sort()) {
    const path = join(corpusDir, f);
    let text: string;
    let date: string | null;
    try {
      const raw = readFileSync(path, 'utf8');
      const src = f.endsWith('.html') ? parseHtmlSource(raw, path) : parseTextSource(raw, path);
      text = src.text;
      date = src.published?.slice(0, 10) ?? null;
    } catch (e) {
      console.error(`single-edits: ${path}: ${(e as Error).message}`);
      continue;
    }
    const doc = indexSources([{ n: 1, text, date }]);
    const source = analyseDocument(text, date).sentences;
    for (const [i, s] of splitSourceSentences(text).entries())
      yield { set: 'corpus', id: `${f}#${i}`, claim: s.trim(), doc, date, source };
  }
}

// ---- edits -----------------------------------------------------------------------------------------------------

const replaceSpan = (t: string, s: Span, by: string): string => t.slice(0, s.start) + by + t.slice(s.end);
const MONTHS = MONTH_LABELS;
const DAYS = WEEKDAY_LABELS;
const COUNTRIES = [
  'France',
  'Germany',
  'Brazil',
  'India',
  'Japan',
  'Kenya',
  'Canada',
  'Mexico',
  'Egypt',
  'Sweden',
  'Argentina',
  'Australia',
];
const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function editDate(o: Original, c: AnalysedSentence): string | null {
  const options: (() => string | null)[] = [];
  for (const m of c.times) {
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(m.text);
    if (year)
      options.push(() => {
        const y = Number(year[1]) + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 3));
        return replaceSpan(c.text, m.span, m.text.replace(year[1]!, String(y)));
      });
    const month = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(m.text);
    if (month)
      options.push(() => {
        const i = MONTHS.indexOf(month[1]!);
        const j = (i + 1 + Math.floor(rand() * 11)) % 12;
        return replaceSpan(c.text, m.span, m.text.replace(month[1]!, MONTHS[j]!));
      });
    const day = new RegExp(`\\b(${DAYS.join('|')})\\b`).exec(m.text);
    if (day && !year && !month)
      options.push(() => {
        const i = DAYS.indexOf(day[1]!);
        const j = (i + 1 + Math.floor(rand() * 6)) % 7;
        return replaceSpan(c.text, m.span, m.text.replace(day[1]!, DAYS[j]!));
      });
    // Another date of the source, of the same grain, on disjoint days.
    const others = o.source.flatMap((s) =>
      s.times.filter(
        (t) =>
          t.grain === m.grain &&
          t.interval &&
          m.interval &&
          (t.interval.end < m.interval.start || t.interval.start > m.interval.end),
      ),
    );
    if (others.length)
      options.push(() =>
        replaceSpan(
          c.text,
          m.span,
          pick(others)!.text.replace(/^[a-z]/, (x) => x),
        ),
      );
  }
  return pick(options)?.() ?? null;
}

const DIGITS = /\d[\d,]*(?:\.\d+)?/;
function formatLike(orig: string, v: number): string {
  const dec = /\.(\d+)/.exec(orig)?.[1]?.length ?? 0;
  const s = v.toFixed(dec);
  return orig.includes(',') || (v >= 10000 && !orig.includes('.'))
    ? Number(s).toLocaleString('en-US', { minimumFractionDigits: dec })
    : s;
}
function editNumber(o: Original, c: AnalysedSentence): string | null {
  const options: (() => string | null)[] = [];
  for (const m of c.numbers) {
    const d = DIGITS.exec(m.text);
    if (d) {
      const v = Number(d[0].replace(/,/g, ''));
      if (!Number.isFinite(v)) continue;
      const at = m.span.start + d.index;
      const span = { start: at, end: at + d[0].length };
      options.push(() => replaceSpan(c.text, span, formatLike(d[0], v * 2)));
      options.push(() => replaceSpan(c.text, span, formatLike(d[0], v + 1)));
      const scale = /\b(million|billion|thousand|trillion)\b/i.exec(m.text)?.[1]?.toLowerCase() ?? '';
      const others = o.source.flatMap((s) =>
        s.numbers.flatMap((n: NumberMention) => {
          const nd = DIGITS.exec(n.text);
          const ns = /\b(million|billion|thousand|trillion)\b/i.exec(n.text)?.[1]?.toLowerCase() ?? '';
          return nd && n.unit === m.unit && ns === scale && Number(nd[0].replace(/,/g, '')) !== v
            ? [nd[0]]
            : [];
        }),
      );
      if (others.length) options.push(() => replaceSpan(c.text, span, pick(others)!));
    } else {
      const w = new RegExp(`\\b(${WORDS.join('|')})\\b`, 'i').exec(m.text);
      if (!w) continue;
      const v = WORDS.indexOf(w[1]!.toLowerCase());
      const at = m.span.start + w.index;
      const span = { start: at, end: at + w[0].length };
      const word = (n: number): string => {
        const s = WORDS[n] ?? String(n);
        return /^[A-Z]/.test(w[1]!) ? s[0]!.toUpperCase() + s.slice(1) : s;
      };
      options.push(() => replaceSpan(c.text, span, word(v === 0 ? 2 : v * 2)));
      options.push(() => replaceSpan(c.text, span, word(v + 1)));
    }
  }
  return pick(options)?.() ?? null;
}

const isName = (e: EntityMention): boolean => e.kind === 'person' || e.kind === 'organisation';
function sourceEntities(o: Original): EntityMention[] {
  return o.source.flatMap((s) => s.entities);
}
function editName(o: Original, c: AnalysedSentence): string | null {
  const inClaim = new Set(c.entities.map((e) => e.key));
  const options: (() => string | null)[] = [];
  for (const m of c.entities.filter(isName)) {
    // Another entity of the same kind, not named in the claim, not an alias (no shared word).
    const words = new Set(m.text.toLowerCase().split(/\W+/));
    const lower = c.text.toLowerCase();
    const others = sourceEntities(o).filter(
      (e) =>
        e.kind === m.kind &&
        !inClaim.has(e.key) &&
        !lower.includes(e.text.toLowerCase()) &&
        /^[A-Z]/.test(e.text) &&
        !e.text
          .toLowerCase()
          .split(/\W+/)
          .some((w) => w.length > 2 && words.has(w)),
    );
    if (others.length) options.push(() => replaceSpan(c.text, m.span, pick(others)!.text));
  }
  return pick(options)?.() ?? null;
}
function editPlace(o: Original, c: AnalysedSentence): string | null {
  const inClaim = new Set(c.entities.map((e) => e.key));
  const options: (() => string | null)[] = [];
  for (const m of c.entities.filter((e) => e.kind === 'place')) {
    if (COUNTRIES.some((x) => x.toLowerCase() === m.key) || m.text.toLowerCase() === m.key) {
      const srcKeys = new Set(sourceEntities(o).map((e) => e.key));
      const countries = COUNTRIES.filter(
        (x) => !srcKeys.has(x.toLowerCase()) && !inClaim.has(x.toLowerCase()),
      );
      const others = sourceEntities(o).filter(
        (e) => e.kind === 'place' && !inClaim.has(e.key) && /^[A-Z]/.test(e.text) && e.text === e.text.trim(),
      );
      // Only a name as written (not a demonym), so the replacement reads as a place.
      if (m.text.toLowerCase() !== m.key && !COUNTRIES.some((x) => x.toLowerCase() === m.key)) continue;
      if (others.length) options.push(() => replaceSpan(c.text, m.span, pick(others)!.text));
      options.push(() => replaceSpan(c.text, m.span, pick(countries)!));
    }
  }
  return pick(options)?.() ?? null;
}

/** Irregular past tenses that take an object (symmetric ones like "met" are left out). */
const IRREGULAR = new Set(
  'told beat won led sent took gave hit left sold bought brought caught fought sought taught struck chose drove threw paid held hired fired shot'.split(
    ' ',
  ),
);
const SYMMETRIC = /\b(and|or|with|met|meet|meets|meeting|between|versus|vs|against|both|,|;)\b|[,;()"“”]/i;
function editRole(c: AnalysedSentence): string | null {
  // Written names only (the role patterns read capitalised names), people and organisations, or places as actors.
  const ents = c.entities
    .filter((e) => (isName(e) || e.kind === 'place') && /^\p{Lu}/u.test(e.text))
    .sort((a, b) => a.span.start - b.span.start);
  const options: (() => string | null)[] = [];
  for (let i = 0; i + 1 < ents.length; i++) {
    const a = ents[i]!;
    for (let j = i + 1; j < ents.length; j++) {
      const b = ents[j]!;
      if (a.key === b.key || a.span.end > b.span.start) continue;
      const between = c.text.slice(a.span.end, b.span.start);
      const words = between.trim().split(/\s+/).filter(Boolean);
      const swap = (): string =>
        c.text.slice(0, a.span.start) + b.text + between + a.text + c.text.slice(b.span.end);
      // Possessive with its object: "A's demand on B" -> "B's demand on A".
      if (/^['’]s\s+(?:[\p{Ll}-]+\s+){1,2}(?:of|on|against|to|for|with|from)\s+(?:the\s+)?$/u.test(between))
        options.push(swap);
      if (words.length === 0 || words.length > 4 || SYMMETRIC.test(between)) continue;
      const passive = /^\s+(was|were|is|are|has been|have been)\s+(\w+(?:ed|en))\s+by\s+$/.exec(between);
      if (passive) {
        // "A was invited by B" -> "B was invited by A", or -> "A invited B" (voice changed, roles swapped).
        options.push(swap);
        options.push(
          () =>
            c.text.slice(0, a.span.start) + a.text + ` ${passive[2]} ` + b.text + c.text.slice(b.span.end),
        );
        continue;
      }
      // An active verb phrase: "A called on B", "A accused B" -> "B called on A"; "A urged B" -> "A was urged by B".
      const verb = /^\s+([a-z]+)\b/.exec(between)?.[1];
      if (!verb || !(verb.endsWith('ed') || IRREGULAR.has(verb))) continue;
      options.push(swap);
      const single = /^\s+(\w+ed)\s+$/.exec(between);
      if (single)
        options.push(
          () =>
            c.text.slice(0, a.span.start) +
            a.text +
            ` was ${single[1]} by ` +
            b.text +
            c.text.slice(b.span.end),
        );
    }
  }
  return pick(options)?.() ?? null;
}

const AUX =
  /\b(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\s+(?!not\b|n't\b)(?=[a-z])/;
function editNegation(c: AnalysedSentence): string | null {
  const t = c.text;
  const options: (() => string | null)[] = [];
  const neg = /\s+(not|never)\b/.exec(t);
  if (neg) options.push(() => t.slice(0, neg.index) + t.slice(neg.index + neg[0].length));
  const nt = /\b(is|are|was|were|has|have|had|does|did|do|could|would|should)n['’]t\b/.exec(t);
  if (nt) options.push(() => t.slice(0, nt.index) + nt[1] + t.slice(nt.index + nt[0].length));
  if (/\b(didn|don|doesn)['’]t\s+(\w+)/.test(t))
    options.push(() => t.replace(/\b(didn|don|doesn)['’]t\s+(\w+)/, (_, _a, v: string) => v));
  if (!neg && !nt) {
    const aux = AUX.exec(t);
    if (aux)
      options.push(() => `${t.slice(0, aux.index)}${aux[1]} not ${t.slice(aux.index + aux[0].length)}`);
    // "B walked off" -> "B did not walk off", after the first named subject.
    const first = c.entities[0];
    const after = first ? /^(\s+)([a-z]+ed)\b/.exec(t.slice(first.span.end)) : null;
    if (first && after && !aux)
      options.push(() => {
        const at = first.span.end + after[1]!.length;
        return `${t.slice(0, at)}did not ${lemma(after[2]!)}${t.slice(at + after[2]!.length)}`;
      });
  }
  return pick(options)?.() ?? null;
}

/** One word of a quotation replaced by another word of the source: a misquote. */
function editQuote(o: Original, c: AnalysedSentence): string | null {
  const options: (() => string | null)[] = [];
  for (const q of c.quotes) {
    const inner = c.text.slice(q.span.start, q.span.end);
    const words = [...inner.matchAll(/\b[a-z]{4,}\b/g)];
    if (words.length < 2) continue;
    const quoted = new Set(words.map((w) => w[0]));
    const pool = [...new Set(o.doc.lower.match(/\b[a-z]{4,}\b/g) ?? [])].filter((w) => !quoted.has(w)).sort();
    if (pool.length === 0) continue;
    options.push(() => {
      const w = pick(words)!;
      const at = q.span.start + w.index;
      return replaceSpan(c.text, { start: at, end: at + w[0].length }, pick(pool)!);
    });
  }
  return pick(options)?.() ?? null;
}

/** Whether the claim is cased (a capital after its first word): in lower-cased text the name spans are guesses. */
const cased = (t: string): boolean => /\s[\p{Lu}]/u.test(t.replace(/^\W*\S+/, ''));

function makeEdit(type: EditType, o: Original, c: AnalysedSentence): string | null {
  // Places are gazetteer matches, reliable in any case; people's and organisations' spans are not.
  if ((type === 'name' || type === 'role') && !cased(c.text)) return null;
  switch (type) {
    case 'date':
      return editDate(o, c);
    case 'number':
      return editNumber(o, c);
    case 'name':
      return editName(o, c);
    case 'place':
      return editPlace(o, c);
    case 'role':
      return editRole(c);
    case 'negation':
      return editNegation(c);
    case 'quote':
      return editQuote(o, c);
  }
}

// ---- scoring ---------------------------------------------------------------------------------------------------

const weights = defaultWeights();
function fired(a: Assessment): Set<Check> {
  return new Set(
    a.results.flatMap((r) =>
      r.status === 'fail' && (CHECKS as readonly string[]).includes(r.check) ? [r.check as Check] : [],
    ),
  );
}
/** Mirrors verdictOf: any failed check other than coverage, or a probability under the threshold. */
function supported(a: Assessment): boolean {
  return (
    !a.results.some((r) => r.status === 'fail' && r.check !== 'coverage') &&
    a.probability >= weights.threshold
  );
}
function reasonOf(a: Assessment, check: Check): string {
  const r = a.results.find((x) => x.check === check && x.status === 'fail');
  return r && r.status === 'fail' ? `${r.severity}: ${r.detail}` : '';
}

warmUp();
const t0 = performance.now();
let originals = 0;
let origSupported = 0;
const fp: Record<Check, number> = Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<Check, number>;
// fires[edit][check]: on how many edited claims of that type the check fired.
const fires: Record<EditType, Record<Check, number>> = Object.fromEntries(
  EDITS.map((e) => [e, Object.fromEntries(CHECKS.map((c) => [c, 0]))]),
) as Record<EditType, Record<Check, number>>;
const edited: Record<EditType, { n: number; notSupported: number }> = Object.fromEntries(
  EDITS.map((e) => [e, { n: 0, notSupported: 0 }]),
) as Record<EditType, { n: number; notSupported: number }>;
const perSet: Record<string, number> = {};

for (const gen of [faithfulnessOriginals(), corpusOriginals()])
  for (const o of gen) {
    if (o.claim.length < 12) continue;
    const analysed = analyseSentence(o.claim, o.date);
    const base = assessSentence(o.claim, o.doc, { date: o.date, weights });
    originals++;
    perSet[o.set] = (perSet[o.set] ?? 0) + 1;
    if (supported(base)) origSupported++;
    for (const c of fired(base)) {
      fp[c]++;
      if (showFp === c) console.error(`FP ${c} ${o.id}: ${o.claim}\n   ${reasonOf(base, c)}`);
    }
    for (const type of EDITS) {
      const e = makeEdit(type, o, analysed);
      if (!e || e === o.claim) continue;
      const a = assessSentence(e, o.doc, { date: o.date, weights });
      edited[type].n++;
      if (!supported(a)) edited[type].notSupported++;
      const f = fired(a);
      for (const c of f) fires[type][c]++;
      if (showMiss === type && !CHECKS.some((c) => CATCHES[c].includes(type) && f.has(c)))
        console.error(`MISS ${type} ${o.id}:\n   - ${o.claim}\n   + ${e}`);
    }
  }
const seconds = (performance.now() - t0) / 1000;

const checks = CHECKS.map((c) => {
  const tp = CATCHES[c].reduce((s, t) => s + fires[t][c], 0);
  const n = CATCHES[c].reduce((s, t) => s + edited[t].n, 0);
  return {
    check: c,
    catches: CATCHES[c],
    tp,
    fp: fp[c],
    precision: tp + fp[c] ? +(tp / (tp + fp[c])).toFixed(4) : null,
    recall: n ? +(tp / n).toFixed(4) : null,
    // Fires on edits of the other types (not counted as right or wrong).
    otherEdits: EDITS.filter((t) => !CATCHES[c].includes(t)).reduce((s, t) => s + fires[t][c], 0),
  };
});
const edits = EDITS.map((t) => ({
  edit: t,
  n: edited[t].n,
  recall: Object.fromEntries(
    CHECKS.map((c) => [c, edited[t].n ? +(fires[t][c] / edited[t].n).toFixed(4) : 0]),
  ),
  notSupported: edited[t].n ? +(edited[t].notSupported / edited[t].n).toFixed(4) : null,
}));
const result = {
  seed,
  originals,
  perSet,
  originalsSupported: originals ? +(origSupported / originals).toFixed(4) : null,
  checks,
  edits,
  seconds: +seconds.toFixed(1),
};

if (asJson) console.log(JSON.stringify(result));
else {
  const pct = (x: number | null): string => (x === null ? '   -' : `${(x * 100).toFixed(1)}%`.padStart(6));
  console.log(
    `single edits, seed ${seed}: ${originals} originals (${Object.entries(perSet)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ${seconds.toFixed(1)} s`,
  );
  console.log(`originals called supported: ${pct(result.originalsSupported)}\n`);
  console.log('check      catches        TP     FP  precision  recall  fires on other edits');
  for (const c of checks)
    console.log(
      `${c.check.padEnd(10)} ${c.catches.join('+').padEnd(12)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(6)}     ${pct(c.precision)}  ${pct(c.recall)}  ${c.otherEdits}`,
    );
  console.log(`\nedit        n      not supported  ${CHECKS.map((c) => c.padStart(8)).join('')}`);
  for (const e of edits)
    console.log(
      `${e.edit.padEnd(9)} ${String(e.n).padStart(5)}   ${pct(e.notSupported)}         ${CHECKS.map((c) => pct(e.recall[c] ?? 0).padStart(8)).join('')}`,
    );
}
