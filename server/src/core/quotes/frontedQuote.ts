import type { NameMention } from '../types';
import type { QuoteSpan } from './findQuotes';
import { FUNCTION_WORDS } from '../names/wordLists';
import { FRONTED_FRAME, FRONTED_QUOTE_VERB, NAMING_PARTICIPLE, REPORTING_AUXILIARY, SEEING_VERBS, SPEAKER_GAP_WORDS, SPEECH_PARTICIPLE, SPEECH_VERB, TERM_NOUNS, TITLE_ARTICLES, TITLE_BREAKS } from './speechVerbs';

const TITLE_ARTICLE = `(?:${TITLE_ARTICLES.join('|')})`;

/** A speech verb after the quotation, then the words up to the speaker. */
const VERB_THEN_GAP = new RegExp(String.raw`^[\s,]*${FRONTED_QUOTE_VERB}((?:\s+[\p{Ll}][\p{Ll}]*)*)\s+$`, 'u');
/**
 * The same with a title between the gap and the speaker: „Vom „Sputnik-Moment“ sprach der Tech-Investor X“, „… sprach
 * auch die frühere Mitarbeiterin X“. The title's words are checked with `titleFits`.
 */
// The gap runs up to the title's article („sprach hingegen der Tech-Investor X“): read lazily, the gap and the article
// were taken for the title's first words.
const VERB_THEN_GAP_THEN_TITLE = new RegExp(String.raw`^[\s,]*${FRONTED_QUOTE_VERB}((?:\s+(?!${TITLE_ARTICLE}\s)[\p{Ll}][\p{Ll}]*)*)\s+(?:${TITLE_ARTICLE}\s+)?((?:[\p{L}][\p{L}'’-]*\s+){1,3})$`, 'u');
/**
 * The perfect tense: „Von einem „Sputnik-Moment“ hatte zuvor schon Donald Trump gesprochen“; the auxiliary stands
 * second, the speaker after it, and the participle of naming or saying ends the clause after the speaker.
 */
const AUXILIARY_THEN_GAP = new RegExp(String.raw`^[\s,]*${REPORTING_AUXILIARY}((?:\s+(?!${TITLE_ARTICLE}\s)[\p{Ll}][\p{Ll}]*)*)\s+(?:${TITLE_ARTICLE}\s+((?:[\p{L}][\p{L}'’-]*\s+){1,3}))?$`, 'u');
const PARTICIPLE_ENDS_CLAUSE = new RegExp(String.raw`^\s+(?:${NAMING_PARTICIPLE}|${SPEECH_PARTICIPLE})(?=\s*(?:[.,;:!?)–—]|$))`, 'iu');
const A_SPEECH_VERB = new RegExp(`^${SPEECH_VERB}$`, 'iu');
/** A title of a person, not a phrase of its own: no function word, preposition, pronoun or speech verb. */
const titleFits = (title: string) => !title.trim().split(/\s+/u).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || TITLE_BREAKS.has(w.toLowerCase()) || SPEAKER_GAP_WORDS.has(w.toLowerCase()) || A_SPEECH_VERB.test(w));
/** "… is what QC Partners strategist X called it": the English frame with a title before the speaker. */
const FRAME_THEN_TITLE = /^(?:is|was|are|were)\s+(?:what|how)\s+(?:the\s+)?((?:[\p{L}][\p{L}'’-]*\s+){1,4})$/iu;
/** After an English speaker: the words up to the speech verb, which ends the clause or takes "it". */
// The perfect's auxiliary before the verb ("…," Sheehan had called it) is no word of the gap.
const GAP_THEN_VERB = new RegExp(String.raw`^((?:\s+[\p{Ll}][\p{Ll}]*)*?)\s+(?:${REPORTING_AUXILIARY}\s+)?(?:${SPEECH_VERB}|described|describes|put|puts)(?:\s+it)?(?![\p{L}])(?=\s*(?:[.,;:!?)–—]|$))`, 'iu');
/**
 * What may stand before a quotation put first in its sentence: a preposition or an article, no more than two words, or
 * an article and a noun naming the quoted term („Den Begriff „…“ prägte X“, "The phrase "…" was coined by X").
 */
const FRONTED = new RegExp(String.raw`^(?:(?:(?:von|vom|als|zum|zur|einen|einem|eine|einer|den|dem|der|die|das|ein|a|an|the|of)\s+)?(?:(?:einen|einem|eine|einer|den|dem|der|die|das|ein)\s+)?|(?:den|das|der|die|the)\s+(?:${TERM_NOUNS.join('|')})\s+(?:vom\s+|von\s+|of\s+)?)$`, 'iu');
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
  // A firm may stand in the speaker's title ("QC Partners strategist X"), as gap words it cannot.
  if (!person || names.some((n) => n.start >= quote.end && n.start < person.start && n.entry.kind !== 'organisation')) return undefined;
  const between = text.slice(quote.end, person.start);
  if (/[.;:!?]/.test(between)) return undefined;
  const verbFirst = VERB_THEN_GAP.exec(between);
  const seeing = verbFirst && SEEING_VERBS.has(between.replace(/^[\s,]*/u, '').split(/\s/u)[0].toLowerCase());
  if (verbFirst && gapFits(verbFirst[1]) && (!seeing || /(?<![\p{L}])darin(?![\p{L}])/iu.test(verbFirst[1]))) return person;
  const titled = verbFirst ? null : VERB_THEN_GAP_THEN_TITLE.exec(between);
  if (titled && gapFits(titled[1]) && titleFits(titled[2]) && !SEEING_VERBS.has(between.replace(/^[\s,]*/u, '').split(/\s/u)[0].toLowerCase())) return person;
  const perfect = verbFirst || titled ? null : AUXILIARY_THEN_GAP.exec(between);
  if (perfect && gapFits(perfect[1]) && (perfect[2] === undefined || titleFits(perfect[2])) && PARTICIPLE_ENDS_CLAUSE.test(text.slice(person.end))) return person;
  // English: the speaker first, then the verb ("…," Sheehan later called it), or a frame before them.
  const lead = between.replace(/^[\s,]*/u, '');
  const framedTitle = FRAME_THEN_TITLE.exec(lead);
  if (lead !== '' && !FRONTED_FRAME.test(lead) && !(framedTitle && titleFits(framedTitle[1]))) return undefined;
  const verbAfter = GAP_THEN_VERB.exec(text.slice(person.end, person.end + 60));
  return verbAfter && gapFits(verbAfter[1]) ? person : undefined;
}
