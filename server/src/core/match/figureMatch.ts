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
}
