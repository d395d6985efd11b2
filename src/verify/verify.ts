// The verifier: retrieve evidence from the cited sources, run the checks, combine them into a verdict.
import type { AnalysedSentence, Evidence, Reason, Source, Verdict, VerdictLabel } from '../model/index.ts';
import {
  analyseDocument,
  intervalsOverlap,
  MONTH_LABELS,
  parseDocDate,
  WEEKDAY_LABELS,
} from '../text/index.ts';
import { lazySentence } from './lazy.ts';
import { checkCoverage, missingWords } from './checks/coverage.ts';
import { checkEntity } from './checks/entity.ts';
import { checkNegation } from './checks/negation.ts';
import { checkNumber } from './checks/number.ts';
import { checkQuote, normaliseQuote } from './checks/quote.ts';
import { checkRole } from './checks/role.ts';
import { checkTime, claimedInterval } from './checks/time.ts';
import type { CheckContext, CheckResult, EvidenceSentence } from './checks/types.ts';
import {
  indexSources,
  matchTerms,
  retrieve,
  splitSourceSentences,
  type DocIndex,
  type DocPart,
  type Retrieved,
  type TermMatch,
} from './evidence.ts';
import { lexicalFeatures, type LexicalFeatures } from './features.ts';
import { describeSubstitution, findSubstitutions, type Substitution } from './checks/substitution.ts';
import { defaultWeights, predict, type FeatureVector, type ModelWeights } from './model.ts';
import { termize, type Term } from './terms.ts';

/** n = 1-based citation number. */
export interface SourceDoc {
  readonly n: number;
  readonly source: Source;
}

export interface ClaimInput {
  readonly text: string;
  readonly citations: readonly number[];
}

export interface VerifyOptions {
  /** Publication date of the claim's article, to resolve its relative times; null when unknown. */
  readonly date?: string | null;
  readonly weights?: ModelWeights;
  /** Override of the weights' decision threshold. */
  readonly threshold?: number;
}

/** The full assessment of one claim sentence: features, check results, score. */
export interface Assessment {
  readonly text: string;
  readonly features: FeatureVector;
  readonly results: readonly CheckResult[];
  /** Model probability before hard contradictions are applied. */
  readonly probability: number;
  /** Final support score in [0, 1]. */
  readonly score: number;
  readonly evidence: readonly EvidenceSentence[];
  readonly contentWeight: number;
  readonly analysed: AnalysedSentence;
  readonly missing: readonly string[];
  /** Slots where the claim swaps in other words than its best evidence (checks/substitution.ts); computed on
   * demand, for reasons only: as a model feature it did not rank rows better on the dev data. */
  readonly substitutions: () => readonly Substitution[];
}

const TOP_K = 3;

// Per-index caches of the sources' analysed sentences and documents (computed lazily, only when a check asks).
const sentenceCache = new WeakMap<DocIndex, (AnalysedSentence | undefined)[]>();
const quoteCache = new WeakMap<DocIndex, { text: string; speaker: string | null }[]>();

function analysedAt(doc: DocIndex, i: number): AnalysedSentence {
  let arr = sentenceCache.get(doc);
  if (!arr) {
    arr = new Array(doc.sentences.length);
    sentenceCache.set(doc, arr);
  }
  let a = arr[i];
  if (!a) {
    const s = doc.sentences[i]!;
    a = lazySentence(s.text, isoDay(s.date), i);
    arr[i] = a;
  }
  return a;
}

/** YYYY-MM-DD of an ISO date or date-time; null when absent or unreadable. */
function isoDay(date: string | null): string | null {
  let d: ReturnType<typeof parseDocDate>;
  try {
    d = date ? parseDocDate(date) : null;
  } catch {
    d = null; // an unreadable date leaves relative times unresolved
  }
  return d
    ? `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`
    : null;
}

function quotesOf(doc: DocIndex): { text: string; speaker: string | null }[] {
  let q = quoteCache.get(doc);
  if (!q) {
    q = doc.parts.flatMap((p) =>
      analyseDocument(p.text, p.date).sentences.flatMap((s) =>
        s.quotes.map((x) => ({ text: normaliseQuote(x.text), speaker: x.speaker })),
      ),
    );
    quoteCache.set(doc, q);
  }
  return q;
}

const DATE_WORDS = new Set(
  [...MONTH_LABELS, ...WEEKDAY_LABELS].flatMap((w) => [w.toLowerCase(), w.slice(0, 3).toLowerCase()]),
);
const dateWord = (t: Term): boolean => t.num !== null || DATE_WORDS.has(t.norm);

