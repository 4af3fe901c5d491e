import { parse as parseYaml } from 'yaml';
import { SizedCache } from '../cache/sizedCache';
import { ContextCarrier, type CarrierState } from '../facts/carryContext';
import { documentTime, isNamedDay, namedDays, unconfirmedDay } from '../facts/documentTime';
import { daysNamedAsYesterday } from '../facts/yesterdayNamed';
import { isPageStampDate, isStampDate } from '../facts/updateStamp';
import { isDatelineSetOff, isWireDateline, opensItsLine } from '../facts/weekdays';
import { isPiecesOwnDate } from '../facts/piecesOwnDate';
import type { Fact } from '../facts/fact';
import { readFacts } from '../facts/readFacts';
import { forgetParsedText, parseChunks } from '../markdown/chunkedParse';
import { judgeDatesByEvents } from '../match/datesByEvents';
import { judgeMovesByNamedDays } from '../match/namedDays';
import { ageDatedByItsEvent } from '../match/ageDatedByItsEvent';
import { judgeMovesByTheirToldDay } from '../match/movesToldDay';
import { matchFigure, type FigureMatch } from '../match/matchFigure';
import { preferValuesLeftForItems } from '../match/valueLeftForItem';
import { matchContinuation, matchQuotation, type QuotationMatch } from '../quotes/quotationInSources';
import { quotationInDocument, quotationsOfText, speakerFromRow } from '../quotes/quotesOfBlock';
import { labelOf, quotationBlock, type Label } from '../quotes/neighbourSpeaker';
import { speakersFromBlockBefore } from '../quotes/speakerInBlockBefore';
import { speakersFromAnswer } from '../quotes/speakerInAnswer';
import type { NameIndex } from '../names/nameIndex';
import { matchTranslation } from '../quotes/translatedQuotation';
import { fragmentOfNamedSpeaker } from '../quotes/fragmentOfNamedSpeaker';
import type { SourceIndex } from '../sources/sourceIndex';
import { decideLanguage, languageEvidence, type LanguageEvidence } from '../text/language';
import { endAfterReference } from '../text/characterReference';
import { compactSentence, documentSpan, firstOffset, shiftBlock, type ProseBlock } from '../text/prose';
import { readDirectives } from '../suppression/suppressions';
import { splitSentences } from '../text/sentences';
import { fitted, kept, none, orNone } from '../text/fitted';
import { pointsBackToAFigure } from '../figures/vocabulary';
import type { CalendarDate, Figure, Language, NameMention, Sentence } from '../types';
import { analyzeSentenceText, type SentenceFacts } from './analyzedSentence';
import { adoptReadings, forgetLatestReading, keepBlock, reuseBlock, type BlockAnalysis, type BlockReading, type ContextMatches } from './blockResults';
import { blockPieces, sentencePieces, type AnalysisBudget } from './budget';
import { inRetraction, type DraftAnalysis, type DraftBlock, type DraftFigure, type DraftName, type DraftQuotation, type DraftSentence, type LanguageSetting } from './draft';
import { correctionRead, readRetractions, type Retractions } from '../claims/retractions';
import { EarlierPosts, opensBlockQuote } from '../claims/quotedPosts';

export type { DraftAnalysis, DraftFigure, DraftName, DraftQuotation, DraftSentence, LanguageSetting } from './draft';

interface CachedSentence {
  facts: SentenceFacts;
  /**
   * Matches by the context the sentence was read in: the same words after another paragraph may mean another fact.
   * Found by comparing the facts' context with those read before (as a Map keyed by the context as JSON, a 1 MB
   * draft's keys and maps held 6.5 MB).
   */
  matches: ContextMatches[];
}

/**
 * Per source index: sentence text → what it states and how it matches, block text → its quotations and their
 * matches. Typing changes one sentence, not all.
 */
let caches = new WeakMap<SourceIndex, SizedCache<string, CachedSentence>>();
let quotationCaches = new WeakMap<SourceIndex, SizedCache<string, DraftQuotation[]>>();

/**
 * Lets go of what the caches hold of a draft that was closed, read with `index`: its parsed chunks, and the sentences,
 * quotations and latest block analyses read from them, in either language (a closed 1 MB draft's held 170 MB until
 * other drafts' pushed them out). An open draft that shares some reads them again at its next check.
 */
export function forgetDraftText(text: string, index: SourceIndex): void {
  const [cache, quotationCache] = [caches.get(index), quotationCaches.get(index)];
  for (const parsed of forgetParsedText(text)) {
    for (const block of parsed.blocks) {
      for (const piece of blockPieces(block)) {
        forgetLatestReading(index, piece);
        quotationCache?.delete(piece.text);
        if (!cache) continue;
        for (const sentence of splitSentences(piece).flatMap(sentencePieces)) {
          for (const language of LANGUAGES) cache.delete(sentenceKey(language, sentence));
        }
      }
    }
  }
}
const LANGUAGES: Language[] = ['en', 'de'];

