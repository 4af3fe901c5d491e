/**
 * A replacement in the case of the word it replaces, so a fix reads as the writer wrote: "BILLION" → "MILLION",
 * "Billion" → "Million" at a sentence's start, „tausend“ stays low. `keepCapital`: a word that is always capitalised
 * (a month, a German noun) keeps its capital where the replaced word was written low.
 */
export function caseAsWritten(word: string, written: string, keepCapital = false): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(written)) return capitalisedAs(word, written);
  return keepCapital ? word : word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * Only the first letter follows the replaced word ("Interesting" at a sentence's start): a quotation's word in capitals
 * is more often an acronym ("AI", „KI“) than a shout, and its rendering is no acronym.
 */
export function capitalisedAs(word: string, written: string): string {
  return /^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
