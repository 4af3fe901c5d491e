import { FUNCTION_WORDS } from '../names/wordLists';
import type { NameMention, Span } from '../types';
import type { QuoteSpan } from './findQuotes';
import { anaphorAfter, anaphorBefore, lastSentenceEnd, personBefore } from './anaphoricSpeaker';
import { answerStart, answeringPerson } from './answeredQuestion';
import { passedOnBy } from './creditedOutlet';
import { CLAUSE_FINAL_SPEECH_VERB, DESCRIBED_AS, DESCRIBING_VERBS, FRAMING_VERB, PUT_IT, REPORT_VERB, REPORTING_AUXILIARY, SAYING_NOUN, SPEAKING_GERUND, SPEECH_VERB, TITLE_BREAKS, WORKPLACE_PREPOSITIONS, JOINED_CLAUSE_WORDS, REPORTED_THAT, REPORTED_PRONOUN, VERB_AFTER_NAME } from './speechVerbs';
import { speakerInNextSentence } from './speakerInNextSentence';
import { speakerInSentenceBefore } from './speakerInSentenceBefore';
import { speakerOfFrontedQuote } from './frontedQuote';
import { speakerInPredicate } from './predicateSpeaker';
import { citedPerson } from './citedSpeaker';
import { organisationSpeaks } from './organisationSpeaker';

export interface Speaker {
  /** The speaker as written ("Wang", "ein DeepSeek-Ingenieur"). */
  text: string;
  /** Where the speaker is named, relative to the block. */
  span: Span;
  /** The known name, when the speaker is one. */
  mention?: NameMention;
}

export { SPEECH_VERB };
// A full stop after the closing mark ends the sentence: a name after it speaks the next quotation, not this one.
// "„…“, beruhigte hingegen Stacy Rasgon": an adverb may stand between the verb and the speaker.
const AFTER_VERB_THEN_SPEAKER = new RegExp(String.raw`^[\s,]*(?:\.\s*(?=[—–-]))?[—–-]?\s*(${SPEECH_VERB}|${REPORT_VERB})\s+(?:(?:hingegen|dagegen|jedoch|aber|allerdings|auch|zudem|wiederum|however|though|also|then)\s+)?((?:der|die|das|ein|eine|einer|the|a|an)\s+)?`, 'iu');
/**
 * „…“ – so sieht es Matt Sheehan; „…“, so formuliert es Wang; "…" – in the words of Sheehan: a view framed after the
 * quotation. "so" needs a verb of seeing or saying: "so gelang es DeepSeek" names no speaker.
 */
const FRAMED_AFTER = new RegExp(String.raw`^[\s,]*(?:\.\s*(?=[—–-]))?[—–-]?\s*(?:so\s+${FRAMING_VERB}\s+(?:es|das)\s+(?:(?:auch|jedenfalls|zumindest|jedoch)\s+)?|in\s+the\s+words\s+of\s+|mit\s+den\s+worten\s+von\s+)`, 'iu');
/** After a colon or a dash too: „…“: So beschreibt X …, „…“ – so sieht X …; the verb of saying or seeing right before the name. */
const FRAMED_PERSON_AFTER = new RegExp(String.raw`^\s*[,:—–-]?\s*so\s+${FRAMING_VERB}\s+`, 'iu');
/**
 * "…," as Marc Andreessen put it; „…“, wie Sheehan es formulierte; "…," in Rasgon's words; „…“, um es mit Wang zu
 * sagen: a frame of saying after the quotation with the name inside it, the words after the name finishing it.
 */
