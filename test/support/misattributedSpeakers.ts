import { analyzeDraft, runRules } from '../../server/src/core';
import { bundledIndex } from './fixtures';

const index = bundledIndex();

/** The words each misattributed-quote finding lies on, with its fix, for a draft checked against the bundled sources. */
export const misattributedSpeakers = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'misattributed-quote')
    .map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

/** A German draft: its front matter says so. */
export const germanDraft = (text: string) => `---\nlang: de\n---\n\n${text}`;
