import type { CalendarDate, Figure, Language } from '../types';
import { caseAsWritten } from '../text/caseAsWritten';
import { MONTH_NAMES, MONTH_PATTERN } from '../text/months';
import { GROUP_SPACE, SPACE_GROUPED_NUMERAL, roundingStep } from './numerals';
import { spelledNumber } from './spellNumber';
import { writtenLanguage } from './writtenLanguage';
import { GERMAN_SCALE_ABBREVIATION, ownAbbreviationFor } from './ownScaleAbbreviations';
import { CURRENCIES, CURRENCY_AFTER_PATTERN, NUMBER_WORDS, ONE_WORDS, PERCENT_WORD, PERCENT_WORD_PATTERN, SCALE_WORD_PATTERN, leadingNumberWord, numberWordFor, oneBefore } from './vocabulary';

// "60 000" is one number, so its fix is "50 000" and not "50000 000".
const NUMERAL = new RegExp(`${SPACE_GROUPED_NUMERAL}|\\d+(?:[.,]\\d+)*`, 'u');
const SPACE_GROUP = new RegExp(`\\d(${GROUP_SPACE})\\d{3}`, 'u');
const HALF_AFTER_WORD = /^\s+and\s+a\s+half(?![\p{L}])/iu;
/** The German words for one, as an article before a scale word ("eine Milliarde"). */
const GERMAN_ONE = /^ein(?:e[mnrs]?|s)?$/i;
const SCALE_WORD = new RegExp(`(?<![\\p{L}])(${SCALE_WORD_PATTERN})(?![\\p{L}])`, 'iu');
/** A percentage written with a word or sign for percent (not "1 in 4", „fast die Hälfte“). */

/**
 * The draft figure as written, with the source's value put in: same currency symbol, scale word, unit and separators
 * as the draft ("$6.5 million" → "$5.6 million", "8,72 %" → "7,82 %", "Juli 2022" → "Juli 2023").
 */