const NAME_FRAMED_AFTER = /^[\s,]*(?:[—–-]\s*)?(?:(?<as>as|wie|so\s+wie)|(?<in>in)|(?<with>um\s+es\s+mit))\s+(?:(?:der|die|the)\s+)?$/iu;
const FRAME_AFTER_NAME = {
  // The frame ends its clause: "as Matt Sheehan said it would" foretold, it did not say.
  as: new RegExp(String.raw`^\s+(?:(?:so|once|einmal|einst)\s+)?${PUT_IT}(?![\p{L}])(?=\s*(?:[.,;:!?)–—]|$))`, 'iu'),
  in: new RegExp(String.raw`^['’]s?\s+(?:own\s+)?${SAYING_NOUN}(?![\p{L}])`, 'iu'),
  with: /^\s+zu\s+sagen(?![\p{L}])/iu,
};
// "…," the Financial Times wrote: an English outlet's article stands before its name.
const AFTER_SPEAKER_THEN_VERB = new RegExp(String.raw`^[\s,]*(?:\.\s*(?=[—–-]))?(?:[—–-]\s*)?(?:the\s+)?`, 'u');
const SPEAKER_THEN_VERB = new RegExp(String.raw`^(?:\s*,[^,.;:„“"»«]{1,60},)?\s+(${SPEECH_VERB}|${REPORT_VERB})(?![\p{L}])`, 'iu');
const ACCORDING_TO = /(?:laut|according to|so)\s+$/iu;
const RELATIVE_AFTER_QUOTE = /^\s*,?\s*(?:von\s+(?:dem|der|denen)|den|die|das|which|that)\s+/iu;
// The "Sputnik moment" Chetan Puttagunta spoke of: an English relative clause without "that", the person right after
// the quotation, the preposition left at the clause's end. "…" Sheehan said is not one: it is read as said after.
const CONTACT_CLAUSE_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:(?:spoke|speaks|talked|talks|warned|warns|wrote|writes)\s+(?:of|about)|coined|used|meant)(?![\p{L}])/u;
const RELATIVE_SPEECH_VERB = /^[\s\p{L},]*?(?<![\p{L}])(?:sprach|spricht|sprachen|redete|redet|nannte|nennt|prägte|spoke|speaks|talked|talks|called|calls|coined|described|describes)(?![\p{L}])/u;
const UNNAMED_SPEAKER = /^((?:der|die|das|ein|eine|einer|the|a|an)\s+[\p{L}-]+(?:-[\p{L}]+)?)/iu;

/**
 * Who a quotation is attributed to, in the block it stands in: "„…“, sagt Wang", "…" — Andreessen, "Wang said: „…“",
 * "Stacy Rasgon (Bernstein Research) betont, die Panik sei übertrieben: „…“", "laut X", "according to X".
 * Undefined when the block names no speaker for it.
 */
