import { analyzeDraft, runRules } from '../../server/src/core';
import { bundledIndex } from './fixtures';

/** Every finding a draft gets against the bundled sources, information included: its code, its words and its fix. */
export function findingsWithFixes(text: string): Array<{ code: string; text: string; fix?: string }> {
  const index = bundledIndex();
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** A German draft: front matter that sets the language, then the body. */
export const germanDraft = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
