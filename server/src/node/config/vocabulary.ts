import { closest, distance } from 'fastest-levenshtein';
import { RULES, type Severity } from '../../core';

/** Every rule's code, as `.newsproof.json`, the VS Code settings, `--rule` and the JSON schema name them. */
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/**
 * The words for a rule's level, the same in `.newsproof.json`, the VS Code settings and `--rule`: LSP's severities,
 * and ESLint's short forms `warn` and `info` for those who type them from habit.
 */
export const LEVEL_WORDS: Readonly<Record<string, Severity | 'off'>> = {
  off: 'off', error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information', hint: 'hint',
};

const LEVEL_LIST = 'off, error, warning (warn), information (info) or hint';

/** The known word a typo most likely meant, when it is close enough to be a typo and not another word. */
export function nearestKnown(word: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, [...known]);
  return distance(lower, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** `did you mean "x"?`, or a list of what is allowed when nothing is close. */
export function suggestion(word: string, known: readonly string[], listName: string): string {
  const near = nearestKnown(word, known);
  return near ? `did you mean "${near}"?` : `the ${listName} are ${known.join(', ')}.`;
}

/** One rule setting (`code` = `level`), checked as everywhere: a problem names what was meant where it can. */
export function parseRuleLevel(code: string, level: unknown, origin: string): { level?: Severity | 'off'; problem?: string } {
  if (!RULE_CODES.includes(code)) return { problem: `${origin}: unknown rule "${code}"; ${suggestion(code, RULE_CODES, 'rules')}` };
  const word = typeof level === 'string' ? level.toLowerCase() : undefined;
  const parsed = word === undefined ? undefined : LEVEL_WORDS[word];
  if (parsed) return { level: parsed };
  const near = typeof level === 'string' ? nearestKnown(level, Object.keys(LEVEL_WORDS)) : undefined;
  return { problem: `${origin}: rule "${code}" must be ${LEVEL_LIST}${near ? `; did you mean "${near}"?` : '.'}` };
}