/** Forgets every sentence and quotation read so far: no draft is open any more. */
export function forgetReadSentences(): void {
  caches = new WeakMap();
  quotationCaches = new WeakMap();
}
/** Each cache's budget in characters of the texts it keeps (what a sentence's facts cost grows with its length). */
const CACHE_CHARS = 2_000_000;
/** The characters of the concept sets the analysis shares (a few hundred distinct sets in a 1 MB draft). */
const CONCEPT_SET_CHARS = 1_000_000;

/**
 * Two passes. The first reads each block (reused after an edit elsewhere): its sentences, what they state, its
 * quotations. The second reads the facts in document order, carrying context from sentence to sentence (a subject,
 * a date, a list), and matches them, cached by sentence and context. `budget` stops the check between blocks; what
 * was not checked is then `stoppedAt`. The second pass is not stopped; it calls the budget's `meanwhile` between blocks.
 */
export function analyzeDraft(text: string, index: SourceIndex, languageSetting: LanguageSetting = 'auto', budget?: AnalysisBudget): DraftAnalysis {
  const { chunks, frontmatter, stoppedAt: parseStoppedAt } = parseChunks(text, budget?.parsing ?? budget);
  const declared = declaredLanguage(frontmatter);
  const evidence = chunks.flatMap((c) => c.parsed.blocks.map(languageEvidenceOf));
  const language = declared || languageSetting === 'auto' ? decideLanguage(evidence, declared) : languageSetting;
  const comments = chunks.flatMap(({ start, parsed }) => parsed.comments.map((c) => ({ ...c, start: c.start + start, end: c.end + start })));
  const plainProse = chunks.filter((c) => c.plain).map(({ start, end }) => ({ start, end }));

  let stoppedAt = parseStoppedAt;
  const blocks: ReadBlock[] = [];
  // The budget stops only new work, and only after some: each check gets further than the one before.
  let analyzedSome = false;
  const blockBudget = budget?.blocks ?? budget;
  read: for (const chunk of chunks) {
    for (const block of chunk.parsed.blocks) {
      const pieces = blockPieces(block);
      for (let k = 0; k < pieces.length; k++) {
        const piece = pieces[k];
        let inBlock = reuseBlock(index, piece, chunk.start, language);
        if (!inBlock) {
          if (analyzedSome && blockBudget?.expired()) {
            stoppedAt = chunk.start + firstOffset(piece)!;
            break read;
          }
          analyzedSome = true;
          inBlock = keepBlock(index, piece, chunk.start, language, analyzeBlock(shiftBlock(piece, chunk.start), language, index));
        }
        const label = k === 0 && pieces.length === 1 ? labelOf(piece, index.names, chunk.start) : undefined;
        const quoting = pieces.length === 1 && inBlock.quotations.length > 0 ? quotationBlock(piece.text) : undefined;
        blocks.push({ heading: Boolean(piece.heading), continued: k > 0, start: chunk.start + (firstOffset(piece) ?? 0), analysis: inBlock, prose: { block: piece, shift: chunk.start }, ...(label ? { label } : {}), ...(quoting ? { quoting } : {}) });
      }
    }
  }
  adoptReadings(blocks.map((b) => b.analysis));
  speakersFromLabels(blocks);
  speakersFromBlocksBefore(blocks, index.names);
  speakersFromAnswers(blocks, index.names);
  const meanwhile = budget?.meanwhile;
  const { sentences, figures, names, quotations, draftBlocks } = readDraftFacts(blocks, index, text, meanwhile);
  meanwhile?.();
  judgeMovesByTheirToldDay(figures, index);
  meanwhile?.();
  const named = namedDays(blocks.flatMap(daysOfEvents));
  judgeMovesByNamedDays(figures, named, daysNamedOnlyAsYesterday(blocks, named), index);
  meanwhile?.();
  judgeDatesByEvents(figures, index);
  meanwhile?.();
  keepJudgedMatches(figures);
  return {
    text, language, directives: readDirectives(comments), sentences, figures, names, quotations, blocks: draftBlocks,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}), ...(plainProse.length ? { plainProse } : {}),
  };
}

