import { misattribution, sameForm } from '../quotes/misattribution';
import type { DraftAnalysis, DraftQuotation } from '../analysis/draft';
import { misreports } from '../quotes/misreport';
import { misreportedSpeech } from '../quotes/reportedSpeech';
import type { Finding, Rule } from './finding';
import { relatedSentence } from './finding';

export const misattributedQuote: Rule = {
  code: 'misattributed-quote',
  defaultSeverity: 'warning',
  scope: 'block',
  description: 'A quotation, or a report, is attributed to someone other than the source\'s speaker or outlet.',
  example: '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.',
  check(draft, index, t) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const q of draft.quotations) {
      const verdict = misattribution(q, draft.text);
      if (!verdict || retractedSpeaker(draft, q)) continue;
      const written = q.speaker!.text;
      const finding: Finding = { code: this.code, severity: this.defaultSeverity, ...q.speaker!.span, message: '', related: [relatedSentence(q.match!.source.at)] };
      if ('unnamed' in verdict) finding.message = t.notAttributed(written, verdict.unnamed);
      else {
        const { real } = verdict;
        const role = real.kind === 'person' && real.role ? ` (${real.role})` : '';
        // A surname is a fix only where the reader has met the full name: earlier in the same paragraph.
        const introduced = draft.names.some((n) => n.mention.entry === real && n.span.end <= q.start && /\s/.test(n.mention.text));
        const replacement = introduced ? sameForm(written, q.speaker!.mention!.entry, real) : real.canonical;
        finding.message = t.misattributed(`${real.canonical}${role}`, written);
        finding.fix = { title: t.fixAttribute(replacement), newText: replacement };
      }
      // Two quotations of one sentence given to the same wrong speaker ("Altmann: … „bekannte Technologien“, … „aber keine
      // Revolution“"): one warning on the name.
      const key = `${finding.start}:${finding.end}:${finding.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(finding);
    }
    for (const m of misreports(draft, index)) {
      findings.push({
        code: this.code, severity: this.defaultSeverity, start: m.start, end: m.end,
        message: t.misreported(m.real.canonical, m.written), fix: { title: t.fixAttribute(m.real.canonical), newText: m.real.canonical },
        related: [relatedSentence(m.source)],
      });
    }
    for (const m of misreportedSpeech(draft, index)) {
      const role = m.real.kind === 'person' && m.real.role ? ` (${m.real.role})` : '';
      findings.push({
        code: this.code, severity: this.defaultSeverity, start: m.start, end: m.end,
        message: t.misattributedStatement(`${m.real.canonical}${role}`, m.written), fix: { title: t.fixAttribute(m.real.canonical), newText: m.real.canonical },
        related: [relatedSentence(m.source)],
      });
    }
    return findings;
  },
};


/** "An analysis attributed the phrase to Marc Andreessen. It was Donald Trump who …": the draft reports the error. */
function retractedSpeaker(draft: DraftAnalysis, q: DraftQuotation): boolean {
  const span = q.speaker?.span;
  return span !== undefined && draft.names.some((n) => n.retracted && n.span.start === span.start && n.span.end === span.end);
}
