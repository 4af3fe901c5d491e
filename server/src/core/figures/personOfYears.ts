import type { Span } from '../types';
import { kindOfWord } from '../names/kindEvidence';
import { AGED_PERSON_NOUN } from './agedPersonNoun';

/** The word right before „von“: „ein Gründer von “, „eine Informatikerin von “. */
const WORD_BEFORE_VON = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)\s+von\s+$/u;
/**
 * „Jahren“ closes the phrase: a verb, a punctuation mark or a lower-case word goes on („von 41 Jahren hat …“); a noun
 * after it, with a declined adjective before it or not, makes the years something else's („ein Mitarbeiter von 20
 * Jahren Betriebszugehörigkeit“, „ein Informatiker von 15 Jahren intensiver Forschung“).
 */
const YEARS_CLOSING = /^\s+Jahren(?=\s*(?:[,;:)!?–—]|\.(?!\d)|$)|\s+(?!\p{Lu}|\p{Ll}+(?:er|en|em|es)\s+\p{Lu})\p{L})/u;

/**
 * „Ein Gründer von 41 Jahren hat …“, „eine Informatikerin von 29 Jahren“: German gives a person's age as „von N Jahren“
 * after the word for the person, as „im Alter von N Jahren“ does without it. Only after a word for a person or a name
 * the sentence names: „ein Vorsprung von zwei Jahren“, „eine Laufzeit von 41 Jahren“ are spans.
 */
export function personOfYears(before: string, rest: string, people: Span[] | undefined): RegExpExecArray | null {
  // Asked of every number from 10 to 110: the cheap test for „von “ at the end first, before a look over all the text before.
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !trimmed.endsWith('von')) return null;
  const word = WORD_BEFORE_VON.exec(before);
  if (!word) return null;
  const person = kindOfWord(word[1]) === 'person' || AGED_PERSON_NOUN.test(word[1]) || people?.some((p) => p.end === word.index + word[1].length) === true;
  return person ? YEARS_CLOSING.exec(rest) : null;
}
