/**
 * Words with which a writer sets a wrong value aside and gives the right one, German and English (claims/retractions.ts).
 * Data only: the patterns are built where they are used.
 */

/** The negation before a value the writer rejects: "nicht 170, sondern 160", "not 170 but 160". */
export const REJECTING_NEGATIONS = ['nicht', 'not', 'kein', 'keine', 'keinen'];

/**
 * Words between the negation and its value that still reject it ("nicht etwa 170", "not in 2016", "nicht um 17 Prozent",
 * "nicht im Juli 2022"): a particle, a preposition or an article.
 */
export const REJECTED_VALUE_LEADS = ['etwa', 'wie behauptet', 'as claimed', 'as reported', 'um', 'bei', 'auf', 'im', 'in', 'am', 'an', 'von', 'vom', 'mit', 'by', 'on', 'at', 'of', 'for', 'to', 'rund', 'about', 'the', 'a', 'der', 'die', 'das', 'den', 'dem'];

/**
 * Words after the negation that make it no rejection: "nicht nur 5, sondern auch 7", "not just 5 but 7" add a value,
 * "nicht mehr als 5", "not less than 5" bound it.
 */
export const NOT_REJECTING = ['nur', 'bloß', 'lediglich', 'einmal', 'mehr', 'weniger', 'über', 'unter', 'ganz', 'only', 'just', 'merely', 'even', 'more', 'less', 'fewer', 'over', 'under', 'quite', 'until', 'bis'];

/** The word that brings in the right value: "…, sondern 160", "… but 160", "… but rather 160". */
export const CORRECTING_CONJUNCTIONS = ['sondern', 'but'];

/** Words after the conjunction that add rather than replace: "sondern auch", "but also". */
export const ADDING_AFTER_CONJUNCTION = ['auch', 'also', 'zudem', 'too'];

/**
 * A sentence that opens by giving the right value of what the sentence before said wrong: "Richtig sind 160.",
 * "Korrekt ist: 2015.", "Die richtige Zahl lautet 160.", "The correct figure is 160.", "The right date: 2015.". Each entry
 * is a phrase; `ADJ` stands for one of the adjectives, `NOUN` for one of the nouns.
 */
export const CORRECTION_OPENINGS = [
  'ADJ ist', 'ADJ sind', 'ADJ wäre', 'ADJ wären', 'ADJ war', 'ADJ waren', 'ADJ:',
  'der ADJe NOUN ist', 'der ADJe NOUN lautet', 'der ADJe NOUN beträgt', 'der ADJe NOUN liegt bei', 'der ADJe NOUN:',
  'die ADJe NOUN ist', 'die ADJe NOUN lautet', 'die ADJe NOUN beträgt', 'die ADJe NOUN liegt bei', 'die ADJe NOUN:',
  'das ADJe NOUN ist', 'das ADJe NOUN lautet', 'das ADJe NOUN:',
  'the ADJ NOUN is', 'the ADJ NOUN was', 'the ADJ NOUN:', 'ADJ NOUN:', 'ADJ:',
];
export const CORRECTION_ADJECTIVES = ['richtig', 'korrekt', 'zutreffend', 'correct', 'right', 'accurate'];
export const CORRECTION_NOUNS = ['zahl', 'wert', 'betrag', 'summe', 'datum', 'jahr', 'tag', 'alter', 'angabe', 'figure', 'number', 'amount', 'sum', 'total', 'value', 'date', 'year', 'day', 'age', 'price', 'cost', 'share', 'score'];

/** Pieces of writing a corrections note refers to, besides those retractions.ts lists: an earlier version of the text. */
export const VERSION_PIECES_EN = ['version', 'edition', 'draft'];
export const VERSION_PIECES_DE = ['Fassung', 'Version', 'Ausgabe'];
