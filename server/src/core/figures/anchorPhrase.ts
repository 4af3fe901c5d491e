import { ANCHOR_DETERMINERS_DE, NOUN_PHRASE_CONTINUERS_DE } from './vocabulary';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Where the noun phrase after a duration's "nach"/"vor" ends in a German clause that goes on without a comma: „Eine Woche
 * nach dessen Vorstellung verlor Nvidia …“, „Eine Woche nach dem Durchbruch von R1 fiel die Börse“ name a release as the
 * other event, and the fall is the clause's own; the verb after the noun ends the phrase. The length of `phrase` where no
 * such verb follows (or the phrase opens with no German determiner).
 */
export function germanAnchorPhraseEnd(phrase: string): number {
  const words = [...phrase.matchAll(WORD)];
  if (words.length === 0 || !ANCHOR_DETERMINERS_DE.includes(words[0][0].toLowerCase())) return phrase.length;
  let afterNoun = false;
  for (const w of words.slice(1)) {
    const word = w[0];
    const capital = word[0] !== word[0].toLowerCase() || /^\p{N}/u.test(word);
    if (capital) afterNoun = true;
    else if (afterNoun && !NOUN_PHRASE_CONTINUERS_DE.includes(word)) return phrase.slice(0, w.index).trimEnd().length;
    else if (NOUN_PHRASE_CONTINUERS_DE.includes(word)) afterNoun = false;
  }
  return phrase.length;
}
