import type { Figure } from '../types';
import { withoutWeekdayBefore } from './weekdays';

/** What may stand before a date in a field of its own: markup, and a label ("**Digest prepared:**", „Sendung:“). */
const FIELD_BEFORE = /^[\s*_>]*(?:[\p{L}][\p{L}.'’ -]{0,30}:[\s*_]*)?$/u;
/** What may follow it there: markup, and the hour ("19:00 Uhr", "8:30 pm"). */
const FIELD_AFTER = /^[\s,*_]*(?:(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[ap]\.?m\.?))?[\s*_]*)?$/iu;
/** The fields of a dateline: set off by a middle dot or a bar. */
const FIELD_SEPARATOR = /[·|]/u;
/** A figure's words in another field: a line that states a move or a sum beside its day is no dateline. */
const STATES_A_FIGURE = /[%$€£¥]|\b(?:prozent|percent|punkte|points)\b/iu;
/** After a date that opens its line: a dash and a place alone ("– Straßburg", "— Brussels"), then the line's end. */
const PLACE_AFTER = /^[\s*_]*[–—-]\s*\p{Lu}[\p{L}.'’-]*(?:[ /]\p{Lu}[\p{L}.'’-]*)?[\s*_]*$/u;

/**
 * Whether a draft's date is its dateline's: "**Tuesday, 4 February 2025 · Theme: "DeepSeek Week" · Host: Gaz**",
 * "**Digest prepared:** Thursday, January 30, 2025 · **Docket No.:** 3:25-cv-00917", „**Mittwoch, 29. Januar 2025 –
 * Straßburg**“: the day the piece is held, filed or aired, a field of its own in a line of such fields, or a line of
 * the day and the place. No source can bear it out or contradict it, however many events other articles date that day.
 * Not „**27. Januar 2025 · Nvidia fällt um 17 Prozent**“, nor „27. Januar 2025 – Nvidia verliert“: a day of what it tells.
 */
export function isDatelineField(line: string, date: Figure): boolean {
  if (date.kind !== 'date') return false;
  const lineStart = line.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = line.indexOf('\n', date.end) < 0 ? line.length : line.indexOf('\n', date.end);
  const before = withoutWeekdayBefore(line.slice(lineStart, date.start));
  const after = line.slice(date.end, lineEnd);
  if (!/[\p{L}\p{N}]/u.test(before.replace(/[\s*_>]/gu, '')) && PLACE_AFTER.test(after)) return true;
  const fieldStart = Math.max(before.lastIndexOf('·'), before.lastIndexOf('|')) + 1;
  const nextSeparator = after.search(FIELD_SEPARATOR);
  const fieldEnd = nextSeparator < 0 ? after.length : nextSeparator;
  const inFields = fieldStart > 0 || nextSeparator >= 0;
  return inFields && FIELD_BEFORE.test(before.slice(fieldStart)) && FIELD_AFTER.test(after.slice(0, fieldEnd)) && !STATES_A_FIGURE.test(before.slice(0, fieldStart) + after.slice(fieldEnd));
}