export function attributeSpeaker(text: string, quote: QuoteSpan, names: NameMention[], previousQuoteEnd: number): Speaker | undefined {
  const outside = names.filter((n) => n.end <= quote.start || n.start >= quote.end);
  const after = text.slice(quote.end);
  // „… Technologien.“ Donald Trump nannte …: a quotation that ends its sentence is not attributed by what follows,
  // unless a comma or a dash joins them („…!“, sagt X; "…" — X).
  const closed = /[.!?…]\s*$/.test(text.slice(quote.inner.start, quote.inner.end)) && !/^\s*[,—–-]/.test(after);
  // „…“, sagt er; "…," the Bernstein analyst said: the person the paragraph named before.
  const anaphor = closed ? undefined : anaphorAfter(after, quote.end);
  // "…," said the Bernstein analyst Stacy Rasgon: a title with the name right after it is that person, no anaphor.
  const titled = anaphor && outside.find((n) => n.entry.kind === 'person' && n.start >= anaphor.end && /^\s+$/u.test(text.slice(anaphor.end, n.start)));
  const referent = anaphor && !titled && personBefore(text, anaphor, outside);
  if (referent) return { text: referent.text, span: referent, mention: referent };
  const verbFirst = closed ? null : AFTER_VERB_THEN_SPEAKER.exec(after);
  if (verbFirst) {
    const at = quote.end + verbFirst[0].length;
    const named = outside.find((n) => n.start === at);
    // „…“, zitiert die Washington Post Matt Sheehan: the outlet passes the words on; the person it quotes speaks.
    const passed = named && named.entry.kind === 'organisation' ? passedOnBy(text, named, verbFirst[1], outside) : undefined;
    if (passed?.person) return { text: passed.person.text, span: passed.person, mention: passed.person };
    // „…“, sagt der frühere DeepSeek-Mitarbeiter Zihan Wang; "…," said Carnegie analyst Matt Sheehan: a title before the name.
    const entitled = !passed && named?.entry.kind !== 'person' ? personAfterTitle(text, at, outside) : undefined;
    if (entitled) return { text: entitled.text, span: entitled, mention: entitled };
    // "ein DeepSeek-Ingenieur" is someone at DeepSeek, not DeepSeek.
    if (named && !passed && text[named.end] !== '-') return { text: named.text, span: named, mention: named };
    const unnamed = passed ? null : UNNAMED_SPEAKER.exec(text.slice(quote.end + verbFirst[0].length - (verbFirst[2]?.length ?? 0)));
    if (unnamed) {
      const start = quote.end + verbFirst[0].length - (verbFirst[2]?.length ?? 0);
      return { text: unnamed[1], span: { start, end: start + unnamed[1].length } };
    }
  }
  const framed = closed ? null : FRAMED_AFTER.exec(after);
  if (framed) {
    const speaker = outside.find((n) => n.start === quote.end + framed[0].length && (n.entry.kind === 'person' || n.entry.kind === 'organisation'));
    if (speaker) return { text: speaker.text, span: speaker, mention: speaker };
  }
  // „…“: So beschreibt Stacy Rasgon, was …; „…“ – so sieht Wang die Lage: the frame's verb right before a person.
  const framedPerson = closed ? null : FRAMED_PERSON_AFTER.exec(after);
  const framing = framedPerson && outside.find((n) => n.start === quote.end + framedPerson[0].length && n.entry.kind === 'person');
  if (framing) return { text: framing.text, span: framing, mention: framing };
  // Only a person: "…," as Reuters reported credits an outlet (quotes/creditedOutlet.ts).
  const framer = closed ? undefined : outside.find((n) => n.start >= quote.end && n.start - quote.end <= 24 && n.entry.kind === 'person');
  const nameFrame = framer && NAME_FRAMED_AFTER.exec(text.slice(quote.end, framer.start));
  const frameKind = nameFrame && (Object.keys(FRAME_AFTER_NAME) as Array<keyof typeof FRAME_AFTER_NAME>).find((k) => nameFrame.groups?.[k] !== undefined);
  // „…“, so wie Sheehan sagte, erinnert sich Zihan Wang: another person after the frame is who speaks.
  const anotherAfter = framer && outside.some((n) => n.entry.kind === 'person' && n.entry !== framer.entry && n.start > framer.end && n.start - framer.end <= 60);
  if (framer && frameKind && !anotherAfter && FRAME_AFTER_NAME[frameKind].test(text.slice(framer.end, framer.end + 40))) return { text: framer.text, span: framer, mention: framer };
  // Der „Sputnik-Moment“, von dem Tech-Investor Marc Andreessen neulich sprach; the "Sputnik moment" that X spoke of.
  const relative = closed ? null : RELATIVE_AFTER_QUOTE.exec(after);
  if (relative) {
    const from = quote.end + relative[0].length;
    const speaker = outside.find((n) => n.start >= from && n.start - from <= 40 && (n.entry.kind === 'person' || n.entry.kind === 'organisation'));
    if (speaker && RELATIVE_SPEECH_VERB.test(text.slice(speaker.end, speaker.end + 30))) return { text: speaker.text, span: speaker, mention: speaker };
  }
  const contact = closed || !/^\s+\S/u.test(after) ? undefined : outside.find((n) => n.start === quote.end + /^\s+/u.exec(after)![0].length && n.entry.kind === 'person');
  if (contact && CONTACT_CLAUSE_VERB.test(text.slice(contact.end, contact.end + 40))) return { text: contact.text, span: contact, mention: contact };
  const speakerFirst = AFTER_SPEAKER_THEN_VERB.exec(after)!;
  const next = closed ? undefined : outside.find((n) => n.start === quote.end + speakerFirst[0].length);
  const nextVerb = next && next.entry.kind === 'organisation' ? SPEAKER_THEN_VERB.exec(text.slice(next.end, next.end + 80)) : null;
  if (nextVerb) {
    // "…," Reuters reported; "…," the FT wrote, quoting Zihan Wang: the person the outlet quotes speaks.
    const passed = passedOnBy(text, next!, nextVerb[1], outside);
    if (passed?.person) return { text: passed.person.text, span: passed.person, mention: passed.person };
    if (!passed) return { text: next!.text, span: next!, mention: next! };
  } else if (next && !/the\s+$/u.test(speakerFirst[0]) && new RegExp(`^\\s+${SPEECH_VERB}\\b`, 'iu').test(text.slice(next.end))) {
    return { text: next.text, span: next, mention: next };
  }
  if (next && /^\s*[—–-]\s*$/.test(text.slice(quote.end, next.start))) return { text: next.text, span: next, mention: next };
  // "…," Carnegie analyst Matt Sheehan told MIT Technology Review: a title before the name, then the speech verb.
  const entitled = closed || next?.entry.kind === 'person' ? undefined : personAfterTitle(text, quote.end + speakerFirst[0].length, outside);
  if (entitled && VERB_AFTER_NAME.test(text.slice(entitled.end))) return { text: entitled.text, span: entitled, mention: entitled };

  // „„…“ stammt von Zihan Wang“, ""…" was Marc Andreessen": the quotation is the subject, the predicate names who said it.
  const origin = closed ? undefined : speakerInPredicate(text, quote, outside);
  if (origin) return { text: origin.text, span: origin, mention: origin };

  const sentenceStart = Math.max(previousQuoteEnd, lastSentenceEnd(text, quote.start));
  // „Vom „Sputnik-Moment“ sprach wenig später auch X“, "…," X later called it: the quotation put first, its speaker after.
  const fronted = closed ? undefined : speakerOfFrontedQuote(text, quote, sentenceStart, outside);
  if (fronted) return { text: fronted.text, span: fronted, mention: fronted };

  // „…“ Das sagte X. / "…" It was made by X: the next sentence names the speaker, whoever the quotation's own names.
  const told = speakerInNextSentence(text, quote, closed, outside);
  if (told) return { text: told.text, span: told, mention: told };

  // "Wer sagte: „…“? Antwort: Matt Sheehan.": a question asks who said it, the sentence after it answers.
  const answer = answerStart(text, quote, sentenceStart);
  const answering = answer === undefined ? undefined : answeringPerson(text, answer, outside);
  if (answering) return { text: answering.text, span: answering, mention: answering };

  // Before the quotation, in its own sentence: "laut X", else the first person named there, else the first name.
  const before = outside.filter((n) => n.start >= sentenceStart && n.end <= quote.start);
  // "Laut Washington Post sagte Zihan Wang: „…“": the outlet reports, the person it names speaks.
  const credited = before.find((n) => ACCORDING_TO.test(text.slice(sentenceStart, n.start)));
  const according = (credited?.entry.kind === 'organisation' && before.some((n) => n.entry.kind === 'person') ? undefined : credited) ?? subjectOfOwnClause(text, before, quote.start, quote.end);
  // Only people and organisations speak: "Er nennt R1 den „…“" does not quote the model.
  // „Cao zitiert Papailiopoulos: „…““: the person cited right before the colon speaks, not the one who cites.
  const person = citedPerson(text, before, quote.start) ?? according ?? before.find((n) => n.entry.kind === 'person') ?? personOfAnaphorBefore(text, sentenceStart, quote.start, outside);
  const chosen = person ?? before.find((n) => n.entry.kind === 'organisation' && organisationSpeaks(text, n, sentenceStart, quote.start));
  if (chosen) return { text: chosen.text, span: chosen, mention: chosen };
  // „Die Panik sei übertrieben, meint er. „…““: a quotation alone in its sentence goes on with the report before it.
  const reporter = speakerInSentenceBefore(text, quote, closed, outside);
  if (reporter) return { text: reporter.text, span: reporter, mention: reporter };
  return undefined;
}

