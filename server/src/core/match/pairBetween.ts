import type { SentenceFacts } from '../analysis/analyzedSentence';
import { PAIR_BETWEEN, wordAlternation as words } from '../context/lexicon';
import type { Figure, NameMention } from '../types';

const ARTICLE = String.raw`(?:(?:${words(PAIR_BETWEEN.articles)})\s+)?`;
const BEFORE_FIRST = new RegExp(String.raw`(?<![\p{L}])(?:${words(PAIR_BETWEEN.between)})\s+${ARTICLE}$`, 'iu');
const BETWEEN_THE_TWO = new RegExp(String.raw`^\s+(?:${words(PAIR_BETWEEN.and)})\s+${ARTICLE}$`, 'iu');
// The pair and the figure after it in one clause: no sentence mark, no comma between them, and not far apart.
const ONE_CLAUSE = /^[^.;:,!?]{0,60}$/u;

/**
 * The two names a gap or a ratio is between, where the sentence names them so in the figure's clause: "Zwischen Nvidia
 * und Microsoft lagen mehr als fünf Prozentpunkte", "the gap between Nvidia and Microsoft was five points". Such a figure
 * is of that pair only; a ratio or difference of two other sides (Broadcom's and Microsoft's falls of another day) is
 * no other value of it, however much of it the two share.
 */
export function pairBetween(figure: Figure, sentence: SentenceFacts): [NameMention, NameMention] | undefined {
  const { names, text } = sentence;
  for (let i = 0; i + 1 < names.length; i++) {
    const [first, second] = [names[i], names[i + 1]];
    if (!BEFORE_FIRST.test(text.slice(Math.max(0, first.start - 24), first.start)) || !BETWEEN_THE_TWO.test(text.slice(first.end, second.start))) continue;
    if (second.end <= figure.start && ONE_CLAUSE.test(text.slice(second.end, figure.start))) return [first, second];
  }
  return undefined;
}
