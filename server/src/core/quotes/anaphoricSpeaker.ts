import { isPersonTitle } from '../names/kindEvidence';
import { GENITIVE_AFTER_NAME } from '../names/wordLists';
import type { NameMention, Span } from '../types';
import { findQuotes } from './findQuotes';
import { NEGATION } from '../text/negation';
import { sentenceStartBefore } from '../text/sentences';
import { HANDING_OVER_WORDS, JOINING_WORDS, NOT_THE_SUBJECT_WORDS, SAYING_NOUN, SPEECH_VERB } from './speechVerbs';

/**
 * „…“, sagt er; "…," he said; „…“, sagt der Bernstein-Analyst; "…," the Bernstein analyst said; Er sagt: „…“;
 * He said DeepSeek used "…": the speaker is a pronoun or a title with a definite article, and stands for a person the
 * paragraph named before. An indefinite title ("ein DeepSeek-Ingenieur", "an analyst") is someone unnamed, not an
 * anaphor.
 */
export interface Anaphor extends Span {
  /** The title's words without the article ("Bernstein-Analyst"); undefined for a pronoun. */
  title?: string;
}

const PRONOUN = String.raw`(?:er|sie|he|she)`;
const DEFINITE = String.raw`(?:der|die|the)`;
const ADVERB = String.raw`(?:(?:hingegen|dagegen|jedoch|aber|allerdings|auch|zudem|wiederum|dann|however|though|also|then|later)\s+)?`;

const LEAD = String.raw`^[\s,]*(?:[—–-]\s*)?`;
const AFTER_VERB_THEN_PRONOUN = new RegExp(String.raw`${LEAD}${SPEECH_VERB}\s+${ADVERB}(${PRONOUN})(?![\p{L}])`, 'diu');
const AFTER_PRONOUN_THEN_VERB = new RegExp(String.raw`${LEAD}(he|she)\s+${SPEECH_VERB}(?![\p{L}])`, 'diu');
const AFTER_VERB_THEN_TITLE = new RegExp(String.raw`${LEAD}${SPEECH_VERB}\s+${ADVERB}${DEFINITE}\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)`, 'diu');
const AFTER_TITLE_THEN_VERB = new RegExp(String.raw`${LEAD}${DEFINITE}\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+${SPEECH_VERB}(?![\p{L}])`, 'diu');

/** A pronoun or a definite title right after the quotation, with its speech verb: "…", sagt er / he said / the analyst said. */
export function anaphorAfter(after: string, offset: number): Anaphor | undefined {
  const verbFirst = AFTER_VERB_THEN_PRONOUN.exec(after);
  // „…“, sagen sie: they, no one person.
  if (verbFirst && /^sie$/i.test(verbFirst[1]) && /en\s/i.test(verbFirst[0].slice(0, verbFirst.indices![1][0]))) return undefined;
  const pronoun = verbFirst ?? AFTER_PRONOUN_THEN_VERB.exec(after);
  if (pronoun) return pronounAt(pronoun, offset);
  const title = AFTER_VERB_THEN_TITLE.exec(after) ?? AFTER_TITLE_THEN_VERB.exec(after);
  return title ? titleAt(title, offset) : undefined;
}

