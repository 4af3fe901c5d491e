import { insideQuotedSource, translationChangingFigure, type DraftFigure } from '../analysis/draft';
import type { FigureEvidence } from '../match/matchFigure';
import type { Messages } from '../i18n/messages';
import type { Language } from '../types';
import { relatedSentence, type Rule, type Severity } from './finding';
import { fixInDraftNotation } from './fixInDraftNotation';

interface ContradictedFigureRule {
  code: string;
  defaultSeverity?: Severity;
  description: string;
  example: string;
  /** Which contradicted figures this rule reports. */
  applies(figure: DraftFigure, source: FigureEvidence): boolean;
  message(figure: DraftFigure, source: FigureEvidence, messages: Messages): string;
  /** The figure rewritten to what the source says, in the draft's language and style (as its `neighbours`, the block's figures, write), where that is clear. */
  replacement?(figure: DraftFigure, source: FigureEvidence, language: Language, neighbours: readonly DraftFigure[]): string | undefined;
}

/** A rule about draft figures that a source figure for the same fact contradicts: on the figure, pointing at the source. */
export function contradictedFigureRule(spec: ContradictedFigureRule): Rule {
  const defaultSeverity = spec.defaultSeverity ?? 'warning';
  return {
    code: spec.code,
    defaultSeverity,
    scope: 'block',
    description: spec.description,
    example: spec.example,
    check(draft, _index, messages) {
      return draft.figures
        .filter((f) => f.match.status === 'contradicted' && !f.retracted && spec.applies(f, f.match.evidence[0]) && !insideQuotedSource(draft, f.span) && !translationChangingFigure(draft, f))
        .map((f) => {
          const source = f.match.evidence[0];
          const newText = spec.replacement?.(f, source, draft.language, draft.figures);
          const written = newText && newText !== f.figure.text ? fixInDraftNotation(newText, f, draft.text) : undefined;
          const fix = newText && written !== undefined ? { title: messages.fixReplace(newText), newText: written } : undefined;
          return { code: spec.code, severity: defaultSeverity, ...f.span, message: spec.message(f, source, messages), related: [relatedSentence(source.at)], ...(fix ? { fix } : {}) };
        });
    },
  };
}
