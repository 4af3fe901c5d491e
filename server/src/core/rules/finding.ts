import type { DraftAnalysis } from '../analysis/draft';
import type { Messages } from '../i18n/messages';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import { sourceCitation } from '../sources/provenance';
import type { Span } from '../types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSource extends Span {
  /** The source's id; absent for a place in the draft itself. */
  sourceId?: string;
  message: string;
}

/** A quick fix: replace the finding's range with `newText`. */
export interface Fix {
  title: string;
  newText: string;
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  related: RelatedSource[];
  fix?: Fix;
}

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** One line for the README, `explain` and SARIF. */
  description: string;
  /** A draft that shows the rule at work, for `newsproof explain` and SARIF help. */
  example: string;
  check(draft: DraftAnalysis, index: SourceIndex, messages: Messages): Finding[];
}

export function relatedSentence(at: SourceSentence): RelatedSource {
  return { sourceId: at.source.input.id, start: at.sentence.start, end: at.sentence.end, message: `${sourceCitation(at.source, at.page)}: ${at.sentence.text}` };
}
