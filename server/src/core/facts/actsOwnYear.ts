import { LEXICON, wordAlternation as alternation } from '../context/lexicon';
import { ACT_DATING_PARTICIPLES, ACT_YEAR_PREPOSITIONS, YEAR_NOUNS_BEFORE_A_YEAR } from '../figures/vocabulary';
import { ARTICLES } from '../names/wordLists';
import type { Figure } from '../types';

// „Exportbeschränkungen“, "curbs", "controls", "Embargo": a word for the curbs themselves. A bare "export" is trade
// ("the 2023 export sales").
const CURB_WORD = String.raw`[\p{L}-]*(?:${alternation(LEXICON.export.filter((stem) => stem !== 'export'))})[\p{L}-]*`;
const YEAR_NOUN = String.raw`(?:(?:${alternation([...ARTICLES])})\s+)?(?:(?:${alternation(YEAR_NOUNS_BEFORE_A_YEAR)})\s+)?`;
// „die Exportbeschränkungen von 2021“, "the export curbs of 2021", „Exportkontrollen aus dem Jahr 2022“, "curbs imposed
// in 2022", "the export curbs (2022)".
const CURBS_BEFORE = new RegExp(String.raw`(?<![\p{L}])${CURB_WORD}(?:\s+(?:${alternation(ACT_YEAR_PREPOSITIONS)})\s+${YEAR_NOUN}|,?\s+(?:${alternation(ACT_DATING_PARTICIPLES)})\s+(?:in|im)\s+${YEAR_NOUN}|\s*\(\s*)$`, 'iu');
// "the 2021 export curbs", „die 2022 verhängten Exportbeschränkungen“: the year between an article and the curbs.
const ARTICLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation([...ARTICLES])})\s+$`, 'iu');
const CURBS_AFTER = new RegExp(String.raw`^(?:er)?(?:-|\s+)(?:[\p{L}-]+\s+){0,2}?${CURB_WORD}(?![\p{L}])`, 'iu');

/**
 * Whether a year is the one the phrase of the curbs itself gives („die Exportbeschränkungen von 2021“, "the 2021 export
 * curbs", "curbs imposed in 2022"), not a year of its clause's verb that only mentions them („Nvidia entwickelte 2023 …
 * als Antwort auf die Exportbeschränkungen“, "bought his chips in 2021, before the export curbs").
 */
export function curbsOwnYear(text: string, figure: Figure): boolean {
  if (figure.kind !== 'year' && figure.kind !== 'date') return false;
  const before = text.slice(0, figure.start);
  return CURBS_BEFORE.test(before) || (ARTICLE_BEFORE.test(before) && CURBS_AFTER.test(text.slice(figure.end)));
}
