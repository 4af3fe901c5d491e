import { conceptOfWord } from '../context/concepts';
import { GENERIC_CONCEPTS, TRANSLATIONS } from '../context/lexicon';
import { FUNCTION_WORDS } from '../names/wordLists';
import type { SourceIndex, SourceQuotation } from '../sources/sourceIndex';
import type { Language, NameMention, Span } from '../types';
import { detectLanguage } from '../text/language';
import type { QuotationMatch } from './quotationInSources';
import type { Quotation } from './quotesOfBlock';
import { SizedCache } from '../cache/sizedCache';

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
/** Source quotations shorter than this are scare quotes and terms („Sputnik-Moment“), not statements. */
const MIN_SOURCE_WORDS = 4;

interface Kept {
  /** Folded word ("kultur" for "Kultur" and "culture"). */
  folded: string;
  concept?: string;
  /** The lexicon's translation groups the word is in, with where in the word (a German compound's part) each is. */
  meanings?: Array<{ group: number; at: number }>;
}

const STEMS = TRANSLATIONS.flatMap((stems, group) => stems.map((stem) => ({ group, whole: stem.startsWith('='), stem: stem.replace(/^=/, '') })));

/** "Rechenzeit": rechen (computing) at 0, zeit (time) at 6; "surprised": surprise. */
function meaningsOf(word: string): Array<{ group: number; at: number }> | undefined {
  const lower = word.toLowerCase();
  const out: Array<{ group: number; at: number }> = [];
  for (const { group, whole, stem } of STEMS) {
    const at = whole ? (lower === stem ? 0 : -1) : lower.startsWith(stem) ? 0 : stem.length >= 5 ? lower.indexOf(stem) : -1;
    if (at >= 0 && !out.some((m) => m.group === group)) out.push({ group, at });
  }
  return out.length ? out : undefined;
}

/** „unsere Industrien“, "our industries": English possessives are function words, German ones are kept by none. */
const POSSESSIVE = /^(?:unser|mein|dein|eue?r)(?:e|en|er|em|es)?$/i;

/** The words a translation can keep: no function words, no short words but figures. */
function keptWords(text: string): Kept[] {
  const out: Kept[] = [];
  for (const m of text.matchAll(/[\p{L}\d]+/gu)) {
    const kept = keptWord(m[0]);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * Per word, what a translation keeps of it (null: nothing), shared (never changed). A quotation's whole sentence is
 * read for each quotation in it, and each word is tried against every stem of the lexicon's translations: a 5,000-
 * character stretch of 89 unbalanced quotation marks took 0.8 s of CPU. Bounded by the characters of its words.
 */
const keptOfWord = new SizedCache<string, Kept | null>(1_000_000);

function keptWord(word: string): Kept | null {
  let kept = keptOfWord.get(word);
  if (kept !== undefined) return kept;
  kept = readKeptWord(word);
  keptOfWord.set(word, kept, word.length);
  return kept;
}

function readKeptWord(word: string): Kept | null {
  if (FUNCTION_WORDS.has(word.toLowerCase()) || POSSESSIVE.test(word) || (word.length < 3 && !/^\d{2,}$/.test(word))) return null;
  const concept = conceptOfWord(word);
  const meanings = meaningsOf(word);
  return { folded: fold(word), ...(concept && !GENERIC_CONCEPTS.has(concept) ? { concept } : {}), ...(meanings ? { meanings } : {}) };
}

/**
 * The spelling two languages share: umlauts and ß plain, c, z and k one letter ("effizient", "efficient"; "Kultur",
 * "culture"), a final y as German -ie ("industry", "Industrie").
 */
function fold(word: string): string {
  return word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss').replace(/ss/g, 's').replace(/[cz]/g, 'k').replace(/y$/, 'ie');
}

/**
 * Where a draft word is kept in a source word, if it is: 0 for the word or its start ("technolog…"), the place of a
 * German compound's part ("kontrol" in "exportkontrollen"), -1 for a word of the same concept.
 */
function keptAt(d: Kept, s: Kept): number | undefined {
  const a = d.folded;
  const b = s.folded;
  if (a === b) return 0;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return 0;
  if (a.length >= 6 && b.length > a.length) {
    const at = b.indexOf(a.slice(0, 6));
    if (at > 0) return at;
  }
  const meaning = s.meanings?.find((m) => d.meanings?.some((n) => n.group === m.group));
  if (meaning) return meaning.at;
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

/** A kept word's keys: its start (or the whole short word) and its concept. Compound parts are found, not filed. */
function keysOf(k: Kept): string[] {
  const start = k.folded.length >= 5 ? k.folded.slice(0, 5) : k.folded;
  return [start, ...(k.concept ? [`=${k.concept}`] : []), ...(k.meanings ?? []).map((m) => `~${m.group}`)];
}

interface Filed {
  kept: Map<SourceQuotation, Kept[]>;
  byKey: Map<string, SourceQuotation[]>;
}

/**
 * The sources' quotations filed by the keys of their kept words, once per list of quotations: a draft's quotation
 * reads those that share a word with it, not every quotation of thousands of articles.
 */
const filedQuotations = new WeakMap<SourceQuotation[], Filed>();
function filed(quotations: SourceQuotation[]): Filed {
  let f = filedQuotations.get(quotations);
  if (f) return f;
  f = { kept: new Map(), byKey: new Map() };
  for (const q of quotations) {
    if (q.words.words.length < MIN_SOURCE_WORDS) continue;
    const kept = keptWords(q.text);
    f.kept.set(q, kept);
    for (const key of new Set(kept.flatMap(keysOf))) {
      const list = f.byKey.get(key);
      if (list) list.push(q);
      else f.byKey.set(key, [q]);
    }
  }
  filedQuotations.set(quotations, f);
  return f;
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
  const { kept: keptOf, byKey } = filed(index.quotations);
  const sharing = new Set(own.flatMap(keysOf).flatMap((key) => byKey.get(key) ?? []));
  // A translation is from another language: a quotation in the source's own language that its words do not match is
  // another quotation ("Chinesische Unternehmen sind … sehr effizient geworden" is not Sheehan's).
  const language = detectLanguage(q.text);
  for (const source of sharing) {
    if (languageOf(source) === language) continue;
    const { kept, own: ownKept } = keptInOrder(words, keptOf.get(source)!);
    if (ownKept === 0) continue;
    const sourceWords = keptOf.get(source)!.length;
    // "a wake-up call for our industries" for „Weckruf für unsere Industrien“: a short quotation that keeps every
    // word of its source, and leaves at most one of its own, translates it whole.
    const whole = ownKept >= 2 && ownKept === sourceWords && ownKept >= own.length - 1;
    const ownEnough = (ownKept >= OWN_WORDS && ownKept >= OWN_SHARE * own.length) || whole;
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

const languages = new WeakMap<SourceQuotation, Language>();
/** A source quotation's language, by its own words (the sources are German unless their words say otherwise). */
function languageOf(source: SourceQuotation): Language {
  let language = languages.get(source);
  if (!language) languages.set(source, (language = detectLanguage(source.text, undefined, 'de')));
  return language;
}
