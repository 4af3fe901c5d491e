import type { SourceFigure } from '../sources/sourceIndex';
import type { Agreement } from './agreement';

export interface FigureEvidence extends SourceFigure {
  score: number;
  agreement: Agreement;
  /** Concepts the draft sentence shares with the source sentence, for bold highlighting. */
  shared: Set<string>;
}

export type FigureStatus = 'supported' | 'contradicted' | 'unsourced';

export interface FigureMatch {
  status: FigureStatus;
  /** Supported: the agreeing source figures, best first. Contradicted: the candidates, best (the contradicting one) first. */
  evidence: FigureEvidence[];
  /** Supported, but another source states the same fact differently (the sources disagree with each other). */
  conflicts: FigureEvidence[];
  /**
   * Contradicted for every one of several names a value is said of ("Infineon und SoftBank verloren jeweils bis zu 12
   * Prozent"), each by the same source value: that value is right for all of them.
   */
  sharedByEvery?: boolean;
}

/** Whether each match contradicts its figure with one and the same source value (kind, currency and value). */
export function contradictedByOneValue(matches: FigureMatch[]): boolean {
  const first = matches[0]?.evidence[0]?.figure;
  return matches.length > 1 && first !== undefined && matches.every((m) => {
    const other = m.status === 'contradicted' ? m.evidence[0]?.figure : undefined;
    return other !== undefined && other.kind === first.kind && other.currency === first.currency && other.value === first.value;
  });
}
