import type { EntityMention, QuoteMention, Span } from '../model/index.ts';
import { findEntities, SPEECH_VERBS } from './entities.ts';
import { isDemonym, isPersonTitle } from './gazetteer.ts';

/**
 * Quoted speech and who said it. Handles curly and straight double quotes (and ‘single’ quotes when a sentence has
 * no double ones), quotes running over several sentences, "X said" / "said X" / "X, a spokesman for Y, said" /
 * "according to X", and pronouns ("he said") resolved to the nearest preceding named person. A quote with no
 * attribution that follows a quoted sentence keeps the previous speaker.
 */

interface Piece {
  /** Content span, without the quote marks. */
  start: number;
  end: number;
  /** The quote was already open when the sentence began. */
  continued: boolean;
  /** The quote is still open when the sentence ends. */
  open: boolean;
}

function quotePieces(s: string, openAtStart: boolean): Piece[] {
  const out: Piece[] = [];
  let openAt = openAtStart ? 0 : -1;
  let continued = openAtStart;
  let backtick = false;
  const hasDouble = /["“”]/.test(s);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    let opens = false;
    let closes = false;
    // Tokenised copy quotes with a backtick and an apostrophe: "` the cleaner your diet ... health . '".
    if (ch === '`' && openAt < 0) {
      opens = true;
      backtick = true;
    } else if (backtick && ch === "'" && openAt >= 0 && !/\p{L}/u.test(s[i + 1] ?? ' ')) {
      closes = true;
      backtick = false;
    } else if (ch === '“') opens = openAt < 0;
    else if (ch === '”') closes = openAt >= 0;
    else if (ch === '"') {
      if (openAt >= 0) closes = true;
      else opens = true;
    } else if (!hasDouble && ch === '‘' && openAt < 0 && (i === 0 || /[\s([—–-]/.test(s[i - 1]!)))
      opens = true;
    else if (!hasDouble && ch === '’' && openAt >= 0 && (i + 1 >= s.length || !/\p{L}/u.test(s[i + 1]!)))
      closes = true;
    if (opens) {
      openAt = i + 1;
      continued = false;
    } else if (closes) {
      if (i > openAt) out.push({ start: openAt, end: i, continued, open: false });
      openAt = -1;
      continued = false;
    }
  }
  if (openAt >= 0 && openAt < s.length) out.push({ start: openAt, end: s.length, continued, open: true });
  return out;
}

const SPEECH_RE = new RegExp(`\\b(?:according to|${[...SPEECH_VERBS].join('|')})\\b`, 'gi');
const PRONOUN_RE = /\b(he|she|they|it)\s*$/i;
const ROLES =
  'spokesman|spokeswoman|spokesperson|minister|president|chancellor|commissioner|coach|manager|prosecutor|mayor|governor|secretary|ambassador|envoy|chairman|chairwoman|director|leader|captain|judge|author|chief executive|boss|premier';
const ROLE_NOUN = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,3}?(${ROLES}|official|ministry|source|diplomat|statement|police)\\s*$`,
  'i',
);
const ROLE_AFTER_VERB = new RegExp(`^\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,3}?(${ROLES})\\b`, 'i');
const ROLE_BEFORE_NAME = new RegExp(`\\b(${ROLES})\\s+$`, 'i');
const ROLE_BEFORE_COMMA = new RegExp(
  `\\b(?:a|an|the)\\s+(${ROLES})\\s+(?:for|of|at)\\s+[^.;,"“”]{1,40},\\s*$`,
  'i',
);
const ROLE_APPOSITIVE = new RegExp(
  `^,\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,3}?(${ROLES})\\b`,
  'i',
);

/** Roles named next to people ("migration minister Johan Forssen", "Lena Roth, a spokeswoman for") -> person. */
function recordRoles(s: string, ents: readonly EntityMention[], roles: Map<string, string>): void {
  for (const e of ents) {
    if (e.kind !== 'person') continue;
    const window = s.slice(Math.max(0, e.span.start - 60), e.span.start);
    // "migration minister Johan Forssen", "A spokeswoman for the company, Dana Kowal"
    const before = ROLE_BEFORE_NAME.exec(window) ?? ROLE_BEFORE_COMMA.exec(window);
    const after = ROLE_APPOSITIVE.exec(s.slice(e.span.end, e.span.end + 60));
    for (const m of [before, after]) if (m) roles.set(m[1]!.toLowerCase(), e.text);
  }
}

