import { BENCHMARK_ITEMS, wordAlternation } from '../context/lexicon';
import type { Figure } from '../types';

// "of the HumanEval programming tasks", „der HumanEval-Aufgaben“, „der Programmieraufgaben“: up to three words (a
// benchmark's name, what its tasks are about) before the items; a German item closes a compound as well.
const TASKS_AFTER = new RegExp(String.raw`^\s*(?:of|der|von\s+den)\s+(?:(?:the|all|its|den)\s+)?(?:[\p{L}\d][\p{L}\d.-]*\s+){0,3}?(?:(?:${wordAlternation(BENCHMARK_ITEMS.words)})|[\p{L}\d-]*(?:${wordAlternation(BENCHMARK_ITEMS.compoundEnds)}))(?![\p{L}])`, 'iu');

/**
 * "R1 solved 92% of the HumanEval programming tasks", „R1 löste 92 Prozent der Programmieraufgaben“: a share of a
 * benchmark's tasks is the score on it, as "92% on HumanEval" is, not a share of something the sources divide up
 * ("36 Prozent der weltweit 1328 KI-Modelle").
 */
export function isShareOfTasks(text: string, figure: Figure): boolean {
  return figure.kind === 'percent' && TASKS_AFTER.test(text.slice(figure.end, figure.end + 80));
}
