import { OTHER_SUBJECT_PRONOUNS } from '../context/lexicon';
import { ARTICLES } from '../names/wordLists';
import type { Span } from '../types';

/**
 * Words after "and"/„und“ that open a subject of its own ("and the board approved …", „und sie unterstützten …“,
 * "and other charities got …"): the clause does not share the one before's.
 */
const OWN_SUBJECT_OPENERS = new Set([...ARTICLES, ...OTHER_SUBJECT_PRONOUNS, 'its', 'their', 'his', 'her', 'other', 'some', 'many', 'most', 'all', 'each', 'every', 'these', 'those', 'this', 'that', 'you', 'ihr', 'ihre', 'seine', 'andere', 'viele', 'alle']);
const CONJUNCTION = '(?:and|und|sowie|but|aber|then|dann|or|oder)';
const COORDINATED = new RegExp(`^[\\s,]*${CONJUNCTION}\\s+(\\p{Ll}[\\p{L}'’-]*)`, 'u');
/** A window may open after the conjunction, which ended the clause before. */
const CONJUNCTION_BEFORE = new RegExp(`(?<![\\p{L}])${CONJUNCTION}\\s*$`, 'u');
const FIRST_WORD = /^\s*(\p{Ll}[\p{L}'’-]*)/u;

/**
 * "We trained 1,250 caseworkers and helped 410 charities", „Wir schulten 1.250 Fachkräfte und unterstützten 410
 * Vereine“: a clause joined by "and" that opens with a verb, not a subject, shares the subject of the clause before.
 * The window then reaches back to the statement's start, else it stays as it is.
 */
export function withSharedSubject(text: string, window: Span, statementStart: number): Span {
  const opens = text.slice(window.start);
  const opener = COORDINATED.exec(opens)?.[1] ?? (CONJUNCTION_BEFORE.test(text.slice(statementStart, window.start)) ? FIRST_WORD.exec(opens)?.[1] : undefined);
  if (opener === undefined || OWN_SUBJECT_OPENERS.has(opener.toLowerCase())) return window;
  return { start: Math.min(statementStart, window.start), end: window.end };
}
