import type { FigureKind, Language } from '../types';
import { caselessRegExp } from '../text/caselessPattern';
import { PAIR_BETWEEN, wordAlternation as alternation } from '../context/lexicon';

/** Number words that count as figures on their own ("sechs kleinere Versionen", "six smaller versions"). */
const GERMAN_NUMBER_WORDS: Array<[string, number]> = [
  ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
  ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['hundert', 100], ['tausend', 1000],
];
/** "einundzwanzig", "achtundsiebzig", "neunundneunzig": German writes the units before the tens, in one word. */
const GERMAN_UNIT_BEFORE_TENS: Array<[string, number]> = [['ein', 1] as [string, number], ...GERMAN_NUMBER_WORDS.filter(([, n]) => n < 10)].flatMap(([unit, u]) =>
  GERMAN_NUMBER_WORDS.filter(([, n]) => n >= 20 && n < 100).map(([tens, t]): [string, number] => [`${unit}und${tens}`, t + u]));
/** "zehntausend", "fünfzigtausend", "dreihundert": German writes hundreds and thousands as one word. */
const GERMAN_COMPOUNDS: Array<[string, number]> = GERMAN_NUMBER_WORDS.filter(([, n]) => n >= 2 && n <= 90 && (n < 10 || n % 10 === 0 || n < 20)).flatMap(([word, n]): Array<[string, number]> => [
  [`${word}tausend`, n * 1000], ...(n < 10 ? [[`${word}hundert`, n * 100] as [string, number]] : []),
]).concat([['hunderttausend', 100_000]]);
const ENGLISH_NUMBER_WORDS: Array<[string, number]> = [
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
];
/**
 * "twenty-one", "two hundred", "three thousand", "twenty thousand": English writes these as two words; read as one
 * number, not as "two" and a stray "hundred".
 */
const ENGLISH_UNITS = ENGLISH_NUMBER_WORDS.filter(([, n]) => n < 10);
const ENGLISH_COMPOUNDS: Array<[string, number]> = [
  // A speech-to-text transcript writes them without the hyphen ("twenty six million euros", "seventy eight million").
  ...ENGLISH_NUMBER_WORDS.filter(([, n]) => n >= 20 && n < 100).flatMap(([tens, t]) => [['one', 1] as [string, number], ...ENGLISH_UNITS].flatMap(([unit, u]): Array<[string, number]> => [[`${tens}-${unit}`, t + u], [`${tens} ${unit}`, t + u]])),
  ...[['one', 1] as [string, number], ...ENGLISH_UNITS].map(([unit, u]): [string, number] => [`${unit} hundred`, u * 100]),
  ...ENGLISH_NUMBER_WORDS.filter(([, n]) => n < 100).map(([word, n]): [string, number] => [`${word} thousand`, n * 1000]),
];
/**
 * The words by which a table row or column says its number is someone's age ("| Alter des Gründers | 40 |",
 * "| Founder's age | 40 |", "| Age | 40 |"), and the nouns an age is counted in ("| 40 Jahre | Alter von … |").
 */
export const AGE_LABEL_WORDS = ['alter', 'lebensalter', 'age'];
export const AGE_YEAR_NOUNS = ['jahre', 'years'];
/**
 * Words that say a bracketed number is a score, not someone's age ("Claude Sonnet (92, HumanEval score)",
 * „(92, HumanEval-Wert)“); also as the end of a compound („Benchmark-Ergebnis“, „Testwert“).
 */
export const SCORE_WORDS = ['score', 'scores', 'scored', 'benchmark', 'result', 'points', 'wert', 'werte', 'ergebnis', 'punkte', 'punktzahl'];
/** The German ones also end a compound („Testwert“, „Benchmark-Ergebnis“). */
export const SCORE_COMPOUND_TAILS = ['wert', 'werte', 'ergebnis', 'punkte', 'punktzahl'];

/** "anderthalb Jahre", "zweieinhalb Millionen": German writes a half into the number word. */
const GERMAN_HALVES: Array<[string, number]> = [
  ['anderthalb', 1.5], ['eineinhalb', 1.5], ['zweieinhalb', 2.5], ['dreieinhalb', 3.5], ['viereinhalb', 4.5], ['fünfeinhalb', 5.5],
  ['sechseinhalb', 6.5], ['siebeneinhalb', 7.5], ['achteinhalb', 8.5], ['neuneinhalb', 9.5], ['zehneinhalb', 10.5],
];
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...GERMAN_NUMBER_WORDS, ...GERMAN_UNIT_BEFORE_TENS, ...GERMAN_COMPOUNDS, ...GERMAN_HALVES, ...ENGLISH_NUMBER_WORDS, ...ENGLISH_COMPOUNDS]);

/**
 * "a hundred and thirty", "five hundred and eighty-nine", "one thousand three hundred and twenty-eight",
 * „hundertdreißig“, „fünfhundertneunundachtzig“, „eintausenddreihundertachtundzwanzig“: a number past a hundred said
 * in words is composed of parts, too many to list; it is read by its grammar, from the same words.
 */
const wordsOf = (list: Array<[string, number]>, keep: (n: number) => boolean) => list.filter(([, n]) => keep(n)).map(([w]) => w);
const HUNDRED = 100;
const THOUSAND = 1000;
/** The words that scale the count before them ("five hundred", „dreitausend“), taken from the number words of each language. */
const [ENGLISH_HUNDRED, ENGLISH_THOUSAND] = [HUNDRED, THOUSAND].map((scale) => wordsOf(ENGLISH_NUMBER_WORDS, (n) => n === scale)[0]);
const [GERMAN_HUNDRED, GERMAN_THOUSAND] = [HUNDRED, THOUSAND].map((scale) => wordsOf(GERMAN_NUMBER_WORDS, (n) => n === scale)[0]);
/** „hundert“ and "hundred", „tausend“ and "thousand" → what they multiply by: the end of „zwei- bis dreihundert“ too. */
export const PART_SCALE_WORDS: ReadonlyMap<string, number> = new Map([[GERMAN_HUNDRED, HUNDRED], [ENGLISH_HUNDRED, HUNDRED], [GERMAN_THOUSAND, THOUSAND], [ENGLISH_THOUSAND, THOUSAND]]);
const ENGLISH_PART_UNITS = ['one', ...wordsOf(ENGLISH_NUMBER_WORDS, (n) => n < 10)];
const ENGLISH_BELOW_HUNDRED = `(?:(?:${wordsOf(ENGLISH_NUMBER_WORDS, (n) => n >= 20 && n < 100).join('|')})(?:(?:-|\\s+)(?:${ENGLISH_PART_UNITS.join('|')}))?` +
  `|${wordsOf(ENGLISH_NUMBER_WORDS, (n) => n >= 10 && n < 20).join('|')}|${ENGLISH_PART_UNITS.join('|')})`;
/** "two hundred and fifty thousand" is one number, "ten thousand and fifty thousand" two: a tail never takes a later scale's count. */
const NO_LATER_SCALE = `(?!\\s+(?:${ENGLISH_HUNDRED}|${ENGLISH_THOUSAND})(?![\\p{L}]))`;
/** The counts of hundreds: "five hundred", and the teens a speaker says for a thousand and more ("thirteen hundred and twenty-eight"). */
const ENGLISH_HUNDRED_COUNTS = [...ENGLISH_PART_UNITS, ...wordsOf(ENGLISH_NUMBER_WORDS, (n) => n >= 10 && n < 20)];
const englishHundreds = (after: string) => `(?:(?:a|${ENGLISH_HUNDRED_COUNTS.join('|')})\\s+)?${ENGLISH_HUNDRED}(?:\\s+(?:and\\s+)?${ENGLISH_BELOW_HUNDRED}(?![\\p{L}-])${after})?`;
const ENGLISH_HUNDREDS = englishHundreds(NO_LATER_SCALE);
const ENGLISH_COMPOSED = `(?:(?:${englishHundreds('')}|${ENGLISH_BELOW_HUNDRED}|a)\\s+${ENGLISH_THOUSAND}(?:\\s+(?:and\\s+)?(?:${ENGLISH_HUNDREDS}|${ENGLISH_BELOW_HUNDRED})(?![\\p{L}-])${NO_LATER_SCALE})?|${ENGLISH_HUNDREDS})`;
const GERMAN_PART_UNITS = wordsOf(GERMAN_NUMBER_WORDS, (n) => n < 10);
const GERMAN_BELOW_HUNDRED = `(?:(?:ein|${GERMAN_PART_UNITS.join('|')})und(?:${wordsOf(GERMAN_NUMBER_WORDS, (n) => n >= 20 && n < 100).join('|')})` +
  `|${wordsOf(GERMAN_NUMBER_WORDS, (n) => n >= 10 && n < 100).sort((a, b) => b.length - a.length).join('|')}|eins|${GERMAN_PART_UNITS.join('|')})`;
const GERMAN_HUNDRED_COUNTS = [...GERMAN_PART_UNITS, ...wordsOf(GERMAN_NUMBER_WORDS, (n) => n >= 10 && n < 20)];
const GERMAN_HUNDREDS = `(?:ein|${GERMAN_HUNDRED_COUNTS.join('|')})?${GERMAN_HUNDRED}(?:und)?(?:${GERMAN_BELOW_HUNDRED})?`;
const GERMAN_COMPOSED = `(?:(?:${GERMAN_HUNDREDS}|${GERMAN_BELOW_HUNDRED}|ein)?${GERMAN_THOUSAND}(?:und)?(?:${GERMAN_HUNDREDS}|${GERMAN_BELOW_HUNDRED})?|${GERMAN_HUNDREDS})`;
/** The word that joins a number's parts ("a hundred and thirty", „hundertunddreißig“): it adds nothing. */
const NUMBER_PART_JOINERS = ['und', 'and'];
/** The parts a composed number word is read from: a count adds, "hundred" multiplies the count since the last thousand, "thousand" closes it. */
const NUMBER_PARTS: ReadonlyMap<string, number> = new Map([...GERMAN_NUMBER_WORDS, ...ENGLISH_NUMBER_WORDS, ['one', 1], ['ein', 1], ['eins', 1], ['a', 1]]);
const NUMBER_PART = new RegExp(`^(?:${[...NUMBER_PARTS.keys(), ...NUMBER_PART_JOINERS].sort((a, b) => b.length - a.length).join('|')})`, 'u');
const COMPOSED_NUMBER_WORD = new RegExp(`^(?:${ENGLISH_COMPOSED}|${GERMAN_COMPOSED})$`, 'iu');

