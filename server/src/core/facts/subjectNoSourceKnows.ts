import { conceptOfWord } from '../context/concepts';
import { OTHER_SUBJECT_PRONOUNS, SECTOR_WORDS } from '../context/lexicon';
import { CURRENCIES } from '../figures/vocabulary';
import { MONTHS } from '../text/months';
import { FUNCTION_WORDS, GERMAN_ARTICLES } from '../names/wordLists';
import { isWeekday } from './weekdays';
import { detectLanguage } from '../text/language';
import type { NameIndex } from '../names/nameIndex';
import type { Language, NameMention, Span } from '../types';

/** A single word no source knows that is the subject of a move told right after it, and where that move's verb ends. */
export interface SubjectNoSourceKnows {
  start: number;
  end: number;
  text: string;
  verbEnd: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Capitalised as a name is, not an acronym ("AI", "KI": the acronyms have their own reading). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const MOVES = new Set(['fall', 'rise']);
/** „verloren“, „legten“, „gefallen“: a German plural, infinitive or participle, whose subject is no single company. */
const GERMAN_NOT_SINGULAR = /en$/;
/** Who or what a German sentence names after its verb as the subject: „Zuletzt verlor die Aktie …“, „Dann legte sie zu“. */
const GERMAN_SUBJECT_AFTER_VERB = new Set([...GERMAN_ARTICLES, ...OTHER_SUBJECT_PRONOUNS]);
const SECTORS = new Set(SECTOR_WORDS);

/**
 * "Broadcom fell 6.58 percent. Meanwhile Apple lost only 1.5 percent.", „Der Konkurrent Apple verlor dagegen nur 1,5
 * Prozent“, „Apple verlor …“, „Die Apple-Aktie verlor …“: a company no source knows, named by one plain word, is
 * someone else than the entity of the sentence before. One plain capitalised word is a name only on positive evidence:
 * it is the subject right before a move verb of the lexicon, and
 * - in English, stands inside the sentence (where English capitalises names only; "Shares dropped …", "Tech lost …"
 *   open a sentence and are no evidence);
 * - in German, opens the sentence without an article (a singular noun takes one: „Die Aktie verlor …“), follows a
 *   noun as its apposition („Der Konkurrent Apple verlor …“), or is the owner in a share's compound („Die
 *   Apple-Aktie verlor …“); and the verb is singular with no subject of its own after it („Zuletzt verlor die Aktie …“
 *   opens with an adverb).
 * A word the lexicon knows (a concept such as „Umsatz“, "Revenue", a place), a function, calendar or currency word is
 * never one. Drafts only: the sources' names come from their own reading.
 */
export function subjectsNoSourceKnows(text: string, draftLanguage: Language, known: NameMention[], figures: Span[], index: NameIndex): SubjectNoSourceKnows[] {
  // "Apple lost only 1.5 percent." quoted in a German draft is English: the sentence's own words say so where they can.
  const language = detectLanguage(text, undefined, draftLanguage);
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const out: SubjectNoSourceKnows[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i + 1];
    if (!/^\s+$/.test(text.slice(tokens[i].end, verb.start)) || !isMoveVerb(verb.text, language)) continue;
    const word = ownerOf(tokens[i].text, language);
    if (word === undefined || !CAPITALISED.test(word) || !isPlainUnknownWord(word) || wordsOfKnownNames(index).has(word)) continue;
    const start = tokens[i].start;
    if (known.some((n) => n.start < start + word.length && start < n.end)) continue;
    const before = i > 0 ? tokens[i - 1] : undefined;
    const gap = before ? text.slice(before.end, start) : '';
    const placed = language === 'en'
      // Only a space or a comma after the word before: not the capital after a colon, a quotation mark or a bracket.
      ? before !== undefined && /^,?\s+$/.test(gap)
      : tokens[i].text !== word || before === undefined || (/^\s+$/.test(gap) && CAPITALISED.test(before.text) && !FUNCTION_WORDS.has(before.text.toLowerCase()));
    if (!placed || (language === 'de' && !subjectlessAfter(text, tokens, i + 2, figures))) continue;
    out.push({ start, end: start + word.length, text: word, verbEnd: verb.end });
  }
  return out;
}

/** "the Nasdaq fell 13%" beside the sources' "Nasdaq Composite": a word of a known name is no one unknown. */
const knownNameWords = new WeakMap<NameIndex, Set<string>>();

function wordsOfKnownNames(index: NameIndex): Set<string> {
  let words = knownNameWords.get(index);
  if (!words) {
    words = new Set(index.spellings().flatMap(({ spelling }) => spelling.match(TOKEN) ?? []));
    knownNameWords.set(index, words);
  }
  return words;
}

function isMoveVerb(word: string, language: Language): boolean {
  if (!/^\p{Ll}/u.test(word) || !MOVES.has(conceptOfWord(word) ?? '')) return false;
  return language !== 'de' || !GERMAN_NOT_SINGULAR.test(word);
}

/** The word itself, or in German the owner of a share's compound („Apple-Aktie“ → „Apple“). */
function ownerOf(word: string, language: Language): string | undefined {
  const dash = word.indexOf('-');
  if (dash < 0) return word;
  if (language !== 'de' || word.indexOf('-', dash + 1) >= 0) return undefined;
  return conceptOfWord(word.slice(dash + 1)) === 'stock' ? word.slice(0, dash) : undefined;
}

function isPlainUnknownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !SECTORS.has(lower) && !CURRENCIES.has(lower) && !MONTHS.has(lower) && !isWeekday(word) && conceptOfWord(word) === undefined;
}

/**
 * In German, no subject of its own in the verb's clause: no article, pronoun or capitalised noun outside the figures
 * („Zuletzt verlor die Aktie 12 Prozent“, „Danach verlor 12 Prozent der Börsenwert“ open with an adverb).
 */
function subjectlessAfter(text: string, tokens: Array<{ text: string; start: number; end: number }>, from: number, figures: Span[]): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    // "1,5 Prozent": the comma inside a figure ends no clause.
    if (figures.some((f) => f.start <= t.start && t.end <= f.end)) continue;
    if (/[,;:.!?()–—]/.test(text.slice(tokens[k - 1].end, t.start))) return true;
    if (GERMAN_SUBJECT_AFTER_VERB.has(t.text.toLowerCase())) return false;
    if (CAPITALISED.test(t.text) && !MONTHS.has(t.text.toLowerCase()) && !isWeekday(t.text)) return false;
  }
  return true;
}
