import type { DraftFigure } from '../analysis/draft';
import { cellLabels } from '../analysis/valueLabel';
import { compatibleDates } from '../figures/calendarDays';
import { extractFigures } from '../figures/extractFigures';
import type { CalendarDate, Language } from '../types';
import { compareFigures } from '../match/agreement';
import { EARLIER_PERIOD_PHRASES, EARLIER_TIME_STEMS, ITEM_OPENERS, OTHER_PARTY_STEMS, PART_STEMS, PLAN_STEMS, VALUE_COLUMN_HEADERS, WHOLE_WORDS } from '../context/lexicon';
import { FUNCTION_WORDS } from '../names/wordLists';
import { nounLemma } from '../text/sameNoun';
import { CURRENCIES, scaleOf } from '../figures/vocabulary';
import { digitsOf, maySlip, slipDigits } from './figureSlips';

/**
 * „Haushaltsansatz von 84.000 Euro“ in the text and „| Haushaltsansatz Orgel | 48.000 Euro |“ in the closing table,
 * "spends $21,000 on AI-related tools" and "| of which AI-related tools | $12,000 |": a table row whose every word
 * the earlier sentence says, with the earlier sum's or share's digits in another order, is that figure mistyped.
 * Neither names an owner, so the row's label is all that tells which figure it restates: a word of its own
 * ("(approved)" beside a sentence on the estimate, „Vorjahr“) makes it another fact. Only sums
 * and shares: a count in a table may be a part of the people a sentence counts (57 who voted of 75 who came).
 * Returns, for each such cell figure (by position), the earlier figure it restates.
 */
export function swappedTableRows(text: string, figures: DraftFigure[], language: Language): Map<number, DraftFigure> {
  const found = new Map<number, DraftFigure>();
  const earlierByDigits = new Map<string, DraftFigure[]>();
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    if (!isSumOrShare(figure)) continue;
    const key = `${figure.figure.kind}\u0000${figure.figure.currency ?? ''}\u0000${slipDigits(figure.figure.value)}`;
    const label = figure.at.sentence.context === undefined ? undefined : rowWords(cellLabels(figure.at.sentence.context)[0]);
    if (label === undefined) {
      const list = earlierByDigits.get(key);
      if (list) list.push(figure);
      else earlierByDigits.set(key, [figure]);
      continue;
    }
    const candidates = figure.match.status === 'unsourced' ? earlierByDigits.get(key) ?? [] : [];
    // A row whose value the text states elsewhere ("Our budget for AI is $12,000") may restate that one.
    if (candidates.some((e) => compareFigures(figure.figure, e.figure) === 'agrees')) continue;
    const earlier = candidates.find((e) => swappedRestatement(text, figures, e, figure, label, language));
    if (earlier) found.set(i, earlier);
  }
  return found;
}

/** A sum or a share stated as a value of its own: not a bound, a range or a derived one. */
function isSumOrShare({ figure, fact, retracted }: DraftFigure): boolean {
  if (retracted || !maySlip(fact)) return false;
  if (figure.kind !== 'money' && figure.kind !== 'percent') return false;
  if (figure.bound || figure.derivedFrom || figure.aggregate || figure.comparative) return false;
  return digitsOf(figure.value).length >= 2;
}

