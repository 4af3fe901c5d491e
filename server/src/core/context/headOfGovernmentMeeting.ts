import type { Span } from '../types';
import { AT_A_HEAD_OF_GOVERNMENT, wordAlternation } from './lexicon';

const { heads, at, sitting, guest } = AT_A_HEAD_OF_GOVERNMENT;
const AT_THE_HEAD = String.raw`(?:${wordAlternation(at)})\s+(?:${wordAlternation(heads)})(?![\p{L}])`;
/** A few words between the verb and its place: its subject („saß Liang bei Premier …“), never a figure or a clause. */
const FEW_WORDS = String.raw`(?:\s+[\p{L}-]+){0,3}?`;

const SAT_AT = String.raw`(?<![\p{L}])(?:${wordAlternation(sitting)})${FEW_WORDS}\s+${AT_THE_HEAD}`;
const GUEST_AT = String.raw`(?<![\p{L}])(?:${wordAlternation(guest)})\s+${AT_THE_HEAD}`;
const AT_AS_GUEST = String.raw`(?<![\p{L}])${AT_THE_HEAD}[^.;:!?,]{0,60}?\s(?:${wordAlternation(guest)})(?![\p{L}])`;
const MEETING_AT_THE_HEAD = new RegExp(`${SAT_AT}|${GUEST_AT}|${AT_AS_GUEST}`, 'giu');
const MAYBE = new RegExp(wordAlternation(heads), 'iu');

/**
 * Where the text tells a meeting by sitting at a head of government's or being his guest: „Am 21. Januar saß Liang bei
 * Premier Li Qiang“, „war beim Premierminister Li Qiang zu Gast“ (AT_A_HEAD_OF_GOVERNMENT).
 */
export function meetingsAtAHeadOfGovernment(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  return [...text.matchAll(MEETING_AT_THE_HEAD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
