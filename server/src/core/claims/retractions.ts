import type { Fact } from '../facts/fact';
import { FIGURE_FAMILY } from '../figures/family';
import { compareFigures } from '../match/agreement';
import { isBareSum } from '../figures/extractFigures';
import type { CalendarDate, Figure, NameMention, Span } from '../types';
import { ADDING_AFTER_CONJUNCTION, CORRECTING_CONJUNCTIONS, CORRECTION_ADJECTIVES, CORRECTION_NOUNS, CORRECTION_OPENINGS, NOT_REJECTING, REJECTED_VALUE_LEADS, REJECTING_NEGATIONS, VERSION_PIECES_DE, VERSION_PIECES_EN } from './correctionWords';

/**
 * What a draft reports as someone else's error is not its own claim: a corrections column ("A chart on 28 January
 * showed the loss as $598 billion. The correct figure is $589 billion."), a fact check ("Claim: Half of all AI models
 * come from China."). Warning on the retracted value repeats what the writer already says, and comparing the
 * correction with it calls the draft inconsistent.
 */
export interface RetractionSentence {
  text: string;
  figures: readonly Figure[];
  /** One per figure, in the same order. */
  facts: readonly Fact[];
  names: readonly NameMention[];
  /** A table cell's row and column header ("falsch | Behauptung im Beitrag"), the header last. */
  context?: string;
}

// A piece of the writer's own or someone's publication, or a claim going round, with its article: "An article on the
// business pages on 28 January", "Our live blog", "A widely shared post", "In einem Artikel vom 28. Januar", "Die
// Grafik", "Wir". Outlets by name ("The Washington Post said", "Deutsche Post") are sources, not retractions; nor is a
// "report", which news cites as evidence. Piece words are matched in their case: "Post" in English is a name.
const PIECE_EN = String.raw`(?:[Aa]n?|[Tt]he(?:\s+same)?|[Oo]ur|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}(?:article|story|piece|profile|chart|graphic|headline|caption|blog|post|tweet|analysis|newsletter|column|video|podcast|claim|rumou?r|mistake|misconception|${VERSION_PIECES_EN.join('|')})|[Ww]e|[Ii]t(?=\s+also)`;
const PIECE_DE = String.raw`(?:[Ii]n\s+)?(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]in(?:e[mnrs]?)?|[Uu]nser\p{Ll}*|[Ii]m)\s+(?:[\p{Ll}-]+\s+){0,2}(?:Artikel|Text|Grafik|Überschrift|Schlagzeile|Porträt|Profil|Liveblog|Ticker|Analyse|Newsletter|Kolumne|Video|Podcast|Post|Tweet|Behauptung|Gerücht|Fehler|Irrtum|${VERSION_PIECES_DE.join('|')})|[Ww]ir`;
// "A common mistake is to say …", „Ein häufiger Fehler ist es, zu sagen, …“: a mistake that is saying something sets
// aside what is said.
// The verb that reports it; the claim is what follows. Not "reported", "berichtete", "meldete", "stand", "gab": news
// prose credits its sources with them ("Die Washington Post berichtete …", "Der Umsatz stand bei …").
const SAYS = String.raw`(?<=(?<![\p{L}])(?:is|was|ist|war)(?:\s+es)?\s*,?\s+(?:to|zu)\s+)(?:say|claim|write|sagen|behaupten|schreiben)|stand(?=\s*,)|said|says|claimed|claims|stated|showed|shows|described|describes|gave|put|listed|wrote|attributed|misspelled|misspelt|called|suggested|hieß\s+es|hiess\s+es|schrieb|schrieben|geschrieben|behauptete|behauptet|zeigte|nannte|bezifferte|beschrieb|zitierte|zugeschrieben`;
const FRAME = new RegExp(String.raw`(?<![\p{L}])(?:${PIECE_EN}|${PIECE_DE})(?![\p{L}])((?:[^.;:!?]|(?<=\d)\.){0,90}?)(?<![\p{L}])(?:also\s+|auch\s+)?(?:${SAYS})(?![\p{L}])`, 'dgu');
/** A name the index may not know, set off before the verb or as the piece's author: ", Jensen Huang said", "by Bernstein". */
const SOMEONE_NAMED = /,\s*\p{Lu}|(?<![\p{L}])(?:by|von)\s+\p{Lu}/u;
/** "As we reported", "wie wir berichteten", "wie die Analyse zeigte": the writer stands by it. */
const AFFIRMED = /(?<![\p{L}])(?:as|wie)\s+$/iu;
/** Words that put the next value at another time: it follows the claim, it does not correct it. */
const ANOTHER_TIME = /(?<![\p{L}])(?:later|earlier|previously|afterwards|then|später|zuvor|vorher|danach|davor|anschließend|seitdem|seither)(?![\p{L}])/iu;
/** A spelling reported as wrong: whatever follows "as" is no spelling of the writer's. */
const MISSPELLED = /(?<![\p{L}])(?:misspelled|misspelt|falsch\s+geschrieben|falsch\s+buchstabiert)(?![\p{L}])[^;.!?]{0,120}?(?<![\p{L}])(?:as|als)(?![\p{L}])/iu;
const CLAIM_WORD = String.raw`(?:claim|myth|rumou?r|behauptung|mythos|gerücht|falschmeldung)`;
/** A fact check's label for the claim under review: "Claim:", "Behauptung:", "Mythos:". */
const LABEL = new RegExp(String.raw`^\s*(?:[-*•]\s*)?${CLAIM_WORD}\s*:`, 'iu');
/** A verdict table's column of the claims under review: "| Behauptung im Beitrag | Bewertung |", "| Claim | Verdict |". */
const CLAIM_COLUMN = new RegExp(String.raw`^\s*(?:the\s+|die\s+|der\s+)?${CLAIM_WORD}(?:s|en)?(?![\p{L}])`, 'iu');

