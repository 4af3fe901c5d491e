import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { NameMention, Span } from '../types';
import { lastSentenceEnd } from './anaphoricSpeaker';
import { answeringPerson, askedWho } from './answeredQuestion';
import type { Speaker } from './attributeSpeaker';
import { findQuotes } from './findQuotes';

/**
 * "**Host:** Who called it a "wake-up call"? / **Guest:** That was Marc Andreessen.": a quotation in a question that ends
 * its block is said by the person the next block answers with. The speaker's span is in the next block (document
 * offsets: each block's offsets shifted by its chunk's start); the map is keyed by the quotation's document start.
 */
export function speakersFromAnswer(block: ProseBlock, shift: number, next: ProseBlock, nextShift: number, names: NameIndex): Map<number, Speaker> {
  const found = new Map<number, Speaker>();
  let previousEnd = 0;
  let person: NameMention | null | undefined;
  for (const quote of findQuotes(block.text)) {
    const end = askedWho(block.text, quote, Math.max(previousEnd, lastSentenceEnd(block.text, quote.start)));
    previousEnd = quote.end;
    if (end === undefined || !/^[\s*_]*$/.test(block.text.slice(end))) continue;
    if (person === undefined) person = answeringPerson(next.text, 0, names.find(next.text)) ?? null;
    if (!person) return found;
    const span: Span = { start: next.offsets[person.start] + nextShift, end: next.offsets[person.end - 1] + 1 + nextShift };
    found.set(block.offsets[quote.start] + shift, { text: person.text, span, mention: { ...person, ...span } });
  }
  return found;
}
