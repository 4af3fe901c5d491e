import type { DraftQuotation } from '../analysis/draft';
import type { Span } from '../types';
import { detectLanguage } from '../text/language';
import { NEGATION } from '../text/negation';
import { keptCount, keptPlaces } from './translatedQuotation';

/**
 * "DeepSeek was the 'chosen one'" for „DeepSeek war nicht der 'Auserwählte'“: a translation has no word alignment,
 * but a negation it drops (or adds) turns what was said around. The draft's span and fix are placed as for a quotation
 * in the source's language: a word left out is shown on the word after the gap (after the finite verb, where English
 * and German put it), and the fix puts it back; a word added is shown on itself, and the fix takes it out.
 */

/**
 * Words that deny as well, in other ways than a "not" a translation could have dropped ("niemand" for "no one",
 * "kaum" for "hardly", "far from"): where either side has one, the two may say the same, and nothing is shown.
 */
const OTHER_DENIAL = /(?<![\p{L}])(?:niemand\p{L}*|nirgend\p{L}*|weder|kaum|keineswegs|keinesfalls|ohne|nobody|no\s+one|neither|hardly|barely|scarcely|by\s+no\s+means|far\s+from|anything\s+but|without)(?![\p{L}])/iu;
/** "nicht nur … sondern auch", "not only … but also": an addition, no negation. */
const NOT_ONLY = /(?<![\p{L}])(?:nicht\s+(?:nur|bloß|allein)|not\s+(?:only|just|merely|simply))(?![\p{L}])/giu;
/** The text with "not only" blanked out (at the same length, so that places in it stay where they were). */
const withoutNotOnly = (text: string) => text.replace(NOT_ONLY, (m) => ' '.repeat(m.length));
/** Negations a writer adds as a word of their own, which the fix can take out. */
const ADDED_NEGATION = /(?<![\p{L}])(?:nicht|nie|niemals|not|never)(?![\p{L}])/iu;
/** The finite verbs a negation follows: "was [not] the", "war [nicht] der". */
const FINITE = {
  en: /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do)$/i,
  de: /^(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|konnten|muss|müssen|musste|mussten|soll|sollte)$/i,
};
const NOT = { en: 'not', de: 'nicht' };

export function negationChange(q: DraftQuotation, documentText: string): { span: Span; newText: string } | undefined {
  const match = q.match;
  if (!match?.translated) return undefined;
  const source = withoutNotOnly(match.source.text);
  const draft = withoutNotOnly(q.text);
  if (OTHER_DENIAL.test(source) || OTHER_DENIAL.test(draft)) return undefined;
  const sourceNegation = NEGATION.exec(source);
  const draftNegation = NEGATION.exec(draft);
  if (Boolean(sourceNegation) === Boolean(draftNegation)) return undefined;
  const words = q.documentWords ?? [];
  const wordAt = (k: number) => documentText.slice(words[k].start, words[k].end);
  if (sourceNegation) {
    // Only where the translation renders the source on both sides of its negation: a part quoted alone drops nothing.
    const at = keptCount(source.slice(0, sourceNegation.index));
    const places = keptPlaces(q.text, source);
    if (!places.some((p) => p < at) || !places.some((p) => p >= at)) return undefined;
    const language = detectLanguage(q.text);
    const verb = words.findIndex((_, k) => FINITE[language].test(wordAt(k)));
    if (verb < 0 || !words[verb + 1]) return undefined;
    return { span: words[verb + 1], newText: `${NOT[language]} ${wordAt(verb + 1)}` };
  }
  const added = ADDED_NEGATION.exec(draft);
  if (!added) return undefined;
  const k = words.findIndex((w) => documentText.slice(w.start, w.end).toLowerCase() === added[0].toLowerCase());
  if (k <= 0 || !words[k + 1]) return undefined;
  return { span: words[k], newText: '' };
}
