// Role check: who did what to whom. Relations are read from three shallow patterns over a sentence's names:
// possessives ("the Taliban's demand"), passives ("Y was invited by X") and active clauses ("X called on Y").
// If the evidence gives the same action to someone else, the claim's role is unsupported; swapped agent and
// patient contradict.
import type { AnalysedSentence, EntityMention } from '../../model/index.ts';
import { loadLexicon, VERB } from '../lexicon.ts';
import { termize, type Term } from '../terms.ts';
import { entityMatches } from './entity.ts';
import { clip, contradiction, na, pass } from './types.ts';
import type { CheckContext, CheckResult, EvidenceSentence } from './types.ts';

export interface Relation {
  readonly agent: EntityMention;
  /** Lemma of the verb or action noun. */
  readonly action: string;
  readonly patient: EntityMention | null;
  readonly pattern: 'possessive' | 'passive' | 'active';
}

/** Pressure verbs and nouns: news uses them interchangeably for "who wants it". */
const PRESSURE = new Set(
  'demand urge call push press ask request insist seek appeal lobby pressure want pursue campaign'.split(' '),
);
/** Actions where agent and patient can swap without changing the fact. */
const SYMMETRIC = new Set('meet talk negotiate discuss agree clash fight draw play tie marry'.split(' '));
/** Words that end a clause: the name before them is not the subject of the verb after them. */
const BOUNDARY = new Set(
  (
    'as while when because although though if but and or after before since that whereas until unless ' +
    'said says say told tells tell added adds according'
  ).split(' '),
);
/** Telling someone: the one who speaks and the one told are roles, but anyone may tell anyone else too. */
const TELL = new Set(['told', 'tells', 'tell']);
const BE = new Set('is are was were be been being get got gets'.split(' '));
const MAX_GAP = 4;
/** How much of the claim an evidence sentence must match for its other agent to count against the claim. */
const OTHER_AGENT = 0.2;
const PREPOSITION_BEFORE =
  /\b(?:in|at|to|for|with|by|on|near|into|across|over|under|about|than|between)\s+(?:the\s+)?$/i;
/** Evidence sentences searched for the claim's actions, best first. */
const RELATED = 15;

/** Whether two action lemmas name the same action: same lemma, same pressure family, or WordNet synonyms. */
export function sameAction(a: string, b: string): boolean {
  if (a === b) return true;
  if (PRESSURE.has(a) && PRESSURE.has(b)) return true;
  const lex = loadLexicon();
  const ca = lex.concepts(a);
  const cb = lex.concepts(b);
  if (!ca || !cb) return false;
  const sb = new Set(cb.syn);
  return ca.syn.slice(0, 4).some((x) => sb.has(x));
}

function entityAt(entities: readonly EntityMention[], pos: number): EntityMention | undefined {
  return entities.find((e) => e.span.start <= pos && pos < e.span.end);
}

/** A verb form that reports an action: past tense or participle (urged, met), or a pressure / symmetric verb. */
function verbLike(t: Term, next: Term | undefined): boolean {
  if (t.stop || t.num !== null) return false;
  if (PRESSURE.has(t.lemma) || SYMMETRIC.has(t.lemma)) return !/s$/.test(t.norm) || isPrepLike(next);
  const c = loadLexicon().concepts(t.lemma);
  if (!c || (c.pos & VERB) === 0) return false;
  if (t.lemma === t.norm) return false;
  // "-s" forms are mostly plural nouns ("member states called"); accept them only before a preposition.
  if (t.norm.endsWith('s')) return isPrepLike(next);
  return true;
}

const PREP_LIKE = new Set('on to for with at the a an that against into from'.split(' '));
const isPrepLike = (t: Term | undefined): boolean => t !== undefined && PREP_LIKE.has(t.norm);

/** Up to two lower-case words (and "of the") between a verb and its object: "met with representatives of the EU". */
const OBJECT_GAPS = [0, 1, 2].map(
  (k) =>
    new RegExp(
      `^\\s+(?:(?:on|to|for|with|at|against)\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{Ll}-]+\\s+(?:of\\s+(?:the\\s+)?)?){${k}}`,
      'u',
    ),
);

