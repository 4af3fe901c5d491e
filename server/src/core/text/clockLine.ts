/**
 * "07:12 *CHINA'S DEEPSEEK R1 SPURS SELLOFF …\n07:15 *R1 SCORES 92% ON HUMANEVAL …": a news feed, a shift log or a live
 * blog stamps each line with its time, and each such line is an item of its own though the one before it ends without
 * a full stop. Only where the paragraph's first line opens with a time too: a line of wrapped prose that happens to
 * open with one ("… the call began at\n10:30 and ended at noon.") stays in its sentence.
 */
const CLOCK_OPENING = /[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ \t]?(?:Uhr|[AaPp]\.?[Mm]\.?|ET|CET|MEZ|UTC|GMT))?(?=[ \t]+\S)/y;

/** Whether a time stamp opens `text` at `at` (a line's start). */
export function opensClockLine(text: string, at: number): boolean {
  CLOCK_OPENING.lastIndex = at;
  return CLOCK_OPENING.test(text);
}
