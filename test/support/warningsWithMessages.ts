import { analyzeDraft, runRules } from '../../server/src/core';
import { describeFact } from '../../server/src/core/facts/describeFact';
import { bundledIndex } from './fixtures';

/** The warnings a draft gets against the bundled sources, as a writer sees them: code, words, message and fix. */
export function warningsWithMessages(text: string): Array<{ code: string; text: string; message: string; fix?: string }> {
  const index = bundledIndex();
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** How the hover reads the first figure written `figure`: whose it is, what it measures, when, and its value. */
export function readAs(text: string, figure: string, language: 'de' | 'en'): string {
  const f = analyzeDraft(text, bundledIndex()).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
}
