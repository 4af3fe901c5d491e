import { TRANSLATION_RENDERINGS } from '../context/lexicon';
import { keptWords } from './keptWords';

/**
 * The word a translated quotation should have where its translator put another (`translatedWordChange.ts`): the
 * lexicon's rendering of the source's word in the draft's language, undefined where the lexicon gives none.
 */
export function renderingOf(sourceWord: string, language: 'de' | 'en'): string | undefined {
  const meanings = keptWords(sourceWord)[0]?.meanings ?? [];
  for (const { group } of meanings) {
    const rendering = renderingsByGroup().get(group)?.[language];
    if (rendering) return rendering;
  }
  return undefined;
}

/** The renderings by translation group, each read once from its German word's meaning. */
let byGroup: Map<number, { de?: string; en: string }> | undefined;
function renderingsByGroup(): Map<number, { de?: string; en: string }> {
  if (byGroup) return byGroup;
  byGroup = new Map();
  for (const rendering of TRANSLATION_RENDERINGS) {
    const group = keptWords(rendering.of)[0]?.meanings?.[0]?.group;
    if (group !== undefined && !byGroup.has(group)) byGroup.set(group, rendering);
  }
  return byGroup;
}

/** The rendering in the case of the word it replaces: "Interesting" at a sentence's start. */
export function inCaseOf(rendering: string, replaced: string): string {
  return /^\p{Lu}/u.test(replaced) && /^\p{Ll}/u.test(rendering) ? rendering[0].toUpperCase() + rendering.slice(1) : rendering;
}
