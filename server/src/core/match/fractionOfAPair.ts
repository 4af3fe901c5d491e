import type { Figure } from '../types';
import { compareFigures } from './agreement';

/**
 * „R1 kostete nur ein Zehntel“, "about a third of what OpenAI spent", „ein Zwanzigstel dessen, was die Amerikaner
 * aufgewandt haben“: a fraction word that names no whole of its own is the share one sum of a pair makes of the other
 * (`share`, the sources' smaller sum ÷ their bigger), which says it wrong where it is neither that share nor the
 * smaller sum's share of both together ("the smaller one accounts for about a sixth of that": 200 million of 1.2
 * billion yuan). "more than a third of the world's AI models", „ein Zehntel seines Budgets“ are shares of wholes of
 * their own, which no pair of sums says wrong.
 */
export function isWrongShareOfAPair(figure: Figure, text: string, share: Figure): boolean {
  const after = text.slice(figure.end);
  if (WHOLE_AFTER.test(after) && !POINTS_BACK.test(after)) return false;
  const [a, b] = share.derivedFrom ?? [];
  if (!a || !b) return false;
  const ofBoth = (Math.min(Math.abs(a.value), Math.abs(b.value)) / (Math.abs(a.value) + Math.abs(b.value))) * 100;
  return compareFigures(figure, { ...share, value: ofBoth, mantissa: ofBoth }) !== 'agrees';
}

// What follows a share to name its whole: "of the world's models", „der Kosten“, „seines Budgets“, „von GPT-4o“.
const WHOLE_AFTER = /^\s*(?:of|der|des|von|vom|aller|seine[sr]?|ihre[sr]?)(?![\p{L}])/iu;
// A whole that is what the sentence before stated or what someone else spent: "of that", "of what", „von dem, was“.
const POINTS_BACK = /^\s*(?:of\s+(?:that|this|it|what)|von\s+dem\s*,?\s*was|davon)(?![\p{L}])/iu;