/**
 * "six and a half percent", "twenty and a half", „fünfzehneinhalb Prozent“: a whole and a half, the half after the
 * whole (English apart, German in one word); "six" and a stray "a half" (50 %) would be two wrong figures.
 */
const ENGLISH_AND_A_HALF = `(?:${ENGLISH_COMPOSED}|${ENGLISH_BELOW_HUNDRED})\\s+and\\s+a\\s+half(?![\\p{L}-])`;
const GERMAN_AND_A_HALF = `(?:${GERMAN_COMPOSED}|${GERMAN_BELOW_HUNDRED})einhalb`;
const AND_A_HALF = /(?:\s+and\s+a\s+half|einhalb)$/iu;

/** The value of a number past a hundred told in words ("five hundred and eighty-nine" → 589), or undefined. */
function composedNumberValue(written: string): number | undefined {
  const half = AND_A_HALF.exec(written);
  if (half) {
    const whole = written.slice(0, half.index);
    const value = NUMBER_WORDS.get(whole) ?? composedNumberValue(whole);
    return value === undefined ? undefined : value + 0.5;
  }
  // The parts first, the grammar after: most words asked about (any word after "the", „die“) are made of no number's
  // parts, and the grammar's pattern (COMPOSED_NUMBER_WORD, under `iu`) costs a process 0.1 s of CPU at its first use.
  const parts: string[] = [];
  for (const word of written.toLowerCase().split(/[\s-]+/)) {
    let rest = word;
    while (rest) {
      const part = NUMBER_PART.exec(rest)?.[0];
      if (!part) return undefined;
      parts.push(part);
      rest = rest.slice(part.length);
    }
  }
  if (!COMPOSED_NUMBER_WORD.test(written)) return undefined;
  let total = 0;
  let group = 0;
  for (const part of parts) {
    const scale = PART_SCALE_WORDS.get(part);
    if (scale === HUNDRED) group = (group || 1) * HUNDRED;
    else if (scale === THOUSAND) { total += (group || 1) * THOUSAND; group = 0; } else group += NUMBER_PARTS.get(part) ?? 0;
  }
  return total + group;
}

/** The number words as a regex alternation, longest first so that "two hundred" is not read as "two"; a space stands for any. */
export const NUMBER_WORD_PATTERN = `${ENGLISH_AND_A_HALF}|${GERMAN_AND_A_HALF}|${ENGLISH_COMPOSED}|${GERMAN_COMPOSED}|` + [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

/** The value of a number word as written ("Two  hundred", "Twenty-one", "a hundred and thirty"), any case and spacing. */
export function numberWordValue(written: string): number | undefined {
  const spaced = written.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS.get(spaced) ?? composedNumberValue(spaced);
}

/**
 * The number word a text opens with ("Two hundred million yuan" → "Two hundred"), the longest that fits; a decimal
 * read aloud whole ("five point six million dollars" → "five point six").
 */
export function leadingNumberWord(text: string): string | undefined {
  return LEADING_SPOKEN_DECIMAL.exec(text)?.[0] ?? leadingNumberWordPattern().exec(text)?.[0];
}
// Written for `iu`, compiled at its first use with its case spelt out (caselessRegExp): with `i` its first use (a quick
// fix's replacement) cost 0.3–0.4 s of CPU. Anchored at the start of the text: no place after it is tried.
export const LEADING_NUMBER_WORD_PATTERN = `^(?:${NUMBER_WORD_PATTERN})(?![\\p{L}-])`;
const leadingNumberWordPattern = caselessRegExp(LEADING_NUMBER_WORD_PATTERN, 'iu');

/**
 * "five point six million", „fünf Komma sechs Millionen“, "seven point eight two percent": a decimal read aloud (a talk,
 * a radio script), the digits after the point one word each. The words that say "point", and the digit words.
 */
const DECIMAL_POINT_WORDS = ['point', 'komma'];
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['null', 0], ['one', 1], ['eins', 1], ...[...GERMAN_NUMBER_WORDS, ...ENGLISH_NUMBER_WORDS].filter(([, n]) => n < 10),
]);
const WHOLE_BEFORE_POINT = [...DIGIT_WORDS.keys(), ...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
/** "two point oh nine": a speaker's "oh" for a zero, only among the digits after the point ("oh point five" is no number). */
const DIGIT_WORDS_AFTER_POINT: ReadonlyMap<string, number> = new Map([...DIGIT_WORDS, ['oh', 0]]);
const DIGIT_WORD_PATTERN = [...DIGIT_WORDS_AFTER_POINT.keys()].join('|');
/** "at one point six engineers quit": "at one point" is a moment, not the whole of a decimal. */
const SPOKEN_DECIMAL_WORDS = `(${WHOLE_BEFORE_POINT})\\s+(?:${DECIMAL_POINT_WORDS.join('|')})((?:\\s+(?:${DIGIT_WORD_PATTERN}))+)(?![\\p{L}-])`;
export const SPOKEN_DECIMAL = new RegExp(`(?<![\\p{L}-])(?<!(?<![\\p{L}])at\\s+)${SPOKEN_DECIMAL_WORDS}`, 'giu');
const LEADING_SPOKEN_DECIMAL = new RegExp(`^${SPOKEN_DECIMAL_WORDS}`, 'iu');
/** A word every spoken decimal holds: most sentences hold none. */
export const DECIMAL_POINT_WORD = new RegExp(DECIMAL_POINT_WORDS.join('|'), 'iu');

/** The value of a decimal read aloud, from its whole and its digit words ("five", " six") → 5.6, and its precision. */
export function spokenDecimalValue(whole: string, digits: string): { value: number; precision: number } | undefined {
  const wholeValue = DIGIT_WORDS.get(whole.toLowerCase()) ?? numberWordValue(whole);
  const decimals = digits.trim().split(/\s+/).map((d) => DIGIT_WORDS_AFTER_POINT.get(d.toLowerCase()));
  if (wholeValue === undefined || decimals.some((d) => d === undefined)) return undefined;
  return { value: Number(`${wholeValue}.${decimals.join('')}`), precision: 10 ** -decimals.length };
}

/** "seven" → "six", "sieben" → "sechs": a fix for a number word in the draft's language, up to twelve. */
export function numberWordFor(value: number, language: Language): string | undefined {
  if (value > 12) return undefined;
  return numberWordOf(value, language);
}

/** The one word a language has for a value (a unit, a teen, a ten, „hundert“, "thousand"), if it has one. */
export function numberWordOf(value: number, language: Language): string | undefined {
  return (language === 'de' ? GERMAN_NUMBER_WORDS : ENGLISH_NUMBER_WORDS).find(([, v]) => v === value)?.[0];
}

/**
 * "one" as a number word before what it counts: English "one" always; German only before a unit whose singular is its
 * plural („zwei Prozent“ → „ein Prozent“). Other German nouns change gender and form with the number („zwei Modelle“ →
 * „ein Modell“, „zwei Versionen“ → „eine Version“), and a plural's ending tells neither: those keep the digit.
 */
const GERMAN_INVARIANT_UNITS: Record<string, string> = { prozent: 'ein' };
export function oneBefore(counted: string, language: Language): string | undefined {
  return language === 'en' ? 'one' : GERMAN_INVARIANT_UNITS[counted.toLowerCase()];
}

/** Words for "one" that are articles unless a scale or unit follows ("eine Milliarde", "ein Prozent", "one billion"). */
export const ONE_WORDS = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eins', 'one', 'a', 'an']);
/** "kein Jahr nach der Gründung": a negated article before a unit of time is less than one of it (English says "less than a year"). */
export const NO_ONE_WORDS = new Set(['kein', 'keine', 'keinen', 'keinem', 'keiner']);
/** "keine zwei Jahre nach der Gründung": a negated article before a span's number puts the span under it. */
export const NEGATED_BEFORE = /(?:^|\s)kein(?:e|en|em|er)?\s+$/i;

/**
 * What a number with a bare "B" glued to it counts where the "B" is billions, not the size in a model's name: "617B
 * parameters", „671B Parameter“ (lexicon concepts); "Llama 3 8B", "the 8B model" stay names.
 */
export const COUNTED_IN_BILLIONS = ['parameters'];

/** "On MATH-500, eighty-eight.", „Bei MATH-500: achtundachtzig.“: the words before a benchmark whose bare score follows. */
export const BENCHMARK_SCORE_PREPOSITIONS = ['bei', 'im', 'in', 'auf', 'on', 'at'];

/** Scale word (lower case) → power of ten. German "Billion" is 10^12; English "billion" is 10^9. */
export function scaleOf(word: string, language: Language): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  switch (w) {
    case 'tausend': case 'thousand': case 'thousands': case 'k': case 'tsd':
      return 3;
    case 'million': case 'millionen': case 'millions': case 'mio': case 'm': case 'mn': case 'mln':
      return 6;
    case 'milliarde': case 'milliarden': case 'mrd': case 'bn': case 'bln': case 'b':
      return 9;
    case 'billionen':
      return 12;
    case 'billion': case 'billions':
      return language === 'de' && word[0] === 'B' ? 12 : 9;
    case 'trillion': case 'trillions': case 'tn':
      return 12;
    case 'billiarde': case 'billiarden': case 'quadrillion':
      return 15;
    default:
      return undefined;
  }
}

/**
 * Words of a figure that one language writes and the other does not, lower case: a figure's quick fix is written in the
 * language of its own words, whatever the document's (the German tab of an English page: „Juni 2023“ → „Juli 2023“,
 * „500-Millionen-Dollar“ → „500-Milliarden-Dollar“). Month names written in full are told apart by `MONTH_NAMES`.
 */
