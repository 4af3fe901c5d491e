import type { Figure, FigureKind, Language, NameKind, Span } from '../types';
import { chatStamps } from '../text/chatStamp';
import { caselessPattern, caselessRegExp } from '../text/caselessPattern';
import { gatedMatches } from '../text/gatedMatches';
import { nounConcept } from './countedNoun';
import { findDates } from './dates';
import { numeralsIn, parseNumeral, roundingStep } from './numerals';
import { isVersionInName } from './versionInName';
import { frontedByNow, wordsAfterComma } from './frontedNowAge';
import { pastAgeThen } from './pastAgeThen';
import { personOfYears } from './personOfYears';
import { AGED_PERSON_NOUN } from './agedPersonNoun';
import { germanAnchorPhraseEnd } from './anchorPhrase';
import { CITATION, legalCitationSpans, withoutCitationDigits } from '../text/citations';
import { wordAlternation as alternation } from '../context/lexicon';
import { categoryOf, kindOfWord } from '../names/kindEvidence';
import { FUNCTION_WORDS } from '../names/wordLists';
import { REFERENCE_WORDS } from '../names/referenceWords';
import {
  APPROXIMATE_BEFORE, isPeak, isPeakBound, CLOSING_VERB_PARTICLES, CURRENCIES, CURRENCY_AFTER_PATTERN, CURRENCY_BEFORE_PATTERN, NUMBER_WORDS, NUMBER_WORD_PATTERN, numberWordValue, DECIMAL_POINT_WORD, SPOKEN_DECIMAL, spokenDecimalValue,
  DURATION_UNITS, FRACTION_ADJECTIVES, SIGN_WORDS, LEANING_HEDGES, LOOSE_SPAN_ADJECTIVE, ENGLISH_FRACTION_WORDS, FRACTION_WORDS, GAP_BEFORE, GERMAN_FRACTION_WORDS, MULTIPLYING_VERBS, NEGATED_BEFORE, NUMBERING_WORDS, NO_ONE_WORDS, ONE_WORDS, POINT_NOUNS, POINT_ABBREVIATION_STOP, POINTS_BETWEEN, OUTDONE_BY_BEFORE, MARGIN_HEDGE_PATTERN, ORDINAL_SHARE_WORDS, SCALE_WORD_PATTERN, PERCENT_WORD, PERCENT_WORD_PATTERN, SPAN_GAP_AFTER, SPAN_GAP_BEFORE, UPPER_BOUND_BEFORE, boundBefore, leaningPhraseBefore, lowerBoundBefore, scaleOf, SCORE_WORDS, SCORE_COMPOUND_TAILS, LAG_WORD,
  AGE_YEAR_WORDS, AGE_YEAR_ABBREVIATIONS, AGED_THING_NOUNS, VERBS_AFTER_AGE_AS_NOUN, SUBJECT_DETERMINERS, AGE_COPULAS, AGE_COPULA_ADVERBS, CLAUSE_OPENING_WORDS, FRONTED_TIME_PHRASES, PERSON_PRONOUNS, THING_PRONOUNS, INDEFINITE_ARTICLES, SHARE_DESTINATION_ARTICLES, SHARE_DESTINATION_PREPOSITIONS, RELATIVE_PRONOUNS_AFTER_A_SUM, SUM_DESTINATION_PREPOSITIONS, SUM_NEEDING_VERBS, SUM_NOUNS, SUM_SHARING_VERBS,
  GAP_STATED_BEFORE, SUM_CLOSING_WORDS, SUM_OPENING_WORDS, ACCOMPANYING_PREPOSITIONS, AND_WORDS, HEDGE_WORD_PATTERN, COPULA_BEFORE_AGE, ACCESSED_BEFORE, LAW_NAMED_BEFORE, MORE_OR_LESS_WORDS, THAN_WORDS, PUBLISHED_BEFORE, ONLY_LINK_AFTER, AVERAGE_OUTDONE_WORDS, AVERAGE_OUTDONE_ARTICLES,
  CLOCK_HOUR_PATTERN as CLOCK_HOUR, CLOCK_TIME_SUFFIXES, WHOLE_HOUR_SUFFIXES, CLOCK_SPAN_WORDS, HALF_SPAN_UNITS, TIME_LENGTH_UNITS, POSTED_AGO_UNITS, RECURRENCE_UNITS, SIGNATURE_TIME_ZONES,
  LIST_VALUE_HEDGES, PARTITIVE_DETERMINERS, QUALIFIER_WORDS, SUM_HEDGE_WORDS, CHANGE_WORDS_AFTER, POINTS_COMPARATIVES, LASTING_WORDS_BEFORE_FOR, SINCE_HEDGE_WORDS, NOUN_OF_HEDGE_WORDS, PART_SCALE_WORDS, COUNTED_IN_BILLIONS, BENCHMARK_SCORE_PREPOSITIONS,
} from './vocabulary';

export interface FigureOptions {
  language: Language;
  /** Spans that are names and may hold digits ("Nasdaq 100", "Fire-Flyer II"). */
  masked?: Span[];
  /** Scraped source text: a small number glued to a sentence end ("überzeugt 18.") is a footnote marker. */
  isSource?: boolean;
  /** A table cell holding nothing but a number ("| Smaller versions | seven |"): the row says what it counts. */
  cell?: boolean;
  /** That cell's row label ("Parameters" in "| Parameters | 761B |"): what its number counts. */
  rowLabel?: string;
  /** Where the sentence names people: "Liang Wenfeng (40)" is the person's age. */
  people?: Span[];
  /** Where the sentence names what the sources or the glossary know: "Nvidia minus 7,82, Microsoft minus 3,75 Prozent" pairs values with them. */
  named?: Array<Span & { entry?: { kind: NameKind } }>;
}

const SMALL_NUMBER_WORDS = [...NUMBER_WORDS.keys()].filter((w) => NUMBER_WORDS.get(w)! < 10).join('|');
// German fractions are nouns of their own; English ones are ordinals too ("the third model"), so they need "a third
// of" or a clause end ("more than a third.").
// "two-thirds": a hyphened number makes the word a fraction wherever it stands; spaced ("three quarters") it needs "of"
// or a clause end like "a third", since "two quarters" and "for three quarters in a row" are periods of a year.
const GERMAN_FRACTIONS = [...GERMAN_FRACTION_WORDS.keys()].join('|');
const ENGLISH_FRACTIONS = [...ENGLISH_FRACTION_WORDS.keys()].join('|');
const HALF_QUALIFIERS = '(?:than|almost|nearly|about|over|under|roughly|just|only|some)';
const FRACTION = new RegExp(
  `(?<![\\p{L}])(?:(?:(${SMALL_NUMBER_WORDS})|die|der|ein(?:e|em|er|en)?)\\s+(?:(?:${FRACTION_ADJECTIVES})\\s+)?(${GERMAN_FRACTIONS})(?![\\p{L}])` +
  `|(${SMALL_NUMBER_WORDS})(?:-|\\s+(?=(?:${ENGLISH_FRACTIONS})\\s+of\\b|(?:${ENGLISH_FRACTIONS})\\s*[.,;:)]|(?:${ENGLISH_FRACTIONS})$))(${ENGLISH_FRACTIONS})(?![\\p{L}-])` +
  // "one-twentieth of GPT-4o's bill" is written hyphened as often as spaced; "a tenth as much" is a fraction as "a tenth of" is.
  `|(?:a\\s+|one[\\s-])(?:(?:${FRACTION_ADJECTIVES})\\s+)?(${ENGLISH_FRACTIONS})(?=\\s+of\\b|\\s+as\\s+(?:much|many)(?![\\p{L}])|\\s*[.,;:)]|$)` +
  // "more than half of", "almost half of": English drops the article after a qualifier; after a qualifier at a
  // sentence's or clause's end too, as "a third" ("36% of the world's models come from China, nearly half."), but not
  // before a comma, where "more than half, the academy says, carry a licence" starts a clause of its own.
  `|(?<=(?:^|[.:;!?]\\s+|${HALF_QUALIFIERS}\\s+))(half)(?=\\s+of\\b|(?<=${HALF_QUALIFIERS}\\s+half)(?:\\s*[.;:)]|$)))`, 'giu');
const SMALL_COUNT = `\\d{1,2}|${SMALL_NUMBER_WORDS}|one|eins|einer|ten|zehn|twenty|zwanzig`;
// "85 von 100 Punkten", "92 out of 100 tasks": a share of a hundred is a percentage as well.
// German says one of them in its gender ("eines von vier Modellen", "eine von vier Firmen").
const ONE_IN = new RegExp(`(?<![\\p{L}\\d.,])(${SMALL_COUNT}|eine[sm]?(?=\\s+von\\s))\\s+(?:(?:in|out\\s+of|von)\\s+(${SMALL_COUNT})|(?:out\\s+of|von)\\s+(100|hundert|hundred|a\\s+hundred))(?![\\p{L}\\d]|[.,]\\d)`, 'giu');