export interface Retractions {
  /** Per sentence, the spans (relative to it) of what it reports as an error or a claim under review. */
  spans: Span[][];
  /**
   * Per sentence, its figures (by position) that correct a retracted value, each with the fact the retracted value
   * was read as: "The correct figure is $589 billion" states what the chart got wrong, Nvidia's loss of market value.
   */
  corrections: Array<Map<number, Fact>>;
}

export function readRetractions(sentences: readonly RetractionSentence[]): Retractions {
  const corrections = sentences.map(() => new Map<number, Fact>());
  if (whollyQuoted(sentences)) return { spans: sentences.map((s) => [{ start: 0, end: s.text.length }]), corrections };
  const spans = sentences.map((sentence, k) => retractedIn(sentence, k, sentences[k + 1], corrections));
  sentences.forEach((sentence, k) => {
    rejectedIn(sentence, k, spans[k], corrections);
    if (k + 1 < sentences.length) correctedNext(sentence, k, sentences[k + 1], spans[k], corrections);
  });
  // A statement in quotation marks that the next words judge false, as a quiz or a fact check does ("\"… was
  // eightfold.\" False: processing ran 1.8 times as fast.", "„…“ Falsch: …"): the statement under review.
  sentences.forEach((sentence, k) => {
    if (k + 1 < sentences.length && whollyQuoted([sentence]) && FALSE_VERDICT.test(sentences[k + 1].text)) spans[k] = [{ start: 0, end: sentence.text.length }];
  });
  return { spans, corrections };
}

/** A verdict that what was just quoted is false: "False:", "False again:", "Falsch.", "Stimmt nicht:". */
// A verdict that stands alone ("Falsch.", "False again:", "Stimmt nicht –"): "Falsch sei daran nichts", "Wrong as it may
// sound" go on to say something else.
const FALSE_VERDICT = /^\s*[*_]{0,2}(?:false|wrong|untrue|not\s+true|falsch|unwahr|stimmt\s+nicht)(?:\s+(?:again|once\s+more|wieder|erneut|auch))?[*_]{0,2}\s*(?:[.:!–—-]|$)/iu;