/** A block, or a piece of a block too long to read at once (`continued` after its first piece), as the first pass read it. */
interface ReadBlock {
  heading: boolean;
  /** The document offset of its first character. */
  start: number;
  continued: boolean;
  analysis: BlockAnalysis;
  /** The person the block names alone as the speaker of the block next to it (an attribution line, a heading). */
  label?: Label;
  /** The block is a quotation and nothing else ('only'), or begins with one ('opens'). */
  quoting?: 'only' | 'opens';
  /** Its text, and where its chunk starts in the document: a pronoun in the next block may stand for a person it names. */
  prose: { block: ProseBlock; shift: number };
}

/**
 * "> „…“ / > — Name" and "### Name, role / „…“": a block that is only a quotation without a speaker is said by the
 * person the attribution line after it names, or a credit line without a dash ("Name, role") after or before it: a
 * quotation whose own credit line is above it takes none below, and a line between two quotations is the lower one's
 * only when the cards above put their credit above too. A block that begins with a quotation is said by the person the
 * heading before it names. Its reading is its own then (not kept for the next check): the speaker is in another block,
 * which an edit may change alone.
 */
function speakersFromLabels(blocks: ReadBlock[]): void {
  // The quotations a credit line without a dash above them speaks for: in a run of cards that put the cite above
  // ("Name, role / > „…“ / Name, role / > „…“") a credit line between two quotations is the lower one's.
  const citedAbove = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block.quoting) continue;
    const after = blocks[i + 1]?.label;
    const before = blocks[i - 1]?.label;
    const creditBefore = before?.place === 'either' && !inCreditRun(blocks, i - 1, -1) && (blocks[i - 2]?.quoting !== 'only' || citedAbove.has(i - 2));
    if (creditBefore) citedAbove.add(i);
    if (block.analysis.quotations.every((q) => q.speaker)) continue;
    const creditAfter = after?.place === 'either' && !creditBefore && !inCreditRun(blocks, i + 1, 1);
    const next = block.quoting === 'only' && (after?.place === 'after' || creditAfter) ? after : undefined;
    const label = next ?? (before?.place === 'before' || creditBefore ? before : undefined);
    if (!label) continue;
    const speaker = { text: label.text, span: { start: label.span.start, end: label.span.end }, ...(label.mention ? { mention: label.mention } : {}) };
    const quotations = block.analysis.quotations.map((q) => (q.speaker ? q : { ...q, speaker }));
    blocks[i] = { ...block, analysis: { ...block.analysis, quotations, read: {} } };
  }
}

/** A credit line with another one on its far side (`away` from the quotation) is one of a list of people, no quotation's credit. */
function inCreditRun(blocks: readonly ReadBlock[], at: number, away: 1 | -1): boolean {
  return blocks[at + away]?.label?.place === 'either';
}

/**
 * "**Host:** Was sagt X? / **Gast:** Er sagt: „…“": a quotation whose pronoun speaker has no one to stand for in its own
 * block takes the person the block before names. Its reading is its own then, as with a label.
 */
function speakersFromBlocksBefore(blocks: ReadBlock[], names: NameIndex): void {
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.heading || block.continued || block.analysis.quotations.every((q) => q.speaker)) continue;
    const speakers = speakersFromBlockBefore(block.prose.block, blocks[i - 1].prose.block, names, block.prose.shift);
    if (speakers.size === 0) continue;
    const quotations = block.analysis.quotations.map((q) => (q.speaker || !speakers.has(q.start) ? q : { ...q, speaker: speakers.get(q.start)! }));
    blocks[i] = { ...block, analysis: { ...block.analysis, quotations, read: {} } };
  }
}

/**
 * "MODERATORIN: Wer hat den Satz gesagt: „…“? / GAST: Das war Stacy Rasgon.": a quotation in a who-said-it question that
 * ends its block is said by the person the next block answers with. Its reading is its own then, as with a label.
 */
function speakersFromAnswers(blocks: ReadBlock[], names: NameIndex): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i];
    const last = block.analysis.quotations[block.analysis.quotations.length - 1];
    if (!last || last.speaker || block.heading || blocks[i + 1].continued || blocks[i + 1].heading) continue;
    const next = blocks[i + 1].prose;
    const speakers = speakersFromAnswer(block.prose.block, block.prose.shift, next.block, next.shift, names);
    if (speakers.size === 0) continue;
    const quotations = block.analysis.quotations.map((q) => (q.speaker || !speakers.has(q.start) ? q : { ...q, speaker: speakers.get(q.start)! }));
    blocks[i] = { ...block, analysis: { ...block.analysis, quotations, read: {} } };
  }
}

