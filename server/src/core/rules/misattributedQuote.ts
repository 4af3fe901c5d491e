import { misattribution } from '../quotes/misattribution';
import type { Finding, Rule } from './finding';
import { relatedSentence } from './finding';

export const misattributedQuote: Rule = {
  code: 'misattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation is attributed to someone other than the source\'s speaker.',
  example: '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.',
  check(draft, _index, t) {
    const findings: Finding[] = [];
    for (const q of draft.quotations) {
      const verdict = misattribution(q, t);
      if (!verdict) continue;
      findings.push({
        code: this.code,
        severity: this.defaultSeverity,
        ...q.speaker!.span,
        message: verdict.message,
        related: [relatedSentence(q.match!.source.at)],
        ...(verdict.replacement ? { fix: { title: t.fixAttribute(verdict.replacement), newText: verdict.replacement } } : {}),
      });
    }
    return findings;
  },
};