const OPENING_QUOTE = /^\s*[„“"»«‚‘]/u;
const CLOSING_QUOTE = /[“”"«»‘’][\s.!?]*$/u;
const ANY_QUOTE = /[„“”"»«‚‘’]/gu;

/**
 * A heading or paragraph that is one quotation and nothing else ("## „Am nächsten Tag verlor Nvidia zehn Prozent“",
 * a viral post set as a block quote): a fact check's claim under review, or a pull quote, which is someone's words,
 * not the writer's; the quotation's own wording is still compared with the sources' quotations.
 */
function whollyQuoted(sentences: readonly RetractionSentence[]): boolean {
  if (sentences.length === 0) return false;
  const text = sentences.map((s) => s.text).join(' ');
  if (!OPENING_QUOTE.test(text) || !CLOSING_QUOTE.test(text)) return false;
  // Only the quotation's own two marks (an apostrophe inside a word is no mark).
  return (text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '').match(ANY_QUOTE) ?? []).length === 2;
}

function retractedIn(sentence: RetractionSentence, at: number, next: RetractionSentence | undefined, corrections: Retractions['corrections']): Span[] {
  const { text, context } = sentence;
  // The header is the context's last part (with no row label before it, its only one).
  if (context !== undefined && CLAIM_COLUMN.test(context.split(' | ').pop()!)) return [{ start: 0, end: text.length }];
  const label = LABEL.exec(text);
  if (label) return [{ start: label[0].length, end: text.length }];
  const spans: Span[] = [];
  const misspelled = MISSPELLED.exec(text);
  if (misspelled) spans.push({ start: misspelled.index + misspelled[0].length, end: clauseEnd(text, misspelled.index + misspelled[0].length) });
  FRAME.lastIndex = 0;
  const frame = FRAME.exec(text);
  if (!frame || AFFIRMED.test(text.slice(Math.max(0, frame.index - 8), frame.index))) return spans;
  // "An analysis by Bernstein showed", "In a video, Jensen Huang said": someone named says it, not the piece.
  const [gapStart, gapEnd] = frame.indices![1];
  if (sentence.names.some((n) => n.start >= gapStart && n.end <= gapEnd) || SOMEONE_NAMED.test(frame[1])) return spans;
  const claim: Span = { start: frame.index + frame[0].length, end: clauseEnd(text, frame.index + frame[0].length) };
  const correction = correctionAfter(sentence, at, claim, next);
  if (ANOTHER_TIME.test(correction.text)) return spans;
  for (let i = 0; i < sentence.figures.length; i++) {
    const figure = sentence.figures[i];
    if (figure.start < claim.start || figure.end > claim.end) continue;
    const corrects = correctedBy(figure, sentence.facts[i], correction);
    if (!corrects) continue;
    spans.push({ start: figure.start, end: figure.end });
    const fact = sentence.facts[i];
    if (fact && !corrections[corrects.sentence].has(corrects.index)) corrections[corrects.sentence].set(corrects.index, fact);
  }
  const corrector = correction.names.find((n) => n.entry.kind === 'person');
  for (const name of sentence.names) {
    if (name.entry.kind !== 'person' || name.start < claim.start || name.end > claim.end) continue;
    // "attributed the phrase … to Marc Andreessen. It was Donald Trump who …": someone else is named instead.
    if (corrector && corrector.entry !== name.entry) spans.push({ start: name.start, end: name.end });
  }
  return spans;
}

/** Where the clause that starts at `from` ends: at a semicolon, or the sentence's end. */
function clauseEnd(text: string, from: number): number {
  const end = text.indexOf(';', from);
  return end < 0 ? text.length : end;
}

interface Correction {
  /** With where each stands: the sentence (in the paragraph) and its position among the sentence's figures. */
  figures: Array<{ figure: Figure; fact: Fact; sentence: number; index: number }>;
  names: NameMention[];
  /** The words of the correction: the rest of the claim's sentence and the next sentence. */
  text: string;
}

/** What follows the claim: the rest of its sentence after a semicolon, then the next sentence of the paragraph. */
function correctionAfter(sentence: RetractionSentence, at: number, claim: Span, next: RetractionSentence | undefined): Correction {
  const figures: Correction['figures'] = [];
  const names: NameMention[] = [];
  sentence.figures.forEach((figure, i) => {
    if (figure.start >= claim.end) figures.push({ figure, fact: sentence.facts[i], sentence: at, index: i });
  });
  for (const n of sentence.names) if (n.start >= claim.end) names.push(n);
  if (next) {
    next.figures.forEach((figure, i) => figures.push({ figure, fact: next.facts[i], sentence: at + 1, index: i }));
    names.push(...next.names);
  }
  return { figures, names, text: `${sentence.text.slice(claim.end)} ${next?.text ?? ''}` };
}

/**
 * The correction's value, if it states the same kind of value about the same thing, otherwise: its first figure of
 * the figure's family (a sum for a sum, a date for a date) about an entity it shares, with another value.
 */
function correctedBy(figure: Figure, fact: Fact | undefined, correction: Correction): Correction['figures'][number] | undefined {
  const family = familyOf(figure);
  const other = correction.figures.find((c) => familyOf(c.figure) === family && aboutTheSame(fact, c.fact));
  return other !== undefined && differ(figure, other.figure) ? other : undefined;
}

/** A duration is no count of what it counts; otherwise the kinds that can state the same fact (figures/family.ts). */
function familyOf(figure: Figure): string {
  return figure.durationUnit ? 'duration' : FIGURE_FAMILY[figure.kind];
}

/** The same entity, and what they measure in common where both say (a rise and a fall are one change). */
function aboutTheSame(a: Fact | undefined, b: Fact | undefined): boolean {
  if (!a || !b || !a.entities.some((e) => b.entities.includes(e))) return false;
  const what = (f: Fact) => f.attributes.filter((x) => !x.startsWith('noun:')).map((x) => (x === 'rise' || x === 'fall' ? 'change' : x));
  const [wa, wb] = [what(a), what(b)];
  return wa.length === 0 || wb.length === 0 || wa.some((x) => wb.includes(x));
}

/**
 * Whether two values of one family differ: dates by the day, month or year both give ("2022" is not "July 2023"),
 * amounts as the matcher compares them (a rounding or a hedge restates, "fell 3%" corrects "rose 3%").
 */
function differ(a: Figure, b: Figure): boolean {
  const da = dateOf(a);
  const db = dateOf(b);
  if (!da && !db) return compareFigures(a, b) !== 'agrees';
  if (!da || !db) return true;
  return (['year', 'month', 'day'] as const).some((part) => da[part] !== undefined && db[part] !== undefined && da[part] !== db[part]);
}

function dateOf(figure: Figure): CalendarDate | undefined {
  return figure.date ?? (figure.kind === 'year' ? { year: figure.value } : undefined);
}

/**
 * What a correction's value states: "The correct figure is $589 billion" names nothing it measures, and means what the
 * retracted value was read as (Nvidia's loss of market value), so a later "$859 billion" loss disagrees with it. A
 * correction that says what it measures keeps its own reading.
 */
export function correctionRead(own: Fact, corrects: Fact): Fact {
  if (own.attributes.some((a) => !a.startsWith('noun:'))) return own;
  const entities = own.entities.length ? own.entities : corrects.entities;
  return { ...own, entities, attributes: [...corrects.attributes] };
}

const words = (list: readonly string[]) => list.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
/** "nicht 170", "not in 2016", "nicht etwa um 17": a negation right before a value, with at most two words between. */
const REJECTED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${words(REJECTING_NEGATIONS)})\s+(?:(?:${words(REJECTED_VALUE_LEADS)})\s+){0,2}$`, 'iu');
const NOT_REJECTING_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${words(REJECTING_NEGATIONS)})\s+(?:${words(NOT_REJECTING)})(?![\p{L}])`, 'iu');
/** ", sondern 160", " but 160", ", but rather in 2015": the right value's conjunction, with at most two words after it. */
const CORRECTING_GAP = new RegExp(String.raw`^[^.;:!?]{0,40}?(?<![\p{L}])(?:${words(CORRECTING_CONJUNCTIONS)})\s+(?!(?:${words(ADDING_AFTER_CONJUNCTION)})(?![\p{L}]))(?:(?:rather|instead|vielmehr|eher|${words(REJECTED_VALUE_LEADS)})\s+){0,2}$`, 'iu');

