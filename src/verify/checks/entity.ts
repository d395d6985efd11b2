// Entity check: people, organisations and places of the claim must be in the cited sources, allowing aliases
// (the key from src/text: "EU" = "European Union", "Afghan" = "Afghanistan"), surnames, places inside places
// ("Belgium" is supported by "Brussels") and news metonyms ("Brussels" for the EU). A different name in the
// same slot of the matching evidence sentence contradicts.
import type { EntityMention } from '../../model/index.ts';
import { metonymOf, placeContains } from '../../text/index.ts';
import { lemmaOf } from '../terms.ts';
import { clip, na, pass, type CheckContext, type CheckResult, type EvidenceSentence } from './types.ts';

const SAME_SLOT = 0.55;

/** Whether a source mention `e` names the claim's `c` (alias, surname, containing place, metonym). */
export function entityMatches(c: EntityMention, e: EntityMention): boolean {
  if (c.key === e.key) return true;
  if (c.kind === 'place' && e.kind === 'place' && placeContains(c.key, e.key)) return true;
  if (metonymOf(e.key) === c.key || metonymOf(c.key) === e.key) return true;
  if (c.kind === 'person' || e.kind === 'person') {
    const ct = c.key.split(' ');
    const et = new Set(e.key.split(' '));
    // "Forssell" names "Johan Forssell"; "Johan Forssell" is named by "Forssell" too.
    if (ct.every((t) => et.has(t)) || [...et].every((t) => ct.includes(t))) return true;
  }
  return false;
}

function neighbourWords(
  text: string,
  start: number,
  end: number,
): { before: string | null; after: string | null } {
  const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(0, start))?.[1];
  const after = /^[^\p{L}]*([\p{L}]+)/u.exec(text.slice(end))?.[1];
  const norm = (w: string | undefined): string | null => (w ? lemmaOf(w.toLowerCase()) : null);
  return { before: norm(before), after: norm(after) };
}

/** Another name of the same kind in the same slot of an evidence sentence: same word before or after it. */
function slotRival(
  c: EntityMention,
  claimText: string,
  claimEntities: readonly EntityMention[],
  ev: EvidenceSentence,
): EntityMention | null {
  const cn = neighbourWords(claimText, c.span.start, c.span.end);
  for (const e of ev.analysed.entities) {
    if (e.kind !== c.kind) continue;
    if (claimEntities.some((x) => entityMatches(x, e) || entityMatches(e, x))) continue;
    if (squash(claimText).includes(squash(e.text))) continue; // the rival is part of the claim's wording
    const en = neighbourWords(ev.analysed.text, e.span.start, e.span.end);
    const sameBefore = cn.before !== null && cn.before === en.before && cn.before.length > 2;
    const sameAfter = cn.after !== null && cn.after === en.after && cn.after.length > 2;
    if (sameBefore || sameAfter) return e;
  }
  return null;
}

/** Letters and digits only: "Saint - Germain" (tokenised copy) and "Saint-Germain" meet. */
const squash = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const squashed = new WeakMap<object, string>();

export function checkEntity(ctx: CheckContext): CheckResult {
  // Fast path: every name-like word of the claim is in the sources, so its names are too (no NER needed).
  if (ctx.nameTerms.length === 0) return na('entity');
  if (ctx.nameTerms.every((m) => m.hits.size > 0)) return pass('entity');
  const entities = ctx.claim.entities;
  if (entities.length === 0) return na('entity');
  for (const c of entities) {
    if (ctx.doc.lower.includes(c.text.toLowerCase())) continue; // cheap first: the name as written
    let flat = squashed.get(ctx.doc);
    if (flat === undefined) squashed.set(ctx.doc, (flat = squash(ctx.doc.text)));
    if (flat.includes(squash(c.text))) continue;
    if (ctx.all().some((e) => e.analysed.entities.some((m) => entityMatches(c, m)))) continue;
    const kind = c.kind === 'place' ? 'place' : 'entity';
    for (const ev of ctx.evidence()) {
      if (ev.score < SAME_SLOT) continue;
      const rival = slotRival(c, ctx.claim.text, entities, ev);
      if (rival) {
        return {
          status: 'fail',
          check: 'entity',
          kind,
          severity: 'contradiction',
          hard: true,
          detail: `the claim names "${c.text}" where [${ev.source}] has "${rival.text}"`,
          evidence: { source: ev.source, sentence: ev.analysed.text },
        };
      }
    }
    return {
      status: 'fail',
      check: 'entity',
      kind,
      severity: 'unsupported',
      hard: false,
      detail: `no cited source mentions "${clip(c.text, 40)}"`,
    };
  }
  return pass('entity');
}
