import type { DraftAnalysis } from '../analysis/draft';
import type { Messages } from '../i18n/messages';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import { sourceCitation } from '../sources/provenance';
import { ownString } from '../text/ownString';
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
  /**
   * 'block': what the rule finds in a block depends on that block alone (and the draft's language), so it is kept
   * per block and run again only where a block's reading changed. Otherwise it reads the whole draft every time.
   */
  scope?: 'block';
  /** `meanwhile`, when given, is called now and then by a rule that reads the whole draft (AnalysisBudget.meanwhile). */
  check(draft: DraftAnalysis, index: SourceIndex, messages: Messages, trace?: RuleTrace, meanwhile?: () => void): Finding[];
}

/** What a run of the rules did afresh (an edit re-runs only what its change reaches): for tests and the benchmark. */
export interface RuleTrace {
  /** The blocks whose per-block rules ran, by the text of their first sentence, in document order. */
  blocksChecked: string[];
  /** Figures draft-inconsistency compared with the earlier figures of their buckets; the others kept their verdict. */
  figuresCompared: number;
  /** The earlier figures those were compared with, one by one (only those from the first changed figure on). */
  earlierFiguresAsked?: number;
  /** Figures draft-inconsistency filed (those before the first changed one are as the last check filed them). */
  figuresFiled?: number;
}

/**
 * A finding that is another one moved with its block (the same rule, message, severity and places, `delta` further
 * on) → that one. Whoever turned the earlier finding into something (a diagnostic's JSON) may keep what it made where
 * the places come out the same (after a character typed on an earlier line, every later one does).
 */
export const movedFrom = new WeakMap<Finding, Finding>();

/**
 * The finding `delta` characters further on; a related place in the draft itself moves with it, or by `relatedDelta`
 * (an earlier place an edit between the two did not move).
 */
export function movedFinding(finding: Finding, delta: number, relatedDelta = delta): Finding {
  if (delta === 0 && relatedDelta === 0) return finding;
  const moved = {
    ...finding,
    start: finding.start + delta,
    end: finding.end + delta,
    related: finding.related.map((r) => (r.sourceId === undefined ? { ...r, start: r.start + relatedDelta, end: r.end + relatedDelta } : r)),
  };
  movedFrom.set(moved, finding);
  return moved;
}

export function relatedSentence(at: SourceSentence): RelatedSource {
  return { sourceId: at.source.input.id, start: at.sentence.start, end: at.sentence.end, message: citedSentence(at) };
}

/**
 * A source sentence as a related place's message, one string per sentence of the index: made per finding, a 1 MB
 * draft's 7,200 source-related places each held their own flattened copy of one of a few hundred sentences (2.2 MB).
 */
const citedSentences = new WeakMap<SourceSentence, string>();
function citedSentence(at: SourceSentence): string {
  let message = citedSentences.get(at);
  if (message === undefined) citedSentences.set(at, (message = ownString(`${sourceCitation(at.source, at.page)}: ${at.sentence.text}`)));
  return message;
}
