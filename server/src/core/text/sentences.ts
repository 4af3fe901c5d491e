import { OPAQUE } from './prose';
import type { Sentence } from '../types';
import { MONTHS } from './months';
import { sliceProse, type ProseBlock } from './prose';
import { opensChatLine } from './chatStamp';
import { opensClockLine } from './clockLine';
import { CITATION_ABBREVIATION_WORDS } from './citations';

/** Words after which a period does not end a sentence (German and English), lower case, without the period; slides and
 * notes abbreviate the event a date is of („gegr. Juli 2023“, "estab. July 2023"). */
const ABBREVIATIONS = new Set([
  'ca', 'nr', 'dr', 'prof', 'bzw', 'usw', 'etc', 'vgl', 'art', 'abs', 'mio', 'mrd', 'mln', 'bln', 'tsd',
  'jh', 'st', 'str', 'inkl', 'evtl', 'ggf', 'sog', 'zb', 'mr', 'mrs', 'ms', 'inc', 'corp', 'ltd', 'co', 'vs', 'e.g', 'i.e', 'eg', 'ie',
  'approx', 'no', 'jr', 'sr', 'dipl', 'ing', 'hr', 'fr', 'tel', 'bspw', 'ebd', 'gem', 'lt', 'max', 'min', 'rd', 'zzgl', 'u.a', 'z.b', 'd.h',
  'u.s', 'bzgl', 'geb', 'gegr', 'estab', 'veröff', 'publ', 'zw', 'jan', 'feb', 'febr', 'aug', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'mar', 'apr', 'jun', 'jul',
]);

/** Longer than any abbreviation or ordinal: a longer word is neither, however much of it is seen. */
const WORD_WINDOW = 64;
// A footnote reference ("2024.[^1] Microsoft …") stands in the prose as one opaque character after the period.
const CLOSING = `"“”»«'’)]${OPAQUE}`;
const TERMINATORS = '.!?…';
/**
 * "…over 2024.[^1] Microsoft …": a footnote mark whose definition the parser has not seen (a paragraph read on its own,
 * or a note never defined) is still text; after a terminator it closes the sentence as a bracket does.
 */
const FOOTNOTE_MARK = /^\[\^[^\]\s]{1,30}\]/u;

/** Where the quotes, brackets and footnote marks (and, `withTerminators`, further terminators) after a terminator end. */
function closingEnd(text: string, from: number, limit: number, withTerminators: boolean): number {
  let end = from;
  while (end < limit) {
    const mark = text[end] === '[' ? FOOTNOTE_MARK.exec(text.slice(end, end + 40))?.[0].length ?? 0 : 0;
    if (mark) end += mark;
    else if (CLOSING.includes(text[end]) || (withTerminators && TERMINATORS.includes(text[end]))) end++;
    else break;
  }
  return end;
}

/**
 * Splits a prose block into sentences. A terminator ends a sentence only when what follows starts a new one
 * (an upper-case letter, a digit or an opening quote) and the word before it is no abbreviation or ordinal date.
 */
export function splitSentences(block: ProseBlock): Sentence[] {
  const { text } = block;
  const sentences: Sentence[] = [];
  let start = 0;
  const stampedLines = opensClockLine(text, 0);
  for (let i = 0; i < text.length; i++) {
    // "… oder? Bin nicht sicher\n[27.01.25, 14:28] Mehmet Y.: …": a chat export's next message starts a sentence, and
    // so does a feed's next stamped line.
    if (text[i] === '\n' && i > start && (opensChatLine(text, i + 1) || (stampedLines && opensClockLine(text, i + 1)))) {
      pushTrimmed(sentences, block, start, i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.includes(text[i])) continue;
    const end = closingEnd(text, i + 1, text.length, true);
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next === end && next < text.length) continue; // "5.6", "z.B." or "R1." glued to the next word
    if (next < text.length && !startsSentence(text, next)) {
      const answer = answerAfterQuestion(text, i, next);
      if (answer === undefined) continue;
      next = answer;
    }
    if (text[i] === '.' && isNonFinalPeriod(text, i, next)) continue;
    pushTrimmed(sentences, block, start, end);
    start = next;
    i = next - 1;
  }
  pushTrimmed(sentences, block, start, text.length);
  return sentences;
}