export function rewriteWithSourceValue(draft: Figure, source: Figure, documentLanguage: Language): string | undefined {
  // The figure's own words say its language: „Juni 2023“ in an English page's German tab is answered „Juli 2023“.
  const language = writtenLanguage(draft.text, documentLanguage);
  if (draft.kind === 'date') return rewriteDate(draft, source, language);
  if (draft.partOf !== undefined) return rewritePartOfWhole(draft, draft.partOf, source, language);
  // "a week before" where the sources put both events on one day: "0 weeks" is no fix.
  if (draft.durationUnit && source.value === 0) return undefined;
  // "a week before R1" where V3 is dated "Dezember 2024": three to seven weeks, no one number to put in. Nor a firm's
  // age told in years where its span is a year and a half ("knapp drei Jahre alt": 1–2).
  if ((draft.durationUnit || draft.kind === 'age') && source.derivedFrom && source.approximate) return undefined;
  // "1 in 4", "fast die Hälfte": a share told in other words than a percentage has no one number to put in.
  if (draft.kind === 'percent' && /\s/.test(draft.text) && !PERCENT_WORD.test(draft.text)) return undefined;
  // "7 % of what GPT-4o cost" is read as a ratio (about 14 times less): the source's ratio is no percentage to put in.
  if (draft.kind === 'multiplier' && PERCENT_WORD.test(draft.text)) return undefined;
  const numeral = NUMERAL.exec(draft.text);
  // The digits keep the decimal mark the draft gave them ("8,72 percent" → "7,82 percent"); the words say the rest.
  const digitsLanguage = (numeral && decimalMarkLanguage(numeral[0])) ?? language;
  // "1 Mrd." where the source says 200 Millionen: "200 Mio.", not "0,200 Mrd."; and "1 Mrd." rather than "1000 Mio.".
  const atDraftScale = Math.abs(source.value) / 10 ** draft.scale;
  const rescale = numeral && draft.scale > 0 && source.scale > 0 && source.scale !== draft.scale && (atDraftScale < 1 || atDraftScale >= 1000) && SCALE_WORD.test(draft.text);
  const scale = rescale ? source.scale : draft.scale;
  const atScale = Math.abs(source.value) / 10 ** scale;
  // "+35.00%" in a table whose cells all show two places: "+25.00%", not "+25%" — zeros the draft sets for its layout.
  const decimals = Math.max(0, Math.round(-Math.log10(source.precision / 10 ** scale)), numeral ? layoutDecimals(numeral[0], digitsLanguage) : 0);
  // "0.26 million" for 260,000, not "0.260000 million": a count's exactness is no reason for trailing zeros.
  // Grouped as the draft groups: "50.000", "50,000", "50 000".
  const grouping = numeral ? SPACE_GROUP.exec(numeral[0])?.[1] ?? /\d[.,]\d{3}(?!\d)/.test(numeral[0]) : atScale >= 10_000;
  const written = trimZeros(formatNumber(atScale, digitsLanguage, decimals, grouping), scale);
  // "200 Millionen Yuan" where the source says "eine Milliarde Yuan": the source's article, not "1 Milliarde".
  const sourceArticle = source.text.split(/\s/)[0];
  const fullScaleWord = FULL_SCALE_WORD.test(SCALE_WORD.exec(draft.text)?.[1] ?? '');
  const spelledOut = !/[$€¥£]/.test(draft.text) && fullScaleWord;
  // Only an article of the draft's language: "200 million yuan" against "eine Milliarde Yuan" is "1 billion yuan", not
  // "eine billion yuan".
  const one = rescale && spelledOut && atScale === 1 && ONE_WORDS.has(sourceArticle.toLowerCase()) && GERMAN_ONE.test(sourceArticle) === (language === 'de') ? sourceArticle : undefined;
  if (numeral) {
    const text = draft.text.slice(0, numeral.index) + (one ?? written) + draft.text.slice(numeral.index + numeral[0].length);
    // „2 Milliarden“ against „1 Milliarde“: „1 Milliarde“, the scale word in the number it then has.
    return rescale || fullScaleWord ? withScaleWord(text, scale, atScale, language) : text;
  }
  // "eine Milliarde Yuan" where the source says "200 Millionen Yuan": the article stands for the number.
  const article = draft.text.split(/\s/)[0];
  if (ONE_WORDS.has(article.toLowerCase()) && draft.scale > 0 && source.scale > 0 && SCALE_WORD.test(draft.text)) {
    const atSourceScale = Math.abs(source.value) / 10 ** source.scale;
    const sourceDecimals = Math.max(0, Math.round(-Math.log10(source.precision / 10 ** source.scale)));
    return withScaleWord(formatNumber(atSourceScale, language, sourceDecimals, false) + draft.text.slice(article.length), source.scale, atSourceScale, language);
  }
  // "höchstens ein Jahr" against "zwei bis drei Jahre": no one value to put in.
  const counted = Number.isInteger(source.value) && !draft.bound && !source.range ? countOfUnits(draft.text, Math.abs(source.value), language) : undefined;
  if (counted) return counted;
  // A number word ("sieben", "seven"): the source's value as a word where there is one, else in digits. A verb
  // ("doubled") has no clear replacement.
  // "Two hundred million yuan": the whole number word is replaced, not its first word.
  const first = leadingNumberWord(draft.text);
  if (!first) return undefined;
  // "zwei Milliarden" where the source says "eine Milliarde": the number before the scale word, and the scale word in
  // the number it then has ("eine Milliarde", "one billion"), not "1 Milliarden".
  const beforeScale = draft.scale > 0 && SCALE_WORD.test(draft.text);
  const value = beforeScale ? atScale : Math.abs(source.value);
  // "only two percent" where the source says „nur ein Prozent“: "one percent", not "1 percent" (oneBefore).
  const countedWord = draft.text.slice(first.length).trim().split(/\s+/)[0] ?? '';
  const word = beforeScale && value === 1 ? (language === 'de' ? 'eine' : 'one') : value === 1 ? oneBefore(countedWord, language) : Number.isInteger(value) ? numberWordFor(value, language) ?? pastTwelve(draft, beforeScale, first, value, language) : undefined;
  const asWritten = word && /^\p{Lu}/u.test(first) ? word[0].toUpperCase() + word.slice(1) : word;
  // "two and a half times" against a tripling: the half is part of the number replaced ("three times", not "three and
  // a half times").
  const half = HALF_AFTER_WORD.exec(draft.text.slice(first.length))?.[0] ?? '';
  const text = (asWritten ?? written) + draft.text.slice(first.length + half.length);
  return beforeScale ? withScaleWord(text, scale, value, language) : text;
}

/**
 * "580 of the world's 1,328 AI models" where the source says 36 %: the count that share makes of the draft's whole,
 * rounded as the draft rounds its count ("480", not "36"); only a percentage says what share that is.
 */
