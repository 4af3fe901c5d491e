import type { NameKind, Span } from '../types';
import { SELF_PRONOUNS } from '../names/wordLists';
import { CLAUSE_WORDS, wordAlternation } from '../context/lexicon';

// The source's words before the name („laut der chinesischen Akademie“), up to a verb or subject that opens the clause
// itself: „Laut Telepolis wurde DeepSeek im Juli 2023 gegründet“ is about DeepSeek, Telepolis only reports it.
const ATTRIBUTION_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:laut|according to|reported by|citing|berufung auf|zufolge)\s+(?:(?:der|die|des|dem|den|einer?|the|a)\s+)?(?:(?!(?:${wordAlternation(CLAUSE_WORDS)})\s)[\p{L}-]+\s+){0,3}$`, 'iu');
/** "estimates in MIT Technology Review", „Schätzungen in der MIT Technology Review“: where an estimate was published. */
const PUBLISHED_IN_BEFORE = /(?:^|[\s(])(?:estimates?|schätzungen?|angaben)\s+(?:in|im)\s+(?:(?:der|dem|the)\s+)?$/iu;
const ATTRIBUTION_AFTER = /^\s*(?:berichtet|berichten|berichtete|reports|reported|zufolge|says|said|sagt|sagte)\b/iu;
/** A speaking verb and the first word of what is said: "says it", "said that its", "sagt, es", "sagte, dass man". */
const SAYS_WHO = /^\s*(?:says|said|sagt|sagte)\s*,?\s*(?:(?:that|dass)\s+)?(\p{L}+)/iu;

/**
 * "Laut Reuters", "wie die Washington Post berichtet": who reports a fact is not what it is about. A speaker who speaks
 * of itself is ("DeepSeek says it employs 160 people", "DeepSeek sagt, man habe 200 Mitarbeiter", "Liang said he was 40").
 */
export function isAttribution(text: string, name: Span & { entry?: { kind: NameKind } }): boolean {
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  if (ATTRIBUTION_BEFORE.test(before) || PUBLISHED_IN_BEFORE.test(before)) return true;
  const after = text.slice(name.end, name.end + 40);
  if (!ATTRIBUTION_AFTER.test(after)) return false;
  const pronoun = name.entry && SAYS_WHO.exec(after)?.[1].toLowerCase();
  return !(pronoun && SELF_PRONOUNS[name.entry!.kind]?.includes(pronoun));
}

/**
 * "DeepSeek says training cost $5.6 million": a name followed by its speaking verb, the clause's speaker. It is known,
 * so no unknown name of the clause; "Laut Reuters", "according to the academy" name only where a figure comes from.
 */
export function speaksBefore(text: string, name: Span): boolean {
  return ATTRIBUTION_AFTER.test(text.slice(name.end, name.end + 40));
}
