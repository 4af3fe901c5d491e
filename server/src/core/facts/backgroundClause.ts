import type { Span } from '../types';

/**
 * A clause that says what had happened before or despite what the sentence reports: "…, nachdem er 2024 noch 25 %
 * zugelegt hatte", "…, having risen 35 per cent over 2024", "…, nach einem Plus von 35 Prozent im Jahr 2024", "…, after a
 * year in which it had gained 25%". Its time is its own: neither the sentence's nor the next sentences'.
 */
const BACKGROUND_CLAUSE = /(?:^|[,;–—(]\s*)(?:nachdem|bevor|obwohl|obgleich|wenngleich|although|though|even\s+though|whereas|having|nach\s+(?:einem|einer)|(?:(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before)|(?:einen|eine|ein|zwei|drei|vier|fünf|sechs|sieben|\d+)\s+(?:tage?n?|wochen?|monate?n?|jahre?n?)\s+(?:nach|vor))(?![\p{L}])[^,;–—()]*$/iu;

/** "…, a jolt for an index that had risen 25% in 2024": a past perfect relative clause is background too. */
const PAST_PERFECT_CLAUSE = /(?<![\p{L}])(?:that|which|who)\s+had\s+[^,;–—()]*$/iu;

/** The background clause that `position` of the sentence `text` lies in: from its opening word to `position`. */
export function backgroundClauseAt(text: string, position: number): Span | undefined {
  const before = text.slice(0, position);
  const m = BACKGROUND_CLAUSE.exec(before) ?? PAST_PERFECT_CLAUSE.exec(before);
  return m ? { start: m.index, end: position } : undefined;
}

/**
 * Whether `at` lies in a background clause that follows the sentence's main clause and ends before `position`:
 * "…, obwohl er 2024 noch um 25 Prozent zugelegt hatte; Werte wie Infineon verloren bis zu 10 Prozent", "…, although it
 * had gained 25% in 2024, and SoftBank lost up to 10%". That clause's time is its own, not the next clause's. (A clause
 * that opens the sentence, "After the sell-off on January 27, …", sets the scene for what follows it.)
 */
export function inClosedBackgroundClause(text: string, at: Span, position: number): boolean {
  const clause = backgroundClauseAt(text, at.start);
  if (!clause || !/^[,;–—(]/u.test(text.slice(clause.start)) || position <= at.end) return false;
  return backgroundClauseAt(text, position)?.start !== clause.start;
}
