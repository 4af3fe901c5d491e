import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { Span } from '../types';
import { anaphorAfter, anaphorBefore, lastSentenceEnd, personBefore, type Anaphor } from './anaphoricSpeaker';
import type { Speaker } from './attributeSpeaker';
import { findQuotes, type QuoteSpan } from './findQuotes';
import { SPEAKER_LABEL } from './speakerLabel';

/**
 * "**Host:** Was sagt Dimitris Papailiopoulos? / **Gast:** Er sagt: „…“", "I asked Matt Sheehan about it. / He said:
 * "…"": a quotation whose speaker is a pronoun (or a definite title) in a block that names no one before it speaks for
 * the person the block before names last (its nearest sentence that names one person). The speaker's span is the
 * pronoun, in the quotation's own block: that is where a reader sees who speaks.
 */
export function speakersFromBlockBefore(block: ProseBlock, before: ProseBlock, names: NameIndex, shift: number): Map<number, Speaker> {
  const found = new Map<number, Speaker>();
  const { text } = block;
  let previousEnd = 0;
  let mentions: ReturnType<NameIndex['find']> | undefined;
  for (const quote of findQuotes(text)) {
    const anaphor = speakingAnaphor(text, quote, previousEnd);
    previousEnd = quote.end;
    if (!anaphor) continue;
    // Only what the block opens with, after a speaker's label, answers the block before: "Eine Professorin aus
    // Massachusetts widerspricht: „…“, sagt sie" introduces someone of its own, named or not.
    if (!opensBlock(text, Math.min(anaphor.start, quote.start))) continue;
    // A person named before the pronoun in its own block is the one it stands for, found (or left open) by the block.
    mentions ??= names.find(text);
    if (mentions.some((n) => n.entry.kind === 'person' && n.end <= anaphor.start)) continue;
    const end = before.text.length;
    const referent = personBefore(before.text, { start: end, end, ...(anaphor.title ? { title: anaphor.title } : {}) }, names.find(before.text));
    if (!referent) continue;
    const span: Span = { start: block.offsets[anaphor.start] + shift, end: block.offsets[anaphor.end - 1] + 1 + shift };
    found.set(block.offsets[quote.start] + shift, { text: referent.text, span, mention: { ...referent, ...span } });
  }
  return found;
}

/** The pronoun or definite title that speaks the quotation, after it ("…", sagt er) or before it in its sentence (Er sagt: „…“). */
function speakingAnaphor(text: string, quote: QuoteSpan, previousQuoteEnd: number): Anaphor | undefined {
  const after = text.slice(quote.end);
  const closed = /[.!?…]\s*$/.test(text.slice(quote.inner.start, quote.inner.end)) && !/^\s*[,—–-]/.test(after);
  const afterIt = closed ? undefined : anaphorAfter(after, quote.end);
  if (afterIt) return afterIt;
  const sentenceStart = Math.max(previousQuoteEnd, lastSentenceEnd(text, quote.start));
  return anaphorBefore(text.slice(sentenceStart, quote.start), sentenceStart);
}

/** Whether nothing but a speaker's label (and markup) stands in the block before `at`. */
function opensBlock(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return /^[\s*_>#-]*$/u.test(before.replace(SPEAKER_LABEL, ''));
}
