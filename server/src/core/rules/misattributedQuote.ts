import type { DraftQuotation } from '../analysis/analyzeDraft';
import type { NameEntry } from '../types';
import type { Finding, Rule } from './finding';
import { relatedSentence } from './finding';

export const misattributedQuote: Rule = {
  code: 'misattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation is attributed to someone other than the source\'s speaker.',
  check(draft) {
    const findings: Finding[] = [];
    for (const q of draft.quotations) {
      const verdict = misattribution(q);
      if (!verdict) continue;
      findings.push({
        code: this.code,
        severity: this.defaultSeverity,
        ...q.speaker!.span,
        message: verdict.message,
        related: [relatedSentence(q.match!.source.at)],
        ...(verdict.replacement ? { fix: { title: `Attribute it to ${verdict.replacement}`, newText: verdict.replacement } } : {}),
      });
    }
    return findings;
  },
};

function misattribution(q: DraftQuotation): { message: string; replacement?: string } | undefined {
  const drafted = q.speaker?.mention?.entry;
  const source = q.match?.source.speaker;
  if (!drafted || !source || !q.match) return undefined;
  const real = source.mention?.entry;
  if (real) {
    if (real === drafted) return undefined;
    const role = real.kind === 'person' && real.role ? ` (${real.role})` : '';
    return { message: `The source attributes this quotation to ${real.canonical}${role}, not ${q.speaker!.text}.`, replacement: sameForm(q.speaker!.text, drafted, real) };
  }
  // The source names no one ("ein DeepSeek-Ingenieur", "das Unternehmen"): a named person is a claim it does not make.
  if (drafted.kind !== 'person') return undefined;
  return { message: `The source does not attribute this quotation to ${q.speaker!.text}: it says ${source.text}.` };
}

/** The real speaker written the way the draft wrote the wrong one: a surname for a surname, the full name otherwise. */
function sameForm(written: string, drafted: NameEntry, real: NameEntry): string {
  if (written === drafted.canonical || real.kind !== 'person') return real.canonical;
  const surname = real.aliases.find((a) => !a.includes(' ') && real.canonical.endsWith(a)) ?? real.aliases.find((a) => !a.includes(' '));
  return surname ?? real.canonical;
}
