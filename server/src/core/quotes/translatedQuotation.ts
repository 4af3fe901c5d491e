import type { SourceIndex, SourceQuotation } from '../sources/sourceIndex';
import type { NameMention, Span } from '../types';
import { detectLanguage } from '../text/language';
import type { QuotationMatch } from './quotationInSources';
import type { Quotation } from './quotesOfBlock';
import { keptWords, keysOf, type Kept } from './keptWords';
import { quotationLookupOf, type QuotationLookup } from './quotationWords';
import { quotationsWithPart } from './compoundParts';

/**
 * A quotation in another language than its source's ("The team turned the hardware challenge into an opportunity for
 * innovation" for „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“) has too few words
 * in common to align. What a translation keeps are names, figures, words the two languages share ("Team", "Hardware",
 * "Innovation", "chinesische"/"Chinese", "effizienter"/"efficiently"), words the lexicon pairs ("Kosten"/"cost") and
 * words of one meaning in its list of translations ("Welt"/"world", "überrascht"/"surprised").
 * A reported quotation ("US export controls, Rasgon said, had pushed Chinese companies into a corner where they had
 * to be „weitaus effizienter“") keeps them around its quoted words too: its sentence counts, once the quoted words
 * share some of them.
 */

/** The quoted words alone: this many kept words, and this share of the quotation's words. */
const OWN_WORDS = 3;
const OWN_SHARE = 0.4;
/** The quoted words and the rest of their sentence, of which the quoted words at least one. */
const WITH_SENTENCE = 5;
/** The best source quotation must keep this many more than the best one of another speaker. */
const MARGIN = 2;
/**
 * Where a draft word is kept in a source word, if it is: 0 for the word or its start ("technolog…"), the place of a
 * German compound's part ("kontrol" in "exportkontrollen"), -1 for a word of the same concept.
 */
export function keptAt(d: Kept, s: Kept): number | undefined {
  const a = d.folded;
  const b = s.folded;
  if (a === b) return 0;
  if (d.head5 !== undefined && d.head5 === s.head5) return 0;
  if (d.head6 !== undefined && b.length > a.length) {
    const at = b.indexOf(d.head6);
    if (at > 0) return at;
  }
  if (d.meanings && s.meanings) {
    const meaning = s.meanings.find((m) => d.meanings!.some((n) => n.group === m.group));
    if (meaning) return meaning.at;
  }
  if (d.concept && d.concept === s.concept) return -1;
  return undefined;
}

/**
 * How many of a source quotation's words the draft's words keep, in the source's order (a translation keeps the order
 * of what it says; words of a quotation that shares only a topic come in any order), each source word or compound
 * part once: all of them, and those of the quotation itself.
 */
function keptInOrder(draft: Array<Kept & { own: boolean }>, source: Kept[]): { kept: number; own: number } {
  const taken = new Set<string>();
  const places: Array<{ at: number; own: boolean }> = [];
  for (const d of draft) {
    for (let i = 0; i < source.length; i++) {
      const at = keptAt(d, source[i]);
      if (at === undefined) continue;
      const key = at < 0 ? `${source[i].concept}` : `${i}:${at}`;
      if (!taken.has(key)) {
        taken.add(key);
        places.push({ at: i * 1000 + Math.max(at, 0), own: d.own });
      }
      break;
    }
  }
  return { kept: longestRising(places), own: longestRising(places.filter((p) => p.own)) };
}

/**
 * Where in `source`'s kept words the kept words of `draft` (a quotation translating it) are found, in the source's
 * order: the stretch of the source the translation renders. A kept word's place is its index among the source's kept
 * words (`keptCount` of the source's text before a word is that word's index).
 */
export function keptPlaces(draft: string, source: string): number[] {
  const sourceKept = keptWords(source);
  const places: number[] = [];
  for (const d of keptWords(draft)) {
    const i = sourceKept.findIndex((s) => keptAt(d, s) !== undefined);
    if (i >= 0) places.push(i);
  }
  return places;
}

/** How many kept words `text` has. */
export function keptCount(text: string): number {
  return keptWords(text).length;
}

/** The length of the longest run of places that rises (not necessarily adjacent): small lists, quadratic is fine. */
function longestRising(places: Array<{ at: number }>): number {
  const best: number[] = [];
  for (let i = 0; i < places.length; i++) {
    best[i] = 1;
    for (let j = 0; j < i; j++) if (places[j].at < places[i].at) best[i] = Math.max(best[i], best[j] + 1);
  }
  return Math.max(0, ...best);
}

