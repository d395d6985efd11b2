/** Getting a JSON value out of model text: pure functions. */

/**
 * Parses the model's content as JSON. Accepts a bare JSON document, a fenced ```json block, or prose around
 * one object (small local models often add a sentence before the JSON). Throws with a reason otherwise.
 */
export function parseJsonContent(content: string): unknown {
  const trimmed = content.trim();
  if (trimmed === '') throw new Error('the reply was empty');
  try {
    return JSON.parse(trimmed);
  } catch {
    // fall through to extraction
  }
  const fenced = /```(?:json|JSON)?\s*\n([\s\S]*?)```/.exec(trimmed);
  if (fenced?.[1] !== undefined) {
    try {
      return JSON.parse(fenced[1]);
    } catch {
      // the fence may hold junk; try the object scan below
    }
  }
  const candidate = firstJsonObject(trimmed);
  if (candidate === null) throw new Error('the reply contains no JSON object');
  try {
    return JSON.parse(candidate);
  } catch (e) {
    throw new Error(`the reply's JSON object does not parse (${(e as Error).message})`, { cause: e });
  }
}

/**
 * The first balanced {...} span of `text` that parses, skipping braces inside strings; else the first balanced
 * span (so the caller can report why it fails); null when there is none.
 */
export function firstJsonObject(text: string): string | null {
  let firstSpan: string | null = null;
  for (let start = text.indexOf('{'); start !== -1;) {
    const end = balancedEnd(text, start);
    // Unbalanced: every later brace sits inside this unfinished object (a reply cut by the token limit),
    // so an inner fragment must not pass for the answer.
    if (end === -1) break;
    const span = text.slice(start, end + 1);
    try {
      JSON.parse(span);
      return span;
    } catch {
      firstSpan ??= span;
    }
    // Not JSON ("{like this}" in prose, or a broken object): look after it, never inside it.
    start = text.indexOf('{', end + 1);
  }
  // No parseable object: the first balanced span lets the caller say why it fails.
  return firstSpan;
}

function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// Apologies that local models without a refusal field give instead of JSON.
const REFUSAL_OPENING =
  /^(?:i['’]m sorry|i am sorry|sorry,|i apologi[sz]e|i can(?:not|['’]t)\b|i won['’]t\b|i am (?:not able|unable)|i['’]m (?:not able|unable)|as an ai\b)/i;

/** Whether a non-JSON reply reads as a refusal. Only consulted when no JSON object was found. */
export function looksLikeRefusal(content: string): boolean {
  return REFUSAL_OPENING.test(content.trim());
}
