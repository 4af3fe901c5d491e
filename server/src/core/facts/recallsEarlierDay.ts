import { wordAlternation } from '../context/lexicon';
import type { CalendarDate, Figure, Span } from '../types';
import { DAY_BEFORE_ADVERBS, DAY_BEFORE_ATTRIBUTIVES_DE, DAY_BEFORE_GOVERNORS, DAY_BEFORE_POSSESSIVES_EN, EARLIER_AUXILIARIES, LEAD_IN_ARTICLES, LEAD_IN_CLOSERS } from './tenseWords';

/**
 * A daily report's heading gives its figures their day („## Dienstag, 28. Januar 2025“); a clause of its own that looks
 * back says its figure is of an earlier day: „Am Vortag war Alibaba um 2,4 Prozent gefallen“, „Tencent hatte tags zuvor
 * 1,3 Prozent verloren“, „Gestern fiel Alibaba …“, "The day before, Alibaba had fallen 2.4 percent", "Tencent lost 1.3
 * percent a day earlier", "Yesterday …". Only the figure's own clause counts: in „Alibaba verlor heute 2,4 Prozent,
 * nachdem die Aktie am Vortag gefallen war“ the look back is another clause's, and the 2,4 Prozent are the heading's day's.
 */

/** The figure's own clause: its window, with the asides inside it blanked. */
function ownClause(text: string, figure: Figure): { clause: string; at: number } {
  const window: Span = figure.window ?? { start: 0, end: text.length };
  let clause = text.slice(window.start, window.end);
  for (const a of figure.asides ?? []) clause = clause.slice(0, a.start - window.start) + ' '.repeat(a.end - a.start) + clause.slice(a.end - window.start);
  return { clause, at: window.start };
}

const DAY_BEFORE = new RegExp(`(?<![\\p{L}])(?<!(?<![\\p{L}])(?:${wordAlternation(DAY_BEFORE_GOVERNORS)})\\s+)(?:${wordAlternation(DAY_BEFORE_ADVERBS)})(?![\\p{L}]|['’]s(?![\\p{L}]))`, 'iu');
/**
 * A lead-in of the day before that a colon closes before the figure, in the same sentence: "Yesterday's moves reviewed:
 * Nvidia −7.82%, Broadcom −6.58%", „Die gestrigen Verluste: Nvidia −7,82 %“. Only a lead-in whose head noun is the day
 * before's: it opens its sentence (or line, or a dash), the attributive governs the noun the colon expands, and nothing
 * but a closer of LEAD_IN_CLOSERS follows that noun. A lead-in that only mentions the day before is the day's own: a
 * preposition phrase („Nach dem gestrigen Ausverkauf heute die Gegenbewegung:“, "After yesterday's sell-off, the
 * rebound:"), a verb or a „heute“/"today" of its own ("Yesterday's losers bounced back today:"). Nor the day before as
 * an object of the figure's own clause ("Nvidia extended yesterday's losses, falling 2%"): no colon stands between them.
 */
const LEAD_IN_START = `(?:^|[.!?;:—–]\\s|\\n)[\\s*_>#-]*(?:(?:${wordAlternation(LEAD_IN_ARTICLES)})\\s+)?`;
const GERMAN_HEAD = `(?:${wordAlternation(DAY_BEFORE_ATTRIBUTIVES_DE)})\\s+(?<adjectives>(?:\\p{L}+\\s+){0,2}?)(?<noun>\\p{L}[\\p{L}-]*)`;
const ENGLISH_HEAD = `(?:${wordAlternation(DAY_BEFORE_POSSESSIVES_EN)})\\s+(?:\\p{L}+est\\s+)?[\\p{L}-]+`;
const DAY_BEFORE_LEAD_IN = new RegExp(`${LEAD_IN_START}(?:${GERMAN_HEAD}|${ENGLISH_HEAD})(?:\\s+(?:${wordAlternation(LEAD_IN_CLOSERS)}))?\\s*:[^:]*$`, 'iu');

