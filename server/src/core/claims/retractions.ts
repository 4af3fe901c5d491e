import type { Fact } from '../facts/fact';
import type { CalendarDate, Figure, NameMention, Span } from '../types';

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
}

// A piece of the writer's own or someone's publication, or a claim going round: "An article on the business pages on
// 28 January", "Our live blog", "A widely shared post", "In einem Artikel vom 28. Januar", "Die Grafik", "Wir".
// Outlets by name ("Reuters said") are sources, not retractions; nor is a "report", which news cites as evidence.
const PIECE_EN = String.raw`article|story|piece|profile|chart|graphic|headline|caption|blog|post|tweet|analysis|newsletter|column|version|video|podcast|we|claims?|rumou?rs?|it(?=\s+also)`;
const PIECE_DE = String.raw`Artikel|Beitrag|Text|Grafik|Überschrift|Schlagzeile|Porträt|Profil|Liveblog|Ticker|Analyse|Newsletter|Kolumne|Version|Video|Podcast|Post|Tweet|wir|Behauptung|Gerücht`;
// The verb that reports it; the claim is what follows. "gave … as", "described … as": the claim follows "as".
const SAYS_EN = String.raw`said|says|claimed|claims|stated|showed|shows|described|describes|gave|put|listed|wrote|attributed|misspelled|misspelt|called|suggested|reported`;
const SAYS_DE = String.raw`hieß\s+es|hiess\s+es|stand|steht|schrieb|schrieben|geschrieben|behauptete|behauptet|zeigte|nannte|bezifferte|beschrieb|meldete|meldeten|berichtete|berichteten|gab|schrieb\s+man|zitierte|zugeschrieben|schrieb\s+\S+\s+zu`;
const FRAME = new RegExp(String.raw`(?<![\p{L}])(?:(?:${PIECE_EN})|(?:${PIECE_DE}))(?![\p{L}])(?:[^.;:!?]|(?<=\d)\.){0,90}?(?<![\p{L}])(?:also\s+|auch\s+)?(?:${SAYS_EN}|${SAYS_DE})(?![\p{L}])`, 'giu');
/** A spelling reported as wrong: whatever follows "as" is no spelling of the writer's. */
const MISSPELLED = /(?<![\p{L}])(?:misspelled|misspelt|falsch\s+geschrieben|falsch\s+buchstabiert)(?![\p{L}])[^;]*?(?<![\p{L}])(?:as|als)(?![\p{L}])/iu;
/** A fact check's label for the claim under review: "Claim:", "Behauptung:", "Mythos:". */
const LABEL = /^\s*(?:[-*•]\s*)?(?:claim|myth|rumou?r|behauptung|mythos|gerücht|falschmeldung)\s*:/iu;
const CLAUSE_END = /[;]/;

/** Per sentence, the spans (relative to it) of what it reports as an error or a claim under review. */
export function retractedSpans(sentences: readonly RetractionSentence[]): Span[][] {
  if (whollyQuoted(sentences)) return sentences.map((s) => [{ start: 0, end: s.text.length }]);
  return sentences.map((sentence, k) => retractedIn(sentence, sentences[k + 1]));
}

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

function retractedIn(sentence: RetractionSentence, next: RetractionSentence | undefined): Span[] {
  const { text } = sentence;
  const label = LABEL.exec(text);
  if (label) return [{ start: label[0].length, end: text.length }];
  const spans: Span[] = [];
  const misspelled = MISSPELLED.exec(text);
  if (misspelled) spans.push({ start: misspelled.index + misspelled[0].length, end: clauseEnd(text, misspelled.index + misspelled[0].length) });
  FRAME.lastIndex = 0;
  const frame = FRAME.exec(text);
  if (!frame) return spans;
  const claim: Span = { start: frame.index + frame[0].length, end: clauseEnd(text, frame.index + frame[0].length) };
  const correction = correctionAfter(sentence, claim, next);
  for (let i = 0; i < sentence.figures.length; i++) {
    const figure = sentence.figures[i];
    if (figure.start < claim.start || figure.end > claim.end) continue;
    if (correctedBy(figure, sentence.facts[i], correction)) spans.push({ start: figure.start, end: figure.end });
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
  const m = CLAUSE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

interface Correction {
  figures: Array<{ figure: Figure; fact: Fact }>;
  names: NameMention[];
}

/** What follows the claim: the rest of its sentence after a semicolon, then the next sentence of the paragraph. */
function correctionAfter(sentence: RetractionSentence, claim: Span, next: RetractionSentence | undefined): Correction {
  const figures: Correction['figures'] = [];
  const names: NameMention[] = [];
  sentence.figures.forEach((figure, i) => {
    if (figure.start >= claim.end) figures.push({ figure, fact: sentence.facts[i] });
  });
  for (const n of sentence.names) if (n.start >= claim.end) names.push(n);
  if (next) {
    next.figures.forEach((figure, i) => figures.push({ figure, fact: next.facts[i] }));
    names.push(...next.names);
  }
  return { figures, names };
}

/**
 * Whether the correction states the same kind of value about the same thing, otherwise: its first figure of the
 * figure's family (a sum for a sum, a date for a date) about an entity it shares, with another value.
 */
function correctedBy(figure: Figure, fact: Fact | undefined, correction: Correction): boolean {
  const family = familyOf(figure);
  const other = correction.figures.find((c) => familyOf(c.figure) === family && aboutTheSame(fact, c.fact));
  return other !== undefined && differ(figure, other.figure);
}

function familyOf(figure: Figure): string {
  switch (figure.kind) {
    case 'date':
    case 'year':
      return 'date';
    case 'percent':
    case 'percentagePoint':
      return 'share';
    case 'age':
    case 'count':
      return figure.durationUnit ? 'duration' : 'count';
    default:
      return figure.kind;
  }
}

function aboutTheSame(a: Fact | undefined, b: Fact | undefined): boolean {
  if (!a || !b || a.entities.length === 0 || b.entities.length === 0) return true;
  return a.entities.some((e) => b.entities.includes(e));
}

/** Whether two values of one family differ: a day, a month or a year both give; a signed amount. */
function differ(a: Figure, b: Figure): boolean {
  const da = dateOf(a);
  const db = dateOf(b);
  if (da || db) {
    if (!da || !db) return true;
    return (['year', 'month', 'day'] as const).some((part) => da[part] !== undefined && db[part] !== undefined && da[part] !== db[part]);
  }
  return signed(a) !== signed(b);
}

function dateOf(figure: Figure): CalendarDate | undefined {
  return figure.date ?? (figure.kind === 'year' ? { year: figure.value } : undefined);
}

function signed(figure: Figure): number {
  return (figure.direction === 'down' ? -1 : 1) * Math.abs(figure.value);
}
