import type { NameMention, Span } from '../types';
import { anaphorAfter, anaphorBefore, lastSentenceEnd, personBefore } from './anaphoricSpeaker';
import { SPEECH_VERB, SPEECH_VERB_PARTICLE, VERB_AFTER_NAME } from './speechVerbs';

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

/** The person who speaks the sentence before a quotation that stands alone as its own sentence, if that one reports. */
export function speakerInSentenceBefore(text: string, quote: Span, closed: boolean, names: readonly NameMention[]): NameMention | undefined {
  const reporting = reportingSentence(text, quote, closed);
  if (!reporting) return undefined;
  const speaker = reporterOf(text, reporting, names);
  if (!speaker) return undefined;
  // „Gegenüber Liang sei die Regierung skeptisch gewesen, sagte er.“, „Andreessen war begeistert, sagte Rasgon.“: when
  // the report names someone besides its speaker, the quotation may be that person's (what the report is about) and
  // "er"/"he" may mean the subject of a sentence before; a wrong guess would warn on a true attribution.
  const named = names.filter((n) => n.entry.kind === 'person' && n.start >= reporting.start && n.end <= reporting.end);
  const speakerNamedThere = named.includes(speaker);
  return named.every((n) => speakerNamedThere && n.entry === speaker.entry) ? speaker : undefined;
}

/** The sentence right before a quotation that stands alone as its own sentence, when it has no quotation of its own. */
function reportingSentence(text: string, quote: Span, closed: boolean): (Span & { text: string }) | undefined {
  const start = lastSentenceEnd(text, quote.start);
  if (text.slice(start, quote.start).trim() !== '') return undefined;
  if (!closed && !SENTENCE_ENDS.test(text.slice(quote.end))) return undefined;
  if (start === 0) return undefined;
  const previousEnd = text.slice(0, start).trimEnd().length;
  const previousStart = lastSentenceEnd(text, previousEnd);
  const previous = text.slice(previousStart, start);
  if (QUOTATION_MARK.test(previous)) return undefined;
  return { start: previousStart, end: start, text: previous };
}

/** Who speaks the reporting sentence: a pronoun or title resolved to its person, or the name beside the speech verb. */
function reporterOf(text: string, reporting: Span & { text: string }, names: readonly NameMention[]): NameMention | undefined {
  const { start: previousStart, end: start, text: previous } = reporting;
  const people = names.filter((n) => n.entry.kind === 'person' && n.start >= previousStart && n.end <= start);
  // "er"/"he" reporting a sentence is someone named before it: whom that sentence names itself is what it reports about.
  const earlier = names.filter((n) => n.end <= previousStart);
  // The reporting clause after the last comma: a pronoun or a definite title („…, meint er.“, "…, the analyst said.").
  const comma = previous.lastIndexOf(',');
  if (comma >= 0) {
    const tail = previous.slice(comma);
    const anaphor = anaphorAfter(tail, previousStart + comma);
    if (anaphor && REPORT_ENDS.test(text.slice(anaphor.end, start))) return personBefore(text, anaphor, earlier);
    // ", sagte Rasgon." / ", so Sheehan." (the verb, then the name) or ", Rasgon said." (the name, then the verb).
    const named = people.find((n) => n.start > previousStart + comma);
    const lead = named && text.slice(previousStart + comma, named.start);
    if (named && lead !== undefined && REPORT_ENDS.test(text.slice(named.end, start)) && (VERB_BEFORE_NAME.test(lead) || (/^,\s*$/u.test(lead) && VERB_AFTER_NAME.test(text.slice(named.end, start))))) return named;
  }
  // The reporting clause opens the sentence: „Er meint, …“, "He said …", „Rasgon meint, …“.
  const opening = anaphorBefore(previous.slice(0, openingClauseEnd(previous)), previousStart);
  if (opening) return personBefore(text, opening, earlier);
  const first = people[0];
  if (first && first.start === previousStart && VERB_AFTER_NAME.test(text.slice(first.end, start))) return first;
  return undefined;
}

/** The opening clause: up to the first comma or colon, or the whole sentence ("He said the panic was overdone."). */
function openingClauseEnd(sentence: string): number {
  const end = /[,:]/u.exec(sentence);
  return end ? end.index : sentence.length;
}
