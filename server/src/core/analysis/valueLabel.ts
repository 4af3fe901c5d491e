import type { Figure, Language, NameMention } from '../types';
import { IRREGULAR_PARTICIPLES, LABEL_CUT_WORDS } from '../context/lexicon';
import { nounAndCompoundHead } from '../text/sameNoun';

/** What a label before a value names: the noun it counts, and the year it gives, if any. */
export interface ValueLabel {
  /** The label's head noun, lowercased ("einzeltitel", "ki-artikel", "postdocs"). */
  noun: string;
  /** The label's other words („der Redaktion 2025“, "in Europe"): whose, where or which the count is. */
  rest: string;
  year?: number;
}

/** Most words a label's head noun phrase has ("Einzeltitel", "KI-Artikel der Redaktion 2025", "AI articles of the newsroom 2025"). */
const LABEL_WORDS = 6;
const YEAR = /^(?:19|20)\d\d$/;
/** "Einzeltitel: 48", "Postdocs: 4": a label, a colon and one value, nothing after it. */
const LABELLED_VALUE = /^\s*([^:|()]{2,60}):\s*$/u;

/**
 * „| KI-Artikel der Redaktion 2025 | 241 |“, "- Postdocs: 4": a writer restating a figure under a label names by it
 * what the figure counts, as „214 KI-Artikel“ does by its noun. The label's head noun (its last word before a genitive
 * or a preposition: „KI-Artikel der Redaktion“) and a year it states; none where a name is in the label (a company's
 * row is about the company, not what it counts) or the label is no noun phrase of a few words.
 */
export function labelOfValue(label: string, names: NameMention[], language: Language): ValueLabel | undefined {
  if (names.length > 0) return undefined;
  const words = label.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > LABEL_WORDS) return undefined;
  const years = words.filter((w) => YEAR.test(w));
  if (years.length > 1) return undefined;
  const cut = words.findIndex((w, i) => LABEL_CUT_WORDS.has(w.toLowerCase()) || YEAR.test(w) || (language === 'en' && i > 0 && isParticiple(w)));
  const head = (cut < 0 ? words : words.slice(0, cut)).map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, ''));
  const noun = head[head.length - 1];
  // A German noun opens with a capital (a lowercase head is a verb or an adjective); an English label does.
  const capitalised = language === 'de' ? noun : head[0];
  if (!noun || noun.length < 3 || !/^\p{Lu}/u.test(capitalised ?? '') || head.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w))) return undefined;
  const rest = [...words.slice(0, head.length - 1), ...words.slice(head.length)].join(' ');
  return { noun: noun.toLowerCase(), rest, ...(years.length ? { year: Number(years[0]) } : {}) };
}

/**
 * "People trained", "Charities helped by …", "Workshops held": an English participle after the head noun says what was
 * done to it; the noun counted is the word before. Not "speed" or "need", whose "-ed" is their own.
 */
function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PARTICIPLES.has(w) || (w.length >= 5 && /[^e]ed$/.test(w));
}

/** The label of a sentence that is a label, a colon and its one value ("Einzeltitel: 48"), if it is one. */
export function labelBefore(text: string, valueStart: number, valueEnd: number): string | undefined {
  if (!/^[\s.]*$/u.test(text.slice(valueEnd))) return undefined;
  return LABELLED_VALUE.exec(text.slice(0, valueStart))?.[1];
}

/** The row label of a table cell's context (its first part), or the column header (its last) where the row has none. */
export function cellLabels(context: string): string[] {
  const parts = context.split(' | ');
  return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
}

/** A whole count with no noun of its own under a label that names what it counts; „1,8“ counts no things. */
export function countsItsLabel(figure: Figure, label: ValueLabel | undefined): label is ValueLabel {
  return figure.kind === 'count' && label !== undefined && !figure.noun && !figure.durationUnit && Number.isInteger(figure.value);
}

/** The nouns a label names for its count: its head noun, and a compound's last part („KI-Artikel“: „Artikel“ too). */
export function labelNouns(label: ValueLabel): string[] {
  return nounAndCompoundHead(label.noun);
}