export const OWN_FIGURE_WORDS: Readonly<Record<Language, readonly string[]>> = {
  de: ['tausend', 'tsd', 'millionen', 'milliarde', 'milliarden', 'mio', 'mrd', 'billionen', 'prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'jänner', 'mär', 'okt', 'dez'],
  en: ['thousand', 'thousands', 'millions', 'billions', 'trillion', 'trillions', 'mn', 'bn', 'tn', 'percent', 'percentage', 'mar', 'oct', 'dec'],
};
/** Scale words both languages spell alike, English where written in lower case: German capitalises its nouns („5 Millionen“, „1 Million“). */
export const ENGLISH_IN_LOWER_CASE = ['million', 'billion'];

export const SCALE_WORD_PATTERN = 'tausend|tsd\\.?|thousands?|millionen|millions?|mio\\.?|mn|mln\\.?|milliarden?|mrd\\.?|bn|bln|billionen|billions?|trillions?|tn|m|k|b';

/** Currency words and symbols → ISO code. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['us-$', 'USD'], ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['us-dollar', 'USD'], ['us dollar', 'USD'], ['us dollars', 'USD'], ['u.s. dollar', 'USD'], ['u.s. dollars', 'USD'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['¥', 'CNY'], ['yuan', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['renminbi', 'CNY'],
  ['£', 'GBP'], ['gbp', 'GBP'], ['pfund', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'],
]);
/**
 * How percent is written after a number (regex source, lower case): the sign, the word, and the abbreviations agencies,
 * teletext pages and their tables use („-7,82 Proz.“, „58 v. H.“ for „vom Hundert“, "3 pct"). An abbreviation's full
 * stop is part of it.
 */
export const PERCENT_WORD_PATTERN = '%|prozent(?![\\p{L}])|percent(?![\\p{L}])|per\\s+cent(?![\\p{L}])|pct(?![\\p{L}])|proz\\.(?!-)|v\\.\\s?h\\.';
/** Whether a figure's text holds a percent word anywhere ("7,82 Proz.", "3 per cent"). */
export const PERCENT_WORD = new RegExp(PERCENT_WORD_PATTERN, 'iu');

/** What TeX's commands in a figure print (`$20\times$`, `$\approx 2$`), as the figure readers know them. */
export const TEX_PRINTED_COMMANDS: Readonly<Record<string, string>> = { times: '×', cdot: '·', approx: '≈', pm: '±', leq: '≤', geq: '≥', le: '≤', ge: '≥' };

// „5,6 Mio. US-$“, "5.6 million US$": German tables and notes write the dollar sign after the number with its country.
export const CURRENCY_AFTER_PATTERN = 'us-?\\$|us-dollar|us dollars?|u\\.s\\. dollars?|dollars?|usd|euros?|eur|yuan|cny|rmb|renminbi|gbp|pfund|pounds?|\\$|€|¥|£';
// "RMB 1bn", "CNY 1bn", "USD 5.6m": a finance desk writes the currency's code before the sum, as it does the symbol.
export const CURRENCY_BEFORE_PATTERN = 'us-?\\$|\\$|€|¥|£|usd|eur|cny|rmb|renminbi|gbp';

/**
 * Words that give the extreme a value reached, not a limit it kept below: "Nvidia fell as much as 17%", „verlor in der
 * Spitze 17 Prozent“ say the fall reached 17 %, and a source's 7,82 % does not bear that out. The peak is the value
 * itself, hedged as „rund“ is: a source's "bis zu 10 %" bears out "as much as 10%". "up to"/„bis zu“ stay bounds (a limit:
 * "paid up to $10 million"); "twice as much as" compares (MULTIPLE_WORD).
 */
export const PEAK_WORDS = ['as much as', 'as many as', 'in der spitze um', 'in der spitze'];

/**
 * Words that make a following „bis zu“/"up to" a peak, not a limit: „Nvidia verlor zeitweise bis zu 9,82 Prozent“, „brach
 * im Tagesverlauf um bis zu 9,82 Prozent ein“, „in der Spitze bis zu“ say how far the move went at its extreme; a
 * limit („Nutzer zahlen bis zu 20 Prozent weniger“) has none of them.
 */
export const PEAK_HEDGES = ['zeitweise', 'zwischenzeitlich', 'zwischenzeitig', 'vorübergehend', 'im tagesverlauf', 'im handelsverlauf', 'in der spitze', 'intraday', 'at one point', 'at times', 'during the session', 'during the day'];
const PEAK_BOUND_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${alternation(PEAK_HEDGES)})\s+(?:um\s+)?(?:bis\s+zu|up\s+to)\s+$`, 'iu');

/** Whether the „bis zu“/"up to" right before a figure follows a peak hedge (PEAK_HEDGES): the figure is the peak. */
export const isPeakBound = (before: string) => PEAK_BOUND_BEFORE.test(before);

/** Whether the hedge a figure's APPROXIMATE_BEFORE found is a peak's (PEAK_WORDS). */
export const isPeak = (hedge: string | undefined) => hedge !== undefined && PEAK_WORDS.includes(hedge.toLowerCase().replace(/\s+/g, ' '));

/** Hedges before a figure: it is approximate. "≈90,000x", "~580 models": the signs for "about" are hedges too. */
export const APPROXIMATE_BEFORE = new RegExp(String.raw`(?:^|[\s(:])((?:rund|rd\.|etwa|ca\.|circa|zirka|ungefähr|knapp|fast|nahezu|beinahe|gut|about|around|roughly|approximately|approx\.|nearly|almost|some|circa|c\.|(?<!(?:twice|thrice|times|half|\dx)\s+)(?:${alternation(PEAK_WORDS)}))(?=\s)|[~≈∼])\s*$`, 'iu');
/**
 * Hedges that say on which side of a share the true value lies: "gut ein Zehntel", "ein gutes Drittel", "a good tenth"
 * are at least that much; "knapp ein Zehntel", "fast die Hälfte", "nearly half" are at most that much.
 */
export const LEANING_HEDGES: ReadonlyMap<string, 'above' | 'below'> = new Map([
  ['gut', 'above'], ['gutes', 'above'], ['gute', 'above'], ['guten', 'above'], ['good', 'above'],
  ['knapp', 'below'], ['knappes', 'below'], ['knappe', 'below'], ['knappen', 'below'], ['fast', 'below'], ['nahezu', 'below'],
  ['beinahe', 'below'], ['nearly', 'below'], ['almost', 'below'],
  // "just over a week", „etwas mehr als ein Jahr“: a little past the value, as „gut“ says, not beyond it by any amount.
  ['just over', 'above'], ['just above', 'above'], ['just more than', 'above'], ['a little over', 'above'], ['a little more than', 'above'],
  ['a bit over', 'above'], ['a bit more than', 'above'], ['slightly over', 'above'], ['slightly more than', 'above'],
  ['etwas mehr als', 'above'], ['etwas über', 'above'], ['knapp über', 'above'], ['ein wenig mehr als', 'above'], ['ein bisschen mehr als', 'above'],
  ['just under', 'below'], ['just below', 'below'], ['just short of', 'below'], ['just shy of', 'below'], ['a little under', 'below'],
  ['a little less than', 'below'], ['a bit under', 'below'], ['a bit less than', 'below'], ['slightly under', 'below'], ['slightly less than', 'below'],
  ['etwas weniger als', 'below'], ['etwas unter', 'below'], ['knapp unter', 'below'], ['ein wenig weniger als', 'below'], ['ein bisschen weniger als', 'below'],
]);
const LEANING_PHRASE_BEFORE = new RegExp(
  `(?:^|[\\s(])(${alternation([...LEANING_HEDGES.keys()].filter((h) => h.includes(' ')).sort((a, b) => b.length - a.length))})\\s+$`, 'iu');
/** The side a hedge of several words before a value leans to ("just over", „etwas weniger als“), if one does. */
export function leaningPhraseBefore(before: string): 'above' | 'below' | undefined {
  const phrase = LEANING_PHRASE_BEFORE.exec(before)?.[1];
  return phrase ? LEANING_HEDGES.get(phrase.toLowerCase().replace(/\s+/g, ' ')) : undefined;
}
/** Adjectives between a share's article and its fraction word that hedge it ("ein gutes Drittel", "a good tenth"). */
export const FRACTION_ADJECTIVES = 'gutes|gute|guten|knappes|knappe|knappen|good';
/** Sign words a spoken list repeats before each value ("minus 7,82, minus 6,58 und minus 3,75 Prozent"). */
export const SIGN_WORDS = ['minus', 'plus'];
/**
 * Hedges a writer repeats before each value of a list, where the values are rounded for the reader or the ear: „knapp
 * acht beziehungsweise gut sechseinhalb Prozent“, "about 8 and roughly 6.5 percent". The hedge belongs to the value
 * after it, not to the joiner, so the values stay one list.
 */
export const LIST_VALUE_HEDGES = ['rund', 'etwa', 'ungefähr', 'knapp', 'gut', 'fast', 'nahezu', 'beinahe', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just under', 'just over'];
/** A hedge at the end of the words between two values of a list (LIST_VALUE_HEDGES): „ beziehungsweise gut “. */
export const TRAILING_LIST_HEDGE = new RegExp(String.raw`(?<![\p{L}])(?:${LIST_VALUE_HEDGES.map((h) => h.replace(/ /g, String.raw`\s+`)).join('|')})\s+$`, 'iu');
/** Words for the difference between two values: points they are said of are percentage points. */
export const GAP_WORDS = ['abstand', 'vorsprung', 'unterschied', 'differenz', 'rückstand', 'spanne', 'gap', 'difference', 'lead', 'margin', 'spread'];
/** "ein Abstand von neun Punkten", "a gap of seven points": a word for a difference before points says they are one. */
/** The hedges a gap's value may carry: „ein Abstand von rund …“, "a gap of about …". */
const GAP_HEDGE_WORDS = ['rund', 'etwa', 'knapp', 'gut', 'fast', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just', 'only', 'nur'];
export const GAP_BEFORE = new RegExp(`(?<![\\p{L}])(?:${GAP_WORDS.join('|')})\\s+(?:von|of)\\s+(?:(?:${GAP_HEDGE_WORDS.join('|')})\\s+)?$`, 'iu');
/**
 * "Die Differenz zwischen beiden Rechnungen beträgt gut 72 Millionen Dollar", "the gap between the two bills comes to
 * some $72 million": a word for the difference as the subject that a verb states as the sum; or a label with a colon
 * („Differenz: rund 72 Millionen Dollar“, "The gap between the two: seven points").
 */
const GAP_STATING_VERBS = ['beträgt', 'betrug', 'betragen', 'betrugen', 'liegt bei', 'lag bei', 'macht', 'machte', 'ausmacht', 'ausmachte', 'is', 'was', 'comes to', 'came to', 'amounts to', 'amounted to', 'stands at', 'stood at', 'works out at', 'worked out at', 'works out to', 'worked out to'];
// The gap word is the verb's subject: the verb follows it, or its own phrase of what it lies between („zwischen beiden
// Rechnungen“, "between the two bills"), never another clause ("The margin for error was small, yet the bill was …")
// nor a noun it qualifies ("DeepSeek's lead engineer says the bill was …").
// „Differenz in Euro: 104 Millionen“, "Difference in euros: €104 million": the unit the gap is told in is its own phrase too.
const GAP_OWN_PHRASE = ['zwischen', 'von', 'vom', 'zu', 'zum', 'zur', 'gegenüber', 'in', 'between', 'of', 'to', 'over', 'against'];
// "The absolute difference is 78 − 5.6 = $72.4 million": the sum worked out in front of its result.
const WORKED_OUT = String.raw`(?:[\d.,]+\s*[−–+×÷/*-]\s*[\d.,]+\s*=\s*)?`;
// „…, Differenz gut 72 Millionen Dollar“: a note's gap word as a label without a colon, opening its clause; only words
// that say nothing else ("the lead $78 million" may be a lead investor's).
const GAP_LABEL_WORDS = ['differenz', 'unterschied', 'difference'];
const GAP_LABEL = String.raw`(?:^|[,;–—]\s*)(?:die\s+|der\s+|the\s+)?(?:${GAP_LABEL_WORDS.join('|')})`;
export const GAP_STATED_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${GAP_WORDS.join('|')})(?:\s+(?:${GAP_OWN_PHRASE.join('|')})(?![\p{L}])[^.;:!?,]{0,70}?)?(?:\s+(?:${GAP_STATING_VERBS.map((v) => v.replace(/ /g, String.raw`\s+`)).join('|')})|\s*:)\s+${WORKED_OUT}|${GAP_LABEL}\s+)(?:(?:${GAP_HEDGE_WORDS.join('|')})\s+)?$`, 'iu');
/**
 * "die übrigen 8 Prozent", "the remaining 64%": a share told as what the share stated just before leaves over. The
 * article is part of it, as "the other" alone ("other 5% gains") says nothing of a rest.
 */
const REST_OF_SHARE_ARTICLES = ['die', 'den', 'der', 'the'];
const REST_OF_SHARE_WORDS = ['übrigen', 'restlichen', 'verbleibenden', 'anderen', 'remaining', 'other'];
export const REST_OF_SHARE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${REST_OF_SHARE_ARTICLES.join('|')})\s+(?:${REST_OF_SHARE_WORDS.join('|')})\s+(?:(?:${GAP_HEDGE_WORDS.join('|')})\s+)?$`, 'iu');
/** „die übrigen 8 Prozent der Aufgaben“, "the remaining 64% of the models": the whole the rest is of, named after it. */
const WHOLE_OF_A_REST_LINKS = ['der', 'des', 'of the', 'of'];
export const WHOLE_OF_A_REST_AFTER = new RegExp(String.raw`^\s+(?:${WHOLE_OF_A_REST_LINKS.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})\s+(\p{L}[\p{L}-]*)`, 'iu');
/**
 * „Von diesen chinesischen Modellen sind 70 Prozent quelloffen“, "Of those Chinese models, 70% are open source": a
 * share of a part the draft has carved out itself, which no source gives, so its rest is no rest of the source's share.
 */
const SUBSET_POINTED_BACK = ['von diesen', 'von denen', 'von ihnen', 'davon', 'darunter', 'unter ihnen', 'of those', 'of these', 'of them', 'among them', 'among those', 'among these'];
export const SHARE_OF_A_SUBSET_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SUBSET_POINTED_BACK.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])`, 'iu');
/** "they would have had $84 million between them", „84 Millionen Dollar zusammengenommen“: the sum of the two. */
export const SUM_CLOSING_WORDS = ['zusammen', 'insgesamt', 'zusammengenommen', 'together', 'combined', 'altogether', 'in total', 'in all', 'between them'];
/** „Zusammen kosteten die beiden Supercomputer …“, "Together that is 1.2bn yuan", "a total of …": a sum of several follows. */
export const SUM_OPENING_WORDS = ['zusammen', 'insgesamt', 'zusammengerechnet', 'zusammengezählt', 'addiert', 'gemeinsam', 'together', 'combined', 'altogether', 'in total', 'a total of', 'in all', 'add up to', 'adds up to', 'added up to'];
/** „zusammen mit“, "together with": after a word for a sum, company rather than addition. */
export const ACCOMPANYING_PREPOSITIONS = ['mit', 'with'];
/** The year before now, not before a year named: „im Vorjahr“, „im vergangenen Jahr“, "last year". */
export const LAST_YEAR_PHRASES = ['im vorjahr', 'im vergangenen jahr', 'im letzten jahr', 'im vorigen jahr', 'last year'];
/**
 * The writer's own year, whatever year an earlier sentence named: "This year we trained 48,200 people" after "When we
 * started in 2016, …". („In diesem Jahr“ is left out: it as often points back to the year just named.)
 */
export const THIS_YEAR_PHRASES = ['this year', 'so far this year', 'dieses jahr', 'im laufenden jahr', 'im aktuellen jahr', 'heuer'];
/** The year before the time told of: those, and „ein Jahr davor“, „das Jahr zuvor“, "the prior year", "a year earlier". */
export const YEAR_BEFORE_PHRASES = [
  ...LAST_YEAR_PHRASES,
  'ein jahr zuvor', 'ein jahr davor', 'ein jahr früher', 'im jahr zuvor', 'im jahr davor', 'im jahr früher',
  'das jahr zuvor', 'das jahr davor', 'das jahr früher', 'dem jahr zuvor', 'dem jahr davor', 'dem jahr früher',
  'the previous year', 'the prior year',
  'the year earlier', 'the year before', 'the year prior', 'a year earlier', 'a year before', 'a year prior', 'one year earlier', 'one year before', 'one year prior',
];
/** „Von Nvidias A100 …“, "Of Nvidia's A100 …": the word that opens a partitive, the counted chip named after it. */
export const PARTITIVE_OPENERS = ['von', 'of'];
/** "… pieces of Nvidia's A100", „… Stück vom …“: the words between a counter word and the chip it counts. */
export const PARTITIVE_LINKS = ['of', 'von', 'vom', 'der', 'des'];
/** Points a figure counts: "7 Punkte", "seven points", and as tables and notes shorten them, "4.07 pts", „1,42 Pkt.“. */
export const POINT_NOUNS = ['punkt', 'punkte', 'punkten', 'pkt', 'point', 'points', 'pt', 'pts'];
/** „1,42 Pkt.“: the German abbreviation's full stop belongs to the unit a writer sees underlined ("pts" takes none). */
export const POINT_ABBREVIATION_STOP = /^\s*pkt\./i;
/**
 * The words that set points between two named sides: "Zwischen Nvidia und Broadcom lagen nur 2,5 Punkte", „zw. Nvidia und
 * Broadcom ca. 2,5 Punkte“ (a chat leaves out the verb), "between Nvidia and Microsoft there were about four points":
 * such points are the gap of the two sides, not a score of either.
 */
export const POINTS_BETWEEN = {
  ...PAIR_BETWEEN,
  lying: ['liegen', 'lagen', 'liegt', 'lag', 'sind es', 'waren es', 'lay', 'lie', 'lies', 'there were', 'there was', 'there are', 'there is', 'it is', 'it was', "it's"],
  /** „Zwischen Nvidia und Broadcom sind es dagegen 2,4 Punkte“: a word setting this pair against one before. */
  contrast: ['dagegen', 'hingegen', 'jedoch', 'aber', 'nun', 'however', 'by contrast', 'in turn', 'instead'],
};
/**
 * Verbs by whose margin one side outdoes or trails another: "Broadcom's fall beat Microsoft's by 1.8 points",
 * „Broadcom übertraf Microsoft um 2,8 Punkte“, "R1 trailed o1 by three points": the points after "by"/„um“ are the gap.
 */
const OUTDOING_VERBS = ['beat', 'beats', 'beating', 'outpaced', 'outpaces', 'outperformed', 'outperforms', 'outdid', 'outdoes', 'exceeded', 'exceeds', 'topped', 'tops', 'trailed', 'trails', 'lagged', 'lags', 'übertraf', 'übertrafen', 'übertrifft', 'übertreffen', 'übertroffen', 'überbot', 'überbietet', 'schlug', 'schlägt', 'unterbot', 'unterbietet'];
const MARGIN_HEDGES = ['nur', 'noch', 'gerade', 'ca.', 'circa', 'rund', 'etwa', 'knapp', 'gut', 'fast', 'über', 'mehr als', 'only', 'just', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'more than'];
/** Up to two hedges before a gap's points: „nur ca. 2,5 Punkte“, "by just over four points". */
export const MARGIN_HEDGE_PATTERN = String.raw`(?:(?:${alternation(MARGIN_HEDGES)})\s+){0,2}`;
/** The verb, what it outdoes and "by"/„um“ before a margin: "lagged the Nasdaq 100 by", „übertraf Microsoft um knapp“. */
export const OUTDONE_BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(OUTDOING_VERBS)})(?![\p{L}])[^.;:!?]{0,50}\s(?:by|um)\s+${MARGIN_HEDGE_PATTERN}$`, 'iu');
/**
 * "acht Jahre Abstand", "im Abstand von acht Jahren", "a gap of eight years": a word for the time between two events
 * right beside years makes them a span, not a count of years to hold against another ("zwei bis drei Jahre im
 * Rückstand", which is how far behind, so "Rückstand" and "lead" are no such word); elsewhere in the sentence ("two
 * to three years behind; the gap was far smaller") it says nothing of them.
 */
const SPAN_GAP_WORDS = ['abstand', 'zeitabstand', 'gap'];
export const SPAN_GAP_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPAN_GAP_WORDS.join('|')})\s+(?:von|of)\s+(?:\p{L}+\s+)?$`, 'iu');
export const SPAN_GAP_AFTER = new RegExp(String.raw`^\s*(?:${SPAN_GAP_WORDS.join('|')})(?![\p{L}])`, 'iu');
/** "im Abstand von fünf Jahren hinter den USA", "trailing by a gap of five years": a lag behind a rival, not a span between two events. */
const LAG_WORDS = ['hinter', 'hinterher', 'zurück', 'rückstand', 'behind', 'trailing', 'trails', 'trailed', 'lagging', 'lags', 'lagged'];
export const LAG_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${LAG_WORDS.join('|')})(?![\p{L}])`, 'iu');
/**
 * What may stand between two values of one list that share their verb, once the names are left out: "stiegen um 7,82,
 * 3,75 und 6,58 Prozent", "lost 7.82 percent, Microsoft 3.75 percent and Broadcom 6.58 percent", "fiel um 7,82 Prozent,
 * Microsoft um 3,75 Prozent", "verloren 7,82/3,75 Prozent". A joiner, and a preposition that leads a value.
 */
export const LIST_GAP = new RegExp(String.raw`^(?:\/|\s*(?:,|;|&|und|and|sowie|as\s+well\s+as|bzw\.|beziehungsweise|or|oder)?\s*(?:(?:um|by|at|mit|with)\s+)?(?:(?:${LIST_VALUE_HEDGES.join('|')})\s+)?)$`, 'iu');
/**
 * Separable verb particles that close a German clause after what they govern: „kam mit 72 Millionen Dollar weniger
 * aus“, „gab 72 Millionen mehr aus“. The clause still ends with the comparison.
 */
export const CLOSING_VERB_PARTICLES = ['aus', 'ab', 'an', 'ein', 'zurück', 'durch'];
/**
 * The units a span of time before now is counted in: "5 hours ago", "12 mins ago" (English, before "ago"), „vor 12
 * Minuten“, „vor 3 Std.“ (German, after „vor“). A comment's age, not a figure.
 */
export const POSTED_AGO_UNITS = {
  english: ['minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr'],
  german: ['minuten', 'min.', 'stunden', 'std.'],
};
/**
 * A piece's own fields on the line of its date, after a middle dot, a bullet or a bar („Erschienen: 30. Januar 2025 ·
 * Ressort: Wirtschaft · Lesezeit: 4 Min.“), by what each label's value must be: a section, a reading time, names.
 * No free-text label („Thema:“, "Source:"): what follows it may tell of the day.
 */
export const PIECE_FIELD_LABELS = {
  section: ['ressort', 'rubrik', 'kategorie', 'section', 'category', 'desk'],
  readingTime: ['lesezeit', 'reading time', 'read time'],
  names: ['autor', 'autorin', 'autoren', 'author', 'authors', 'foto', 'fotos', 'photo', 'photos'],
};
/** Words that lead a byline of names: „Von Jana Kurs“, "By Jana Kurs and Tim Li" (capitalised as a byline writes them). */
export const BYLINE_WORDS = ['von', 'by'];
/** What joins the names of a byline. */
export const BYLINE_JOINERS = [',', 'und', 'and', '&'];
/** The minutes of a reading time: "4 min read", „4 Min.“, „5 Minuten Lesezeit“. */
export const READING_TIME_UNITS = ['min.', 'min', 'mins', 'minutes', 'minuten'];
/** What may follow a reading time: "4 min read", „4 Minuten Lesezeit“. */
export const READING_TIME_AFTER = ['read', 'lesezeit'];
/** A piece's section named alone on the line of its date: "Published January 30, 2025 | Markets", „· Wirtschaft“. */
export const PIECE_SECTION_WORDS = ['wirtschaft', 'finanzen', 'börse', 'digital', 'technik', 'politik', 'meinung', 'kommentar', 'markets', 'business', 'tech', 'technology', 'opinion', 'world', 'economy', 'finance'];
/** The hour of a clock time (regex source): 0–23. */
export const CLOCK_HOUR_PATTERN = String.raw`(?:[01]?\d|2[0-3])`;
/** What may follow a clock time ("14:02 Uhr", "2:30 p.m.", "09:30 UTC", „14:00 MEZ“), earliest tried first. */
export const CLOCK_TIME_SUFFIXES = ['uhr', 'h', 'a.m.', 'p.m.', 'am', 'pm', 'utc', 'mez', 'cet', 'et'];
/**
 * What makes a whole hour a clock time ("um 16 Uhr", "at 4 p.m.", "9 AM"), as written: not "h" (ten hours) nor a
 * lower-case "am", which after a German number is a preposition („2,1 am Montag“).
 */
export const WHOLE_HOUR_SUFFIXES = ['Uhr', 'uhr', 'a.m.', 'p.m.', 'AM', 'PM', 'pm'];
/** Between the two hours of a span of the clock: „von 8 bis 18 Uhr“, "from 9 to 5 p.m.", "9–11 Uhr". */
export const CLOCK_SPAN_WORDS = ['bis', 'to', 'and', 'und', '-', '–'];
/** The time zones a talk page's signature closes with: "-- Ann 14:02, 29 January 2025 (UTC)", „(MEZ)“, "(CEST)". */
export const SIGNATURE_TIME_ZONES = ['CEST', 'CET', 'MESZ', 'MEZ', 'UTC', 'GMT'];
/** Units of time after "jede vierte", "every fifth": how often, not a share („jeden zweiten Tag“, "every fourth week"). */
export const RECURRENCE_UNITS = ['sekunde', 'minute', 'stunde', 'tag', 'woche', 'monat', 'quartal', 'jahr', 'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'time'];
/** The English units a span told with "and a half" is counted in ("two and a half years", "a year and a half"). */
export const HALF_SPAN_UNITS = ['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'decades', 'decade'];
/** "mehr als", "higher than": the word after a comparative that introduces what is compared with. */
export const THAN_WORDS = ['than', 'als'];
/** What a move beats or lags, before a word for an average: "Nvidia, which beat the average", „lag unter dem Schnitt“. */
export const AVERAGE_OUTDONE_WORDS = ['above', 'below', 'beat', 'beats', 'than', 'über', 'unter'];
/** The articles between such a word and the average: "above the average", „über dem Schnitt“. */
export const AVERAGE_OUTDONE_ARTICLES = ['the', 'dem', 'den'];
/** Nouns that make a count one of percentages or points, not of things ("zwei Prozentpunkte", "three points"). */
export const PERCENT_OR_POINT_NOUN_STEMS = ['prozent', 'percent', 'punkt', 'point'];
/** "mehr", "less": the comparatives of an amount ("72 Millionen Dollar mehr als DeepSeek", "$72 million less than"). */
export const MORE_OR_LESS_WORDS = ['mehr', 'weniger', 'more', 'less'];
/** "höher", "lower": the comparatives of a level ("30 Prozent höher als bei OpenAI", "30 percent lower than"). */
export const LEVEL_COMPARATIVES = ['higher', 'höher', 'lower', 'tiefer', 'niedriger'];
/** "im Vergleich zu", "compared with", "vs.": what follows is what a value is set against. */
export const COMPARED_WITH_WORDS = ['compared to', 'compared with', 'im vergleich zu', 'gegenüber', 'vs'];
/** Words right after a value that make it a comparison, not a member of a list: "7.82 percent, 2 points more than …". */
export const COMPARED_AFTER = /^\s*(?:more|less|fewer|higher|lower|than|mehr|weniger|höher|niedriger|als|of|der|des|von)(?![\p{L}])/iu;
/**
 * Bounds before a figure: it is not a value. A peak ("as much as", „in der Spitze“) is one: PEAK_WORDS. A bound may open a
 * quotation: „mehr als zehnmal billiger“, "more than ten times cheaper" quote a phrase with its bound.
 */
export const UPPER_BOUND_BEFORE = /(?:^|[\s("„“‚‘«»])(bis\s+zu|höchstens|maximal|weniger\s+als|unter|nicht\s+einmal|nicht\s+mal|up\s+to|at\s+most|less\s+than|under|below|no\s+more\s+than|not\s+even)\s+$/i;
export const LOWER_BOUND_BEFORE = /(?:^|[\s("„“‚‘«»])(mindestens|mehr\s+als|über|wenigstens|at\s+least|more\s+than|over|above|upwards\s+of)\s+$/i;

/** Nouns that name a sum ("eine Initiative über", "einen Kredit über"): "über" after them is their size. */
const SUM_NOUN_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}-]*(?:initiative|rechnung|auftrag|auftrags|vertrag|vertrags|scheck|kredit|kredits|investition|programm|programms|paket|pakets|deal|deals|fonds|anleihe|zusage|finanzierung|runde)\s+über\s+$|(?<![\p{L}])(?:Initiative|Rechnung|Auftrag|Auftrags|Vertrag|Vertrags|Scheck|Kredit|Kredits|Investition|Programm|Programms|Paket|Pakets|Deal|Deals|Fonds|Anleihe|Zusage|Finanzierung|Runde)\s+über\s+$/u;

/**
 * The lower bound before a figure, if any. "einer Initiative über 500 Milliarden Dollar", "eine Rechnung über 20 Euro":
 * "über" right after a noun for a sum says how large it is, not "more than" ("verlor an der Börse über 17 %").
 */
export function lowerBoundBefore(before: string): RegExpExecArray | null {
  const bound = LOWER_BOUND_BEFORE.exec(before);
  return bound && bound[1] === 'über' && SUM_NOUN_BEFORE.test(before) ? null : bound;
}

/** "bis zu", "less than" (upper); "mehr als", "over" (lower): the bound the words before a value put on it. */
export function boundBefore(before: string): 'upper' | 'lower' | undefined {
  return UPPER_BOUND_BEFORE.test(before) ? 'upper' : lowerBoundBefore(before) ? 'lower' : undefined;
}

/**
 * Words that number a place, a part or a version: the number after them counts no value ("Platz 1", "number 2",
 * "chapter 3", "version 3", "Modell 4").
 */
export const NUMBERING_WORDS: ReadonlySet<string> = new Set([
  'platz', 'rang', 'nr', 'nummer', 'kapitel', 'teil', 'seite', 'version', 'modell', 'stufe', 'schritt', 'runde', 'folge',
  'tabelle', 'abbildung', 'anlage', 'frage', 'abschnitt', 'zeile', 'spalte', 'folie',
  'place', 'rank', 'no', 'number', 'chapter', 'part', 'page', 'model', 'level', 'step', 'round', 'episode', 'phase',
  'table', 'figure', 'exhibit', 'appendix', 'annex', 'question', 'section', 'row', 'column', 'slide',
]);

/** Verbs that state a multiplier without a digit ("verdoppelt", "doubled"). */
export const MULTIPLYING_VERBS: ReadonlyMap<string, number> = new Map([
  ['verdoppelt', 2], ['verdoppelte', 2], ['verdoppelten', 2], ['verdoppeln', 2], ['doubled', 2],
  ['verdreifacht', 3], ['verdreifachte', 3], ['tripled', 3],
  ['vervierfacht', 4], ['quadrupled', 4],
  ['halbiert', 0.5], ['halbierte', 0.5], ['halved', 0.5],
]);

/** German fractions are nouns of their own ("ein Vierzehntel", "ein Zwanzigstel"): denominator by word. */
export const GERMAN_FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['hälfte', 2], ['drittel', 3], ['viertel', 4], ['fünftel', 5], ['sechstel', 6], ['siebtel', 7], ['achtel', 8], ['neuntel', 9],
  ['zehntel', 10], ['elftel', 11], ['zwölftel', 12], ['dreizehntel', 13], ['vierzehntel', 14], ['fünfzehntel', 15],
  ['sechzehntel', 16], ['siebzehntel', 17], ['achtzehntel', 18], ['neunzehntel', 19], ['zwanzigstel', 20],
  ['dreißigstel', 30], ['vierzigstel', 40], ['fünfzigstel', 50], ['hundertstel', 100], ['tausendstel', 1000],
]);
/** English fractions, singular and plural ("a twentieth", "two-thirds"); most are ordinals too ("the third model"). */
export const ENGLISH_FRACTION_WORDS: ReadonlyMap<string, number> = new Map(
  ([
    ['half', 2], ['third', 3], ['quarter', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
    ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
    ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40],
    ['fiftieth', 50], ['hundredth', 100], ['thousandth', 1000],
  ] as Array<[string, number]>).flatMap(([w, n]): Array<[string, number]> => (w === 'half' ? [[w, n]] : [[w, n], [`${w}s`, n]])),
);
/**
 * Ordinals that say a share as "every n-th" ("jedes vierte Modell", "every fifth model"): the denominator by word. German
 * ordinals are the fraction words without their last letter ("Viertel" → "vierte"). Not "every other": "for every other
 * model" is all the rest.
 */
export const ORDINAL_SHARE_WORDS: ReadonlyMap<string, number> = new Map([
  ['zweite', 2], ...[...GERMAN_FRACTION_WORDS].filter(([w]) => w.endsWith('tel')).map(([w, n]): [string, number] => [w.slice(0, -1), n]),
  ['second', 2], ...[...ENGLISH_FRACTION_WORDS].filter(([w, n]) => n > 2 && !w.endsWith('s') && w !== 'quarter').map(([w, n]): [string, number] => [w, n]), ['fourth', 4],
]);
/** Fractions a writer uses for percentages ("fast die Hälfte", "more than a third"): denominator by word. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([...GERMAN_FRACTION_WORDS, ...ENGLISH_FRACTION_WORDS]);

/** Time units of a duration ("drei Tage vor", "two days after"), in days. */
export const DURATION_UNITS: ReadonlyMap<string, number> = new Map([
  ['tag', 1], ['tage', 1], ['tagen', 1], ['day', 1], ['days', 1], ['woche', 7], ['wochen', 7], ['week', 7], ['weeks', 7],
  ['monat', 30], ['monate', 30], ['monaten', 30], ['month', 30], ['months', 30], ['jahr', 365], ['jahre', 365], ['jahren', 365], ['year', 365], ['years', 365],
  ['jahrzehnt', 3650], ['jahrzehnte', 3650], ['jahrzehnten', 3650], ['decade', 3650], ['decades', 3650],
  ['fortnight', 14], ['fortnights', 14],
]);

/**
 * A length of time the number counts ("über 18 Monate aufgebaut", "a runway of 19 months", „Dauer: 90 Minuten“): the
 * unit is part of what is stated, and underlined with the number. Not years: "40 Jahre alt" is an age, read on its own.
 */
export const TIME_LENGTH_UNITS: ReadonlySet<string> = new Set([
  'minute', 'minuten', 'minutes', 'stunde', 'stunden', 'hour', 'hours',
  'tag', 'tage', 'tagen', 'day', 'days', 'woche', 'wochen', 'week', 'weeks', 'monat', 'monate', 'monaten', 'month', 'months',
]);

/**
 * A fraction of a sum ("ein Vierzehntel des Geldes", "a third of the cost") compares two sums where the subject of its
 * own clause needed, spent or cost that fraction („DeepSeek brauchte nur ein Vierzehntel des Geldes“), and is a part
 * of one sum where the fraction itself goes somewhere („Ein Drittel des Geldes floss in Rechenzeit“, "a third of the
 * money went into compute", "spent a third of the money on compute").
 */
export const SUM_NEEDING_VERBS = ['brauchte', 'brauchten', 'braucht', 'benötigte', 'benötigten', 'benötigt', 'kostete', 'kosteten', 'kostet', 'verbrauchte', 'needed', 'needs', 'need', 'cost', 'costs', 'took'];
export const SUM_SHARING_VERBS = [
  'floss', 'flossen', 'fließt', 'fließen', 'ging', 'gingen', 'geht', 'gehen', 'entfiel', 'entfielen', 'entfällt', 'entfallen', 'landete', 'landeten', 'wanderte', 'wanderten', 'investiert', 'gesteckt', 'ausgegeben',
  'went', 'goes', 'go', 'flowed', 'flows', 'was spent', 'were spent', 'is spent', 'are spent', 'was invested', 'were invested', 'was used', 'were used',
];
/**
 * The words that open a relative clause right after a sum ("a fourteenth of the money that went into GPT-4o"): the
 * clause says where the whole sum went, so the fraction compares two sums rather than naming a part of one.
 * German relative clauses follow a comma, which already ends the sharing clause.
 */
export const RELATIVE_PRONOUNS_AFTER_A_SUM = ['that', 'which'];
/** Where a part of a sum goes, right after it: "spent a third of the money on compute", "put half the budget into chips". */
export const SUM_DESTINATION_PREPOSITIONS = ['on', 'into'];
/**
 * The preposition, and maybe an article, before where a shared part of a sum went, which names the part: „floss in
 * Rechenzeit“, "went into compute", "spent on the electricity", „entfiel auf die Miete“.
 */
export const SHARE_DESTINATION_PREPOSITIONS = ['in', 'into', 'auf', 'für', 'an', 'on', 'to', 'for'];
export const SHARE_DESTINATION_ARTICLES = ['the', 'die', 'den', 'das', 'der', 'dem', 'its', 'seine', 'ihre'];
/** The nouns of a sum a fraction can be of: "of the money", „des Geldes“, „der Kosten“. */
export const SUM_NOUNS = ['money', 'geld', 'geldes', 'cost', 'costs', 'kosten', 'budget', 'budgets', 'ausgaben', 'summe', 'betrag', 'betrags', 'amount', 'sum', 'spend', 'spending'];

/**
 * Whose age an attributive age is: „ein 25-jähriger Student“, "a 40-year-old man" are people's besides the titles
 * `isPersonTitle` knows; „die drei Jahre alten Exportregeln“, "the ten-year-old rules" are things' (as are the firms, models
 * and chips `categoryOf` knows). German compounds end in these words, so they are matched at the end of a noun.
 */
export const AGED_PERSON_NOUNS = ['mann', 'frau', 'student', 'studentin', 'chinese', 'chinesin', 'informatiker', 'informatikerin', 'tüftler', 'programmierer', 'programmiererin', 'quant', 'man', 'woman', 'graduate', 'programmer', 'boss', 'leader'];
/** „stellte einen jungen Doktoranden ein“, "hired a young intern": words for someone brought in without a name, as an object too. */
export const UNNAMED_PERSON_NOUNS = ['doktorand', 'doktoranden', 'doktorandin', 'studenten', 'praktikant', 'praktikanten', 'praktikantin', 'absolvent', 'absolventen', 'absolventin', 'kollege', 'kollegen', 'kollegin', 'postdoc', 'intern', 'colleague', 'researcher', 'engineer'];
export const AGED_THING_NOUNS = [
  'regel', 'regeln', 'gesetz', 'gesetze', 'verbot', 'vorschrift', 'vorschriften', 'sanktionen', 'beschränkungen', 'kontrollen', 'abkommen', 'vertrag', 'technik', 'technologie', 'studie', 'software',
  'rule', 'rules', 'law', 'laws', 'ban', 'regulation', 'regulations', 'restrictions', 'sanctions', 'controls', 'treaty', 'deal', 'technology', 'study', 'paper',
];

/**
 * Whom a predicative age is said of (figures/extractFigures.ts, subjectKind): the words before its subject that make
 * it a noun ("The fund", „Der Fonds“), the verbs that say what age it is, the adverbs between verb and age, the words
 * after which a clause starts, and the pronouns for a person and for a thing. The indefinite articles before an
 * attributive age ("is a 45-year-old quant") say what the subject is.
 */
export const SUBJECT_DETERMINERS = ['the', 'its', 'his', 'her', 'their', 'this', 'der', 'die', 'das', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'ihr', 'ihre'];
export const AGE_COPULAS = ['is', 'was', 'turned', 'turns', 'became', 'becomes', 'ist', 'war', 'wurde', 'wird', 'has been'];
/** "works as a developer", „gilt als Experte“: the words before a role said of someone. */
export const ROLE_WORDS = ['as', 'als'];
export const AGE_COPULA_ADVERBS = ['now', 'already', 'just', 'only', 'over', 'about', 'almost', 'nearly', 'then', 'jetzt', 'inzwischen', 'heute', 'bereits', 'erst', 'schon', 'mittlerweile', 'gerade', 'nun', 'damals', 'seinerzeit'];
/** "Now 44, the founder …", „Heute 44, gibt er …“: the words that front an age said of the clause's person. */
export const AGE_FRONTING_NOW_WORDS = ['now', 'today', 'heute', 'inzwischen', 'mittlerweile', 'jetzt', 'nun'];
export const CLAUSE_OPENING_WORDS = ['und', 'and', 'but', 'aber', 'doch', 'denn', 'jedoch', 'today', 'heute'];
/**
 * "At the time the fund was eight years old": a time said before the subject opens its clause as "today" does; German
 * puts the verb before the subject after it („Damals war der Fonds acht Jahre alt“), read by the word order itself.
 */
export const FRONTED_TIME_PHRASES = ['at the time', 'at that time', 'back then', 'by then', 'then', 'damals', 'zu diesem zeitpunkt', 'zu der zeit'];
export const PERSON_PRONOUNS = ['he', 'she', 'er', 'sie', 'who'];
/** "his co-founder", „sein Mitgründer“: the words that make the noun after them someone else's, not the owner. */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'their', 'its', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer'];
export const THING_PRONOUNS = ['it', 'es'];
export const INDEFINITE_ARTICLES = ['a', 'an', 'ein', 'eine', 'einer', 'eines', 'einen', 'einem'];
/** „Ein Student …“, "A student …": the indefinite articles a sentence's subject can open with (not „einen“, „einem“: an object). */
export const SUBJECT_INDEFINITE_ARTICLES = ['a', 'an', 'ein', 'eine'];
/** „Ein Student aus Zhejiang“, "a student from Zhejiang": the word before where someone comes from. */
export const ORIGIN_WORDS = ['aus', 'from'];
/** „Ein Team von Ingenieuren“, "a group of engineers": the word after which a noun names the members, not the whole. */
export const PARTITIVE_WORDS = ['von', 'of'];

/**
 * "The 40-year-old set up High-Flyer", "the 35-year-old kept a low profile": an English age that names no noun, read
 * as "the man" is, by the verb right after it (a noun the age stands before would be in its place).
 */
export const VERBS_AFTER_AGE_AS_NOUN = [
  'set', 'kept', 'keeps', 'ran', 'runs', 'run', 'led', 'leads', 'founded', 'co-founded', 'cofounded', 'started', 'starts', 'built', 'builds', 'grew', 'studied', 'became',
  'remains', 'remained', 'said', 'says', 'told', 'tells', 'holds', 'held', 'made', 'makes', 'took', 'takes', 'left', 'met', 'meets', 'spent', 'won', 'began', 'joined',
  'launched', 'created', 'owns', 'owned', 'lives', 'lived', 'avoids', 'avoided', 'prefers', 'heads', 'headed', 'described', 'describes', 'now', 'already', 'never', 'once',
];

/**
 * "eine gute Woche", "a good week", "eine knappe Woche": an adjective between the article and the unit that makes the
 * span loose, as a hedge before it would ("gut eine Woche").
 */
export const LOOSE_SPAN_ADJECTIVE = /^\s+(?:gute|guten|knappe|knappen|good)(?=\s)/iu;

/**
 * The words that open a sentence pointing back to a figure just given on its own ("## Montag: 7,82 Prozent" / "So viel
 * verlor Nvidia", "## Friday: 40" / "That is how old Liang is"): an optional hedge, then the pointer. Data for
 * `pointsBackToAFigure`.
 */
const POINTER_HEDGES = ['mindestens', 'höchstens', 'fast', 'knapp', 'rund', 'genau', 'immerhin', 'ganze', 'nur', 'at least', 'at most', 'almost', 'nearly', 'exactly', 'just', 'only', 'roughly'];
const GERMAN_SO_WORDS = ['viel', 'viele', 'wenig', 'wenige', 'alt', 'jung', 'lange', 'hoch', 'groß', 'stark', 'teuer', 'billig', 'schnell', 'weit', 'tief', 'oft'];
const ENGLISH_HOW_WORDS = ['much', 'many', 'few', 'little', 'old', 'young', 'long', 'big', 'high', 'large', 'far', 'fast', 'often', 'expensive', 'cheap'];
/** The pointers that ask for an age: a bare "40" they point back to is not read as one, so they tell only an age. */
const AGE_POINTERS = new Set(['alt', 'jung', 'old', 'young']);
const FIGURE_NOUNS = ['zahl', 'summe', 'betrag', 'wert', 'anteil', 'figure', 'number', 'sum', 'amount', 'share'];
const POINTER = new RegExp(
  `^\\s*(?:(?:${alternation(POINTER_HEDGES)})\\s+)?(?:` +
    `(?:um\\s+)?so\\s+(${alternation(GERMAN_SO_WORDS)})` +
    `|(?:that|this)(?:\\s+is|['’]s)\\s+how\\s+(${alternation(ENGLISH_HOW_WORDS)})` +
    `|(?:that|this|so)\\s+(?:much|many|few|little)` +
    `|(?:diese[rs]?|that|this)\\s+(?:${alternation(FIGURE_NOUNS)})` +
    `)(?![\\p{L}])`,
  'iu',
);

/**
 * Whether a sentence opens by pointing back to a figure of this kind given before it ("So viel verlor …", "That is how
 * much …"); "So alt ist …", "That is how old …" only to an age.
 */
export function pointsBackToAFigure(sentence: string, kind: FigureKind): boolean {
  const m = POINTER.exec(sentence);
  if (!m) return false;
  const measure = (m[1] ?? m[2])?.toLowerCase();
  return measure === undefined || !AGE_POINTERS.has(measure) || kind === 'age';
}

/**
 * The words that open a sentence pointing back to the event told in the sentence before, to date it: „Das war im Juli
 * 2022.“, „Dies geschah 2015.“, „Es ereignete sich 2016.“, "That was in July 2023.", "It took place in 2015." Data for
 * `pointsBackToAnEvent`.
 */
const EVENT_POINTERS = ['das', 'dies', 'that', 'this'];
/** „Es geschah 2016.“, "It happened in 2016.": a pronoun that points back only with a verb of happening. */
const EVENT_PRONOUNS = ['es', 'it'];
/** Verbs of happening: „Das ereignete sich 2016.“, „Das fand 2016 statt.“, "That took place in 2016." */
const EVENT_HAPPENING_VERBS = ['geschah', 'passierte', 'ereignete sich', 'happened', 'occurred', 'took place'];
/** „Das war 2015.“; not after „es“/"it": "It was founded in 2023" tells an event of its own. */
const EVENT_BEING_VERBS = ['war', 'was'];
/** „Das fand 2016 statt.“, the particle later; not after „es“: „Es fand 2016 ein Treffen statt.“ tells its own event. */
const EVENT_SPLIT_VERBS = [{ verb: 'fand', particle: 'statt' }];
/** „Das alles geschah 2016.“, "This all happened in 2016.": the word a pointer may take before its verb. */
const EVENT_POINTER_ALL = ['alles', 'all'];
const splitVerbs = EVENT_SPLIT_VERBS.map(({ verb, particle }) => `${alternation([verb])}(?![\\p{L}]).*?\\s${alternation([particle])}`);
const EVENT_POINTER = new RegExp(
  `^\\s*(?:(?:${alternation(EVENT_POINTERS)})(?:\\s+(?:${alternation(EVENT_POINTER_ALL)}))?\\s+(?:${[alternation(EVENT_BEING_VERBS), ...splitVerbs].join('|')})` +
    `|(?:${alternation([...EVENT_POINTERS, ...EVENT_PRONOUNS])})(?:\\s+(?:${alternation(EVENT_POINTER_ALL)}))?\\s+(?:${alternation(EVENT_HAPPENING_VERBS)}))(?![\\p{L}])`,
  'iu',
);

/** Whether a sentence opens by pointing back to the event the sentence before told of („Das war …“, "That was …"). */
export function pointsBackToAnEvent(sentence: string): boolean {
  return EVENT_POINTER.test(sentence);
}

/** The year word after an age: "40 Jahre", "40 years". */
export const AGE_YEAR_WORDS = ['jahre', 'years'];
/** The year word shortened, as profiles, tables and notes write an age: „Liang Wenfeng, 40 J.“, "Liang, 40 yrs". */
export const AGE_YEAR_ABBREVIATIONS = ['J.', 'Jhr.', 'yrs.', 'yrs', 'y/o'];
/** The year words after a number of years, singular and German dative too: "ein Jahr", "seit 40 Jahren", "one year". */
/** „die Exportbeschränkungen von 2021“, "the export curbs of 2021": the words that give an act's own year after its noun. */
export const ACT_YEAR_PREPOSITIONS = ['von', 'aus', 'ab', 'of', 'from'];
/** "curbs imposed in 2022", „Exportkontrollen, verhängt im Jahr 2022“: the participles that date an act after its noun. */
export const ACT_DATING_PARTICIPLES = ['imposed', 'introduced', 'issued', 'adopted', 'enacted', 'announced', 'tightened', 'verhängt', 'erlassen', 'eingeführt', 'beschlossen', 'verschärft'];
/** „aus dem Jahr 2022“, "in the year 2022": the noun between a preposition and a year. */
export const YEAR_NOUNS_BEFORE_A_YEAR = ['jahr', 'jahre', 'year'];
export const YEAR_WORDS = [...AGE_YEAR_WORDS, 'jahr', 'jahren', 'year'];
/** "is 40 and a computer engineer", „ist 40 und stammt …“: the words that go on to what else a subject is or does. */
export const AND_WORDS = ['und', 'and'];
/**
 * Words that hedge the figure after them ("rund 160", "some 200", "nicht einmal ein Zehntel"): one list, so the range
 * rules and the restatement rule ("also rund …", "that is, about …") cannot drift apart.
 */
export const HEDGE_WORDS = ['rund', 'etwa', 'ungefähr', 'gut', 'knapp', 'fast', 'nahezu', 'beinahe', 'mehr als', 'weniger als', 'nicht einmal', 'über', 'unter', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'more than', 'less than', 'not even', 'over', 'under'];
export const HEDGE_WORD_PATTERN = alternation(HEDGE_WORDS);
/** The copula an age follows ("Liang ist 40", "he was only 30"), with the time words that may stand between. */
export const COPULA_BEFORE_AGE = String.raw`\s+(?:is|was|turned|ist|war|wurde|wird)\s+(?:(?:now|jetzt|inzwischen|heute|erst|just|only)\s+)?$`;

/** "Abgerufen am", "Zugriff am", "Retrieved", "accessed on": a reference's date of access, when the writer read it. */
const ACCESS_WORDS = ['abgerufen am', 'zuletzt abgerufen am', 'aufgerufen am', 'zugriff am', 'letzter zugriff am', 'letzter zugriff', 'retrieved', 'retrieved on', 'accessed', 'accessed on', 'last accessed', 'last accessed on'];
/**
 * "Telepolis. Abgerufen am 29. Januar 2025.", "(accessed on 3 February 2025)", "Retrieved: January 29, 2025": an access
 * date opening a reference's clause says when the page was read, no claim; "Users accessed it on 27 January" does not
 * open one.
 */
export const ACCESSED_BEFORE = new RegExp(`(?:^|[.,;(\\[–—]\\s*)(?:${alternation(ACCESS_WORDS)})\\s*:?\\s+$`, 'iu');
/** "Private Securities Litigation Reform Act of 1995", "SECURITIES EXCHANGE ACT OF 1934": the year names the law. */
export const LAW_NAMED_BEFORE = /(?<![\p{L}])(?:Act\s+of|ACT\s+OF)\s+$/u;

/**
 * "Published", „Veröffentlicht am“: the words before a reference's day of publication. With a colon they are a page's
 * stamp ("Published: 28 January 2025", facts/updateStamp.ts), which dates the page.
 */
const PUBLICATION_WORDS = ['published', 'published on', 'first published', 'first published on', 'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am'];
/**
 * "Explainer, German. Published 28 January 2025. <https://…>", „Telepolis. Veröffentlicht am 30. Januar 2025. <https://…>“:
 * a sentence that is only a publication word, a day and the link to the piece is a reference's, and says when the piece
 * appeared, no day of an event. "R1 was published on 20 January", "Published on 20 January, R1 …" say more than that,
 * and a page's own "Published 31 January 2025." (no link) is the day of the page: they stay dates.
 */
export const PUBLISHED_BEFORE = new RegExp(`^[\\s*_]*(?:${alternation(PUBLICATION_WORDS)})\\s+$`, 'iu');
/** What follows a reference's day of publication in its sentence: the full stop and the link to the piece. */
export const ONLY_LINK_AFTER = /^[\s*_]*\.?[\s*_]*<?https?:\/\/\S+>?\s*$/iu;

/** Words that pair a list of values with a list of things in order. */
export const RESPECTIVELY = /(?<![\p{L}])(respectively|jeweils|beziehungsweise|bzw\.)(?![\p{L}])/iu;

// Hedges, qualifiers and comparatives that extractFigures.ts reads around one kind of figure each.
/** Words that qualify a fraction or a figure right before it: „fast die Hälfte“, "more than a third", „nicht einmal ein Zehntel“. */
export const QUALIFIER_WORDS = ['fast', 'knapp', 'gut', 'nahezu', 'beinahe', 'almost', 'nearly', 'mehr als', 'weniger als', 'nicht einmal', 'nicht mal', 'über', 'unter', 'more than', 'less than', 'not even', 'over', 'under'];
/** Hedges between the word that says what a sum came to or changed by and the sum: „auf rund 3 Billionen“, "by about $600 billion". */
export const SUM_HEDGE_WORDS = ['rund', 'etwa', 'ca.', 'knapp', 'fast', 'gut', 'mehr als', 'über', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'more than', 'over', 'just', 'only', 'nur'];
/**
 * Words that make a small sum in their clause the price of one share: „Schlusskurs 118,42 $“, „schloss bei 140,14
 * Dollar“, "closed the day at $118.42", "the stock traded at $142".
 */
/** "four times as hard as Microsoft": the words of a move's size; "1.8 times as fast as before" compares no two moves. */
export const AS_HARD_AS = ['hard', 'steeply', 'sharply', 'much', 'strongly', 'heavily', 'badly', 'deeply', 'far'];
export const SHARE_PRICE_WORDS = ['schlusskurs*', 'aktienkurs*', 'kurs', 'kurse', 'schloss', 'schließt', 'schlossen', 'notiert*', 'aktie', 'aktien', 'papier', 'papiere', 'closing price', 'share price', 'stock price', 'closed', 'closes', 'traded', 'trades', 'shares', 'stock'];
/** Words after a sum that make it a change (with up to two words between): "$600 billion off", „509 Milliarden Dollar Börsenwert verliert“. */
export const CHANGE_WORDS_AFTER = ['off', 'weniger', 'less', 'loss', 'losses', 'verlust', 'verluste', 'verlor', 'verloren', 'verliert', 'verbrannt', 'vernichtet', 'eingebüßt', 'einbüßte', 'drop', 'decline', 'plunge', 'gain', 'zuwachs'];
/** Comparatives after points that say what the points are the difference of: "1.2 points bigger", „zwei Punkte schlechter als Microsoft“. */
export const POINTS_COMPARATIVES = ['bigger', 'larger', 'higher', 'more', 'less', 'lower', 'smaller', 'worse', 'better', 'deeper', 'steeper', 'further', 'farther', 'sharper', 'harder', 'heavier', 'milder', 'größer', 'höher', 'mehr', 'weniger', 'niedriger', 'kleiner', 'geringer', 'tiefer', 'schlechter', 'besser', 'stärker', 'schwächer', 'weiter', 'deutlicher', 'kräftiger', 'steiler', 'glimpflicher'];
/** Hedges between "seit"/"for" and how long something has lasted: „seit gut zwei Jahren“, "for more than three years". */
export const SINCE_HEDGE_WORDS = ['gut', 'knapp', 'rund', 'etwa', 'fast', 'über', 'mehr als', 'about', 'nearly', 'almost', 'over', 'more than', 'just', 'only', 'nur', 'erst'];
/** The words before "for" that make it how long something has lasted: "had been in place for", "has existed for", "in force for". */
export const LASTING_WORDS_BEFORE_FOR = ['been', 'existed', 'lasted', 'place', 'force', 'operating', 'around'];
/** Hedges between a noun with "of"/„von“ and its figure: "a fleet of about 10,000", „eine Flotte von rund 10.000“. */
export const NOUN_OF_HEDGE_WORDS = ['rund', 'etwa', 'knapp', 'über', 'gut', 'fast', 'kaum', 'ca.', 'circa', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'only', 'nur'];

/** „2480 dieser Chips“, „50.000 der Grafikkarten“: genitive determiners after a number name the things counted, of which the number is a part. */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['der', 'dieser', 'jener', 'aller', 'solcher', 'seiner', 'ihrer', 'unserer']);

/**
 * Nouns of a change that may take a period of their own: "a 25% gain in 2024", "its 171% rise over 2024", „ein Plus
 * von 25 Prozent im Jahr 2024“, „nach einem Anstieg von 171 Prozent 2024“.
 */
export const CHANGE_NOUNS = ['gain', 'gains', 'rise', 'jump', 'climb', 'rally', 'increase', 'advance', 'fall', 'drop', 'decline', 'slide', 'slump', 'plunge', 'loss', 'losses', 'decrease', 'plus', 'minus', 'zuwachs', 'anstieg', 'kursanstieg', 'kursplus', 'kursgewinn', 'wertzuwachs', 'verlust', 'kursverlust', 'rückgang', 'einbruch', 'kurseinbruch', 'kurssturz'];
/** What joins a change noun to the figure after it: "a gain of 25%", „ein Plus von 25 Prozent“. */
export const CHANGE_NOUN_OF = ['of', 'von'];
/** Prepositions of a period after a change, with the words for a year they may take: "in 2024", "over the year 2024", „im Jahr 2024“. */
export const PERIOD_PREPOSITIONS = ['in', 'over', 'during', 'for', 'im', 'über', 'während'];
export const PERIOD_YEAR_WORDS = ['the', 'calendar', 'full', 'fiscal', 'year', 'jahr', 'jahre', 'gesamtjahr', 'kalenderjahr', 'geschäftsjahr', 'dem', 'des'];
/** Words that close a period phrase after its year, besides a clause's words (CLAUSE_WORDS): "gaining 25% in 2024 and …", „im Jahr 2024 und …“. */
export const PERIOD_PHRASE_CLOSERS = ['and', 'or', 'but', 'before', 'then', 'alone', 'und', 'oder', 'aber', 'bevor', 'dann', 'sowie', 'allein'];
/** The German prepositions of a period: only after them may a verb close the clause right after the year („im Jahr 2024 zugelegt hatte“). */
export const GERMAN_PERIOD_PREPOSITIONS = ['im', 'über', 'während'];
/** Separable particles that close a German clause after a period's year („stieg im Jahr 2024 um 25 Prozent an“, „… nahm im Jahr 2024 zu“). */
export const PERIOD_CLOSING_PARTICLES = [...CLOSING_VERB_PARTICLES, 'zu', 'nach', 'auf'];

/**
 * Words that put a past "war"/"was" at a time the sentences before name ("Damals war er 30", "He was about 30 at the
 * time", „Da war er etwa 38“: „da“ of a time only with its verb, „Da er 40 ist“ gives a reason), and the fillers that
 * may stand between the verb and a bare age („also“, „schon“, "about").
 */
export const AGE_THEN_WORDS = ['damals', 'seinerzeit', 'da war', 'then', 'back then', 'at the time', 'at that time'];
export const PAST_AGE_FILLERS = ['damals', 'seinerzeit', 'then', 'also', 'demnach', 'schon', 'bereits', 'erst', 'gerade', 'etwa', 'rund', 'ungefähr', 'knapp', 'gut', 'um die', 'about', 'around', 'roughly', 'nearly', 'almost', 'only', 'just', 'already', 'barely'];
/**
 * The German determiners that open the noun phrase after "nach"/"vor" of a duration: „eine Woche nach dem Durchbruch“,
 * „nach dessen Vorstellung“. English anchors ("after the launch") are ended by punctuation alone.
 */
export const ANCHOR_DETERMINERS_DE = ['dem', 'der', 'den', 'des', 'dessen', 'deren', 'seinem', 'seiner', 'seinen', 'ihrem', 'ihrer', 'ihren', 'einem', 'einer', 'einen', 'diesem', 'dieser', 'diesen', 'jenem', 'jener'];
/**
 * Lower-case words that go on a German noun phrase after its noun: a genitive's or a preposition's („der Durchbruch von
 * R1“, „die Gründung des Hedgefonds“, „der Kurssturz an der Börse“). Any other lower-case word after the noun is the
 * clause's verb („nach dessen Vorstellung verlor Nvidia …“).
 */
export const NOUN_PHRASE_CONTINUERS_DE = ['von', 'vom', 'des', 'der', 'dem', 'den', 'die', 'das', 'eines', 'einer', 'seines', 'seiner', 'ihres', 'ihrer', 'dessen', 'deren', 'und', 'sowie', 'im', 'am', 'an', 'in', 'zum', 'zur', 'mit', 'aus', 'bei', 'auf', 'für', 'über', 'gegen', 'um'];