/** The second pass: facts with the context of the sentences before them (and a fragment's next), then matches. */
function readDraftFacts(blocks: ReadBlock[], index: SourceIndex, text: string, meanwhile?: () => void) {
  const sentences: DraftSentence[] = [];
  const figures: DraftFigure[] = [];
  const names: DraftName[] = [];
  const quotations: DraftQuotation[] = [];
  const draftBlocks: DraftBlock[] = [];
  const carrier = new ContextCarrier();
  // A day the sources report events of, named in the draft not only in page stamps: preferred on a tie, confirmed as the day.
  const onlyStamped = daysNamedOnlyInStamps(blocks);
  const reported = (d: CalendarDate) => index.facts.datesADaysEventOn(d) && !onlyStamped(d);
  const day = documentTime(blocks.flatMap((b) => datesOf(b.analysis)), reported);
  carrier.reset(day && !reported(day) ? unconfirmedDay(day) : day);
  // Marks the holders this draft reads through (on them: a Set of 14,000 holders was hashed at every check).
  const draft = {};
  // A saved state the carrier is in: the state after the block just read or reused (none after a block without sentences).
  let current: CarrierState | undefined;
  const earlierPosts = new EarlierPosts();
  for (let b = 0; b < blocks.length; b++) {
    meanwhile?.();
    const { heading, continued, start, analysis, prose } = blocks[b];
    // "- Chip stocks hit hardest: Nvidia and Broadcom,\n- down 7.82% and 6.58% respectively.": an item that ends on a
    // comma goes on in the next item, one sentence over two bullets; the next item carries on its context.
    const goesOn = !continued && prose.block.item === true && b > 0 && blocks[b - 1].prose.block.item === true && endsOnComma(blocks[b - 1]);
    const opened = continued || goesOn ? NOT_OPENED : (heading ? OPENED_HEADING : 0) | (prose.block.item === true ? OPENED_ITEM : 0);
    const cell = continued || goesOn ? undefined : prose.block.cell;
    // The state before the block is opened, which a reading keeps: saved only where no block left one.
    const from = current ?? (analysis.sentences.length ? carrier.save() : undefined);
    // A long paragraph read in pieces is still one paragraph: its context carries on.
    if (!continued && !goesOn) {
      carrier.startBlock(heading, prose.block.item === true, prose.block.cell);
      current = undefined;
    }
    const toldBy = heading ? toldByNextBlock(analysis, blocks[b + 1]) : undefined;
    // Appended item by item: spread into push, the mostly empty lists of 14,000 blocks cost a call each.
    append(quotations, analysis.quotations);
    if (analysis.sentences.length === 0) {
      if (analysis.quotations.length) draftBlocks.push({ start, sentences: [], figures: [], names: [], quotations: analysis.quotations });
      continue;
    }
    // The same sentences from the same state read the same: after an edit, only the blocks whose sentences or
    // context changed are read again.
    // A block whose text repeats within the draft may share its holder with another: each is read on its own then,
    // so that no two blocks of a draft hold the same facts.
    const shared = analysis.read.draft === draft;
    analysis.read.draft = draft;
    // A heading told by the next block is read with it, each time: an edit of that block alone changes its reading.
    let known = shared || toldBy ? undefined : analysis.read.last;
    if (known && readInThisState(known, carrier, from!, opened, cell)) carrier.restore(known.after);
    else {
      const read = readBlockFacts(analysis.sentences.map((s) => s.cached), carrier, index, toldBy);
      known = { from: from!, opened, cell, read, after: carrier.save() };
      if (!shared && !toldBy) analysis.read.last = known;
    }
    current = known.after;
    const stated = analysis.sentences.map(({ sentence, cached: { facts } }) => ({ text: sentence.text, context: sentence.context, figures: facts.figures, names: facts.names }));
    const quotesEarlierPost = !continued && opensBlockQuote(text, start) && earlierPosts.repeats(stated);
    earlierPosts.add(stated);
    const block = draftBlockOf(known, analysis, start, index, quotesEarlierPost, text);
    append(sentences, block.sentences);
    append(figures, block.figures);
    append(names, block.names);
    draftBlocks.push(block);
  }
  return { sentences, figures, names, quotations, draftBlocks };
}

/**
 * The block as the rules see it: its sentences, figures and names with their readings. The same reading of the same
 * sentences at the same place gives the same objects as at the last check, with the matches they were read with (a
 * date judged by events elsewhere is judged again), so an edit makes these only for the blocks it changed.
 */
