import { conceptOfWord } from './concepts';
import { PUT_OUT, wordAlternation } from './lexicon';

const PUT_OUT_PATTERN = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(PUT_OUT)})`, 'iu');
const WORDS = /[\p{L}][\p{L}\d'-]*/gu;

/**
 * "Im Dezember 2023 hatte die Firma ein anderes Programm herausgebracht", "the company released another program in
 * December 2023": a programme that came out is a piece of software, a model, and its date a release's, not an
 * investment's. Only where "Programm"/"program" is the clause's one investment word: an "Investitionsprogramm" or
 * "investment program" stays one, and so does a programme that was only announced or launched. Read for dates only:
 * "published a programme worth 10 billion yuan" is a sum of a funding programme.
 */
export function readProgrammeAsSoftware(concepts: Set<string>, clause: string): void {
  if (!concepts.has('investment') || !concepts.has('release') || !PUT_OUT_PATTERN.test(clause)) return;
  const investmentWords = (clause.match(WORDS) ?? []).filter((w) => conceptOfWord(w) === 'investment');
  if (investmentWords.length === 0 || !investmentWords.every((w) => /^program/iu.test(w))) return;
  concepts.delete('investment');
  concepts.add('model');
}
