import type { CalendarDate, Language } from '../types';

const MONTHS: Record<Language, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};

/** A short date as a reader writes it: "27 Jan 2025", "27. Jan. 2025", "Dec 2024", "2023". */
export function formatDate(date: CalendarDate, language: Language): string {
  const month = date.month ? MONTHS[language][date.month - 1] : undefined;
  const day = date.day === undefined ? undefined : language === 'de' ? `${date.day}.` : String(date.day);
  return [day, month, date.year].filter((p) => p !== undefined).join(' ');
}
