import { clearParseCache } from '../markdown/chunkedParse';
import { forgetFiledFigures } from '../rules/draftInconsistency';
import { forgetEqualHovers } from '../hover/hoverText';
import type { SourceIndex } from '../sources/sourceIndex';
import { forgetDraftText, forgetReadSentences } from './analyzeDraft';
import { forgetLatestReadings } from './blockResults';

/**
 * What the caches hold of a draft that was closed (read with `index`) is let go: its parsed chunks, the sentences and
 * blocks read from them, and the figures draft-inconsistency filed for the latest check.
 */
export function forgetDraft(text: string, index: SourceIndex): void {
  forgetDraftText(text, index);
  forgetFiledFigures(false);
}

/** No draft is open any more: everything read from drafts is let go, and the next check reads its draft afresh. */
export function forgetEveryDraft(): void {
  clearParseCache();
  forgetReadSentences();
  forgetLatestReadings();
  forgetFiledFigures(true);
  forgetEqualHovers();
}
