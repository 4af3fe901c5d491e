import { analyzeDraft, runRules } from '../../server/src/core';
import { bundledIndex } from './fixtures';

const index = bundledIndex();

/** The words each misattributed-quote finding lies on, with its fix, for a draft checked against the bundled sources. */
export const misattributedSpeakers = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'misattributed-quote')
    .map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

/** Each misattributed-quote finding's words, fix and message, for a draft checked against the bundled sources. */
export const misattributedFindings = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'misattributed-quote')
    .map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));

/** A German draft: its front matter says so. */
export const germanDraft = (text: string) => `---\nlang: de\n---\n\n${text}`;
