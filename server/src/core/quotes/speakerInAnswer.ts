import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { Span } from '../types';
import { lastSentenceEnd } from './anaphoricSpeaker';
import { answerStart, answeringPerson } from './answeredQuestion';
import type { Speaker } from './attributeSpeaker';
import { findQuotes } from './findQuotes';

/**
 * "MODERATORIN: Wer hat den Satz gesagt: „…“? / GAST: Das war Stacy Rasgon.": a quotation in a who-said-it question
 * that ends its block is said by the person the next block answers with. The speaker's span is in the next block
 * (document offsets: each block's offsets shifted by its chunk's start); the map is keyed by the quotation's document
 * start.
 */
export function speakersFromAnswer(block: ProseBlock, shift: number, next: ProseBlock, nextShift: number, names: NameIndex): Map<number, Speaker> {
  const found = new Map<number, Speaker>();
  const quotes = findQuotes(block.text);
  const quote = quotes[quotes.length - 1];
  if (!quote) return found;
  const end = answerStart(block.text, quote, Math.max(quotes[quotes.length - 2]?.end ?? 0, lastSentenceEnd(block.text, quote.start)));
  if (end === undefined || !/^[\s*_]*$/u.test(block.text.slice(end))) return found;
  const person = answeringPerson(next.text, 0, names.find(next.text.slice(0, 200)));
  if (!person) return found;
  const span: Span = { start: next.offsets[person.start] + nextShift, end: next.offsets[person.end - 1] + 1 + nextShift };
  found.set(block.offsets[quote.start] + shift, { text: person.text, span, mention: { ...person, ...span } });
  return found;
}
