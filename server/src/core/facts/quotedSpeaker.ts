import type { NameMention, Span } from '../types';
import { findQuotes } from '../quotes/findQuotes';
import { attributeSpeaker } from '../quotes/attributeSpeaker';
import { anaphorAfter, anaphorBefore } from '../quotes/anaphoricSpeaker';
import { SPEECH_VERB } from '../quotes/speechVerbs';
import type { CarriedContext, CarriedName, ContextOrigin } from './fact';
import { referencedKinds, referentOf } from './references';

/** "wir", "uns", "unser", "ich", "we", "us", "our", "I", "my": the speaker speaks of itself ("US" is a country). */
const FIRST_PERSON = /(?<![\p{L}])(?:[Ww]ir|uns|[Uu]nser\p{L}*|[Ii]ch|[Mm]ein\p{L}*|[Ww]e|us|[Oo]urs?|I|[Mm]y)(?![\p{L}])/u;

/**
 * „Wir glauben, dass 99 Prozent des Erfolgs …“, beschreibt das Unternehmen; "Our cluster cost $6 million," he said: a
 * figure in a quotation that speaks in the first person is the speaker's, whom the words around it name, point back
 * to ("das Unternehmen", "the company", "der Konzern" → the nearest company carried) or stand for ("er", "he" → the
 * nearest person). Undefined where the figure is in no such quotation or no speaker can be told.
 */
export function quotedSpeaker(text: string, figure: Span, names: NameMention[], carried: CarriedContext): { entries: CarriedName[]; from: ContextOrigin } | undefined {
  const quote = findQuotes(text).find((q) => q.inner.start <= figure.start && figure.end <= q.inner.end);
  if (!quote || !FIRST_PERSON.test(text.slice(quote.inner.start, quote.inner.end))) return undefined;
  const speaker = attributeSpeaker(text, quote, names, 0);
  if (speaker?.mention) {
    const { entry } = speaker.mention;
    return { entries: [{ canonical: entry.canonical, kind: entry.kind, containing: entry.containing ?? [] }], from: 'sentence' };
  }
  // "…", the company writes; „…“, so das Unternehmen; „…“, sagt er: a definite description points back to the nearest
  // name of its kind, a pronoun to the nearest person.
  const anaphor = anaphorAfter(text.slice(quote.end), quote.end) ?? anaphorBefore(text.slice(0, quote.start), 0);
  const described = speaker?.text ?? describedSpeaker(text, quote);
  const describedKinds = described ? referencedKinds(described) : [];
  const kinds = describedKinds.length ? describedKinds : anaphor ? ['person' as const] : [];
  for (const kind of kinds) {
    const referent = referentOf(kind, carried);
    if (referent) return { entries: [referent.name], from: referent.from };
  }
  return undefined;
}

/**
 * The definite description that says who speaks, around the quotation: "…", the company writes / schreibt das
 * Unternehmen / so der Konzern; Das Start-up schreibt: „…“. ("der Bernstein-Analyst" is a person's title: it names no
 * company, and `referencedKinds` finds none in it.)
 */
const DEFINITE = String.raw`((?:der|die|das|the)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)`;
const LEAD = String.raw`^[\s,]*(?:[—–-]\s*)?`;
const DESCRIBED_AFTER = [
  new RegExp(String.raw`${LEAD}(?:${SPEECH_VERB}|so)\s+${DEFINITE}`, 'iu'),
  new RegExp(String.raw`${LEAD}${DEFINITE}\s+${SPEECH_VERB}(?![\p{L}])`, 'iu'),
];
const DESCRIBED_BEFORE = new RegExp(String.raw`${DEFINITE}\s+(?:[\p{Ll}-]+\s+)?${SPEECH_VERB}\s*:\s*$`, 'iu');

function describedSpeaker(text: string, quote: Span): string | undefined {
  const after = text.slice(quote.end);
  for (const pattern of DESCRIBED_AFTER) {
    const m = pattern.exec(after);
    if (m) return m[1];
  }
  return DESCRIBED_BEFORE.exec(text.slice(0, quote.start))?.[1];
}