function draftBlockOf(known: BlockReading, analysis: BlockAnalysis, start: number, index: SourceIndex, quotesEarlierPost: boolean, text: string): DraftBlock {
  const made = madeBlocks.get(known);
  if (made && made.analysis === analysis && made.block.start === start && made.quotesEarlierPost === quotesEarlierPost) {
    made.block.figures.forEach((f, i) => (f.match = made.matches[i]));
    return made.block;
  }
  const block: DraftBlock = { reading: known, start, sentences: [], figures: [], names: [], quotations: analysis.quotations };
  const retractions = quotesEarlierPost ? wholly(analysis) : readRetractions(analysis.sentences.map(({ sentence, cached: { facts } }, k) => ({ text: sentence.text, figures: facts.figures, facts: known.read[k].figureFacts, names: facts.names, context: sentence.context })));
  analysis.sentences.forEach(({ sentence, cached: { facts } }, k) => {
    const { figureFacts, matches } = known.read[k];
    const retracted = retractions.spans[k];
    const at: DraftSentence = { sentence, facts, figureFacts, matches, ...(retracted.length ? { retracted } : {}) };
    block.sentences.push(at);
    facts.figures.forEach((figure, i) => {
      const isRetracted = inRetraction(at, figure.start, figure.end);
      // A correction is matched as what it corrects: "The correct figure is $589 billion" is Nvidia's loss.
      const corrects = retractions.corrections[k].get(i);
      const fact = corrects ? correctionRead(figureFacts[i], corrects) : figureFacts[i];
      const match = fact === figureFacts[i] ? matches[i] : matchFigure(fact, facts, index);
      // The reading may widen the words of a figure ("45 Jahre." answering how old someone is): they are what is wrong.
      const read = figureFacts[i].figure;
      const shown = read.end === figure.end ? figure : { ...figure, end: read.end, text: read.text };
      block.figures.push({ figure: shown, span: endAfterReference(documentSpan(sentence, shown.start, shown.end), text), at, fact, match, ...(isRetracted ? { retracted: true as const } : {}) });
    });
    for (const mention of facts.names) {
      const retracted = inRetraction(at, mention.start, mention.end);
      block.names.push({ mention, span: documentSpan(sentence, mention.start, mention.end), at, ...(retracted ? { retracted: true as const } : {}) });
    }
  });
  // Kept while the block is unchanged: at their size.
  block.sentences = kept(block.sentences);
  block.figures = kept(block.figures);
  block.names = kept(block.names);
  madeBlocks.set(known, { analysis, block, matches: orNone(block.figures.map((f) => f.match)), quotesEarlierPost });
  return block;
}

/** A quoted earlier post: all of it is the other writer's words, answered, with no correction of its own. */
function wholly(analysis: BlockAnalysis): Retractions {
  return { spans: analysis.sentences.map(({ sentence }) => [{ start: 0, end: sentence.text.length }]), corrections: analysis.sentences.map(() => new Map()) };
}

/** Per block reading: the block last made from it. */
const madeBlocks = new WeakMap<BlockReading, { analysis: BlockAnalysis; block: DraftBlock; matches: FigureMatch[]; quotesEarlierPost: boolean }>();

/**
 * By the holder of a block's readings, which a block keeps when an edit before it moves it (and which only blocks of
 * the same sentences share): a moved block is a new object, and keyed by it, every block after a typed character
 * gathered its dates again.
 */
const dates = new WeakMap<BlockAnalysis['read'], Figure[]>();
/** A block's dates, in order: all that the day a draft is about is decided from (documentTime). Kept while the block is. */
function datesOf(analysis: BlockAnalysis): Figure[] {
  let found = dates.get(analysis.read);
  if (!found) dates.set(analysis.read, (found = kept(analysis.sentences.flatMap((s) => s.cached.facts.figures.filter((f) => f.kind === 'date')))));
  return found;
}

/**
 * The dates a block names as days of what it tells: not a stamp's, the day an item or a page was written ("Stand: 3.
 * Februar 2025"), nor a dateline's, the day a piece appeared ("# Guten Morgen, Tech! – Dienstag, 28. Januar 2025",
 * "BEIJING/NEW YORK, Jan 28 (Wire) -"): a newsletter of Tuesday tells of Monday's sell-off, and the moves sources
 * report for Tuesday are another day's.
 */
function daysOfEvents(block: ReadBlock): Figure[] {
  return block.analysis.sentences.flatMap((s) => {
    const { text, figures } = s.cached.facts;
    return figures.filter((f) => f.kind === 'date' && !isDayToldOn(block, text, f));
  });
}

/** Whether a date is a dateline's or a stamp's: the day a piece or an item is told on, not a day of what it tells. */
function isDayToldOn(block: ReadBlock, text: string, f: Figure): boolean {
  const dateline = (block.heading && isDatelineSetOff(text, f.start, f.end)) || isWireDateline(text, f.start, f.end) || isPiecesOwnDate(f, text);
  return dateline || isStampDate(text, f) || isPageStampDate(text, f);
}

