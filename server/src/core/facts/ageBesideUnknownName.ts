import type { Figure } from '../types';
import { firstNameCandidate, type NameCandidate } from '../names/extractNames';

/** What sets an age off right after its holder's name: "Sam Altman, 39,", „Sam Altman (39)“. */
const SET_OFF_AFTER_NAME = /^(.*?)\s*[,(]\s*$/su;
/** The phrase the name ends, back to the last mark that closes one. */
const PHRASE_BEFORE = /[^.;:!?()\[\]"„“”»«,–—]*$/u;

/**
 * "Sam Altman, 39, runs OpenAI", „Sam Altman (39) leitet OpenAI“: an age set off right after a person's name that no
 * source knows (`isUnknown`, read as a person's name) is that person's: not the company the clause names, nor a person
 * the paragraph or the document named before, whose age the sources may give. Only a person's name: an epithet in
 * capitals ("China's AI Wunderkind, 41,") or an organisation ("the Zhejiang University graduate, 41,") is no one else,
 * and the age stays whoever the context says. Returns the name, undefined where the age stands beside no such name.
 */
export function ageBesideUnknownName(text: string, figure: Figure, isUnknown: (c: NameCandidate) => boolean): string | undefined {
  if (figure.kind !== 'age') return undefined;
  const setOff = SET_OFF_AFTER_NAME.exec(text.slice(0, figure.start));
  if (!setOff) return undefined;
  const phrase = PHRASE_BEFORE.exec(setOff[1])![0];
  const last = lastCandidate(phrase, (c) => c.kind === 'person' && isUnknown(c));
  return last && phrase.trimEnd().endsWith(last.text) ? last.text : undefined;
}

/** The last candidate of `phrase` that `wanted` accepts. */
function lastCandidate(phrase: string, wanted: (c: NameCandidate) => boolean): NameCandidate | undefined {
  let last: NameCandidate | undefined;
  firstNameCandidate(phrase, (c) => {
    if (wanted(c)) last = c;
    return false;
  });
  return last;
}
