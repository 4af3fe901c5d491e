import type { FigureKind } from '../types';

/** Kinds of figure that can state the same fact: percent and percentage points, a date and a year. */
export const FIGURE_FAMILY: Record<FigureKind, string> = {
  percent: 'percent', percentagePoint: 'percent', money: 'money', multiplier: 'multiplier', age: 'age', count: 'count', year: 'date', date: 'date',
};