// "rund 480 der weltweit 1328 KI-Modelle", "~580 of the world's 1,328 AI models": a part told as a count of a whole
// that the sentence gives beside it. Not "3 der 5 größten" (a small whole: ONE_IN's) nor "2 of the 4 GPUs per node".
const PART_OF_WHOLE = /(?<![\p{L}\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:der|von\s+den|aus\s+den|of\s+(?:the|all|its|their))\s+(?:[\p{L}'’-]+\s+){0,2}?(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\d\p{L}]|[.,]\d)/gu;
const RANK_BEFORE = /(?<![\p{L}])(?:platz|rang|nummer|nr\.|no\.|number|rank|place|position)\s*$|#\s*$/iu;
/** "1.328", "1,328", "480": a whole number as written in either language. */
const wholeNumber = (digits: string) => Number(digits.replace(/[.,]/g, ''));
/** "2024" after "der" is a year ("20 der 2024 gegründeten Start-ups"), not a whole. */
const isYear = (digits: string) => /^(?:19|20)\d\d$/.test(digits);
// "jedes vierte Modell", "mehr als jedes dritte", "every fifth model": a share told as every n-th of them; not how often
// ("jeden zweiten Tag", "every fourth week"). English "every second" is a moment as often as a share: left alone.
const TIME_WORD = `(?:${alternation(RECURRENCE_UNITS)})`;
const EVERY_NTH = new RegExp(
  `(?<![\\p{L}])(?:jede[snmr]?|every)\\s+(${[...ORDINAL_SHARE_WORDS.keys()].join('|')})[nrs]?(?![\\p{L}])(?!\\s+${TIME_WORD})(?<!every\\s+second[nrs]?)`, 'giu');
/** "4", "four", "vier": a small count written either way. */
function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase()) ?? (ONE_WORDS.has(word.toLowerCase()) ? 1 : undefined);
}
/** "am Tag darauf", "the next day" (1), "tags zuvor", "the day before" (2): one day from the event the sentence is dated by. */
const NEIGHBOURING_DAY = /(?<![\p{L}])(?:(am\s+(?:Tag\s+(?:darauf|danach)|nächsten\s+Tag|folgenden\s+Tag|Folgetag)|tags\s+darauf|the\s+(?:next|following)\s+day|the\s+day\s+after)|(am\s+(?:Tag\s+(?:zuvor|davor)|Vortag)|tags\s+zuvor|the\s+day\s+before|the\s+previous\s+day))(?![\p{L}])/giu;
const GERUND_AFTER = /^\s+\p{Ll}+ing(?![\p{L}])/u;
const TIME_UNIT = `(${alternation(HALF_SPAN_UNITS)})`;
const HALF_SPAN = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2}|${SMALL_NUMBER_WORDS}|one|ten|eleven|twelve)\\s+and\\s+a\\s+half\\s+${TIME_UNIT}` +
  `|(an?|one)\\s+${TIME_UNIT}\\s+and\\s+a\\s+half|half\\s+an?\\s+${TIME_UNIT}` +
  `|(?:ein(?:en|em|es)?\\s+)?halbe[ns]?\\s+(Jahr(?:e?s)?|Jahrzehnt(?:e?s)?|Monat(?:e?s)?|Tag(?:e?s)?))(?![\\p{L}])`, 'giu');
// "acht Jahre älter als DeepSeek", "eight years older than DeepSeek": what is older came that much before the other.
const RELATIVE_AFTER = /^(?:,\s*(?:bevor|ehe|nachdem)|\s+(?:vor|bevor|ehe|nachdem|nach|später|zuvor|danach|darauf|früher|before|after|later|earlier|prior|(?:älter|jünger)\s+als|(?:older|younger)\s+than))(?![\p{L}])/iu;
const QUALIFIER_BEFORE = new RegExp(String.raw`(${alternation(QUALIFIER_WORDS)})(\s+)$`, 'iu');
const OF_WHAT = /^\s+(?:of\s+what|of\s+\p{Lu}[\p{L}\d-]*['’]s?(?![\p{L}])|(?:of|von)\s+\p{Lu}[\p{L}-]*\d[\p{L}\d-]*(?![\p{L}\d])|of\s+the\s+cost|dessen,?\s+was|von\s+dem,?\s+was|so\s+viele?(?![\p{L}])|as\s+(?:much|many)(?![\p{L}])|(?:of\s+the|der|des|von\s+den|von)\s+(?:[$€¥£]|\d)|(?:of|der|des|von)\s+(?:the\s+|that\s+|dem\s+|den\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:figure|sum|amount|cost|costs|budget|bill|price|spend|spending|summe|betrags?|kosten|budgets?|preises|werts?|wertes|ausgaben)(?![\p{L}])|(?:of\s+the|des|der)\s+(?:first|second|other|lower|upper|higher|larger|smaller|ersten|zweiten|anderen|kleineren|größeren)(?![\p{L}]))/iu;
const OF_A_SUM = new RegExp(String.raw`^\s+(?:of|der|des)\s+(?:the\s+|that\s+|dem\s+|den\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:${alternation(SUM_NOUNS)})(?![\p{L}])`, 'iu');
// Only in the fraction's own clause: „kostete 5,6 Millionen Dollar, ein Drittel des Geldes floss …“ needs nothing.
const SUM_NEEDED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(SUM_NEEDING_VERBS)})(?![\p{L}])[^.;:!?,–—]*$`, 'iu');
const SUM_SHARED_AFTER = new RegExp(String.raw`^(?!\s+(?:${alternation(RELATIVE_PRONOUNS_AFTER_A_SUM)})(?![\p{L}]))(?:\s+(?=(?:${alternation(SUM_DESTINATION_PREPOSITIONS)})(?![\p{L}]))|[^.;:!?,–—]*?(?<![\p{L}])(?:${alternation(SUM_SHARING_VERBS)})(?![\p{L}]))`, 'iu');
// Where the part went is what it is a share of: „… floss in Rechenzeit“, "… went into compute", "… on electricity".
const SHARE_DESTINATION = new RegExp(String.raw`^\s*(?:\p{Ll}+\s+)?(?:${alternation(SHARE_DESTINATION_PREPOSITIONS)})\s+(?:(?:${alternation(SHARE_DESTINATION_ARTICLES)})\s+)?([\p{L}-]+)`, 'iu');
// Only words of amount or size make a multiple: "halb so wild", "half as bad" are idioms; "twice that month" is how often.
// How hard something fell or rose is an amount too: "fell twice as hard as Broadcom", "doppelt so tief wie Microsoft".
const AMOUNT_WORD = '(?:viele?|teuer|teurer|groß|hoch|schnell|billig|günstig|wenig|lang|stark|tief|heftig|kräftig|steil|much|many|big|large|high|expensive|costly|cheap|fast|few|little|long|strong|hard|deep|steep(?:ly)?|sharp(?:ly)?|heavily)';
const MULTIPLE_WORD = new RegExp(`(?<![\\p{L}])((?:[Dd]oppelt|[Hh]alb)\\s+so\\s+${AMOUNT_WORD}|(?:[Tt]wice|[Hh]alf)\\s+as\\s+${AMOUNT_WORD}|(?:[Tt]wice|[Dd]ouble|[Tt]riple|[Tt]reble|[Qq]uadruple)(?=\\s+(?:what|that\\s+of|the\\s+(?:amount|sum|figure|cost|price|number)|\\p{Lu}))|(?<=(?:das|dem|des)\\s+)Doppelten?)(?![\\p{L}])`, 'gu');
/** How many times a word for a multiple says: "triple Microsoft's drop", "quadruple what …". */
const MULTIPLE_OF_WORD: Record<string, number> = { triple: 3, treble: 3, quadruple: 4 };
const HEDGE_BEFORE = new RegExp(`(?:${HEDGE_WORD_PATTERN})\\s+$`, 'iu');
/** "ein Fünftel von Fire-Flyer II.", "a fourteenth of GPT-4o": of a name and nothing more, that thing's value, not a part of it. */
const OF_NAME_ALONE = /^\s+(?:of|von)\s+\p{Lu}[\p{L}\d-]*(?:\s+(?:[IVX]+|\d+))?(?=\s*(?:[.;,)–—]|$))/u;
// The patterns below that hold the number words are written for `iu` and compiled with their case spelt out at their
// first use (caselessRegExp): with `i` the first use of each cost a process 0.3–0.4 s of CPU (a CLI check, the server's
// first check), spelt out 0.06–0.1 s.
export const FACTOR_PATTERN = `(?<![\\p{L}])((?:by\\s+|um\\s+(?:den|einen)\\s+)?)((?:an?\\s+)?factor\\s+of\\s+(?:(?:almost|nearly|about|roughly|more\\s+than)\\s+)?|Faktor\\s+(?:(?:fast|knapp|rund|etwa|von)\\s+)?)(\\d+(?:[.,]\\d+)?|${NUMBER_WORD_PATTERN})(?![\\p{L}\\d])`;
// Spelt out, past the 20 KB V8 optimises (gatedMatches): tried only on sentences that say "factor" (FACTOR_WORD).
const factor = caselessRegExp(FACTOR_PATTERN, 'giu');
/** A lag right after a count of years: "… years behind", „… Jahre im Rückstand“, „… Jahre hinter den USA“. */
const LEAD_AFTER_UNIT = new RegExp(String.raw`^\s+(?:(?:im|in|of)\s+)?(?:${LAG_WORD.source})`, 'iu');
const WITH_BEFORE = /(?<![\p{L}])(?:mit|for)\s+$/iu;
/** What a share is of: "ein Drittel der Modelle", "a third of the world's models", "ein Zehntel davon". */
const WHOLE_AFTER = /^\s+(?:der|des|aller|von|vom|davon|of)(?![\p{L}])/iu;
const THAT_IS = /(?<![\p{L}])(?:das|dies|that|this|it)\s*(?:ist|sind|war|waren|is|was|are|were|['’]s)\s+$/iu;
// "5 hours ago", "vor 12 Minuten": when a comment was posted, counted back from whenever the page is read: no figure.
const POSTED_AGO = new RegExp(String.raw`(?<![\p{L}\d.,])\d{1,2}\s+(?:${alternation(POSTED_AGO_UNITS.english)})\s+ago(?![\p{L}])|(?<![\p{L}])vor\s+\d{1,2}\s+(?:${alternation(POSTED_AGO_UNITS.german)})(?![\p{L}])`, 'giu');
// A video timecode goes on past the seconds with frames ("01:14:02:11", drop-frame "01:14:02;11") or milliseconds
// ("00:01:02,500" in a subtitle file): all of it is the time, so no part is left over as a figure.
// A span of the clock may end at midnight: „von 18 bis 24 Uhr“.
const CLOCK_HOUR_TO_MIDNIGHT = String.raw`(?:[01]?\d|2[0-4])`;
const TIME_OF_DAY = new RegExp(String.raw`(?<![\d.,:])${CLOCK_HOUR}:[0-5]\d(?::[0-5]\d(?:[:;][0-5]\d|[.,]\d{1,3})?)?(?![\d])(?:\s*(?:${alternation(CLOCK_TIME_SUFFIXES)}))?|(?<![\d.,])${CLOCK_HOUR}\.[0-5]\d\s*uhr\b`, 'giu');
// "um 16 Uhr", "at 4 p.m.", „von 8 bis 18 Uhr“: a whole hour the clock gives is no figure either; with the hour a span
// starts at. Case as written: „am“ after a German number is a preposition; „Uhren“ are watches, "PM-Stellen" no time.
const WHOLE_HOUR = new RegExp(String.raw`(?<![\d.,:])(?:${CLOCK_HOUR_TO_MIDNIGHT}(?:[:.][0-5]\d)?\s*(?:${alternation(CLOCK_SPAN_WORDS)})\s*)?${CLOCK_HOUR_TO_MIDNIGHT}\s*(?:${alternation(WHOLE_HOUR_SUFFIXES)})(?![\p{L}\d-])`, 'gu');
// What every whole hour holds, in a pattern that opens with no lookbehind, so V8 skips the sentences without one fast.
const MAYBE_WHOLE_HOUR = new RegExp(String.raw`\d\s*(?:${alternation(WHOLE_HOUR_SUFFIXES)})`, 'u');
// "-- Kalliope 14:02, 29. Jan. 2025 (CET)", "-- Ann 14:02, 29 January 2025 (UTC)": a talk page's signature says when a
// reply was posted, not when anything it reports happened.
const SIGNATURE_STAMP = new RegExp(String.raw`(?<![\d.,:])${CLOCK_HOUR}:[0-5]\d,\s+\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}\s*\((?:${alternation(SIGNATURE_TIME_ZONES)})\)`, 'gu');
// "doubled down on AI spending" is an idiom for insisting, not a doubling.
const MULTIPLYING_VERB = new RegExp(`(?<![\\p{L}])(${[...MULTIPLYING_VERBS.keys()].join('|')})(?![\\p{L}])(?!\\s+down(?![\\p{L}]))`, 'giu');
// "fünfmal", "zehnfach", "fivefold": German and English write a number word and its multiple as one word. Written for
// `giu`, compiled with its case spelt out (caselessPattern): with `i` its first use cost every process and thread that
// reads a figure 0.3–0.4 s of CPU, spelt out 0.06 s.
export const WORD_NUMBER_PATTERN = `(?<![\\p{L}\\d-])(${NUMBER_WORD_PATTERN}|${[...ONE_WORDS, ...NO_ONE_WORDS].join('|')})(?=mal(?![\\p{L}])|fach|fold(?![\\p{L}])|(?![\\p{L}\\d]))`;
const WORD_NUMBER = new RegExp(caselessPattern(WORD_NUMBER_PATTERN), 'uy');
// Spelt out, the pattern is 44 KB, past the size V8 optimises: it is tried only where a word opens with what every
// number word opens with (gatedMatches). Each alternative of NUMBER_WORD_PATTERN opens with a number word's first word,
// or with "a", "an", "ein", "kein…" (a composed number's "a hundred", "ein" of „eintausend“ included); a starter that
// opens another is enough, and the two short ones, "a" and "an", open other words too often to be a gate alone: they
// are taken as whole words or before what the pattern lets follow them.
const SHORT_STARTERS = ['a', 'an'];
const STARTERS = [...new Set([...[...NUMBER_WORDS.keys()].map((w) => w.split(/[\s-]/u)[0]), ...ONE_WORDS, ...NO_ONE_WORDS])].filter((w) => !SHORT_STARTERS.includes(w));
export const WORD_NUMBER_GATE_PATTERN = `(?<![\\p{L}\\d-])(?:${STARTERS.filter((w) => !STARTERS.some((v) => v !== w && w.startsWith(v))).join('|')}|(?:${SHORT_STARTERS.join('|')})(?=mal|fach|fold|(?![\\p{L}\\d])))`;
const WORD_NUMBER_GATE = new RegExp(caselessPattern(WORD_NUMBER_GATE_PATTERN), 'gu');
const HALVES_BEFORE_A_SCALE_OR_TIMES = new RegExp(
  `(?<![\\p{L}])(?:([Hh]alf\\s+an?|[Ee]ine[rnms]?\\s+halbe[nrms]?)|([Aa]nderthalb|[Ee]ineinhalb|(?:[Oo]ne|[Aa])\\s+and\\s+a\\s+half)|(zwei|drei|vier|fünf|sechs|sieben|acht|neun)einhalb|(two|three|four|five|six|seven|eight|nine)\\s+and\\s+a\\s+half)` +
  `(?=\\s+(?:millionen|million|milliarden?|billionen|billion|trillion|times)(?![\\p{L}]))`, 'giu');
// A word every match of a pattern holds, tested first with the pattern's own flags (so it finds what the pattern would):
// most sentences hold none, and scanning them with the pattern (a look-behind at every position) was a tenth of a cold
// source index's figure reading.
const FRACTION_WORD = new RegExp(`${GERMAN_FRACTIONS}|${ENGLISH_FRACTIONS}|half`, 'iu');
const HALF_SPAN_WORD = /half|halbe/iu;
const EVERY_WORD = /jede|every/iu;
const ILLION_OR_TIMES_WORD = /illion|illiard|times/iu;
const MULTIPLE_WORD_WORD = /[Dd]oppelt|[Hh]alb|[Tt]wice|[Hh]alf|[Dd]ouble|[Tt]riple|[Tt]reble|[Qq]uadruple/u;
const FACTOR_WORD = /factor|faktor/iu;

/** The matches of `pattern` in `text`, where `word` (a word each of them holds) is there. */
function matchesWhere(text: string, word: RegExp, pattern: RegExp): Iterable<RegExpExecArray> {
  return word.test(text) ? text.matchAll(pattern) : [];
}
const SCALE_AFTER = new RegExp(`^(?:\\s+|-)(${SCALE_WORD_PATTERN})(?![\\p{L}])`, 'iu');
const CURRENCY_AFTER = new RegExp(`^(?:\\s*|-)(${CURRENCY_AFTER_PATTERN})(?![\\p{L}])(?!\\s?\\d)`, 'iu');
const CURRENCY_BEFORE = new RegExp(`(?<![\\p{L}])(${CURRENCY_BEFORE_PATTERN})(\\s?)$`, 'iu');
const PERCENT_AFTER = new RegExp(`^\\s*(${PERCENT_WORD_PATTERN})`, 'iu');
/** A percentage's text that says "percent" (not "1 in 4", „fast die Hälfte“). */
// Leichte Sprache hyphenates its compounds („Prozent-Punkte“); notes and tables shorten them („Prozentpkt.“).
const POINTS_AFTER = /^\s*(prozent-?punkte?n?|prozent-?pkt(?:\.|(?![\p{L}]))|proz\.-(?:punkte?n?|pkt\.?)|percentage[- ]points?|pp\b)/iu;
const MULTIPLIER_AFTER = /^(?:\s*|-)(fache[ns]?|fach|fold|times|mal|x|×)(?![\p{L}])/iu;
/** What follows "times" when it multiplies: "as much", "more", "cheaper", "so viel", "the cost", "what … spent". */
const COMPARED_AFTER = /^\s+(?:as|so|more|less|fewer|the|that|what|than|als|wie|mehr|weniger|\p{L}+(?:er|ere[nmrs]?))(?![\p{L}])/iu;
/** "40-jährige", "41-year-old", "40 years old", "40 years of age"; "40 Jahre alt" and the attributive "ein 40 Jahre alter
 * Ingenieur" are "40 Jahre": the figure and its unit, "alt" is no unit (a German writer underlines "[40 Jahre] alt").
 * Notes shorten "years old" to "yo", glued or not, and glue "y/o": "Liang Wenfeng, 41yo, founder", "a 40 yo quant"; a hyphen
 * after it makes it another word ("10 yo-yos"). */
const AGE_AFTER = /^(?:-?(jährige[nrms]?|jährig)(?![\p{L}])|\s+jahre(?=\s+alt(?:e[mnrs]?)?(?![\p{L}]))|-year-old\b|\s+years?\s+(?:old|of\s+age)\b|\s?yo(?![\p{L}\d\p{Pd}])|y\/o(?![\p{L}\d]))/iu;
/** "41-year-old" and "years old" shortened ("41yo", "41 yo", "41y/o"): an adjective where a noun follows. */
const YEARS_OLD_ADJECTIVE = /^(?:-year-old|\s?yo|y\/o)$/iu;
const INFLECTED_OLD = /^\s+alte[mnrs]?(?![\p{L}])/iu;
/** The words of the noun an attributive age stands before, up to a punctuation mark: "alten Hedgefonds High-Flyer". */
const NOUN_PHRASE_WORDS = /^(?:\s+[\p{L}][\p{L}\d'’-]*){1,4}/u;
const AGED_THING_NOUN = new RegExp(`(?:${alternation(AGED_THING_NOUNS)})$`, 'iu');
// The subject of "is"/„ist“ right before a predicative age or an article before an attributive one, with the
// article before it if any: "The fund is now ", „Liang Wenfeng ist heute “, "Liang is a ".
const SUBJECT_BEFORE_COPULA = new RegExp(String.raw`((?:(?<![\p{L}])(?:${alternation(SUBJECT_DETERMINERS)})\s+)?)([\p{L}][\p{L}'’-]*)\s+(?:${alternation(AGE_COPULAS)})\s+(?:(?:${alternation(AGE_COPULA_ADVERBS)}|${HEDGE_WORD_PATTERN})\s+)*$`, 'iu');
// „Damals war der Fonds “, „Heute ist Liang “: the subject after the verb, where something else opens a German clause.
const SUBJECT_AFTER_COPULA = new RegExp(String.raw`((?<![\p{L}])(?:${alternation(AGE_COPULAS)})\s+)((?:${alternation(SUBJECT_DETERMINERS)})\s+)?([\p{L}][\p{L}'’-]*)\s+(?:(?:${alternation(AGE_COPULA_ADVERBS)}|${HEDGE_WORD_PATTERN})\s+)*$`, 'iu');
const ARTICLE_BEFORE_AGE = new RegExp(String.raw`(?:(,)\s*|\s+)(?:${alternation(INDEFINITE_ARTICLES)})\s+$`, 'iu');
const CLAUSE_START = new RegExp(String.raw`(?:^|[.:;!?(„“"»–—]|,|(?<![\p{L}])(?:${alternation([...CLAUSE_OPENING_WORDS, ...FRONTED_TIME_PHRASES])}))\s*$`, 'iu');
const PERSON_PRONOUN = new RegExp(`^(?:${alternation(PERSON_PRONOUNS)})$`, 'iu');
const THING_PRONOUN = new RegExp(`^(?:${alternation(THING_PRONOUNS)})$`, 'iu');
const VERBS_AFTER_AGE = new RegExp(`^(?:${alternation(VERBS_AFTER_AGE_AS_NOUN)})$`, 'iu');
const THING_THAT_IS_BEFORE = new RegExp(String.raw`([\p{L}-]+),?\s+(?:that|which|der|die|das)\s+(?:(?:is|was)\s+)?(?:(?:${alternation(AGE_COPULA_ADVERBS)}|${HEDGE_WORD_PATTERN})\s+)?$`, 'iu');
// "−7,82/−3,75 %": a slash between two values of a list leaves each its sign.
const SIGN_BEFORE = /(?:^|[\s(:/])[-−–]$/;
/** "(7.82)%", "(3,75) %", "(6.58) percent": accounting notation for a fall; a bracket round a bare number is no sign. */
const ACCOUNTING_CLOSE = new RegExp(`^\\)\\s?(?:${PERCENT_WORD_PATTERN})`, 'iu');
/** "55,0 (56,0) Prozent", "12 (13) percent": a report's prior-year value in brackets after this year's, no fall. */
const PRIOR_YEAR_BEFORE = /\d\s?$/u;
/** "+3 %" in a table: a rise, as written. */
const PLUS_BEFORE = /(?:^|[\s(:/])\+$/;
const STOP_WORDS = new Set([
  'und', 'oder', 'bis', 'zu', 'von', 'vom', 'der', 'die', 'das', 'den', 'dem', 'des', 'im', 'in', 'am', 'an', 'auf', 'für', 'mit', 'aus', 'bei',
  'noch', 'nur', 'auch', 'als', 'wie', 'um', 'ab', 'ein', 'eine', 'and', 'or', 'to', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with',
  'from', 'by', 'as', 'than', 'and', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'it', 'its', 'this', 'that', 'which', 'while',
]);

const POST_NUMBER = /(^|\n|\(|\s(?=\(?\d{1,2}\/\d{1,2}\)?\s*$))\(?(\d{1,2})\/(\d{1,2})\)?(?=\s|$)/gu;

/**
 * "Abgerufen am 29. Januar 2025", "Published 28 January 2025.", "Reform Act of 1995": a date that says when a reference
 * was read or appeared, or names a law.
 */
const namesNoDate = (text: string, start: number, end: number) =>
  ACCESSED_BEFORE.test(text.slice(0, start)) || LAW_NAMED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
  (PUBLISHED_BEFORE.test(text.slice(0, start)) && ONLY_LINK_AFTER.test(text.slice(end)));

interface Draft {
  start: number;
  end: number;
  mantissa: number;
  precision: number;
  negative: boolean;
  positive?: boolean;
  /** "(7.82)%": a loss in parentheses, as filings and annual reports write one; the closing bracket is the figure's. */
  bracketed?: boolean;
  isWord: boolean;
}

/** Finds the figures of one sentence. Offsets are relative to `sentence`. */
export function extractFigures(sentence: string, options: FigureOptions): Figure[] {
  const { language } = options;
  // "§ 104 Absatz 2", "Verordnung (EU) 2021/821", "Drucksache 20/1234": a citation's digits are no figures, nor the
  // number before or after a range or list with the figure beside them ("Drucksache 20/14873 – 20. Wahlperiode").
  const citations = legalCitationSpans(sentence);
  const text = withoutCitationDigits(sentence, citations);
  const taken: Span[] = [...(options.masked ?? []), ...citations];
  const overlapsTaken = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
  const figures: Figure[] = [];

  // "22:05 Uhr", "14.55 h", "9:30 a.m.": a time of day is no figure.
  for (const m of text.matchAll(SIGNATURE_STAMP)) taken.push({ start: m.index!, end: m.index! + m[0].length });
  // "[27.01.25, 14:03] Anna K.: …": when a chat message was sent is no date of what it tells.
  taken.push(...chatStamps(text));
  for (const m of text.matchAll(TIME_OF_DAY)) taken.push({ start: m.index!, end: m.index! + m[0].length });
  if (MAYBE_WHOLE_HOUR.test(text)) for (const m of text.matchAll(WHOLE_HOUR)) taken.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(POSTED_AGO)) taken.push({ start: m.index!, end: m.index! + m[0].length });
  // "¶¶ 3 and 42", "§ 1331", "n. 3", "15 U.S.C.": a pointer into a document is no figure.
  for (const m of text.matchAll(CITATION)) taken.push({ start: m.index!, end: m.index! + m[0].length });
  // "1/12 What just happened …", "… 👇 (4/12)": a post's place in a thread is no figure.
  for (const m of text.matchAll(POST_NUMBER)) if (Number(m[2]) <= Number(m[3])) taken.push({ start: m.index! + m[1].length, end: m.index! + m[0].length });

  for (const d of findDates(text, language)) {
    if (overlapsTaken(d.start, d.end)) continue;
    taken.push(d);
    if (namesNoDate(text, d.start, d.end)) continue;
    figures.push(base(d.start, d.end, text, 'date', 0, 0, 1, { date: d.date }));
  }

  const candidates: Draft[] = [];
  for (const written of numeralsIn(text, (s) => overlapsTaken(s.start, s.end))) {
    const start = written.index;
    const end = start + written.text.length;
    if (overlapsTaken(start, end) || isPartOfIdentifier(text, start, end) || isVersionInName(text, start, end)) continue;
    if (isYear(written.text) && namesNoDate(text, start, end)) continue;
    const numeral = parseNumeral(written.text, language);
    if (!numeral) continue;
    const bracketed = text[start - 1] === '(' && ACCOUNTING_CLOSE.test(text.slice(end)) && !PRIOR_YEAR_BEFORE.test(text.slice(Math.max(0, start - 4), start - 1));
    const negative = bracketed || SIGN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    const positive = PLUS_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    candidates.push({ start, end, mantissa: numeral.value, precision: numeral.precision, negative, isWord: false, ...(positive ? { positive } : {}), ...(bracketed ? { bracketed } : {}) });
  }
  for (const m of gatedMatches(text, WORD_NUMBER_GATE, WORD_NUMBER)) {
    const value = numberWordValue(m[1]) ?? 1;
    candidates.push({ start: m.index, end: m.index + m[0].length, mantissa: value, precision: Number.isInteger(value) ? 1 : 0.5, negative: false, isWord: true });
  }
  // "two and a half years later", "a year and a half", "half a year", "ein halbes Jahr": a span with a half in it.
  for (const m of matchesWhere(text, HALF_SPAN_WORD, HALF_SPAN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    const whole = m[1] ? countOf(m[1]) : m[3] ? 1 : 0;
    const unitWord = (m[2] ?? m[4] ?? m[5] ?? m[6]).toLowerCase();
    if (whole === undefined) continue;
    taken.push({ start, end });
    figures.push(spanOfTime(text, start, end, whole + 0.5, unitWord));
  }

  for (const m of matchesWhere(text, FRACTION_WORD, FRACTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    // "six and a half percent": the half belongs to the whole before it, read with it as one number.
    if (candidates.some((c) => c.isWord && c.start < start && end <= c.end)) continue;
    const [numberWord, word] = m[2] ? [m[1], m[2]] : m[4] ? [m[3], m[4]] : [undefined, m[5] ?? m[6]];
    const numerator = numberWord ? NUMBER_WORDS.get(numberWord.toLowerCase()) ?? 1 : 1;
    const share = numerator / FRACTION_WORDS.get(word.toLowerCase())!;
    taken.push({ start, end });
    const before = text.slice(0, start);
    // "fast die Hälfte", "more than a third": the qualifier changes the value (its bound or lean), but what is underlined
    // is the value's own words, "die Hälfte", as a plain figure's are without its "rund".
    const qualifier = QUALIFIER_BEFORE.exec(before);
    const hedge = APPROXIMATE_BEFORE.exec(before);
    const lean = leanOf(m[0], qualifier?.[1] ?? hedge?.[1]);
    const approximate = hedge !== null || lean !== undefined;
    const peak = isPeak(hedge?.[1]);
    const bound = boundBefore(before);
    // "a fifth of what GPT-4o cost" compares two sums: five times less (and "less than a tenth of" more than ten times).
    // "mit weniger als einem Zehntel davon" compares with a sum before; "ein Drittel davon stammt aus China" is a part.
    // "Das ist nicht einmal ein Zehntel.", "That's not even a tenth –": a sum compared with the one named before it.
    const sumsUpTheLast = qualifier && /^\s*(?:[–—]|[.;!?]|$)/u.test(text.slice(end)) && THAT_IS.test(before.slice(0, before.length - qualifier[0].length));
    // "R1 kam mit weniger als einem Zehntel aus", "it did it for less than a tenth": a sum made do with, of no whole.
    const unhedged = before.replace(HEDGE_BEFORE, '');
    const madeDoWith = WITH_BEFORE.test(unhedged) && !WHOLE_AFTER.test(text.slice(end));
    // "DeepSeek needed a fourteenth of the money" compares two sums; "a third of the money went into compute" is a part of one.
    const ofASum = OF_A_SUM.exec(text.slice(end));
    const sharedOut = ofASum ? SUM_SHARED_AFTER.exec(text.slice(end + ofASum[0].length)) : null;
    // Two parts of one sum („die Hälfte der Kosten entfiel auf Strom“, „ein Drittel des Geldes floss in Rechenzeit“)
    // are different facts: the part is named by where it went.
    const destination = sharedDestination(text.slice(end));
    const ofTwoSums = ofASum ? !sharedOut && (SUM_NEEDED_BEFORE.test(before) || OF_WHAT.test(text.slice(end))) : OF_WHAT.test(text.slice(end));
    if (ofTwoSums || OF_ANOTHER.test(text.slice(end)) || OF_NAME_ALONE.test(text.slice(end)) || (qualifier && /^\s+davon(?![\p{L}])/u.test(text.slice(end))) || sumsUpTheLast || madeDoWith) {
      const inverted = bound === 'upper' ? 'lower' : bound === 'lower' ? 'upper' : undefined;
      figures.push(base(start, end, text, 'multiplier', 1 / share, 0, 0.5, { approximate: true, comparative: true, ...(inverted ? { bound: inverted } : {}) }));
    } else figures.push(base(start, end, text, 'percent', share * 100, 0, 5, { approximate, ...(peak ? { peak: true as const } : {}), ...(bound ? { bound } : lean ? { lean } : {}), ...(destination ? { noun: destination } : {}) }));
  }

  // "roughly 1 in 4", "one in ten", "3 out of 4": a share told as a count of a count.
  for (const m of text.matchAll(ONE_IN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const [part, whole] = [/^eines$/i.test(m[1]) ? 1 : countOf(m[1]), m[3] ? 100 : countOf(m[2])];
    if (overlapsTaken(start, end) || !part || !whole || part >= whole || (whole > 20 && whole !== 100)) continue;
    taken.push({ start, end });
    // "more than one in four", "mehr als eines von drei": bounded by its qualifier, which stays outside what is underlined.
    const before = text.slice(0, start);
    const bound = boundBefore(before);
    figures.push(base(start, end, text, 'percent', whole === 100 ? part : (part / whole) * 100, 0, 5, { approximate: APPROXIMATE_BEFORE.test(before), ...(bound ? { bound } : {}) }));
  }

  // The share the part makes of the whole: 480 of 1328 is 36 %, what a source gives as a share; compared as a count
  // it would be taken for the whole's ("~580 contradicts … 1328").
  for (const m of text.matchAll(PART_OF_WHOLE)) {
    const start = m.index!;
    const end = start + m[1].length;
    const [part, whole] = [wholeNumber(m[1]), wholeNumber(m[2])];
    if (overlapsTaken(start, end) || !(part > 0) || whole <= part || whole <= 20 || isYear(m[2])) continue;
    const before = text.slice(0, start);
    // "Platz 1 der 50 meistgeladenen Apps", "rank 3 of the 20": a place in a list, not a share.
    if (RANK_BEFORE.test(before)) continue;
    const hedge = APPROXIMATE_BEFORE.exec(before) ?? QUALIFIER_BEFORE.exec(before);
    const bound = boundBefore(before);
    const step = roundingStep(part);
    taken.push({ start, end });
    figures.push(base(hedge ? before.length - hedge[0].trimStart().length : start, end, text, 'percent', (part / whole) * 100, 0, (step / whole) * 100, {
      approximate: APPROXIMATE_BEFORE.test(before), ...(bound ? { bound } : {}), partOf: whole,
    }));
  }

  for (const m of matchesWhere(text, EVERY_WORD, EVERY_NTH)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    taken.push({ start, end });
    const before = text.slice(0, start);
    const bound = boundBefore(before);
    figures.push(base(start, end, text, 'percent', 100 / ORDINAL_SHARE_WORDS.get(m[1].toLowerCase())!, 0, 5, {
      approximate: APPROXIMATE_BEFORE.test(before), everyNth: true, ...(bound ? { bound } : {}),
    }));
  }

  // "eine halbe Billion Dollar", "half a trillion dollars", "anderthalb Milliarden", "two and a half billion": a half
  // before a scale word is the number, not the article after it ("a trillion" would be twice the sum). English writes
  // a multiple's half apart too ("two and a half times as hard"), where German writes one word ("zweieinhalbmal"):
  // the whole alone ("two") would be no multiple at all.
  for (const m of matchesWhere(text, ILLION_OR_TIMES_WORD, HALVES_BEFORE_A_SCALE_OR_TIMES)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const whole = m[1] ? 0 : m[2] ? 1 : countOf(m[3] ?? m[4]);
    if (whole === undefined) continue;
    for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k].start < end && start < candidates[k].end) candidates.splice(k, 1);
    candidates.push({ start, end, mantissa: whole + 0.5, precision: 0.1, negative: false, isWord: true });
  }

  // "five point six million dollars", „fünf Komma sechs Millionen Dollar“: the whole, the point and its digits are one
  // number, not "five" and a stray "six".
  for (const m of matchesWhere(text, DECIMAL_POINT_WORD, SPOKEN_DECIMAL)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const spoken = spokenDecimalValue(m[1], m[2]);
    if (!spoken || overlapsTaken(start, end)) continue;
    for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k].start < end && start < candidates[k].end) candidates.splice(k, 1);
    candidates.push({ start, end, mantissa: spoken.value, precision: spoken.precision, negative: false, isWord: true });
  }

  // Sources say "die beiden Supercomputer" where a draft writes "the two supercomputers".
  if (options.isSource) {
    for (const m of text.matchAll(/(?<![\p{L}])(beiden|beide)(?=\s+\p{Lu})/gu)) candidates.push({ start: m.index!, end: m.index! + m[0].length, mantissa: 2, precision: 1, negative: false, isWord: true });
  }

  MULTIPLYING_VERB.lastIndex = 0;
  for (let m = MULTIPLYING_VERB.exec(text); m; m = MULTIPLYING_VERB.exec(text)) {
    const value = MULTIPLYING_VERBS.get(m[1].toLowerCase())!;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    taken.push({ start, end });
    // "doubled" means two, not "about two": 1.8 times is no doubling. In a draft, a hedge before the verb reaches it,
    // as before "doppelt so schnell": "nearly doubled", "fast verdoppelt" may be 1.8 times. (A source's "hat sich fast
    // verdreifacht" stays the verb alone: a hedged source multiple would bear out more of the draft's ratios than the
    // source states, e.g. a year's rise of one share beside a day's fall of two.)
    const before = text.slice(0, start);
    const qualifier = options.isSource ? undefined : hedgeBefore(before);
    if (!qualifier) {
      figures.push(base(start, end, text, 'multiplier', value, 0, 0.1, {}));
      continue;
    }
    const lower = lowerBoundBefore(before) !== null;
    const upper = UPPER_BOUND_BEFORE.test(before);
    const bound = (value < 1 ? upper : lower) ? 'lower' : (value < 1 ? lower : upper) ? 'upper' : undefined;
    figures.push(base(start, end, text, 'multiplier', value, 0, 0.5, { approximate: APPROXIMATE_BEFORE.test(before), ...(bound ? { bound } : {}) }));
  }

  // "doppelt so teuer", "twice as much", "halb so viel wie Nvidia": a multiple said in a word. As with "a fifth of",
  // the value is how many times the larger is the smaller ("half as much" is the other's double).
  // What is underlined is the word that states the multiple ("doppelt", "twice"): not its hedge, nor the quality
  // compared ("so teuer", "as much"), which is as true at any other multiple.
  for (const m of matchesWhere(text, MULTIPLE_WORD_WORD, MULTIPLE_WORD)) {
    const start = m.index!;
    if (overlapsTaken(start, start + m[1].length)) continue;
    taken.push({ start, end: start + m[1].length });
    const end = start + /^\p{L}+/u.exec(m[1])![0].length;
    const before = text.slice(0, start);
    const upper = UPPER_BOUND_BEFORE.test(before);
    const lower = lowerBoundBefore(before) !== null;
    const half = /^(?:halb|half)(?![\p{L}])/iu.test(m[1]);
    const bound = (half ? upper : lower) ? 'lower' : (half ? lower : upper) ? 'upper' : undefined;
    const times = MULTIPLE_OF_WORD[m[1].toLowerCase()] ?? 2;
    figures.push(base(start, end, text, 'multiplier', times, 0, 0.5, { approximate: APPROXIMATE_BEFORE.test(before), comparative: true, ...(bound ? { bound } : {}) }));
  }

  // "by a factor of 14", "um den Faktor 14", "Faktor vierzehn": a ratio named as one.
  for (const m of FACTOR_WORD.test(text) ? text.matchAll(factor()) : []) {
    const start = m.index! + m[1].length;
    const end = m.index! + m[0].length;
    const value = /\d/.test(m[3]) ? parseNumeral(m[3], language)?.value : numberWordValue(m[3]);
    if (value === undefined || overlapsTaken(start, end)) continue;
    taken.push({ start, end });
    const before = text.slice(0, start);
    const upper = UPPER_BOUND_BEFORE.test(before);
    const lower = lowerBoundBefore(before) !== null;
    const hedged = APPROXIMATE_BEFORE.test(before) || /(?:almost|nearly|about|roughly|fast|knapp|rund|etwa)\s+$/iu.test(m[2]);
    const atLeast = lower || /(?:more\s+than|über)\s+$/iu.test(m[2]);
    figures.push(base(start, end, text, 'multiplier', value, 0, /[.,]/.test(m[3]) ? 0.1 : 1, { approximate: hedged, comparative: true, ...(upper ? { bound: 'upper' } : atLeast ? { bound: 'lower' } : {}) }));
  }

  for (const m of text.matchAll(NEIGHBOURING_DAY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const relative = /(\p{L}+)$/u.exec(m[0])![1].toLowerCase();
    // "slid 3% on the day after losing 25%": "on the day", then why; not the day after Beijing's announcement.
    if (overlapsTaken(start, end) || (/^(?:after|before)$/.test(relative) && GERUND_AFTER.test(text.slice(end)))) continue;
    taken.push({ start, end });
    const anchor = /^(?:after|before)$/.test(relative) ? anchorOf(text, end, relative) : undefined;
    const sign = m[1] ? 1 : -1;
    figures.push(base(start, end, text, 'count', 1, 0, 1, {
      noun: /^(?:am|tags)\s/i.test(m[0]) ? 'tag' : 'day', durationUnit: 1, loose: true,
      ...(anchor ? { durationAnchor: anchor } : { durationSign: sign }),
    }));
  }

  for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (overlapsTaken(c.start, c.end)) continue;
    const read = readFigure(text, c, options);
    const bare = !read || (read.kind === 'count' && !read.noun && !read.scale && !read.range);
    const figure = (bare && (ellipticalPercent(text, c, figures) || spokenBenchmarkScore(text, c, options))) || read;
    if (!figure) continue;
    taken.push(figure);
    figures.push(figure);
  }
  figures.sort((a, b) => a.start - b.start);
  for (const f of figures) {
    // Read once, and only where asked: every figure of every sentence passes here.
    let around: Figure['aggregate'] | null = null;
    const aggregateAround = () => (around === null ? (around = aggregateOf(text.slice(0, f.start), text.slice(f.end))) : around);
    // "also rund 72 Millionen mehr" after "78 Millionen Dollar": a sum whose currency the sentence gave before.
    // So is „zusammen kosteten die beiden Modelle knapp 84 Millionen“ after „72 Millionen Dollar“: a sum the words make one of.
    const sumLike = f.kind === 'money' || (f.kind === 'count' && f.scale > 0 && !f.noun && figures.some((o) => o.kind === 'money' && o.end <= f.start) && (DIFFERENCE_CLOSING.test(text.slice(f.end)) || aggregateAround() !== undefined));
    const aggregate = sumLike && !f.bound && !f.range ? aggregateAround() : undefined;
    if (aggregate) f.aggregate = aggregate;
    // "seven models in all", "insgesamt also sieben Modelle": a count summed up.
    // "der Unterschied beträgt 40.000 Einheiten", "a spread of 40,000 chips": a count that is a difference.
    // Not a time: „im Abstand von fünf Jahren hinter den USA“ is a lag the sources state, no difference of two counts.
    else if (f.kind === 'count' && f.noun && !f.durationUnit && !DURATION_UNITS.has(f.noun.split(' ').pop()!.toLowerCase()) && !f.bound && !f.range) {
      const counted = aggregateAround();
      if (counted === 'sum' || counted === 'difference') f.aggregate = counted;
    } else if (f.kind === 'percent' && !f.bound && !f.range && isAverageOfMoves(text, f, figures)) f.aggregate = 'mean';
    // „Zusammen verloren die drei gut 18 Prozentpunkte“, "the three falls add up to 18.15 points": moves summed.
    else if (f.kind === 'percentagePoint' && !f.bound && !f.range && aggregateAround() === 'sum') f.aggregate = 'sum';
  }
  ratiosOfAnother(text, figures);
  partsOfASum(text, figures);
  linkRanges(text, figures);
  linkCoordinated(text, figures);
  linkPairs(text, figures, options.named ?? []);
  sharedCurrency(text, figures);
  currencyOfSentence(text, figures);
  // A number before a comma that no list gave a unit stays what it was: no figure ("im Jahr 3, dann 4 …", "Version 3,
  // Modell 4", "Platz 1, Nvidia mit minus 7,82 Prozent").
  return figures.filter((f) => !(f.kind === 'count' && !f.noun && !f.scale && !f.range && (COMMA_THEN_VALUE.test(text.slice(f.end)) || nextPairValue(text, f.end, options.named ?? []) !== undefined)));
}

/** Where a part of one sum went, told right after the part ("of the money went into compute" → "compute"), or undefined. */
function sharedDestination(after: string): string | undefined {
  const ofASum = OF_A_SUM.exec(after);
  const sharedOut = ofASum ? SUM_SHARED_AFTER.exec(after.slice(ofASum[0].length)) : null;
  return sharedOut ? SHARE_DESTINATION.exec(after.slice(ofASum![0].length + sharedOut[0].length))?.[1].toLowerCase() : undefined;
}

/**
 * "30 percent of the money went into compute", „30 Prozent des Geldes flossen in Rechenzeit“: a percentage of one sum
 * named by where it went is a part of that sum, as "a third of the money went into compute" is.
 */
function partsOfASum(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    if (f.kind !== 'percent' || f.noun !== undefined || f.range || f.derivedFrom || !PERCENT_WORD.test(f.text)) return;
    const destination = sharedDestination(text.slice(f.end));
    if (destination) figures[i] = { ...f, noun: destination };
  });
}

/**
 * "R1 cost about 7% of what GPT-4o did", "~7% of GPT-4o's": a percentage of another thing's value is how many times
 * smaller it is, as "a fourteenth of" is; not a share of a whole ("36 % of the world's models").
 */
function ratiosOfAnother(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    if (f.kind !== 'percent' || f.value <= 0 || f.range || f.derivedFrom || !PERCENT_WORD.test(f.text) || !OF_ANOTHER.test(text.slice(f.end))) return;
    const bound = f.bound === 'upper' ? 'lower' : f.bound === 'lower' ? 'upper' : undefined;
    const { bound: _, ...rest } = f;
    figures[i] = { ...rest, kind: 'multiplier', mantissa: 100 / f.value, scale: 0, value: 100 / f.value, precision: 0.5, approximate: true, comparative: true, ...(bound ? { bound } : {}) };
  });
}

/** "of what", "of GPT-4o's", "dessen, was", "von Nvidias Minus": what follows a part of another thing's value. */
// Of a name: "of GPT-4o's $78 million", "of GPT-4o's.", "of GPT-4o's cost", "der Kosten von GPT-4o", "of the cost of
// GPT-4o"; not "of Microsoft's revenue", a share of a whole.
const OF_ANOTHER = /^\s+(?:of\s+what|of\s+\p{Lu}[\p{L}\d-]*['’]s?(?![\p{L}])(?=\s*(?:[$€£¥\d]|[,.;:)–—]|$)|\s+(?:cost|costs|budget|spend|spending|bill|loss|losses)(?![\p{L}]))|dessen,?\s+was|von\s+dem,?\s+was|von\s+\p{Lu}[\p{L}\d-]*s\s+(?:Minus|Verlust\p{L}*|Kosten|Ausgaben|Budget\p{L}*|Wert\p{L}*)|der\s+(?:(?:Trainings)?[Kk]osten|Ausgaben)\s+(?:von|für|des)\s+\p{Lu}|of\s+the\s+(?:training\s+)?(?:cost|costs|bill|budget)\s+(?:of|for)\s+\p{Lu})/u;

/**
 * "Bei Microsoft waren es 6,58 Prozent, bei Broadcom 3,75": a decimal after the next name takes the percent before
 * it, as a reader does. Only decimals, only right after a percentage: "2015, bei High-Flyer 3" stays no figure.
 */
function ellipticalPercent(text: string, c: Draft, figures: Figure[]): Figure | undefined {
  if (c.isWord || c.precision >= 1) return undefined;
  const previous = figures.filter((f) => f.end <= c.start).pop();
  if (previous?.kind !== 'percent' || !ELLIPSIS_GAP.test(text.slice(previous.end, c.start))) return undefined;
  return base(c.start, c.end, text, 'percent', c.mantissa, 0, c.precision, { value: (c.negative ? -1 : 1) * c.mantissa });
}

/**
 * "On MATH-500, eighty-eight.", „Bei MATH-500: achtundachtzig.“: a bare number that closes a sentence right after a
 * benchmark's name is its score, which benchmarks give in percent; whose it is, the context says.
 */
function spokenBenchmarkScore(text: string, c: Draft, options: FigureOptions): Figure | undefined {
  if (c.negative || !CLOSES_SENTENCE.test(text.slice(c.end))) return undefined;
  const lead = BENCHMARK_LEAD.exec(text.slice(0, c.start));
  if (!lead) return undefined;
  const nameEnd = lead.index + lead[0].length - lead[1].length;
  if (!options.named?.some((n) => n.end === nameEnd && n.entry?.kind === 'other')) return undefined;
  return base(c.start, c.end, text, 'percent', c.mantissa, 0, c.precision, { value: c.mantissa });
}
const CLOSES_SENTENCE = /^\s*[.!?…]?\s*$/u;
const BENCHMARK_LEAD = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(BENCHMARK_SCORE_PREPOSITIONS)})\s+\S+?(\s*[,:]\s*)$`, 'iu');

const ELLIPSIS_GAP = /^(?:\s*[,;]\s*|\s+(?=und\s|and\s))(?:(?:bei|für|und|and|for|at|while|während)\s+)?(?:\p{Lu}[\p{L}\d.&-]*\s+){1,3}(?:(?:mit|with|at|bei)\s+)?$/u;

/**
 * "zwei Wochen später" (later), "acht Jahre zuvor" (earlier): which way the event lies from the date the sentence is
 * read with. "drei Tage vor dem Kurssturz" says none: the date may be the meeting's or the crash's.
 */
/** "two days after the R1 launch", "eine Woche vor dem Kurssturz": the words up to the clause's end name the other event. */
function anchorOf(text: string, from: number, relative: string): Span | undefined {
  // "zuvor", "danach" end in "vor", "nach" but say only which way: the words after them are the clause's own.
  if (!/(?<![\p{L}])(?:vor|bevor|ehe|nach|nachdem|before|after|prior|als|than)$/iu.test(relative)) return undefined;
  const phrase = /^(\s+(?:to\s+)?)([^,.;:!?()]{1,80})/u.exec(text.slice(from));
  if (!phrase || !/\p{L}/u.test(phrase[2])) return undefined;
  const start = from + phrase[1].length;
  return { start, end: start + germanAnchorPhraseEnd(phrase[2].trimEnd()) };
}

/**
 * "bereits 2022, ein Jahr vor der Firmengründung", "in 2022, a year before the company was founded": a span told by an
 * article alone is no figure (a year is told loosely), but the words after "vor"/"before" still name another event than
 * the date's own; their spans, for the date's context to leave out.
 */
export function anchorsOfUnfiguredSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(ARTICLE_SPAN_RELATIVE)) {
    if (!DURATION_UNITS.has(m[1].toLowerCase())) continue;
    const anchor = anchorOf(text, m.index! + m[0].length, m[2]);
    if (anchor) spans.push(anchor);
  }
  return spans;
}
const ARTICLE_SPAN_RELATIVE = /(?<![\p{L}])(?:ein|eine|einen|einem|einer|a|an|one)\s+(\p{L}+)\s+(vor|bevor|ehe|nach|nachdem|before|after)(?![\p{L}])/giu;

const HEDGE = String.raw`(?:\s+(?:${alternation(SUM_HEDGE_WORDS)}))*`;
const CHANGED_BY = new RegExp(String.raw`(?<![\p{L}])(?:um|by|down|up|lost|loses|losing|verlor|verloren|verliert|eingebüßt|einbüßte|wiped(?:\s+out)?|erased|shed|sheds|minus|verlust\s+von|loss\s+of|drop\s+of|fall\s+of|rückgang\s+von|plus\s+von|gain\s+of)${HEDGE}\s*[-−]?\s*$`, 'iu');
const CAME_TO = new RegExp(String.raw`(?<![\p{L}])(?:auf|to|at|bei|mit|with|worth|valued\s+at|bewertet\s+mit|wert\s+von|value\s+of|wert\s+ist|is\s+worth)${HEDGE}\s*$`, 'iu');
// "Nvidia's loss in market value was put at $600 billion", "ein Verlust von 279 Milliarden": what the loss came to, not
// a loss named somewhere before ("Trotz Kursverlust kostete das Training nur …").
const LOSS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:loss|losses|verlust|verluste|drop|decline|rückgang|einbruch|wipeout|gain|gains|zuwachs|kursgewinn|kursverlust)(?![\p{L}])(?:\s+[\p{L}'’-]+){0,4}?\s+(?:was|were|is|war|lag|betrug|von|of|came\s+to|amounted\s+to|totall?ed|(?:was\s+)?(?:put|estimated)\s+at|beläuft\s+sich\s+auf|belief\s+sich\s+auf)${HEDGE}\s*$`, 'iu');
// "$589 billion loss", "509 Milliarden Dollar Börsenwert verliert", "$600 billion off".
const OFF_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(CHANGE_WORDS_AFTER)})(?![\p{L}])`, 'iu');

/** "schrumpfte um 279 Milliarden Dollar", "$600 billion off": a change; "auf 3,66 Billionen", "valued at $3tn": a level. */
function changeOf(before: string, after: string): 'by' | 'to' | undefined {
  // The currency sign is part of the sum: "by $600 billion", "um 5 Mrd. $".
  const words = before.replace(/[$€¥£]\s?$/u, '');
  // "Nvidia's loss in market value was put at $600 billion": what a loss came to is a change.
  if (CHANGED_BY.test(words) || OFF_AFTER.test(after) || LOSS_BEFORE.test(words)) return 'by';
  return CAME_TO.test(words) ? 'to' : undefined;
}

/** "two and a half years later", "half a year": a span whose words hold its unit; a count of that unit where no event bounds it. */
function spanOfTime(text: string, start: number, end: number, value: number, unitWord: string): Figure {
  const unit = DURATION_UNITS.get(unitWord.replace(/e?s$/, '')) ?? DURATION_UNITS.get(unitWord)!;
  const rest = text.slice(end);
  const relative = RELATIVE_AFTER.exec(rest);
  const since = !relative && SINCE_BEFORE.test(text.slice(0, start));
  const span = relative || since || SPAN_BETWEEN.test(text);
  const sign = relative ? signOfDuration(relative[0].replace(/^[\s,]+/, '').toLowerCase(), rest.slice(relative[0].length)) : since ? -1 : undefined;
  const anchor = relative ? anchorOf(text, end + relative[0].length, relative[0]) : undefined;
  return base(start, end, text, 'count', value, 0, 0.5, {
    noun: unitWord, approximate: APPROXIMATE_BEFORE.test(text.slice(0, start)),
    ...(span ? { durationUnit: unit } : {}), ...(sign ? { durationSign: sign } : {}), ...(anchor ? { durationAnchor: anchor } : {}),
  });
}

function durationUnitAfter(rest: string): number | undefined {
  const word = /^\s+([\p{L}]+)/u.exec(rest)?.[1];
  return word ? DURATION_UNITS.get(word.toLowerCase()) : undefined;
}

function signOfDuration(word: string, after: string): 1 | -1 | undefined {
  if (/^\s+(?!und\b|and\b)[\p{L}\d"„“']/u.test(after) && /^(?:vor|bevor|ehe|before|prior|nach|nachdem|after)$/.test(word)) return undefined;
  return /^(?:vor|bevor|ehe|before|prior|zuvor|früher|earlier|älter\s+als|older\s+than)$/.test(word) ? -1 : 1;
}

// "1.2 points bigger.", "2.8 points worse than Microsoft", "zwei Punkte schlechter": a comparative says what the points
// are the difference of, with or without "than"; "85 Punkte vor allem" and "92 points on HumanEval" are scores.
/**
 * What "above"/"über" compares with: an article or a possessive ("über seinem MATH-500-Wert", "below its HumanEval
 * score") or a figure; "85 Punkte unter Standardbedingungen", "92 Punkte über alle Aufgaben" compare nothing.
 */
const COMPARAND = '(?:the|its|their|his|her|that|those|dem|der|den|des|seinem|seiner|seinen|ihrem|ihrer|ihren|jenem|jener|\\d)(?![\\p{L}])';
const POINTS_COMPARED = new RegExp(String.raw`^\s+(?:(?:${alternation(POINTS_COMPARATIVES)})(?:\s+(?:than|als))?|apart|behind|ahead|(?:short|shy)\s+of|auseinander|hinter|vor(?!\s+allem)|vorn|vorne|dahinter|zurück|darunter|darüber|(?:above|below|über|unter)(?=\s+${COMPARAND}))(?![\p{L}])`, 'iu');
/**
 * "1.24 points below Nvidia's", „2,8 Punkte über Microsoft“: "above"/"über" before a name the sources or the glossary
 * know compares with that name's value, as before an article; before a mere noun ("unter Standardbedingungen") it
 * compares nothing.
 */
const ABOVE_OR_BELOW = /^\s+(?:above|below|über|unter)\s+/iu;
// The name is the word, not the head of a compound („unter OpenAI-Bedingungen“ is a setting); a genitive s may follow.
const NAME_GOES_ON = /^(?:-|(?!s(?!\p{L}))\p{L})/u;
function pointsAboveName(rest: string, at: number, named: readonly Span[]): boolean {
  const word = ABOVE_OR_BELOW.exec(rest);
  return word !== null && named.some((n) => n.start === at + word[0].length && !NAME_GOES_ON.test(rest.slice(n.end - at)));
}

// A side of the pair: a name of up to three words, or a possessive ("Nvidias Minus", "Broadcom's fall"); never a
// preposition that leads to a figure ("zwischen 2023 und 2024 stieg er um 5 Punkte" sets no points between the years).
// The first side may carry what both are ("zwischen den beiden Chipherstellern Nvidia und Broadcom", "between the two
// chipmakers Nvidia and Broadcom"): one word more.
const SIDE_WORD = String.raw`(?!(?:um|by|auf|to|von|from|at|bei|on)(?![\p{L}]))[^\s.,;:!?()]+`;
const SIDE = String.raw`${SIDE_WORD}(?:\s+${SIDE_WORD}){0,2}`;
const FIRST_SIDE = String.raw`${SIDE_WORD}(?:\s+${SIDE_WORD}){0,3}`;
const POINTS_BETWEEN_PAIR = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(POINTS_BETWEEN.between)})\s+${FIRST_SIDE}\s+(?:${alternation(POINTS_BETWEEN.and)})\s+${SIDE}\s+(?:(?:${alternation(POINTS_BETWEEN.lying)})\s+)?(?:(?:${alternation(POINTS_BETWEEN.contrast)})\s+)?${MARGIN_HEDGE_PATTERN}$`, 'iu');

