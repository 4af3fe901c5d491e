import type { NameMention, Span } from '../types';
import { anaphorAfter, anaphorBefore, lastSentenceEnd, personBefore } from './anaphoricSpeaker';
import { SPEECH_VERB, SPEECH_VERB_PARTICLE } from './speechVerbs';

/**
 * „Gelassener gibt sich Thomas Altmann. Die Panik sei übertrieben, meint er. „DeepSeek verwendet …““, "Rasgon was
 * calmer. The panic was overdone, he said. "DeepSeek uses …"": a quotation that is a sentence of its own goes on with
 * the report of the sentence before it, whose speaker (a pronoun, a definite title or a name, before or after what it
 * reports) says it too. Only a sentence without quotation marks of its own: after one, the quotation follows another
 * quotation, whose speaker it takes by another reading (quotesOfBlock.ts).
 */

/** The quotation is its sentence: nothing but a full stop may follow it before the next one. */
const SENTENCE_ENDS = /^[“”"»«’']*\s*[.!?]?(?:\s|$)/u;
const QUOTATION_MARK = /[„“”"»«]/u;
/** The reporting clause ends the sentence after its speaker: ", meint er.", ", fügte er hinzu.", ", he said.", ", he said later.". */
const REPORT_ENDS = new RegExp(String.raw`^(?:\s+${SPEECH_VERB})?(?:\s+${SPEECH_VERB_PARTICLE})?\s*[.!?]\s*$`, 'iu');
const VERB_BEFORE_NAME = new RegExp(String.raw`,\s*${SPEECH_VERB}\s+$`, 'iu');
/** ", Rasgon said.", „Rasgon meint, …“, "Rasgon said the panic …": the speech verb right after the name. */
const VERB_AFTER_NAME = new RegExp(String.raw`^\s+${SPEECH_VERB}(?![\p{L}])`, 'iu');

/** The person who speaks the sentence before a quotation that stands alone as its own sentence, if that one reports. */
export function speakerInSentenceBefore(text: string, quote: Span, closed: boolean, names: readonly NameMention[]): NameMention | undefined {
  const start = lastSentenceEnd(text, quote.start);
  if (text.slice(start, quote.start).trim() !== '') return undefined;
  if (!closed && !SENTENCE_ENDS.test(text.slice(quote.end))) return undefined;
  if (start === 0) return undefined;
  const previousEnd = text.slice(0, start).trimEnd().length;
  const previousStart = lastSentenceEnd(text, previousEnd);
  const previous = text.slice(previousStart, start);
  if (QUOTATION_MARK.test(previous)) return undefined;
  const people = names.filter((n) => n.entry.kind === 'person' && n.start >= previousStart && n.end <= start);
  // The reporting clause after the last comma: a pronoun or a definite title („…, meint er.“, "…, the analyst said.").
  const comma = previous.lastIndexOf(',');
  if (comma >= 0) {
    const tail = previous.slice(comma);
    const anaphor = anaphorAfter(tail, previousStart + comma);
    if (anaphor && REPORT_ENDS.test(text.slice(anaphor.end, start))) return personBefore(text, anaphor, names);
    // ", sagte Rasgon." / ", so Sheehan." (the verb, then the name) or ", Rasgon said." (the name, then the verb).
    const named = people.find((n) => n.start > previousStart + comma);
    const lead = named && text.slice(previousStart + comma, named.start);
    if (named && lead !== undefined && REPORT_ENDS.test(text.slice(named.end, start)) && (VERB_BEFORE_NAME.test(lead) || (/^,\s*$/u.test(lead) && VERB_AFTER_NAME.test(text.slice(named.end, start))))) return named;
  }
  // The reporting clause opens the sentence: „Er meint, …“, "He said …", „Rasgon meint, …“.
  const opening = anaphorBefore(previous.slice(0, openingClauseEnd(previous)), previousStart);
  if (opening) return personBefore(text, opening, names);
  const first = people[0];
  if (first && first.start === previousStart && VERB_AFTER_NAME.test(text.slice(first.end, start))) return first;
  return undefined;
}

/** The opening clause: up to the first comma or colon, or the whole sentence ("He said the panic was overdone."). */
function openingClauseEnd(sentence: string): number {
  const end = /[,:]/u.exec(sentence);
  return end ? end.index : sentence.length;
}
