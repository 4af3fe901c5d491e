import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { addConceptsOf, conceptsOf, nameConcept, separatedVerbConcepts } from '../context/concepts';
import { anchorsOfUnfiguredSpans, extractFigures } from '../figures/extractFigures';
import { withElliptical } from '../names/ellipticalNames';
import { applyHeaderUnit } from '../figures/unitFromHeader';
import { sectionNumberOf } from '../figures/sectionNumber';
import { numberedIndexSpans } from '../figures/numberedIndexNames';
import { isBareNumber, isCommentCell, isNumberCell } from '../figures/bareNumber';
import type { NameIndex } from '../names/nameIndex';
import { WRITER, WRITERS_POSSESSIVE } from '../facts/writer';
import { namesTheFounder } from '../names/founderWords';
import { findNearMisses, type NearMiss } from '../names/spelling';
import { NAME_JOINERS } from '../names/wordLists';
import { namesJoinedAsOneList } from '../facts/listJoiners';
import { COMPARED_AFTER, LIST_GAP, RESPECTIVELY } from '../figures/vocabulary';
import { MOVE_RIGHT_BEFORE } from '../context/lexicon';
import { isReportDateHeader } from '../context/reportDateHeader';
import { ungovernedMoves } from './ungovernedMoves';
import { labelledItems } from './labelledItems';
import { listClauseEnd } from './listClauseEnd';
import { cellLabels, labelBefore, labelOfValue, type ValueLabel } from './valueLabel';
import { readProgrammeAsSoftware } from '../context/softwareProgramme';
import { isWeekday } from '../facts/weekdays';
import type { CalendarDate, Figure, Language, NameEntry, NameMention, Span } from '../types';

/** What one sentence states. All offsets are relative to `text`. */
export interface SentenceFacts {
  text: string;
  names: NameMention[];
  /** Words that are nearly a known name (drafts only). */
  nearMisses: NearMiss[];
  figures: Figure[];
  concepts: Set<string>;
  /** Names in the context from outside the sentence (a table cell's row and header): what the cell is about. */
  contextNames?: NameEntry[];
  /**
   * A table cell's column header or row label that lists names joined as one („| HumanEval / MATH-500 |“): whose each of
   * the cell's values is in turn („| 92 % / 85 % |“).
   */
  labelList?: NameEntry[];
  /** A table cell's column header that is a date or a year ("| 2024 |", "| 27 Jan |"): when the cell's value is. */
  contextTime?: CalendarDate;
  /** A table cell's row or column calls its person the founder ("| Founder's age | 42 |", "| Alter des Gründers |"). */
  founderInContext?: boolean;
  /** A draft's value under a label („Einzeltitel: 48“, „| KI-Artikel der Redaktion 2025 | 241 |“): what the label names. */
  label?: ValueLabel;
}

const BOUNDARY = /[,;:()–—]|\s(?:und|and|sowie|while|während|whereas|but|aber|doch)\s/g;

/**
 * `found`: `names.find(text)`, where the caller has looked already (a source's merge keeps it for the next).
 * `heading`: the sentence is a heading, whose opening number may number its section ("2.2 Das Modell").
 */
