import { GERMAN_FEMININE_ENDINGS, TRANSLATION_RENDERINGS } from '../context/lexicon';
import { capitalisedAs } from '../text/caseAsWritten';
import { keptWords } from './keptWords';

type Rendering = (typeof TRANSLATION_RENDERINGS)[number];

/**
 * The word a translated quotation should have where its translator put another (`translatedWordChange.ts`): the
 * lexicon's rendering of the source's word in the draft's language, in the form of the word it replaces; undefined
 * where the lexicon gives none, or where the source's word is a compound whose one part the translator rendered
 * („Kostenvorteile“ as "savings": "advantage" would be a part for a whole).
 */
export function renderingOf(sourceWord: string, replaced: string, language: 'de' | 'en'): string | undefined {
  const meanings = keptWords(sourceWord)[0]?.meanings ?? [];
  for (const { group, at } of meanings) {
    const rendering = renderingsByGroup().get(group);
    const word = rendering?.[language];
    if (!rendering || !word) continue;
    if (at !== 0) return undefined;
    const english = () => (isGermanPlural(sourceWord, rendering.of) && !PLURAL.test(replaced.toLowerCase()) ? pluralOf(word) : inEnglishFormOf(word, rendering, replaced));
    return capitalisedAs(language === 'en' ? english() : word, replaced);
  }
  return undefined;
}

/** The renderings by translation group, each read once from its German word's meaning. */
let byGroup: Map<number, Rendering> | undefined;
function renderingsByGroup(): Map<number, Rendering> {
  if (byGroup) return byGroup;
  byGroup = new Map();
  for (const rendering of TRANSLATION_RENDERINGS) {
    const group = keptWords(rendering.of)[0]?.meanings?.[0]?.group;
    if (group !== undefined && !byGroup.has(group)) byGroup.set(group, rendering);
  }
  return byGroup;
}

/**
 * "far more efficiently" for "far more frugally", "advantages" for "savings": the rendering takes the replaced word's
 * adverb ending and a noun its plural, so applying the fix keeps the sentence whole. Words that are adverbs without
 * the ending ("far", "instead") stay as they are.
 */
function inEnglishFormOf(word: string, rendering: Rendering, replaced: string): string {
  const lower = replaced.toLowerCase();
  // A noun's rendering is a noun: "anomaly" ends as an adverb does, and takes no adverb.
  const adverb = !rendering.de && /ly$/.test(lower) && lower.length > 4 && !ADJECTIVES_IN_LY.has(lower);
  if (adverb && !/ly$/.test(word) && !PLAIN_ADVERBS.has(word)) return adverbOf(word);
  if (!adverb && /ly$/.test(word) && !/ly$/.test(lower)) return word.slice(0, -2);
  if (rendering.de && PLURAL.test(lower) && !/s$/.test(word)) return pluralOf(word);
  return word;
}

/**
 * „Industrien“ for „Industrie“, „Beschränkungen“ for „Beschränkung“: a feminine noun takes -n or -en in the plural only,
 * so the source said "industries" where the translator put "economy". Other nouns take -n in the dative and -s in the
 * genitive too, and stay read as the replaced word's number.
 */
function isGermanPlural(sourceWord: string, singular: string): boolean {
  const [word, base] = [sourceWord.toLowerCase(), singular.toLowerCase()];
  return GERMAN_FEMININE_ENDINGS.some((ending) => base.endsWith(ending)) && (word === `${base}n` || word === `${base}en`) && /\p{Lu}/u.test(singular[0]);
}

/** A plural's ending: not a singular's -ss, -us, -is ("synthesis", "bonus"). */
const PLURAL = /[^siu]s$/;
const PLAIN_ADVERBS = new Set(['far', 'much', 'instead', 'always', 'never', 'today']);
const ADJECTIVES_IN_LY = new Set(['early', 'only', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'friendly', 'costly', 'lonely', 'lovely', 'elderly', 'orderly', 'timely']);

function adverbOf(word: string): string {
  if (/le$/.test(word)) return `${word.slice(0, -1)}y`;
  if (/y$/.test(word)) return `${word.slice(0, -1)}ily`;
  if (/ic$/.test(word)) return `${word}ally`;
  return `${word}ly`;
}

function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