/**
 * The days a draft names only as the day before a dateline's or a stamp's („Dienstag, 28. Januar 2025 … Gestern“), not
 * also in full: an event's date written before „gestern“ („Am 20. Januar 2025 stellte DeepSeek R1 vor“) is no day the
 * piece is told on; a date that opens its line, as a bulletin's or a liveblog entry's does, is.
 */
function daysNamedOnlyAsYesterday(blocks: ReadBlock[], named: readonly CalendarDate[]): CalendarDate[] {
  const toldOn = (b: ReadBlock) => (text: string, f: Figure) => isDayToldOn(b, text, f) || opensItsLine(text, f.start);
  const sentences = blocks.flatMap((b) => b.analysis.sentences.map((s) => ({ ...s.cached.facts, isDayToldOn: toldOn(b) })));
  return daysNamedAsYesterday(sentences).filter((day) => !isNamedDay(named, day));
}

/**
 * Whether a draft names a day only in page stamps ("· Stand: 3. Februar 2025*", "Updated: 3 February 2025"): the day
 * it was written, a guess of when its market moves happened that no source's move on that day confirms. The draft's
 * dates are walked once: the document's day asks this of every day it names when they tie.
 */
function daysNamedOnlyInStamps(blocks: ReadBlock[]): (day: CalendarDate) => boolean {
  // The years each day is named in outside stamps (`undefined`: named without its year), read at the first question.
  let named: Map<string, Set<number | undefined>> | undefined;
  const read = () => {
    const found = new Map<string, Set<number | undefined>>();
    for (const b of blocks) {
      for (const s of b.analysis.sentences) {
        const { text, figures } = s.cached.facts;
        for (const f of figures) {
          const date = f.kind === 'date' && !f.range ? f.date : undefined;
          if (!date || isPageStampDate(text, f)) continue;
          const key = `${date.month}-${date.day}`;
          found.set(key, (found.get(key) ?? new Set()).add(date.year));
        }
      }
    }
    return found;
  };
  return (day) => {
    const years = (named ??= read()).get(`${day.month}-${day.day}`);
    return !years || !(years.has(undefined) || years.has(day.year));
  };
}

function append<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]);
}

/** Whether a block's last sentence ends on a comma: the sentence goes on in the next block. */
function endsOnComma(block: ReadBlock): boolean {
  const last = block.analysis.sentences[block.analysis.sentences.length - 1];
  return last !== undefined && /,\s*$/.test(last.cached.facts.text);
}

/** How a block opens the carrier (`BlockReading.opened`): a heading, a list item; or a piece that continues a paragraph. */
const OPENED_HEADING = 1;
const OPENED_ITEM = 2;
const NOT_OPENED = 4;

/**
 * Whether the carrier, the block opened, stands as it did when `known` was read: the same state before and the same
 * opening; else compared with the state derived from those, part by part, then by signature (a signature kept as a
 * string per block held 16 MB of a 1 MB draft's analysis). Found equal, the state before is kept to compare next time.
 */
const keptCarrier = new ContextCarrier();
function readInThisState(known: BlockReading, carrier: ContextCarrier, from: CarrierState, opened: number, cell: BlockReading['cell']): boolean {
  if (known.from === from && known.opened === opened && known.cell === cell) return true;
  keptCarrier.restore(known.from);
  if (known.opened !== NOT_OPENED) keptCarrier.startBlock((known.opened & OPENED_HEADING) !== 0, (known.opened & OPENED_ITEM) !== 0, known.cell);
  if (!carrier.isIn(keptCarrier.save()) && keptCarrier.signature() !== carrier.signature()) return false;
  known.from = from;
  known.opened = opened;
  known.cell = cell;
  return true;
}


/**
 * "## Montag: 7,82 Prozent" / "So viel verlor die Aktie von Nvidia …", "## Friday: 40" / "That is how old Liang is": a
 * heading that gives a figure alone is told what it is by the first sentence under it, where that sentence points back
 * to it. That sentence, else nothing.
 */
function toldByNextBlock(heading: BlockAnalysis, next: ReadBlock | undefined): SentenceFacts | undefined {
  const last = heading.sentences[heading.sentences.length - 1]?.cached.facts;
  if (!last?.figures.length || !next || next.heading || next.continued) return undefined;
  const first = next.analysis.sentences[0]?.cached.facts;
  return first && last.figures.every((f) => pointsBackToAFigure(first.text, f.kind)) ? first : undefined;
}

/**
 * One block's sentences read in context (the carrier moves on past them), each figure's fact matched, cached by context.
 * `after`: the sentence after the block's last, where it tells a heading's figure (`toldByNextBlock`).
 */
