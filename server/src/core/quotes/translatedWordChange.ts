import type { DraftQuotation } from '../analysis/draft';
import type { Span } from '../types';
import { keptWords, type Kept } from './keptWords';
import { keptAt } from './translatedQuotation';
import { PAST_COPULAS, PRESENT_COPULAS } from '../facts/tenseWords';

/** A translator's word put for a source word of another meaning: the draft's word, and the source's. */
export interface TranslatedWordChange {
  span: Span;
  sourceWord: string;
}

/**
 * "an opportunity for growth" for „eine Chance für Innovation“, "DeepSeek uses new technologies" for „DeepSeek verwendet
 * bekannte Technologien“: a translation has no word alignment, but where the words it keeps of its source stand on
 * either side of one word of its own, and the source has one word between the same places, the two say the same thing
 * or the translator changed it. They differ where both are words of the lexicon's translations, of no meaning in
 * common: the draft's word has a translation of its own, which is not the source's word. Words outside the lexicon are
 * a translator's choice and stay unread.
 */
export function wordsChangedInTranslation(q: DraftQuotation, documentText: string): TranslatedWordChange[] {
  const match = q.match;
  const spans = q.documentWords;
  if (!match?.translated || !spans) return [];
  const draft = keptOfSpans(spans.map((s) => documentText.slice(s.start, s.end)));
  const source = keptOfSpans(match.source.words.words);
  // The kept words in order: each draft word anchored at the first source word after the last anchor that it keeps.
  const anchors: Array<{ d: number; s: number }> = [{ d: -1, s: -1 }];
  for (let d = 0; d < draft.length; d++) {
    const from = anchors[anchors.length - 1].s + 1;
    const s = source.findIndex((w, i) => i >= from && keeps(draft[d].kept, w.kept));
    if (s >= 0) anchors.push({ d, s });
  }
  const sourceWords = match.source.words.words;
  if (anchors.length < 2) return oneWordSwapped(draft, new Set(), source, sourceWords, spans, documentText);
  anchors.push({ d: draft.length, s: source.length });
  const changed: TranslatedWordChange[] = [];
  const placed = new Set<number>();
  for (let k = 1; k < anchors.length; k++) {
    const [a, b] = [anchors[k - 1], anchors[k]];
    if (b.d - a.d !== 2 || b.s - a.s !== 2) continue;
    placed.add(a.d + 1);
    const d = draft[a.d + 1];
    const s = source[a.s + 1];
    if (!d.kept.meanings || !s.kept.meanings || d.kept.meanings.some((m) => s.kept.meanings!.some((n) => n.group === m.group))) continue;
    // A word that keeps another word of the source moved there; it was not changed.
    if (source.some((w) => keeps(d.kept, w.kept))) continue;
    changed.push({ span: spans[d.at], sourceWord: sourceWords[s.at] });
  }
  return changed.length > 0 ? changed : oneWordSwapped(draft, placed, source, sourceWords, spans, documentText);
}

/**
 * "They have to deal slightly more efficiently with their limited computing resources" for „… mit ihren begrenzten
 * Rechenressourcen weitaus effizienter umgehen müssen“, "a model that is superior despite fewer resources" for „ein
 * Modell, das trotz geringerer Ressourcen konkurrenzfähig ist“: German puts its verb and predicate last, so a changed
 * word need not stand between the same kept words in both. Where the translation keeps every word of its source but
 * one word the lexicon knows between the first and the last word it keeps, and has one word of its own that keeps none
 * of the source's, the translator put that word for it. Words the lexicon does not know on the source's side („sind“,
 * „ihren“) are no loss; two words of its own or two lost leave the pairing open, and stay unread.
 */
