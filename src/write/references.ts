// Leading pronouns and references: a sentence must not open with "He" or "The move" unless the article
// names what it refers to. Personal pronouns are resolved to the person the source named just before;
// other references make the sentence unusable on its own.

/** Opens with a pronoun or a pointing noun phrase whose antecedent lies outside the sentence. */
const PERSONAL = /^(he|she)\b/i;
const OTHER =
  /^(it|its|they|their|them|this|that|these|those|such|his|her|both|the (move|decision|admission|announcement|measure|plan|proposal|step|change|comments?|remarks?|statement|policy|idea|incident|report|letter|text|document|bill|law|latter|former|same|rest|two|pair|number|figure|total|rate|amount|increase|rise|fall|drop|group|company|firm|agency|minister|official|spokesman|spokeswoman|country|bloc|city|region))\b/i;

export type LeadingReference = 'personal' | 'other' | null;

export function leadingReference(text: string): LeadingReference {
  // A sentence opening with a quote opens with the speaker's own words, attributed in the sentence.
  if (/^["“]/.test(text)) return null;
  const t = text;
  if (PERSONAL.test(t)) return 'personal';
  if (OTHER.test(t) && !/^it (is|was) (expected|likely|unclear|not clear|possible|thought)\b/i.test(t))
    return 'other';
  return null;
}

/** "He said ..." -> "Lammert said ...". Only a sentence-initial personal pronoun is replaced. */
export function resolveLeadingPronoun(text: string, name: string): string {
  return text.replace(/^(he|she)\b/i, name);
}

/** Trailing attribution pronouns: `..." he said.` -> `..." Lammert said.` */
export function resolveAttribution(text: string, name: string): string {
  return text.replace(
    /([,.!?]["”]?\s*|["”]\s*)(he|she)( (said|added|says|told|stated|continued|explained|warned|insisted)\b)/g,
    (_m, pre: string, _p: string, rest: string) => `${pre}${name}${rest}`,
  );
}

export const surname = (full: string): string => {
  const parts = full.trim().split(/\s+/);
  // Keep particles with the surname: "Van Bossuyt", "de Vries".
  for (let i = 1; i < parts.length - 1; i++) {
    if (/^(van|von|de|der|den|da|di|du|la|le|del|bin|al|el)$/i.test(parts[i]!))
      return parts.slice(i).join(' ');
  }
  return parts[parts.length - 1] ?? full;
};