/**
 * A person named after a title of one to four words that starts at `from`: "der frühere DeepSeek-Mitarbeiter Zihan
 * Wang", "Tufts-Professor Thomas Qitong Cao", "Carnegie Endowment analyst Matt Sheehan". Not across punctuation, nor
 * across a function word, preposition, pronoun or conjunction ("der Analyst über Liang Wenfeng", ", while Rasgon says").
 */
const TITLE_WORDS = /^(?:[\p{L}][\p{L}'’-]*\s+){1,4}$/u;
const A_SPEECH_VERB = new RegExp(`^${SPEECH_VERB}$`, 'iu');
function personAfterTitle(text: string, from: number, names: readonly NameMention[]): NameMention | undefined {
  const person = names.find((n) => n.start >= from && n.start - from <= 60 && n.entry.kind === 'person');
  if (!person) return undefined;
  const title = text.slice(from, person.start);
  if (!TITLE_WORDS.test(title)) return undefined;
  const words = title.trim().split(/\s+/u);
  return words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || TITLE_BREAKS.has(w.toLowerCase()) || A_SPEECH_VERB.test(w)) ? undefined : person;
}

/**
 * "Stacy Rasgon and Matt Sheehan disagree: Sheehan calls the cost advantages "…"": after a colon, a semicolon,
 * "while"/"während" or a comma and "and"/„und“ (a second clause with its own subject), a person with a speech verb is
 * the subject of the quotation's own clause, not the sentence's first.
 * German puts that verb last, after the quotation: „…, während Marc Andreessen die Entwicklung als „…“ bezeichnete“.
 */
const CLAUSE_BREAK = /[:;]|(?<![\p{L}])(?:while|whereas|während|wohingegen|dagegen)(?![\p{L}])/u;
const AFFILIATION = String.raw`(?:${WORKPLACE_PREPOSITIONS}\s+(?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s+){1,3})`;
const VERB_AFTER_SUBJECT = new RegExp(String.raw`^\s+${AFFILIATION}?(?:[\p{Ll}]+\s+)?(${SPEECH_VERB}|${SPEAKING_GERUND})(?![\p{L}])`, 'u');
// ", and Matt Sheehan …" starts a clause only after the first person's own predicate, two or more lower-case words
// without a comma ("… calling it the most spectacular breakthrough, and …", „… lobte das Modell, und …“); "Stacy Rasgon
// of Bernstein, and Matt Sheehan", "Rasgon, the Bernstein analyst, and Sheehan" list the subjects of one verb.
const OWN_PREDICATE_THEN_AND = new RegExp(String.raw`^\s+${AFFILIATION}?(?!${WORKPLACE_PREPOSITIONS}\s)\p{Ll}[\p{L}'’-]*\s+[^,;:.!?()]*?[\p{L}\d'’-]+,\s*${JOINED_CLAUSE_WORDS}\s+$`, 'u');
// „Sheehan sagt über ihn, er habe „…“ verwandelt“, "Sheehan says of him that he turned "…"": the second person reports
// what another said; "Matt Sheehan told her: "…"" still speaks.
const ANOTHER_PERSONS_WORDS = new RegExp(String.raw`(?:,|(?<![\p{L}])${REPORTED_THAT})\s+${REPORTED_PRONOUN}(?![\p{L}])`, 'u');
const AS_BEFORE_QUOTE = new RegExp(DESCRIBED_AS, 'iu');
// The verb must end the clause (an auxiliary may follow): „… als „…“ bezeichnete.“, „… „…“ genannt hatte,“.
const VERB_ENDS_CLAUSE = new RegExp(String.raw`^[^.;:!?,„“"»«]{0,30}?(?<![\p{L}])${CLAUSE_FINAL_SPEECH_VERB}(?:\s+${REPORTING_AUXILIARY})?(?=\s*(?:[.,;:!?)]|$))`, 'iu');
function subjectOfOwnClause(text: string, before: NameMention[], quoteStart: number, quoteEnd: number): NameMention | undefined {
  const people = before.filter((n) => n.entry.kind === 'person');
  const last = people[people.length - 1];
  const between = last ? text.slice(last.end, quoteStart) : '';
  const verb = VERB_AFTER_SUBJECT.exec(between)?.[1];
  // "described" speaks only as "described the development as a "…"".
  const saysBefore = verb !== undefined && (!DESCRIBING_VERBS.has(verb.toLowerCase()) || AS_BEFORE_QUOTE.test(between));
  const speaks = last && (saysBefore || VERB_ENDS_CLAUSE.test(text.slice(quoteEnd)));
  if (!last || last === people[0] || !speaks) return undefined;
  const previous = people[people.length - 2];
  const betweenPeople = text.slice(previous.end, last.start);
  const lead = text.slice(last.end, quoteStart);
  if (!CLAUSE_BREAK.test(betweenPeople) && !(OWN_PREDICATE_THEN_AND.test(betweenPeople) && !ANOTHER_PERSONS_WORDS.test(lead))) return undefined;
  // Only the quotation's clause: no other break between its subject and the quotation.
  return CLAUSE_BREAK.test(lead) && !/:\s*$/.test(lead) ? undefined : last;
}

/** "Er sagt: „…“", "He said DeepSeek used "…"": a pronoun or a definite title speaks for the person named before it. */
function personOfAnaphorBefore(text: string, sentenceStart: number, quoteStart: number, names: NameMention[]): NameMention | undefined {
  const anaphor = anaphorBefore(text.slice(sentenceStart, quoteStart), sentenceStart);
  return anaphor && personBefore(text, anaphor, names);
}
