import type { NameMention } from '../types';
import { LEXICON, RESTING_ON, SAID_BY_THE_COMPANY, SEPARABLE_VERBS, wordAlternation } from './lexicon';
import { MONTH_PATTERN } from '../text/months';
import { countStartingBefore } from '../text/sortedSpans';
import { kept } from '../text/fitted';

/** A stem written "^leistung" names its concept only at the start of a word: "Hochleistungschips" are no benchmark. */
/**
 * A stem written "konzern$" names its concept only as the head of a compound, its end: "Chipkonzern" is a company,
 * "Konzernumsatz" revenue; the word alone ("the ChatGPT maker") is left as it was.
 */
const STEMS: Array<{ stem: string; concept: string; atStart: boolean; atEnd: boolean; whole: boolean }> = Object.entries(LEXICON)
  .flatMap(([concept, stems]) => stems.map((stem) => ({ stem: stem.replace(/^[\^=]/, '').replace(/\$$/, ''), concept, atStart: stem.startsWith('^'), atEnd: stem.endsWith('$'), whole: stem.startsWith('=') })))
  .sort((a, b) => b.stem.length - a.stem.length);

/** The endings of a German noun's plural and genitive: "Chipkonzerne", "Chipkonzerns", "Chipherstellern". */
const INFLECTED_END = /^(?:e|s|n|en|es|ern|ens)?$/;

const WORD = /[\p{L}][\p{L}\d'-]*/gu;

/** Stems of several words ("set up", "app store") are looked for as phrases in the text. */
const NOT_AFTER_LETTER = '(?<![\\p{L}])';
const phraseSource = (stem: string) => stem.replace(/ /g, '\\s+');
const PHRASE_STEMS = Object.entries(LEXICON).flatMap(([concept, stems]) => stems.filter((s) => s.includes(' ')).map((stem) => ({ stem, concept })));
/**
 * Each phrase with `plain`, the same words without the lookbehind: what every match of the phrase contains. V8 scans a
 * pattern that opens with a lookbehind position by position, the plain words many times faster, and a text that holds
 * one phrase (what `ANY_PHRASE` asks) rarely holds the others.
 */
const PHRASES: Array<{ pattern: RegExp; plain: RegExp; concept: string }> = PHRASE_STEMS.map(({ stem, concept }) => ({ pattern: new RegExp(`${NOT_AFTER_LETTER}${phraseSource(stem)}`, 'iu'), plain: new RegExp(phraseSource(stem), 'iu'), concept }));

/**
 * All phrases at once: most stretches of text hold none, and one pass over them costs what one phrase's did. The same
 * lookbehind before every stem, so it matches where and only where one of `PHRASES` does.
 */
const ANY_PHRASE = new RegExp(`${NOT_AFTER_LETTER}(?:${PHRASE_STEMS.map(({ stem }) => phraseSource(stem)).join('|')})`, 'iu');

/**
 * What every match of a pattern that opens with a lookbehind contains: V8 scans such a pattern position by position,
 * a plain alternation of words many times faster, and most stretches of text hold none of them.
 */
const MAYBE_PHRASE = new RegExp(PHRASE_STEMS.map(({ stem }) => phraseSource(stem)).join('|'), 'iu');

/** Words already looked up: each lookup scans the whole lexicon, and a corpus repeats its words endlessly. */
const known = new Map<string, string | null>();
const KNOWN_LIMIT = 200_000;

/** The concept of one word, if the lexicon knows it. */
export function conceptOfWord(word: string): string | undefined {
  // One hash lookup, not two: `null` remembers a word the lexicon does not know.
  const remembered = known.get(word);
  if (remembered !== undefined) return remembered ?? undefined;
  if (known.size >= KNOWN_LIMIT) known.clear();
  const concept = lookUp(word);
  known.set(word, concept ?? null);
  return concept;
}

function lookUp(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const { stem, concept, atStart, atEnd, whole } of STEMS) {
    // "=fell": the word itself, "fell" but not "fellow".
    if (whole) {
      if (w === stem) return concept;
      continue;
    }
    if (atEnd) {
      const at = w.lastIndexOf(stem);
      if (at > 0 && INFLECTED_END.test(w.slice(at + stem.length))) return concept;
      continue;
    }
    if (stem.length <= 3 ? w.startsWith(stem) && w.length <= stem.length + 2 : w.startsWith(stem)) return concept;
    // Inside German compounds only: "closing" holds "losing" but is no loss.
    if (stem.length >= 5 && !atStart && !/(?:ing|ed)$/.test(stem) && w.includes(stem)) return concept;
  }
  return undefined;
}