const AGE_BEFORE = /(?<![\p{L}])(?:im\s+alter\s+von|at\s+the\s+age\s+of|aged)\s+$/iu;

/**
 * "Mit 40 Jahren hat er …", "Mit 42 ist Liang …" opening a sentence, not "mit 40 Jahren Erfahrung", "mit zwei Jahren
 * Rückstand" or "Mit 160 Mitarbeitern ist …".
 */
const WITH_YEARS = { before: /(?:^|[.!?:]\s+)Mit\s+$/u, after: /^(?:\s+Jahren)?(?=\s+(?:hat|hatte|ist|war|wurde|gründete|führt|leitet|steht|gilt|galt|zählt|gehört)(?![\p{L}]))/u };

/**
 * "At 40, he runs …", "At 42, Liang Wenfeng is …" opening a sentence: how old the person who follows is. Only before a
 * pronoun, a word for a person or a name and its verb ("At 85, the score …" is no one's age).
 */
const AT_AGE = {
  before: /(?:^|[.!?:]\s+)At\s+$/u,
  after: /^(?:\s+years)?(?=,\s+(?:(?:he|she)(?![\p{L}])|(?:the|its|his|her)\s+(?:founder|co-founder|CEO|chief)(?![\p{L}])|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:'s)?\s+(?:is|was|has|had|runs|ran|leads|led|founded|remains|still)(?![\p{L}])))/u,
};

/**
 * "Liang Wenfeng (42) gründete …", "Sam Altman (39) called it …": a bracketed number right after a person's name is how
 * old the person is, as newspapers write it. A person the sources name, or in English two capitalised words (a German
 * noun is capitalised too: "Die Modelle (36)" is no one's age).
 */
const BRACKET_BEFORE = /\s*\(\s*$/u;
/**
 * The bracket closes right after the age, or after a few words that say where the person stands or what they do
 * ("Liang Wenfeng (41, rechts)", "(40, right)", "(40, Gründer von DeepSeek)"): a caption's bracket. No figure follows.
 */
const BRACKET_AFTER_AGE = /^\s*(?:,\s*[^\d(),;]{1,40})?\)/u;
// Not a citation: "as reported by the Washington Post (23)", "per Bernstein Research (18)".
const ENGLISH_FULL_NAME_BEFORE = /(?<![\p{L}])(?<!(?:by|per|from|of|via|to|according\s+to)\s+(?:the\s+)?)(?!(?:The|A|An|Its|His|Her|Their|Our|In|On|At|For|Of)\s)\p{Lu}[\p{Ll}-]+\s+\p{Lu}[\p{Ll}-]+\s*\(\s*$/u;

/** The bracket's words say what was scored: "(92, HumanEval score)" is a result, no one's age. */
const SCORE_IN_BRACKET = new RegExp(String.raw`^\s*,[^()]*?(?:(?<![\p{L}])(?:${SCORE_WORDS.join('|')})|(?<=\p{L}-?)(?:${SCORE_COMPOUND_TAILS.join('|')}))(?![\p{L}])`, 'iu');

function bracketedAge(before: string, rest: string, options: FigureOptions): RegExpExecArray | null {
  const bracket = BRACKET_BEFORE.exec(before);
  if (!bracket || !BRACKET_AFTER_AGE.test(rest) || SCORE_IN_BRACKET.test(rest)) return null;
  const person = options.people?.some((p) => p.end === bracket.index) || (options.language === 'en' && ENGLISH_FULL_NAME_BEFORE.test(before));
  return person ? /^/.exec(rest) : null;
}

/**
 * "He is 40.", "Er ist 40.", "Liang is 40, the papers noted", "founded by Liang Wenfeng, who is 40": a bare number that
 * a person is, closing the clause. The one who is it is a pronoun (a relative "who" too: "which is 40" is a thing's), a
 * word for a person, or a name (a capitalised word no article stands before: "Der Preis ist 40." is no one's age).
 */
const IS_AGE = {
  before: new RegExp(String.raw`(?:(?<![\p{L}])(?:[Hh]e|[Ss]he|[Ee]r|[Ss]ie|who|[Ff]ounder|Gründer|CEO|Chef)|(?<!(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|es)?|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ss]eine?|[Ii]hre?|[Uu]nsere?|of|von|vom|aus|für|pro|per|bei|zu[mr]?|in|im|an|am|auf|über|mit|nach|for|from|at|on|by|with)\s+)(?<!\p{Lu}\p{L}*(?:s|'s|’s)\s+)(?<![\p{L}])(?!(?:Es|It|Das|Dies|Dieses|This|That|There|Here|What|Was|Wer|Who|Wie|How)(?![\p{L}]))\p{Lu}[\p{Ll}-]+,?)`+COPULA_BEFORE_AGE, 'u'),
  // Also where the clause goes on with what else the person is or does: "is 40 and a computer engineer", „ist 40 und
  // stammt aus Guangdong“ (not with a figure: "is 40 and 50 …" lists values). The clause no longer ends at the number,
  // so any noun could be the subject ("Revenue was 26 and margins held"): only a person's words or name (`personIs`).
  after: new RegExp(String.raw`^(?:\s+(?:${AGE_YEAR_WORDS.join('|')}))?(?=\s*(?:[,;)!?]|\.(?!\d)|$))`, 'iu'),
  andAfter: new RegExp(String.raw`^(?=\s+(?:${AND_WORDS.join('|')})\s+(?![\d\s]))`, 'iu'),
  personWord: /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Ee]r|[Ss]ie|who|[Ff]ounder|Gründer|CEO|Chef)\s+\S+\s+(?:(?:now|jetzt|inzwischen|heute|erst|just|only)\s+)?$/u,
  verb: /,?\s+(?:is|was|turned|ist|war|wurde|wird)\s+(?:(?:now|jetzt|inzwischen|heute|erst|just|only)\s+)?$/u,
};

/** The one who "is 40 and …" is a person: a pronoun or a word for one, or a person the sentence names. */
function personIs(before: string, people: Span[] | undefined): boolean {
  if (IS_AGE.personWord.test(before)) return true;
  const verb = IS_AGE.verb.exec(before);
  return verb !== null && people?.some((p) => p.end === verb.index) === true;
}

/**
 * "Liang Wenfeng, der 40 ist, …", "Lisa Su, die inzwischen 55 ist": the German relative clause puts its verb last. Only
 * after a full name ("Die Zahl der Modelle, die 40 ist" is no one's age).
 */
const RELATIVE_IS_AGE = {
  before: /\p{Lu}[\p{Ll}-]+\s+\p{Lu}[\p{L}-]*,\s*(?:der|die)\s+(?:(?:jetzt|inzwischen|heute|erst|gerade|nun)\s+)?$/u,
  after: /^(?:\s+Jahre(?:\s+alt)?)?(?=\s+(?:ist|war|wurde|wird)(?![\p{L}]))/u,
};

const THEN = /(?<![\p{L}])(?:when|als|damals|then|back\s+then|at\s+the\s+time|seinerzeit|zu\s+dieser\s+zeit)(?![\p{L}])/iu;

/** A year the sentence names ("in July 2023", "2015"). */
const YEAR_NAMED = /(?<![\p{L}\d.,])(?:19|20)\d\d(?![\d\p{L}]|[.,]\d)/u;

/**
 * "Liang was 38 when he founded DeepSeek in July 2023", "co-founded High-Flyer in 2015, at about 30, with …", "hatte
 * 2015 High-Flyer gegründet – mit 25 Jahren, so …": how old someone was at an event of the sentence. Read only where
 * the sentence names the year, as of which the age is then checked (facts/ageYear.ts); an age at an event the
 * sentence does not date says too little to check.
 */
const AGE_THEN = {
  isWhen: /^(?:\s+(?:years\s+old|jahre\s+alt))?(?=,?\s+(?:when|als)(?![\p{L}]))/iu,
  atBefore: /(?:,|\s[–—])\s+(?:at|mit)\s+(?:(?:about|around|roughly|nearly|almost|just|only|rund|etwa|knapp|gerade\s+(?:einmal|mal)|erst)\s+)?$/iu,
  atAfter: /^(?:\s+(?:Jahren|years))?(?=\s*(?:[,;)]|\.(?!\d)|$|\s[–—]))/u,
};