/**
 * "Das Training kostete nicht 6,5, sondern 5,6 Millionen Dollar", "Nvidia fell not 17 percent but 7.82 percent": the value
 * after the negation is the one the writer rejects, no claim of the draft; the one after "sondern"/"but" (or before the
 * negation: "fell 7.82%, not 17%") is the claim, and states what the rejected one was read as where it names nothing it
 * measures.
 */
function rejectedIn(sentence: RetractionSentence, k: number, spans: Span[], corrections: Retractions['corrections']): void {
  const { text, figures } = sentence;
  figures.forEach((figure, i) => {
    if (spans.some((s) => s.start <= figure.start && figure.end <= s.end)) return;
    const before = text.slice(Math.max(0, figure.start - 40), figure.start);
    const negation = REJECTED_BEFORE.exec(before);
    if (!negation || NOT_REJECTING_AFTER.test(before.slice(negation.index))) return;
    // "nicht 6,5 Millionen, sondern 5,6 Millionen Dollar", "not 45 but 40 years old": the rejected number leaves its
    // unit to the right one.
    const bare = isBareSum(figure) || (figure.kind === 'count' && !figure.range && (!figure.noun || CORRECTING_CONJUNCTIONS.includes(figure.noun)));
    const kin = (f: Figure) => familyOf(f) === familyOf(figure) || (bare && f.kind !== 'count');
    const after = figures.findIndex((f, n) => n > i && kin(f));
    const negationStart = figure.start - before.length + negation.index;
    const j = after >= 0 && CORRECTING_GAP.test(text.slice(figure.end, figures[after].start)) ? after : rightValueBefore(figures, i, kin, text, negationStart);
    if (j < 0 || !differ(figure, figures[j])) return;
    spans.push({ start: figure.start, end: figure.end });
    const fact = sentence.facts[i];
    if (fact && !corrections[k].has(j)) corrections[k].set(j, fact);
  });
}

