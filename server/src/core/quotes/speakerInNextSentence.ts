import type { NameMention, Span } from '../types';

/**
 * „…“ Das sagte Thomas Qitong Cao. / „…“ Das Zitat stammt von Zihan Wang. / Gesagt hat das X. / "…" That was Dimitris
 * Papailiopoulos of Microsoft. / It was made by X. / The words are X's: the sentence after the quotation names its
 * speaker, as news prose often does. "Das sagte auch X" adds a second speaker; it does not name the first.
 */
const NEXT_SENTENCE_NAMES_SPEAKER = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:das|dies|diese\s+worte|die\s+worte|das\s+zitat|der\s+satz|die\s+aussage|diesen\s+satz)\s+(?:sagte|sagt|schrieb|schreibt|stammt|stammen|stammte|stammten|kommt|kam|sprach|formulierte|äußerte)\s+(?:(?:von|aus\s+dem\s+mund\s+von)\s+)?` +
    String.raw`|(?:gesagt|geschrieben|formuliert)\s+(?:hat|hatte)\s+(?:das|dies|es|diesen\s+satz)\s+` +
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
  return named && !NOT_A_NAMING.test(text.slice(named.end)) ? named : undefined;
}

// "The words are Matt Sheehan's." names him; "That was Nvidia's worst day" does not.
const NOT_A_NAMING = /^(?:['’]s?\s+\p{L}|-|\s+(?:nie|nicht|niemals|keineswegs|never|not|that|who|which)(?![\p{L}]))/iu;
