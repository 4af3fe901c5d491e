import { misattribution, sameForm } from '../quotes/misattribution';
import type { Finding, Rule } from './finding';
import { relatedSentence } from './finding';

export const misattributedQuote: Rule = {
  code: 'misattributed-quote',
  defaultSeverity: 'warning',
  scope: 'block',
  description: 'A quotation is attributed to someone other than the source\'s speaker.',
  example: '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.',
  check(draft, _index, t) {
    const findings: Finding[] = [];
    for (const q of draft.quotations) {
      const verdict = misattribution(q, draft.text);
      if (!verdict) continue;
      const written = q.speaker!.text;
      const finding: Finding = { code: this.code, severity: this.defaultSeverity, ...q.speaker!.span, message: '', related: [relatedSentence(q.match!.source.at)] };
      if ('unnamed' in verdict) finding.message = t.notAttributed(written, verdict.unnamed);
      else {
        const { real } = verdict;
        const role = real.kind === 'person' && real.role ? ` (${real.role})` : '';
        const replacement = sameForm(written, q.speaker!.mention!.entry, real);
        finding.message = t.misattributed(`${real.canonical}${role}`, written);
        finding.fix = { title: t.fixAttribute(replacement), newText: replacement };
      }
      findings.push(finding);
    }
    return findings;
  },
};

