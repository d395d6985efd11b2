// Public API of the verify stage: audit sentences against the sources they cite.
import { clearIndexCache, prepareRelatedWords } from './evidence.ts';
import { analyseSentence } from '../text/index.ts';

export {
  parseArticle,
  expandCitations,
  type ParsedArticle,
  type ParsedSentence,
  type ListedSource,
} from './citations.ts';
export {
  verifyClaim,
  verifySentences,
  scoreSupport,
  assessSentence,
  type SourceDoc,
  type ClaimInput,
  type VerifyOptions,
  type Assessment,
} from './verify.ts';
export { assignSources } from './sources.ts';
export {
  buildReport,
  failsOn,
  reportJson,
  renderReportJson,
  renderReportMarkdown,
  renderReportText,
  JSON_SCHEMA_ID,
} from './report.ts';
export {
  judgeUndecided,
  undecided,
  validateJudgeAnswer,
  judgeMessages,
  type JudgeItem,
  type JudgeAnswer,
} from './judge.ts';
export { defaultWeights, validateWeights, FEATURES, type ModelWeights, type FeatureVector } from './model.ts';

/** Loads the lexicon and the text models up front, so timing runs measure claims, not start-up. */
export function warmUp(): void {
  // The related-word lists and their hashes are built on first use: build them now.
  prepareRelatedWords();
  analyseSentence('The European Union said on Monday that 20 states had met in Brussels.', '2025-10-20');
  // Lower-cased text takes the caseless name finder, which loads its dictionary on first use.
  analyseSentence('the eu said on monday that twenty states had met in brussels.', '2025-10-20');
}

/** Forgets cached source analyses. */
export function clearVerifyCaches(): void {
  clearIndexCache();
}
