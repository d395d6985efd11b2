// The JSON an LLM writer must return, and its validation. Errors name the field, so the model can repair.
import { SECTION_KINDS, type SectionKind } from '../model/index.ts';

export interface LlmSentence {
  readonly text: string;
  readonly citations: readonly number[];
  readonly date?: string;
}

export interface LlmArticle {
  readonly headline: LlmSentence;
  readonly sections: Partial<Record<SectionKind, LlmSentence[]>>;
}

function sentence(x: unknown, where: string, sourceCount: number): LlmSentence {
  if (typeof x !== 'object' || x === null) throw new Error(`${where} must be an object {text, citations}`);
  const o = x as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '')
    throw new Error(`${where}.text must be a non-empty string`);
  if (!Array.isArray(o.citations)) throw new Error(`${where}.citations must be an array of source numbers`);
  const citations = o.citations.map((n, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > sourceCount)
      throw new Error(`${where}.citations[${i}] must be a source number from 1 to ${sourceCount}`);
    return n;
  });
  const out: LlmSentence = {
    text: o.text.replace(/\s*\[\d+\]/g, '').trim(),
    citations: [...new Set(citations)].sort((a, b) => a - b),
  };
  return typeof o.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(o.date)
    ? { ...out, date: o.date.slice(0, 10) }
    : out;
}

export function validateLlmArticle(x: unknown, sourceCount: number): LlmArticle {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw new Error('the answer must be a JSON object');
  const o = x as Record<string, unknown>;
  const headline = sentence(o.headline, 'headline', sourceCount);
  if (typeof o.sections !== 'object' || o.sections === null || Array.isArray(o.sections))
    throw new Error('sections must be an object keyed by section name');
  const sections: Partial<Record<SectionKind, LlmSentence[]>> = {};
  for (const [key, value] of Object.entries(o.sections as Record<string, unknown>)) {
    if (!(SECTION_KINDS as readonly string[]).includes(key))
      throw new Error(`sections.${key} is not a section; use ${SECTION_KINDS.join(', ')}`);
    if (!Array.isArray(value)) throw new Error(`sections.${key} must be an array of sentences`);
    sections[key as SectionKind] = value.map((s, i) => sentence(s, `sections.${key}[${i}]`, sourceCount));
  }
  if (!sections.lede || sections.lede.length === 0)
    throw new Error('sections.lede must hold at least one sentence');
  return { headline, sections };
}

export interface LlmRepair {
  readonly id: number;
  /** null: the model could not make it supported; the sentence is dropped. */
  readonly sentence: LlmSentence | null;
}

export function validateRepairs(x: unknown, ids: readonly number[], sourceCount: number): LlmRepair[] {
  if (typeof x !== 'object' || x === null)
    throw new Error('the answer must be a JSON object {"repairs": [...]}');
  const list = (x as Record<string, unknown>).repairs;
  if (!Array.isArray(list)) throw new Error('repairs must be an array');
  return list.map((r, i) => {
    if (typeof r !== 'object' || r === null) throw new Error(`repairs[${i}] must be an object`);
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'number' || !ids.includes(o.id))
      throw new Error(`repairs[${i}].id must be one of ${ids.join(', ')}`);
    if (o.drop === true || o.text === null) return { id: o.id, sentence: null };
    return { id: o.id, sentence: sentence(o, `repairs[${i}]`, sourceCount) };
  });
}