function rewritePartOfWhole(draft: Figure, whole: number, source: Figure, language: Language): string | undefined {
  const numeral = NUMERAL.exec(draft.text);
  if (!numeral || source.kind !== 'percent' || source.range) return undefined;
  const written = Number(numeral[0].replace(/\D/g, ''));
  const step = roundingStep(written);
  const count = Math.round(((Math.abs(source.value) / 100) * whole) / step) * step;
  if (!(count > 0) || count === written) return undefined;
  const grouping = SPACE_GROUP.exec(numeral[0])?.[1] ?? /\d[.,]\d{3}(?!\d)/.test(numeral[0]);
  return draft.text.slice(0, numeral.index) + formatNumber(count, language, 0, grouping) + draft.text.slice(numeral.index + numeral[0].length);
}

/** A scale word written out, which German inflects for one ("Milliarde", "Millionen"), not an abbreviation ("Mrd.", "bn"). */
const FULL_SCALE_WORD = /^\p{L}{4,}$/u;

/**
 * „vierzigtausend“ where the source says 50.000: „fünfzigtausend“. A writer who spells a number past twelve spells
 * the source's too; one who spells only the small ones ("seven") gets digits for 1328. A capital says the number opens
 * its sentence, where style wants it spelt whatever its size: „Fünfzig Milliarden Dollar …“ gets „500 Milliarden“.
 */
function pastTwelve(draft: Figure, beforeScale: boolean, first: string, value: number, language: Language): string | undefined {
  if (Math.abs(beforeScale ? draft.mantissa : draft.value) <= 12 || /^\p{Lu}/u.test(first)) return undefined;
  // "two hundred million yuan" against „eine Milliarde“: "one thousand million" would put a second scale word before the
  // one the fix replaces ("one million million"); digits say it once.
  if (beforeScale && value >= 1000) return undefined;
  return spelledNumber(value, language, /\sand\s/i.test(first));
}

/**
 * The language whose decimal mark a numeral shows, where it shows one beyond doubt ("8,72", "5.6", "1.234,5"); none for
 * "1,328" or "50.000" (a group or a fraction) or a numeral without a mark.
 */
function decimalMarkLanguage(numeral: string): Language | undefined {
  const last = /([.,])(\d+)$/.exec(numeral);
  if (!last) return undefined;
  const marks = numeral.match(/[.,]/g) ?? [];
  if (marks.some((m) => m !== last[1])) return last[1] === ',' ? 'de' : 'en';
  if (marks.length > 1 || last[2].length === 3) return undefined;
  return last[1] === ',' ? 'de' : 'en';
}

/** The decimals of a numeral whose fraction is all zeros ("35.00", „35,00“): set for a layout, not for precision. */
function layoutDecimals(numeral: string, language: Language): number {
  const zeros = new RegExp(`\\${language === 'de' ? ',' : '.'}(0{1,2})$`).exec(numeral);
  return zeros ? zeros[1].length : 0;
}

/**
 * The draft figure with the source's scale word in the draft's language ("5,6 Milliarden" → "5,6 Millionen"), shortened
 * as the figures around it shorten that scale, if they do (`own`: "$5.6bn" → "$5.6mn" beside "$78mn").
 */
export function rewriteWithSourceScale(draft: Figure, source: Figure, documentLanguage: Language, own?: ReadonlyMap<number, string>): string | undefined {
  const language = writtenLanguage(draft.text, documentLanguage);
  if (!SCALE_WORD.test(draft.text)) return undefined;
  // "10 million" where the source writes "10.000": its digits in full, grouped as the draft's language groups them.
  if (source.scale === 0) {
    const numberAndScale = new RegExp(`${NUMERAL.source}\\s*(?:${SCALE_WORD.source})`, 'iu');
    if (!numberAndScale.test(draft.text)) return undefined;
    return draft.text.replace(numberAndScale, formatNumber(Math.abs(source.value), language, 0, true));
  }
  // The scale the draft's own digits need: "eine halbe Milliarde" for 500 Milliarden is "eine halbe Billion".
  const shift = draft.value && source.value ? 3 * Math.round(Math.log10(Math.abs(source.value) / Math.abs(draft.value)) / 3) : source.scale - draft.scale;
  return withScaleWord(draft.text, draft.scale + shift, draft.mantissa, language, own);
}