/**
 * "Liang, a computer engineer from Guangdong, is 40", „Liang Wenfeng, der Gründer von DeepSeek, ist 40“: an apposition
 * between the person and the verb. Only after a person the sentence names: "Nvidia, the chip maker, was 40 …" is no age.
 */
const APPOSED_IS = new RegExp(`,[^,.;:!?()„“"»«\\d]{3,80},${COPULA_BEFORE_AGE}`, 'u');
function apposedPersonIs(before: string, people: Span[] | undefined): boolean {
  const apposition = APPOSED_IS.exec(before);
  return apposition !== null && people?.some((p) => p.end === apposition.index) === true;
}

/**
 * Whether an age is a person's, as a reader tells it from the noun it is of, the same way in both languages: a person
 * word or a name („der 42 Jahre alte Liang Wenfeng“, "a 40-year-old hedge fund manager", „der 40-jährige
 * Informatikingenieur“) makes it the person's; a firm, a model, a rule („ein zehn Jahre alter Hedgefonds“, „das zehn
 * Jahre alte Unternehmen“, "the ten-year-old hedge fund", "The fund is now ten years old", „Der Fonds ist heute zehn
 * Jahre alt“) nobody's; a noun neither list knows says nothing of whose age it is, unless a person is what it is said of
 * ("Liang is a 45-year-old quant"). An age that names no noun ("The 40-year-old set up …", „Der 40-Jährige“, "He is 40
 * years old") stands for a person.
 */
