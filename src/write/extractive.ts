// The extractive writer: every sentence comes from a source, lightly normalised, never changing a fact.
// It lays the chosen sentences out in the seed's sections, cites each to every source that supports it,
// and hands the result to the gate. Deterministic: the same sources give the same article.
import { SECTION_KINDS, type ArticleSentence, type SectionKind, type Source } from '../model/index.ts';
import { cosine, findEntities } from '../text/index.ts';
import { anchorTimes } from './anchor.ts';
import { buildCandidates, contentTerms, similarities, TermSpace, type Candidate } from './candidates.ts';
import { compress } from './compress.ts';
import {
  hasQuoteMarks,
  isAttributedQuote,
  isBackground,
  isForward,
  isQuestion,
  isQuote,
  isSignificance,
  isStakes,
  quotedShare,
} from './cues.ts';
import { disagreementTexts, findDisagreements } from './disagree.ts';
import { passes, supporters, type Check } from './gate.ts';
import { dayOf } from './numbering.ts';
import { antecedent, collectPeople, type People } from './people.ts';
import { leadingReference, resolveAttribution, resolveLeadingPronoun, surname } from './references.ts';
import { DEFAULT_WEIGHTS, salience, type SalienceWeights } from './salience.ts';

export interface ExtractiveOptions {
  readonly weights?: SalienceWeights;
  /** Words for lede + details as a share of the distinct words the sources hold. */
  readonly detailShare?: number;
  readonly minDetailWords?: number;
  readonly maxDetailWords?: number;
  /** Similarity at which a sentence repeats one already chosen. */
  readonly redundancy?: number;
  /** Let the lede come from any sentence, not only a report's opening two. */
  readonly anyLede?: boolean;
  /** Keep every sentence with quote marks out of the lede and details. */
  readonly strictPlain?: boolean;
  /** Let forward-looking sentences into the details (otherwise they wait for "what to watch"). */
  readonly forwardInDetails?: boolean;
}

export interface Draft {
  readonly headline: ArticleSentence;
  readonly sections: ReadonlyMap<SectionKind, ArticleSentence[]>;
  /** Sentences the gate refused while writing. */
  readonly dropped: ArticleSentence[];
}

