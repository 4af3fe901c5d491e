import { conceptsOf } from '../context/concepts';
import { ABSTRACT_MOVE_OBJECTS, UNGOVERNING_SUBJECTS, wordAlternation as words } from '../context/lexicon';
import type { Span } from '../types';

/**
 * A direction needs a figure it governs. „Nicht jeder verliert: Microsoft stieg um 3,75 Prozent“, „Nvidia verlor an
 * Bedeutung, als Microsoft um 3,75 Prozent stieg“, "Not everyone lost: Microsoft rose 3.75 percent": the loss is no
 * one's figure, so it does not make the rise beside it ambiguous. The spans of such verbs (with their abstract object),
 * for the figures of the sentence to read their direction without.
 */
export function ungovernedMoves(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(GERMAN_OBJECT)) {
    let start = m.index!;
    let end = start + m[0].length;
    // The verb before „an Bedeutung“ (V2: „verlor deutlich an Bedeutung“) or after it (verb last: „an Bedeutung verlor“).
    const near = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const far = /([\p{L}]+)\s+[\p{L}]+\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const before = near && isMove(near[1]) ? near : far && isMove(far[1]) ? far : undefined;
    if (before) start -= before[0].length;
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(end));
    if (after && isMove(after[1])) end += after[0].length;
    if (end - start > m[0].length) spans.push({ start, end });
  }
  for (const m of text.matchAll(ENGLISH_OBJECT)) if (isMove(m[1])) spans.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(SUBJECT_THEN_VERB)) if (isMove(m[1])) spans.push({ start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

function isMove(word: string): boolean {
  const concepts = conceptsOf(word, 0, word.length, []);
  return concepts.has('fall') || concepts.has('rise');
}

const GERMAN_OBJECT = new RegExp(String.raw`(?<![\p{L}])an\s+(?:${words(ABSTRACT_MOVE_OBJECTS.de)})(?![\p{L}])`, 'giu');
const ENGLISH_OBJECT = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+(?:(?:some|much|most|more|a\s+lot)\s+of\s+)?(?:(?:its|their|his|her)\s+)?(?:${words(ABSTRACT_MOVE_OBJECTS.en)})(?![\p{L}])`, 'giu');
// The subject, maybe one noun („Nicht jeder Anleger verlor:“), the verb, and the end of its clause: nothing it governs.
const SUBJECT_THEN_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${words(UNGOVERNING_SUBJECTS)})\s+(?:\p{L}+\s+)?(\p{L}+)(?=\s*[:,;.!?–—]|\s+(?:wenn|als|sobald|when|if|whenever)(?![\p{L}]))`, 'giu');
const MAYBE = new RegExp(String.raw`(?<![\p{L}])(?:an\s|${words(ABSTRACT_MOVE_OBJECTS.en)}|${words(UNGOVERNING_SUBJECTS)})`, 'iu');