function agedIsAPerson(age: RegExpExecArray, before: string, rest: string, at: number, options: FigureOptions): boolean {
  const after = rest.slice(age[0].length);
  const inflected = INFLECTED_OLD.exec(after);
  const adjective = inflected !== null || /^-?jährig/u.test(age[0]) || (YEARS_OLD_ADJECTIVE.test(age[0]) && /^\s+\p{L}/u.test(after));
  if (!adjective) {
    // "a fund that is ten years of age", „ein Fonds, der zehn Jahre alt ist“: the relative clause says whose age it is.
    const owner = THING_THAT_IS_BEFORE.exec(before)?.[1];
    if (owner !== undefined) return !isAgedThing(owner);
    const subject = copulaSubject(before, options.language);
    const kind = subjectKind(before, options, subject);
    // „Die Firma ist anderthalb Jahre alt“: a firm or a model the words point back to has an age the facts read as the
    // span since its founding (facts/readFacts.ts, ageOfAFirm); "The fund is ten years old" names none it points to.
    return kind === undefined || kind === 'person' || (kind === 'thing' && pointsBackToAFirmOrModel(subject!.word));
  }
  const phraseAt = inflected?.[0].length ?? 0;
  const phrase = NOUN_PHRASE_WORDS.exec(after.slice(phraseAt))?.[0] ?? '';
  const start = at + age[0].length + phraseAt;
  const kind = nounKind(phrase, start, options);
  if (kind !== undefined) return kind === 'person';
  // "a 40-year-old from Guangdong", "the 40-year-old set up …": no noun, so the age stands for the one it is of.
  const first = /\S+/u.exec(phrase)?.[0].toLowerCase();
  if (first === undefined || FUNCTION_WORDS.has(first) || VERBS_AFTER_AGE.test(first)) return true;
  // "Liang Wenfeng is a 45-year-old quant", "Liang Wenfeng, ein 45-jähriger Quant": a noun no list knows, said of a person.
  const article = ARTICLE_BEFORE_AGE.exec(before);
  if (!article) return false;
  const apposed = before.slice(0, article.index);
  return article[1] === ',' ? options.people?.some((p) => p.end === apposed.length) === true : subjectKind(`${apposed} `, options) === 'person';
}

/**
 * What the noun after an attributive age is: the first person word, name or thing word of the words up to a function
 * word. A German noun phrase ends at its (capitalised) noun, bar a name in apposition („der 40-jährige
 * Informatikingenieur Liang Wenfeng“, not „das zehn Jahre alte Unternehmen gehört Liang“); an English compound at its
 * last word ("hedge fund manager" is a person, "hedge fund" a thing), bar a name after a thing ("the ten-year-old fund
 * High-Flyer").
 */
function nounKind(phrase: string, start: number, options: FigureOptions): 'person' | 'thing' | undefined {
  let kind: 'person' | 'thing' | undefined;
  let noun = false;
  for (const word of phrase.matchAll(/\S+/gu)) {
    const w = word[0];
    const at = start + word.index!;
    if (FUNCTION_WORDS.has(w.toLowerCase())) break;
    const capitalised = /^\p{Lu}/u.test(w);
    const personNamed = options.people?.some((p) => p.start === at) === true;
    if (noun && !personNamed) break;
    if (personNamed || kindOfWord(w) === 'person' || AGED_PERSON_NOUN.test(w)) return 'person';
    if (kind === 'thing' && capitalised) break;
    if (isAgedThing(w)) kind = 'thing';
    // A German noun is the head of its phrase; only a name in apposition may follow it.
    if (options.language === 'de' && capitalised) noun = true;
  }
  return kind;
}

/**
 * Whom a predicative age is said of, from the subject of its verb: a person's name, wherever it stands („Liang Wenfeng
 * ist 40 Jahre alt“); at the start of a clause also a person's pronoun or word („Er ist 40 Jahre alt“, „Der Gründer ist
 * 40 Jahre alt“), a thing ("The fund is now ten years old", „Der Fonds ist heute zehn Jahre alt“, "It is ten years
 * old", a name the sources know as no person's: "High-Flyer is ten years old"), or a noun no list knows after an
 * article ('unknown': „Das Rechenzentrum ist zehn Jahre alt“). Undefined where the verb's subject is not told so
 * simply („Der Gründer der Firma ist 40 Jahre alt“ ends in another noun than its subject).
 */
function subjectKind(before: string, options: FigureOptions, subject = copulaSubject(before, options.language)): 'person' | 'thing' | 'unknown' | undefined {
  if (!subject) return undefined;
  const { article, word, start } = subject;
  const end = start + article.length + word.length;
  if (options.people?.some((p) => p.end === end)) return 'person';
  // After the verb, the subject is the clause's whatever opens it; before it, only at the clause's start.
  if (!subject.afterVerb && !CLAUSE_START.test(before.slice(0, start))) return undefined;
  if (options.named?.some((n) => n.start === start + article.length && n.end === end)) return 'thing';
  if (PERSON_PRONOUN.test(word) || kindOfWord(word) === 'person' || AGED_PERSON_NOUN.test(word)) return 'person';
  if (THING_PRONOUN.test(word) || isAgedThing(word)) return 'thing';
  return article !== '' ? 'unknown' : undefined;
}

interface CopulaSubject {
  /** The determiner before the subject's word, with its space, or ''. */
  article: string;
  word: string;
  /** Where the subject (its determiner if any) starts in the text before the age. */
  start: number;
  /** „Damals war der Fonds“: German verb-second order. */
  afterVerb: boolean;
}

/** The subject of the verb right before a predicative age: "The fund is now ", „Der Fonds ist heute “, „Damals war der Fonds “. */
function copulaSubject(before: string, language: Language): CopulaSubject | undefined {
  const m = SUBJECT_BEFORE_COPULA.exec(before);
  if (m) return { article: m[1], word: m[2], start: m.index, afterVerb: false };
  const v = language === 'de' ? SUBJECT_AFTER_COPULA.exec(before) : null;
  return v ? { article: v[2] ?? '', word: v[3], start: v.index + v[1].length, afterVerb: true } : undefined;
}

/** Whether the subject of the copula is a word that points back to a firm or a model („Die Firma“, "The model"). */
function pointsBackToAFirmOrModel(subjectWord: string): boolean {
  const kind = REFERENCE_WORDS[subjectWord.toLowerCase()];
  return kind === 'organisation' || kind === 'model';
}

function isAgedThing(noun: string): boolean {
  return categoryOf(noun) !== undefined || AGED_THING_NOUN.test(noun);
}

