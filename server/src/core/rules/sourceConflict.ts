import type { Rule } from './finding';
import { relatedSentence } from './finding';

export const sourceConflict: Rule = {
  code: 'source-conflict',
  defaultSeverity: 'information',
  scope: 'block',
  description: 'The sources disagree with each other on this fact; the draft follows one of them.',
  example: 'DeepSeek R1 made headlines on January 27.',
  check(draft, _index, t) {
    return draft.figures
      .filter((f) => f.match.status === 'supported' && f.match.conflicts.length > 0 && !f.retracted)
      .map((f) => {
        const [agreeing] = f.match.evidence;
        const [other] = f.match.conflicts;
        return {
          code: this.code,
          severity: this.defaultSeverity,
          ...f.span,
          message: t.sourceConflict(agreeing.at.source.title, agreeing.figure.text, other.at.source.title, other.figure.text),
          related: [relatedSentence(agreeing.at), relatedSentence(other.at)],
        };
      });
  },
};
