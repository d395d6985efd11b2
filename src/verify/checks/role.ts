// Role check: who did what to whom. Relations are read from three shallow patterns over a sentence's names:
// possessives ("the Taliban's demand"), passives ("Y was invited by X") and active clauses ("X called on Y").
// If the evidence gives the same action to someone else, the claim's role is unsupported; swapped agent and
// patient contradict.
import type { AnalysedSentence, EntityMention } from '../../model/index.ts';
import { loadLexicon, VERB } from '../lexicon.ts';
import { termize, type Term } from '../terms.ts';
import { entityMatches } from './entity.ts';
import { clip, na, pass, type CheckContext, type CheckResult } from './types.ts';

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
const BE = new Set('is are was were be been being get got gets'.split(' '));
const MAX_GAP = 4;
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

/** The relations of a sentence, read with shallow patterns. */
export function extractRelations(s: AnalysedSentence): Relation[] {
  const terms = termize(s.text);
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
    for (let j = start; j < Math.min(terms.length, start + MAX_GAP); j++) {
      const t = terms[j]!;
      if (BOUNDARY.has(t.norm) || inEntity(t)) break;
      const gap = s.text.slice(e.span.end, t.end);
      if (/[;:()"“”]|,(?!\s*(?:which|who)\b)/.test(gap)) break;
      if (!verbLike(t, terms[j + 1])) continue;
      if (t.norm.endsWith('ing') && j > start) break; // a participle further on belongs to another clause
      if (terms.slice(start, j).some((x) => BE.has(x.norm))) break; // passive or copula: not an agent
      const rest = s.text.slice(t.end);
      const prep =
        /^\s+(?:(?:on|to|for|with|at|against)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+(?:of\s+(?:the\s+)?)?){0,2}?/u.exec(
          rest,
        );
      const patient = prep ? entityAt(ents, t.end + prep[0].length) : undefined;
      out.push({ agent: e, action: t.lemma, patient: patient ?? null, pattern: 'active' });
      break;
    }
  }
  return out;
}

/** Whether some source sentence names the agent and the action (or a synonym) together. */
function agentDoesIt(ctx: CheckContext, cr: Relation): boolean {
  const name = cr.agent.text.toLowerCase();
  return ctx.doc.sentences.some((s) => {
    if (!s.text.toLowerCase().includes(name) && !s.terms.some((t) => t.lemma === cr.agent.key)) return false;
    return s.terms.some((t) => !t.stop && sameAction(cr.action, t.lemma));
  });
}

const same = (a: EntityMention, b: EntityMention): boolean => entityMatches(a, b) || entityMatches(b, a);

export function checkRole(ctx: CheckContext): CheckResult {
  // Agents are capitalised names: without any (no names, or lower-cased text) the patterns cannot read roles.
  if (!ctx.nameTerms.some((m) => m.term.cap)) return na('role');
  const claimRel = extractRelations(ctx.claim);
  if (claimRel.length === 0) return na('role');
  const related = ctx
    .all()
    .slice(0, RELATED)
    .filter((e) => e.score >= 0.15);
  const evRel = related.flatMap((e) => extractRelations(e.analysed).map((r) => ({ r, e })));
  for (const cr of claimRel) {
    const matching = evRel.filter(({ r }) => sameAction(cr.action, r.action));
    if (matching.length === 0) {
      if (cr.pattern === 'active' && !agentDoesIt(ctx, cr)) {
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
    const shown = swap ?? matching[0]!;
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