interface Found {
  speaker: string | null;
  /** Whether an attribution was found at all (a role noun counts, even when it names nobody). */
  attributed: boolean;
}

function mask(s: string, pieces: Piece[]): string {
  let out = s;
  for (const p of pieces) {
    const from = Math.max(0, p.start - 1);
    const to = Math.min(s.length, p.end + 1);
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

function speakerIn(
  frame: string,
  ents: EntityMention[],
  lastPerson: string | null,
  lastOrg: string | null,
  roles: ReadonlyMap<string, string>,
): Found {
  SPEECH_RE.lastIndex = 0;
  let found: Found = { speaker: null, attributed: false };
  for (let m = SPEECH_RE.exec(frame); m !== null; m = SPEECH_RE.exec(frame)) {
    const vStart = m.index;
    const vEnd = m.index + m[0].length;
    const verb = m[0].toLowerCase();
    if (verb === 'according to') {
      const e = ents.find((x) => x.span.start >= vEnd && x.span.start - vEnd <= 12 && x.kind !== 'place');
      const pick = e ?? ents.find((x) => x.span.start >= vEnd && x.span.start - vEnd <= 12);
      if (pick) return { speaker: pick.text, attributed: true };
      continue;
    }
    const before = frame.slice(0, vStart);
    // "he said", "she told reporters"
    const pr = PRONOUN_RE.exec(before);
    if (pr) {
      const p = pr[1]!.toLowerCase();
      const sp =
        p === 'he' || p === 'she'
          ? (lastPersonBefore(ents, vStart) ?? lastPerson)
          : (lastOrgBefore(ents, vStart) ?? lastOrg);
      return { speaker: sp, attributed: true };
    }
    // "X said", "X, a spokesman for Y, said", "The European Union on Monday said"
    const cands = ents
      .filter((e) => e.span.end <= vStart && e.kind !== 'place')
      .filter((e) => connectsBefore(frame.slice(e.span.end, vStart)));
    // Prefer the subject at the start of an appositive: the first candidate whose gap is an appositive.
    const subj = pickSubject(frame, cands, vStart);
    if (subj) return { speaker: subj.text, attributed: true };
    // "said X", "said Belgian migration minister X", "added the spokesman, Y"
    const after = ents.find(
      (e) => e.span.start >= vEnd && connectsAfter(frame.slice(vEnd, e.span.start)) && e.kind !== 'place',
    );
    if (after) return { speaker: after.text, attributed: true };
    const placeSubj = ents
      .filter(
        (e) => e.span.end <= vStart && e.kind === 'place' && connectsBefore(frame.slice(e.span.end, vStart)),
      )
      .pop();
    if (placeSubj) return { speaker: placeSubj.text, attributed: true };
    // "the spokesman said", "said the minister": the person last named in that role, else nobody.
    const role = ROLE_NOUN.exec(before) ?? ROLE_AFTER_VERB.exec(frame.slice(vEnd));
    if (role) return { speaker: roles.get(role[1]!.toLowerCase()) ?? null, attributed: true };
    if (/^\s+(?:the|a)\s+(?:[a-z-]+\s+){0,3}[a-z]+/i.test(frame.slice(vEnd)))
      found = { speaker: null, attributed: true };
  }
  return found;
}

function pickSubject(frame: string, cands: EntityMention[], vStart: number): EntityMention | undefined {
  if (cands.length === 0) return undefined;
  // Walk back from the verb: the nearest candidate, unless it sits inside an appositive whose head came first.
  const nearest = cands[cands.length - 1]!;
  const gap = frame.slice(nearest.span.end, vStart);
  for (const c of cands) {
    const g = frame.slice(c.span.end, vStart);
    if (/^,\s[^,]{1,80},\s*$/.test(g) && c.kind === 'person') return c;
  }
  if (/^,\s[^,]{1,80},\s*$/.test(gap) || gap.trim() === '' || /^\s+(?:\S+\s+){0,3}$/.test(gap))
    return nearest;
  return cands.find((c) => /^,\s[^,]{1,80},\s*$/.test(frame.slice(c.span.end, vStart)));
}

function connectsBefore(gap: string): boolean {
  if (/["“”]/.test(gap)) return false;
  if (gap.trim() === '') return true;
  if (/^,\s[^,.;]{1,80},\s*$/.test(gap)) return true; // appositive
  return /^(?:['’]s?)?\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(gap) && !/[.;:!?]/.test(gap);
}

function connectsAfter(gap: string): boolean {
  if (/[.;!?"“”]/.test(gap)) return false;
  if (gap.length > 50) return false;
  // Lower-case words and titles only: "said the Belgian migration minister", "said Mayor".
  return gap
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((w) => /^[\p{Ll}'’-]+$/u.test(w) || isPersonTitle(w) || isDemonym(w));
}

function lastPersonBefore(ents: EntityMention[], pos: number): string | null {
  const p = ents.filter((e) => e.kind === 'person' && e.span.end <= pos).pop();
  return p ? p.text : null;
}
function lastOrgBefore(ents: EntityMention[], pos: number): string | null {
  const p = ents.filter((e) => e.kind === 'organisation' && e.span.end <= pos).pop();
  return p ? p.text : null;
}

/** Find quotes with speakers in consecutive sentences of one document. */
export function findQuotes(sentences: readonly string[]): { sentence: number; quote: QuoteMention }[] {
  return findQuotesWith(sentences, null);
}

/**
 * As `findQuotes`, reusing entities already found for each sentence (found in the full sentence text: names inside
 * quotes are ignored for attribution).
 */
export function findQuotesWith(
  sentences: readonly string[],
  entitiesPerSentence: readonly (readonly EntityMention[])[] | null,
): { sentence: number; quote: QuoteMention }[] {
  const out: { sentence: number; quote: QuoteMention; group: number }[] = [];
  let open = false;
  let lastPerson: string | null = null;
  let lastOrg: string | null = null;
  let prevSpeaker: string | null = null;
  let prevHadQuote = false;
  let group = 0;
  const groupSpeaker = new Map<number, string | null>();
  const roles = new Map<string, string>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const pieces = quotePieces(s, open);
    const allEnts = entitiesPerSentence?.[si] ?? findEntities(s);
    const outside = allEnts.filter(
      (e) => !pieces.some((p) => e.span.start >= p.start && e.span.end <= p.end),
    );
    recordRoles(s, outside, roles);
    if (pieces.length > 0) {
      const frame = mask(s, pieces);
      const found = speakerIn(frame, outside, lastPerson, lastOrg, roles);
      for (const p of pieces) {
        if (!p.continued) group++;
        let speaker = found.speaker;
        if (!found.attributed) {
          // Unattributed: a continuing quote, or a quoted sentence right after another quote, keeps the speaker.
          const startsWithQuote = p.continued || /^\s*["“‘]?\s*$/.test(s.slice(0, Math.max(0, p.start - 1)));
          if ((p.continued || (prevHadQuote && startsWithQuote)) && prevSpeaker !== null)
            speaker = prevSpeaker;
          else if (p.continued) speaker = groupSpeaker.get(group) ?? null;
        }
        if (speaker !== null) {
          // A quote that ran over several sentences gets the speaker named at its end.
          if (!groupSpeaker.get(group)) {
            for (const q of out)
              if (q.group === group && q.quote.speaker === null) q.quote = { ...q.quote, speaker };
          }
          groupSpeaker.set(group, speaker);
        }
        const span: Span = { start: p.start, end: p.end };
        out.push({ sentence: si, group, quote: { text: s.slice(p.start, p.end).trim(), speaker, span } });
        if (speaker !== null) prevSpeaker = speaker;
      }
      open = pieces[pieces.length - 1]!.open;
    } else open = false;
    prevHadQuote = pieces.length > 0;
    if (!prevHadQuote) prevSpeaker = null;
    for (const e of outside) {
      if (e.kind === 'person') lastPerson = e.text;
      else if (e.kind === 'organisation') lastOrg = e.text;
    }
  }
  return out.map(({ sentence, quote }) => ({ sentence, quote }));
}
