import assert from 'node:assert/strict';
import { analyzeDraft, runRules, type SourceIndex, type SourceInput } from '../../server/src/core';
import { bundledIndex, withSources } from './fixtures';

export type WarningWithFix = { code: string; text: string; fix?: string };

/** The warnings a draft gets, what a writer sees underlined: each one's code, its words and its fix. */
export function warningsWithFixes(text: string, index: SourceIndex = bundledIndex()): WarningWithFix[] {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** The draft's warnings are `expected` with the bundled articles, and still with an `extra` article (of another day) beside them. */
export function assertWarningsUnchangedBy(extra: SourceInput, text: string, expected: WarningWithFix[]): void {
  assert.deepEqual(warningsWithFixes(text), expected);
  assert.deepEqual(warningsWithFixes(text, withSources(extra)), expected);
}
