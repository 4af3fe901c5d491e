import { HEDGE_WORD_PATTERN } from '../figures/vocabulary';
import { REFERENCE_WORDS } from '../names/referenceWords';
import type { Figure, NameKind, NameMention } from '../types';

/** At most a hedge between the possessive and the figure: "Microsoft's roughly 3.75%", „Nvidias knapp 8 Prozent“. */
const HEDGED = String.raw`\s+(?:(?:${HEDGE_WORD_PATTERN})\s+)?$`;
/** "Microsoft's 3.75%", "the Nasdaq 100's 3%", „Nvidias 7,82 Prozent“: the name's possessive ending, then the figure. */
const AFTER_NAMES_POSSESSIVE = new RegExp(String.raw`^(?:['’]s?|s)${HEDGED}`, 'u');
/** "the index's 3 percent", "the company's 12%": a word that points back to a name, as a possessive after "the". */
const REFERENCE_POSSESSIVE = new RegExp(String.raw`(?<![\p{L}])the\s+([\p{L}-]+['’]s)${HEDGED}`, 'iu');

/**
 * Whose the figure is where a possessive stands right before it: "… more than double the index's 3 percent", "two and a
 * half times Microsoft's 3.75%". The possessive names the figure's owner as plainly as a subject does, and no other name
 * of the sentence (the subject the figure is compared with) owns it. A name of the sentence, else the kind of name
 * the possessive's word points back to; undefined where no possessive stands right before it, or a place's.
 */
export function possessiveOwner(text: string, figure: Figure, names: readonly NameMention[]): { name: NameMention } | { kind: NameKind } | undefined {
  const before = names.filter((n) => n.end <= figure.start).pop();
  // "the United States' $500 billion initiative": a country's possessive says where, not whose (Project Stargate's).
  if (before && AFTER_NAMES_POSSESSIVE.test(text.slice(before.end, figure.start))) return before.entry.kind === 'place' ? undefined : { name: before };
  const reference = REFERENCE_POSSESSIVE.exec(text.slice(0, figure.start));
  const kind = reference ? REFERENCE_WORDS[reference[1].toLowerCase().replace('’', "'")] : undefined;
  return kind && kind !== 'person' ? { kind } : undefined;
}