export function analyzeSentenceText(text: string, language: Language, names: NameIndex, isSource: boolean, context?: string, found = names.find(text), heading = false): SentenceFacts {
  const mentions = withElliptical(text, found, names);
  const section = heading ? sectionNumberOf(text, language) : undefined;
  const masked: Span[] = [...mentions.filter((m) => /\d|\s[IVX]+$/.test(m.text)), ...numberedIndexSpans(text), ...(section ? [section] : [])];
  const cell = context !== undefined && isNumberCell(text);
  const people = mentions.filter((m) => m.entry.kind === 'person');
  const figures = extractFigures(text, { language, masked, isSource, ...(cell ? { cell, rowLabel: cellLabels(context)[0] } : {}), ...(people.length ? { people } : {}), ...(mentions.length ? { named: mentions } : {}) });
  if (context) applyHeaderUnit(figures, context, language, text);
  assignLocalConcepts(text, figures, mentions);
  for (const figure of figures) figure.direction = directionBeside(text, figure, language) ?? directionMarked(text, figure, figures) ?? directionOf(figure);
  shareListDirection(text, figures, mentions, language);
  const concepts = conceptsOf(text, 0, text.length, mentions);
  let contextNames: NameEntry[] | undefined;
  let contextTime: CalendarDate | undefined;
  let labelList: NameEntry[] | undefined;
  if (context) {
    const labelEnd = context.indexOf(' | ');
    // "| 10 | Liang Wenfeng wäre stolz auf Sie. |": a cell that is a sentence comments on a bare number; it does not
    // say whose the number is.
    const commented = isBareNumber(text) && isCommentCell(labelEnd < 0 ? context : context.slice(0, labelEnd));
    const found = commented ? names.find(context).filter((m) => labelEnd >= 0 && m.start > labelEnd) : names.find(context);
    // "| Nvidia | 1994 | USA |": the row is the label's; a name in another cell is what the row says of it.
    const inLabel = labelEnd < 0 ? found : found.filter((m) => m.end <= labelEnd);
    // "| MATH-500 | 58 % |" under "| Benchmark | DeepSeek R1 |": a cell is about its row and its column.
    const headerStart = context.lastIndexOf(' | ') + 3;
    const inHeader = labelEnd < 0 ? [] : found.filter((m) => m.start >= headerStart);
    contextNames = [...new Set((inLabel.length ? [...inLabel, ...inHeader] : found).map((m) => m.entry))];
    // The column's header first; „| HumanEval / MATH-500 | 92 % / 85 % | R1 |“ lists them in the row's label.
    const wholeList = (mentions: NameMention[]) => namesJoinedAsOneList(context, mentions).find((run) => run.length === mentions.length);
    const list = wholeList(inHeader) ?? wholeList(inLabel);
    if (list) labelList = [...new Set(list.map((m) => m.entry))];
    // "| GPUs in our own clusters (H100 equivalents) | 3,200 |": a row the writer's possessive opens is the writer's,
    // whatever it measures them in.
    if (contextNames.length === 0 || writersRow(context, inLabel)) contextNames = rowLabelEntity(context, names);
    contextTime = headerTime(context, language);
    // „| 28.01.2025 | Handelsblatt | Nvidia verlor 7,82 Prozent |“ under „| Erschienen |“: the day a report appeared is
    // not the day of what it reports, so its date cell does not read the row's event.
    const outside = cellContextConcepts(context, found, language, isTimeLabel(text, language) && !isReportDateColumn(context));
    for (const c of outside) concepts.add(c);
    for (const f of figures) for (const c of outside) f.localConcepts.add(c);
  }
  const nearMisses = isSource ? [] : findNearMisses(text, mentions, names);
  const founderInContext = context !== undefined && namesTheFounder(context);
  // A heading's „Mittwoch: 1,8“ titles a section; its number is the section's subject, not a count the label names.
  const label = isSource || heading || figures.length !== 1 ? undefined : valueLabelOf(text, figures[0], mentions, cell ? context : undefined, names, language);
  return { text, names: mentions, nearMisses, figures, concepts, ...(contextNames?.length ? { contextNames } : {}), ...(contextTime ? { contextTime } : {}), ...(labelList ? { labelList } : {}), ...(founderInContext ? { founderInContext } : {}), ...(label ? { label } : {}) };
}

/**
 * The label a draft's one value stands under: the row's first cell of a number cell (the column header where the row
 * is labelled by a time alone: „| 2025 | 48 |“ under „| Jahr | Einzeltitel |“), or the words before the colon of
 * „Einzeltitel: 48“.
 */
function valueLabelOf(text: string, figure: Figure, mentions: NameMention[], context: string | undefined, names: NameIndex, language: Language): ValueLabel | undefined {
  if (context === undefined) {
    const label = labelBefore(text, figure.start, figure.end);
    return label === undefined || isTimeLabel(label, language) ? undefined : labelOfValue(label, mentions.filter((m) => m.end <= label.length), language);
  }
  const [row, header] = cellLabels(context);
  if (header !== undefined && isTimeLabel(row, language)) {
    const byHeader = labelOfValue(header, names.find(header), language);
    const [year] = extractFigures(row.trim(), { language, isSource: false });
    return byHeader && year?.kind === 'year' ? { ...byHeader, year: year.value } : byHeader;
  }
  return labelOfValue(row, names.find(row), language);
}

/**
 * What a table cell is about: its row's label (the context's first part) and its column's header (the last part).
 * The row's other cells are other facts or comments ("| -3.75% | 5.2% | largest holding |": the day's move is no
 * holding); only the names in them count.
 */
function cellContextConcepts(context: string, found: NameMention[], language: Language, dateCell: boolean): Set<string> {
  const firstEnd = context.indexOf(' | ');
  if (firstEnd < 0) return conceptsOf(context, 0, context.length, found);
  const lastStart = context.lastIndexOf(' | ') + 3;
  const concepts = conceptsOf(context, 0, firstEnd, found);
  addConceptsOf(concepts, context, lastStart, context.length, found);
  // "| Donnerstag | 63 % | Chinas Anteil an allen KI-Modellen |": a row labelled by when alone says in its words what
  // its number is.
  // „| 3a | 21.01.2025 | Treffen Liang – Li Qiang |“: a cell that is only a date is the day of what the row's other cells
  // tell, wherever in the row it stands.
  if (dateCell || isTimeLabel(context.slice(0, firstEnd), language)) addConceptsOf(concepts, context, firstEnd, lastStart, found);
  for (const n of found) if (n.start >= firstEnd && n.end <= lastStart) concepts.add(nameConcept(n.entry.canonical));
  return concepts;
}