/** Whether `before` (the sentence up to a figure) ends in such a lead-in; a German head is a capitalized noun after lower-case adjectives. */
function followsDayBeforeLeadIn(before: string): boolean {
  const lead = DAY_BEFORE_LEAD_IN.exec(before);
  if (!lead) return false;
  const { adjectives, noun } = lead.groups ?? {};
  if (noun === undefined) return true;
  return /^\p{Lu}/u.test(noun) && !/\p{Lu}/u.test(adjectives ?? '');
}
const PLUPERFECT = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(EARLIER_AUXILIARIES)})(?![\\p{L}])`, 'iu');

/**
 * How many days before the day it is told under the figure's own clause puts it: „gestern“, "yesterday" one; a
 * duration that counts back ("two days earlier", „einen Tag zuvor“) its days. Undefined where the clause does not look
 * back by days, or counts unsurely („gut zwei Wochen zuvor“), or from another event ("a day before the launch").
 */
export function daysRecalled(text: string, figure: Figure, figures: readonly Figure[]): number | undefined {
  if (figure.durationUnit !== undefined || figure.kind === 'date' || figure.kind === 'year') return undefined;
  const shared = gappedAfter(text, figure, figures);
  if (shared) return daysRecalled(text, shared, figures);
  const { clause, at } = ownClause(text, figure);
  const back = figures.find((f) => f !== figure && f.durationSign === -1 && f.durationAnchor === undefined && f.start >= at && f.end <= at + clause.length && clause.slice(f.start - at, f.end - at).trim() !== '');
  if (back) {
    if (back.approximate || back.bound || !Number.isInteger(back.value) || back.durationUnit === undefined || back.durationUnit > 7) return undefined;
    const days = back.value * back.durationUnit;
    return days > 0 && days <= 31 ? days : undefined;
  }
  return DAY_BEFORE.test(clause) || followsDayBeforeLeadIn(text.slice(0, figure.start)) ? 1 : undefined;
}

/** Where a text says "yesterday" (`DAY_BEFORE_ADVERBS`) of its own clause, not as a noun of another's time: its offset. */
export function dayBeforeAdverbAt(text: string): number | undefined {
  return DAY_BEFORE.exec(text)?.index;
}

/** The day `days` before `day` (a year-less day counted in a common year, as `dayAfter` does). */
export function dayBefore(day: CalendarDate, days: number): CalendarDate | undefined {
  if (day.day === undefined || day.month === undefined) return undefined;
  const moved = new Date(Date.UTC(day.year ?? 2001, day.month - 1, day.day - days));
  return { ...(day.year !== undefined ? { year: moved.getUTCFullYear() } : {}), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Whether the figure's own clause is a pluperfect („hatte … verloren“, "had lost"): of some day before its heading's. */
export function recallsEarlierDay(text: string, figure: Figure): boolean {
  return PLUPERFECT.test(ownClause(text, figure).clause);
}

// A clause of a name and its figure only, its verb left out: ", Broadcom 6,58 Prozent", "and Broadcom by 6.58%".
const GAPPED_LEAD = /^[\s,;]*(?:(?:und|and|sowie|while|während|whereas)\s+)?(?:\p{Lu}[\p{L}\d.&'’-]*\s+){1,3}(?:(?:um|by|mit|with|bei|at)\s+)?$/u;
const GAPPED_TAIL = /^[\s\p{P}]*$/u;

/**
 * "Gestern verlor Nvidia 7,82 Prozent an Wert, Broadcom 6,58 Prozent", "Nvidia fell 7.82% yesterday, Broadcom 6.58%":
 * a clause whose verb is left out shares its predecessor's, and its day with it. The figure of that clause, if this
 * figure's clause is such a gap.
 */
function gappedAfter(text: string, figure: Figure, figures: readonly Figure[]): Figure | undefined {
  const window = figure.window;
  if (window === undefined || window.start === 0) return undefined;
  if (!GAPPED_LEAD.test(text.slice(window.start, figure.start)) || !GAPPED_TAIL.test(text.slice(figure.end, window.end))) return undefined;
  return figures.filter((f) => f.kind === figure.kind && f.end <= window.start && f.durationUnit === undefined).pop();
}
