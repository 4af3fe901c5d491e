import type { Figure } from '../types';

/**
 * "Von den drei Konzernen verlor Nvidia am meisten", "Of the three chipmakers, Broadcom fell 6.58 percent": a number
 * word after a partitive ("von den", "unter den", "of the", "among the") counts the group a member is picked from. It is
 * no value of that member, nor of what the sentence says the member did: only a count of the things its noun names.
 */
export function isGroupCount(text: string, figure: Figure): boolean {
  return figure.kind === 'count' && figure.noun !== undefined && !figure.scale && !/\d/.test(figure.text) &&
    PARTITIVE_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start));
}
const PARTITIVE_BEFORE = /(?<![\p{L}])(?:(?:von|unter|aus)\s+(?:den|diesen)|(?:of|among|out\s+of)\s+(?:the|these))\s+$/iu;
