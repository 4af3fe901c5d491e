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
import { perBlockFindings } from './blockFindings';
import type { Finding, Rule, RuleTrace, Severity } from './finding';
import { scaleMismatch } from './scaleMismatch';
import { sourceConflict } from './sourceConflict';
import { unsourcedFigure } from './unsourcedFigure';

export const RULES: readonly Rule[] = [
  figureMismatch, scaleMismatch, dateMismatch, draftInconsistency, quoteMismatch, misattributedQuote, nameSpelling,
  unsourcedFigure, sourceConflict,
];

/** Per code: 'off' or a severity that replaces the rule's default. */
export type RuleSettings = Record<string, Severity | 'off'>;

/**
 * Every rule that is on, over the draft. Rules that read one block at a time run only on the blocks whose reading
 * changed since the last run (`trace` counts what ran afresh); a rule across blocks runs on the whole draft.
 * `meanwhile` is called between blocks and rules (AnalysisBudget.meanwhile).
 */
export function runRules(draft: DraftAnalysis, index: SourceIndex, settings: RuleSettings = {}, locale?: string, trace?: RuleTrace, meanwhile?: () => void): Finding[] {
  const messages = messagesFor(locale);
  const on = RULES.filter((rule) => settings[rule.code] !== 'off');
  const blockRules = draft.blocks ? on.filter((rule) => rule.scope === 'block') : [];
  const perBlock = perBlockFindings(blockRules, draft, draft.blocks ?? [], index, messages, locale, trace, meanwhile);
  const findings: Finding[] = [];
  for (const rule of on) {
    meanwhile?.();
    const setting = settings[rule.code] as Severity | undefined;
    for (const finding of perBlock.get(rule) ?? rule.check(draft, index, messages, trace, meanwhile)) findings.push(setting ? { ...finding, severity: setting } : finding);
  }
  const kept = applySuppressions(findings, draft.directives, draft.text);
  // One place, one message: a warning on a span makes information on the same span noise. Spans as numbers: a string
  // per finding of a 1 MB draft (18,000) at every check.
  const warns = (f: Finding) => f.severity === 'warning' || f.severity === 'error';
  // One number per span, exact for drafts under 94 million characters.
  const width = draft.text.length + 1;
  const warned = new Set<number>();
  for (const f of kept) if (warns(f)) warned.add(f.start * width + f.end);
  return kept.filter((f) => warns(f) || !warned.has(f.start * width + f.end)).sort((a, b) => a.start - b.start || a.end - b.end);
}