function ageAt(before: string, rest: string, people?: Span[]): RegExpExecArray | null {
  if (AGE_BEFORE.test(before)) return /^(?:\s+(?:jahren|years))?/iu.exec(rest);
  const ofYears = personOfYears(before, rest, people);
  if (ofYears) return ofYears;
  const then = pastAgeThen(before, rest, people);
  if (then) return then;
  const dated = YEAR_NAMED.test(before) || YEAR_NAMED.test(rest);
  const apposed = apposedPersonIs(before, people);
  // "When he founded DeepSeek, he was 38.": an age at another time than the piece's, which the clause does not date.
  if (apposed || IS_AGE.before.test(before)) return THEN.test(before) && !dated ? null : IS_AGE.after.exec(rest) ?? (apposed || personIs(before, people) ? IS_AGE.andAfter.exec(rest) : null) ?? (dated ? AGE_THEN.isWhen.exec(rest) : null);
  if (RELATIVE_IS_AGE.before.test(before)) return RELATIVE_IS_AGE.after.exec(rest);
  if (AT_AGE.before.test(before)) return AT_AGE.after.exec(rest);
  if (WITH_YEARS.before.test(before)) return WITH_YEARS.after.exec(rest);
  const at = dated ? AGE_THEN.atBefore.exec(before) : null;
  const after = at ? AGE_THEN.atAfter.exec(rest) : null;
  // "mit 25 Jahren," says years; "mit 25," says nothing.
  return after && (/at\s/iu.test(at![0]) || /Jahren/u.test(after[0])) ? after : null;
}

// "Bis zum Durchbruch vergingen zweieinhalb Jahre", "18 months passed between the founding and R1", "anderthalb Jahre
// von der Gründung bis zum Durchbruch", "between the launch on 20 January and the crash lay five days": time that went by
// between two events is a span too, also "vom Hedgefonds bis zum …", "from High-Flyer's start to the …", "between
// High-Flyer and DeepSeek there were eight years" (a time unit is still needed: "there were eight employees" is none). A day's dot
// ("am 20. Januar") does not end the clause that names the two events.
const WITHIN_CLAUSE = String.raw`(?:[^.;]|(?<=\d)\.(?=\s))*`;
// "from the fund to R1's breakthrough": both ends of a span take the same determiners, a possessive name among them.
const SPAN_END_DETERMINER = String.raw`(?:the|its|their|\p{Lu}[\p{L}\d-]*['’]s)`;
const SPAN_BETWEEN = new RegExp(String.raw`(?<![\p{L}])(?:(?:zwischen|between)(?![\p{L}])${WITHIN_CLAUSE}(?<![\p{L}])(?:liegen|lagen|liegt|lag|vergingen|vergehen|lay|lie|lies|there\s+(?:were|was|are|is))|(?:liegen|lagen|vergingen|lay|lie|lies)(?![\p{L}])${WITHIN_CLAUSE}(?<![\p{L}])(?:zwischen|between)|vergingen|verging|vergehen|vergeht|verstrichen|verstrich|passed|elapsed|went\s+by|apart|separated?|(?:(?:von|seit)\s+(?:der|dem|den|seiner|ihrer)|from\s+${SPAN_END_DETERMINER}|vom)\s${WITHIN_CLAUSE}?\s(?:bis\s+(?:zum|zur)|to\s+${SPAN_END_DETERMINER}|until(?:\s+${SPAN_END_DETERMINER})?)(?=\s))(?![\p{L}])`, 'iu');
/** "seit zwei Jahren", "had been in place for three years": how long something has lasted up to the sentence's time. */
const PRECEDES_BY_BEFORE = /(?<![\p{L}])(predat(?:es?|ed)|preced(?:es?|ed)|antedat(?:es?|ed)|postdat(?:es?|ed))\s+([^,.;:!?()]{1,60}?)\s+by\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|over|less\s+than|under)\s+)?$/iu;
const SINCE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:seit|(?:${alternation(LASTING_WORDS_BEFORE_FOR)})(?:\s+[\p{L}]+){0,3}?\s+for)\s+(?:(?:${alternation(SINCE_HEDGE_WORDS)})\s+)?$`, 'iu');
const APPOSITION_BEFORE = /\p{Lu}[\p{L}-]*,\s*$/u;

/** Whether one of the three words after a comma right after the number is a person's: a pronoun, a word for one, a name. */
function personAfterComma(text: string, end: number, options: FigureOptions): boolean {
  return wordsAfterComma(text, end).some(({ word, start }) => PERSON_PRONOUN.test(word) || kindOfWord(word) === 'person' || AGED_PERSON_NOUN.test(word) || options.people?.some((p) => p.start === start));
}
// "a computer engineer, 46 years, from Guangdong": with its unit written, an age in apposition to any word.
const WORD_COMMA_BEFORE = /\p{L},\s*$/u;
// "Liang Wenfeng, 40. Computer engineer from Guangdong": a full stop closes the apposition too.
const APPOSITIVE_AGE_AFTER = new RegExp(String.raw`^(\s+(?:${AGE_YEAR_WORDS.join('|')}))?\s*(?:[,;)]|\.(?!\d))`, 'iu');
// „Liang Wenfeng, 40 J., vorher Hedgefonds“, "Liang, 40 yrs, founder": the year word shortened is the unit written; its
// own full stop ends no apposition, so a comma, a bracket or the end of the line after it does.
const APPOSITIVE_AGE_ABBREVIATED = new RegExp(String.raw`^(\s+(?:${alternation(AGE_YEAR_ABBREVIATIONS)}))(?=\s*(?:[,;)]|$))`, 'u');
// A full stop closes the apposition only after a person's full name ("Liang Wenfeng, 40."): "Nvidia, 17. Broadcom, 6."
// lists values.
const FULL_NAME_BEFORE = /\p{Lu}[\p{Ll}-]+\s+\p{Lu}[\p{L}-]*,\s*$/u;
// A number word may end the range's start too: "von zehn- bis fünfzigtausend", "from ten to fifty thousand".
// "the least exposed of the three, 3.75 %", "der am wenigsten betroffene der drei": a number word after an article with
// no noun names a group told before, as a pronoun does; it measures nothing.
const GROUP_ARTICLE_BEFORE = /(?<![\p{L}])(?:the|all|die|der|den|des|alle|allen|aller)\s+$/iu;
const LIST_CONNECTOR = '(?:bis|und|to|and|oder|or|beziehungsweise|bzw\\.|[-–—])';
const PERCENT_OF = `(?:${PERCENT_WORD_PATTERN})\\s+(?:of|der|von|aller)`;
export const LIST_END_BEFORE_PATTERN = `(?:(?:\\d|(?<![\\p{L}])(?:${NUMBER_WORD_PATTERN})-?)\\s*${LIST_CONNECTOR}|${PERCENT_OF})\\s*$`;
// Spelt out (see FACTOR_PATTERN), and past the size V8 optimises: tried at every place of the 40 characters before each bare
// number, ten times as slow as with `i`. So it is tried only where a digit or a letter (every number word ends with
// one) comes right before the connector, which the words before a bare number seldom end with.
const LIST_END_BEFORE_GATE = new RegExp(`(?:[\\d\\p{L}]-?\\s*${LIST_CONNECTOR}|${PERCENT_OF})\\s*$`, 'iu');
const listEndBefore = caselessRegExp(LIST_END_BEFORE_PATTERN, 'iu');
/** Whether the words before a bare number end a range or list whose start is a number: "zwischen zehn und", "7,82, 3,75 und". */
export function endsListBefore(before: string): boolean {
  return LIST_END_BEFORE_GATE.test(before) && listEndBefore().test(before);
}

// "Zusammen kosteten die beiden Supercomputer …", "Together that is 1.2bn yuan, or roughly €156m", "1,2 Milliarden Yuan
// insgesamt", "seven models in all": the words make a sum of it (not "zusammen mit", "together with": company, not
// addition).
// "Combined: 1.4 billion yuan, or €156 million": the sum word as a label, its colon opening the sum.
const SUM_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(SUM_OPENING_WORDS)})(?![\p{L}])(?!\s+(?:${alternation(ACCOMPANYING_PREPOSITIONS)})(?![\p{L}]))(?:\s*:)?(?:[^.;:!?]|[.,]\d){0,90}$`, 'iu');
const SUM_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(SUM_CLOSING_WORDS)})(?![\p{L}])(?!\s+(?:${alternation(ACCOMPANYING_PREPOSITIONS)})(?![\p{L}]))`, 'iu');
// "72 Millionen Dollar mehr als DeepSeek", "$72 million more on GPT-4o than": what one sum is more or less than another
// (not "eine halbe Billion Dollar weniger Börsenwert": a loss, with nothing it is compared with).
const DIFFERENCE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(MORE_OR_LESS_WORDS)})(?![\p{L}])[^.;:!?]{0,60}?(?<![\p{L}])(?:${alternation(THAN_WORDS)})(?![\p{L}])`, 'iu');
// "78 Millionen Dollar aufgewandt, also rund 72 Millionen mehr", "$78 million, some $72 million more.", „kam mit 72
// Millionen Dollar weniger aus“, "got by on $72 million less, and": closing its clause (a verb particle or a comma may
// follow), more or less than the sum just named.
const DIFFERENCE_CLOSING = new RegExp(`^(?:\\s+(?:dollars?|euros?|yuan|us-dollar))?\\s+(?:mehr|weniger|more|less)(?:\\s+(?:${CLOSING_VERB_PARTICLES.join('|')}))?(?=\\s*(?:[.,;:!?)–—]|$))`, 'iu');
// "Im Schnitt kostete jeder …", "On average, each … cost": the average of the sums.
const MEAN_BEFORE = /(?<![\p{L}])(?:im\s+(?:schnitt|durchschnitt|mittel)|durchschnittlich|on\s+average|an\s+average\s+of|averag(?:e|ed|ing))(?![\p{L}])(?:[^.;:!?]|[.,]\d){0,90}$/iu;