/**
 * The source quotation a quotation translates, if one clearly does. `text` is the quotation's block, `others` the
 * spans of the block's other quotations (not part of this one's sentence) and `names` the block's names: the speaker
 * is no word of what was said.
 */
export function matchTranslation(q: Quotation, text: string, others: Span[], names: NameMention[], index: SourceIndex): QuotationMatch | undefined {
  const own = keptWords(q.text);
  if (own.length === 0) return undefined;
  const sentence = sentenceAround(text, q);
  const masks = [...others, ...names.filter((n) => n.entry.kind === 'person')];
  const words = [
    ...[...maskedStretches(text, { start: sentence.start, end: q.start }, masks)].flatMap(keptWords).map((k) => ({ ...k, own: false })),
    ...own.map((k) => ({ ...k, own: true })),
    ...[...maskedStretches(text, { start: q.end, end: sentence.end }, masks)].flatMap(keptWords).map((k) => ({ ...k, own: false })),
  ];
  const candidates: Array<{ source: SourceQuotation; kept: number; ownKept: number; enough: boolean }> = [];
  // A translation is from another language: a quotation in the source's own language that its words do not match is
  // another quotation ("Chinesische Unternehmen sind … sehr effizient geworden" is not Sheehan's). Asked by position,
  // before a quotation is read: a set's file knows each one's language (`quotationLanguage`).
  const language = detectLanguage(q.text);
  // The source quotations in another language sharing a key with the quotation's own kept words, each once, in the
  // order of their keys: those of them that may keep two of the words.
  const lookup = quotationLookupOf(index);
  const sharing = new Set<number>();
  for (const key of own.flatMap(keysOf)) {
    const positions = lookup.withKey(key);
    if (!positions) continue;
    for (let i = 0; i < positions.length; i++) if (lookup.languageAt(positions[i]) !== language) sharing.add(positions[i]);
  }
  const mayKeepTwo = mayKeepTwoOf(lookup, words, sharing);
  for (const position of sharing) {
    const source = mayKeepTwo(position) ? lookup.at(position) : undefined;
    if (!source) continue;
    const { kept, own: ownKept } = keptInOrder(words, keptOfSource(source));
    if (ownKept === 0) continue;
    const sourceWords = keptOfSource(source).length;
    // "a wake-up call for our industries" for „Weckruf für unsere Industrien“: a short quotation that keeps every
    // word of its source, and leaves at most one of its own, translates it whole.
    const whole = ownKept >= 2 && ownKept === sourceWords && ownKept >= own.length - 1;
    const ownEnough = (ownKept >= OWN_WORDS && ownKept >= OWN_SHARE * own.length) || whole || allButOneBesideSpeaker(own, keptOfSource(source), ownKept, source, text, sentence, names);
    candidates.push({ source, kept, ownKept, enough: ownEnough || kept >= WITH_SENTENCE });
  }
  const best = candidates.sort((a, b) => b.kept - a.kept || Number(b.enough) - Number(a.enough))[0];
  if (!best?.enough) return undefined;
  const speaker = (s: SourceQuotation) => s.speaker?.mention?.entry ?? s.speaker?.text;
  // Two speakers' quotations that keep about as many words: the draft's may translate either.
  // One shared word ("Halbleiterindustrie") translates nothing, and rivals no short quotation kept whole.
  if (candidates.some((c) => speaker(c.source) !== speaker(best.source) && c.kept > best.kept - MARGIN && c.kept >= 2)) return undefined;
  const { source } = best;
  const last = source.words.words.length - 1;
  return {
    source,
    translated: true,
    alignment: { ratio: best.ownKept / own.length, verbatim: false, sourceRange: { first: 0, last }, changes: [] },
    sourceWording: source.text.slice(source.words.spans[0].start, source.words.spans[last].end),
  };
}

/**
 * "a wake-up call for our economy" for Trump's „Weckruf für unsere Industrien“, "the most important breakthrough I have
 * ever seen" for Andreessen's „spektakulärsten Durchbruch, den ich je gesehen habe“: a short quotation that keeps every
 * word of its source but one the lexicon knows (and an auxiliary it does not, „habe“), in a sentence that names the
 * source's speaker, translates it with that word changed, where the lost word and the one word of the quotation's own
 * the lexicon knows are translations of no meaning in common, in the lost word's place. A word outside the lexicon in
 * its place, or a second word of its own beside it, leaves it unread: a short quotation that shares one word ("a call
 * for change") translates nothing.
 */