/** The text with its scale word replaced by the one for `scale`, abbreviated as the draft abbreviates ("Mio." → "Mrd."). */
function withScaleWord(text: string, scale: number, mantissa: number, language: Language, own?: ReadonlyMap<number, string>): string | undefined {
  const written = SCALE_WORD.exec(text)?.[1];
  if (!written) return undefined;
  const owned = ownAbbreviationFor(scale, written, own);
  if (owned !== undefined) return text.replace(SCALE_WORD, owned);
  // An abbreviation is answered in its own language: "Mio." with "Mrd.", "m" with "bn".
  const german = GERMAN_SCALE_ABBREVIATION.test(written);
  // A terminal feed's "MLN" is answered with "BLN", in its own case.
  const terminal = /^(mln|bln)\.?$/i.test(written);
  if (terminal && TERMINAL_SCALE[scale]) {
    return text.replace(SCALE_WORD, caseAsWritten(TERMINAL_SCALE[scale] + (written.endsWith('.') ? '.' : ''), written));
  }
  const abbreviated = german || /^(mn|bn|bln|tn|m|k)$/i.test(written);
  // "$5.6B", "¥200K": a capital letter is answered with one.
  // "¥200k" → "¥200M": thousands are "k" by the SI's rule whatever a writer's case, so only "M", "B" and "T" say it.
  const capital = /^[KMBT]$/.test(written) || (written === 'k' && scale > 3);
  // "eine halbe Milliarde": a fraction of one scale word written in the singular is answered in the singular.
  const one = mantissa === 1 || (mantissa < 1 && /^(?:million|milliarde|billion)$/i.test(written));
  // A German Million, Milliarde or Billion is a noun, capitalised whatever the case of the „tausend“ it replaces.
  const noun = language === 'de' && scale > 3 && written !== written.toUpperCase();
  const word = capital ? CAPITAL_SCALE[scale] : abbreviated ? SCALE_ABBREVIATIONS[german ? 'de' : 'en'][scale] : scaleWord(scale, one, language);
  return word ? text.replace(SCALE_WORD, capital || abbreviated ? word : caseAsWritten(word, written, noun)) : undefined;
}

const CAPITAL_SCALE: Record<number, string> = { 3: 'K', 6: 'M', 9: 'B', 12: 'T' };
const TERMINAL_SCALE: Record<number, string> = { 6: 'mln', 9: 'bln' };

const SCALE_ABBREVIATIONS: Record<Language, Record<number, string>> = {
  de: { 3: 'Tsd.', 6: 'Mio.', 9: 'Mrd.', 12: 'Bio.' },
  en: { 3: 'k', 6: 'm', 9: 'bn', 12: 'tn' },
};

function scaleWord(scale: number, one: boolean, language: Language): string | undefined {
  if (language === 'de') return ({ 3: 'Tausend', 6: one ? 'Million' : 'Millionen', 9: one ? 'Milliarde' : 'Milliarden', 12: one ? 'Billion' : 'Billionen' } as Record<number, string>)[scale];
  return ({ 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion' } as Record<number, string>)[scale];
}

/** `grouped`: whether thousands are set apart, by the language's mark or by the space given ("10 000"). */
export function formatNumber(value: number, language: Language, decimals: number, grouped: boolean | string): string {
  const [integer, fraction] = value.toFixed(decimals).split('.');
  const thousands = typeof grouped === 'string' ? grouped : language === 'de' ? '.' : ',';
  const decimal = language === 'de' ? ',' : '.';
  const groupedInteger = grouped ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : integer;
  return fraction ? `${groupedInteger}${decimal}${fraction}` : groupedInteger;
}

function rewriteDate(draft: Figure, source: Figure, language: Language): string | undefined {
  const want = source.date ?? {};
  const have = draft.date ?? {};
  if (SLASHED_DATE.test(draft.text)) return rewriteSlashedDate(draft.text, have, want);
  const numbered = NUMBERED_DATES.find(({ pattern }) => pattern.test(draft.text));
  if (numbered) return rewriteNumberedDate(draft.text, numbered, have, want);
  let text = draft.text;
  // "Jul-22" → "Jul-23": a year written with two digits after a hyphen stays two digits.
  if (want.year !== undefined && have.year !== undefined && want.year !== have.year) text = /\d{4}/.test(text) ? text.replace(/\d{4}/, String(want.year)) : text.replace(/(?<=-)\d{2}$/, String(want.year % 100).padStart(2, '0'));
  // "21st of January" → "20th of January": an English ordinal's suffix goes with its day.
  if (want.day !== undefined && have.day !== undefined && want.day !== have.day) text = text.replace(/(?<!\d)\d{1,2}(?!\d)((?:st|nd|rd|th)(?![\p{L}]))?/u, (_, suffix?: string) => `${want.day}${suffix ? ordinalSuffix(want.day!) : ''}`);
  if (want.month !== undefined && have.month !== undefined && want.month !== have.month) {
    text = text.replace(new RegExp(`(?<![\\p{L}])(${MONTH_PATTERN})(\\.?)(?![\\p{L}])`, 'iu'), (_, written: string, dot: string) => monthAsWritten(written, dot, want.month!, language));
  }
  return text === draft.text ? undefined : text;
}

/** "1/20/25", "01/20/2025", "12/2024": a date of numbers between slashes, its year last. */
const SLASHED_DATE = /^(\d{1,2})\/(?:(\d{1,2})\/)?(\d{4}|\d{2})$/;

/** Dates of numbers only whose parts stand in one order: ISO's "2025-01-27", the German „27.01.2025“ and „27.01.25“. */
interface NumberedDate {
  pattern: RegExp;
  order: ReadonlyArray<'year' | 'month' | 'day'>;
  separator: string;
}
const NUMBERED_DATES: readonly NumberedDate[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['year', 'month', 'day'], separator: '-' },
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/, order: ['day', 'month', 'year'], separator: '.' },
];

