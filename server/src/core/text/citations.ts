import { wordAlternation as alternation } from '../context/lexicon';
import type { Span } from '../types';

// The words and patterns of citations, in one place: figures read their digits as no count, and the sentence splitter
// reads the period of their abbreviations ("n. 3", "Rn. 42") as no sentence end.

/** The signs before a cited paragraph or section: "¶ 12", "¶¶ 3 and 42", "§ 10(b)", "§§ 12 bis 14". */
const CITATION_SIGNS = ['¶¶', '¶', '§§', '§'];
/** Abbreviations before a cited footnote, margin number, article or paragraph: "n. 3", "Fn. 7", "Rn. 42", "Art. 5", "para. 12". */
const CITATION_ABBREVIATIONS = ['n.', 'nn.', 'Fn.', 'Rn.', 'Rz.', 'Abs.', 'Art.', 'para.', 'paras.'];
/** Words that join the numbers of one citation: "¶¶ 3 and 42", "§§ 12 bis 14", "nn. 3 & 4". */
const CITATION_JOINERS = ['and', 'und', 'or', 'oder', 'to', 'bis', '&', '–', '-'];
/** What may follow a joined cited number: a joiner, the statute's or its own name ("§ 27 of the Exchange Act", "§§ 12 bis 14 WpHG"), punctuation. */
const AFTER_CITED = ['of', 'des', 'der', 'n.', 'nn.'];
/** The codes a statute's title number stands before: "15 U.S.C. § 78j(b)", "17 C.F.R. § 240.10b-5". */
const CODES_AFTER_TITLE = ['U.S.C.', 'C.F.R.'];

/** Words that open a provision of a law: "§ 104", "Art. 5", "Artikel 3", "Article 5(1)", "Section 104(2)". */
const PROVISION_WORDS = ['§§', '§', 'Art.', 'Artikel', 'Article', 'Articles', 'Section', 'Sections', 'Sec.'];
/** Words that number a provision's parts: "Absatz 2", "Abs. 1", "Satz 2", "Nr. 3", "lit. a", "paragraph 1". */
const PROVISION_PART_WORDS = [
  'Absatz', 'Absätze', 'Abs.', 'Unterabsatz', 'UAbs.', 'Satz', 'Sätze', 'Nummer', 'Nr.', 'Buchstabe', 'Buchst.', 'lit.', 'Halbsatz', 'Alternative', 'Alt.',
  'paragraph', 'para.', 'subsection', 'subparagraph', 'clause', 'point', 'No.',
];
/** The marks in an EU act's number: "Verordnung (EU) 2021/821", "(EG) Nr. 428/2009", "Richtlinie 2014/65/EU". */
const EU_ACT_MARKS = ['EU', 'EG', 'EWG', 'EC', 'EEC', 'Euratom'];
/** What joins the numbers of one cited provision: "§§ 4 und 5", "Art. 3, 5", "§§ 12 bis 14", "Sections 4 to 6". */
const CITED_NUMBER_JOINERS = [',', 'und', 'and', 'oder', 'or', 'bis', 'to', '–'];
/** The word before an EU act's serial: "(EG) Nr. 428/2009", "(EC) No 428/2009". */
const EU_ACT_NUMBER_WORDS = ['Nr.', 'No.', 'No'];
/** What joins the numbers of several parliamentary papers: "Drucksachen 20/1234, 20/1235 und 20/1236". */
const PAPER_NUMBER_JOINERS = [',', 'und', 'and'];
/** Words that number a parliament's papers: "Drucksache 20/14873", "BT-Drs. 20/1234", "Plenarprotokoll 20/208". */
const PARLIAMENTARY_PAPER_WORDS = ['Drucksache', 'Drucksachen', 'Bundestagsdrucksache', 'BT-Drucksache', 'BT-Drs.', 'BR-Drs.', 'Drs.', 'Plenarprotokoll', 'PlPr.'];

/**
 * The citation abbreviations as the sentence splitter sees the word before a period: lower case, without the period
 * ("n", "rn", "para"). Before a number, their period ends no sentence.
 */
export const CITATION_ABBREVIATION_WORDS: ReadonlySet<string> = new Set(CITATION_ABBREVIATIONS.map((w) => w.toLowerCase().replace(/\.$/, '')));

const CITED_NUMBER = String.raw`\d[\p{L}\d]*(?:[.\-–]\d[\p{L}\d]*)*(?:\([\p{L}\d]+\))*`;
const CITATION_LEAD = String.raw`(?:${alternation(CITATION_SIGNS)})\s*|(?<![\p{L}])(?:${alternation(CITATION_ABBREVIATIONS)})\s*`;
const JOINED_CITED_NUMBER = String.raw`\s*(?:${alternation(CITATION_JOINERS)})\s*(?:${CITATION_LEAD})?${CITED_NUMBER}(?=\s*$|\s*[.,;:)\]]|\s+(?:${alternation([...CITATION_JOINERS, ...AFTER_CITED, ...CITATION_SIGNS])})(?![\p{L}])|\s+\p{Lu})`;
/**
 * A citation of a paragraph, section, footnote or margin number, with the numbers joined to it: "¶¶ 3 and 42",
 * "§ 10(b)", "n. 3", "Rn. 42", "§§ 12 bis 14 WpHG"; and a statute's title number ("15 U.S.C."). They point into a
 * document and count nothing.
 */
export const CITATION = new RegExp(String.raw`(?:${CITATION_LEAD})${CITED_NUMBER}(?:${JOINED_CITED_NUMBER})*|(?<![\p{L}\d])\d+(?=\s+(?:${alternation(CODES_AFTER_TITLE)}))`, 'gu');

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
