import type { Figure } from '../types';
import { SCALE_WORD_PATTERN } from './vocabulary';

const SCALE_WORD = new RegExp(`(?<![\\p{L}])(${SCALE_WORD_PATTERN})(?![\\p{L}])`, 'iu');
/** A scale word shortened: "mn", "m", "bn", "B", "MLN", "Mio.", "Mrd." (not "million", „Milliarden“). */
const ABBREVIATION = /^(?:k|m|mn|mln\.?|b|bn|bln|tn|tsd\.?|mio\.?|mrd\.?|bio\.?)$/iu;
/** The German shortenings: a German one is answered with one, an English one with one ("Mio." is no "mn"). */
export const GERMAN_SCALE_ABBREVIATION = /^(?:tsd|mio|mrd|bio)\.?$/iu;

/**
 * How the figures around a figure abbreviate each scale, as written: "$78mn" makes "mn" the passage's word for a
 * million. A fix is written in the writer's own abbreviation ("$5.6bn" → "$5.6mn" beside "$78mn", not "$5.6m"). The
 * first figure of each scale wins.
 */
export function ownScaleAbbreviations(figures: readonly Figure[]): Map<number, string> {
  const own = new Map<number, string>();
  for (const figure of figures) {
    const written = SCALE_WORD.exec(figure.text)?.[1];
    if (figure.scale > 0 && written !== undefined && ABBREVIATION.test(written) && !own.has(figure.scale)) own.set(figure.scale, written);
  }
  return own;
}

/**
 * The passage's own abbreviation for `scale`, where it shortens the way `written` does: both German or both not, and
 * both in lower case or both not ("$5.6B" beside "$78mn" is answered "$5.6M", "€26bn" beside "¥200MLN" "€26m").
 */
export function ownAbbreviationFor(scale: number, written: string, own: ReadonlyMap<number, string> | undefined): string | undefined {
  const word = own?.get(scale);
  if (word === undefined || !ABBREVIATION.test(written)) return undefined;
  const lower = (w: string) => w === w.toLowerCase();
  return GERMAN_SCALE_ABBREVIATION.test(word) === GERMAN_SCALE_ABBREVIATION.test(written) && lower(word) === lower(written) ? word : undefined;
}
