import type { Figure, Span } from '../types';
import { ARTICLES } from '../names/wordLists';

/** Most words a listed item's label has: "HumanEval", "Trainingskosten", "Beschleunigung um das", "Training cost". */
const LABEL_WORDS = 4;

/** What joins one labelled item to the next: a comma or a semicolon, then the next item's label (a colon may end it). */
const NEXT_ITEM = /^\s*[,;]\s*([^,;:()]*?):?\s*$/u;

const wordsOf = (label: string) => label.split(/\s+/).filter((w) => /\p{L}/u.test(w)).map((w) => w.replace(/^\P{L}+/u, ''));

/**
 * A label names what its value is, a few words that open with a capital and no article: "HumanEval", "Trainingskosten",
 * "MATH-500". Not the words of a clause that shares the verb before it ("Der erste kostete 200 Millionen Yuan, der
 * zweite eine Milliarde Yuan") or restates the value before it ("…, umgerechnet etwa 130 Millionen Euro", "…, about
 * a hundred and thirty million euros").
 */
function isLabel(label: string): boolean {
  const words = wordsOf(label);
  return words.length >= 1 && words.length <= LABEL_WORDS && /^\p{Lu}/u.test(words[0]) && !ARTICLES.has(words[0].toLowerCase());
}

/**
 * "HumanEval 92 %, Trainingskosten 5,6 Mio. Dollar", "HumanEval 92%, Training cost $5.6 million": a sentence that is
 * nothing but labelled values, each a label and then its value, says one thing per item, whatever the kinds of the
 * values beside it; each item is its value's window. The spans of the items, one per figure, or none when the sentence
 * is no such list. A label of the whole sentence before a colon ("DeepSeek R1: HumanEval 92 %, …", "Tests: …") is what
 * every item is about: `labelEnd` is where it ends. Dates are when something else happened, and a range's two ends are
 * one value: neither is listed so.
 */
export function labelledItems(text: string, figures: Figure[]): { items: Span[]; labelEnd: number } | undefined {
  if (figures.length < 2 || figures.some((f) => f.kind === 'date' || f.kind === 'year' || f.range)) return undefined;
  // The first item's label follows the sentence's own label, if any: "**heise:** HumanEval 92 %".
  const head = text.slice(0, figures[0].start);
  const firstLabel = head.slice(head.lastIndexOf(':') + 1);
  if (/[,;()]/.test(firstLabel) || !isLabel(firstLabel)) return undefined;
  if (!/^[\s.;!]*$/u.test(text.slice(figures[figures.length - 1].end))) return undefined;
  const labelEnd = head.lastIndexOf(':') + 1;
  const starts = [0];
  for (let i = 1; i < figures.length; i++) {
    const between = text.slice(figures[i - 1].end, figures[i].start);
    const next = NEXT_ITEM.exec(between);
    if (!next || !isLabel(next[1])) return undefined;
    starts.push(figures[i - 1].end + between.search(/[,;]/) + 1);
  }
  return { items: figures.map((_, i) => ({ start: starts[i], end: i + 1 < figures.length ? starts[i + 1] - 1 : text.length })), labelEnd };
}
