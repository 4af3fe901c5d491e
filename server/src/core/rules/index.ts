import type { DraftAnalysis } from '../analysis/draft';
import type { SourceIndex } from '../sources/sourceIndex';
import { applySuppressions } from '../suppression/suppressions';
import { messagesFor } from '../i18n/messages';
import { dateMismatch } from './dateMismatch';
import { draftInconsistency } from './draftInconsistency';
import { figureMismatch } from './figureMismatch';
import { misattributedQuote } from './misattributedQuote';
import { nameSpelling } from './nameSpelling';
import { quoteMismatch } from './quoteMismatch';
import type { Finding, Rule, Severity } from './finding';
import { scaleMismatch } from './scaleMismatch';
import { sourceConflict } from './sourceConflict';
import { unsourcedFigure } from './unsourcedFigure';

export const RULES: readonly Rule[] = [
  figureMismatch, scaleMismatch, dateMismatch, draftInconsistency, quoteMismatch, misattributedQuote, nameSpelling,
  unsourcedFigure, sourceConflict,
];

/** Per code: 'off' or a severity that replaces the rule's default. */
export type RuleSettings = Record<string, Severity | 'off'>;

export function runRules(draft: DraftAnalysis, index: SourceIndex, settings: RuleSettings = {}, locale?: string): Finding[] {
  const messages = messagesFor(locale);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    for (const finding of rule.check(draft, index, messages)) findings.push(setting ? { ...finding, severity: setting } : finding);
  }
  const kept = applySuppressions(findings, draft.directives, draft.text);
  // One place, one message: a warning on a span makes information on the same span noise.
  const warned = new Set(kept.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => `${f.start}:${f.end}`));
  return kept
    .filter((f) => f.severity === 'warning' || f.severity === 'error' || !warned.has(`${f.start}:${f.end}`))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
