import type { EntityKind } from '../model/index.ts';
import {
  COUNTRIES,
  ORGANISATIONS,
  PERSON_TITLES,
  ORG_CUES,
  PLACE_CUES,
  REGIONS,
  SUBPLACES,
} from './gazetteer-data.ts';

/**
 * Gazetteer lookups, built once on first use from the tables in gazetteer-data.ts.
 *
 * Choices (documented for the verifier):
 * - Demonyms map to their country's key: "Afghan" -> "afghanistan". `isDemonym` tells them apart.
 * - Capitals and cities keep their own key ("kabul") and sit inside their country: `placeContains`.
 * - "Brussels" is a place (key "brussels", inside "belgium"). News also uses it for the EU; `metonymOf('brussels')`
 *   returns "european union" so a check may accept either reading. Same for "Kremlin"-style org metonyms the other
 *   way round ("White House" is an organisation whose seat is "washington").
 * - "the Commission" / "the commission" is the European Commission.
 */
export interface GazetteerEntry {
  readonly key: string;
  readonly kind: EntityKind;
  readonly demonym: boolean;
  /** Case-sensitive alias (all-caps abbreviations such as "US", "WHO", "IS"): matched only as written. */
  readonly exactCase: boolean;
  readonly surface: string;
}

interface Gazetteer {
  /** Normalised alias -> entries (exact-case aliases are stored under their normalised form too). */
  readonly byAlias: Map<string, GazetteerEntry>;
  readonly kindOfKey: Map<string, EntityKind>;
  readonly container: Map<string, string>;
  readonly metonym: Map<string, string>;
  readonly demonyms: Set<string>;
  readonly capitalOf: Map<string, string>;
  /** Token-count of the longest alias, for longest-match scanning. */
  readonly maxTokens: number;
  /** Every prefix (in normalised tokens) of a multi-token alias, to let "Bosnia and ..." keep going. */
  readonly prefixes: Set<string>;
  /** Aliases whose "The" belongs to the name ("The Netherlands", "The Hague"), lower-cased. */
  readonly withThe: Set<string>;
}

let gaz: Gazetteer | null = null;

/** Normalise a name for lookup: strip diacritics, lower-case, drop dots, possessives and a leading "the". */
const normCache = new Map<string, string>();

