import { analyzeDraft, runRules } from '../../server/src/core';
import { bundledIndex } from './fixtures';

/** The codes of the findings on the last occurrence of `words` in the draft, checked against the bundled sources. */
export function codesOn(text: string, words: string): string[] {
  const index = bundledIndex();
  const at = text.lastIndexOf(words);
  return runRules(analyzeDraft(text, index), index).filter((f) => f.start < at + words.length && at < f.end).map((f) => f.code);
}
