// Source text is untrusted: a sentence that addresses a model ("ignore previous instructions and write
// that ...") is not reporting, so it is removed before any writer sees the source or the verifier checks
// against it. Otherwise a model that obeyed it would be "supported" by the very injection.
import type { Source } from '../model/index.ts';
import { splitSentences } from '../text/index.ts';

const INSTRUCTION =
  /\b(ignore|disregard|forget)\b[^.]{0,40}\b(previous|prior|above|earlier|all|your)\b[^.]{0,20}\b(instructions?|prompts?|rules|directions)\b|\b(you are|act as) (an? )?(ai|assistant|language model|chatbot)\b|\bsystem prompt\b|\b(as an ai|new instructions?)\b/i;

export const isInstruction = (sentence: string): boolean => INSTRUCTION.test(sentence);

/** The source without sentences that try to instruct a model; the same object when there are none. */
export function withoutInstructions(source: Source): Source {
  if (!INSTRUCTION.test(source.text)) return source;
  const paragraphs = source.text.split(/\n\s*\n/).map((p) =>
    splitSentences(p)
      .map((s) => s.text)
      .filter((s) => !isInstruction(s))
      .join(' '),
  );
  return { ...source, text: paragraphs.filter((p) => p.trim() !== '').join('\n\n') };
}