/** "7,82 %, nicht 17 %", "a $500 billion initiative to build out AI infrastructure, not $500 million": the right value, then within its clause a comma or a dash before the negation. */
const SET_ASIDE_GAP = /^[^.;:!?()]{0,60}?(?:,|\s[–—-])\s*$/u;

/**
 * "Sorry, I misspoke: it fell 7.82% on 27 January, not 17%", „Das waren 7,82 %, nicht 17 %“: the right value comes
 * first and the rejected one is set aside after it. The nearest value of its kind before the negation, in its clause
 * and set off from the negation by a comma or a dash; values of other kinds between them (the date) do not count.
 */
function rightValueBefore(figures: readonly Figure[], i: number, kin: (f: Figure) => boolean, text: string, negationStart: number): number {
  for (let n = i - 1; n >= 0; n--) {
    if (figures[n].end > negationStart || !kin(figures[n])) continue;
    return SET_ASIDE_GAP.test(text.slice(figures[n].end, negationStart)) ? n : -1;
  }
  return -1;
}

const OPENING_PHRASES = CORRECTION_OPENINGS.map((o) => o.split(/\s+/).map((w) => w.replace('ADJ', `(?:${words(CORRECTION_ADJECTIVES)})`).replace('NOUN', `(?:${words(CORRECTION_NOUNS)})`)).join(String.raw`\s+`));
/** "Richtig sind 160.", "Die korrekte Zahl lautet 160.", "The correct figure is 160.", "Correct: 2015." */
const CORRECTION_OPENING = new RegExp(String.raw`^\s*[*_]{0,2}(?:${OPENING_PHRASES.join('|')})(?![\p{L}])[*_]{0,2}`, 'iu');

/**
 * "In einer früheren Fassung stand, das Training habe 6,5 Millionen Dollar gekostet. Richtig sind 5,6 Millionen Dollar.":
 * a sentence that opens by giving the right value corrects the one value of its kind about the same thing in the
 * sentence before, whoever said it; that value is no claim of the draft.
 */
function correctedNext(sentence: RetractionSentence, k: number, next: RetractionSentence, spans: Span[], corrections: Retractions['corrections']): void {
  const opening = CORRECTION_OPENING.exec(next.text);
  if (!opening) return;
  const j = next.figures.findIndex((f) => f.start >= opening[0].length);
  if (j < 0) return;
  const right = next.figures[j];
  const candidates = sentence.figures.map((figure, i) => ({ figure, i })).filter(({ figure, i }) => familyOf(figure) === familyOf(right) && looselyAboutTheSame(sentence.facts[i], next.facts[j]));
  if (candidates.length !== 1) return;
  const { figure, i } = candidates[0];
  if (spans.some((s) => s.start <= figure.start && figure.end <= s.end) || !differ(figure, right)) return;
  spans.push({ start: figure.start, end: figure.end });
  const fact = sentence.facts[i];
  if (fact && !corrections[k + 1].has(j)) corrections[k + 1].set(j, fact);
}

/** As `aboutTheSame`, but a correction that names no one ("Richtig sind 160") is about whomever the value before was. */
function looselyAboutTheSame(a: Fact | undefined, b: Fact | undefined): boolean {
  if (!a || !b) return false;
  if (a.entities.length && b.entities.length && !a.entities.some((e) => b.entities.includes(e))) return false;
  return aboutTheSame({ ...a, entities: ['·'] }, { ...b, entities: ['·'] });
}
