import type { Figure } from '../types';
import { firstNameCandidate, type NameCandidate } from '../names/extractNames';

/** What sets an age off right after its holder's name: "Sam Altman, 39,", „Sam Altman (39)“. */
const SET_OFF_AFTER_NAME = /^(.*?)\s*[,(]\s*$/su;
/** The phrase the name ends, back to the last mark that closes one. */
const PHRASE_BEFORE = /[^.;:!?()\[\]"„“”»«,–—]*$/u;
/** An age said as an adjective before its holder: "the 39-year-old Sam Altman", „der 39-jährige Sam Altman“. */
const AGE_ADJECTIVE = /(?:years?-old|jährigen?)$/iu;

/**
 * "Sam Altman, 39, runs OpenAI", „Sam Altman (39) leitet OpenAI“, „der 39-jährige Sam Altman“: an age set right beside a
 * name no source knows (`isUnknown`) is that person's: not the company the clause names, nor a person the paragraph or the
 * document named before, whose age the sources may give. Returns the name, undefined where the age stands beside no
 * such name.
 */
export function ageBesideUnknownName(text: string, figure: Figure, isUnknown: (c: NameCandidate) => boolean): string | undefined {
  if (figure.kind !== 'age') return undefined;
  const setOff = SET_OFF_AFTER_NAME.exec(text.slice(0, figure.start));
  if (setOff) {
    const phrase = PHRASE_BEFORE.exec(setOff[1])![0];
    const last = lastCandidate(phrase, isUnknown);
    if (last && phrase.trimEnd().endsWith(last.text)) return last.text;
  }
  if (AGE_ADJECTIVE.test(figure.text)) {
    const after = text.slice(figure.end);
    const leading = /^\s+/u.exec(after)?.[0].length ?? 0;
    const first = leading > 0 ? firstNameCandidate(after, isUnknown) : undefined;
    if (first && after.startsWith(first.text, leading)) return first.text;
  }
  return undefined;
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