/** A date part answered as wide as the draft wrote it: a two-digit year stays two digits ("25"), a day or month keeps its leading zero ("01"). */
function partAsWritten(written: string, value: number | undefined): string {
  return value === undefined ? written : String(written.length === 2 && value > 99 ? value % 100 : value).padStart(written.length, '0');
}

/** "2025-01-30" → "2025-01-27", „28.02.2025“ → „27.01.2025“: each part answered where the draft wrote it, in its shape. */
function rewriteNumberedDate(text: string, { pattern, order, separator }: NumberedDate, have: CalendarDate, want: CalendarDate): string | undefined {
  const written = pattern.exec(text)!.slice(1);
  const rewritten = order.map((part, i) => partAsWritten(written[i], want[part] ?? have[part])).join(separator);
  return rewritten === text ? undefined : rewritten;
}

/**
 * "1/21/25" → "1/20/25", "11/2024" → "12/2024": each part answered where the draft wrote it, as wide as it wrote it
 * ("01/22/2025" → "01/20/2025"); the month first or the day first, as the draft's own reading has it.
 */
function rewriteSlashedDate(text: string, have: CalendarDate, want: CalendarDate): string | undefined {
  const [, first, second, year] = SLASHED_DATE.exec(text)!;
  const monthFirst = second === undefined || +first === have.month;
  const day = second === undefined ? undefined : partAsWritten(monthFirst ? second : first, want.day ?? have.day);
  const month = partAsWritten(monthFirst ? first : second!, want.month ?? have.month);
  const parts = day === undefined ? [month] : monthFirst ? [month, day] : [day, month];
  const rewritten = [...parts, partAsWritten(year, want.year ?? have.year)].join('/');
  return rewritten === text ? undefined : rewritten;
}

/**
 * The month in the draft's form: "Nov 2024" → "Dec 2024", „Nov. 2024“ → „Dez. 2024“, "NOV" → "DEC"; a name written
 * in full is answered in full ("November" → "December"). A dotted abbreviation of a short name is no abbreviation:
 * „Mai“, "June".
 */
function monthAsWritten(written: string, dot: string, month: number, language: Language): string {
  const name = MONTH_NAMES[language][month - 1];
  const full = MONTH_NAMES.de.concat(MONTH_NAMES.en).some((n) => n.toLowerCase() === written.toLowerCase());
  const short = full ? name : dot && name.length <= 4 ? name : name.slice(0, 3) + dot;
  return caseAsWritten(short, written, true);
}

/** 1 → "st", 2 → "nd", 3 → "rd", 11–13 → "th", 21 → "st". */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

const PERCENT_UNIT = new RegExp(`(prozent-?punkte?n?|percentage[- ]points?|pp|${PERCENT_WORD_PATTERN})$`, 'iu');

