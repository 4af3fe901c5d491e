/**
 * "Since DeepSeek released R1 on January 20, 2025, …", „Seit DeepSeek am 20. Januar 2025 R1 vorstellte, …": a clause
 * that says when a stretch of time began. Its day is where the stretch starts, not the day of what the next sentences
 * report ("Nvidia, Broadcom and Microsoft declined 7.82%, 6.58% and 3.75%, respectively" a week later).
 */
const SINCE_CLAUSE = /(?:^|[,;–—(]\s*)(?:ever\s+since|since|seit|seitdem)(?![\p{L}])[^,;–—()]*$/iu;

/** Whether `position` of the sentence `text` lies in a clause that opens with "since"/„seit“. */
export function inPeriodStartClause(text: string, position: number): boolean {
  return SINCE_CLAUSE.test(text.slice(0, position));
}