/** Every figure cell of a row asks of the same label, on every analysis: each label is read once per language. */
const timeLabels = new Map<string, boolean>();
const TIME_LABELS_LIMIT = 20_000;

/** A row's label that is a weekday, a date or a year and nothing else. */
function isTimeLabel(label: string, language: Language): boolean {
  const key = `${language}|${label}`;
  let known = timeLabels.get(key);
  if (known === undefined) {
    if (timeLabels.size >= TIME_LABELS_LIMIT) timeLabels.clear();
    timeLabels.set(key, (known = readsAsTime(label, language)));
  }
  return known;
}

function readsAsTime(label: string, language: Language): boolean {
  if (isWeekday(label)) return true;
  const text = label.trim();
  const [date] = extractFigures(text, { language, isSource: false });
  return date !== undefined && (date.kind === 'date' || date.kind === 'year') && date.start === 0 && date.end === text.length;
}

/** The column header, the context's last part, when it is nothing but a date or a year. */
function headerTime(context: string, language: Language): CalendarDate | undefined {
  // A context of one part is the row's label as often as the header: no header then.
  const at = context.lastIndexOf(' | ');
  if (at < 0) return undefined;
  const header = context.slice(at + 3).trim();
  const [date] = extractFigures(header, { language, isSource: false });
  if (!date || (date.kind !== 'date' && date.kind !== 'year') || date.start !== 0 || date.end !== header.length) return undefined;
  return date.date ?? { year: date.value };
}

/** Whether a cell's column header (the context's last part) heads the dates the row's reports appeared on. */
function isReportDateColumn(context: string): boolean {
  const at = context.lastIndexOf(' | ');
  return at >= 0 && isReportDateHeader(context.slice(at + 3));
}

/** Whether a row's label says "our"/"unser…" before any name it gives. */
function writersRow(context: string, inLabel: NameMention[]): boolean {
  const label = context.split(' | ')[0];
  const possessive = WRITERS_POSSESSIVE.exec(label);
  return possessive !== null && inLabel.every((m) => m.start > possessive.index);
}

/**
 * "| S&P 500 | -1.5% |", "| Broadcomm | -6.58% |": a row labelled by a name no source knows is about that name (no
 * source's fact is), one labelled by a misspelling about the name it nearly is. A label of ordinary words
 * ("Parameters", "Fund weight") names no one.
 */
function rowLabelEntity(context: string, names: NameIndex): NameEntry[] {
  const label = context.split(' | ')[0].trim();
  // "| Our 2025 AI compute budget | $42 million |": the writer's own figures.
  if (WRITERS_POSSESSIVE.test(label)) return [{ canonical: WRITER, kind: 'organisation', aliases: [] }];
  const miss = findNearMisses(label, [], names).find((m) => m.start === 0 && m.end === label.length);
  if (miss) return [miss.entry];
  // "| Training für 5,6 Mio. Dollar |", "| Student, 25 Jahre |": a claim or a list of what someone is, not a name, though
  // it holds a number, as "S&P 500", "Nasdaq 100" and "GPT-4o" do (whose words, but "of", "and", are capitalised).
  const phrase = /,\s/.test(label) || label.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w));
  const looksLikeAName = (/\d|&/.test(label) && !phrase) || /^\p{Lu}{2,}$/u.test(label) || /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3}$/u.test(label);
  return looksLikeAName && /^\p{Lu}/u.test(label) && label.length <= 40 ? [{ canonical: `?${label}`, kind: 'other', aliases: [] }] : [];
}

/**
 * Each figure's local context reaches from the clause boundary after the previous comparable figure to the clause
 * boundary before the next one, so in "Nvidia (-7,82 %), Microsoft (-3,75 %)" each percentage belongs to its own
 * company. The first takes the start of its statement, the last the rest of it (up to a dash, a semicolon or a
 * "while", "obwohl"); figures of other kinds (an age before a year) don't cut the window, since they can't be
 * confused with it.
 */
