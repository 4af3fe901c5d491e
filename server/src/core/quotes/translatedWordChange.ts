import type { DraftQuotation } from '../analysis/draft';
import type { Span } from '../types';
import { keptWords, type Kept } from './keptWords';
import { keptAt } from './translatedQuotation';

/**
 * "an opportunity for growth" for „eine Chance für Innovation“, "DeepSeek uses new technologies" for „DeepSeek verwendet
 * bekannte Technologien“: a translation has no word alignment, but where the words it keeps of its source stand on
 * either side of one word of its own, and the source has one word between the same places, the two say the same thing
 * or the translator changed it. They differ where both are words of the lexicon's translations, of no meaning in
 * common: the draft's word has a translation of its own, which is not the source's word. Words outside the lexicon are
 * a translator's choice and stay unread.
 */
export function wordsChangedInTranslation(q: DraftQuotation, documentText: string): Span[] {
  const match = q.match;
  const spans = q.documentWords;
  if (!match?.translated || !spans) return [];
  const draft = keptOfSpans(spans.map((s) => documentText.slice(s.start, s.end)));
  const source = keptOfSpans(match.source.words.words);
  // The kept words in order: each draft word anchored at the first source word after the last anchor that it keeps.
  const anchors: Array<{ d: number; s: number }> = [{ d: -1, s: -1 }];
  for (let d = 0; d < draft.length; d++) {
    const from = anchors[anchors.length - 1].s + 1;
    const s = source.findIndex((w, i) => i >= from && keptAt(draft[d].kept, w.kept) !== undefined);
    if (s >= 0) anchors.push({ d, s });
  }
  if (anchors.length < 2) return oneWordSwapped(draft, new Set(), source, spans, documentText);
  anchors.push({ d: draft.length, s: source.length });
  const changed: Span[] = [];
  const placed = new Set<number>();
  for (let k = 1; k < anchors.length; k++) {
    const [a, b] = [anchors[k - 1], anchors[k]];
    if (b.d - a.d !== 2 || b.s - a.s !== 2) continue;
    placed.add(a.d + 1);
    const d = draft[a.d + 1];
    const s = source[a.s + 1];
    if (!d.kept.meanings || !s.kept.meanings || d.kept.meanings.some((m) => s.kept.meanings!.some((n) => n.group === m.group))) continue;
    // A word that keeps another word of the source moved there; it was not changed.
    if (source.some((w) => keptAt(d.kept, w.kept) !== undefined)) continue;
    changed.push(spans[d.at]);
  }
  return changed.length > 0 ? changed : oneWordSwapped(draft, placed, source, spans, documentText);
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
function oneWordSwapped(draft: Array<{ kept: Kept; at: number }>, placed: ReadonlySet<number>, source: Array<{ kept: Kept; at: number }>, spans: readonly Span[], documentText: string): Span[] {
  // A word a slot between two kept words has placed was read there: a word outside the lexicon is the translator's choice.
  const own = draft.filter((d, i) => !placed.has(i) && !/\d/.test(documentText.slice(spans[d.at].start, spans[d.at].end)) && !source.some((s) => keptAt(d.kept, s.kept) !== undefined));
  const known = own.filter((d) => d.kept.meanings);
  // Only inside the stretch the translation renders: a partial quotation leaves the source's other words out, and a
  // verb the German puts last („… umgehen müssen“, „… resultieren“) is rendered early or in the writer's frame.
  const keptAtAll = source.map((s) => draft.some((d) => keptAt(d.kept, s.kept) !== undefined));
  const [first, last] = [keptAtAll.indexOf(true), keptAtAll.lastIndexOf(true)];
  const lostAt = (i: number) => source[i]?.kept.meanings !== undefined && !keptAtAll[i];
  const lost = source.filter((s, i) => lostAt(i) && first < i && i < last);
  if (lost.length > 0) return own.length === 1 && lost.length === 1 ? [spans[own[0].at]] : [];
  return known.length === 1 ? besideTheStretch(draft, known[0], source, keptAtAll, lostAt, spans) : [];
}

/**
 * "far more frugal with their limited computing resources" for „… begrenzten Rechenressourcen weitaus effizienter
 * umgehen“, "one percent from luck" for „ein Prozent aus Talent resultieren“: with nothing lost inside the stretch, a
 * word the lexicon knows lost right after its last kept word (or before its first), where the translation has its one
 * known word of its own right after the word keeping that one (or before): a slot with one side. A word of its own
 * elsewhere ("have to use their limited …" for „… umgehen müssen“) renders the verb German puts last.
 */
function besideTheStretch(draft: Array<{ kept: Kept; at: number }>, own: { kept: Kept; at: number }, source: Array<{ kept: Kept; at: number }>, keptAtAll: boolean[], lostAt: (i: number) => boolean, spans: readonly Span[]): Span[] {
  const at = draft.indexOf(own);
  const keeps = (d: number, s: number) => d >= 0 && d < draft.length && s >= 0 && keptAt(draft[d].kept, source[s].kept) !== undefined;
  const [first, last] = [keptAtAll.indexOf(true), keptAtAll.lastIndexOf(true)];
  const after = lostAt(last + 1) && keeps(at - 1, last);
  const before = first > 0 && lostAt(first - 1) && keeps(at + 1, first);
  return after !== before ? [spans[own.at]] : [];
}

/** The kept words of a list of words, each with its place in the list. */
function keptOfSpans(words: readonly string[]): Array<{ kept: Kept; at: number }> {
  return words.flatMap((w, at) => keptWords(w).slice(0, 1).map((kept) => ({ kept, at })));
}