function swappedRestatement(text: string, figures: DraftFigure[], earlier: DraftFigure, later: DraftFigure, label: string[], language: Language): boolean {
  const [a, b] = [earlier.figure, later.figure];
  // The writer's own figures both: a source's value is a fact of its own, checked against the source.
  if (earlier.match.status !== 'unsourced' || compareFigures(b, a) !== 'differs' || digitsOf(a.value) === digitsOf(b.value)) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  if (earlier.at.facts.names.length > 0 || !compatibleDates(earlier.fact.time, later.fact.time)) return false;
  // „Im Januar sagten 47 Prozent …“ and a column „Juni 2025“: a cell under a time's header restates only a sentence
  // that states a time, the same (a month alone is no time the sentence's fact carries).
  const times = headerTimes(later.at.sentence.context!, language);
  if (times.length > 0 && (!earlier.fact.time || times.some((time) => !compatibleDates(earlier.fact.time, time)))) return false;
  const said = wordsOf(earlier.at.sentence.text);
  // „Im Jahr 2024 gaben wir 21.000 Euro aus“, "Last year we spent $21,000" and a row that names no time: the row may
  // be another year's (the piece's).
  if (times.length === 0 && (YEAR.test(earlier.at.sentence.text) || saysAnEarlierTime(earlier.at.sentence.text, said))) return false;
  // "The roof repair costs $21,000, the new boiler far less" and "| New boiler | $12,000 |": the label's words must be
  // said of the earlier figure, in its own clause, not of another item the sentence goes on to.
  const ownClause = wordsOf(clauseAround(earlier.at.sentence.text, a.start, a.end));
  if (!label.every((word) => ownClause.some((w) => saidIn(word, w)))) return false;
  // „| Orgel (2023) |“, "| Roof repair, phase 2 |": a number in the label names which one; the sentence must say it too.
  const sentenceDigits = digitGroups(earlier.at.sentence.text);
  if (!digitGroups(rowLabelOf(later)).every((d) => sentenceDigits.includes(d))) return false;
  // "| Party | National |", „| Posten | Plan |“, "| Region | Q3 |": a column header that says more than that the column
  // holds values is part of what the value is of, and the sentence must say it; its year or day must be the sentence's.
  const header = columnHeaderOf(later);
  if (header !== undefined) {
    if (!wordsOf(header).every((word) => VALUE_COLUMN_HEADERS.includes(word) || said.some((w) => saidIn(word, w)))) return false;
    if (times.length === 0 && !digitGroups(header).every((d) => sentenceDigits.includes(d))) return false;
  }
  // "We budgeted $21,000 for AI tools" and "| AI tools | $12,000 |": a plan, forecast or approval the row does not name
  // is another figure than the row's (which may be what was spent).
  const rowSays = [...label, ...(header === undefined ? [] : wordsOf(header))];
  if (said.some((w) => PLAN_STEMS.some((stem) => w.startsWith(stem)) && !rowSays.some((word) => saidIn(word, w)))) return false;
  // "In the north region we spent $21,000" and a row "AI tools" or "AI tools, all regions": a part the row does not
  // name, or a whole the sentence does not, is another scope.
  if (said.some((w) => PART_STEMS.some((stem) => w.startsWith(stem)) && !rowSays.some((word) => saidIn(word, w)))) return false;
  const rowWhole = wordsOfAll(`${rowLabelOf(later)} ${header ?? ''}`).some((w) => WHOLE_WORDS.includes(w));
  if (rowWhole && !wordsOfAll(earlier.at.sentence.text).some((w) => WHOLE_WORDS.includes(w))) return false;
  // „Der Nachbarverein plant 84.000 Euro ein“: a sentence about another party than the row's (a word the label lacks).
  if (said.some((w) => OTHER_PARTY_STEMS.some((stem) => w.startsWith(stem)) && !label.some((word) => saidIn(word, w)))) return false;
  // "47 Prozent nutzen KI für Hausaufgaben, 74 Prozent für Referate": the row's value is stated beside it; and a row
  // holding the earlier value in another column gives the swapped one for another column's year or part.
  if (earlier.at.figureFacts.some((f) => compareFigures(b, f.figure) === 'agrees')) return false;
  return !figuresOnLine(text, figures, later).some((f) => f !== later && compareFigures(f.figure, a) === 'agrees');
}

/** Whether a sentence puts its figure at an earlier period („im Vorjahr“, "last year"), not an event's day ("last Sunday"). */
function saysAnEarlierTime(sentence: string, said: string[]): boolean {
  const lower = sentence.toLowerCase().replace(/\s+/gu, ' ');
  return said.some((w) => EARLIER_TIME_STEMS.some((stem) => w.startsWith(stem))) || EARLIER_PERIOD_PHRASES.some((phrase) => lower.includes(phrase));
}

/** A table cell's row label: the first part of its context. */
function rowLabelOf(figure: DraftFigure): string {
  return cellLabels(figure.at.sentence.context!)[0];
}

