import type { NameMention } from '../types';
import type { QuoteSpan } from './findQuotes';
import { FRONTED_FRAME, FRONTED_QUOTE_VERB, SEEING_VERBS, SPEAKER_GAP_WORDS, SPEECH_VERB } from './speechVerbs';

/** A speech verb after the quotation, then the words up to the speaker. */
const VERB_THEN_GAP = new RegExp(String.raw`^[\s,]*${FRONTED_QUOTE_VERB}((?:\s+[\p{Ll}][\p{Ll}]*)*)\s+$`, 'u');
/** After an English speaker: the words up to the speech verb, which ends the clause or takes "it". */
const GAP_THEN_VERB = new RegExp(String.raw`^((?:\s+[\p{Ll}][\p{Ll}]*)*)\s+(?:${SPEECH_VERB}|described|describes|put|puts)(?:\s+it)?(?![\p{L}])(?=\s*(?:[.,;:!?)–—]|$))`, 'iu');
/** What may stand before a quotation put first in its sentence: a preposition or an article, no more than two words. */
const FRONTED = /^(?:(?:von|vom|als|zum|zur|einen|einem|eine|einer|den|dem|der|die|das|ein|a|an|the|of)\s+)?(?:(?:einen|einem|eine|einer|den|dem|der|die|das|ein)\s+)?$/iu;
/** At most four words between: "sprach wenig später ebenfalls Trump". */
const MAX_GAP = 4;

const gapFits = (gap: string) => {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  return words.length <= MAX_GAP && words.every((w) => SPEAKER_GAP_WORDS.has(w.toLowerCase()));
};

/**
 * The person who says a quotation that opens its sentence, named after it with a few words between: „Vom „Sputnik-
 * Moment“ sprach wenig später ebenfalls Trump“, „Einen „Weckruf …“ nannte es Marc Andreessen“ (German puts the verb
 * second and the speaker after it); "…," Sheehan later called it; "…" is what Andreessen called it, "…" was how Wang
 * described it. Only the words of `SPEAKER_GAP_WORDS` may stand between, so a name in another phrase speaks nothing.
 */
export function speakerOfFrontedQuote(text: string, quote: QuoteSpan, sentenceStart: number, names: readonly NameMention[]): NameMention | undefined {
  if (!FRONTED.test(text.slice(sentenceStart, quote.start).trimStart())) return undefined;
  const person = names.find((n) => n.start >= quote.end && n.start - quote.end <= 80 && n.entry.kind === 'person');
  if (!person || names.some((n) => n.start >= quote.end && n.start < person.start)) return undefined;
  const between = text.slice(quote.end, person.start);
  if (/[.;:!?]/.test(between)) return undefined;
  const verbFirst = VERB_THEN_GAP.exec(between);
  const seeing = verbFirst && SEEING_VERBS.has(between.replace(/^[\s,]*/u, '').split(/\s/u)[0].toLowerCase());
  if (verbFirst && gapFits(verbFirst[1]) && (!seeing || /(?<![\p{L}])darin(?![\p{L}])/iu.test(verbFirst[1]))) return person;
  // English: the speaker first, then the verb ("…," Sheehan later called it), or a frame before them.
  const lead = between.replace(/^[\s,]*/u, '');
  if (lead !== '' && !FRONTED_FRAME.test(lead)) return undefined;
  const verbAfter = GAP_THEN_VERB.exec(text.slice(person.end, person.end + 60));
  return verbAfter && gapFits(verbAfter[1]) ? person : undefined;
}