/**
 * Words that contain a word of the lexicon but say nothing about what happened: "4 Prozentpunkte" is no benchmark,
 * "up to 10 percent" no rise, "the growth fund" no rise either.
 */
/**
 * "gründet sich auf", "founded on" (lexicon.ts, RESTING_ON): what something rests on, unless a date follows ("founded on
 * 17 July 2023", "on the 17th").
 */
const RESTING_ON_WORDS = (['de', 'en'] as const).map((language) => {
  const { verbs, on, stillFounding } = RESTING_ON[language];
  const founding = wordAlternation(stillFounding);
  return `(?:${verbs.join('|')})\\s+(?:${wordAlternation(on)})(?![\\p{L}])(?!\\s+(?:the\\s+)?(?:\\d|(?:${MONTH_PATTERN})(?![\\p{L}])))(?!\\s+(?:an?\\s+)?(?:${founding})(?![\\p{L}]))`;
}).join('|');
/**
 * "according to the staff report", "a staff memo": a paper the employees wrote says nothing of how many there are.
 */
const STAFF_WROTE = String.raw`staff(?=\s+(?:reports?|memos?|papers?|analys[ie]s|recommendations?|presentations?|briefings?|notes?)(?![\p{L}]))`;
/** "nach Angaben der Firma", "a spokesperson of the company", „der Firma zufolge“ (lexicon.ts, SAID_BY_THE_COMPANY). */
const SAID_BY_WORDS = (() => {
  const { by, company, after } = SAID_BY_THE_COMPANY;
  return `(?:${wordAlternation(by)})\\s+(?:${wordAlternation(company)})(?![\\p{L}])|(?:${wordAlternation(company)})\\s+(?:${wordAlternation(after)})(?![\\p{L}])`;
})();
const UNIT_WORDS = new RegExp(`(?<![\\p{L}])(?:(?:percentage|basis)[\\s-]+points?|(?:prozent|basis)punkt\\p{L}*|up\\s+to(?![\\p{L}])|growth(?=\\s+(?:funds?|stocks?|portfolios?|investors?|equities)(?![\\p{L}]))|${STAFF_WROTE}|${RESTING_ON_WORDS}|${SAID_BY_WORDS})`, 'giu');
// Every phrase of SAID_BY_WORDS holds a "by" or an "after" word: prefilter on those, not on the company nouns, which
// stand in nearly every news sentence.
const SAID_BY_CUES = [...SAID_BY_THE_COMPANY.by, ...SAID_BY_THE_COMPANY.after].map((w) => w.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
const MAYBE_UNIT_WORDS = new RegExp(`percentage|basis|punkt|up|growth|staff|gründ|found|${[...new Set(SAID_BY_CUES)].join('|')}`, 'iu');

const PARTICLE_OF_PHRASE = /(?<=(?:gave|give|gives|giving|given)\s+)up(?![\p{L}])|(?<![\p{L}])share(?=\s+(?:of|from)(?![\p{L}]))/giu;
const MAYBE_PARTICLE = /up|share/iu;

const blank = (found: string) => ' '.repeat(found.length);

export const nameConcept = (canonical: string) => `name:${canonical}`;

/** Concept keys of a stretch of text: the names mentioned in it and the lexicon concepts of its words. */
export function conceptsOf(text: string, from: number, to: number, names: NameMention[]): Set<string> {
  return addConceptsOf(new Set<string>(), text, from, to, names);
}

/** `conceptsOf`, added to `concepts` in the same order: for a window read in pieces, one set instead of one per piece. */
export function addConceptsOf(concepts: Set<string>, text: string, from: number, to: number, names: NameMention[]): Set<string> {
  for (const n of names) {
    if (n.start >= to || from >= n.end) continue;
    concepts.add(nameConcept(n.entry.canonical));
    for (const contained of n.entry.containing ?? []) concepts.add(nameConcept(contained));
  }
  if (!fromWholeText(text, from, to, names, concepts)) addStretchConcepts(text.slice(from, to), concepts);
  return concepts;
}

/** The lexicon concepts of one stretch read on its own, in the order `conceptsOf` adds them. */
function addStretchConcepts(stretch: string, concepts: Set<string>): void {
  const slice = MAYBE_UNIT_WORDS.test(stretch) ? stretch.replace(UNIT_WORDS, blank) : stretch;
  if (MAYBE_PHRASE.test(slice) && ANY_PHRASE.test(slice)) for (const { pattern, plain, concept } of PHRASES) if (plain.test(slice) && pattern.test(slice)) concepts.add(concept);
  // "gave up 10 percent" fell, "a share of" is a part: the phrase said so, its "up" is no rise, its "share" no stock.
  const words = MAYBE_PARTICLE.test(slice) ? slice.replace(PARTICLE_OF_PHRASE, blank) : slice;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(words); m; m = WORD.exec(words)) {
    const concept = conceptOfToken(m[0]);
    if (concept) concepts.add(concept);
  }
}