export function assignLocalConcepts(text: string, figures: Figure[], names: NameMention[]): void {
  const clauses = asideClauses(text);
  // "the sell-off on 27 January came two days after R1's breakthrough": the words naming a duration's other event
  // are about that event, not about the sentence's other figures.
  const anchors = figures.filter((f) => f.durationAnchor).map((f) => f.durationAnchor!);
  // "bereits 2022, ein Jahr vor der Firmengründung": the founding is the event a year is counted from, not 2022's.
  const unfigured = figures.some((f) => f.kind === 'date' || f.kind === 'year') ? anchorsOfUnfiguredSpans(text) : [];
  const ungoverned = ungovernedMoves(text);
  // "HumanEval 92 %, Trainingskosten 5,6 Mio. Dollar": in a list of labelled values, an item ends a window as a figure
  // of the same kind does; the sentence's label ("Tests: …") is every item's.
  const listed = labelledItems(text, figures);
  const items = listed?.items;
  figures.forEach((figure, k) => {
    const previous = figures.slice(0, k).reverse().find((f) => comparable(f, figure));
    const next = figures.slice(k + 1).find((f) => comparable(f, figure));
    const from = Math.max(items?.[k].start ?? 0, previous ? firstBoundaryEnd(text, previous.end, figure.start) : lastStrongBoundaryEnd(text, figure.start));
    // "Microsoft, which gained 3.75 percent on the day, looks less exposed than Nvidia, whose … loss …": a figure in a
    // relative clause ends with it.
    const own = clauses.find((a) => a.start <= figure.start && figure.end <= a.end);
    // "Stargate ist mit einer halben Billion Dollar fast 90.000-mal so groß wie die Trainingskosten von R1": what a
    // multiple after the figure compares it with is the other side's, not what the figure measures.
    const multiple = figure.kind === 'multiplier' ? undefined : figures.slice(k + 1).find((f) => f.kind === 'multiplier');
    // Nor are the words of the multiple's own clause ("…, after gaining a quarter of its value over 2024, so Nvidia's
    // fall was more than eight times the index's"): the name there is what the multiple compares, not the figure's.
    // (Unless "respectively" hands the figures to names still to come: "cost €130 million and €26 million respectively,
    // so Fire-Flyer II cost five times as much as Fire-Flyer I".)
    const multipleStart = multiple && !RESPECTIVELY.test(text.slice(figure.end, multiple.start)) ? firstBoundaryStart(text, figure.end, multiple.start) : multiple?.start;
    const to = Math.min(next ? firstBoundaryStart(text, figure.end, next.start) : firstStrongBoundaryStart(text, figure.end), own ? own.end : text.length, multipleStart ?? text.length, items?.[k].end ?? text.length);
    // "… eight months after GPT-4o, which OpenAI released in March 2024": the day in a relative clause dates something
    // of the phrase the clause follows (its antecedent), not of the clauses before that phrase.
    const dated = figure.kind === 'date' || figure.kind === 'year';
    const antecedent = dated && own && text[own.start] === ',' ? lastBoundaryEnd(text, from, own.start) : undefined;
    const start = Math.max(antecedent ?? from, from);
    figure.window = { start, end: to };
    const others = anchors.filter((a) => a !== figure.durationAnchor && !(antecedent !== undefined && a.start >= antecedent && a.end <= own!.start));
    const spelled = dated ? unfigured.filter((a) => !(a.start <= figure.start && figure.end <= a.end)) : [];
    const asides = [...clauses, ...others, ...spelled].filter((a) => start <= a.start && a.end <= to && !(a.start <= figure.start && figure.end <= a.end)).sort((a, b) => a.start - b.start);
    if (asides.length) figure.asides = asides;
    else delete figure.asides;
    figure.localConcepts = new Set();
    const conceptsEnd = listClauseEnd(text, figure, previous, to) ?? to;
    for (const [a, b] of [...piecesBetween(start, figure.start, asides), ...piecesBetween(figure.start, conceptsEnd, asides)]) addConceptsOf(figure.localConcepts, text, a, b, names);
    for (const c of separatedVerbConcepts(text.slice(start, figure.start), text.slice(figure.end, to))) figure.localConcepts.add(c);
    if (listed && start >= listed.labelEnd) addConceptsOf(figure.localConcepts, text, 0, listed.labelEnd, names);
    if (ungoverned.length && (figure.localConcepts.has('fall') || figure.localConcepts.has('rise'))) withoutUngoverned(figure, text, start, to, [...asides, ...ungoverned].sort((a, b) => a.start - b.start), names);
    if (isChange(figure) && figure.localConcepts.has('fall') && figure.localConcepts.has('rise')) withOwnClausesMove(figure, text, start, to, [...asides, ...ungoverned].sort((a, b) => a.start - b.start), names);
    if (dated) readProgrammeAsSoftware(figure.localConcepts, text.slice(start, to));
    // What is counted is part of the fact: "160 employees" and "200 employees" are about the same thing.
    if (figure.noun) figure.localConcepts.add(`noun:${figure.noun.split(' ').pop()}`);
  });
}

function isChange(figure: Figure): boolean {
  return figure.kind === 'percent' || figure.kind === 'percentagePoint';
}

