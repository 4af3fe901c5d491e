import type { NameMention } from '../types';
import type { QuoteSpan } from './findQuotes';

/**
 * "Who called it a "wake-up call for our industries"? Answer: Marc Andreessen." / "**Host:** Von wem stammt der Satz
 * „…“? / **Gast:** Das war Thomas Altmann.": a quiz, a Q&A or a transcript asks who said a quotation and names the
 * speaker in the answer, in the next sentence or the next block.
 */

// The question's first word, after markup, a number ("15."), a timestamp or a speaker's label ("**Host:**", "Frage 3:").
const OPENING = String.raw`^[\s*_>#-]*(?:\d{1,3}[.)]\s*)?(?:\[[^\]\n]{1,12}\]\s*)?(?:[*_]{0,2}(?:[^\s:*_]+\s?){1,3}:[*_]{0,2}\s*)?[*_]{0,2}`;
const WHO = new RegExp(String.raw`${OPENING}(?:who|whose|wer|wessen|von\s+wem|aus\s+wessen\s+mund)(?![\p{L}])`, 'iu');
/** After the quotation, the question goes on to its question mark without another quotation or sentence. */
const REST_OF_QUESTION = /^[^.!?„“”"»«]{0,80}\?/u;

/** Whether the quotation stands in a question that asks who said it; the question's end (after its "?") if so. */
export function askedWho(text: string, quote: QuoteSpan, sentenceStart: number): number | undefined {
  if (!WHO.test(text.slice(sentenceStart, quote.start))) return undefined;
  const rest = REST_OF_QUESTION.exec(text.slice(quote.end));
  return rest ? quote.end + rest[0].length : undefined;
}

/**
 * The answer's opening: markup, a label ("Answer:", "Antwort:", "**Guest:**", "[00:03:14] Gast:"), then "That was",
 * "It was", "Das war", "Es war" or nothing, an article, the name.
 */
const ANSWER = /^[\s*_>-]*(?:\[[^\]\n]{1,12}\]\s*)?(?:[*_]{0,2}(?:[^\s:*_]+\s?){1,3}:[*_]{0,2}\s*)?(?:(?:that|this|it)\s+was\s+|(?:das|dies|es)\s+war\s+)?(?:(?:allerdings|actually|again|wieder|wieder\s+einmal)\s+)?(?:(?:der|die|the)\s+)?/iu;
/** "Marc Andreessen's investors", "Marc Andreessen nicht", "Marc Andreessen, who …": not a naming of the speaker. */
const NOT_A_NAMING = /^(?:['’]s?\s+\p{L}|-|\s+(?:nie|nicht|niemals|keineswegs|never|not|that|who|which|asked|fragte|fragt)(?![\p{L}]))/iu;

/** The person the answer names first, at its opening; `from` is where the answer starts in `text`. */
export function answeringPerson(text: string, from: number, names: readonly NameMention[]): NameMention | undefined {
  const opening = ANSWER.exec(text.slice(from))!;
  const at = from + opening[0].length;
  const named = names.find((n) => n.start === at && n.entry.kind === 'person');
  return named && !NOT_A_NAMING.test(text.slice(named.end)) ? named : undefined;
}