/**
 * "A100-Chips", "Nvidia-Aktie", "Ausgabe-Tokens": a hyphenated compound means what its last part means, before what
 * its first part does ("Ausgabe" alone is an edition).
 */
function conceptOfToken(token: string): string | undefined {
  if (!token.includes('-')) return conceptOfWord(token);
  // A stem written with its hyphen ("co-founder", "sell-off") names the whole compound.
  const lower = token.toLowerCase();
  if (HYPHENATED_STEMS.some((stem) => lower.includes(stem))) return conceptOfWord(token);
  return conceptOfWord(token.split('-').pop()!) ?? conceptOfWord(token);
}

const HYPHENATED_STEMS = STEMS.filter(({ stem }) => stem.includes('-')).map(({ stem }) => stem);

interface Stretch {
  start: number;
  end: number;
}

interface Marked extends Stretch {
  concept: string;
}

/**
 * What a whole text's phrases and words name, read once for the many windows of it the analysis asks about (each
 * figure's clause, its pieces, its statement). A window is answered from it only where reading the window alone
 * gives the same: no word, unit, phrase or particle's verb cut by the window's ends.
 */
interface TextConcepts {
  text: string;
  /** In text order, each with its place in `PHRASES` (the order the stretch's own reading adds their concepts in). */
  phrases: Array<Marked & { rank: number }>;
  /** The words that name a concept, in text order. */
  words: Marked[];
  /**
   * What a window's end must not fall inside (units, phrases, particles with the words that make them particles), in
   * the order of their starts, each with the furthest end of it and all before it: a long sentence with thousands of
   * figures asks in logarithmic time.
   */
  fences: Array<Stretch & { reach: number }>;
}

const PHRASES_EVERYWHERE = PHRASES.map(({ pattern, plain, concept }) => ({ pattern: new RegExp(pattern.source, 'giu'), plain, concept }));
const VERB_BEFORE_PARTICLE = /(?:gave|give|gives|giving|given)\s+$/iu;
const OBJECT_AFTER_SHARE = /^\s+(?:of|from)/iu;

function readWholeText(text: string): TextConcepts {
  const fences: Stretch[] = [];
  const phrases: Array<Marked & { rank: number }> = [];
  const words: Marked[] = [];
  const unitsBlank = !MAYBE_UNIT_WORDS.test(text) ? text : text.replace(UNIT_WORDS, (unit: string, at: number) => {
    fences.push({ start: at, end: at + unit.length });
    return blank(unit);
  });
  if (MAYBE_PHRASE.test(unitsBlank) && ANY_PHRASE.test(unitsBlank)) {
    for (const [rank, { pattern, plain, concept }] of PHRASES_EVERYWHERE.entries()) {
      if (!plain.test(unitsBlank)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(unitsBlank); m; m = pattern.exec(unitsBlank)) {
        phrases.push({ start: m.index, end: m.index + m[0].length, concept, rank });
        fences.push({ start: m.index, end: m.index + m[0].length });
      }
    }
  }
  const particlesBlank = !MAYBE_PARTICLE.test(unitsBlank) ? unitsBlank : unitsBlank.replace(PARTICLE_OF_PHRASE, (particle: string, at: number) => {
    // "up" is a particle after "gave": that verb is part of it. "share" is one before "of": so is that word.
    const verb = particle.length === 2 ? VERB_BEFORE_PARTICLE.exec(unitsBlank.slice(0, at)) : null;
    const object = particle.length === 2 ? null : OBJECT_AFTER_SHARE.exec(unitsBlank.slice(at + particle.length));
    fences.push({ start: verb ? verb.index : at, end: at + particle.length + (object ? object[0].length : 0) });
    return blank(particle);
  });
  WORD.lastIndex = 0;
  for (let m = WORD.exec(particlesBlank); m; m = WORD.exec(particlesBlank)) {
    const concept = conceptOfToken(m[0]);
    if (concept) words.push({ start: m.index, end: m.index + m[0].length, concept });
  }
  let reach = 0;
  const reaching = fences.sort((a, b) => a.start - b.start).map((f) => ({ ...f, reach: (reach = Math.max(reach, f.end)) }));
  // Kept while the sentence's list of names lives: at their size (grown by push, a 1 MB draft's held 0.4 MB of room).
  return { text, phrases: kept(phrases.sort((a, b) => a.start - b.start)), words: kept(words), fences: reaching };
}