/** A fall or a rise the figure's window names only in a verb that governs no figure (`ungovernedMoves`) is not its own. */
function withoutUngoverned(figure: Figure, text: string, start: number, to: number, skipped: Span[], names: NameMention[]): void {
  const kept = conceptsWithout(figure, text, start, to, skipped, names);
  for (const c of ['fall', 'rise']) if (!kept.has(c)) figure.localConcepts.delete(c);
}

/**
 * "Nvidia gained 7.82% that day, and wiped out $589 billion", „Microsoft legte 3,75 Prozent zu und dämpfte den Rückgang
 * des Fonds kaum“: where a figure's window names both a fall and a rise, the one of its own clause (between the commas
 * and conjunctions around it) is the figure's; the other tells what the subject did next or what came before.
 */
function withOwnClausesMove(figure: Figure, text: string, start: number, to: number, skipped: Span[], names: NameMention[]): void {
  const own = conceptsWithout(figure, text, lastBoundaryEnd(text, start, figure.start) ?? start, firstBoundaryStart(text, figure.end, to), skipped, names);
  if (own.has('fall') !== own.has('rise')) figure.localConcepts.delete(own.has('fall') ? 'rise' : 'fall');
}

/** The concepts of the words from `start` to `to` around a figure, without the `skipped` spans. */
function conceptsWithout(figure: Figure, text: string, start: number, to: number, skipped: Span[], names: NameMention[]): Set<string> {
  const concepts = new Set<string>();
  for (const [a, b] of [...piecesBetween(start, figure.start, skipped), ...piecesBetween(figure.start, to, skipped)]) addConceptsOf(concepts, text, a, b, names);
  const blanked = skipped.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), text);
  for (const c of separatedVerbConcepts(blanked.slice(start, figure.start), blanked.slice(figure.end, to))) concepts.add(c);
  return concepts;
}

/**
 * "Nvidia, dessen H100-Chips unter die Exportbeschränkungen fallen, wurde 1993 gegründet": a relative clause between
 * commas says something about a name, not about a figure outside it. Only pronouns that cannot be articles open one.
 */
// ", dem 27. Januar 2025," is a date in apposition, not a relative clause; ", das am 25. Januar … feierte," is one.
// Before a capital ("Micron, der Hochleistungsspeicher für Nvidias Beschleuniger liefert, fiel …") "der" opens one
// only between commas and ending with a verb, as a German relative clause does: ", der Chipkonzern aus Santa Clara,"
// is a noun in apposition, and "… der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte." says whose the sum is.
// "…, one of which beats o1-mini on certain benchmarks", „…, von denen eine o1-mini schlägt“, „…, eine davon …“: a clause
// about one member of what a figure counts says nothing of the count (its benchmark, its rival are the member's).
const PARTITIVE_CLAUSE_OPENING = String.raw`(?:one|some|two|three|several|many|most|all|none|each|both|either|neither)\s+of\s+(?:which|whom|them)|[Vv]on\s+denen|(?:eine[rs]?|zwei|drei|einige|viele|manche|alle|keine[rs]?)\s+davon`;
const RELATIVE_CLAUSE = new RegExp(String.raw`,\s*(?:(?:[Dd]essen|[Dd]eren|[Ww]elche[rsmn]?|[Ww]hich|[Ww]ho|[Ww]hose|[Ww]hom|${PARTITIVE_CLAUSE_OPENING})\s|(?:der|die|das|den|dem)\s+(?=[\p{Ll}\d])(?!\d{1,2}\.\s)(?![\d.,]+-\p{L})|(?:der|die|das|den|dem)\s+(?=\p{Lu})(?=(?:\d[.,]\d|\d\.(?=\s)|[^,;:.!?])*\s\p{Ll}{3,},))(?:\d[.,]\d|\d\.(?=\s)|[^,;:.!?])*(?:,|(?=[.!?]?\s*$))`, 'gu');

/**
 * "the $5.6m model that crushed chip stocks on Jan 27", "a 17% drop that erased …": without a comma, an English clause
 * after a figure's noun says something of the noun, not what the figure measures. ("the $78 million that OpenAI spent"
 * has no noun between: there the clause says what the sum is; nor does one with a subject of its own, "the 20,000 chips
 * that High-Flyer bought", which says whose they are.)
 */
const RESTRICTIVE_AFTER_FIGURE = /(?<=\d(?:[\d.,]*\d)?(?:\s?(?:%|percent|per\s+cent|m|bn|k|million|billion|trillion|dollars?|euros?|yuan))?[\s-]+(?!(?:percent|cent|million|billion|trillion|dollars?|euros?|yuan|times|points?)\s)\p{L}[\p{L}-]*\s)(?:that|which)\s(?!\p{Lu}|(?:we|they|he|she|it|you|i)\s)(?:\d[.,]\d|[^,;:.!?])*(?:,|(?=[.!?]?\s*$))/gu;

