import { wordAlternation } from '../context/lexicon';
import { THING_PRONOUNS } from '../figures/vocabulary';
import { PLURAL_SUBJECT_PRONOUNS } from '../names/wordLists';
import type { NameKind, Span } from '../types';
import type { CarriedContext, CarriedName } from './fact';

// „es“, „sie“, „er“ (der Konzern, der Chip), "it", "they": who the clause is about, said again without its name.
const ACTING_PRONOUN = new RegExp(String.raw`(?<![\p{L}\d-])(?:${wordAlternation([...THING_PRONOUNS, ...PLURAL_SUBJECT_PRONOUNS, 'er'])})(?![\p{L}\d-])`, 'iu');

/**
 * „Durch MTP und FP8 beschleunigte es die Verarbeitung um das 1,8-Fache“, "Thanks to MTP and FP8, it processes data 1.8
 * times faster": where the clause's only names are its means, a pronoun beside them is who acts (the company or model
 * named before), and the means are what it acts with, not whom the figure is about.
 */
export function pronounActsByMeans(text: string, clause: Span, means: readonly Span[]): boolean {
  let from = clause.start;
  for (const m of means) {
    if (m.start < from || m.end > clause.end) continue;
    if (ACTING_PRONOUN.test(text.slice(from, m.start))) return true;
    from = m.end;
  }
  return ACTING_PRONOUN.test(text.slice(from, clause.end));
}

/** What acts with means: a company, a model or a chip; not a person's name nor a place. */
const ACTING_KINDS: ReadonlySet<NameKind> = new Set(['organisation', 'model', 'chip']);

/**
 * Whom such a pronoun stands for: the nearest name that opened a sentence before (its subject, not one named in passing
 * as „Nvidia H800-Chips“ in „Das Unternehmen nutzte Nvidia H800-Chips“), else the company the story speaks of.
 */
export function actorOfThePronoun(carried: CarriedContext): CarriedName | undefined {
  return carried.names.find((n) => ACTING_KINDS.has(n.kind) && !n.passing && !n.aside && !n.comparand && !n.otherSort && !n.scoredOn) ?? carried.lastCompany;
}
