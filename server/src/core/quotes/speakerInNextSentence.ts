import type { NameMention, Span } from '../types';
import { FRAMING_VERB, PUT_IT, SAID_IT_PARTICIPLE, SAID_WHAT, SAYING_NOUN, SPEECH_VERB } from './speechVerbs';

/**
 * „…“ Das sagte Thomas Qitong Cao. / „…“ Das Zitat stammt von Zihan Wang. / Gesagt hat das X. / "…" That was Dimitris
 * Papailiopoulos of Microsoft. / It was made by X. / The words are X's: the sentence after the quotation names its
 * speaker, as news prose often does. "Das sagte auch X", "So sieht es auch X" add a second voice; they do not name the first.
 * Also a frame of saying: „…“ So formulierte es X. / Mit diesen Worten kommentierte X … / Das waren die Worte von X. /
 * "…" With these words X … / Those were X's words. / That is how X put it.
 * In the perfect, the name between auxiliary and participle: „…“ Das hat X gesagt. / So hat es X formuliert. / "…"
 * That's what X said. The participle must follow the name: „Das hat X nie gesagt“, „Das hat X kritisiert“, "That's
 * what X denied" name no speaker.
 */
const NEXT_SENTENCE_NAMES_SPEAKER = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:das|dies|diese\s+worte|die\s+worte|das\s+zitat|der\s+satz|die\s+aussage|diesen\s+satz)\s+(?:sagte|sagt|schrieb|schreibt|stammt|stammen|stammte|stammten|kommt|kam|sprach|formulierte|äußerte)\s+(?:(?:von|aus\s+dem\s+mund\s+von)\s+)?` +
    String.raw`|(?:gesagt|geschrieben|formuliert)\s+(?:hat|hatte)\s+(?:das|dies|es|diesen\s+satz)\s+` +
    String.raw`|so\s+(?:${FRAMING_VERB})\s+(?:es|das)\s+(?:(?:jedenfalls|zumindest|damals)\s+)?` +
    String.raw`|mit\s+(?:diesen|jenen|den)\s+worten\s+(?:${SPEECH_VERB}|${FRAMING_VERB}|reagierte|reagiert|antwortete|antwortet)\s+` +
    String.raw`|(?:das|dies)\s+(?:waren|sind)\s+(?:die\s+)?worte\s+(?:von\s+)?` +
    String.raw`|with\s+(?:these|those|the)\s+words,?\s+` +
    String.raw`|(?<perfect>(?:das|dies|diese\s+worte|die\s+worte|das\s+zitat|den\s+satz|diesen\s+satz|die\s+aussage|so)\s+(?:hat|hatte)\s+(?:es\s+|das\s+)?)` +
    String.raw`|(?<what>(?:that|this)(?:['’]s|\s+is|\s+was)\s+what\s+)` +
    String.raw`|(?<possessive>(?:those|these|they)\s+(?:were|are)\s+)` +
    String.raw`|(?<how>(?:that|this|it)\s+(?:is|was)\s+how\s+)` +
    String.raw`|(?:that|this|it|these\s+words|the\s+words|the\s+remark|the\s+quote|the\s+quotation|the\s+line|the\s+comment|the\s+phrase)\s+(?:was|were|is|are|came|comes)\s+(?:(?:made|said|spoken|written|uttered|coined)\s+by\s+|from\s+)?` +
  String.raw`)(?:(?:allerdings|aber|jedoch|übrigens|eigentlich|tatsächlich|actually|in\s+fact|really)\s+)?(?:(?:der|die|the)\s+)?`,
  'iu',
);

/** The person or organisation the sentence right after the quotation's names as its speaker, if it does. */
export function speakerInNextSentence(text: string, quote: Span, closed: boolean, names: readonly NameMention[]): NameMention | undefined {
  const after = text.slice(quote.end);
  const end = closed ? /^\s+/.exec(after) : /[.!?][“”"»«’)]*\s+/.exec(after);
  if (!end) return undefined;
  const next = quote.end + end.index + end[0].length;
  // Another quotation before the sentence ends: the sentence after belongs to that one.
  if (!closed && /[„“"»«]/.test(after.slice(0, end.index))) return undefined;
  const frame = NEXT_SENTENCE_NAMES_SPEAKER.exec(text.slice(next));
  if (!frame) return undefined;
  // Only a person, and only when the sentence goes on as a naming does: not "That was Nvidia's worst day", "It was
  // DeepSeek's bet", "Das sagte Liang Wenfeng nie".
  const named = names.find((n) => n.start === next + frame[0].length && n.entry.kind === 'person');
  if (!named) return undefined;
  const rest = text.slice(named.end);
  // "Those were Marc Andreessen's words", "That is how Stacy Rasgon put it": the words after the name finish the frame.
  if (frame.groups?.possessive !== undefined) return POSSESSED_WORDS.test(rest) ? named : undefined;
  if (frame.groups?.how !== undefined) return HOW_SAID.test(rest) ? named : undefined;
  if (frame.groups?.perfect !== undefined) return PERFECT_SAID.test(rest) ? named : undefined;
  if (frame.groups?.what !== undefined) return WHAT_SAID.test(rest) ? named : undefined;
  return !NOT_A_NAMING.test(rest) ? named : undefined;
}

const POSSESSED_WORDS = new RegExp(String.raw`^['’]s?\s+(?:own\s+)?${SAYING_NOUN}(?![\p{L}])`, 'iu');
const HOW_SAID = new RegExp(String.raw`^\s+(?:${PUT_IT})(?![\p{L}])`, 'iu');
// „Das hat X gesagt.“, "That's what X said.": the verb right after the name, and the sentence ends there. Any word
// between them may add a second voice to a speaker named before the quotation („schon“, „damals“, „genau so“, "just",
// "later"), and what goes on after the verb points elsewhere: a colon opens the next quotation („Das hat X gesagt:
// „…““), a clause names its speaker ("That's what X says Cao told him"), "too" adds a second voice.
const SENTENCE_ENDS = String.raw`[*_]*\s*(?:[.!…]|$)`;
const PERFECT_SAID = new RegExp(String.raw`^\s+(?:es\s+|das\s+)?${SAID_IT_PARTICIPLE}${SENTENCE_ENDS}`, 'iu');
const WHAT_SAID = new RegExp(String.raw`^\s+${SAID_WHAT}${SENTENCE_ENDS}`, 'iu');

// "The words are Matt Sheehan's." names him; "That was Nvidia's worst day" does not.
const NOT_A_NAMING = /^(?:['’]s?\s+\p{L}|-|\s+(?:nie|nicht|niemals|keineswegs|never|not|that|who|which)(?![\p{L}]))/iu;