/** Sentences at least this similar say the same thing: one is enough. */
const REDUNDANT = 0.4;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function draftExtractive(
  ordered: readonly Source[],
  check: Check,
  opts: ExtractiveOptions = {},
): Draft {
  const cands = buildCandidates(ordered);
  const sim = similarities(cands);
  const sal = salience(cands, sim, ordered.length, opts.weights ?? DEFAULT_WEIGHTS);
  const dates = ordered
    .map((s) => dayOf(s.published))
    .filter((d): d is string => d !== null)
    .sort();
  const earliest = dates[0] ?? null;
  const latest = dates[dates.length - 1] ?? null;
  const year = latest ? Number(latest.slice(0, 4)) : undefined;
  const people = collectPeople(cands);
  const outlet = (src: number): string => ordered[src]?.outlet ?? `Source ${src + 1}`;

  const used = new Set<number>();
  const usedTexts: string[] = [];
  const dropped: ArticleSentence[] = [];
  const space = new TermSpace(cands.map((c) => c.terms));
  const usedVecs: Map<string, number>[] = [];
  const redundancy = opts.redundancy ?? REDUNDANT;
  const redundant = (text: string, threshold = redundancy): boolean => {
    const v = space.vector(contentTerms(text));
    return usedVecs.some((u) => cosine(u, v) >= threshold);
  };
  const claim = (text: string): void => {
    usedTexts.push(text);
    usedVecs.push(space.vector(contentTerms(text)));
  };

  // Newer developments lead: a small boost for the latest day's reports.
  const score = (c: Candidate): number => sal[c.id]!.score + (latest !== null && c.date === latest ? 0.3 : 0);
  const ranked = [...cands].sort((a, b) => score(b) - score(a) || a.id - b.id);

  /**
   * The sentence as the article prints it: with relative times anchored first, and as the source words them
   * when the verifier cannot confirm the anchored form and the source is of the article's day. Empty when it
   * cannot stand alone.
   */
  const prepare = (c: Candidate): string[] => {
    const anchored = anchorTimes(c.text, c.sentence.times, year);
    // The source's own wording of a relative time ("this week", "last month") means the same in the article
    // only when the article is of the source's day; otherwise only the anchored form may stand.
    const asWritten = anchored === c.text || c.date === latest ? [c.text] : [];
    const variants = [anchored, ...asWritten].map((raw) => {
      let text = compress(raw);
      const ref = leadingReference(text);
      if (ref === 'other') return null;
      if (ref === 'personal') {
        const name = antecedent(c, cands);
        if (!name) return null;
        text = resolveLeadingPronoun(text, surname(name));
      }
      if (
        /["”]\s*(he|she) (said|added|says|told)|[,.!?]["”]?\s*(he|she) (said|added|says|told)/i.test(text)
      ) {
        const speaker = c.sentence.quotes.find((q) => q.speaker)?.speaker ?? antecedent(c, cands);
        if (!speaker) return null;
        text = resolveAttribution(text, surname(speaker));
      }
      // An unbalanced quote (a quote that runs on into the next sentence) cannot stand alone.
      if ((text.match(/["“”]/g)?.length ?? 0) % 2 === 1) return null;
      return text;
    });
    return [...new Set(variants.filter((v): v is string => v !== null))];
  };

  const droppedTexts = new Set<string>();
  /** Cite to every source that supports it; keep the first variant the gate passes. */
  const accept = (
    c: Candidate,
    variants: readonly string[],
    force = false,
    threshold = redundancy,
  ): ArticleSentence | null => {
    if (variants.length === 0 || (!force && redundant(variants[0]!, threshold))) return null;
    const others = [
      ...new Set(
        sal[c.id]!.echoes.concat(
          cands.filter((d) => d.src !== c.src && sim[c.id]![d.id]! >= 0.3).map((d) => d.src),
        ),
      ),
    ].filter((s) => s !== c.src);
    let last: ArticleSentence | null = null;
    for (const text of variants) {
      const own = check(text, [c.src + 1]);
      if (!passes(own)) {
        last = { text, citations: [c.src + 1], verdict: own };
        continue;
      }
      const extra = supporters(
        text,
        others.map((s) => s + 1),
        check,
      );
      const citations = [c.src + 1, ...extra].sort((a, b) => a - b);
      const verdict = extra.length ? check(text, citations) : own;
      if (!passes(verdict)) {
        last = { text, citations, verdict };
        continue;
      }
      used.add(c.id);
      claim(text);
      return { text, citations, verdict };
    }
    if (last && !droppedTexts.has(last.text)) {
      droppedTexts.add(last.text);
      dropped.push(last);
    }
    return null;
  };

  const pick = (
    filter: (c: Candidate) => boolean,
    limit: { count?: number; words?: number; redundancy?: number },
  ): { c: Candidate; s: ArticleSentence }[] => {
    const out: { c: Candidate; s: ArticleSentence }[] = [];
    let total = 0;
    for (const c of ranked) {
      if (
        (limit.count !== undefined && out.length >= limit.count) ||
        (limit.words !== undefined && total >= limit.words)
      )
        break;
      if (used.has(c.id) || !filter(c)) continue;
      const s = accept(c, prepare(c), false, limit.redundancy);
      if (!s) continue;
      out.push({ c, s });
      total += words(s.text);
    }
    return out;
  };

  // Reported speech, not a quote: scare quotes and short quoted phrases are fine, a quotation is not.
  const plain = (c: Candidate): boolean =>
    !isQuestion(c.text) &&
    (opts.strictPlain ? !isQuote(c) && !hasQuoteMarks(c.text) : quotedShare(c.text) < 0.4);

  // Lede: the most salient plain sentence; of the newest reports when the story spans several days.
  const days = [...new Set(dates)];
  const newest = (c: Candidate): boolean => days.length < 2 || c.date === latest;
  // A report's opening sentences carry its news: the lede comes from them when one passes.
  const lede = pick((c) => plain(c) && newest(c) && (opts.anyLede === true || c.index <= 1), { count: 1 });
  if (lede.length === 0) lede.push(...pick((c) => plain(c) && newest(c), { count: 1 }));
  if (lede.length === 0) lede.push(...pick(plain, { count: 1 }));

  // Headline and key point: the sources' own titles, the most central first. In a story followed over
  // several days they are chosen before the details, so the key point can take the newest core fact.
  let headline = null as ArticleSentence | null;
  let keyPoint = null as ArticleSentence | null;
  const titles = titleRanking(ordered, cands, space, latest);
  const chooseHeadlineAndKeyPoint = (): void => {
    // An older report's title is stale news once the story has moved on: only the newest day's titles.
    const recentTitle = (src: number): boolean =>
      days.length < 2 || dayOf(ordered[src]?.published ?? null) === latest;
    for (const t of titles) {
      const text = t.title;
      const cites = supporters(
        text,
        ordered.map((_, i) => i + 1),
        check,
      );
      // A title the verifier cannot confirm is simply not used (it was never written into the article).
      if (!cites.includes(t.src + 1)) continue;
      const verdict = check(text, cites);
      if (!passes(verdict)) continue;
      if (!headline) headline = { text, citations: cites, verdict };
      else if (
        !keyPoint &&
        recentTitle(t.src) &&
        !redundant(text) &&
        titleSim(space, text, headline.text) < 0.7
      ) {
        keyPoint = { text, citations: cites, verdict };
        claim(text);
      }
    }
    if (!keyPoint) {
      // Else a short early sentence of the newest reports: the story's core in the sources' own words
      // (close to the lede perhaps, but never the same sentence).
      const takeaway = (c: Candidate): boolean =>
        !used.has(c.id) && plain(c) && words(c.text) <= 35 && leadingReference(c.text) === null;
      const pool = cands.filter((c) => takeaway(c) && newest(c));
      const head = space.vector(contentTerms((headline ?? lede[0]?.s)?.text ?? ''));
      const closeness = (c: Candidate): number => cosine(space.vector(c.terms), head);
      // News puts its core up front: in a story followed over days, the newest report's earliest remaining
      // sentence; otherwise the sentence closest to the headline.
      const early = (c: Candidate): number => (days.length >= 2 ? c.index : 0);
      const central = (pool.length ? pool : cands.filter(takeaway)).sort(
        (a, b) => early(a) - early(b) || closeness(b) - closeness(a) || a.id - b.id,
      );
      for (const c of central.slice(0, 5)) {
        const s = accept(c, prepare(c), true);
        if (s) {
          keyPoint = s;
          break;
        }
      }
    }
  };
  if (days.length >= 2) chooseHeadlineAndKeyPoint();

  // Details: next most salient plain sentences, to a word budget that grows with what the sources hold.
  const distinct = distinctWords(cands, sim);
  const budget = Math.max(
    opts.minDetailWords ?? 25,
    Math.min(opts.maxDetailWords ?? 160, Math.round(distinct * (opts.detailShare ?? 0.2))),
  );
  const forwardOnly = (c: Candidate): boolean => isForward(c, latest) && !isBackground(c, earliest);
  const details = pick((c) => plain(c) && (opts.forwardInDetails === true || !forwardOnly(c)), {
    words: budget,
  });
  // Narrative order: older reports first, then earlier in the report.
  details.sort(
    (a, b) =>
      (a.c.date ?? '').localeCompare(b.c.date ?? '') || a.c.position - b.c.position || a.c.src - b.c.src,
  );

  // Disagreements on a number or a date: both sides together, each cited to its own sources. Said in the
  // outlets' names when the verifier confirms that form; otherwise an uncited framing sentence and each
  // source's own sentence (which carries its own attribution: "local officials said").
  const detailSentences: ArticleSentence[] = details.map((d) => d.s);
  for (const d of findDisagreements(cands, sim).slice(0, 2)) {
    const [ta, tb] = disagreementTexts(d, outlet(d.a.src), outlet(d.b.src));
    const sa = check(ta, [d.a.src + 1]);
    const sb = check(tb, [d.b.src + 1]);
    const existing = (c: Candidate): ArticleSentence | null =>
      details.find((x) => x.c.id === c.id)?.s ?? null;
    let group: ArticleSentence[];
    if (passes(sa) && passes(sb)) {
      group = [
        { text: ta, citations: [d.a.src + 1], verdict: sa },
        { text: tb, citations: [d.b.src + 1], verdict: sb },
      ];
      const carrier = existing(d.a) ?? existing(d.b);
      if (carrier) group.unshift(carrier);
    } else {
      const sideA = existing(d.a) ?? (used.has(d.a.id) ? null : accept(d.a, prepare(d.a), true));
      const sideB = existing(d.b) ?? (used.has(d.b.id) ? null : accept(d.b, prepare(d.b), true));
      if (!sideA || !sideB) continue;
      const frame =
        d.kind === 'date' ? 'The reports differ on this date.' : 'The reports differ on this figure.';
      const fv = check(frame, []);
      group = [
        sideA,
        sideB,
        ...(fv.label === 'not_checkable' ? [{ text: frame, citations: [], verdict: fv }] : []),
      ];
    }
    const positions = group.map((g) => detailSentences.indexOf(g)).filter((i) => i >= 0);
    const at = positions.length ? Math.min(...positions) : detailSentences.length;
    for (const g of group) {
      const i = detailSentences.indexOf(g);
      if (i >= 0) detailSentences.splice(i, 1);
    }
    detailSentences.splice(Math.min(at, detailSentences.length), 0, ...group);
  }

  if (days.length < 2) chooseHeadlineAndKeyPoint();
  // No title the verifier confirms: the lede's main clause, if that alone is supported, else the lede.
  const first = lede[0]?.s;
  if (!headline && first) {
    const clause = mainClause(first.text);
    const verdict = clause ? check(clause, first.citations) : null;
    headline =
      clause && verdict && passes(verdict) ? { text: clause, citations: first.citations, verdict } : first;
  }
  if (!headline) headline = { text: ordered[0]?.title ?? 'Untitled', citations: [] };

  // Why it matters: a superlative or stake first ("the worst floods since 2001"), else any significance cue.
  const whyOk = (c: Candidate): boolean => plain(c) && !forwardOnly(c) && !isBackground(c, earliest);
  let why = pick((c) => isStakes(c) && plain(c) && !forwardOnly(c), { count: 1 });
  if (why.length === 0) why = pick((c) => whyOk(c) && isSignificance(c), { count: 1 });
  // The short sections take nothing close to what the article already says.
  const background = pick((c) => plain(c) && isBackground(c, earliest) && !forwardOnly(c), {
    count: 2,
    redundancy: 0.3,
  });
  const watch = pick((c) => plain(c) && isForward(c, latest) && (latest === null || c.date === latest), {
    count: 2,
  });

  // What they said: one quote per speaker, speaker named in the sentence.
  const speakers = new Set<string>();
  const quotes = pick(
    (c) => {
      if (!isAttributedQuote(c)) return false;
      const sp = c.sentence.quotes.find((q) => q.speaker)?.speaker ?? antecedent(c, cands);
      if (!sp) return false;
      const key = surname(sp).toLowerCase();
      if (speakers.has(key)) return false;
      speakers.add(key);
      return true;
    },
    { count: 3 },
  );

  // Timeline: one dated development per report day, when the story spans several days: the day's most
  // central report title when the verifier confirms it, else that day's most salient opening sentence.
  const timeline: ArticleSentence[] = [];
  if (days.length >= 2) {
    const usedTitles = new Set([headline.text, keyPoint?.text]);
    for (const day of days) {
      const title = titles.find(
        (t) => dayOf(ordered[t.src]?.published ?? null) === day && !usedTitles.has(t.title),
      );
      if (title) {
        const cites = supporters(
          title.title,
          ordered.map((_, i) => i + 1),
          check,
        ).filter((n) => {
          const d = dayOf(ordered[n - 1]?.published ?? null);
          return d !== null && d >= day;
        });
        const verdict = cites.includes(title.src + 1) ? check(title.title, cites) : null;
        if (verdict && passes(verdict)) {
          timeline.push({ text: title.title, citations: cites, verdict, date: day });
          usedTitles.add(title.title);
          continue;
        }
      }
      const opening = cands
        .filter((c) => c.date === day && plain(c) && !used.has(c.id))
        .sort((a, b) => a.index - b.index || score(b) - score(a))
        .slice(0, 3);
      for (const c of opening) {
        const s = accept(c, prepare(c), true);
        if (s) {
          timeline.push({ ...s, date: day });
          break;
        }
      }
    }
  }

  const sections = new Map<SectionKind, ArticleSentence[]>([
    ['lede', lede.map((x) => x.s)],
    ['why_it_matters', why.map((x) => x.s)],
    ['details', detailSentences],
    ['quotes', quotes.map((x) => x.s)],
    ['background', background.map((x) => x.s)],
    ['key_point', keyPoint ? [keyPoint] : []],
    ['what_to_watch', watch.map((x) => x.s)],
    ['timeline', timeline.length >= 2 ? timeline : []],
  ]);
  introduceNames(sections, people, check);
  return { headline, sections, dropped };
}

/**
 * A headline-length main clause: the sentence up to its first subordinate clause (", which", " as ",
 * " after ", "; "...), without the final stop; null when that leaves too little or nothing is cut.
 */
export function mainClause(text: string): string | null {
  const m =
    /(,\s+(which|who|while|after|as|but|saying|adding|according)\b|\s+(as|after|while|because|amid|following)\s|;|\s[-–—]\s)/.exec(
      text,
    );
  if (!m || m.index === undefined) return null;
  const clause = text
    .slice(0, m.index)
    .replace(/[.,;:]+$/, '')
    .trim();
  const n = clause.split(/\s+/).length;
  if (n < 6 || n > 22 || (clause.match(/["“”]/g)?.length ?? 0) % 2 === 1) return null;
  return clause;
}

/** Words in the sources, counting a sentence that repeats an earlier one (another copy) only once. */
function distinctWords(cands: readonly Candidate[], sim: readonly (readonly number[])[]): number {
  let total = 0;
  cands.forEach((c, i) => {
    if (!cands.some((d, j) => j < i && d.src !== c.src && sim[i]![j]! >= 0.8)) total += words(c.text);
  });
  return total;
}

function titleSim(space: TermSpace, a: string, b: string): number {
  return cosine(space.vector(contentTerms(a)), space.vector(contentTerms(b)));
}

/** Source titles, most central to the story first; the latest reports' titles ahead on ties. */
function titleRanking(
  ordered: readonly Source[],
  cands: readonly Candidate[],
  space: TermSpace,
  latest: string | null,
): { title: string; src: number }[] {
  const vecs = cands.map((c) => space.vector(c.terms));
  return ordered
    .map((s, src) => {
      const v = space.vector(contentTerms(s.title));
      const sims = vecs.map((u) => cosine(u, v)).sort((a, b) => b - a);
      const top = sims.slice(0, 5);
      const central = top.reduce((a, b) => a + b, 0) / Math.max(1, top.length);
      const recent = latest !== null && dayOf(s.published) === latest ? 0.1 : 0;
      return { title: s.title.trim(), src, score: central + recent };
    })
    .filter((t) => words(t.title) >= 3 && !isQuestion(t.title))
    .sort((a, b) => b.score - a.score || a.src - b.src);
}

/**
 * In reading order, the first mention of a person gets the full name (and, in a quote's attribution, the
 * role the sources give): "Lammert said" -> "Markus Lammert, a spokesman for the EU's executive, said".
 * Each change is verified again and kept only if it still passes.
 */
function introduceNames(sections: Map<SectionKind, ArticleSentence[]>, people: People, check: Check): void {
  const seen = new Set<string>();
  for (const kind of SECTION_KINDS) {
    const list = sections.get(kind) ?? [];
    list.forEach((s, i) => {
      let text = s.text;
      for (const [key, full] of people.fullNames) {
        if (seen.has(full)) continue;
        if (text.includes(full)) {
          seen.add(full);
          continue;
        }
        const sur = full.slice(full.length - key.length);
        const re = new RegExp(`(^|[^\\p{L}\\p{Lu}'’-])(?<![\\p{Lu}][\\p{Ll}]+ )${sur}(?=[^\\p{L}]|$)`, 'u');
        const m = re.exec(text);
        if (!m || insideQuote(text, m.index)) continue;
        const at = m.index + m[1]!.length;
        // Only where the text stage reads the word as a person ("Dockworkers" opening a sentence is not one).
        if (!findEntities(text).some((e) => e.kind === 'person' && e.span.start === at && e.text === sur))
          continue;
        const role = people.roles.get(full);
        const attributed = new RegExp(`^${sur} (said|added|told)`).test(text.slice(at));
        const replacement = attributed && role && kind === 'quotes' ? `${full}, ${role},` : full;
        const candidate = text.slice(0, at) + replacement + text.slice(at + sur.length);
        const verdict = check(candidate, s.citations);
        if (passes(verdict)) {
          text = candidate;
          list[i] = { ...s, text, verdict };
        }
        seen.add(full);
      }
    });
  }
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at).match(/["“”]/g)?.length ?? 0;
  return before % 2 === 1;
}
