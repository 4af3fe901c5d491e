import { HAVING_WITH, wordAlternation } from '../context/lexicon';
import type { Figure } from '../types';

// The name, maybe its version ("Llama 2", "Llama 3.1") and a comma, then "mit"/"with" and at most four words (a hedge,
// a possessive, an article and a noun: "mit seinen gut", "with a market value of") before the figure; no name, no
// figure and no clause break between.
const NAME_WITH = new RegExp(String.raw`^(?:\s+\d{1,2}(?:\.\d{1,2})?)?,?\s+(?:${wordAlternation(HAVING_WITH)})\s+(?:[\p{L}'’.-]+\s+){0,4}$`, 'iu');

/**
 * "… für OpenAIs GPT-4 auf etwa 78 Millionen Dollar, für Metas Llama 2 mit 70 Milliarden Parametern auf rund 3 Millionen
 * Dollar", "Meta's Llama 2, with 70 billion parameters, …": a figure said to come with a name right before it is that
 * name's alone, not every name of its clause. Undefined where no name stands so before the figure.
 */
export function ownerWith<N extends { start: number; end: number }>(text: string, figure: Figure, names: N[]): N[] | undefined {
  const before = names.filter((n) => n.end <= figure.start).pop();
  return before && NAME_WITH.test(text.slice(before.end, figure.start)) ? [before] : undefined;
}
