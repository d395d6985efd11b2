// MinHash signatures over word shingles, and LSH banding to find near-duplicate candidates
// without comparing all pairs.

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS; // 4 rows: candidates from Jaccard ~0.5 up
export const SHINGLE = 5;

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads bits so that xor-seeded hashes act as independent permutations. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = mix(x + 0x6d2b79f5);
    out[i] = x;
  }
  return out;
})();

/** Hashes of the k-word shingles of a token list (one shingle of all tokens when shorter than k). */
export function shingleHashes(tokens: readonly string[], k = SHINGLE): Uint32Array {
  const th = tokens.map(fnv1a);
  const n = th.length < k ? Math.min(th.length, 1) : th.length - k + 1;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + k, th.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (th[j] as number), 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}

/** The MinHash signature: for each seeded permutation, the least hash over the shingles. */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] as number;
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix(x ^ (SEEDS[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/**
 * One key per band: a hash of that band's rows, cut to 30 bits so that it is a small integer in V8 (a
 * wider number is a heap object of its own, as a Map key too: a remembered report has 16 of them).
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[b * ROWS + r] as number), 0x01000193);
    keys.push(mix(h) & 0x3fffffff);
  }
  return keys;
}
