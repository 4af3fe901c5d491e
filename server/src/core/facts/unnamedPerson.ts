import type { NameMention } from '../types';
import { kindOfWord } from '../names/kindEvidence';
import { wordAlternation as alternation } from '../context/lexicon';
import { AGE_COPULA_ADVERBS, AGE_COPULAS, AGED_PERSON_NOUNS, INDEFINITE_ARTICLES, PERSON_PRONOUNS, ROLE_WORDS } from '../figures/vocabulary';

/**
 * „Ein Student aus Zhejiang schrieb die erste Version. Der 23-Jährige …", "A student from Zhejiang wrote it. The
 * 23-year-old …": a person brought in by an indefinite article and a word for a person, whom no name follows, is whom
 * the next age said as a noun or a pronoun points back to, not the last person the draft named. Up to two words
 * (adjectives, an age) may stand between the article and the noun („ein junger chinesischer Student“).
 */
const INTRODUCED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(INDEFINITE_ARTICLES)})((?:\s+[\p{L}\d-]+){1,3})`, 'giu');
const AGED_PERSON_NOUN = new RegExp(`(?:${alternation(AGED_PERSON_NOUNS)})$`, 'iu');

/**
 * The word for the person a sentence brings in without a name (lower case), where it is the sentence's last person:
 * none where a person's name stands after it („ein Informatikingenieur, Liang Wenfeng, …", "a student named …").
 */
export function unnamedPersonIntroduced(text: string, names: readonly NameMention[]): string | undefined {
  let found: { noun: string; end: number } | undefined;
  for (const m of text.matchAll(INTRODUCED)) {
    const words = [...m[1].matchAll(/[\p{L}\d-]+/gu)];
    const noun = words.find((w) => personWord(w[0]) !== undefined);
    if (!noun || apposedToAName(text, m.index!, names) || PREDICATE_BEFORE.test(text.slice(0, m.index!))) continue;
    const end = m.index! + m[0].length - m[1].length + noun.index! + noun[0].length;
    // "A Chinese start-up": a word for a person before a word for a thing is said of the thing.
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
    if (next !== undefined && kindOfWord(next) !== undefined && kindOfWord(next) !== 'person') continue;
    found = { noun: personWord(noun[0])!.toLowerCase(), end };
  }
  if (!found) return undefined;
  const end = found.end;
  return names.some((n) => n.entry.kind === 'person' && n.start >= end) ? undefined : found.noun;
}

/** „Zihan Wang, einem ehemaligen DeepSeek-Mitarbeiter", "Liang Wenfeng, a computer engineer": words for the person just named. */
function apposedToAName(text: string, articleAt: number, names: readonly NameMention[]): boolean {
  const before = text.slice(0, articleAt);
  // A name the index does not know, misspelled too („Liang Wenfang, ein Informatikingenieur“), is still a name.
  return CAPITALISED_APPOSED.test(before) || names.some((n) => n.entry.kind === 'person' && n.end <= articleAt && APPOSITION_GAP.test(text.slice(n.end, articleAt)));
}

const APPOSITION_GAP = /^\s*[,–—(]\s*$/u;
const CAPITALISED_APPOSED = /\p{Lu}[\p{L}-]*\s*[,–—(]\s*$/u;

/** A word for a person, also inflected („einen Studenten“): as its dictionary form. */
function personWord(word: string): string | undefined {
  return [word, word.replace(GERMAN_NOUN_ENDING, '')].find((w) => kindOfWord(w) === 'person' || AGED_PERSON_NOUN.test(w));
}

const GERMAN_NOUN_ENDING = /(?<=\p{L}{4})(?:en|n)$/u;

/**
 * "Liang Wenfeng is a computer engineer", „Heute ist er ein gefragter Experte“, "As a student, he …": words said of someone
 * already there, who is no one new.
 */
const PREDICATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...AGE_COPULAS, ...ROLE_WORDS])})(?:\s+(?:${alternation([...AGE_COPULA_ADVERBS, ...PERSON_PRONOUNS])}))*\s+$`, 'iu');
