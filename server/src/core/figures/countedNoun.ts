import { conceptOfWord } from '../context/concepts';
import type { Figure } from '../types';

/** "Stück", "pieces": a counter word says nothing of what is counted. */
const COUNTER_WORDS = new Set(['stück', 'stk', 'pieces', 'piece', 'exemplare', 'items']);

export function countedNoun(figure: Figure): string | undefined {
  return figure.noun && !COUNTER_WORDS.has(figure.noun.split(' ').pop()!) ? figure.noun : undefined;
}

/** What a counted noun means: "units" and "Einheiten" mean chips here, and "A100-Chips" what its last part means. */
export function nounConcept(word: string): string | undefined {
  const concept = conceptOfWord(word) ?? (word.includes('-') ? conceptOfWord(word.split('-').pop()!) : undefined);
  // "50,000 Nvidia A100s", "H800s": counted by their model number, these are chips.
  return concept ?? (/^[a-z]{1,3}\d{2,4}s?$/i.test(word) ? 'chip' : undefined);
}