/** The name the verb acts on: the first name reached over a few words after it. */
function patientAfter(rest: string, at: number, ents: readonly EntityMention[]): EntityMention | undefined {
  for (const re of OBJECT_GAPS) {
    const m = re.exec(rest);
    const e = m ? entityAt(ents, at + m[0].length) : undefined;
    // "contributed to the Bush Theatre's performance": the possessor is not what the verb acts on.
    if (e) return /^['’]s?\s/.test(rest.slice(e.span.end - at)) ? undefined : e;
  }
  return undefined;
}

/** The relations of a sentence, read with shallow patterns; `terms` are its terms when already at hand. */
export function extractRelations(s: AnalysedSentence, terms: readonly Term[] = termize(s.text)): Relation[] {
  const ents = s.entities;
  const out: Relation[] = [];
  const inEntity = (t: Term): boolean => entityAt(ents, t.start) !== undefined;
  const termIndexAfter = (pos: number): number => terms.findIndex((t) => t.start >= pos);
  for (const e of ents) {
    // Possessive: "the Taliban's demand", "Russia's invasion of Ukraine": the head noun ends the phrase.
    const tail = s.text.slice(e.span.end);
    if (/^['’]s?\s/.test(tail) || /['’]s?$/.test(e.text)) {
      const i = termIndexAfter(e.span.end + 1);
      let j = i;
      while (
        j >= 0 &&
        j < terms.length &&
        j < i + 4 &&
        !terms[j]!.stop &&
        !inEntity(terms[j]!) &&
        terms[j]!.num === null
      ) {
        j++;
        if (/^[,;:.]/.test(s.text.slice(terms[j - 1]!.end))) break;
      }
      const noun = j > i ? terms[j - 1] : undefined;
      if (noun) {
        const rest = s.text.slice(noun.end);
        const of = /^\s+(?:of|on|against|to|for)\s+(?:the\s+)?/i.exec(rest);
        const patient = of ? entityAt(ents, noun.end + of[0].length) : undefined;
        out.push({ agent: e, action: noun.lemma, patient: patient ?? null, pattern: 'possessive' });
      }
    }
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // Passive: "<patient> was <verb>ed by <agent>".
    if (t.norm === 'by' && i >= 2) {
      // The agent: the first name after "by" in the same clause ("by the transport minister, Paul Oduya").
      const clauseEnd = s.text.slice(t.end).search(/[.;:]|\s(?:and|but|while|after)\s/);
      const limit = t.end + Math.min(clauseEnd < 0 ? 60 : clauseEnd, 60);
      const agent = ents.find((e) => e.span.start >= t.end && e.span.start <= limit);
      const verb = terms[i - 1]!;
      if (agent && !verb.stop && BE.has(terms[i - 2]!.norm)) {
        const before = ents.filter((e) => e.span.end <= terms[i - 2]!.start);
        const patient = before[before.length - 1];
        if (patient) out.push({ agent, action: verb.lemma, patient, pattern: 'passive' });
      }
    }
  }
  // Active: "<agent> [few words] <verb> [on|to|for|with] <patient>?".
  for (const e of ents) {
    const start = termIndexAfter(e.span.end);
    if (start < 0) continue;
    if (/^['’]/.test(s.text.slice(e.span.end))) continue; // possessive, handled above
    // "in Brussels to discuss": a name inside a prepositional phrase is not a subject ("a delegation from X" is).
    if (PREPOSITION_BEFORE.test(s.text.slice(0, e.span.start))) continue;
    for (let j = start; j < Math.min(terms.length, start + MAX_GAP); j++) {
      const t = terms[j]!;
      // "Sobczak told Meridian": a name right after "told" is the one told, whatever the clause says next.
      if (j === start && TELL.has(t.norm)) {
        const hearer = entityAt(ents, terms[j + 1]?.start ?? -1);
        if (hearer && /^\s+$/.test(s.text.slice(t.end, hearer.span.start)))
          out.push({ agent: e, action: 'tell', patient: hearer, pattern: 'active' });
        break;
      }
      if (BOUNDARY.has(t.norm) || inEntity(t)) break;
      const gap = s.text.slice(e.span.end, t.end);
      if (/[;:()"“”]|,(?!\s*(?:which|who)\b)/.test(gap)) break;
      if (!verbLike(t, terms[j + 1])) continue;
      if (t.norm.endsWith('ing') && j > start) break; // a participle further on belongs to another clause
      if (terms.slice(start, j).some((x) => BE.has(x.norm))) break; // passive or copula: not an agent
      const rest = s.text.slice(t.end);
      if (/^\s+by\b/.test(rest)) break; // "classes offered by X": a participle, X is the agent
      const patient = patientAfter(rest, t.end, ents);
      out.push({ agent: e, action: t.lemma, patient: patient ?? null, pattern: 'active' });
      break;
    }
  }
  return out;
}

/**
 * Whether some source sentence names the agent with the action (or a synonym), or names the agent and then the
 * patient (the claim's order: "Fitzpatrick earned a degree from Kent State" for "graduated from"), which is a
 * paraphrase more often than another role.
 */
function agentDoesIt(ctx: CheckContext, cr: Relation): boolean {
  return ctx.doc.sentences.some((s) => {
    const lower = s.text.toLowerCase();
    const at = mentionAt(lower, s.terms, cr.agent);
    if (at < 0) return false;
    if (cr.patient && mentionAt(lower, s.terms, cr.patient) > at) return true;
    return s.terms.some((t) => !t.stop && sameAction(cr.action, t.lemma));
  });
}

/** Where a sentence names an entity (as written, or by its key as a term); -1 when it does not. */
function mentionAt(lower: string, terms: readonly Term[], e: EntityMention): number {
  const i = lower.search(
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(e.text.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u'),
  );
  if (i >= 0) return i;
  return terms.find((t) => t.lemma === e.key)?.start ?? -1;
}

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const named = (ctx: CheckContext, e: EntityMention): boolean =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escapeRe(e.text.toLowerCase())}|${escapeRe(e.key)})(?![\\p{L}\\p{N}])`,
    'u',
  ).test(ctx.doc.lower);

const isName = (e: EntityMention): boolean => e.kind === 'person' || e.kind === 'organisation';

/** Same entity, or an organisation named in full and in short ("the United States Supreme Court", "the Supreme Court"). */
function same(a: EntityMention, b: EntityMention): boolean {
  if (entityMatches(a, b) || entityMatches(b, a)) return true;
  if (a.kind !== 'organisation' || b.kind !== 'organisation') return false;
  const [short, long] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  const words = new Set(long.split(' '));
  return short.includes(' ') && short.split(' ').every((w) => words.has(w));
}

/** An evidence relation between the claim's two names the other way round, when none has them the claim's way. */
function reversedPair(
  cr: Relation,
  evRel: readonly { r: Relation; e: EvidenceSentence }[],
): { r: Relation; e: EvidenceSentence } | undefined {
  const between = evRel.filter(({ r }) => r.patient && !SYMMETRIC.has(r.action));
  if (between.some(({ r }) => same(r.agent, cr.agent) && same(r.patient!, cr.patient!))) return undefined;
  return between.find(({ r }) => same(r.agent, cr.patient!) && same(r.patient!, cr.agent));
}

/** A (soft) contradiction: the evidence sentence `e` has the claim's two parties the other way round. */
function swappedRole(detail: string, e: EvidenceSentence): CheckResult {
  return contradiction('role', 'role', false, detail, e);
}

export function checkRole(ctx: CheckContext): CheckResult {
  // Agents are capitalised names: without any (no names, or lower-cased text) the patterns cannot read roles.
  if (!ctx.nameTerms.some((m) => m.term.cap)) return na('role');
  const claimRel = extractRelations(ctx.claim);
  if (claimRel.length === 0) return na('role');
  // The evidence's relations (names of up to RELATED sentences) only once some claim agent is named at all.
  let evRelMemo: { r: Relation; e: EvidenceSentence }[] | undefined;
  const evidenceRelations = (): { r: Relation; e: EvidenceSentence }[] =>
    (evRelMemo ??= ctx
      .all()
      .slice(0, RELATED)
      .filter((e) => e.score >= 0.15)
      .flatMap((e) => extractRelations(e.analysed, ctx.doc.sentences[e.at]!.terms).map((r) => ({ r, e }))));
  for (const cr of claimRel) {
    // A claim agent no source names is the entity check's finding, not a role.
    if (!named(ctx, cr.agent)) continue;
    const evRel = evidenceRelations();
    // Many people tell many others things: only the same two the other way round ("B told A") contradicts.
    if (cr.action === 'tell') {
      const swapped = evRel.find(
        ({ r }) => r.action === 'tell' && same(r.agent, cr.patient!) && same(r.patient!, cr.agent),
      );
      if (
        swapped &&
        !evRel.some(
          ({ r }) => r.action === 'tell' && same(r.agent, cr.agent) && same(r.patient!, cr.patient!),
        )
      )
        return swappedRole(
          `the claim has ${cr.agent.text} telling ${cr.patient!.text}; [${swapped.e.source}] has ${swapped.r.agent.text} telling ${swapped.r.patient!.text}`,
          swapped.e,
        );
      continue;
    }
    const matching = evRel.filter(({ r }) => sameAction(cr.action, r.action));
    if (matching.length === 0) {
      // Other words for the same act with the names swapped: "Russia's invasion of Ukraine" against the
      // claim's "Ukraine's attack on Russia", when the evidence never has them the claim's way round.
      const reversed = cr.patient && !SYMMETRIC.has(cr.action) ? reversedPair(cr, evRel) : undefined;
      if (reversed)
        return swappedRole(
          `the claim has ${cr.agent.text} as the one who does "${cr.action}" to ${cr.patient!.text}; [${reversed.e.source}] has ${reversed.r.agent.text} doing "${reversed.r.action}" to ${reversed.r.patient!.text}`,
          reversed.e,
        );
      // Only between two names (people, organisations): a lone "X <verb>", or a place, is too often a
      // paraphrase ("fell" / "plunged") or a location ("plunged from a Sydney clifftop").
      if (
        cr.pattern === 'active' &&
        cr.patient &&
        isName(cr.agent) &&
        isName(cr.patient) &&
        !agentDoesIt(ctx, cr)
      ) {
        return {
          status: 'fail',
          check: 'role',
          kind: 'role',
          severity: 'unsupported',
          hard: false,
          detail: `no cited source has ${cr.agent.text} doing what the claim says ("${cr.action}")`,
        };
      }
      continue;
    }
    if (matching.some(({ r }) => same(r.agent, cr.agent))) continue;
    if (SYMMETRIC.has(cr.action) && matching.some(({ r }) => r.patient && same(r.patient, cr.agent)))
      continue;
    const swap = matching.find(
      ({ r }) => r.patient && same(r.patient, cr.agent) && cr.patient && same(r.agent, cr.patient),
    );
    // Someone else doing it is a finding only in a sentence about the same event (not a loose match elsewhere).
    const other = matching.find(({ e }) => e.score >= OTHER_AGENT);
    if (!swap && !other) continue;
    const shown = swap ?? other!;
    const verb = shown.r.action === cr.action ? cr.action : `${cr.action} / ${shown.r.action}`;
    return {
      status: 'fail',
      check: 'role',
      kind: 'role',
      severity: swap ? 'contradiction' : 'unsupported',
      hard: false,
      detail: swap
        ? `the claim has ${cr.agent.text} as the one who does "${cr.action}" to ${cr.patient!.text}; [${shown.e.source}] has it the other way round`
        : `the claim makes ${cr.agent.text} the one behind "${verb}"; [${shown.e.source}] gives that role to ${shown.r.agent.text}: "${clip(shown.e.analysed.text, 80)}"`,
      evidence: { source: shown.e.source, sentence: shown.e.analysed.text },
    };
  }
  return pass('role');
}
