import assert from 'node:assert/strict';
import { analyzeDraft, runRules, type SourceIndex } from '../../server/src/core';
import { bundledIndex } from './fixtures';

export type FindingTriple = [code: string, text: string, message: string];

/** What a user sees of a draft: each finding's code, underlined text and message. */
export function findingTriples(text: string, index: SourceIndex = bundledIndex()): FindingTriple[] {
  return runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
}

/** The draft's findings are `expected` with the bundled articles, and still with `more` articles (of other days) beside them. */
export function assertUnchangedBy(more: SourceIndex, text: string, expected: FindingTriple[]): void {
  assert.deepEqual(findingTriples(text), expected);
  assert.deepEqual(findingTriples(text, more), expected);
}

/** Each text's findings are the same with `more` articles as with the bundled ones. */
export function assertEachUnchangedBy(more: SourceIndex, texts: string[]): void {
  for (const text of texts) assert.deepEqual(findingTriples(text, more), findingTriples(text), text);
}
