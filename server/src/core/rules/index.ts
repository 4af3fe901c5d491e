import type { DraftAnalysis } from '../analysis/analyzeDraft';
import type { SourceIndex } from '../sources/sourceIndex';
import { dateMismatch } from './dateMismatch';
import { figureMismatch } from './figureMismatch';
import type { Finding, Rule, Severity } from './finding';
import { scaleMismatch } from './scaleMismatch';

export const RULES: readonly Rule[] = [figureMismatch, scaleMismatch, dateMismatch];

/** Per code: 'off' or a severity that replaces the rule's default. */
export type RuleSettings = Record<string, Severity | 'off'>;

export function runRules(draft: DraftAnalysis, index: SourceIndex, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    for (const finding of rule.check(draft, index)) findings.push(setting ? { ...finding, severity: setting } : finding);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
