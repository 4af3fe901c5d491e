import type { Rule } from './finding';
import { relatedSentence } from './finding';

export const quoteMismatch: Rule = {
  code: 'quote-mismatch',
  defaultSeverity: 'warning',
  description: 'A quotation differs from the source\'s wording: a changed word or figure.',
  example: 'Stacy Rasgon betont: „DeepSeek verwendet neue Technologien.“',
  check(draft, _index, t) {
    const [open, close] = draft.language === 'de' ? ['„', '“'] : ['“', '”'];
    return draft.quotations
      .filter((q) => q.match && !q.match.alignment.verbatim)
      .map((q) => {
        const { source, sourceWording } = q.match!;
        const speaker = source.speaker ? source.speaker.mention?.entry.canonical ?? source.speaker.text : undefined;
        return {
          code: this.code,
          severity: this.defaultSeverity,
          ...q.inner,
          message: t.quoteMismatch(`${open}${sourceWording}${close}`, speaker),
          related: [relatedSentence(source.at)],
          fix: { title: t.fixQuote, newText: sourceWording },
        };
      });
  },
};
