import type { NameMention } from '../types';
import { LEXICON, SEPARABLE_VERBS } from './lexicon';

/** A stem written "^leistung" names its concept only at the start of a word: "Hochleistungschips" are no benchmark. */
const STEMS: Array<{ stem: string; concept: string; atStart: boolean }> = Object.entries(LEXICON)
  .flatMap(([concept, stems]) => stems.map((stem) => ({ stem: stem.replace(/^\^/, ''), concept, atStart: stem.startsWith('^') })))
  .sort((a, b) => b.stem.length - a.stem.length);

const WORD = /[\p{L}][\p{L}\d'-]*/gu;

/** Stems of several words ("set up", "app store") are looked for as phrases in the text. */
const NOT_AFTER_LETTER = '(?<![\\p{L}])';
const phraseSource = (stem: string) => stem.replace(/ /g, '\\s+');
const PHRASE_STEMS = Object.entries(LEXICON).flatMap(([concept, stems]) => stems.filter((s) => s.includes(' ')).map((stem) => ({ stem, concept })));
const PHRASES: Array<{ pattern: RegExp; concept: string }> = PHRASE_STEMS.map(({ stem, concept }) => ({ pattern: new RegExp(`${NOT_AFTER_LETTER}${phraseSource(stem)}`, 'iu'), concept }));

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
  for (const { stem, concept, atStart } of STEMS) {
    if (stem.length <= 3 ? w.startsWith(stem) && w.length <= stem.length + 2 : w.startsWith(stem)) return concept;
    // Inside German compounds only: "closing" holds "losing" but is no loss.
    if (stem.length >= 5 && !atStart && !/(?:ing|ed)$/.test(stem) && w.includes(stem)) return concept;
  }
  return undefined;
}

/**
 * Words that contain a word of the lexicon but say nothing about what happened: "4 Prozentpunkte" is no benchmark,
 * "up to 10 percent" no rise.
 */
const UNIT_WORDS = /(?<![\p{L}])(?:(?:percentage|basis)[\s-]+points?|(?:prozent|basis)punkt\p{L}*|up\s+to(?![\p{L}]))/giu;
const MAYBE_UNIT_WORDS = /percentage|basis|punkt|up/iu;

const PARTICLE_OF_PHRASE = /(?<=(?:gave|give|gives|giving|given)\s+)up(?![\p{L}])|(?<![\p{L}])share(?=\s+(?:of|from)(?![\p{L}]))/giu;
const MAYBE_PARTICLE = /up|share/iu;

const blank = (found: string) => ' '.repeat(found.length);

export const nameConcept = (canonical: string) => `name:${canonical}`;

/** Concept keys of a stretch of text: the names mentioned in it and the lexicon concepts of its words. */
export function conceptsOf(text: string, from: number, to: number, names: NameMention[]): Set<string> {
  const concepts = new Set<string>();
  for (const n of names) {
    if (n.start >= to || from >= n.end) continue;
    concepts.add(nameConcept(n.entry.canonical));
    for (const contained of n.entry.containing ?? []) concepts.add(nameConcept(contained));
  }
  const stretch = text.slice(from, to);
  const slice = MAYBE_UNIT_WORDS.test(stretch) ? stretch.replace(UNIT_WORDS, blank) : stretch;
  if (MAYBE_PHRASE.test(slice) && ANY_PHRASE.test(slice)) for (const { pattern, concept } of PHRASES) if (pattern.test(slice)) concepts.add(concept);
  // "gave up 10 percent" fell, "a share of" is a part: the phrase said so, its "up" is no rise, its "share" no stock.
  const words = MAYBE_PARTICLE.test(slice) ? slice.replace(PARTICLE_OF_PHRASE, blank) : slice;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(words); m; m = WORD.exec(words)) {
    // "A100-Chips", "Nvidia-Aktie": a hyphenated compound means what its last part means.
    const concept = conceptOfWord(m[0]) ?? (m[0].includes('-') ? conceptOfWord(m[0].split('-').pop()!) : undefined);
    if (concept) concepts.add(concept);
  }
  return concepts;
}

const SEPARABLE = Object.entries(SEPARABLE_VERBS).flatMap(([concept, pairs]) => pairs.map(([verbs, particle]) => ({ concept, verbs: new Set(verbs), particle })));
const PARTICLES = new Set(SEPARABLE.map((s) => s.particle));

/**
 * "gab 3 Prozent nach": the concept of a separable verb split around a figure, its verb in `before`, its particle
 * ending `after` (the figure's clause).
 */
export function separatedVerbConcepts(before: string, after: string): string[] {
  const particle = /(?<![\p{L}])(\p{L}+)\s*$/u.exec(after.replace(/[\s.,;:!?)»“"]+$/u, ''))?.[1].toLowerCase();
  // Most clauses end in no particle of a separable verb: then the words before it need no reading.
  if (!particle || !PARTICLES.has(particle)) return [];
  const words = new Set(before.toLowerCase().match(/\p{L}+/gu) ?? []);
  return SEPARABLE.filter((s) => s.particle === particle && [...s.verbs].some((v) => words.has(v))).map((s) => s.concept);
}
