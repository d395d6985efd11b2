import type { EntityMention, QuoteMention, Span } from '../model/index.ts';
import { findEntities, SPEECH_VERBS } from './entities.ts';
import { isDemonym, isPersonTitle } from './gazetteer.ts';

/**
 * Quoted speech and who said it. Reads every common quotation style: straight and curly double quotes, „German“,
 * «guillemets» (and »reversed«), ‹single guillemets›, tokenised archive quotes (`` like this '' and `like this'), and
 * ‘single’ or 'single' quotes when a sentence has no double ones (apostrophes are told apart by their neighbours).
 * Quotes may run over several sentences. Speakers: "X said" / "said X" / "X, a spokesman for Y, said" /
 * "according to X", and pronouns ("he said") resolved to the nearest preceding named person; "NASA's chief scientist
 * said" names a role, not NASA. A quote with no attribution that follows a quoted sentence keeps the previous speaker.
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

/** Which kind of mark opened the quote that is open: it decides which marks close it. */
type Mode =
  'double' | 'low' | 'backtick' | 'guillemet' | 'guillemet-reversed' | 'single' | 'angle' | 'angle-reversed';

/** Marks that may open a quote: a sentence without any of these has no quotation (see also the verifier's hint). */
const QUOTE_MARKS = /["“”„«»‹›`]|(?:^|[\s([{—–-])['‘]/;

const LETTER = /[\p{L}\p{N}]/u;
/** Elisions that start with an apostrophe: 'em, 'n', 'til, 'cause, 'tis, '90s. */
const ELISION = /^['‘](?:em|n|til|cause|cos|tis|twas|\d\ds?)(?![\p{L}\p{N}])/iu;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

/** Whether the single-quote mark at `i` can close a quote: it follows a non-space, and no letter follows. */
function canCloseSingle(s: string, i: number): boolean {
  return (s[i] === "'" || s[i] === '’') && i > 0 && !/\s/.test(s[i - 1]!) && !isLetter(s[i + 1]);
}

/** Position of the last mark in `s` that can close a single quote; -1 when none. */
function lastSingleClose(s: string): number {
  for (let j = s.length - 1; j >= 0; j--) if (canCloseSingle(s, j)) return j;
  return -1;
}

/**
 * Whether a single-quote mark at `i` closes a quote. "the players' union" is a possessive, not a close, when
 * another close comes later in the sentence (`lastClose`).
 */
function singleCloses(s: string, i: number, lastClose: number): boolean {
  if (!canCloseSingle(s, i)) return false;
  return !(s[i - 1] === 's' && /^\s+\p{Ll}/u.test(s.slice(i + 1, i + 4)) && lastClose > i);
}

/**
 * Whether a single-quote mark at `i` opens a quote: at a word start, before a word of two letters or more (or "a", "I"),
 * not an elision ('em, Welsh 'r and 'n), and closed later in the sentence unless it opens the sentence.
 */
function singleOpens(s: string, i: number, lastClose: number): boolean {
  if (i > 0 && !/[\s([{—–-]/.test(s[i - 1]!)) return false;
  if (!isLetter(s[i + 1]) || (!isLetter(s[i + 2]) && !/[aAI]/.test(s[i + 1]!))) return false;
  if (ELISION.test(s.slice(i, i + 8))) return false;
  // A quote opening its sentence may run over several ('We are done. Nobody wants this,' she said.); elsewhere an
  // opener without a close in its sentence is an apostrophe or a stray mark.
  return /^\s*$/.test(s.slice(0, i)) || lastClose > i + 1;
}

function quotePieces(s: string, openAtStart: Mode | null): { pieces: Piece[]; mode: Mode | null } {
  const out: Piece[] = [];
  if (openAtStart === null && !QUOTE_MARKS.test(s)) return { pieces: out, mode: null };
  let mode = openAtStart;
  let openAt = openAtStart ? 0 : -1;
  let continued = openAtStart !== null;
  // Single quotes are quote marks only in a sentence without double ones (else they are nested or apostrophes).
  const hasDouble = /["“”„«»`]/.test(s);
  const guillemetsReversed = /^[^«]*»[^«]*«/.test(s);
  const anglesReversed = /^[^‹]*›[^‹]*‹/.test(s);
  const lastClose = hasDouble ? -1 : lastSingleClose(s);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    let opens: Mode | null = null;
    let closes = false;
    let skip = 0;
    if (mode === null) {
      if (ch === '"' || ch === '“') opens = 'double';
      else if (ch === '„') opens = 'low';
      else if (ch === '`') {
        opens = 'backtick';
        // `` and ` ` open once.
        const m = /^`\s?`/.exec(s.slice(i));
        if (m) skip = m[0].length - 1;
      } else if (ch === (guillemetsReversed ? '»' : '«'))
        opens = guillemetsReversed ? 'guillemet-reversed' : 'guillemet';
      else if (ch === (anglesReversed ? '›' : '‹')) opens = anglesReversed ? 'angle-reversed' : 'angle';
      else if (!hasDouble && (ch === '‘' || ch === "'") && singleOpens(s, i, lastClose)) opens = 'single';
    } else {
      switch (mode) {
        case 'double':
        case 'low':
          closes = ch === '"' || ch === '”' || (mode === 'low' && ch === '“');
          break;
        case 'backtick':
          // Closed by '' (or ' ', or \'\' in escaped dumps), by a lone ' not followed by a letter, or by ".
          if (ch === '"' || ch === '”') closes = true;
          else if (ch === "'" || (ch === '\\' && s[i + 1] === "'")) {
            const m = /^\\?'(?:\s?\\?')?/.exec(s.slice(i))!;
            if (m[0].replace(/[\\\s]/g, '').length === 2 || !isLetter(s[i + m[0].length])) {
              closes = true;
              skip = m[0].length - 1;
            }
          }
          break;
        case 'guillemet':
          closes = ch === '»';
          break;
        case 'guillemet-reversed':
          closes = ch === '«';
          break;
        case 'angle':
          closes = ch === '›';
          break;
        case 'angle-reversed':
          closes = ch === '‹';
          break;
        case 'single':
          closes = singleCloses(s, i, lastClose);
          break;
      }
    }
    if (opens) {
      mode = opens;
      openAt = i + 1 + skip;
      continued = false;
    } else if (closes) {
      if (i > openAt) out.push({ start: openAt, end: i, continued, open: false });
      mode = null;
      openAt = -1;
      continued = false;
    }
    i += skip;
  }
  if (mode !== null && openAt < s.length) out.push({ start: openAt, end: s.length, continued, open: true });
  return { pieces: out, mode };
}

const SPEECH_RE = new RegExp(`\\b(?:according to|${[...SPEECH_VERBS].join('|')})\\b`, 'gi');
const PRONOUN_RE = /\b(he|she|they|it)\s*$/i;
const ROLES =
  'spokesman|spokeswoman|spokesperson|minister|president|chancellor|commissioner|coach|manager|prosecutor|mayor|governor|secretary|ambassador|envoy|chairman|chairwoman|director|leader|captain|judge|author|chief executive|boss|premier';
const ROLE_NOUN = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,3}?(${ROLES}|official|ministry|source|diplomat|statement|police)\\s*$`,
  'i',
);
/** "NASA chief scientist (says)", "Google's chairman", "Biden administration officials": a role qualified by a name. */
const ROLE_AFTER_NAME = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${ROLES}|official|officer|chief|head|aide|adviser|advisor|analyst|expert|lawyer|researcher|executive|source|representative|\\p{Ll}+ist)s?\\s*$`,
  'u',
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
    if (subj) {
      // The name qualifies a role ("NASA chief scientist says"): the speaker is whoever holds it, if named.
      const role = ROLE_AFTER_NAME.exec(frame.slice(subj.span.end, vStart));
      if (role) return { speaker: roles.get(role[1]!.toLowerCase()) ?? null, attributed: true };
      return { speaker: subj.text, attributed: true };
    }
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
  let open: Mode | null = null;
  let lastPerson: string | null = null;
  let lastOrg: string | null = null;
  let prevSpeaker: string | null = null;
  let prevHadQuote = false;
  let group = 0;
  const groupSpeaker = new Map<number, string | null>();
  const roles = new Map<string, string>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const { pieces, mode } = quotePieces(s, open);
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
      open = pieces[pieces.length - 1]!.open ? mode : null;
    } else open = null;
    prevHadQuote = pieces.length > 0;
    if (!prevHadQuote) prevSpeaker = null;
    for (const e of outside) {
      if (e.kind === 'person') lastPerson = e.text;
      else if (e.kind === 'organisation') lastOrg = e.text;
    }
  }
  return out.map(({ sentence, quote }) => ({ sentence, quote }));
}