function oneWordSwapped(draft: Array<{ kept: Kept; at: number }>, placed: ReadonlySet<number>, source: Array<{ kept: Kept; at: number }>, sourceWords: readonly string[], spans: readonly Span[], documentText: string): TranslatedWordChange[] {
  // A word a slot between two kept words has placed was read there: a word outside the lexicon is the translator's choice.
  const own = draft.filter((d, i) => !placed.has(i) && !/\d/.test(documentText.slice(spans[d.at].start, spans[d.at].end)) && !source.some((s) => keeps(d.kept, s.kept)));
  const known = own.filter((d) => d.kept.meanings);
  // Only inside the stretch the translation renders: a partial quotation leaves the source's other words out, and a
  // verb the German puts last („… umgehen müssen“, „… resultieren“) is rendered early or in the writer's frame.
  const keptAtAll = source.map((s) => draft.some((d) => keeps(d.kept, s.kept)));
  const [first, last] = [keptAtAll.indexOf(true), keptAtAll.lastIndexOf(true)];
  const lostAt = (i: number) => source[i]?.kept.meanings !== undefined && !keptAtAll[i];
  const lost = source.filter((s, i) => lostAt(i) && first < i && i < last);
  if (lost.length > 0) return own.length === 1 && lost.length === 1 ? [{ span: spans[own[0].at], sourceWord: sourceWords[lost[0].at] }] : [];
  if (known.length !== 1) return [];
  const wordBefore = spans[known[0].at - 1];
  const afterCopula = wordBefore !== undefined && COPULAS.has(documentText.slice(wordBefore.start, wordBefore.end).toLowerCase());
  return besideTheStretch(draft, known[0], source, sourceWords, keptAtAll, lostAt, spans) ?? predicateLast(known[0], source, sourceWords, last, lostAt, afterCopula, spans);
}

/**
 * "far more frugal with their limited computing resources" for „… begrenzten Rechenressourcen weitaus effizienter
 * umgehen“, "one percent from luck" for „ein Prozent aus Talent resultieren“: with nothing lost inside the stretch, a
 * word the lexicon knows lost right after its last kept word (or before its first), where the translation has its one
 * known word of its own right after the word keeping that one (or before): a slot with one side. A word of its own
 * elsewhere ("have to use their limited …" for „… umgehen müssen“) renders the verb German puts last.
 */
function besideTheStretch(draft: Array<{ kept: Kept; at: number }>, own: { kept: Kept; at: number }, source: Array<{ kept: Kept; at: number }>, sourceWords: readonly string[], keptAtAll: boolean[], lostAt: (i: number) => boolean, spans: readonly Span[]): TranslatedWordChange[] | undefined {
  const at = draft.indexOf(own);
  const keepsAt = (d: number, s: number) => d >= 0 && d < draft.length && s >= 0 && keeps(draft[d].kept, source[s].kept);
  const [first, last] = [keptAtAll.indexOf(true), keptAtAll.lastIndexOf(true)];
  const after = lostAt(last + 1) && keepsAt(at - 1, last);
  const before = first > 0 && lostAt(first - 1) && keepsAt(at + 1, first);
  if (after === before) return undefined;
  return [{ span: spans[own.at], sourceWord: sourceWords[source[after ? last + 1 : first - 1].at] }];
}

/**
 * "a model that is superior despite fewer resources" for „ein Modell, das trotz geringerer Ressourcen konkurrenzfähig
 * ist“: German puts a predicate last, before its copula or at the quotation's end, where English puts it right after the
 * copula. The one word the lexicon knows lost right after the last kept word, in that place, and the translation's one
 * known word of its own, right after its copula, are the same predicate, changed. A verb of its own ("have to use" for
 * „umgehen müssen“) stands after no copula and stays unread.
 */
function predicateLast(own: { kept: Kept; at: number }, source: Array<{ kept: Kept; at: number }>, sourceWords: readonly string[], last: number, lostAt: (i: number) => boolean, afterCopula: boolean, spans: readonly Span[]): TranslatedWordChange[] {
  const lost = source[last + 1];
  if (!afterCopula || !lost || !lostAt(last + 1) || source.slice(last + 2).some((s) => s.kept.meanings)) return [];
  const next = sourceWords[lost.at + 1];
  return next === undefined || COPULAS.has(next) ? [{ span: spans[own.at], sourceWord: sourceWords[lost.at] }] : [];
}

const COPULAS = new Set([...PRESENT_COPULAS, ...PAST_COPULAS]);

/** The kept words of a list of words, each with its place in the list. */
function keptOfSpans(words: readonly string[]): Array<{ kept: Kept; at: number }> {
  return words.flatMap((w, at) => keptWords(w).slice(0, 1).map((kept) => ({ kept, at })));
}

/**
 * „Talent“ for "work" or "success": the three are words of one concept (success), which finds a translation among
 * quotations, but the lexicon translates each otherwise; a word the translator put for one is not the other.
 */
function keeps(d: Kept, s: Kept): boolean {
  const at = keptAt(d, s);
  if (at === undefined) return false;
  return at !== -1 || !d.meanings || !s.meanings || d.meanings.some((m) => s.meanings!.some((n) => n.group === m.group));
}
