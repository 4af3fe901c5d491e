import type { DraftFigure } from '../analysis/draft';
import type { SourceFigure } from '../sources/sourceIndex';
import type { CalendarDate } from '../types';

/**
 * The days of the events a draft tells, each with the source dates that date them: for every value of the draft the
 * sources bear out, the day the agreeing source dates it to ("Nvidia verlor 7,82 Prozent", dated by „Am 27. Januar
 * 2025 …“), and every day a source date bears out. A day the draft names without an event of its own („Mittwoch,
 * 29. Januar 2025 – Straßburg“, "January 27, 2025. A Monday.") is one of these or the piece's own: another article's
 * event of that day (Alibaba's model of 29 January) is no event the draft is about.
 */
export class DaysTheDraftTells {
  private readonly days = new Map<string, { day: CalendarDate; dates: SourceFigure[] }[]>();

  constructor(figures: readonly DraftFigure[], dateOf: (e: SourceFigure) => SourceFigure | undefined) {
    for (const f of figures) {
      // A day that names no event tells none, whatever the sources date to it.
      if (f.match.status !== 'supported' || ((f.figure.kind === 'date' || f.figure.kind === 'year') && f.fact.attributes.length === 0)) continue;
      for (const e of f.match.evidence) {
        if (e.agreement !== 'agrees') continue;
        const ownDay = e.figure.kind === 'date' && e.figure.date?.day !== undefined && e.figure.date.month !== undefined;
        const day = ownDay ? e.figure.date : e.fact.timeOf ? e.fact.time : undefined;
        if (!day?.month || !day.day) continue;
        const date = ownDay ? e : dateOf(e);
        const key = `${day.month}-${day.day}`;
        const told = this.days.get(key) ?? [];
        told.push({ day, dates: date ? [date] : [] });
        this.days.set(key, told);
      }
    }
  }

  /** The source dates of the draft's events on this day (none where it tells none), the first ones first. */
  datesOn(day: CalendarDate): SourceFigure[] | undefined {
    if (!day.month || !day.day) return undefined;
    const told = (this.days.get(`${day.month}-${day.day}`) ?? []).filter((t) => day.year === undefined || t.day.year === undefined || t.day.year === day.year);
    if (told.length === 0) return undefined;
    return [...new Set(told.flatMap((t) => t.dates))];
  }
}