/**
 * Words of a claim date that no source writes but the evidence gives in other words ("Thursday, 12 March" for a
 * report's "Thursday", resolved against its date): counted as missing they would sink a correctly anchored
 * sentence, so they weigh nothing. Null when there is nothing to change (the usual case, checked cheaply first).
 */
function datesGivenOtherwise(
  matches: readonly TermMatch[],
  claim: AnalysedSentence,
  lead: number,
  doc: DocIndex,
  retrieved: Retrieved,
): TermMatch[] | null {
  if (!matches.some((m) => m.weight > 0 && m.hits.size === 0 && dateWord(m.term))) return null;
  const near = new Set([...retrieved.ranked.slice(0, TOP_K).map((r) => r.index), ...retrieved.window]);
  const spans = claim.times
    .filter(
      (t) =>
        t.interval !== null &&
        [...near].some((i) =>
          analysedAt(doc, i).times.some(
            (e) => e.interval && intervalsOverlap(e.interval, claimedInterval(t.interval!)),
          ),
        ),
    )
    .map((t) => t.span);
  if (spans.length === 0) return null;
  const inDate = (m: TermMatch): boolean =>
    spans.some((s) => s.start <= m.term.start - lead && m.term.start - lead < s.end);
  // Built as a literal like matchTerms' own: a spread copy has another hidden class, and the first such match
  // made V8 throw away the optimised code of every function that reads matches (retrieve, search, ...).
  return matches.map((m) =>
    m.weight > 0 && m.hits.size === 0 && inDate(m)
      ? { term: m.term, weight: 0, hits: m.hits, isName: m.isName }
      : m,
  );
}

const newestCache = new WeakMap<DocIndex, string | null>();

/** The newest publication day of a document's parts (the claim's "now" when it has no date of its own). */
function newestDay(doc: DocIndex): string | null {
  let day = newestCache.get(doc);
  if (day === undefined) {
    day = doc.parts.map((p) => isoDay(p.date) ?? '').reduce((a, b) => (b > a ? b : a), '') || null;
    newestCache.set(doc, day);
  }
  return day;
}

/**
 * The feature vector of a claim (its lexical features and the failures among its checks' results), and whether a
 * hard or a soft contradiction is among them. One pass over the results and one object literal: a scan per feature
 * and object spreads showed in profiles, at thousands of claims a second.
 */
function featuresOf(
  lf: LexicalFeatures,
  results: readonly CheckResult[],
): { features: FeatureVector; hard: boolean; soft: boolean } {
  let time = 0;
  let number = 0;
  let entity = 0;
  let quote = 0;
  let role = 0;
  let negation = 0;
  let coverage = 0;
  let hard = false;
  let soft = false;
  for (const r of results) {
    if (r.status !== 'fail') continue;
    if (r.hard) hard = true;
    else if (r.severity === 'contradiction') soft = true;
    const unsupported = r.severity === 'unsupported' ? 1 : 0;
    if (r.check === 'time') time ||= unsupported;
    else if (r.check === 'number') number ||= unsupported;
    else if (r.check === 'entity') entity ||= unsupported;
    else if (r.check === 'quote') quote ||= unsupported;
    else if (r.check === 'role') role = 1;
    else if (r.check === 'negation') negation = 1;
    else if (r.check === 'coverage') coverage = 1;
  }
  const features: FeatureVector = {
    covBest: lf.covBest,
    covWindow: lf.covWindow,
    covTop: lf.covTop,
    covDoc: lf.covDoc,
    missName: lf.missName,
    missNum: lf.missNum,
    missContent: lf.missContent,
    pairs: lf.pairs,
    length: lf.length,
    missBeyond: lf.missBeyond,
    windowShort: lf.windowShort,
    timeUnsupported: time,
    numberUnsupported: number,
    entityUnsupported: entity,
    quoteUnsupported: quote,
    roleFail: role,
    negationFail: negation,
    coverageFail: coverage,
  };
  return { features, hard, soft };
}

