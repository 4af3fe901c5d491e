import type { NameMention } from '../types';
import { kindOfWord } from '../names/kindEvidence';
import { wordAlternation as alternation } from '../context/lexicon';
import { AGED_PERSON_NOUNS, UNNAMED_PERSON_NOUNS, INDEFINITE_ARTICLES, ORIGIN_WORDS, PARTITIVE_WORDS, SUBJECT_INDEFINITE_ARTICLES } from '../figures/vocabulary';

/**
 * „Ein Student aus Zhejiang schrieb die erste Version. Der 23-Jährige …", "A student from Zhejiang wrote it. The
 * 23-year-old …": a person the sentence opens with, as its subject, by an indefinite article and a word for a person, is
 * whom the next age said as a noun or a pronoun points back to, not the last person the draft named. Only the subject:
 * an object („traf einen Premierminister“), a phrase after „mit“/"with" („mit einem Team von Ingenieuren“) or a
 * listener („sagte einem Reporter“) brings in no one the next sentence goes on about.
 */
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const SUBJECT_ARTICLE_OPENING = new RegExp(String.raw`^[\s"„“‚'‘]*(?:${alternation(SUBJECT_INDEFINITE_ARTICLES.map(capitalised))})(?=\s)`, 'u');
const AGED_PERSON_NOUN = new RegExp(`^(?:${alternation(AGED_PERSON_NOUNS)})$`, 'iu');
const PARTITIVE = new RegExp(`^(?:${alternation(PARTITIVE_WORDS)})$`, 'iu');
/**
 * What may follow the person for the sentence to go on with its verb: where they come from („aus Zhejiang“). A comma
 * or the sentence's end right after it is a verbless fragment („Ein zurückhaltender Mann, sagen Weggefährten.“) or a
 * clause set in, which is left as it was.
 */
const ORIGIN = new RegExp(String.raw`^\s+(?:${alternation(ORIGIN_WORDS)})(?:\s+\p{Lu}[\p{L}-]*){1,2}`, 'u');
const WORD_GOES_ON = /^\s+\p{L}/u;
/** Up to two adjectives between the article and the noun („Ein junger Student“); a noun there is the subject instead. */
const MOST_WORDS_BEFORE_THE_NOUN = 2;

/**
 * The word for the person a sentence brings in as its subject without a name (lower case): none where the sentence
 * names a person too („Ein Student aus Zhejiang traf Liang Wenfeng“: it goes on about someone named).
 */
export function unnamedPersonIntroduced(text: string, names: readonly NameMention[]): string | undefined {
  const opening = SUBJECT_ARTICLE_OPENING.exec(text);
  if (!opening || names.some((n) => n.entry.kind === 'person')) return undefined;
  const rest = text.slice(opening[0].length);
  const following = [...rest.matchAll(/[\p{L}-]+|[^\s\p{L}-]/gu)].slice(0, MOST_WORDS_BEFORE_THE_NOUN + 1);
  const at = following.findIndex((w) => isPersonWord(w[0]));
  // „Ein Team von Ingenieuren“, "A group of engineers": what stands before the word for a person, other than
  // adjectives, makes the subject someone or something else.
  if (at < 0 || following.slice(0, at).some((w) => !/^\p{Ll}/u.test(w[0]) || PARTITIVE.test(w[0]))) return undefined;
  const end = opening[0].length + following[at].index! + following[at][0].length;
  // "A Chinese start-up": a word for a person before another noun is said of that noun.
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
  if (next !== undefined && kindOfWord(next) !== undefined) return undefined;
  if (!WORD_GOES_ON.test(text.slice(end).replace(ORIGIN, ''))) return undefined;
  return following[at][0].toLowerCase();
}

const INDEFINITE_ARTICLE = new RegExp(`^(?:${alternation(INDEFINITE_ARTICLES)})$`, 'iu');
const UNNAMED_PERSON_NOUN = new RegExp(`^(?:${alternation(UNNAMED_PERSON_NOUNS)})$`, 'iu');

/**
 * Whether the sentence brings in someone without a name anywhere, an object too („stellte einen jungen Doktoranden
 * ein“, "hired a young doctoral student"): a later "er"/"he" may mean that one rather than the person named.
 */
export function bringsInSomeoneUnnamed(text: string): boolean {
  const words = [...text.matchAll(/[\p{L}-]+/gu)].map((m) => m[0]);
  return words.some((word, at) => {
    if (!INDEFINITE_ARTICLE.test(word)) return false;
    const after = words.slice(at + 1, at + 2 + MOST_WORDS_BEFORE_THE_NOUN);
    const noun = after.findIndex((w) => isPersonWord(w) || UNNAMED_PERSON_NOUN.test(w));
    return noun >= 0 && after.slice(0, noun).every((w) => /^\p{Ll}/u.test(w) && !PARTITIVE.test(w));
  });
}

/** A word for a person, in the singular form a subject after „ein“/"a" has. */
function isPersonWord(word: string): boolean {
  return kindOfWord(word) === 'person' || AGED_PERSON_NOUN.test(word);
}