/**
 * Where the sentence that holds the position `before` starts, read as splitSentences reads the text: after the last
 * terminator before it that ends a sentence. "Zihan Wang said U.S. export controls had "…"": the period of "U.S." does not.
 */
export function sentenceStartBefore(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) {
    if (!TERMINATORS.includes(text[i]) || TERMINATORS.includes(text[i + 1] ?? '')) continue;
    const end = closingEnd(text, i + 1, before, false);
    let next = end;
    while (next < before && /\s/.test(text[next])) next++;
    if (next === end) continue;
    if (!startsSentence(text, next)) {
      const answer = answerAfterQuestion(text, i, next);
      if (answer === undefined || answer > before) continue;
      next = answer;
    }
    let first = i;
    while (first > 0 && TERMINATORS.includes(text[first - 1])) first--;
    if (text[first] === '.' && isNonFinalPeriod(text, first, next)) continue;
    return next;
  }
  return 0;
}

/**
 * „Wann stellte DeepSeek R1 vor? – Am 20. Januar 2025.“, "When was DeepSeek founded? — In July 2023.": a quiz's or FAQ's
 * answer set off from its question by a dash is a sentence of its own, so the question carries what it asks into it
 * (facts/carryContext.ts). Where the answer starts, after the dash; undefined where the text after the question mark
 * is no dash and a new sentence („Was tun? – fragte er“ goes on).
 */
function answerAfterQuestion(text: string, mark: number, next: number): number | undefined {
  if (text[mark] !== '?') return undefined;
  const dash = ANSWER_DASH.exec(text.slice(next, next + 4));
  if (!dash) return undefined;
  const answer = next + dash[0].length;
  return answer < text.length && startsSentence(text, answer) ? answer : undefined;
}

const ANSWER_DASH = /^[–—→-][ \t]+/u;

function startsSentence(text: string, at: number): boolean {
  // An emoji may open a sentence ("📉 Tech-Aktien …"); it is two UTF-16 code units, so test the code point.
  return /[\p{Lu}\d"„“»«'‚‘(\[*_]|\p{Extended_Pictographic}/u.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

function isNonFinalPeriod(text: string, period: number, next: number): boolean {
  // Only the word before the period matters: looking further back would make every period cost the whole block.
  const before = text.slice(Math.max(0, period - WORD_WINDOW), period).match(/([\p{L}.]+|\d+)$/u)?.[1] ?? '';
  if (/^\d{1,2}$/.test(before)) {
    // German ordinal dates: "27. Januar", and "am 3. Tag"
    const following = text.slice(next).match(/^\p{L}+/u)?.[0]?.toLowerCase() ?? '';
    return MONTHS.has(following);
  }
  const word = before.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  if (CITATION_ABBREVIATION_WORDS.has(word) && /\d/.test(text[next] ?? '')) return true;
  // "Liang Wenfeng (b. 1985)": an encyclopedia's "born", which a single letter alone is not.
  if (word === 'b' && text[period - 2] === '(') return true;
  // "z. B.", "u. a.", "d. h.": a single letter followed by another abbreviated letter
  if (/^\p{L}$/u.test(word) && /^\p{L}\./u.test(text.slice(next))) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word); // "z.B", "U.S"
}

function pushTrimmed(out: Sentence[], block: ProseBlock, from: number, to: number): void {
  while (from < to && /\s/.test(block.text[from])) from++;
  while (to > from && /\s/.test(block.text[to - 1])) to--;
  if (to > from) out.push(sliceProse(block, from, to));
}