/** Assesses one claim sentence against an index of its sources. */
export function assessSentence(
  text: string,
  doc: DocIndex,
  opts: { date?: string | null; weights?: ModelWeights } = {},
): Assessment {
  const weights = opts.weights ?? defaultWeights();
  const claim = lazySentence(text.trim(), isoDay(opts.date ?? null), 0, newestDay(doc));
  const claimTerms = termize(text);
  let matches = matchTerms(claimTerms, doc);
  let retrieved = retrieve(matches, doc, TOP_K);
  const redated = datesGivenOtherwise(matches, claim, text.length - text.trimStart().length, doc, retrieved);
  if (redated) {
    matches = redated;
    retrieved = retrieve(matches, doc, TOP_K);
  }
  // Retrieval scores by sentence, 0 for the unranked: a plain array, not a Map (built for every claim), nor a
  // typed array (its buffer would be allocated off the heap).
  const scoreOf = new Array<number>(doc.sentences.length).fill(0);
  for (const r of retrieved.ranked) scoreOf[r.index] = r.score;
  const ev = (i: number): EvidenceSentence => ({
    at: i,
    source: doc.sentences[i]!.source,
    analysed: analysedAt(doc, i),
    score: scoreOf[i]!,
  });
  let evidenceMemo: EvidenceSentence[] | null = null;
  let allMemo: EvidenceSentence[] | null = null;
  const ctx: CheckContext = {
    claim,
    claimTerms,
    doc,
    matches,
    nameTerms: matches.filter((m) => m.isName),
    retrieved,
    evidence: () =>
      (evidenceMemo ??= [
        ...new Set([...retrieved.ranked.slice(0, TOP_K).map((r) => r.index), ...retrieved.window]),
      ]
        .map(ev)
        .sort((a, b) => b.score - a.score)),
    // Sentences sharing nothing with the claim cannot support it: skip analysing them.
    all: () => (allMemo ??= retrieved.ranked.map((r) => ev(r.index))),
    quoteSpeakers: (words) => {
      const hits = quotesOf(doc).filter((q) => ` ${q.text} `.includes(` ${words} `));
      return { found: hits.length > 0, speakers: hits.map((h) => h.speaker) };
    },
  };
  const results = [
    checkTime(ctx),
    checkNumber(ctx),
    checkEntity(ctx),
    checkQuote(ctx),
    checkRole(ctx),
    checkNegation(ctx),
    checkCoverage(ctx),
  ];
  const { features, hard, soft } = featuresOf(lexicalFeatures(matches, retrieved, doc), results);
  const probability = predict(weights, features);
  return {
    text,
    features,
    results,
    probability,
    score: hard
      ? probability * weights.hardFactor
      : soft
        ? probability * (weights.softFactor ?? 1)
        : probability,
    evidence: ctx.evidence(),
    contentWeight: matches.reduce((s, m) => s + m.weight, 0),
    analysed: claim,
    missing: missingWords(ctx),
    substitutions: () => findSubstitutions(ctx),
  };
}

/** Support probability of a claim (all its sentences) given one source text: the weakest sentence decides. */
export function scoreSupport(
  sourceText: string,
  claim: string,
  sourceDate: string | null = null,
  weights?: ModelWeights,
): number {
  const doc = indexSources([{ n: 1, text: sourceText, date: sourceDate }]);
  const sentences = splitSourceSentences(claim);
  if (sentences.length === 0) return 0;
  let min = 1;
  for (const s of sentences) min = Math.min(min, assessSentence(s, doc, weights ? { weights } : {}).score);
  return min;
}

const HARD_ORDER: Record<string, number> = {
  date: 0,
  number: 1,
  entity: 2,
  place: 2,
  quote: 3,
  attribution: 3,
};

function toReason(r: CheckResult & { status: 'fail' }): Reason {
  return { kind: r.kind, detail: r.detail, ...(r.hard ? { hard: true } : {}) };
}

