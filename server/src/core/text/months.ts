/** Month names and abbreviations, German and English, lower case → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['january', 1], ['jan', 1],
  ['februar', 2], ['february', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['march', 3], ['mär', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5], ['may', 5],
  ['juni', 6], ['june', 6], ['jun', 6],
  ['juli', 7], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['december', 12], ['dez', 12], ['dec', 12],
]);

export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

export const MONTH_NAMES: Record<'de' | 'en', string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
