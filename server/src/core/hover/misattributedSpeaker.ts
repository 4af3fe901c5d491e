import type { DraftAnalysis, DraftQuotation } from '../analysis/draft';
import { misattribution } from '../quotes/misattribution';
import type { Span } from '../types';

/**
 * The quotation whose wrongly named speaker lies at `span`. Hovering that name answers with the quotation's source,
 * which shows who really said it, not with the sentences that merely mention the person the draft named.
 */
export function quotationOfWrongSpeaker(draft: DraftAnalysis, span: Span): DraftQuotation | undefined {
  return wronglyAttributed(draft).find((q) => q.speaker!.span.start <= span.start && span.end <= q.speaker!.span.end);
}

/** Whether the draft names another speaker for this quotation than its source does. */
function hasWrongSpeaker(q: DraftQuotation, text: string): boolean {
  return Boolean(q.match && q.speaker && misattribution(q, text));
}

/** The draft's quotations whose speaker is named wrongly, read once per draft (names and quotations' hovers both ask). */
export function wronglyAttributed(draft: DraftAnalysis): DraftQuotation[] {
  let found = known.get(draft.quotations);
  if (!found) known.set(draft.quotations, (found = draft.quotations.filter((q) => hasWrongSpeaker(q, draft.text))));
  return found;
}
const known = new WeakMap<DraftQuotation[], DraftQuotation[]>();