/**
 * "covers a training run, not the hardware DeepSeek already owned": what a figure is not is no part of what it is.
 * ("nicht nur", "not least", "not surprisingly" negate nothing.)
 */
const NEGATED_CONTRAST = /,\s*(?:(?:and|und|aber)\s+)?(?:not|nicht|rather\s+than|instead\s+of|statt|anstatt|anstelle)\s(?!(?:nur|zuletzt|only|least|surprisingly|unbedingt|ganz|mehr)\b)(?:\d[.,]\d|[^,;:.!?])*(?=,|[.!?]?\s*$)/gu;

/**
 * The clauses of a sentence that say something of something other than the figures around them. Asked of one sentence
 * by its concepts, its facts and each of its dates in turn: the last sentence's are kept (copies handed out).
 */
export function asideClauses(text: string): Span[] {
  if (lastAsides?.text !== text) lastAsides = { text, clauses: findAsideClauses(text) };
  return lastAsides.clauses.map((c) => ({ ...c }));
}

let lastAsides: { text: string; clauses: Span[] } | undefined;

function findAsideClauses(text: string): Span[] {
  // The relative and the negated clause open at a comma, the restrictive one at "that" or "which": their look-behinds,
  // tried at every position, need not run on a sentence without them (most sentences lack one or both).
  const commas = text.includes(',');
  const restrictive = RESTRICTIVE_WORD.test(text);
  if (!commas && !restrictive) return [];
  const clauses = commas ? [...text.matchAll(RELATIVE_CLAUSE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : [];
  for (const m of [...(restrictive ? text.matchAll(RESTRICTIVE_AFTER_FIGURE) : []), ...(commas ? text.matchAll(NEGATED_CONTRAST) : [])]) {
    const clause = { start: m.index!, end: m.index! + m[0].length };
    if (!clauses.some((c) => c.start < clause.end && clause.start < c.end)) clauses.push(clause);
  }
  return clauses.sort((a, b) => a.start - b.start);
}

/** What every match of RESTRICTIVE_AFTER_FIGURE holds. */
const RESTRICTIVE_WORD = /(?:that|which)\s/u;

/** The stretches of [from, to) outside the asides. */
function piecesBetween(from: number, to: number, asides: Span[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let at = from;
  for (const a of asides) {
    if (a.end <= at || a.start >= to) continue;
    if (a.start > at) pieces.push([at, a.start]);
    at = Math.max(at, a.end);
  }
  if (at < to) pieces.push([at, to]);
  return pieces;
}

function comparable(a: Figure, b: Figure): boolean {
  return FAMILY[a.kind] === FAMILY[b.kind];
}

/**
 * Where one statement ends and another begins within a sentence: a dash or semicolon, or a conjunction that
 * opens a clause of its own ("fiel um 3 %, obwohl er 2024 noch 25 % zugelegt hatte", "rose 3 %, while …"), or its
 * consequence ("…, sodass Nvidia …", "…, so Nvidia falls …"; not the „so Liang“ of an attribution, which no verb follows).
 */
const STRONG_BOUNDARY = /[;–—]|,\s*(?:während|obwohl|nachdem|weil|wobei|sondern|aber|doch|whereas|while|although|after|before|because|but|though)(?![\p{L}])|,\s*and\s+(?=\p{Lu})|,\s*(?:sodass|so\s+dass|so\s+that)(?![\p{L}])|,\s*so\s+(?=(?:the\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{N}+)?\s+\p{Ll})|\s(?:während|whereas|while|but|aber|doch|sondern)\s/gu;

/**
 * The statement a figure belongs to: its sentence between the strong boundaries around it, or its item where the
 * sentence lists labelled values (`figures`: the sentence's).
 */
export function statementAround(text: string, figure: Span, figures?: Figure[]): Span {
  const statement = { start: lastStrongBoundaryEnd(text, figure.start), end: firstStrongBoundaryStart(text, figure.end) };
  const item = figures && labelledItems(text, figures)?.items[figures.findIndex((f) => f.start === figure.start)];
  return item ? { start: Math.max(statement.start, item.start), end: Math.min(statement.end, item.end) } : statement;
}

function lastStrongBoundaryEnd(text: string, before: number): number {
  let end = 0;
  STRONG_BOUNDARY.lastIndex = 0;
  for (let m = STRONG_BOUNDARY.exec(text); m && m.index + m[0].length <= before; m = STRONG_BOUNDARY.exec(text)) if (!isLabelDash(text, m.index)) end = m.index + m[0].length;
  return end;
}

function firstStrongBoundaryStart(text: string, after: number): number {
  STRONG_BOUNDARY.lastIndex = after;
  let m = STRONG_BOUNDARY.exec(text);
  while (m && isLabelDash(text, m.index)) m = STRONG_BOUNDARY.exec(text);
  return m ? m.index : text.length;
}

/** A name-like label of up to four capitalised words or numbers that opens a sentence, before a spaced dash: "Nvidia – ", "Fire-Flyer II — ". */
const LABEL_BEFORE_DASH = /^\s*\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,3}[ \t]+$/u;

/**
 * "- Broadcom – minus 6,58 Prozent", "**Fire-Flyer II** — supercomputer, cost one billion yuan": a dash right after a
 * label that opens the sentence says what the label is, as a colon does; it starts no other statement.
 */
function isLabelDash(text: string, at: number): boolean {
  return (text[at] === '–' || text[at] === '—') && at <= 48 && /\s/.test(text[at + 1] ?? '') && LABEL_BEFORE_DASH.test(text.slice(0, at));
}

function firstBoundary(text: string, from: number, to: number): RegExpExecArray | null {
  BOUNDARY.lastIndex = from;
  const m = BOUNDARY.exec(text);
  return m && m.index < to ? m : null;
}

/**
 * Where the phrase before `before` begins: after the last boundary between `from` and it (the phrase a relative clause
 * opened at `before` follows, or a figure's own clause).
 */
function lastBoundaryEnd(text: string, from: number, before: number): number | undefined {
  let start: number | undefined;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index + m[0].length <= before; m = BOUNDARY.exec(text)) if (m.index < before) start = m.index + m[0].length;
  return start;
}

function firstBoundaryEnd(text: string, from: number, to: number): number {
  const m = firstBoundary(text, from, to);
  return m ? m.index + m[0].length : from;
}

function firstBoundaryStart(text: string, from: number, to: number): number {
  const m = firstBoundary(text, from, to);
  return m ? m.index : to;
}

/** A word of `MOVE_RIGHT_BEFORE` ending the text before a figure, optionally with "by": "rebounds 8.9%", "added by 2%". */
const MOVE_BEFORE = new RegExp(`(?<![\\p{L}])(${[...MOVE_RIGHT_BEFORE.up, ...MOVE_RIGHT_BEFORE.down].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:by\\s+)?$`, 'iu');

/** A minus sign says "fell"; otherwise a word for falling or rising in the figure's own clause, if only one of them. */
/**
 * "ended the day up 6.58%", "schloss 6,58 Prozent höher": a word right beside a change says which way it went, before
 * the words of its clause do ("ended up 7.8 percent lower" fell).
 */
function directionBeside(text: string, figure: Figure, language: Language): 'up' | 'down' | undefined {
  if (figure.kind !== 'percent' && figure.kind !== 'percentagePoint') return undefined;
  const after = /^\s+(higher|höher|fester|up|rauf|aufwärts|bergauf|lower|tiefer|niedriger|schwächer|leichter|down|runter|abwärts|bergab)(?![\p{L}])/iu.exec(text.slice(figure.end))?.[1].toLowerCase();
  if (after) return ['higher', 'höher', 'fester', 'up', 'rauf', 'aufwärts', 'bergauf'].includes(after) ? 'up' : 'down';
  // "The Nasdaq Composite's 3.4% fall", "a 7.82 percent drop": the noun after a change names its direction.
  const noun = /^\s+(fall|drop|decline|slide|slump|plunge|loss|hit|rise|gain|jump|climb|rally)(?![\p{L}])/iu.exec(text.slice(figure.end))?.[1].toLowerCase();
  if (noun) return ['rise', 'gain', 'jump', 'climb', 'rally'].includes(noun) ? 'up' : 'down';
  // "added 7.82%", "rebounds 8.9%", "eased 3%": English words that name a move only right before one (context/lexicon.ts);
  // in German "falls" is "if" („– falls 25 Prozent stimmen“).
  const verb = language === 'de' ? undefined : MOVE_BEFORE.exec(text.slice(0, figure.start))?.[1].toLowerCase().replace(/\s+/g, ' ');
  if (verb) return MOVE_RIGHT_BEFORE.down.includes(verb) ? 'down' : 'up';
  // "mit einem Aufschlag von 7,82 Prozent": a premium or discount names the move it states, not one it forecasts
  // ("rechnen mit einem Abschlag von bis zu zehn Prozent"), so only right before the figure.
  const premium = /(?<![\p{L}])(aufschlag|abschlag)\s+von\s+$/iu.exec(text.slice(0, figure.start))?.[1].toLowerCase();
  if (premium) return premium === 'aufschlag' ? 'up' : 'down';
  const before = /(?<![\p{L}])(up|down)\s+$/iu.exec(text.slice(0, figure.start))?.[1].toLowerCase();
  // "gave up 3 %", "ended up 7.8 percent" are no rise.
  if (before === 'up' && /(?:gave|give|gives|giving|given|ended|end|ends)\s+up\s+$/iu.test(text.slice(0, figure.start))) return undefined;
  return before === undefined ? undefined : before === 'up' ? 'up' : 'down';
}

const UP_MARKS = '📈▲△↑⬆↗🔺';
const DOWN_MARKS = '📉▼▽↓⬇↘🔻';
const MARK = new RegExp(`[${UP_MARKS}${DOWN_MARKS}]`, 'gu');

const MARK_RIGHT_AFTER = new RegExp(`^\\s*([${UP_MARKS}${DOWN_MARKS}])`, 'u');

/**
 * "- 📉 Nvidia: 7,82 Prozent", "▲ Microsoft 3.75%", "Nvidia 7,82 % ↓": in bullets and tickers an arrow or a chart emoji
 * says which way a change went. A mark counts for the figure right after it (no other figure between) or right beside
 * it after; a sign of the figure's own ("−7,82 %") speaks for itself.
 */
function directionMarked(text: string, figure: Figure, figures: Figure[]): 'up' | 'down' | undefined {
  if (figure.kind !== 'percent' && figure.kind !== 'percentagePoint') return undefined;
  if (figure.value < 0 || figure.text.startsWith('+')) return undefined;
  // A verb says it better than a mark: "📉 … hatte sich um 7,82 Prozent erholt" rose.
  if (figure.localConcepts.has('fall') || figure.localConcepts.has('rise')) return undefined;
  const after = MARK_RIGHT_AFTER.exec(text.slice(figure.end))?.[1];
  if (after) return UP_MARKS.includes(after) ? 'up' : 'down';
  const previous = figures.filter((f) => f.end <= figure.start).reduce((end, f) => Math.max(end, f.end), 0);
  // A mark right after the figure before is that figure's ("Nasdaq 100 ▼ 3% 📉, although it had gained 25%").
  const before = text.slice(previous, figure.start);
  const skipped = previous > 0 ? MARK_RIGHT_AFTER.exec(before)?.[0].length ?? 0 : 0;
  const mark = [...before.slice(skipped).matchAll(MARK)].pop();
  if (!mark) return undefined;
  // A mark of the figure's own sentence or item ("📉 Nvidia: 7,82 %"), not one a sentence ago.
  if (/[.;!?]/.test(before.slice(skipped + mark.index! + mark[0].length))) return undefined;
  return UP_MARKS.includes(mark[0]) ? 'up' : 'down';
}

/**
 * "Nvidia, Microsoft und Broadcom stiegen um 7,82, 3,75 und 6,58 Prozent", "Nvidia lost 7.82 percent, Microsoft 3.75
 * percent and Broadcom 6.58 percent": the later values of a list share the first one's verb, and so the way it went,
 * where nothing but a joiner and a name stands between them. Only a direction said in words is shared, never a sign or
 * a mark ("Nvidia −7,82 %, Microsoft 3,75 %" is a ticker's), and only by a value that says none of its own.
 */
function shareListDirection(text: string, figures: Figure[], names: NameMention[], language: Language): void {
  const isChange = (f: Figure) => f.kind === 'percent' || f.kind === 'percentagePoint';
  const unsigned = (f: Figure) => f.value >= 0 && !f.text.startsWith('+');
  const shared = new Set<Figure>();
  for (let i = 1; i < figures.length; i++) {
    const [previous, figure] = [figures[i - 1], figures[i]];
    if (figure.direction || !previous.direction || !isChange(figure) || !isChange(previous) || !unsigned(figure) || !unsigned(previous)) continue;
    if (previous.direction !== (directionBeside(text, previous, language) ?? directionOf(previous)) && !shared.has(previous)) continue;
    let gap = text.slice(previous.end, figure.start);
    for (const n of names) if (n.start >= previous.end && n.end <= figure.start) gap = gap.slice(0, n.start - previous.end) + ' '.repeat(n.end - n.start) + gap.slice(n.end - previous.end);
    if (!LIST_GAP.test(gap) || COMPARED_AFTER.test(text.slice(figure.end))) continue;
    figure.direction = previous.direction;
    shared.add(figure);
  }
}

function directionOf(figure: Figure): 'up' | 'down' | undefined {
  if (figure.kind !== 'percent' && figure.kind !== 'percentagePoint') return undefined;
  if (figure.value < 0) return 'down';
  if (figure.text.startsWith('+')) return 'up';
  const falls = figure.localConcepts.has('fall');
  const rises = figure.localConcepts.has('rise');
  if (falls === rises) return undefined;
  return falls ? 'down' : 'up';
}