// „Auch er sagt“, „Aber selbst sie räumt ein“: a particle before the pronoun adds this speaker to others, it is still the speaker.
const ALSO = String.raw`(?:(?:auch|selbst|sogar)\s+)?`;
const BEFORE_PRONOUN_THEN_VERB = new RegExp(String.raw`(?:^|[,;:(]\s*|(?<![\p{L}])(?:und|and|but|aber|doch)\s+)${ALSO}(${PRONOUN})\s+(?:[\p{Ll}-]+\s+){0,2}?(${SPEECH_VERB})(?![\p{L}])`, 'diu');
const BEFORE_VERB_THEN_PRONOUN = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}(${SPEECH_VERB})\s+${ADVERB}(${PRONOUN})(?![\p{L}])`, 'diu');
// „Er spricht von einem „…““, „Er sieht im Kurssturz vor allem eine „…““, "He spoke of a "…"": a verb of speaking or
// seeing with the quotation as what is spoken of or seen, right before it; "Er sieht den „…“ nicht kommen" is not one.
const BEFORE_PRONOUN_SPEAKS_OF = new RegExp(String.raw`(?:^|[,;:(]\s*|(?<![\p{L}])(?:und|and|but|aber|doch)\s+)${ALSO}(er|sie|he|she)\s+(?:(?:spricht|sprach|redet|redete)\s+(?:[\p{Ll}-]+\s+){0,2}von(?:\s+(?:einem|einer|dem|der))?|(?:sieht|sah)\s+(?:[\p{L}-]+\s+){1,5}(?:ein|eine|einen)|(?:spoke|speaks|talked|talks)\s+(?:[\p{Ll}-]+\s+){0,2}(?:of|about)(?:\s+(?:a|an|the))?)\s*$`, 'diu');
// „Seine Worte: …“, „Sein Fazit: …“, "In his words, DeepSeek …": a possessive before a noun of saying.
const BEFORE_POSSESSIVE_SAYING = new RegExp(String.raw`(?:^|[,;:(]\s*)(?:(?:in|mit|nach)\s+)?(sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|his|her)\s+(?:(?:eigenen|own)\s+)?${SAYING_NOUN}(?![\p{L}])`, 'diu');
const BEFORE_TITLE_THEN_VERB = new RegExp(String.raw`(?:^|[,;:(]\s*)${DEFINITE}\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+)?${SPEECH_VERB}(?![\p{L}])`, 'diu');

/**
 * The subject of the quotation's own sentence, before it, when it is a pronoun or a definite title that speaks:
 * "Er sagt: „…“", "Dazu sagte er: „…“", "He said DeepSeek used "…"", "Der Analyst betont: „…“". "Sie" speaks only with
 * a verb in the singular ("sie sagt", not "sie sagen": they). A possessive before a noun of saying speaks too: „Seine Worte: …“,
 * "In his words, DeepSeek …".
 */
export function anaphorBefore(sentence: string, offset: number): Anaphor | undefined {
  const pronounThenVerb = BEFORE_PRONOUN_THEN_VERB.exec(sentence);
  if (pronounThenVerb && !plural(pronounThenVerb[1], pronounThenVerb[2])) return pronounAt(pronounThenVerb, offset);
  const verbThenPronoun = BEFORE_VERB_THEN_PRONOUN.exec(sentence);
  if (verbThenPronoun && !plural(verbThenPronoun[2], verbThenPronoun[1])) return pronounAt(verbThenPronoun, offset, 2);
  const speaksOf = BEFORE_PRONOUN_SPEAKS_OF.exec(sentence);
  // „Er spricht nicht von einem „…““: who denies speaking of the words does not speak them.
  if (speaksOf && !NEGATION.test(speaksOf[0])) return pronounAt(speaksOf, offset);
  const titleThenVerb = BEFORE_TITLE_THEN_VERB.exec(sentence);
  if (titleThenVerb) return titleAt(titleThenVerb, offset);
  const possessive = BEFORE_POSSESSIVE_SAYING.exec(sentence);
  if (possessive) return pronounAt(possessive, offset);
  return undefined;
}

/** "sie sagen" is they; "sie sagt" is she. */
function plural(pronoun: string, verb: string): boolean {
  return /^sie$/i.test(pronoun) && /en$/i.test(verb);
}

function pronounAt(m: RegExpExecArray, offset: number, group = 1): Anaphor {
  const [start, end] = m.indices![group];
  return { start: offset + start, end: offset + end };
}

function titleAt(m: RegExpExecArray, offset: number): Anaphor | undefined {
  const words = m[1].split(/\s+/);
  if (!isPersonTitle(words[words.length - 1])) return undefined;
  return { ...pronounAt(m, offset), title: m[1] };
}

/**
 * The person an anaphor stands for: among the people the paragraph names before it, those of the nearest sentence that
 * names one, the first (the sentence's subject, as a reader takes it). A title that names where its person works
 * ("der Bernstein-Analyst", "the Tufts professor") must fit that person's name or role, else it is someone else.
 */
export function personBefore(text: string, anaphor: Anaphor, names: readonly NameMention[]): NameMention | undefined {
  return personCarried(text, anaphor, names, anaphor.title ? undefined : genderOf(text.slice(anaphor.start, anaphor.end)));
}

function personCarried(text: string, anaphor: Anaphor, names: readonly NameMention[], gender: Gender | undefined): NameMention | undefined {
  const quoted = findQuotes(text.slice(0, anaphor.start));
  const people = names.filter((n) => n.entry.kind === 'person' && n.end <= anaphor.start && !quoted.some((q) => q.start < n.start && n.end < q.end));
  if (people.length === 0) return undefined;
  const qualifier = anaphor.title ? qualifierOf(anaphor.title) : undefined;
  if (qualifier) return [...people].reverse().find((p) => fits(p, qualifier));
  const nearest = people[people.length - 1];
  const sentenceStart = lastSentenceEnd(text, nearest.start);
  // „Marc Andreessen sieht das anders. Er berät Donald Trump. Auch er sagt: …“: a sentence whose subject is the same
  // pronoun goes on about the earlier person; whom it names after that pronoun is no speaker. „Sie verweist auf Matt
  // Sheehan. Er sagt: …“, „Sie luden Papailiopoulos ein.“: another pronoun's sentence names the one "er" means.
  if (gender && subjectGender(text.slice(sentenceStart, nearest.start)) === gender) {
    return personCarried(text, { start: sentenceStart, end: sentenceStart }, names, gender);
  }
  // Two people in that sentence ("Nach einem Gespräch mit Cao meldete sich Sheehan zu Wort"): which one speaks is a
  // guess, and a wrong guess would be a warning on a true attribution; unless one is clearly the sentence's subject.
  const inIt = people.filter((p) => p.start >= sentenceStart);
  return new Set(inIt.map((p) => p.entry)).size === 1 ? inIt[0] : subjectOf(text, sentenceStart, inIt);
}

/**
 * "Puttagunta, meanwhile, argued with Sheehan about the secrecy. "…," he said.": the person who opens the sentence,
 * alone, with a verb before the other person, is its subject, whom a reader takes the pronoun for. Not two people as
 * the subject („Cao und Sheehan stritten …“), nor a subject who hands the word to the other („Cao verwies auf
 * Sheehan“, "Cao turned to Sheehan"), whom the quotation may then be by.
 */
function subjectOf(text: string, sentenceStart: number, people: readonly NameMention[]): NameMention | undefined {
  const [first, second] = people;
  if (!/^[\s*_>„“"»«(-]*$/u.test(text.slice(sentenceStart, first.start))) return undefined;
  const between = text.slice(first.end, second.start);
  if (COORDINATED.test(between) || !/\p{Ll}{3,}/u.test(between) || HANDING_OVER.test(between)) return undefined;
  // "Trump's adviser Marc Andreessen", „Sheehans Kollege Stacy Rasgon“: the first name belongs to the second person's noun.
  if (GENITIVE_AFTER_NAME.test(between) || (/s$/iu.test(text.slice(first.start, first.end)) && !endsInS(first))) return undefined;
  if (NOT_THE_SUBJECT.test(between) || titleBeforeSecond(between)) return undefined;
  return first;
}

const NOT_THE_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:${NOT_THE_SUBJECT_WORDS.join('|')})(?![\p{L}])`, 'iu');

/** „Liang Wenfengs“ as found: a genitive s the name itself does not end in. */
function endsInS(person: NameMention): boolean {
  return [person.entry.canonical, ...person.entry.aliases].some((n) => /s$/iu.test(n));
}

/** "Trump adviser Marc Andreessen was thrilled": a title right before the second name makes it the head of the subject. */
function titleBeforeSecond(between: string): boolean {
  const words = between.trim().split(/\s+/);
  return words.length <= 2 && isPersonTitle(words[words.length - 1]);
}

/** „Cao und Sheehan“, "Cao, Sheehan", "Cao as well as Sheehan": two subjects. */
const COORDINATED = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:${JOINING_WORDS.join('|')})(?![\p{L}])|$)`, 'iu');
const HANDING_OVER = new RegExp(String.raw`(?<![\p{L}])(?:${HANDING_OVER_WORDS.join('|')})(?![\p{L}])`, 'iu');

type Gender = 'he' | 'she';

/** Whom a pronoun or possessive stands for: er/he/sein/his a man, sie/she/ihr/her a woman (or, for „sie“/„ihr“, several). */
function genderOf(pronoun: string): Gender | undefined {
  if (/^(?:er|he|sein\p{L}*|his)$/iu.test(pronoun)) return 'he';
  return /^(?:sie|she|ihr\p{L}*|her)$/iu.test(pronoun) ? 'she' : undefined;
}

// The sentence's subject pronoun and the word after it: „Sie luden …“ (a verb in -en) is they, „Sie verweist …“ she.
const PRONOUN_SUBJECT = new RegExp(String.raw`^[\s„“"»«(]*(${PRONOUN})\s+([\p{L}-]+)`, 'iu');

function subjectGender(sentence: string): Gender | undefined {
  const subject = PRONOUN_SUBJECT.exec(sentence);
  if (!subject || plural(subject[1], subject[2])) return undefined;
  return genderOf(subject[1]);
}

/** "Bernstein-Analyst" → "bernstein", "Tufts professor" → "tufts"; "Analyst", "US-Präsident" → nothing to fit. */
function qualifierOf(title: string): string | undefined {
  const parts = title.split(/[\s-]+/).slice(0, -1).filter((p) => p.length >= 4);
  return parts.length ? parts[0].toLowerCase() : undefined;
}

function fits(person: NameMention, qualifier: string): boolean {
  const words = `${person.entry.canonical} ${person.entry.role ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => w.startsWith(qualifier) || (qualifier.length >= 5 && qualifier.startsWith(w) && w.length >= 5));
}

/** Where the sentence that holds `before` starts: after the last full stop that ends one, not after "U.S." or „z. B.“. */
export function lastSentenceEnd(text: string, before: number): number {
  return sentenceStartBefore(text, before);
}