/** ASCII letters, digits and hyphens in words one space apart: nothing for `normaliseName` to strip but case. */
const PLAIN = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;
/** A plain surface with a lower-case letter, which no exact-case alias has (see `isExactCaseAlias`). */
const PLAIN_WITH_LOWER = /^(?=[^a-z]*[a-z])[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

export function normaliseName(name: string): string {
  // One plain lower-case word is already normal (the common case in caseless text).
  if (/^[a-z][a-z0-9-]*$/.test(name)) return name;
  // Plain names ("Northern Ireland", "NATO") need only lower-casing: cheaper than a cache of every word run.
  if (PLAIN.test(name)) {
    const n = name.toLowerCase();
    return n.startsWith('the ') ? n.slice(4) : n;
  }
  const hit = normCache.get(name);
  if (hit !== undefined) return hit;
  const n = normaliseUncached(name);
  if (normCache.size > 50_000) normCache.clear();
  normCache.set(name, n);
  return n;
}

function normaliseUncached(name: string): string {
  // eslint-disable-next-line no-control-regex
  let n = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  n = n.replace(/[’‘`]/g, "'").toLowerCase();
  n = n.replace(/'s\b/g, '').replace(/'$/g, '');
  n = n
    .replace(/\./g, '')
    .replace(/[\s,]+/g, ' ')
    .trim();
  if (n.startsWith('the ')) n = n.slice(4);
  return n;
}

function isExactCaseAlias(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length <= 5 && letters === letters.toUpperCase();
}

function build(): Gazetteer {
  const byAlias = new Map<string, GazetteerEntry>();
  const exact = new Map<string, GazetteerEntry>();
  const kindOfKey = new Map<string, EntityKind>();
  const container = new Map<string, string>();
  const metonym = new Map<string, string>();
  const demonyms = new Set<string>();
  const capitalOf = new Map<string, string>();
  let maxTokens = 1;
  const prefixes = new Set<string>();
  const withThe = new Set<string>();

  const add = (surface: string, key: string, kind: EntityKind, demonym = false): void => {
    const norm = normaliseName(surface);
    if (!norm) return;
    const exactCase = isExactCaseAlias(surface);
    const entry: GazetteerEntry = { key, kind, demonym, exactCase, surface };
    if (exactCase) exact.set(surface.replace(/\./g, ''), entry);
    // First writer wins so that a country's own name is not overwritten by a city of the same name.
    if (!byAlias.has(norm) || (exactCase === false && byAlias.get(norm)?.exactCase)) byAlias.set(norm, entry);
    const toks = norm.split(' ');
    maxTokens = Math.max(maxTokens, toks.length);
    for (let i = 1; i < toks.length; i++) prefixes.add(toks.slice(0, i).join(' '));
    if (demonym) demonyms.add(norm);
    if (/^the /i.test(surface)) withThe.add(surface.toLowerCase());
  };
  const setKind = (key: string, kind: EntityKind): void => {
    if (!kindOfKey.has(key)) kindOfKey.set(key, kind);
  };

  for (const line of lines(REGIONS)) {
    const [names = '', dems = '', parent = '-'] = line.split('|');
    const all = names.split(';');
    const key = normaliseName(all[0] ?? '');
    setKind(key, 'place');
    if (parent !== '-') container.set(key, parent);
    for (const a of all) add(a, key, 'place');
    for (const d of dems.split(';').filter(Boolean)) add(d, key, 'place', true);
  }
  for (const line of lines(COUNTRIES)) {
    const [names = '', dems = '', capitals = '', cities = '', region = ''] = line.split('|');
    const all = names.split(';');
    const key = normaliseName(all[0] ?? '');
    setKind(key, 'place');
    if (region) container.set(key, region);
    for (const a of all) add(a, key, 'place');
    for (const d of dems.split(';').filter(Boolean)) add(d, key, 'place', true);
    const caps = capitals.split(';').filter(Boolean);
    for (const c of [...caps, ...cities.split(';').filter(Boolean)]) {
      const ck = normaliseName(c);
      if (ck === key) continue; // city-states: Singapore, Monaco
      if (!kindOfKey.has(ck)) {
        setKind(ck, 'place');
        container.set(ck, key);
      }
      add(c, ck, 'place');
    }
    // "Kiev" is the old spelling of "Kyiv": both capitals share the first spelling's key.
    if (caps[0]) {
      capitalOf.set(key, normaliseName(caps[0]));
      for (const alt of caps.slice(1)) byAlias.set(normaliseName(alt), byAlias.get(normaliseName(caps[0]))!);
    }
  }
  // The UK's nations sit inside the UK.
  for (const k of ['england', 'scotland', 'wales', 'northern ireland']) container.set(k, 'united kingdom');
  for (const line of lines(SUBPLACES)) {
    const [names = '', parent = ''] = line.split('|');
    const all = names.split(';');
    const key = normaliseName(all[0] ?? '');
    setKind(key, 'place');
    container.set(key, parent);
    for (const a of all) add(a, key, 'place');
  }
  for (const line of lines(ORGANISATIONS)) {
    const [names = '', places = ''] = line.split('|');
    const all = names.split(';');
    const key = normaliseName(all[0] ?? '');
    setKind(key, 'organisation');
    for (const a of all) add(a, key, 'organisation');
    for (const p of places.split(';').filter(Boolean)) {
      const pk = normaliseName(p);
      if (!metonym.has(pk)) metonym.set(pk, key);
    }
  }
  // Exact-case aliases win over a same-spelled ordinary word only when written as-is; keep them apart.
  for (const [surface, e] of exact) byAlias.set('\u0000' + surface, e);
  return { byAlias, kindOfKey, container, metonym, demonyms, capitalOf, maxTokens, prefixes, withThe };
}

function lines(table: string): string[] {
  return table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function g(): Gazetteer {
  if (gaz === null) gaz = build();
  return gaz;
}

/**
 * Look a surface form up. All-caps abbreviations ("US", "WHO", "IS") match only as written, so that "us" and "who"
 * are not countries or agencies.
 */
export function lookupName(surface: string): GazetteerEntry | undefined {
  const G = g();
  if (!PLAIN_WITH_LOWER.test(surface)) {
    const compact = surface.replace(/\./g, '').replace(/’/g, "'");
    const exactHit = G.byAlias.get('\u0000' + compact.replace(/'s$/, ''));
    if (exactHit) return exactHit;
  }
  const norm = normaliseName(surface);
  const e = G.byAlias.get(norm);
  if (!e) return undefined;
  if (e.exactCase && isExactCaseAlias(e.surface) && normaliseName(e.surface) === norm) {
    // The alias is an abbreviation; a differently-cased surface ("Us", "who") is not it.
    return undefined;
  }
  return e;
}

// Lower-case words that are gazetteer names but far more often ordinary words: not names in lower-cased text.
const CASELESS_DENY = new Set(
  `china turkey chad guinea jordan nice split cork male reading lima cali kiwi kiwis pole poles dane danes finn finns
  turk turks swede swedes scot polish welsh amnesty apple amazon meta tesla commission congress senate fed bloc
  georgia victoria kent sucre praia lao english open tour labour conservatives democrats republicans shell intel
  premier`.split(/\s+/),
);

/**
 * Look a name up in lower-cased text ("rory mcilroy", "the eu"), where case cannot tell names from words:
 * abbreviations only when they are not also English words (so "eu", "nato", "bbc" but not "us" or "who"; "the us"
 * is allowed), and none of a few names that are mostly ordinary words ("turkey", "china", "polish").
 */
export function lookupCaseless(
  surface: string,
  isWord: (w: string) => boolean,
  prevWord?: string,
): GazetteerEntry | undefined {
  const norm = normaliseName(surface);
  if (CASELESS_DENY.has(norm)) return undefined;
  const e = g().byAlias.get(norm);
  if (!e) return undefined;
  if (e.exactCase && normaliseName(e.surface) === norm && !surface.includes('.')) {
    if (norm === 'us' || norm === 'uk' || norm === 'un' || norm === 'eu')
      return prevWord === 'the' || norm === 'eu' || norm === 'uk' ? e : undefined;
    if (norm.length < 2 || isWord(norm) || /^(?:who|is|it|as|at|an|in|on|or|am|us)$/.test(norm))
      return undefined;
  }
  return e;
}

/** Whether a name's leading "The" is part of it ("The Hague") rather than an article ("The European Union"). */
export function theBelongsToName(surface: string): boolean {
  return g().withThe.has(surface.replace(/\s+/g, ' ').toLowerCase());
}

/** Whether some gazetteer alias starts with these (normalised) tokens: lets multi-word names grow. */
export function isAliasPrefix(normalised: string): boolean {
  return g().prefixes.has(normalised);
}

export function maxAliasTokens(): number {
  return g().maxTokens;
}

/** Kind of a canonical key known to the gazetteer ("afghanistan" -> place), or null. */
export function entityKind(key: string): EntityKind | null {
  return g().kindOfKey.get(key) ?? null;
}

/** Whether a word is a demonym ("Afghan", "Belgians", "French"). */
export function isDemonym(word: string): boolean {
  return g().demonyms.has(normaliseName(word));
}

/** The organisation a place name stands for in news usage ("brussels" -> "european union"), or null. */
export function metonymOf(key: string): string | null {
  return g().metonym.get(key) ?? null;
}

/** The place directly containing a place key ("kabul" -> "afghanistan" -> "asia"), or null. */
export function containerOf(key: string): string | null {
  return g().container.get(key) ?? null;
}

/** The capital city key of a country key, or null. */
export function capitalOf(countryKey: string): string | null {
  return g().capitalOf.get(countryKey) ?? null;
}

let relatable: { words: Set<string>; containers: Set<string>; bodies: Set<string> } | null = null;

/**
 * Whether any gazetteer key could be related to `key` (the same key, a place inside it, a metonym of it either
 * way, or keys sharing all the words of one of them): false for most unknown names ("farai sevenzo"), whose
 * words are in no gazetteer key, so a caller may skip looking for gazetteer names that could stand for them.
 */
export function mayRelateToGazetteer(key: string): boolean {
  if (relatable === null) {
    const G = g();
    const words = new Set<string>();
    for (const e of G.byAlias.values()) for (const w of e.key.split(' ')) words.add(w);
    relatable = { words, containers: new Set(G.container.values()), bodies: new Set(G.metonym.values()) };
  }
  const { words, containers, bodies } = relatable;
  return (
    key.split(' ').some((w) => words.has(w)) ||
    containers.has(key) ||
    bodies.has(key) ||
    metonymOf(key) !== null
  );
}

/** Whether place `outer` contains (or is) place `inner`; both are keys as produced by `entityKey`. */
export function placeContains(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const C = g().container;
  let cur: string | undefined = inner;
  for (let i = 0; i < 8 && cur !== undefined; i++) {
    cur = C.get(cur);
    if (cur === outer) return true;
  }
  return false;
}

const TITLE_SET = new Set(PERSON_TITLES);
const ORG_CUE_SET = new Set(ORG_CUES);
const PLACE_CUE_SET = new Set(PLACE_CUES);

export function isPersonTitle(word: string): boolean {
  return TITLE_SET.has(word.toLowerCase().replace(/\.$/, ''));
}
export function isOrgCue(word: string): boolean {
  return ORG_CUE_SET.has(word.toLowerCase().replace(/\.$/, ''));
}
export function isPlaceCue(word: string): boolean {
  return PLACE_CUE_SET.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Canonical key of a name: aliases share one ("EU", "E.U." and "European Union" -> "european union"; "Afghan" ->
 * "afghanistan"); unknown names are normalised ("Mr Markus Lammert" -> "markus lammert").
 */
export function entityKey(name: string): string {
  const hit = lookupName(name.trim());
  if (hit) return hit.key;
  let n = normaliseName(name);
  // Strip leading person titles ("prime minister keir starmer" -> "keir starmer") but keep a lone title.
  const toks = n.split(' ');
  let i = 0;
  while (i < toks.length - 1 && TITLE_SET.has(toks[i] ?? '')) i++;
  if (i > 0) n = toks.slice(i).join(' ');
  const again = g().byAlias.get(n);
  return again && !again.exactCase ? again.key : n;
}

/**
 * Whether a name in a claim (`claimKey`) is backed by a name in a source (`sourceKey`): the same key; a surname
 * against the full name ("forssell" / "johan forssell", either way round); a place inside the claimed place (the
 * source says "Kabul", the claim "Afghanistan"); or a place standing for an organisation ("Brussels" for the EU).
 * Not symmetric: a claim more specific than its source ("Kabul" against "Afghanistan") is not backed.
 */
export function keyMatches(claimKey: string, sourceKey: string): boolean {
  if (claimKey === sourceKey) return true;
  const c = claimKey.split(' ');
  const s = sourceKey.split(' ');
  const known = entityKind(claimKey) !== null || entityKind(sourceKey) !== null;
  if (!known && (c.length === 1 || s.length === 1)) {
    const lastC = c[c.length - 1];
    const lastS = s[s.length - 1];
    if (lastC === lastS) return true;
  }
  if (entityKind(claimKey) === 'place' && entityKind(sourceKey) === 'place')
    return placeContains(claimKey, sourceKey);
  const mc = metonymOf(claimKey);
  const ms = metonymOf(sourceKey);
  return mc === sourceKey || ms === claimKey;
}
