import { isPersonTitle } from '../names/kindEvidence';
import { DENIAL_WORDS } from '../names/wordLists';
import type { NameMention } from '../types';
import type { QuoteSpan } from './findQuotes';
import { SPEAKER_LABEL } from './speakerLabel';
import { ASKED_SPEECH } from './speechVerbs';

/**
 * A quiz, a Q&A or a transcript asks who said a quotation and answers with the speaker: "Wer sagte: „…“? Antwort: Matt
 * Sheehan.", "Who called the development a "…"? Marc Andreessen, the tech investor.", "Wer hat das gesagt? „…“ Liang
 * Wenfeng.". Only a question that asks for a speaker (a speech verb: not "Wer hätte gedacht, dass …?"), and only an
 * answer that is a person's name and denies nothing ("Liang Wenfeng jedenfalls nicht", "Not Liang Wenfeng").
 */

// The question's opening: markup, a number ("15."), a label ("**Host:**", "Frage 3:"), then the word that asks who.
const WHO = new RegExp(String.raw`^[\s*_>#-]*(?:\d{1,3}[.)]\s*)?(?:${SPEAKER_LABEL.source.slice(1)})?[*_]{0,2}(?:(?:und|and|so)\s+)?(?:wer|von\s+wem|wessen|who|whose|from\s+whom)(?![\p{L}])`, 'iu');
// Between the word that asks and the quotation: a few words, one of them the speech verb ("Wer hat den Satz gesagt:").
const ASKS_FOR_SPEAKER = new RegExp(String.raw`(?<![\p{L}])${ASKED_SPEECH}(?![\p{L}])`, 'iu');
/** After the quotation, the question goes on to its question mark without another quotation or sentence. */
const REST_OF_QUESTION = /^[^.!?„“”"»«\n]{0,80}\?[*_]{0,2}/u;
/** A question that is a sentence of its own before the quotation: "Wer hat das gesagt?", "Who said it?". */
const QUESTION_BEFORE = /\?[*_]{0,2}\s*:?\s*$/u;

/**
 * Where the answer to a who-said-it question about the quotation starts in `text`, if the quotation stands in one (or
 * right after one, and ends its sentence); `sentenceStart` is where the quotation's own sentence starts.
 */
export function answerStart(text: string, quote: QuoteSpan, sentenceStart: number): number | undefined {
  const ownQuestion = text.slice(sentenceStart, quote.start);
  const rest = REST_OF_QUESTION.exec(text.slice(quote.end, quote.end + 90));
  // "Wer sagte: „…“?", "Wer hat „…“ gesagt?": the speech verb before the quotation or after it.
  if (rest && asksWho(ownQuestion, rest[0])) return quote.end + rest[0].length;
  // "Wer hat das gesagt? „…“ Liang Wenfeng.": the question before, the quotation alone, then the answer.
  if (!/^[\s*_]*$/u.test(ownQuestion) || !QUESTION_BEFORE.test(text.slice(Math.max(0, sentenceStart - 4), sentenceStart))) return undefined;
  const questionStart = text.lastIndexOf('\n', sentenceStart - 2) + 1;
  const question = text.slice(Math.max(questionStart, sentenceStart - 120), sentenceStart);
  const opening = /[.!]\s+(?=[^.!]*$)/u.exec(question);
  if (!asksWho(opening ? question.slice(opening.index + opening[0].length) : question) || /[„“”"»«]/u.test(question)) return undefined;
  const end = /^[“”"»«’]?[*_]{0,2}[.!]?[*_]{0,2}(?=\s)/u.exec(text.slice(quote.end));
  const inner = text.slice(quote.inner.start, quote.inner.end);
  return end && (end[0].includes('.') || end[0].includes('!') || /[.!?…]\s*$/u.test(inner)) ? quote.end + end[0].length : undefined;
}

/** Whether a question opens with who and asks, within its first words or after its quotation, for a speaker. */
function asksWho(question: string, afterQuotation = ''): boolean {
  const who = WHO.exec(question);
  return who !== null && (ASKS_FOR_SPEAKER.test(question.slice(who[0].length, who[0].length + 60)) || ASKS_FOR_SPEAKER.test(afterQuotation));
}

/**
 * The answer's opening: a label ("Answer:", "Antwort:", "**Gast:**"), then "That was", "Das war", "Es war" or nothing,
 * "von", "by" or nothing, then the name. Bounded: nothing in it repeats over a long token.
 */
const ANSWER = new RegExp(String.raw`^[\s*_>-]*(?:${SPEAKER_LABEL.source.slice(1)})?[*_]{0,2}(?:(?:that|this|it)\s+was\s+|(?:das|dies|es)\s+war\s+)?(?:(?:von|by)\s+)?`, 'iu');
/** "Der Analyst Stacy Rasgon …", "The Bernstein analyst Stacy Rasgon": an article and a title of one to three words. */
const TITLE_BEFORE_NAME = /^(?:der|die|the)\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s+$/iu;
function isTitleBefore(between: string): boolean {
  const title = TITLE_BEFORE_NAME.exec(between);
  return title !== null && isPersonTitle(title[1]);
}
/** What may follow the name: the answer's end, a role after a comma or a dash, an affiliation ("of", "von", "at"). */
const NAMING_ENDS = /^(?:['’]s)?[*_]{0,2}(?:\s*(?:$|[.!?,;(–—])|\s+(?:von|vom|bei|aus|of|at|from)\s)/u;
/** The answer's sentence: to its end, at most 200 characters. */
const ANSWER_SENTENCE = /^[^.!?\n]{0,200}/u;

/** The person the answer at `from` names, as its first words, in an answer that denies nothing. */
export function answeringPerson(text: string, from: number, names: readonly NameMention[]): NameMention | undefined {
  const opening = ANSWER.exec(text.slice(from, from + 80))!;
  const at = from + opening[0].length;
  const named = names.find((n) => n.entry.kind === 'person' && (n.start === at || (n.start > at && n.start - at <= 60 && isTitleBefore(text.slice(at, n.start)))));
  if (!named || !NAMING_ENDS.test(text.slice(named.end, named.end + 6))) return undefined;
  const sentence = ANSWER_SENTENCE.exec(text.slice(from))![0];
  return DENIAL_WORDS.test(sentence) ? undefined : named;
}
