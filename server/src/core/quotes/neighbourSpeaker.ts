import { CREDIT_TOPIC_PREPOSITIONS, wordAlternation } from '../context/lexicon';
import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { Span } from '../types';
import type { Speaker } from './attributeSpeaker';

/**
 * A block quote and its attribution line ("> „…“ / > — Thomas Qitong Cao, Tufts University"), a heading that names who
 * speaks in the paragraph below ("### Matt Sheehan, Carnegie Endowment"): the speaker is in a block of their own, next
 * to a block that is nothing but the quotation.
 */

/** A person named alone, then at most a role after a comma, a colon, a dash or in brackets. */
const ROLE_AFTER = /^\s*(?:[,:(–—-]|$)/u;
/** "— Name", "– Name", "-- Name": the attribution line after a quotation. */
const ATTRIBUTION_DASH = /^\s*(?:[—–]|--?)\s*/u;
/** A block that opens with a quotation mark and ends with a closing one (a full stop inside or after it). */
const ONLY_QUOTATION = /^\s*[„"“”»«‚][\s\S]*(?:[“”"«»‘’][.!?…]?|[.!?…][“”"«»‘’])\s*$/u;

/**
 * A credit line without a dash: a card's "**Stacy Rasgon**, Bernstein Research" under its quotation, a debate card's
 * cite "Rasgon, Bernstein analyst, quoted in …" above it, „Donald Trump über R1“. The name opens it and a role or a
 * topic follows; a line that ends a sentence or quotes someone says something of its own ("Rasgon, too, disagreed."). A list
 * item ("- Zihan Wang, DeepSeek researcher" under „Auf dem Podium:“) lists people, it credits no quotation.
 */
const CREDIT_AFTER_NAME = new RegExp(String.raw`^\s*(?:[,(]|(?:${wordAlternation(CREDIT_TOPIC_PREPOSITIONS)})\s|$)`, 'u');
const SAYS_SOMETHING = /[.!?:;]\s*$|[„"“”»«]/u;

/** 'either': a credit line without a dash credits the quotation next to it, above or below. */
export type Label = Speaker & { place: 'before' | 'after' | 'either' };

/**
 * The person a block names as the speaker of its neighbour: an attribution line names the quotation before it, a
 * heading the paragraph after it. The speaker's span is `block`'s offsets shifted by `shift` (its chunk's start in the
 * document): asked of every block at every check, the block is not copied to shift it.
 */
export function labelOf(block: ProseBlock, names: NameIndex, shift = 0): Label | undefined {
  if (block.text.length > 160) return undefined;
  const dash = block.heading ? undefined : ATTRIBUTION_DASH.exec(block.text);
  const credit = !block.heading && !dash?.[0];
  if (credit && (block.item || SAYS_SOMETHING.test(block.text))) return undefined;
  const at = dash?.[0].length ?? block.text.length - block.text.trimStart().length;
  const person = names.find(block.text).find((m) => m.start === at && m.entry.kind === 'person');
  if (!person || !(credit ? CREDIT_AFTER_NAME : ROLE_AFTER).test(block.text.slice(person.end))) return undefined;
  const span: Span = { start: block.offsets[person.start] + shift, end: block.offsets[person.end - 1] + 1 + shift };
  return { text: person.text, span, mention: { ...person, ...span }, place: credit ? 'either' : block.heading ? 'before' : 'after' };
}

const OPENS_WITH_QUOTATION = /^\s*[„"“”»«‚]/u;

/**
 * What a neighbour can speak for: 'only' a block that is one quotation and nothing else (an attribution line's or a
 * heading's), 'opens' a block that begins with one (a heading's: „…“ Er hält die Panik für übertrieben.).
 */
export function quotationBlock(text: string): 'only' | 'opens' | undefined {
  return ONLY_QUOTATION.test(text) ? 'only' : OPENS_WITH_QUOTATION.test(text) ? 'opens' : undefined;
}