/** Whether a fence starts before `at` and ends after it. */
function fenced(fences: TextConcepts['fences'], at: number): boolean {
  const before = countStartingBefore(fences, at);
  return before > 0 && fences[before - 1].reach > at;
}

/**
 * Readings by the sentence's list of names: the analysis asks about a sentence's windows with the list it found for
 * it (while analysing the sentence and again while reading its facts), and the reading lives as long as that list.
 */
const readings = new WeakMap<NameMention[], TextConcepts>();

/** A character a word of `WORD` can hold; half of a surrogate pair counts as one, since it may be half a letter. */
function inWord(code: number): boolean {
  // ASCII (most text) without a Unicode pattern on a one-character string: letters, digits, ' and -.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHARACTER.test(String.fromCharCode(code));
}

const WORD_CHARACTER = /[\p{L}\d'-]/u;

/** A window end no word runs across: a letter on only one side of it, at most. */
function cleanCut(text: string, at: number): boolean {
  return at === 0 || at === text.length || !(inWord(text.charCodeAt(at - 1)) && inWord(text.charCodeAt(at)));
}

/**
 * Adds the lexicon concepts of [from, to) from the whole text's reading; false where only reading the stretch alone
 * can tell, or where the whole text is asked about before any window of it (a sentence without figures, a table row).
 */
function fromWholeText(text: string, from: number, to: number, names: NameMention[], concepts: Set<string>): boolean {
  if (!(from >= 0 && from < to && to <= text.length) || !cleanCut(text, from) || !cleanCut(text, to)) return false;
  let read = readings.get(names);
  if (read?.text !== text) {
    if (from === 0 && to === text.length) return false;
    read = readWholeText(text);
    readings.set(names, read);
  }
  const { fences, phrases, words } = read;
  if (fenced(fences, from) || fenced(fences, to)) return false;
  const inside: Array<Marked & { rank: number }> = [];
  for (let k = countStartingBefore(phrases, from); k < phrases.length && phrases[k].start < to; k++) if (phrases[k].end <= to) inside.push(phrases[k]);
  for (const p of inside.sort((a, b) => a.rank - b.rank)) concepts.add(p.concept);
  // No word runs across either end: those that start inside end inside.
  for (let k = countStartingBefore(words, from); k < words.length && words[k].end <= to; k++) concepts.add(words[k].concept);
  return true;
}

const SEPARABLE = Object.entries(SEPARABLE_VERBS).flatMap(([concept, pairs]) => pairs.map(([verbs, particle]) => ({ concept, verbs: new Set(verbs), particle })));
const PARTICLES = new Set(SEPARABLE.map((s) => s.particle));

/**
 * "gab 3 Prozent nach": the concept of a separable verb split around a figure, its verb in `before`, its particle
 * ending `after` (the figure's clause). A figure put first has the verb after it, as every other word of its clause:
 * "Am 20. Januar stellte DeepSeek R1 vor".
 */
export function separatedVerbConcepts(before: string, after: string): string[] {
  // The particle ends the figure's clause: "wandte … 78 Millionen auf, knapp das Vierzehnfache".
  // (A decimal comma is no clause boundary: "brach um 17 Prozent auf 118,42 Dollar ein".)
  const clause = after.split(/,(?=\s)|[;:–—]/u, 1)[0];
  const particle = /(?<![\p{L}])(\p{L}+)\s*$/u.exec(clause.replace(/[\s.,;:!?)»“"]+$/u, ''))?.[1].toLowerCase();
  // Most clauses end in no particle of a separable verb: then the words before it need no reading.
  if (!particle || !PARTICLES.has(particle)) return [];
  const words = new Set(before.toLowerCase().match(/\p{L}+/gu) ?? []);
  // After the figure only a release's verb: „Am 20. Januar gab DeepSeek eine Stellungnahme ab“ is no fall, and one
  // that is reflexive („stellte sich … vor“) introduces someone, it releases nothing.
  const clauseWords = clause.toLowerCase();
  const wordsAfter = new Set(clauseWords.match(/\p{L}+/gu) ?? []);
  for (const reflexive of clauseWords.matchAll(/(\p{L}+)\s+sich(?![\p{L}])/gu)) wordsAfter.delete(reflexive[1]);
  return SEPARABLE.filter((s) => s.particle === particle && [...s.verbs].some((v) => words.has(v) || (s.concept === 'release' && wordsAfter.has(v)))).map((s) => s.concept);
}
