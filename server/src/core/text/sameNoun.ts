import { ER_PLURALS, NOUN_INFLECTIONS } from '../context/lexicon';

/**
 * Whether two written nouns are one noun, inflected or not: „Einzeltitel“ and „Einzeltiteln“, „Modell“ and „Modelle“,
 * „Länder“ and „Ländern“, "postdoc" and "postdocs", "company" and "companies". Not a synonym: „Versionen“ and „Modelle“
 * are two nouns, however alike what they count (a lexicon concept joins those; this is for where only the word decides).
 */
export function sameNoun(a: string, b: string): boolean {
  return nounLemma(a) === nounLemma(b);
}

/** Least letters a noun's stem keeps: „Tage“ is „Tag“, but „Tee“ is no „Te“. */
const LEAST_STEM = 3;
/** The „-er“ (or dative „-ern“) of a German „-er“ plural, alone or as a compound's last part („Bundesländern“). */
const ER_PLURAL = new RegExp(`(?<=(?:${ER_PLURALS.map((p) => p.slice(0, -2)).join('|')}))ern?$`, 'u');

/**
 * A noun's key for all its forms, lowercased: the stem left by its longest plural or case ending („Ländern“ and
 * „Länder“: „länd“; „Modellen“, „Modelle“, „Modells“: „modell“; „Nutzern“: „nutzer“; "companies": "company"). A key,
 * not a word to show.
 */
export function nounLemma(word: string): string {
  const lower = word.toLowerCase();
  const erPlural = ER_PLURAL.exec(lower);
  if (erPlural && erPlural.index >= LEAST_STEM) return lower.slice(0, erPlural.index);
  let best: readonly [string, string] | undefined;
  for (const ending of NOUN_INFLECTIONS) {
    const [, inflected] = ending;
    if (lower.endsWith(inflected) && lower.length - inflected.length >= LEAST_STEM && inflected.length > (best?.[1].length ?? 0)) best = ending;
  }
  return best ? lower.slice(0, lower.length - best[1].length) + best[0] : lower;
}

/**
 * A counted noun phrase as a key for all its forms: „12 Ländern“ and „- Länder: 14“, „46 Einzeltitel“ and
 * „Einzeltiteln“ count one thing; the words before the last stay as written.
 */
export function nounPhraseKey(phrase: string): string {
  const words = phrase.split(' ');
  return [...words.slice(0, -1), nounLemma(words[words.length - 1])].join(' ');
}

/** Two counted noun phrases of one noun: the same words, the last in any of its forms („sechs kleinere Modelle“, „Modellen“). */
export function sameNounPhrase(a: string, b: string): boolean {
  return nounPhraseKey(a.toLowerCase()) === nounPhraseKey(b.toLowerCase());
}

/** A noun and, for a compound, its last part, which names what it counts too („KI-Artikel“: „Artikel“). */
export function nounAndCompoundHead(noun: string): string[] {
  return [...new Set([noun, noun.split('-').pop()!])];
}
