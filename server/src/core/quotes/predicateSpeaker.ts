import { wordAlternation as words } from '../context/lexicon';
import type { NameMention, Span } from '../types';
import { SAYING_NOUN } from './speechVerbs';

/**
 * Words after a quotation that make it the subject of a sentence naming its speaker: „„…“ stammt von Zihan Wang“,
 * „„…“ kam von X“, "„…“ ("…") was Marc Andreessen", "the "…" line came from X", "… is Matt Sheehan's". German and
 * English side by side; a negation („stammt nicht von X“) or a hedge between them is not among them.
 */
const ORIGIN_VERB_WORDS = ['stammt', 'stammte', 'stammen', 'stammten', 'kam', 'kommt', 'war', 'ist', 'was', 'is', 'came', 'comes', 'was coined', 'is coined', 'was first used', 'wurde geprägt', 'wurde gebraucht'];
const ORIGIN_PREPOSITION_WORDS = ['von', 'aus dem mund von', 'from', 'by'];
/** "from the investor X", „von dem Investor X“: one title word after an article, between the preposition and the name. */
const ORIGIN_TITLE = String.raw`(?:(?:the|dem|der)\s+[\p{L}-]+\s+)?`;
const ORIGIN_ADVERB_WORDS = ['eigentlich', 'tatsächlich', 'übrigens', 'wirklich', 'actually', 'really', 'in fact'];
// A translation in parentheses may stand between: „„Weckruf …“ („a wake-up call …“) was Andreessen“.
const QUOTATION_AS_SUBJECT = new RegExp(
  String.raw`^\s*\)?\s*(?:\([^()]{0,200}\)\s*)?(?:${words(ORIGIN_VERB_WORDS)})\s+(?:(?:${words(ORIGIN_ADVERB_WORDS)})\s+)?(?:(?:${words(ORIGIN_PREPOSITION_WORDS)})\s+${ORIGIN_TITLE})?$`,
  'iu',
);
/**
 * "The most bullish line, "…", came from Stacy Rasgon": a quotation set off by commas after the noun it names, the
 * predicate after the second comma. Only with the origin's preposition: "The line, "…", was quoted widely" names no one.
 */
// The comma after the quotation may stand inside its marks, as American style puts it: "The word, "Sputnik moment," came from …".
const APPOSITION_AS_SUBJECT = new RegExp(
  String.raw`^\s*,?\s*(?:${words(ORIGIN_VERB_WORDS)})\s+(?:(?:${words(ORIGIN_ADVERB_WORDS)})\s+)?(?:${words(ORIGIN_PREPOSITION_WORDS)})\s+${ORIGIN_TITLE}$`,
  'iu',
);
/** The comma that sets the quotation off after it: outside its closing mark, or inside it. */
const COMMA_AFTER = /^\s*,|,\s*["“”»«‘’']$/u;
/** After the name: the sentence goes on, or the name is the owner of the words ("… is Matt Sheehan's"). */
const NAMING_ENDS = new RegExp(String.raw`^(?:['’]s?(?:\s+(?:own\s+)?${SAYING_NOUN}(?![\p{L}])|(?=\s*(?:[.,;:!?)]|$)))|(?=\s*(?:[.,;:!?)–—]|$))|\s+(?:und|and|oder|or|nicht|not|too|auch|selbst)(?![\p{L}]))`, 'iu');

/** The person a predicate right after the quotation names as its speaker, if it does. */
export function speakerInPredicate(text: string, quote: Span, names: readonly NameMention[]): NameMention | undefined {
  const person = names.find((n) => n.start >= quote.end && n.start - quote.end <= 240 && n.entry.kind === 'person');
  if (!person) return undefined;
  const between = text.slice(quote.end, person.start);
  const apposition = /,\s*$/u.test(text.slice(Math.max(0, quote.start - 3), quote.start)) && (COMMA_AFTER.test(between) || COMMA_AFTER.test(text.slice(quote.start, quote.end))) && APPOSITION_AS_SUBJECT.test(between);
  if (!apposition && !QUOTATION_AS_SUBJECT.test(between)) return undefined;
  return NAMING_ENDS.test(text.slice(person.end, person.end + 40)) ? person : undefined;
}