function allButOneBesideSpeaker(own: Kept[], source: Kept[], ownKept: number, quotation: SourceQuotation, text: string, sentence: Span, names: NameMention[]): boolean {
  if (source.length < 2 || source.length > SHORT_SOURCE_WORDS || ownKept < 1) return false;
  const speaker = quotation.speaker?.mention?.entry.canonical;
  if (!speaker || !names.some((n) => n.entry.canonical === speaker && n.start >= sentence.start && n.end <= sentence.end)) return false;
  const lost = source.filter((s) => !own.some((d) => keptAt(d, s) !== undefined));
  const mine = own.filter((d) => !source.some((s) => keptAt(d, s) !== undefined));
  // An auxiliary the lexicon does not know („habe“, "ever") is no word of what was said.
  const [lostKnown, mineKnown] = [lost.filter((w) => w.meanings), mine.filter((w) => w.meanings)];
  if (lostKnown.length !== 1 || mineKnown.length !== 1 || lost.length > 2 || mine.length > 2) return false;
  if (mineKnown[0].meanings!.some((m) => lostKnown[0].meanings!.some((n) => n.group === m.group))) return false;
  // The word put in stands where the lost one stood (first, last or between), with no word of the quotation's own
  // beside it: "a wake-up call for American workers" puts a phrase, not a word, for „Industrien“.
  const [at, lostAt] = [own.indexOf(mineKnown[0]), source.indexOf(lostKnown[0])];
  const place = (i: number, length: number) => (i === 0 ? 'first' : i === length - 1 ? 'last' : 'between');
  if (place(at, own.length) !== place(lostAt, source.length)) return false;
  return ![own[at - 1], own[at + 1]].some((w) => w !== undefined && mine.includes(w));
}

/** A source quotation this short or shorter is read all but one word (`allButOneBesideSpeaker`). */
const SHORT_SOURCE_WORDS = 4;

/**
 * Whether the source quotation at a position may keep two of the draft's words (`keptInOrder`), known without reading
 * it: each word it keeps shares a translation key with it, or is a part of one of its compounds. One that keeps at most
 * one word is neither the best nor a rival of it (both keep two or more), so it is left unread: at 2,000 articles a
 * draft's quotation shares a common word's key with thousands of quotations and keeps two words of none of them.
 */
function mayKeepTwoOf(lookup: QuotationLookup, words: readonly Kept[], positions: ReadonlySet<number>): (position: number) => boolean {
  const sharedBy = new Map<number, number>();
  for (const word of words) {
    const counted = new Set<number>();
    for (const key of keysOf(word)) {
      const places = lookup.withKey(key);
      if (!places) continue;
      for (let i = 0; i < places.length; i++) {
        const p = places[i];
        if (!positions.has(p) || counted.has(p)) continue;
        counted.add(p);
        sharedBy.set(p, (sharedBy.get(p) ?? 0) + 1);
      }
    }
  }
  let parts: Set<number> | undefined;
  const withPart = () => {
    if (parts) return parts;
    parts = new Set<number>();
    for (const part of new Set(words.flatMap((w) => (w.head6 ? [w.head6] : [])))) for (const p of quotationsWithPart(lookup.words(), part)) parts.add(p);
    return parts;
  };
  return (position) => (sharedBy.get(position) ?? 0) >= 2 || withPart().has(position);
}

function sentenceAround(text: string, q: Span): Span {
  const head = text.slice(0, q.start);
  // „… reduzierte.“ US export controls …: a closing mark after the full stop still ends the sentence.
  const end = /[.!?](?=[“”"»«’']*(?:\s|$))/.exec(text.slice(q.end));
  const start = /[.!?][“”"»«’']*\s+(?=[^.!?]*$)/.exec(head);
  return { start: start ? start.index + start[0].length : 0, end: end ? q.end + end.index : text.length };
}

/** The stretches of `within` outside every span of `masks`. */
function* maskedStretches(text: string, within: Span, masks: Span[]): Generator<string> {
  let from = within.start;
  for (const m of [...masks].sort((a, b) => a.start - b.start)) {
    if (m.end <= from || m.start >= within.end) continue;
    if (m.start > from) yield text.slice(from, m.start);
    from = Math.max(from, m.end);
  }
  if (from < within.end) yield text.slice(from, within.end);
}

/** A source quotation's kept words, read once per quotation. */
const keptOfSources = new WeakMap<SourceQuotation, Kept[]>();
function keptOfSource(source: SourceQuotation): Kept[] {
  let kept = keptOfSources.get(source);
  if (!kept) keptOfSources.set(source, (kept = keptWords(source.text)));
  return kept;
}
