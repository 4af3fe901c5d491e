import type { NameMention, Span } from '../types';
import { findQuotes } from '../quotes/findQuotes';
import { attributeSpeaker } from '../quotes/attributeSpeaker';
import { SPEECH_VERB } from '../quotes/speechVerbs';
import type { CarriedContext, CarriedName, ContextOrigin } from './fact';
import { referencedKinds, referentOf } from './references';

/** "wir", "uns", "unser", "ich", "we", "us", "our", "I", "my": the speaker speaks of itself ("US" is a country). */
const FIRST_PERSON = /(?<![\p{L}])(?:[Ww]ir|uns|[Uu]nser\p{L}*|[Ii]ch|[Mm]ein\p{L}*|[Ww]e|us|[Oo]urs?|I|[Mm]y)(?![\p{L}])/u;

/**
 * „Wir glauben, dass 99 Prozent des Erfolgs …“, beschreibt das Unternehmen: a figure in a quotation in which a company
 * speaks in the first person is the company's, which the words around it name or point back to ("das Unternehmen",
 * "the company", "der Konzern" → the nearest company carried). Undefined where the figure is in no such quotation, the
 * speaker is a person, or no speaker can be told.
 */
export function quotedSpeaker(text: string, figure: Span, names: NameMention[], carried: CarriedContext): { entries: CarriedName[]; from: ContextOrigin } | undefined {
  const quote = findQuotes(text).find((q) => q.inner.start <= figure.start && figure.end <= q.inner.end);
  const inner = quote ? text.slice(quote.inner.start, quote.inner.end) : '';
  if (!quote || !FIRST_PERSON.test(inner)) return undefined;
  // "Wir sahen das Unternehmen …": a word in the quotation that points at a company says whose the figure is.
  if (referencedKinds(inner).length) return undefined;
  const speaker = attributeSpeaker(text, quote, names, 0);
  // Only a company's "we" is its own figure: a person's "We saw the stock lose 9.5 percent," Matt Sheehan said, or
  // "sagt er", tells what the person watched, and the figure stays the paragraph's (Nvidia's).
  if (speaker?.mention) {
    const { entry } = speaker.mention;
    if (entry.kind !== 'organisation') return undefined;
    return { entries: [{ canonical: entry.canonical, kind: entry.kind, containing: entry.containing ?? [] }], from: 'sentence' };
  }
  // "…", the company writes; „…“, so das Unternehmen: a definite description points back to the nearest company.
  const described = speaker?.text ?? describedSpeaker(text, quote);
  const describedKinds = described ? referencedKinds(described) : [];
  for (const kind of describedKinds.filter((k) => k === 'organisation')) {
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
