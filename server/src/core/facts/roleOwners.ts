import type { NameMention } from '../types';
import { AFTER_ENGLISH_WAS, ASKING_JOINERS, ASKING_WORDS, ROLE_NOUNS, ROLE_OF } from '../names/wordLists';

const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]+/g, String.raw`[-\s]+`)).join('|');
/** "DeepSeek's founder", "DeepSeek founder", "DeepSeeks Gründer", "DeepSeek-Gründer" (up to one adjective between). */
const ROLE_AFTER = new RegExp(String.raw`^(?:['’]s|s)?(?:\s+|-)(?:(?:new|former|early|neue[rn]?|frühere[rn]?|ehemalige[rn]?)\s+)?(?:${alternatives(ROLE_NOUNS)})(?![\p{L}])`, 'iu');
/** "der Gründer von DeepSeek", "the founder of DeepSeek", "Chef des Start-ups DeepSeek" (up to one word between). */
const ROLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(ROLE_NOUNS)})\s+(?:${alternatives(ROLE_OF)})\s+(?:(?:the|dem|der|des)\s+)?(?:[\p{L}-]+\s+)?$`, 'iu');

/**
 * The organisations of a sentence that own a role noun ("DeepSeek's founder set up High-Flyer in 2015"): the person in
 * the role is who acts, not the organisation, so a figure of the clause is not that organisation's. Each with the
 * person named right after the role, if any ("DeepSeek-Gründer Liang Wenfeng", "the founder of DeepSeek, Liang Wenfeng"):
 * the role's holder, who is no other name of the clause.
 */
export function roleOwners(text: string, names: readonly NameMention[]): Map<NameMention, NameMention | undefined> {
  const out = new Map<NameMention, NameMention | undefined>();
  for (const n of names) {
    if (n.entry.kind !== 'organisation') continue;
    const after = ROLE_AFTER.exec(text.slice(n.end, n.end + 40));
    if (!after && !ROLE_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start))) continue;
    const roleEnd = n.end + (after ? after[0].length : 0);
    out.set(n, names.find((m) => m.entry.kind === 'person' && m.start >= roleEnd && /^[\s,]*$/u.test(text.slice(roleEnd, m.start))));
  }
  return out;
}

// An asking word opens the question (after markup or its number) or a clause joined by "and"/"und"; one after a comma
// is a relative ("…, which many doubt?", „…, was viele nicht wissen, …“), and English "Was the …" asks yes or no.
const ASKING = new RegExp(String.raw`(?:^[\s*_#>\d.)(-]*|(?<![\p{L}])(?:${ASKING_JOINERS.join('|')})\s+)(${ASKING_WORDS.join('|')})(?![\p{L}])(?!\s+(?:${AFTER_ENGLISH_WAS.join('|')})(?![\p{L}]))`, 'iu');
/** A question's end: its mark, then only markup or closing marks. */
const QUESTION_END = /\?[\s*_“”"»«)\]]*$/u;

/**
 * The word with which a sentence asks for what its facts are about ("Which hedge fund did DeepSeek's founder set up in
 * 2015?"), if it does: then a role's organisation is not that, even where the sentence names nothing else.
 */
export function asksForTheThing(sentence: string): string | undefined {
  return QUESTION_END.test(sentence) ? ASKING.exec(sentence)?.[1].toLowerCase() : undefined;
}