// "Im Schnitt verloren die drei Konzerne gut 6 Prozent", "an average of 6.05% each", "their average fall, 6.05%": not
// what beats or lags an average ("Nvidia, which beat the average, fell 7.82%": Nvidia's own move).
const OUTDONE_AVERAGE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(AVERAGE_OUTDONE_WORDS)})\s+(?:(?:${alternation(AVERAGE_OUTDONE_ARTICLES)})\s+)?$`, 'iu');

/**
 * A percentage the words make the average of several moves: the first percentage after the word for it, so that "Im Schnitt
 * gaben Tech-Werte 2 Prozent ab, Nvidia aber 7,82 Prozent" leaves Nvidia's fall its own.
 */
function isAverageOfMoves(text: string, f: Figure, figures: Figure[]): boolean {
  const mean = MEAN_BEFORE.exec(text.slice(0, f.start));
  if (!mean || OUTDONE_AVERAGE.test(text.slice(0, mean.index))) return false;
  // "die drei Konzerne" between them counts whose average it is.
  return !figures.some((g) => g !== f && (g.kind === 'percent' || g.kind === 'percentagePoint') && g.start >= mean.index && g.end <= f.start);
}

/** What the words around a sum make of it: a sum, a difference or an average of two others, or the sum itself. */
function aggregateOf(before: string, after: string): Figure['aggregate'] {
  if (DIFFERENCE_AFTER.test(after) || DIFFERENCE_CLOSING.test(after) || GAP_BEFORE.test(before) || GAP_STATED_BEFORE.test(before)) return 'difference';
  if (MEAN_BEFORE.test(before)) return 'mean';
  return SUM_BEFORE.test(before) || SUM_AFTER.test(after) ? 'sum' : undefined;
}

function readFigure(text: string, c: Draft, options: FigureOptions): Figure | undefined {
  const { language } = options;
  let end = c.end + (c.bracketed ? 1 : 0);
  let rest = text.slice(end);
  let scale = 0;
  let currency: string | undefined;
  let kind: FigureKind | undefined;

  let start = c.start - (c.negative || c.positive ? 1 : 0);
  const before = text.slice(0, start);
  const currencyBefore = CURRENCY_BEFORE.exec(before);
  if (currencyBefore) {
    currency = CURRENCIES.get(currencyBefore[1].toLowerCase());
    start -= currencyBefore[1].length + currencyBefore[2].length;
  }

  const glued = /^\p{L}/u.test(rest);
  const scaleWritten = SCALE_AFTER.exec(glued ? ` ${rest}` : rest);
  // "$5.6B" is billions; "8B" without a currency is part of a model's name ("Llama 3 8B"), unless what it counts
  // follows ("617B parameters").
  const bareB = scaleWritten !== null && /^b$/i.test(scaleWritten[1]) && !currency;
  // "| Parameters | 761B |": a cell's row label says what the number counts, as a noun after it would.
  const countedByRow = options.cell === true && options.rowLabel !== undefined && rowCountsInBillions(options.rowLabel, language);
  const scaleMatch = bareB && !countedByRow && !countsInBillions(text.slice(end + scaleWritten[0].length - (glued ? 1 : 0)), language) ? null : scaleWritten;
  if (scaleMatch) {
    const word = scaleMatch[1];
    const short = SHORT_SCALE.test(word);
    // "$598bn", and "617bn parameters", "2.6m downloads", "50k GPUs": a short scale word before what it counts.
    // "$0.55 per 1M input tokens": after "per" it is the unit of a price, not a count.
    // "between 10k and 50k", "10k–50k": both ends of a range written with a short scale word are counts.
    const after = text.slice(end + scaleMatch[0].length - (glued ? 1 : 0));
    // "| Parameters | 671bn |": "bn", and "mn", "tn" glued to the number, are scales wherever they stand, a fact box's
    // cell or a line's end; "55 mn" may be minutes, and "m" and "k" (metres, minutes, kilo-) need what they count after them.
    if (!short || currency || (!PER_BEFORE.test(before) && (UNAMBIGUOUS_SHORT_SCALE.test(word) || (glued && GLUED_SHORT_SCALE.test(word)) || (bareB && countedByRow) || countsAfterShortScale(after, language) || SHORT_SCALE_RANGE_END.test(after) || SHORT_SCALE_RANGE_START.test(before)))) {
      scale = scaleOf(word, language) ?? 0;
      const consumed = scaleMatch[0].length - (glued ? 1 : 0);
      end += consumed;
      rest = text.slice(end);
    }
  } else if (glued && !/^(x|fach|fache|fold|mal|jährig|yo(?![\p{L}\d\p{Pd}])|y\/o)/iu.test(rest)) {
    return undefined; // "4o", "8B": part of a name
  }

  if (!currency) {
    const currencyAfter = CURRENCY_AFTER.exec(rest);
    if (currencyAfter) {
      currency = CURRENCIES.get(currencyAfter[1].toLowerCase());
      end += currencyAfter[0].length;
      rest = text.slice(end);
    }
  }

  let match: RegExpExecArray | null = null;
  if (currency) kind = 'money';
  else if ((match = POINTS_AFTER.exec(rest))) kind = 'percentagePoint';
  else if ((match = PERCENT_AFTER.exec(rest))) kind = 'percent';
  else if ((match = MULTIPLIER_AFTER.exec(rest))) kind = 'multiplier';
  else if ((match = AGE_AFTER.exec(rest))) {
    // „das zehn Jahre alte Unternehmen“, "The fund is now ten years old": a thing's age is no figure of a person, nor a
    // count of years to hold against another span of years.
    if (!agedIsAPerson(match, text.slice(0, start), rest, end, options)) return undefined;
    kind = 'age';
  }
  // "downloaded 2.6 million times", "2,6 Millionen Mal heruntergeladen": how often, unless something is compared.
  if (kind === 'multiplier' && scale > 0 && /^(?:times|mal)$/i.test(match![1]) && !COMPARED_AFTER.test(rest.slice(match![0].length))) [kind, match] = ['count', null];
  if (match && kind !== 'money') end += match[0].length;
  // "Liang Wenfeng, 40 Jahre, Informatikingenieur", "Liang Wenfeng, 40, founder": an age in apposition to a name.
  let apposition = !kind && !scale && !c.isWord && c.mantissa >= 16 && c.mantissa <= 110 && WORD_COMMA_BEFORE.test(text.slice(0, start)) ? APPOSITIVE_AGE_ABBREVIATED.exec(rest) ?? APPOSITIVE_AGE_AFTER.exec(rest) : null;
  // Without its unit, only after a capitalised word ("Liang Wenfeng, 40, founder"); "Nvidia, 17. Broadcom, 6." lists
  // values, so a full stop closes a bare number only after a person's full name. With "Jahre"/"years" it is an age
  // however the apposition ends ("Liang Wenfeng ist Informatikingenieur, 40 Jahre.").
  if (apposition && !apposition[1] && !APPOSITION_BEFORE.test(text.slice(0, start))) apposition = null;
  if (apposition && !apposition[1] && apposition[0].trimEnd().endsWith('.') && !FULL_NAME_BEFORE.test(text.slice(0, start))) apposition = null;
  if (apposition) {
    kind = 'age';
    end += (apposition[1] ?? '').length;
  }
  // "Now 44, the founder has …", „Heute 44, gibt er kaum Interviews“: a bare number fronted by "now" is an age where the
  // clause after the comma names a person („Heute 44, morgen 45 Prozent“ is none). Said without its unit, it is worth a
  // word only where a source contradicts it: whose it is may be no one a source knows (facts/frontedAgeHolder.ts).
  const frontedAge = !kind && !scale && !c.isWord && c.mantissa >= 16 && c.mantissa <= 110 && frontedByNow(text.slice(0, start)) && personAfterComma(text, end, options);
  if (frontedAge) kind = 'age';
  // "Mit 40 Jahren hat er …", "im Alter von 40 Jahren", "at the age of 40": how old someone was then.
  const agedAt = !kind && !scale && c.mantissa >= 10 && c.mantissa <= 110 ? ageAt(text.slice(0, start), rest, options.people) ?? (c.mantissa >= 16 && !c.isWord ? bracketedAge(text.slice(0, start), rest, options) : null) : null;
  if (agedAt) {
    kind = 'age';
    end += agedAt[0].length;
  }

  // "kein Jahr nach der Gründung": under one unit of time; a negated article before anything else counts nothing.
  const noOne = c.isWord && NO_ONE_WORDS.has(text.slice(c.start, c.end).toLowerCase());
  if (noOne && (scale || kind || durationUnitAfter(rest) === undefined)) return undefined;
  const onlyArticle = noOne || (c.isWord && ONE_WORDS.has(text.slice(c.start, c.end).toLowerCase()));
  // "eine gute Woche nach dem Start", "a good week later": the adjective is part of the span's words.
  const looseAdjective = onlyArticle && !scale && !kind ? LOOSE_SPAN_ADJECTIVE.exec(rest) : null;
  const adjectiveSpan = looseAdjective !== null && durationUnitAfter(rest.slice(looseAdjective[0].length)) !== undefined;
  if (adjectiveSpan) {
    end += looseAdjective![0].length;
    rest = text.slice(end);
  }
  // "höchstens ein Jahr", "at least a year": a bound makes the article a count.
  const boundedOne = onlyArticle && !scale && !kind && (noOne || UPPER_BOUND_BEFORE.test(text.slice(0, start)) || lowerBoundBefore(text.slice(0, start)) !== null) && countedNoun(rest, language) !== undefined;
  // "eine Woche vor dem Kurssturz", "a day after the launch", "a fortnight later": an article before a day or a week is
  // one ("ein Jahr später" is told loosely). So is one before a month where the words name the other event ("about a
  // month after the R1 launch"); "einen Monat später, am 20. Januar" counts from a month told before, which is no day
  // to count from.
  const spanUnit = onlyArticle ? durationUnitAfter(rest) : undefined;
  const spanRelative = spanUnit !== undefined ? RELATIVE_AFTER.exec(rest.replace(/^\s*[\p{L}-]+/u, '')) : null;
  const namesItsEvent = spanRelative !== null && /^(?:vor|nach|before|after)$/i.test(spanRelative[0].trim());
  const oneSpan = spanRelative !== null && (spanUnit! <= 14 || (spanUnit! <= 30 && namesItsEvent));
  if (onlyArticle && !scale && kind !== 'percent' && !boundedOne && !oneSpan) return undefined;

  let noun: string | undefined;
  if (!kind) {
    const isYear = !c.isWord && !scale && c.precision <= 1 && Number.isInteger(c.mantissa) && /^\d{4}$/.test(text.slice(c.start, c.end)) && c.mantissa >= 1900 && c.mantissa <= 2100 && !countsBeforeNoun(text.slice(Math.max(0, start - 30), start), rest, language);
    if (isYear) kind = 'year';
    else {
      // "a staff of 200 built R1": the words after a number are what it counts only where they name something; else the
      // noun before "of" does. A unit of time always counts: „eine Liquiditätsreichweite von 18 Monaten“ counts months.
      const partitive = c.isWord ? undefined : partitiveCount(text.slice(0, start), rest, language);
      const [after, before] = [partitive ? partitive.noun : countedNoun(rest, language), nounBefore(text.slice(Math.max(0, start - 40), start))];
      const afterWord = after?.split(' ').pop();
      noun = before && afterWord && !nounConcept(afterWord) && !TIME_LENGTH_UNITS.has(afterWord.toLowerCase()) ? before : after ?? before;
      if (!noun && !scale && !partitive) {
        // A bare number is neither a figure nor a range end, unless a list gives it its unit ("7,82, 3,75 und 6,58 %").
        // Nor is the end of a range or list whose start is a number ("zwischen 10.000 und 50.000"), nor the whole a
        // share is of ("36 percent of 1,328").
        if (c.isWord && GROUP_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return undefined;
        const endOfList = endsListBefore(text.slice(Math.max(0, start - 40), start));
        if (!endOfList && !options.cell && !isLabelledValue(text, start, rest) && !RANGE_OR_LIST_GOES_ON.test(rest) && !/^[-–—]\d/.test(rest) && !COMMA_THEN_VALUE.test(rest) && !SLASH_THEN_PERCENT.test(rest) && nextPairValue(text, end, options.named ?? []) === undefined) return undefined;
      }
      if (options.isSource && isFootnoteMarker(text, c)) return undefined;
      kind = 'count';
    }
  }

  // "drei Tage vor dem Kurssturz", "two days after": a duration between two events, not a count of days.
  // The unit is the word right after the number: "a day after R1's launch" is not counted in "R1's".
  const unit = kind === 'count' && noun ? durationUnitAfter(rest) : undefined;
  const unitWord = /^\s*[\p{L}-]+/u.exec(rest)?.[0] ?? '';
  const relative = unit ? RELATIVE_AFTER.exec(rest.slice(unitWord.length)) : null;
  // "galten da schon seit zwei Jahren", "had been in place for three years": from an earlier event up to the time the
  // sentence speaks of.
  const since = unit !== undefined && !relative && SINCE_BEFORE.test(text.slice(0, start));
  // "Zwischen den beiden Gründungen liegen sechs Jahre", "the two launches were five weeks apart": a span between two
  // events the sentence names, in no direction.
  const gap = unit !== undefined && (SPAN_GAP_BEFORE.test(text.slice(0, start)) || SPAN_GAP_AFTER.test(rest.slice(unitWord.length))) && !LAG_WORD.test(text);
  // "The fund predates DeepSeek by eight years": the other event is named before the span.
  const precedes = unit !== undefined && !relative ? PRECEDES_BY_BEFORE.exec(text.slice(0, start)) : null;
  const durationUnit = relative || since || gap || precedes || (unit && SPAN_BETWEEN.test(text)) ? unit : undefined;
  const durationSign = relative ? signOfDuration(relative[0].replace(/^[\s,]+/, '').toLowerCase(), rest.slice(unitWord.length + relative[0].length)) : precedes ? (/^post/i.test(precedes[1]) ? 1 : -1) : since ? -1 : undefined;
  const precededAt = precedes ? precedes.index + precedes[0].indexOf(precedes[2], precedes[1].length) : 0;
  const durationAnchor = relative ? anchorOf(text, end + unitWord.length + relative[0].length, relative[0]) : precedes ? { start: precededAt, end: precededAt + precedes[2].length } : undefined;
  // "nearly three points bigger than Microsoft's", "zwei Punkte höher", „Differenz: 1,2 Punkte“, „zwischen Nvidia und
  // Broadcom lagen 2,5 Punkte“, "beat Microsoft's by 1.8 points": points a change differs by.
  const pointsApart = kind === 'count' && noun !== undefined && POINT_NOUNS.includes(noun.split(' ').pop()!.toLowerCase()) && (POINTS_COMPARED.test(rest.slice(unitWord.length)) || pointsAboveName(rest.slice(unitWord.length), text.length - rest.length + unitWord.length, options.named ?? []) || [GAP_BEFORE, GAP_STATED_BEFORE, POINTS_BETWEEN_PAIR, OUTDONE_BY_BEFORE].some((gap) => gap.test(text.slice(0, start))));
  if (pointsApart) kind = 'percentagePoint';
  // "höchstens ein Jahr": the article alone would say nothing in a message.
  if (noOne && !durationUnit) return undefined;
  // "two to four years behind the US", „drei Jahre im Rückstand“: a lead told in years is written with its unit, as a
  // span is.
  const lead = unit !== undefined && !durationUnit && LEAD_AFTER_UNIT.test(rest.slice(unitWord.length));
  // "Runway is 19 months", „über 18 Monate aufgebaut“: a length of time is written with its unit, as a span is.
  const lasts = kind === 'count' && noun !== undefined && !scale && TIME_LENGTH_UNITS.has(unitWord.trim().toLowerCase());
  if (durationUnit || boundedOne || pointsApart || lead || lasts) end += pointsApart ? POINT_ABBREVIATION_STOP.exec(rest)?.[0].length ?? unitWord.length : unitWord.length;

  // A sum whose currency the sentence gives later ("Apple mit 3,68 Billionen") is read as one too.
  const change = kind === 'money' || (kind === 'count' && scale > 0) ? changeOf(text.slice(Math.max(0, start - 60), start), text.slice(end)) : undefined;
  // "fast das Dreifache", "gut das Zwanzigfache": the hedge reaches past the article, and changes the value.
  const hedgeText = kind === 'multiplier' ? text.slice(0, start).replace(/(?<![\p{L}])(?:das|the)\s+$/iu, '') : text.slice(0, start);
  const approxMatch = APPROXIMATE_BEFORE.exec(hedgeText);
  // „Nvidia verlor zeitweise bis zu 9,82 Prozent“: a move's extreme, not a limit it kept below.
  const peakBound = (kind === 'percent' || kind === 'percentagePoint') && isPeakBound(hedgeText);
  const upper = peakBound ? null : UPPER_BOUND_BEFORE.exec(hedgeText);
  const lower = lowerBoundBefore(hedgeText);
  const value = (c.negative ? -1 : 1) * c.mantissa * 10 ** scale;
  // "gut zwölf Jahre", "knapp zwei Jahre", "just over a week": the hedge tells on which side of the span the true one
  // lies, and by little; "just over" is no "over", which any longer span would satisfy.
  const leaningPhrase = durationUnit ? leaningPhraseBefore(hedgeText) : undefined;
  const spanLean = leaningPhrase ?? (durationUnit && approxMatch ? LEANING_HEDGES.get(approxMatch[1].toLowerCase()) : undefined);
  return base(start, end, text, kind, c.mantissa, scale, c.precision * 10 ** scale, {
    value,
    currency,
    noun,
    approximate: Boolean(approxMatch) || peakBound || adjectiveSpan || leaningPhrase !== undefined,
    ...(isPeak(approxMatch?.[1]) || peakBound ? { peak: true as const } : {}),
    bound: leaningPhrase ? undefined : upper || noOne || (durationUnit && NEGATED_BEFORE.test(hedgeText)) ? 'upper' : lower ? 'lower' : undefined,
    ...(change ? { change } : {}),
    ...(durationUnit ? { durationUnit, noun: unitWord.trim().toLowerCase(), ...(onlyArticle ? { loose: true } : {}), ...(spanLean ? { lean: spanLean } : {}) } : {}),
    ...(durationSign ? { durationSign } : {}),
    ...(durationAnchor ? { durationAnchor } : {}),
    ...(frontedAge ? { loose: true } : {}),
  });
}

function base(start: number, end: number, text: string, kind: FigureKind, mantissa: number, scale: number, precision: number, extra: Partial<Figure>): Figure {
  return {
    start, end, text: text.slice(start, end), kind, mantissa, scale, value: mantissa * 10 ** scale, precision,
    approximate: false, localConcepts: new Set(), ...extra,
  };
}

/** The side a share's hedge puts the true value on: its adjective ("ein gutes Drittel") or the word before it ("gut"). */
function leanOf(share: string, hedgeBefore: string | undefined): 'above' | 'below' | undefined {
  const adjective = share.split(/\s+/u).find((w) => LEANING_HEDGES.has(w.toLowerCase()));
  const word = adjective ?? hedgeBefore?.trim();
  return word ? LEANING_HEDGES.get(word.toLowerCase()) : undefined;
}

/** The hedge right before a word ("nearly ", "mehr als "), as a whole word: not the "fast" of "breakfast". */
function hedgeBefore(before: string): string | undefined {
  const m = QUALIFIER_BEFORE.exec(before);
  return m && !/\p{L}$/u.test(before.slice(0, m.index)) ? m[0] : undefined;
}

/** Digits glued to letters are part of a name or code: A100, H800, GPT-4o, MATH-500, R1, FP8, 3D. */
function isPartOfIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/\p{L}$/u.test(before) && !/[$€¥£]$/.test(before)) return true;
  if (/\p{L}-$/u.test(before)) return true;
  const after = text.slice(end, end + 2);
  return /^-\p{Lu}\p{Ll}*\d/u.test(text.slice(end, end + 6)) || /^\d/.test(after);
}

/**
 * A noun the lexicon knows right after a short scale word ("bn parameters", "m downloads"), or after the other end of a
 * range written with one ("10k–50k units"): what is counted.
 */
function countsAfterShortScale(rest: string, language: Language): boolean {
  const otherEnd = SHORT_SCALE_RANGE_END.exec(rest);
  const noun = countedNoun(otherEnd ? rest.slice(otherEnd[0].length) : rest, language);
  return noun !== undefined && nounConcept(noun.split(' ').pop()!) !== undefined;
}

/** A noun right after a bare "B" that is counted in billions ("617B parameters"), so the "B" is a scale. */
function countsInBillions(rest: string, language: Language): boolean {
  const noun = countedNoun(rest, language);
  const concept = noun === undefined ? undefined : nounConcept(noun.split(' ').pop()!);
  return concept !== undefined && COUNTED_IN_BILLIONS.includes(concept);
}

/**
 * A row label that names a noun counted in billions ("Parameters", „Parameter (Gesamt)“, "Active parameters", „Aktive
 * Parameter“, "Total parameters, R1"): any word of it before a parenthesis, a comma or "per" („pro“, „je“), which
 * start what the noun is measured by or of.
 */
function rowCountsInBillions(label: string, language: Language): boolean {
  const head = label.split(/[(,;:]|(?<![\p{L}])(?:per|pro|je)(?![\p{L}])/iu)[0];
  return [...head.matchAll(/\p{L}[\p{L}-]*/gu)].some((word) => countsInBillions(` ${word[0]}`, language));
}

const PER_BEFORE = /(?<![\p{L}])(?:per|pro|je)\s+$/iu;
/** Scale words of one or two letters ("bn", "m", "k"; "B" only after a currency, see `readFigure`). */
const SHORT_SCALES = 'm|k|bn|mn|tn';
const SHORT_SCALE = new RegExp(`^(?:${SHORT_SCALES}|b)$`, 'i');
const UNAMBIGUOUS_SHORT_SCALE = /^bn$/i;
const GLUED_SHORT_SCALE = /^(?:mn|tn)$/i;
const SHORT_SCALE_RANGE_START = new RegExp(`(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?\\s*(?:${SHORT_SCALES})\\s*(?:[-–—]|to|bis|and|und|or|oder)\\s*$`, 'iu');
const SHORT_SCALE_RANGE_END = new RegExp(`^\\s*(?:[-–—]|to|bis|and|und|or|oder)\\s*\\d+(?:[.,]\\d+)?\\s*(?:${SHORT_SCALES})(?![\\p{L}])`, 'iu');

function countedNoun(rest: string, language: Language): string | undefined {
  const words = rest.match(/^\s+([\p{L}][\p{L}\d-]*)(?:\s+([\p{L}][\p{L}\d-]*))?(?:\s+([\p{L}][\p{L}\d-]*))?/u);
  if (!words) return undefined;
  const candidates = words.slice(1).filter(Boolean) as string[];
  if (language === 'de') {
    const first = candidates[0];
    if (/^\p{Lu}/u.test(first)) return first.toLowerCase();
    // "sechs kleinere Versionen": an adjective before the noun; an article or a determiner starts a noun phrase of its
    // own: „… von einer Spanne zwischen 1.000 und 50.000 die Rede“ counts no „Rede“.
    if (/(e|en|er|es|em)$/.test(first) && (!FUNCTION_WORDS.has(first.toLowerCase()) || PARTITIVE_DETERMINERS.has(first.toLowerCase())) && candidates[1] && /^\p{Lu}/u.test(candidates[1])) return candidates[1].toLowerCase();
    return undefined;
  }
  const phrase: string[] = [];
  for (const w of candidates.slice(0, 3)) {
    if (STOP_WORDS.has(w.toLowerCase())) break;
    phrase.push(w.toLowerCase());
    if (/(s|ple)$/i.test(w)) break; // "AI models", "smaller versions": the plural noun ends the phrase
  }
  return phrase.length ? phrase.join(' ') : undefined;
}

const NOUN_OF = new RegExp(String.raw`(?<![\p{L}])([\p{L}-]{3,})\s+(?:of|von)\s+(?:(?:${alternation(NOUN_OF_HEDGE_WORDS)})\s+)?$`, 'iu');

/** What is counted in thousands: chips, staff, models, users, not an export or a fund. */
const COUNTED_THINGS = new Set(['chip', 'staff', 'model', 'parameters', 'downloads', 'users', 'engineer', 'smaller', 'supercomputer']);

/**
 * "Die 2048 Chips kosteten …", "on 2,048 GPUs", "2048 Nvidia-Chips": a number before what it counts is a count, not a
 * year, unless a word before it says when ("im Jahr 2023", "in 2023 employees …", "Ende 2024").
 */
function countsBeforeNoun(before: string, rest: string, language: Language): boolean {
  // The noun right after the number, no article or adjective between ("2022 den Export", "2016 den Hedgefonds").
  const first = /^\s+([\p{L}][\p{L}\d-]*)/u.exec(rest)?.[1];
  if (!first || (language === 'de' && !/^\p{Lu}/u.test(first))) return false;
  const noun = countedNoun(rest, language);
  if (!noun || !noun.startsWith(first.toLowerCase()) || !COUNTED_THINGS.has(nounConcept(noun.split(' ').pop()!) ?? '')) return false;
  // Only where an article, a determiner or a preposition of quantity stands before it, or nothing does: after a
  // verb it is when ("Liang kaufte 2021 Chips", "Die USA beschränkten 2022 Chips").
  return COUNT_OPENER.test(before);
}

const COUNT_OPENER = /(?:^|[.:;!?(]\s*|(?<![\p{L}])(?:die|der|den|dem|diese[nm]?|seine[nm]?|ihre[nm]?|unsere[nm]?|alle|the|these|those|its|their|our|all|auf|on|mit|with|über|rund|etwa|knapp|fast|gut|about|some|nearly|almost|roughly|over))\s*$/iu;

/** "a staff of 200", "eine Belegschaft von 160": the noun before says what the number counts. */
function nounBefore(before: string): string | undefined {
  const word = NOUN_OF.exec(before)?.[1];
  return word && nounConcept(word.toLowerCase()) ? word.toLowerCase() : undefined;
}

/**
 * "Beschäftigte: 160", "**Employees:** about 160": a fact box's line is a table row written as a list item, its label
 * before a colon, the number alone after it.
 */
const LABEL_BEFORE = /^\s*\p{L}[\p{L}\s*'’()/-]{0,40}:\s*(?:(?:rund|etwa|ca\.|knapp|gut|über|unter|about|around|approx\.|roughly|some|over|under|nearly|almost|fast|mehr als|more than|weniger als|less than|[~≈])\s*)?$/iu;

function isLabelledValue(text: string, start: number, rest: string): boolean {
  const before = text.slice(0, start);
  // "Founder's age: 40" is whose age no line of a fact box says: left as it was, no figure.
  return LABEL_BEFORE.test(before) && !AGE_LABEL.test(before) && /^\s*[.;]?\s*$/.test(rest);
}

const AGE_LABEL = /(?<![\p{L}])(?:age|alter)(?![\p{L}])/iu;

/** "140 of you", „140 von euch“: a part of the readers addressed, a group of its own. */
const PARTITIVE_ADDRESSED = /^\s+(?:of\s+(?:you|us)|von\s+(?:euch|uns))(?![\p{L}])/iu;
/** "480 of them", „2.300 davon“, „480 von ihnen“: a part of a group counted before. */
const PARTITIVE_REFERRING = /^\s+(?:of\s+them|davon|von\s+(?:ihnen|denen|diesen))(?![\p{L}])/iu;
/** The last number before, and the words after it. */
const LAST_NUMERAL = /\d(?:[\d.,]*\d)?(?=\D*$)/u;
/** "15,000 of the older A100s", "60 of its shares": a part of a group the words after name. */
const PARTITIVE_ARTICLE = /^\s+of\s+(?:the|those|these|its|his|her|their|our|your)(?=\s)/iu;
/** The last word of a plural English noun: "A100s", "engineers"; not "series", "news", "business". */
const PLURAL_WORD = /(?<!s|serie|new|specie)s$/iu;

/**
 * "15,000 of the older A100s", "140 of you", „2.300 davon“: a part of a whole, counted in digits (the caller leaves out
 * number words: "one of the founders" is a way of speaking), and what it counts where the words name it. Only a
 * group: "92 of 100" is a share, "page 12 of the filing", "Chapter 2 of the report", "Game 3 of the series" number
 * a place in one thing, as a singular after "of the" does.
 */
function partitiveCount(before: string, rest: string, language: Language): { noun: string | undefined } | undefined {
  const numbering = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1];
  if (numbering && NUMBERING_WORDS.has(numbering.toLowerCase())) return undefined;
  if (PARTITIVE_ADDRESSED.test(rest)) return { noun: undefined };
  // "1,328 AI models, roughly 480 of them", „41.000 Depots; in 2.300 davon“: what the sentence counted last. A group
  // of an earlier sentence ("The rest accounts for 600 of them") is not known here: no figure, as before.
  if (PARTITIVE_REFERRING.test(rest)) {
    const last = LAST_NUMERAL.exec(before);
    const noun = last ? countedNoun(before.slice(last.index + last[0].length), language) : undefined;
    return noun ? { noun } : undefined;
  }
  const article = PARTITIVE_ARTICLE.exec(rest);
  const noun = article ? countedNoun(rest.slice(article[0].length), language) : undefined;
  return noun && PLURAL_WORD.test(noun.split(' ').pop()!) ? { noun } : undefined;
}

/**
 * A bare number that a range or list goes on from ("von 10.000 bis 50.000", "8 and 9.5 percent", "10 – 20", „zehn- bis
 * fünfzigtausend“ with the hyphen that leaves out the word's end). A dash before words is a title's („[Meldung 3 – Das
 * Modell]“, "Folie 3 – Chips", "Scene 2 — The launch"): no range.
 */
const RANGE_OR_LIST_GOES_ON = /^[-–—]?\s*(?:bis|und|to|and|oder|or|beziehungsweise|bzw\.|sowie)\s|^\s*[-–—]\s+[-−+]?\d/;

/** "… überzeugt 18. Im …": a footnote reference glued to the end of a scraped sentence. */
function isFootnoteMarker(text: string, c: Draft): boolean {
  if (c.isWord || c.mantissa > 999 || !Number.isInteger(c.mantissa)) return false;
  const after = text.slice(c.end);
  if (!/^(\.\s*(\p{Lu}|$)|$)/u.test(after)) return false;
  return /\p{Ll}\s$/u.test(text.slice(0, c.start));
}

/** "minus 7,82, minus 6,58 und minus 3,75 Prozent": a sign word said before each value of a list. */
const SIGN_WORD = `(?:${SIGN_WORDS.join('|')})\\s+`;
// A slash only glued to both values: "1,328 / 36%" under "AI models / share from China" are two statements.
// "knapp acht beziehungsweise gut sechseinhalb Prozent": a hedge may stand before each value of a list.
const COORDINATED = new RegExp(`^(?:\\s*(?:,|und|and|or|oder|beziehungsweise|bzw\\.|respectively|sowie)\\s*(?:${SIGN_WORD})?(?:(?:${LIST_VALUE_HEDGES.join('|')})\\s+)?|/)$`, 'iu');
/** "−7,82/−3,75 %", "7.82/3.75 percent": a slash, then the next value of a list of percentages (not "24/7", "2024/25"). */
const SLASH_THEN_PERCENT = new RegExp(`^/[-−–+]?\\d+(?:[.,]\\d+)?\\s*(?:${PERCENT_WORD_PATTERN})`, 'iu');
/** A comma, then the next value of a list ("7,82, 6,58", "7,82, minus 6,58"). */
const COMMA_THEN_VALUE = new RegExp(`^,\\s*(?:${SIGN_WORD})?\\d`, 'i');

/**
 * "200 Millionen und eine Milliarde Yuan", "92 and 85 percent", "7,82, 3,75 und 6,58 Prozent": a bare number
 * coordinated with a figure that has a unit takes that unit (and its scale, if it has none of its own).
 */
function linkCoordinated(text: string, figures: Figure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const low = figures[i];
    const high = figures[i + 1];
    // "130 beziehungsweise 26 Millionen": a count takes only a scale word written for both.
    const scaledCount = high.kind === 'count' && high.scale > 0 && low.scale === 0;
    if (low.kind !== 'count' || low.noun || low.range || (high.kind === 'count' && !scaledCount) || high.kind === 'year' || high.kind === 'date' || high.kind === 'age') continue;
    if (!COORDINATED.test(text.slice(low.end, high.start))) continue;
    takeUnit(low, high);
  }
}

/** What joins one pair of a list to the next: a comma, "und", "and", "sowie", and an article. */
const PAIR_JOIN = /^\s*(?:[,;]\s*(?:(?:und|and|sowie)\s+)?|(?:und|and|sowie)\s+)(?:(?:the|die|der|das)\s+)?/u;
/** What a pair writes between its name and its value: a colon, then at most two short words ("minus", "was down"). */
const PAIR_WORDS = /^:?((?:\s+\p{Ll}{1,8}){0,2})\s+$/u;
const PAIR_WORDS_AFTER = /^:?(?:\s+\p{Ll}{1,8}){0,2}\s+/u;
/** A pair's value, where the next pair's words end: a sign or currency symbol, then digits. */
const PAIR_VALUE = /^[-−–+]?[$€¥£]?\d/u;

/**
 * Where the value of a name-and-value pair stands whose words start at `at`: a known name (from the sources or the
 * glossary), then at most two short words that count nothing ("Microsoft minus 3,75", "Microsoft down 7.82"; not
 * "DeepSeek version 3"). Only a known name heads a pair: "Platz 1, Nvidia …", "Chapter 3, …" and "Version 3, Modell 4"
 * head none.
 */
function pairValueAt(text: string, at: number, named: readonly Span[]): number | undefined {
  const name = named.find((n) => n.start === at);
  if (!name) return undefined;
  const words = PAIR_WORDS_AFTER.exec(text.slice(name.end, name.end + 24));
  if (!words || !PAIR_VALUE.test(text.slice(name.end + words[0].length)) || countsPlaces(words[0])) return undefined;
  return name.end + words[0].length;
}

/** Whether a known name heads the bare value at `start` as its pair ("Nvidia minus 7,82"). */
function pairHeadBefore(text: string, start: number, named: readonly Span[]): boolean {
  const name = named.filter((n) => n.end <= start && start - n.end <= 24).sort((a, b) => b.end - a.end)[0];
  if (!name) return false;
  const words = PAIR_WORDS.exec(text.slice(name.end, start));
  return words !== null && !countsPlaces(words[1]);
}

/** The value of the next pair of a list after a bare value ending at `end`: ", Microsoft minus 3,75". */
function nextPairValue(text: string, end: number, named: readonly Span[]): number | undefined {
  const join = PAIR_JOIN.exec(text.slice(end, end + 16));
  return join ? pairValueAt(text, end + join[0].length, named) : undefined;
}

function countsPlaces(words: string): boolean {
  return (words.match(/\p{L}+/gu) ?? []).some((w) => NUMBERING_WORDS.has(w.toLowerCase()));
}

/**
 * "Nvidia minus 7,82, Microsoft minus 3,75 und Broadcom minus 6,58 Prozent", "Nvidia was down 3.75, Microsoft down
 * 7.82 percent": a list of name-and-value pairs writes the unit once, after the last value; each bare value before it
 * takes it, as a list of values does ("7,82, 3,75 und 6,58 Prozent", `linkCoordinated`). Only where a known name heads
 * each value and the last value is a percentage, points or a sum.
 */
function linkPairs(text: string, figures: Figure[], named: readonly Span[]): void {
  if (named.length < 2) return;
  for (let i = figures.length - 2; i >= 0; i--) {
    const low = figures[i];
    const high = figures[i + 1];
    if (low.kind !== 'count' || low.noun || low.range || low.durationUnit || !(high.kind === 'percent' || high.kind === 'percentagePoint' || high.kind === 'money')) continue;
    if (high.noun || high.range || high.bound || low.scale && !high.scale) continue;
    if (nextPairValue(text, low.end, named) !== high.start || !pairHeadBefore(text, low.start, named)) continue;
    takeUnit(low, high);
  }
}

/** The low end of a range or list takes the unit, counted noun and scale its high end writes for both. */
/**
 * "zehn- bis fünfzigtausend", "ten to fifty thousand", "zwei- bis dreihundert": a start written as a number word
 * leaves out the thousands or hundreds of the end; it is 10,000, not ten.
 */
function leftOutEnd(low: Figure, high: Figure): void {
  const end = SHARED_END.exec(high.text.trim())?.[0].toLowerCase();
  if (!end || !/^\p{L}+$/u.test(low.text) || low.scale !== 0 || high.scale !== 0) return;
  const unit = PART_SCALE_WORDS.get(end)!;
  if (low.value >= unit || low.value * unit > high.value) return;
  low.mantissa *= unit;
  low.value *= unit;
}

function takeUnit(low: Figure, high: Figure): void {
  low.kind = high.kind;
  low.currency = high.currency;
  if (high.noun) low.noun = high.noun;
  if (low.scale === 0 && high.scale) {
    low.scale = high.scale;
    low.value *= 10 ** high.scale;
    low.precision *= 10 ** high.scale;
  }
  low.approximate ||= high.approximate;
}

/**
 * "78 Millionen Dollar, R1 nur 5,6 Millionen": a sum written without its currency after one written with it, with a
 * scale word of its own, is in that currency.
 */
function sharedCurrency(text: string, figures: Figure[]): void {
  // "Zusammen kosteten beide 1,2 Milliarden Yuan; in Euro waren das etwa 26 und 130 Millionen": a currency named for
  // what follows ("in Euro") is a nearer one than the sum's before it.
  const named = [...text.matchAll(IN_CURRENCY_ALL)].map((m) => ({ at: m.index!, currency: CURRENCIES.get(m[1].toLowerCase()) }));
  let money: { at: number; currency?: string } | undefined;
  for (const f of figures) {
    const phrase = named.filter((n) => n.currency && n.at < f.start && n.at >= (money?.at ?? -1)).pop();
    if (phrase) money = phrase;
    if (f.kind === 'money') money = { at: f.end, currency: f.currency };
    else if (money && isBareSum(f)) {
      f.kind = 'money';
      f.currency = money.currency;
    }
  }
}

const IN_CURRENCY = new RegExp(`(?<![\\p{L}])in\\s+(${CURRENCY_AFTER_PATTERN})(?![\\p{L}])`, 'iu');
const IN_CURRENCY_ALL = new RegExp(IN_CURRENCY.source, 'giu');

/** "In euros, that is about 26 million and 130 billion": a currency named for the sentence is that of its bare sums. */
function currencyOfSentence(text: string, figures: Figure[]): void {
  const named = IN_CURRENCY.exec(text)?.[1];
  const currency = named ? CURRENCIES.get(named.toLowerCase()) : undefined;
  if (!currency) return;
  for (const f of figures) if (isBareSum(f)) [f.kind, f.currency] = ['money', currency];
}

/** "5,6 Millionen", "130 billion": a scaled number that counts nothing is a sum whose currency is said elsewhere. */
export function isBareSum(f: Figure): boolean {
  return f.kind === 'count' && f.scale > 0 && !f.noun && !f.range;
}

// "zehn- bis fünfzigtausend": the hyphen stands for the end the two share.
const RANGE_BETWEEN = /^(?:-\s+)?\s*(bis|und|to|and|[-–—])\s*$/i;
/** The word a number word ends in that a range's start written as a number word leaves out. */
const SHARED_END = new RegExp(`(?:${[...PART_SCALE_WORDS.keys()].join('|')})$`, 'i');
// „zw. 10.000 und 50.000“: notes and chats abbreviate „zwischen“.
const RANGE_OPENER = /(zwischen|zw\.|between|von|from)\s+(rund\s+|etwa\s+|about\s+)?$/i;

/** "10.000 bis 50.000 Einheiten", "10,000 to 50,000 units": the low end inherits what the high end carries. */
function linkRanges(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const low = figures[i];
    const high = figures[i + 1];
    const between = text.slice(low.end, high.start);
    const m = RANGE_BETWEEN.exec(between);
    if (!m || low.kind === 'date' || high.kind === 'date') continue;
    // "400 Millionen Dollar – mehr als das Fünffache": a sum and a multiple are two figures, not the ends of one range.
    if (high.kind === 'multiplier' && low.kind !== 'multiplier' && low.kind !== 'count') continue;
    const isAnd = /^(und|and)$/i.test(m[1]);
    if (isAnd && !RANGE_OPENER.test(text.slice(0, low.start))) continue;
    low.range = 'low';
    high.range = 'high';
    leftOutEnd(low, high);
    if (low.kind === 'count' && !low.noun && high.kind !== 'year') takeUnit(low, high);
    else low.approximate ||= high.approximate;
    i++;
  }
}
