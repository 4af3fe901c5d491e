import { wordAlternation as alternation } from '../context/lexicon';
import type { Span } from '../types';
import { CITED_NUMBER_JOINERS, EU_ACT_MARKS, EU_ACT_NUMBER_WORDS, PAPER_NUMBER_JOINERS, PARLIAMENTARY_PAPER_WORDS, PROVISION_PART_WORDS, PROVISION_WORDS } from './vocabulary';

/** "104", "104a", "5(1)(b)", and a letter for a part ("lit. a"); never the head of a decimal ("7,82"). */
const NUMBER = String.raw`(?:\d+[a-z]?(?![\d.,]\d)|[a-z](?![\p{L}]))(?:\s?\(\w{1,4}\))*`;
const MORE_NUMBERS = String.raw`(?:\s*(?:${alternation(CITED_NUMBER_JOINERS)})\s*${NUMBER})*(?:\s*f{1,2}\.)?`;
// A provision word and its numbers, then any parts: "§ 104 Absatz 2", "Art. 5 Abs. 1 Satz 2", "§§ 4 und 5", "Section 104(2)".
const PROVISION = new RegExp(
  `(?<![\\p{L}])(?:${alternation(PROVISION_WORDS)})\\s*(?=\\d)${NUMBER}${MORE_NUMBERS}(?:,?\\s+(?:${alternation(PROVISION_PART_WORDS)})\\s*${NUMBER}${MORE_NUMBERS})*`, 'giu');
const MARK = alternation(EU_ACT_MARKS);
// "(EU) 2021/821", "(EG) Nr. 428/2009", "2014/65/EU": the number of an EU act is its year and its serial.
const EU_ACT = new RegExp(`\\((?:${MARK})\\)\\s*(?:(?:${alternation(EU_ACT_NUMBER_WORDS)})\\s*)?\\d{1,4}/\\d{1,4}(?!\\d)|(?<![\\d/])\\d{2,4}/\\d{1,4}/(?:${MARK})(?![\\p{L}])`, 'gu');
// "Drucksache 20/14873", "Drucksachen 20/1234, 20/1235": a paper's number is the parliament's term and its serial.
const PAPER_NUMBER = String.raw`\d{1,3}/\d{1,6}(?!\d)`;
const PARLIAMENTARY_PAPER = new RegExp(`(?<![\\p{L}])(?:${alternation(PARLIAMENTARY_PAPER_WORDS)})\\s*${PAPER_NUMBER}(?:\\s*(?:${alternation(PAPER_NUMBER_JOINERS)})\\s*${PAPER_NUMBER})*`, 'gu');

/**
 * The spans of a sentence that cite a law or a parliamentary paper: "§ 104 Absatz 2", "Art. 5 Abs. 1", "Verordnung (EU)
 * 2021/821", "Drucksache 20/1234", "Section 104(2)". Their digits number a provision or a document; they count nothing,
 * and the year of an EU act dates nothing the act's sentence tells.
 */
export function legalCitationSpans(text: string): Span[] {
  if (!/\d/.test(text)) return [];
  const spans: Span[] = [];
  for (const pattern of [PROVISION, EU_ACT, PARLIAMENTARY_PAPER]) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

/** The text with the digits of these spans replaced by a word joiner (U+2060), so no pattern reads them; same offsets. */
export function withoutCitationDigits(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/\d/g, '\u2060');
    at = end;
  }
  return out + text.slice(at);
}
