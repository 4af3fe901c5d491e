import type { NameMention } from '../types';
import { CREDIT_TOPIC_PREPOSITIONS, DESCRIBING_COPULAS, ORGANISATION_PRONOUNS, OTHER_SUBJECT_PRONOUNS, PERSON_POSSESSIVES, wordAlternation } from '../context/lexicon';
import { REPORT_VERB, SPEECH_VERB } from './speechVerbs';

/**
 * Whether a company or an outlet named before a quotation in its sentence is the one who says it. A company that is the
 * sentence's subject speaks, whatever its verb („Nvidia teilte mit: …“, "Nvidia announced: …", „Nvidia sagte, sie sehe
 * …“). It is only the quotation's topic where the sentence says so: a preposition of topic before it („Über DeepSeek
 * sagte er: …“, "On DeepSeek he said: …"), a person's pronoun as the one who speaks ("DeepSeek, he said: …", "In his
 * view, DeepSeek "…""), or a copula that makes the quotation what is said of it ("DeepSeek was not the "chosen one"").
 * Pronouns that can stand for the company itself („sie“, „man“, "it", "they") leave it the speaker.
 */
export function organisationSpeaks(text: string, organisation: NameMention, sentenceStart: number, quoteStart: number): boolean {
  const opening = text.slice(sentenceStart, organisation.start);
  if (VERB_BEFORE.test(opening)) return true;
  if (TOPIC_BEFORE.test(opening)) return false;
  if (PERSON_PRONOUN.test(text.slice(sentenceStart, quoteStart)) || PERSON_POSSESSIVE.test(opening)) return false;
  const between = text.slice(organisation.end, quoteStart);
  if (LABEL_AFTER.test(between)) return true;
  return !(DESCRIBING_COPULA.test(between) && !SAYING_IN_BETWEEN.test(between) && !between.includes(':'));
}

const word = (list: readonly string[]) => String.raw`(?<![\p{L}])(?:${wordAlternation(list)})(?![\p{L}])`;
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|${REPORT_VERB})\s+(?:(?:der|die|das|the)\s+)?$`, 'iu');
/** „Über DeepSeek“, „zu dem Konzern Nvidia“, "On DeepSeek", "about the Nvidia": the company right after a preposition of topic. */
const TOPIC_BEFORE = new RegExp(String.raw`${word(CREDIT_TOPIC_PREPOSITIONS)}\s+(?:(?:der|die|das|dem|den|the)\s+)?$`, 'iu');
const PERSON_PRONOUN = new RegExp(word(OTHER_SUBJECT_PRONOUNS.filter((p) => !ORGANISATION_PRONOUNS.includes(p))), 'iu');
const PERSON_POSSESSIVE = new RegExp(word(PERSON_POSSESSIVES), 'iu');
/** „DeepSeek: „…““, "DeepSeek – "…"", "DeepSeek's website: "…"": the name as the label of what follows. */
const LABEL_AFTER = /^(?:['’]s?\s+[\p{L}-]+)?\s*[:—–]\s*$/u;
const SAYING_IN_BETWEEN = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|${REPORT_VERB})(?![\p{L}])`, 'iu');
const DESCRIBING_COPULA = new RegExp(word(DESCRIBING_COPULAS), 'iu');
