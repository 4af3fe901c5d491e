import type { DraftFigure } from '../analysis/analyzeDraft';
import type { FigureEvidence } from '../match/matchFigure';
import { relatedSentence, type Rule, type Severity } from './finding';

interface ContradictedFigureRule {
  code: string;
  defaultSeverity?: Severity;
  description: string;
  /** Which contradicted figures this rule reports. */
  applies(figure: DraftFigure, source: FigureEvidence): boolean;
  message(figure: DraftFigure, source: FigureEvidence): string;
}

/** A rule about draft figures that a source figure for the same fact contradicts: on the figure, pointing at the source. */
export function contradictedFigureRule(spec: ContradictedFigureRule): Rule {
  const defaultSeverity = spec.defaultSeverity ?? 'warning';
  return {
    code: spec.code,
    defaultSeverity,
    description: spec.description,
    check(draft) {
      return draft.figures
        .filter((f) => f.match.status === 'contradicted' && spec.applies(f, f.match.evidence[0]))
        .map((f) => {
          const source = f.match.evidence[0];
          return { code: spec.code, severity: defaultSeverity, ...f.span, message: spec.message(f, source), related: [relatedSentence(source.at)] };
        });
    },
  };
}