function readBlockFacts(sentences: CachedSentence[], carrier: ContextCarrier, index: SourceIndex, after?: SentenceFacts): BlockReading['read'] {
  return sentences.map((cached, k) => {
    const { facts } = cached;
    // Kept by the block's reading, the facts and their lists at their size.
    // An age told of a founding the sentence names, not of a year ("38 when he founded DeepSeek"), is of that founding's year.
    const figureFacts = kept(readFacts(facts, carrier.context(), sentences[k + 1]?.facts ?? (k === sentences.length - 1 ? after : undefined)).map((f) => ageDatedByItsEvent(f, index)));
    fitFactLists(figureFacts);
    carrier.record(facts, figureFacts);
    let matches = cached.matches.find((known) => sameContexts(known.facts, figureFacts))?.matches;
    if (!matches) {
      matches = orNone(preferValuesLeftForItems(facts.text, facts.figures, figureFacts.map((fact) => matchFigure(fact, facts, index))).map(keptMatch));
      // Made at its size: mostly one context a sentence.
      cached.matches = cached.matches.length > 8 ? [{ facts: figureFacts, matches }] : cached.matches.concat([{ facts: figureFacts, matches }]);
    }
    return { figureFacts, matches };
  });
}

/**
 * A fact's lists at their size, each list once where facts share one. Read into lists grown by push, a 1 MB draft's
 * facts' names and attributes held 7 MB, most of it room.
 */
function fitFactLists(facts: Fact[]): void {
  const copies = new Map<string[], string[]>();
  const fit = (list: string[]) => {
    let copy = copies.get(list);
    if (!copy) copies.set(list, (copy = kept(list)));
    return copy;
  };
  for (const fact of facts) {
    fact.entities = fit(fact.entities);
    fact.attributes = fit(fact.attributes);
    if (fact.primary) fact.primary = fit(fact.primary);
    if (fact.places) fact.places = fit(fact.places);
  }
}

const evidenceOf = new WeakMap<ProseBlock, LanguageEvidence>();
/** Counted once per parsed block: the blocks of an unchanged chunk are the same objects after an edit. */
function languageEvidenceOf(block: ProseBlock): LanguageEvidence {
  let evidence = evidenceOf.get(block);
  if (!evidence) evidenceOf.set(block, (evidence = languageEvidence(block.text)));
  return evidence;
}

/** One block's sentences with what they state, and its quotations, with document offsets; from the caches where they can. */
function analyzeBlock(block: ProseBlock, language: Language, index: SourceIndex): BlockAnalysis {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new SizedCache(CACHE_CHARS)));
  let quotationCache = quotationCaches.get(index);
  if (!quotationCache) quotationCaches.set(index, (quotationCache = new SizedCache(CACHE_CHARS)));

  const sentences: BlockAnalysis['sentences'] = [];
  const quotations: DraftQuotation[] = [];
  let inBlock = quotationCache.get(block.text);
  if (!inBlock) {
    const found = quotationsOfText(block.text, index.names, true);
    let names: NameMention[] | undefined;
    let previous: (typeof found)[number] & { match?: QuotationMatch } | undefined;
    inBlock = found.map((q) => {
      const others = () => found.filter((o) => o !== q);
      // „…“, sagt Zihan Wang, „…“: the second part goes on with the quotation the first part quotes.
      const continued = () => (previous?.match ? matchContinuation(q, previous.match, block.text.slice(previous.end, q.start)) : undefined);
      const match = matchQuotation(q, index) ?? continued() ?? fragmentOfNamedSpeaker(q, (names ??= index.names.find(block.text)), index) ?? matchTranslation(q, block.text, others(), names, index);
      previous = match ? { ...q, match } : q;
      return previous;
    });
    quotationCache.set(block.text, inBlock);
  }
  for (const quotation of inBlock) quotations.push(speakerFromRow(quotationInDocument(quotation, block), block, index.names));
  for (const sentence of splitSentences(block).flatMap(sentencePieces)) {
    const key = sentenceKey(language, sentence);
    let cached = cache.get(key);
    if (!cached) {
      cached = { facts: fittedFacts(analyzeSentenceText(sentence.text, language, index.names, false, sentence.context, undefined, sentence.heading)), matches: [] };
      cache.set(key, cached);
    }
    sentences.push({ sentence: compactSentence(sentence), cached });
  }
  return { sentences: fitted(sentences), quotations: kept(quotations), read: {} };
}

/** A sentence's facts as the cache keeps them: its lists at their size (fresh, so no one holds the lists they replace). */
function fittedFacts(facts: SentenceFacts): SentenceFacts {
  // Not the names: the lexicon's reading of a sentence is kept by its list of names (context/concepts.ts).
  facts.names = fitted(facts.names);
  facts.nearMisses = kept(facts.nearMisses);
  facts.figures = kept(facts.figures);
  facts.concepts = sharedConcepts(facts.concepts);
  for (const figure of facts.figures) figure.localConcepts = sharedConcepts(figure.localConcepts);
  return facts;
}