/** "7 percent" → "7 percentage points" and back, in the draft's language. */
export function rewriteWithSourceUnit(draft: Figure, source: Figure, documentLanguage: Language): string | undefined {
  const language = writtenLanguage(draft.text, documentLanguage);
  if (!PERCENT_UNIT.test(draft.text)) return undefined;
  const unit = source.kind === 'percentagePoint' ? (language === 'de' ? 'Prozentpunkte' : 'percentage points') : language === 'de' ? 'Prozent' : 'percent';
  return draft.text.replace(PERCENT_UNIT, unit).replace(/(\d)(?=[\p{L}])/u, '$1 ');
}

const CURRENCY_TOKEN = new RegExp(`(?<![\\p{L}])(${CURRENCY_AFTER_PATTERN}|us\\$)(?![\\p{L}])`, 'iu');
const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', CNY: '¥', GBP: '£' };
const CURRENCY_WORD: Record<Language, Record<string, string>> = {
  de: { USD: 'Dollar', EUR: 'Euro', CNY: 'Yuan', GBP: 'Pfund' },
  en: { USD: 'dollars', EUR: 'euros', CNY: 'yuan', GBP: 'pounds' },
};

/** The draft's sum in the source's currency, written as the draft writes currencies ("€5.6 million" → "$5.6 million"). */
export function rewriteWithSourceCurrency(draft: Figure, source: Figure, documentLanguage: Language): string | undefined {
  const language = writtenLanguage(draft.text, documentLanguage);
  const token = CURRENCY_TOKEN.exec(draft.text);
  if (!token || !source.currency) return undefined;
  const written = token[1];
  const symbol = !/\p{L}/u.test(written);
  const wanted = symbol ? CURRENCY_SYMBOL[source.currency] : /^[A-Z]{3}$/.test(written) ? source.currency : CURRENCY_WORD[language][source.currency];
  if (!wanted || CURRENCIES.get(written.toLowerCase()) === source.currency) return undefined;
  return draft.text.slice(0, token.index) + wanted + draft.text.slice(token.index + written.length);
}

/** Units of time a writer counts in words, with the article for one: [one, several, dative plural, article, dative article]. */
const UNITS_OF_TIME: Record<Language, Array<[string, string, string, string, string]>> = {
  de: [['Tag', 'Tage', 'Tagen', 'ein', 'einem'], ['Woche', 'Wochen', 'Wochen', 'eine', 'einer'], ['Monat', 'Monate', 'Monaten', 'ein', 'einem'], ['Jahr', 'Jahre', 'Jahren', 'ein', 'einem'], ['Stunde', 'Stunden', 'Stunden', 'eine', 'einer']],
  en: [['day', 'days', 'days', 'one', 'one'], ['week', 'weeks', 'weeks', 'one', 'one'], ['month', 'months', 'months', 'one', 'one'], ['year', 'years', 'years', 'one', 'one'], ['hour', 'hours', 'hours', 'one', 'one']],
};

/**
 * "zwei Wochen" where the source says one: "eine Woche", not "1 Wochen"; "ein Jahr" where it says three: "drei Jahre".
 * Undefined unless the draft counts a unit of time in words.
 */
function countOfUnits(text: string, value: number, language: Language): string | undefined {
  const m = /^(\p{L}+)(\s+)(\p{L}+)$/u.exec(text);
  if (!m) return undefined;
  const [, count, space, noun] = m;
  if (!NUMBER_WORDS.has(count.toLowerCase()) && !ONE_WORDS.has(count.toLowerCase())) return undefined;
  const unit = UNITS_OF_TIME[language].find(([one, several, dative]) => [one, several, dative].includes(noun));
  if (!unit) return undefined;
  const [one, several, dative, article, dativeArticle] = unit;
  const isDative = noun === dative && dative !== several || /^(einem|einer)$/i.test(count);
  const word = value === 1 ? (isDative ? dativeArticle : article) : numberWordFor(value, language) ?? String(value);
  const written = /^\p{Lu}/u.test(count) ? word[0].toUpperCase() + word.slice(1) : word;
  return `${written}${space}${value === 1 ? one : isDative ? dative : several}`;
}

/** Trailing zeros of a value rescaled to a scale word ("0.260000 million" → "0.26 million"); plain values keep theirs. */
function trimZeros(written: string, scale: number): string {
  return scale > 0 ? written.replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '') : written;
}