/** The verdict of one assessed sentence. */
export function verdictOf(a: Assessment, threshold: number, uncited: boolean): Verdict {
  const fails = a.results.filter((r): r is CheckResult & { status: 'fail' } => r.status === 'fail');
  const contradictions = fails
    .filter((r) => r.severity === 'contradiction')
    .sort((x, y) => Number(y.hard) - Number(x.hard) || (HARD_ORDER[x.kind] ?? 9) - (HARD_ORDER[y.kind] ?? 9));
  const unsupported = fails.filter((r) => r.severity === 'unsupported' && r.check !== 'coverage');
  const coverage = fails.find((r) => r.check === 'coverage');
  let label: VerdictLabel;
  let reasons: Reason[];
  if (contradictions.length) {
    label = 'contradicted';
    reasons = [...contradictions, ...unsupported].map(toReason);
  } else if (unsupported.length) {
    label = 'unsupported';
    reasons = [...unsupported, ...(coverage ? [coverage] : [])].map(toReason);
  } else if (a.probability >= threshold) {
    label = 'supported';
    reasons = [];
  } else {
    label = 'unsupported';
    reasons = coverage
      ? [toReason(coverage)]
      : [
          {
            kind: 'lexical',
            detail: `the closest evidence matches ${Math.round(a.features.covWindow * 100)}% of the claim's content`,
          },
        ];
  }
  // A swapped slot names the words the evidence has instead: the most direct reason a reader can check
  // (unless the coverage check already gave it).
  if (label !== 'supported')
    for (const x of a.substitutions().slice(0, 2)) {
      const detail = describeSubstitution(x);
      if (!reasons.some((r) => r.detail === detail)) reasons.push({ kind: 'lexical', detail });
    }
  if (uncited)
    reasons.push({ kind: 'uncited', detail: 'the sentence cites no source; checked against all sources' });
  // Keep the score on the same side of the threshold as the label.
  let score = a.score;
  if (label !== 'supported') score = Math.min(score, threshold * 0.99);
  const conflict = fails.find((r) => r.evidence)?.evidence;
  const evidence: Evidence[] = [];
  if (conflict)
    evidence.push({
      ...conflict,
      score: a.evidence.find((e) => e.analysed.text === conflict.sentence)?.score ?? 0,
    });
  for (const e of a.evidence.slice(0, TOP_K)) {
    if (e.score <= 0 || evidence.some((x) => x.sentence === e.analysed.text)) continue;
    evidence.push({ source: e.source, sentence: e.analysed.text, score: round(e.score) });
  }
  return {
    label,
    score: round(score),
    reasons,
    evidence: evidence.map((e) => ({ ...e, score: round(e.score) })),
    uncited,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Framing and opinion: an uncited sentence that names nothing, counts nothing and dates nothing. */
function notCheckable(a: AnalysedSentence, uncited: boolean, contentWeight: number): boolean {
  if (contentWeight === 0) return true;
  return (
    uncited &&
    a.entities.length === 0 &&
    a.numbers.length === 0 &&
    a.times.length === 0 &&
    a.quotes.length === 0
  );
}

function partsFor(citations: readonly number[], sources: readonly SourceDoc[]): DocPart[] {
  const wanted = citations.length ? sources.filter((s) => citations.includes(s.n)) : sources;
  return wanted.map((s) => ({ n: s.n, text: s.source.text, date: s.source.published?.slice(0, 10) ?? null }));
}

/** Verifies one claim (one or more sentences) against the sources it cites (all sources when it cites none). */
export function verifyClaim(
  claim: ClaimInput,
  sources: readonly SourceDoc[],
  opts: VerifyOptions = {},
): Verdict {
  const weights = opts.weights ?? defaultWeights();
  const threshold = opts.threshold ?? weights.threshold;
  const uncited = claim.citations.length === 0;
  const known = new Set(sources.map((s) => s.n));
  const absent = claim.citations.filter((n) => !known.has(n));
  const parts = partsFor(claim.citations, sources);
  if (parts.length === 0) {
    const detail = absent.length
      ? `cited source${absent.length > 1 ? 's' : ''} ${absent.map((n) => `[${n}]`).join(', ')} not provided`
      : 'no sources to check against';
    return { label: 'unsupported', score: 0, reasons: [{ kind: 'uncited', detail }], evidence: [], uncited };
  }
  const doc = indexSources(parts);
  const sentences = splitSourceSentences(claim.text);
  const verdicts = sentences.map((s) => {
    const a = assessSentence(s, doc, { date: opts.date ?? null, weights });
    if (notCheckable(a.analysed, uncited, a.contentWeight))
      return {
        label: 'not_checkable' as const,
        score: round(a.score),
        reasons: uncited
          ? [{ kind: 'uncited' as const, detail: 'framing or opinion with no citation: nothing to check' }]
          : [],
        evidence: [],
        uncited,
      };
    return verdictOf(a, threshold, uncited);
  });
  const order: VerdictLabel[] = ['contradicted', 'unsupported', 'supported', 'not_checkable'];
  verdicts.sort((x, y) => order.indexOf(x.label) - order.indexOf(y.label) || x.score - y.score);
  const worst = verdicts[0] ?? {
    label: 'not_checkable' as const,
    score: 0,
    reasons: [],
    evidence: [],
    uncited,
  };
  if (absent.length)
    return {
      ...worst,
      reasons: [
        ...worst.reasons,
        { kind: 'uncited', detail: `cited ${absent.map((n) => `[${n}]`).join(', ')} not provided` },
      ],
    };
  return worst;
}

export function verifySentences(
  claims: readonly ClaimInput[],
  sources: readonly SourceDoc[],
  opts: VerifyOptions = {},
): Verdict[] {
  return claims.map((c) => verifyClaim(c, sources, opts));
}
