import type { Figure, NameMention } from '../types';
import type { CarriedContext } from './fact';
import { frontedByNow, wordsAfterComma } from '../figures/frontedNowAge';
import { PERSON_PRONOUNS, POSSESSIVE_DETERMINERS } from '../figures/vocabulary';
import { namesTheFounder } from '../names/founderWords';
import { GENITIVE_AFTER_NAME } from '../names/wordLists';

const PRONOUNS = new Set(PERSON_PRONOUNS);
const POSSESSIVES = new Set(POSSESSIVE_DETERMINERS);

/**
 * „Liang Wenfeng stellte Zihan Wang ein. Heute 28, promoviert er …“, "… Now 28, he is studying …": an age fronted by
 * "now" is the person its own clause names: a name, „der Gründer“/"the founder" where the document named its founder;
 * "er"/"he" or a title only where the paragraph so far names one person and the sentence before brought in no one
 * unnamed; a name's or a pronoun's possession („Liangs Mitgründer“, "his co-founder") is someone else. Else it is someone
 * no source knows, whoever was named last. Returns that someone's stand-in name for such an age, undefined for any other figure.
 */
export function frontedAgeOfSomeoneUnknown(text: string, figure: Figure, names: readonly NameMention[], carried: CarriedContext): string | undefined {
  if (figure.kind !== 'age' || !figure.loose || !frontedByNow(text.slice(0, figure.start))) return undefined;
  const words = wordsAfterComma(text, figure.end);
  const pronounAt = words.findIndex(({ word }) => PRONOUNS.has(word.toLowerCase()));
  // „Heute 44, hat Liang …“ is Liang's age; a name after the pronoun is someone else („Heute 28, sagt er, habe Liang …“).
  const named = words.map(({ start }) => names.find((n) => n.entry.kind === 'person' && n.start === start));
  const clause = words.map(({ word }) => word).join(' ');
  // "Now 50, his co-founder …", „Heute 52, leitet Liangs Mitgründer …“: the age is the owned one's, someone unknown.
  const ownerAt = words.findIndex(({ word }, at) => POSSESSIVES.has(word.toLowerCase()) || (named[at] !== undefined && GENITIVE_AFTER_NAME.test(text.slice(named[at]!.end))));
  if (ownerAt >= 0 && (pronounAt < 0 || ownerAt < pronounAt)) return `?${clause}`;
  const namedAt = named.findIndex((n) => n !== undefined);
  if (namedAt >= 0 && (pronounAt < 0 || namedAt < pronounAt)) return undefined;
  // „… stellte einen jungen Doktoranden ein. Heute 28, forscht er …“: "er" may be the one brought in without a name.
  if (pronounAt >= 0 && carried.previousUnnamed) return `?${clause}`;
  const founder = namesTheFounder(clause);
  if (founder && carried.founder) return undefined;
  // "the founder of OpenAI" after a paragraph on Liang is someone else's founder.
  const ownedTitle = founder && names.some((n) => n.start >= figure.end && n.entry.kind !== 'person');
  const paragraphPeople = carried.names.filter((n) => n.kind === 'person' && n.from === 'paragraph');
  if ((pronounAt >= 0 || (founder && !ownedTitle)) && paragraphPeople.length === 1) return undefined;
  return `?${clause}`;
}