/** A table cell's column header: the last part of its context, where it has more than one. */
function columnHeaderOf(figure: DraftFigure): string | undefined {
  const parts = figure.at.sentence.context!.split(' | ');
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** The numbers written in a text, as digit strings („Orgel (2023)“: "2023"; „27.01.“: "27", "01"). */
function digitGroups(text: string): string[] {
  return text.match(/\d+/gu) ?? [];
}

/**
 * The clause of a sentence a figure stands in: up to a semicolon, a dash, or a comma that opens another
 * item with its article or possessive („…, die neue Heizung deutlich weniger“, "…, the new boiler far less"). A comma
 * before „dass“, "that" or "of which" goes on about the same figure.
 */
function clauseAround(sentence: string, start: number, end: number): string {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const from = Math.max(0, ...breaks.filter((i) => i < start).map((i) => i + 1));
  const to = Math.min(sentence.length, ...breaks.filter((i) => i >= end));
  return sentence.slice(from, to);
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

const CLAUSE_BREAK = new RegExp(`[;–—]|,(?=\\s+(?:${ITEM_OPENERS.join('|')})\\s)`, 'giu');

/** The days, months and years a cell's row label and column header give. */
function headerTimes(context: string, language: Language): CalendarDate[] {
  return extractFigures(context, { language }).flatMap((f) => (f.kind === 'date' && f.date ? [f.date] : f.kind === 'year' ? [{ year: f.value }] : []));
}

/** The figures on the line of a table cell's figure: its row. */
function figuresOnLine(text: string, figures: DraftFigure[], figure: DraftFigure): DraftFigure[] {
  const start = text.lastIndexOf('\n', figure.span.start - 1) + 1;
  const end = text.indexOf('\n', figure.span.end);
  const to = end < 0 ? text.length : end;
  return figures.filter((f) => f.span.start >= start && f.span.end <= to);
}

/**
 * A row label's words that say what its value is of, without a parenthesis that gives only its unit („EBIT (Mio. €)“,
 * "Budget ($m)", "(in %)"); one that says more ("(approved)", „(Plan)“) is part of what it is. None where it has none.
 */
function rowWords(label: string): string[] | undefined {
  const words = wordsOf(label.replace(/\(([^()]*)\)/gu, (all, inside: string) => (wordsOf(inside).every(isUnitWord) ? ' ' : all)));
  return words.length > 0 ? words : undefined;
}

function isUnitWord(word: string): boolean {
  return scaleOf(word, 'de') !== undefined || scaleOf(word.replace(/\.$/, ''), 'de') !== undefined || CURRENCIES.has(word) || UNIT_WORDS.has(word);
}

const UNIT_WORDS = new Set(['prozent', 'percent', 'per cent', 'pct', 'mio', 'mrd', 'tsd']);

const WORD = /\p{L}[\p{L}\p{N}-]*/gu;

/** Every word of a text, function words too ("all"). */
function wordsOfAll(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !FUNCTION_WORDS.has(w) && !ROW_FILLERS.has(w));
}

/** "of which", „davon“: a row label's words that tie it to the row above, not what it is of. */
const ROW_FILLERS = new Set(['which', 'davon', 'darunter', 'thereof']);

/** Shortest part of a compound that names it: „Orgel“ in „Orgelsanierung“, „Kunden“ in „Kundenzahl“. */
const LEAST_PART = 5;

/**
 * A label's word said in the sentence, inflected or as a part of a compound there („Orgel“ in „Orgelsanierung“,
 * „Kunden“ in „Kundenzahl“, "programme" in "programmes"). Not the other way: „Nachbargemeinde“ is not the „Gemeinde“
 * a sentence speaks of. An acronym ("KI", "EBIT") only as itself.
 */
function saidIn(labelWord: string, word: string): boolean {
  if (labelWord === word || nounLemma(labelWord) === nounLemma(word)) return true;
  return labelWord.length >= LEAST_PART && word.length > labelWord.length && (word.endsWith(labelWord) || word.startsWith(labelWord));
}