/**
 * Sets of lexicon concepts, by their items in order: a sentence's and each of its figures' are complete once the sentence
 * is analysed and never added to after (analyzedSentence.ts fills them), and most are one of a few hundred. A Set costs
 * 150 bytes and more: a 1 MB draft's analysis kept 46,000 of them (6 MB). Bounded by the characters of their items
 * (one more than the key's, which is empty for the empty set).
 */
const conceptSets = new SizedCache<string, Set<string>>(CONCEPT_SET_CHARS, (key) => key.length + 1);
function sharedConcepts(concepts: Set<string>): Set<string> {
  const key = [...concepts].join('\u0000');
  const known = conceptSets.get(key);
  if (known) return known;
  conceptSets.set(key, concepts);
  return concepts;
}

/** A match as a block's reading keeps it: no evidence or no conflicts is the shared empty list (most matches have one). */
function keptMatch(match: FigureMatch): FigureMatch {
  if (Object.isFrozen(match)) return match;
  if (match.evidence.length === 0) match.evidence = none();
  if (match.conflicts.length === 0) match.conflicts = none();
  return match;
}

/**
 * The match a date was given by the events it dates is made anew at each check; where it is the same as last time,
 * the last one is kept, so what was found from it is kept too.
 */
const judged = new WeakMap<Fact, FigureMatch>();

function keepJudgedMatches(figures: DraftFigure[]): void {
  for (const f of figures) {
    if (f.match === f.at.matches[f.at.figureFacts.indexOf(f.fact)]) continue;
    const before = judged.get(f.fact);
    if (before && sameJudgement(before, f.match)) f.match = before;
    else judged.set(f.fact, f.match);
  }
}

function sameJudgement(a: FigureMatch, b: FigureMatch): boolean {
  const same = (x: FigureMatch['evidence'], y: FigureMatch['evidence']) =>
    x.length === y.length && x.every((e, i) => e.at === y[i].at && e.figure === y[i].figure && e.agreement === y[i].agreement && e.score === y[i].score && e.fact === y[i].fact && e.shared === y[i].shared);
  return a.status === b.status && same(a.evidence, b.evidence) && same(a.conflicts, b.conflicts);
}

/** Whether two readings of a sentence's figures have the same context, fact by fact: what a figure is matched with. */
function sameContexts(a: Fact[], b: Fact[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!sameJson(x.entities, y.entities) || !sameJson(x.primary, y.primary) || !sameJson(x.places, y.places) || !sameJson(x.entityFrom, y.entityFrom)) return false;
    if (!sameJson(x.attributes, y.attributes) || !sameJson(x.time, y.time) || !sameJson(x.timeFrom, y.timeFrom)) return false;
    // A sum read in the paragraph's currency is matched as money.
    if (x.figure.currency !== y.figure.currency) return false;
    // "die übrigen 8 Prozent" is matched as the rest of the share before it, which the context gives.
    const shares = (f: Fact) => f.restOf?.map((s) => [s.figure.value, s.entities, s.attributes, s.time]);
    if (x.restOf !== y.restOf && !sameJson(shares(x), shares(y))) return false;
    if (x.comparedWith?.canonical !== y.comparedWith?.canonical) return false;
    // "That was twice the index's 3%" multiplies the sum or move the sentence before told, which the context gives.
    const restated = (f: Fact) => f.restates && [f.restates.kind, f.restates.value, f.restates.currency];
    if (x.restates !== y.restates && !sameJson(restated(x), restated(y))) return false;
  }
  return true;
}

/** Equal as JSON.stringify writes them within an array (undefined as null), without writing them. */
function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (x === undefined || x === null || y === undefined || y === null) return (x === undefined || x === null) && (y === undefined || y === null);
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  return typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y);
}

/** `lang:` (or `language:`) in YAML frontmatter; broken YAML declares nothing. */
function declaredLanguage(frontmatter: string | undefined): string | undefined {
  if (!frontmatter) return undefined;
  try {
    const data = parseYaml(frontmatter) as Record<string, unknown> | null;
    const lang = data?.lang ?? data?.language;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A draft sentence's key in the sentence cache: what its reading depends on (language, heading or not, text, context).
 * One function for filing and for forgetting, so a closed draft's readings are found and let go.
 */
function sentenceKey(language: string, sentence: Sentence): string {
  return `${language}\u0000${sentence.heading ? 'h' : ''}\u0000${sentence.text}\u0000${sentence.context ?? ''}`;
}
