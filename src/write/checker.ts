// The verifier as the writers' Check: one claim against the article's numbered sources.
import { verifyClaim, type SourceDoc } from '../verify/index.ts';
import type { Check } from './gate.ts';

export const checker =
  (docs: readonly SourceDoc[]): Check =>
  (text, citations) =>
    verifyClaim({ text, citations }, docs);
