import type { DraftAnalysis, DraftFigure, DraftSentence } from '../analysis/draft';
import { birthYears, sameBirth } from '../facts/birthYears';
import { documentTime, unconfirmedDay, type DocumentDay } from '../facts/documentTime';
import type { Fact } from '../facts/fact';
import { compatibleDates } from '../figures/calendarDays';
import { wrongWeekday } from '../facts/weekdays';
import { keysOf } from '../facts/factIndex';
import { FIGURE_FAMILY } from '../figures/family';
import { compareAsSameFact } from '../match/matchFigure';
import { compareFigures } from '../match/agreement';
import { isOneDays, isSpecific } from '../facts/attributes';
import type { Messages } from '../i18n/messages';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate, Language } from '../types';
import { rewriteWithSourceValue } from '../figures/rewriteFigure';
import { movedFinding, type Finding, type Rule, type RuleTrace } from './finding';
import { fixInDraftNotation } from './fixInDraftNotation';
import { bareScaled, digitsOf, maySlip, sameEntitySlip, sameWho, slipDigits, slipOf, swapped } from './figureSlips';
import { ownString } from '../text/ownString';
import { FUNCTION_WORDS } from '../names/wordLists';
import { conceptOfWord } from '../context/concepts';
import { OWN_SUBJECT_NOUNS, RECAP, wordAlternation } from '../context/lexicon';
import { countsItsLabel, labelNouns } from '../analysis/valueLabel';
import { nounAndCompoundHead, sameNoun } from '../text/sameNoun';
import { NOW_ADVERBS } from '../facts/tenseWords';
import { WRITER } from '../facts/writer';
import { recallsEarlierDay } from '../facts/recallsEarlierDay';
import { CURRENCIES, FRACTION_WORDS, HEDGE_WORDS, NUMBER_WORDS, scaleOf } from '../figures/vocabulary';

export const draftInconsistency: Rule = {
  code: 'draft-inconsistency',
  defaultSeverity: 'warning',
  description: 'The draft states two different values for the same fact; reported on the later mention.',
  example: 'DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.',
  check(draft, index, t, trace, meanwhile) {
    const figures = draft.figures;
    fileTables(draft.text, figures);
    meanwhile?.();
    fileRecaps(draft.text, figures);
    meanwhile?.();
    const earlierFigures = new EarlierFigures(index, figures);
    const lives = new LifeFacts(draft);
    meanwhile?.();
    // Where this check's figures begin to differ from the last check's, the last check's filing of the figures before
    // is taken as it stood there: only the figures from there on are filed and asked again.
    const run = earlierFigures.resume(figures, t, lives);
    meanwhile?.();
    const { made } = run;
    // A figure the sources contradict has its own warning; two figures each backed by a source state two facts.
    const file = (i: number) => {
      meanwhile?.();
      const later = figures[i];
      // A value the draft itself reports as an error is no value it states.
      if (later.match.status === 'contradicted' || later.retracted) {
        run.filedAt[i] = undefined;
        return;
      }
      const filing = earlierFigures.filing(later);
      if (trace) trace.figuresFiled = (trace.figuresFiled ?? 0) + 1;
      const found = earlierFigures.first(later, filing, index.weight, trace);
      // "Er ist 40 … Also Jahrgang 1975? … Nein, Jahrgang 1985": an age or birth year the draft already contradicted is
      // not what a later one is held against.
      const earlier = (found && !(LifeFacts.concerns(found) && lives.disputed(found)) ? found : undefined) ?? lives.conflict(later);
      run.filedAt[i] = earlierFigures.add(later, filing);
      lives.add(later, i, earlier !== undefined);
      if (!earlier) {
        const wrong = weekdayFindingOf(this, later, lives.documentYear(), t);
        if (wrong) made.push({ at: i, finding: wrong });
        return;
      }
      made.push({ at: i, finding: findingOf(this, later, earlier, t, draft.language, draft.text), earlier: positionOf(figures, earlier) });
    };
    if (run.only) {
      for (const i of run.only) file(i);
      // Kept in the order of their figures: a later check takes its findings back from the end.
      made.sort((a, b) => a.at - b.at);
    } else for (let i = run.from; i < figures.length; i++) file(i);
    run.done(lives);
    meanwhile?.();
    return made.map((m) => m.finding).sort((a, b) => a.start - b.start);
  },
};

/**
 * "On Tuesday, 27 January 2025", "am Mittwoch, dem 30. Januar" in a piece about 2025: the draft's weekday and its date
 * disagree. Reported on the weekday, with the date's own weekday as the fix.
 */
function weekdayFindingOf(rule: Rule, figure: DraftFigure, documentYear: number | undefined, t: Messages): Finding | undefined {
  const wrong = weekdayMistake(figure, documentYear);
  if (!wrong) return undefined;
  return {
    code: rule.code,
    severity: rule.defaultSeverity,
    start: wrong.start,
    end: wrong.end,
    message: t.wrongWeekday(figure.figure.text, wrong.written, wrong.right),
    related: [{ ...figure.span, message: t.dateOfWeekday(figure.figure.text, wrong.right) }],
    fix: { title: t.fixReplace(wrong.right), newText: wrong.right },
  };
}

/** The weekday written right before a date that falls on another (document offsets), the year the piece's where it gives none. */
export function weekdayMistake(figure: DraftFigure, documentYear: number | undefined): { start: number; end: number; written: string; right: string } | undefined {
  const date = figure.figure.date;
  if (figure.figure.kind !== 'date' || !date || figure.figure.range) return undefined;
  const from = Math.max(0, figure.figure.start - 30);
  const wrong = wrongWeekday(figure.at.facts.text.slice(from, figure.figure.start), from, { ...date, year: date.year ?? documentYear });
  if (!wrong) return undefined;
  const sentenceStart = figure.span.start - figure.figure.start;
  return { ...wrong, start: sentenceStart + wrong.start, end: sentenceStart + wrong.end };
}

/** The finding `later` makes with `earlier`: the same two figures at the same places make the same object, whose diagnostic is kept. */
function findingOf(rule: Rule, later: DraftFigure, earlier: DraftFigure, t: Messages, language: Language, draftText: string): Finding {
  const made = findingsMade.get(later.fact);
  if (made && made.messages === t && made.earlier === earlier.fact) {
    // Moved by an edit before them, both by as much: the same finding further on, made once.
    const delta = later.span.start - made.finding.start;
    const was = made.finding;
    const wasEarlier = was.related[0];
    if (was.end + delta === later.span.end && wasEarlier.start + delta === earlier.span.start && wasEarlier.end + delta === earlier.span.end) {
      if (delta !== 0) made.finding = movedFinding(made.finding, delta);
      return made.finding;
    }
  }
  const finding: Finding = {
    code: rule.code,
    severity: rule.defaultSeverity,
    ...later.span,
    message: t.draftInconsistency(later.figure.text, earlier.figure.text),
    related: [{ ...earlier.span, message: t.earlier(earlier.at.sentence.text) }],
  };
  const restored = swappedBack(earlier, later, language);
  const written = restored ? fixInDraftNotation(restored, later, draftText) : undefined;
  if (restored && written !== undefined) finding.fix = { title: t.fixReplace(restored), newText: written };
  findingsMade.set(later.fact, { messages: t, earlier: earlier.fact, finding });
  return finding;
}

/**
 * "671 billion parameters" and later "761 billion": two neighbouring digits swapped are a typing slip, so the later
 * figure is the earlier one mistyped, and its fix is the earlier value written as the later one is ("761 Milliarden" →
 * "671 Milliarden", "$598 Billion" → "$589 Billion"). Other differences say only that one of the two is wrong, not which.
 * Not where the sources back the later value or contradict the earlier one: then the earlier is the mistyped one.
 */
function swappedBack(earlier: DraftFigure, later: DraftFigure, language: Language): string | undefined {
  if (later.match.status === 'supported' || earlier.match.status === 'contradicted') return undefined;
  if (!maySlip(later.fact) || compareFigures(later.figure, earlier.figure) !== 'differs') return undefined;
  if (!swapped(digitsOf(later.figure.value), digitsOf(earlier.figure.value))) return undefined;
  const restored = rewriteWithSourceValue(later.figure, earlier.figure, language);
  return restored !== undefined && restored !== later.figure.text ? restored : undefined;
}

/**
 * The draft's ages and birth years so far, as the years each person can have been born in: "Er ist 40 Jahre alt" and
 * later "Jahrgang 1986" (in 2025) are one fact stated twice, and disagree. A later one that names no one in its sentence
 * ("Der Jahrgang 1986 brauchte mit seiner Firma …", "a company whose founder was born in 1986") is about the person
 * the draft gave an age or birth year so far, if it gave one to one person only.
 */
export class LifeFacts {
  /** `at`: the figure's position in the draft's figures. */
  /** `disputed`: it contradicts an earlier one (of any figure, as reported): no later one is held against it. */
  private seen: Array<{ figure: DraftFigure; years: [number, number]; at: number; disputed: boolean }> = [];
  private year: number | undefined | null = null;

  constructor(private readonly draft: DraftAnalysis) {}

  /**
   * Those of `last` (the last check's, of the figures before `to`) taken on, where the year of the day the draft is
   * about is as it was (an age is counted from it); false where it is not.
   */
  resume(last: LifeFacts, to: number): boolean {
    if (last.year !== null && last.year !== this.documentYear()) return false;
    const seen = last.seen;
    while (seen.length > 0 && seen[seen.length - 1].at >= to) seen.pop();
    this.seen = seen;
    return true;
  }

  /**
   * The earliest age or birth year of the same person that gives no common birth year with `later`'s, of those the
   * draft did not contradict itself: "40 Jahre alt", then "Jahrgang 1975" (warned), then "Jahrgang 1985" agrees with
   * the first and is clean.
   */
  conflict(later: DraftFigure): DraftFigure | undefined {
    const years = this.yearsOf(later);
    if (!years || this.seen.length === 0) return undefined;
    const named = later.fact.entityFrom === 'clause' || later.fact.entityFrom === 'sentence' || later.fact.entityFrom === 'list';
    const people = new Set(this.seen.flatMap((e) => personsOf(e.figure)));
    const onePerson = people.size === 1 && this.seen.every((e) => personsOf(e.figure).length > 0);
    for (const e of this.seen) {
      if (e.disputed) continue;
      if (e.figure.match.status === 'supported' && later.match.status === 'supported') continue;
      const shared = later.fact.entities.some((x) => e.figure.fact.entities.includes(x));
      // "He is 40, born in 1982.": an age and a birth year in one sentence are one person's, and must agree; two ages
      // there are two people's ("Liang, 40, and Wang, 30").
      if (e.figure.at === later.at) {
        if (shared && e.figure.fact.figure.kind !== later.fact.figure.kind && !sameBirth(e.years, years)) return e.figure;
        continue;
      }
      // A person carried from before may be the wrong one, but there is only one the draft dates; nobody at all ("Sein
      // Vater wurde 1955 geboren") is someone else.
      // „Marc Andreessen sprach 2019 … Er war damals 47.“, later „2017 trat Donald Trump … an. Er war damals 70.“: two
      // ages whose sentences each carried their own person are two people's, not one person's carried wrongly.
      const twoPeople = e.figure.fact.figure.kind === 'age' && later.fact.figure.kind === 'age' && differentPeople(personsOf(later), personsOf(e.figure));
      const same = shared || (!named && later.fact.entityFrom !== undefined && onePerson && !twoPeople);
      if (same && !sameBirth(e.years, years)) return e.figure;
    }
    return undefined;
  }

  /** Whether a figure is an age or a birth year: one this compares, with every earlier one of the draft. */
  static concerns(figure: DraftFigure): boolean {
    return figure.fact.figure.kind === 'age' || figure.fact.attributes.includes('birth');
  }

  /** The figures met so far as they stand in `figures` (moved by an edit before them): the same facts at their positions. */
  follow(figures: DraftFigure[]): void {
    for (const e of this.seen) e.figure = figures[e.at];
  }

  /** An age or birth year met, `disputed` where it was reported against an earlier figure. */
  add(figure: DraftFigure, at = this.seen.length, disputed = false): void {
    const years = this.yearsOf(figure);
    if (years) this.seen.push({ figure, years, at, disputed });
  }

  /** Whether a figure is an age or birth year met so far that contradicted an earlier one. */
  disputed(figure: DraftFigure): boolean {
    for (let k = this.seen.length - 1; k >= 0; k--) if (this.seen[k].figure.fact === figure.fact) return this.seen[k].disputed;
    return false;
  }

  private yearsOf(figure: DraftFigure): [number, number] | undefined {
    const { fact } = figure;
    if (!LifeFacts.concerns(figure)) return undefined;
    const { text } = figure.at.facts;
    const [before, after] = [text.slice(Math.max(0, figure.figure.start - 24), figure.figure.start), text.slice(figure.figure.end, figure.figure.end + 16)];
    return birthYears(fact, fact.figure.kind === 'age' ? this.documentYear() ?? yearOfSourcesAge(figure) : undefined, before, after);
  }

  /** The year of the day the draft is about, counted from only when it is asked (an age, a weekday). */
  documentYear(): number | undefined {
    if (this.year === null) this.year = documentTime(this.draft.figures.map((f) => f.figure))?.year;
    return this.year;
  }
}

/**
 * Whose age or birth year a figure gives: the people of its fact that its own sentence names, where it names any ("Ihr
 * Gründer ist Liang Wenfeng, 40 Jahre alt" after an analyst's quotation is Liang's, whoever else the paragraph carried
 * into the fact); else all of its fact's.
 */
function personsOf(figure: DraftFigure): string[] {
  const primary = figure.fact.primary ?? [];
  const named = primary.filter((p) => figure.at.facts.names.some((n) => n.entry.canonical === p));
  return named.length > 0 ? named : primary;
}

/** Whether two figures' people are known and none is the other's. */
function differentPeople(one: string[], other: string[]): boolean {
  return one.length > 0 && other.length > 0 && !one.some((p) => other.includes(p));
}

/**
 * "Gründer Liang Wenfeng ist 40 Jahre alt" in a newsletter that names no day: the age the sources give, as of the year
 * they give it in (the article's, or the year their sentence tells it of), where they agree on one. A draft's own age
 * no source backs has no year to count from.
 */
function yearOfSourcesAge(figure: DraftFigure): number | undefined {
  if (figure.match.status !== 'supported') return undefined;
  const years = new Set(figure.match.evidence.filter((e) => e.agreement === 'agrees' && e.fact.figure.kind === 'age').map((e) => e.fact.toldIn ?? e.fact.asOf));
  const [year] = years;
  return years.size === 1 ? year : undefined;
}

/** The finding last made for a figure's fact: with the same earlier figure at the same places it is made again. */
const findingsMade = new WeakMap<Fact, { messages: Messages; earlier: Fact; finding: Finding }>();

/**
 * An earlier figure and the lookup keys of its fact (their ids) under which it is the first of its value: its filing's
 * own keys with the bits of those it is first under, not a list of them (a 1 MB draft's 10,800 lists were 0.7 MB).
 */
interface Filed {
  figure: DraftFigure;
  start: number;
  /** The filing's keys; past `MAX_KEY_BITS` of them, the ones it is first under (`under` is then `UNDER_EACH`). */
  keys: readonly number[];
  /** Bit k: it is first under `keys[k]`. */
  under: number;
}

/** `Filed.under` where it is first under each of its `keys`. */
const UNDER_EACH = -1;

/**
 * The figures filed in one bucket so far, as a chain interned across checks: the same facts filed in the same order
 * with the same verdicts are the same object, so a figure whose buckets hold what they held at the last check is
 * not compared again. A state is only its number; the chain's links are held by the fact filed, weakly (see
 * `links`): a chain goes when its facts do.
 */
interface BucketState {
  readonly id: number;
  /** The state it follows (one only: a state is reached from one state by one filing); none for an empty bucket. */
  readonly before: BucketState | undefined;
}

let nextStateId = 0;
const newState = (before?: BucketState): BucketState => ({ id: nextStateId++, before });

/** What the last check found for a figure: the earlier figure that disagrees with it, given its buckets' states. */
interface Verdict {
  status: string;
  states: Array<BucketState | undefined>;
  earlier: Fact | undefined;
  /** With several buckets: the figures met before `earlier` that did not disagree. */
  passed?: Set<Fact>;
  /** The earlier figure a recalled figure restates (no earlier one was then looked for). */
  recalled?: Fact;
  /** `earlier` is a figure the later one restates, met before any that disagrees: no finding. */
  restated?: boolean;
  /** The last check it was made in or held in. */
  check: number;
}

/**
 * Per source index (facts and their comparison depend on it): each bucket's empty state, each figure's verdict, and
 * the numbers that stand for buckets, keys and values. Every figure of the draft is filed at each check: filed by
 * number, that walk costs an edit of a large draft a tenth of what it did by text.
 */
let memory = new WeakMap<SourceIndex, Memory>();
/** The memory of the latest check: it holds that check's figures, and through them the analysis of its draft. */
let latest: Memory | undefined;

/**
 * Forgets the latest check's figures (a closed draft's, maybe), so the next check files every figure; with `everything`,
 * every verdict and number too: no draft is open any more.
 */
export function forgetFiledFigures(everything: boolean): void {
  if (latest) [latest.figures, latest.statuses, latest.last] = [[], [], undefined];
  latest = undefined;
  if (everything) memory = new WeakMap();
}

interface Memory {
  roots: ById<BucketState>;
  verdicts: WeakMap<Fact, Verdict>;
  names: Interned;
  /** The last check's figures, in order, and their statuses: where this check's first differ, figures are filed as then. */
  figures: DraftFigure[];
  statuses: string[];
  checks: number;
  /** What the last check left, to be taken up by the next where they first differ. */
  last?: LastRun;
}

/**
 * Values by id (the interned numbers of buckets, keys and values, dense from 0): an array read by index, not a Map
 * hashed at every figure's every bucket and key (filing and unfiling every figure of a 1 MB draft was most of an edit's
 * draft-inconsistency).
 */
class ById<T> {
  private items: Array<T | undefined> = [];
  get(id: number): T | undefined {
    return this.items[id];
  }
  set(id: number, item: T | undefined): void {
    // Grown at once to twice its size, filled: an array written far past its end turns into a slow dictionary.
    if (id >= this.items.length) this.items = this.items.concat(new Array<undefined>(Math.max(id + 1, 2 * this.items.length, 1024) - this.items.length).fill(undefined));
    this.items[id] = item;
  }
}

/**
 * The figures filed so far: what a later figure is compared with. Which facts were met and filed is marked on their
 * filings (`seenBy`, `filedBy`: this state), not held in sets keyed by fact.
 */
interface FilingState {
  /**
   * The values met so far under each key, by id (small integers: no number is boxed to look one up); the only value
   * of a key as it is, a set only for a key with several (a set for each of a 1 MB draft's keys was 6 MB per check).
   */
  valuesByKey: ById<number | Set<number>>;
  buckets: ById<Filed[]>;
  states: ById<BucketState>;
  /** Whether some fact was met twice: a check that did so is not taken up (its filing cannot be undone fact by fact). */
  repeated: boolean;
}

const emptyFilingState = (): FilingState => ({ valuesByKey: new ById(), buckets: new ById(), states: new ById(), repeated: false });

/**
 * A check as it ran, to be taken up where the next one's figures first differ: its filing is undone figure by figure
 * from its end back to there (each figure's filing is known), its findings and ages before there are kept. An edit in
 * the middle of a large draft files only the figures after it (filing every figure was a third of an edit's check).
 */
interface LastRun {
  figures: DraftFigure[];
  statuses: string[];
  messages: Messages;
  state: FilingState;
  /** Per figure, in order: what it was filed as, where it was the first of its value under some key. */
  filedAt: Array<Filed | undefined>;
  /** The findings made. */
  made: Made[];
  lives: LifeFacts;
}

/** A finding made, with the position of the figure it is reported on and of the earlier figure it names (if any). */
interface Made {
  at: number;
  finding: Finding;
  earlier?: number;
}

/** A check under way: from which figure on it files and asks, what it found before that, and how it is kept when done. */
interface Run {
  from: number;
  /** Instead of every figure from `from` on: only these (in order), the others filed as the last check filed them. */
  only?: number[];
  filedAt: Array<Filed | undefined>;
  made: Made[];
  done(lives: LifeFacts): void;
}

/** Numbers for texts; a new generation when they grow too many, so that filings numbered in an older one are made again. */
interface Interned {
  generation: number;
  ids: Map<string, number>;
}

/** Buckets, keys and values numbered (and empty bucket states remembered) before the numbering starts afresh. */
const MAX_NAMES = 1 << 20;
let nextGeneration = 0;

/** Which keys a figure is first under, as bits of its keys' positions; beyond this many keys, as text. */
const MAX_KEY_BITS = 20;
const STATUSES = ['supported', 'contradicted', 'unsourced'];

/**
 * The draft's figures so far, filed by (family of value, entity, attribute): two figures state the same fact only
 * when they share an entity and an attribute, so a figure is compared with its bucket, never with every figure
 * before it (a draft with 20,000 figures would take 20,000² comparisons). Within a key, only the first figure of
 * each value is compared: a value stated ten times is compared once. After an edit, a figure whose buckets are as
 * they were keeps its verdict: only the figures that share a bucket with a changed one are compared again.
 */
class EarlierFigures {
  private state = emptyFilingState();
  private readonly scratch: number[] = [];
  private readonly memory: Memory;
  /** This check's number. */
  private readonly check: number;
  /**
   * Where this check's figures first differ from the last check's (a document offset, Infinity where nowhere): every
   * figure before it is the same fact with the same status, filed under the same keys, and so compares as it did.
   */
  private readonly changedFrom: number;
  /** How many of the first figures are the last check's figures themselves (at the same places), with the same statuses. */
  private readonly sameFigures: number;
  /** How many of the last figures are the same facts (moved or not) with the same statuses, where the draft has as many figures as at the last check. */
  private readonly sameTail: number;

  constructor(index: SourceIndex, figures: DraftFigure[]) {
    let known = memory.get(index);
    if (!known || known.names.ids.size > MAX_NAMES) {
      known = { roots: new ById(), verdicts: known?.verdicts ?? new WeakMap(), names: { generation: nextGeneration++, ids: new Map() }, figures: [], statuses: [], checks: known?.checks ?? 0 };
      memory.set(index, known);
    }
    this.memory = latest = known;
    this.check = ++known.checks;
    const [last, statuses] = [known.figures, known.statuses];
    let same = 0;
    while (same < figures.length && same < last.length && figures[same] === last[same] && figures[same].match.status === statuses[same]) same++;
    this.sameFigures = same;
    // The same facts at the end, moved or not: a character typed before them moves their figures, not what they state.
    let tail = 0;
    if (figures.length === last.length) {
      const n = figures.length;
      while (tail < n - same && figures[n - 1 - tail].fact === last[n - 1 - tail].fact && figures[n - 1 - tail].match.status === statuses[n - 1 - tail]) tail++;
    }
    this.sameTail = tail;
    while (same < figures.length && same < last.length && figures[same].fact === last[same].fact && figures[same].match.status === statuses[same]) same++;
    this.changedFrom = same < figures.length ? figures[same].span.start : Infinity;
    known.figures = figures;
    known.statuses = figures.map((f) => f.match.status);
  }

  /**
   * The check taken up from the last one where they first differ (nothing of it where the last check was of another
   * draft, in other words, met a fact twice, or counted ages from another year), or begun afresh.
   */
  resume(figures: DraftFigure[], messages: Messages, lives: LifeFacts): Run {
    const last = this.memory.last;
    // Taken: a check that fails half-way leaves nothing to take up.
    this.memory.last = undefined;
    let resumed: LastRun | undefined;
    const only = last && last.messages === messages && !last.state.repeated && last.filedAt.length === last.figures.length ? this.splice(last, figures, lives) : undefined;
    if (only) {
      const run: Run = {
        from: figures.length,
        only,
        filedAt: last!.filedAt,
        made: last!.made,
        done: (after) => {
          this.memory.last = { figures, statuses: this.memory.statuses, messages, state: this.state, filedAt: run.filedAt, made: run.made, lives: after };
        },
      };
      this.state = last!.state;
      return run;
    }
    if (last && last.messages === messages && !last.state.repeated && this.sameFigures > 0 && last.filedAt.length === last.figures.length && lives.resume(last.lives, this.sameFigures)) {
      this.rewind(last, this.sameFigures);
      resumed = last;
    }
    const run: Run = {
      from: resumed ? this.sameFigures : 0,
      filedAt: resumed?.filedAt ?? [],
      made: resumed?.made ?? [],
      done: (after) => {
        this.memory.last = { figures, statuses: this.memory.statuses, messages, state: this.state, filedAt: run.filedAt, made: run.made, lives: after };
      },
    };
    if (resumed) this.state = resumed.state;
    return run;
  }

  /**
   * The last check's filing without the figures that changed and those after them that share a bucket or a key with
   * one (or with one of those, and so on): the figures to file again, in order. The other figures after the change
   * keep their filing, verdict and finding: each of their buckets and keys holds what it held (a digit typed near the
   * middle of a large draft files a handful of figures again, not half of them); where a character typed before them
   * moved them, they keep those at their new places. Undefined where the draft's figures changed in number: then the
   * last check is rewound.
   */
  private splice(last: LastRun, figures: DraftFigure[], lives: LifeFacts): number[] | undefined {
    const n = figures.length;
    const [from, to] = [this.sameFigures, n - this.sameTail];
    if (this.sameTail === 0 || from > to || last.figures.length !== n) return undefined;
    const [buckets, keys] = [new Set<number>(), new Set<number>()];
    const touch = (filing: Filing) => {
      for (const bucket of filing.buckets) buckets.add(bucket);
      for (const key of filing.keys) keys.add(pairOf(key, filing.value));
    };
    const refile: number[] = [];
    // Ages and birth years are compared with every earlier one: from the first filed again on, all are.
    let firstLife = Infinity;
    for (let i = from; i < to; i++) {
      if (LifeFacts.concerns(figures[i]) || LifeFacts.concerns(last.figures[i])) firstLife = Math.min(firstLife, i);
      touch(filingOf(last.figures[i].fact, this.memory.names));
      touch(filingOf(figures[i].fact, this.memory.names));
      refile.push(i);
    }
    const kept: Fact[] = [];
    for (let i = to; i < n; i++) {
      const figure = figures[i];
      // Neither filed nor compared, at the last check as now.
      if (figure.match.status === 'contradicted' || figure.retracted) continue;
      const filing = filingOf(figure.fact, this.memory.names);
      const life = LifeFacts.concerns(figure);
      if (!(life && firstLife < i) && !filing.buckets.some((bucket) => buckets.has(bucket)) && !filing.keys.some((key) => keys.has(pairOf(key, filing.value)))) {
        kept.push(figure.fact);
        continue;
      }
      if (life) firstLife = Math.min(firstLife, i);
      touch(filing);
      refile.push(i);
    }
    if (!lives.resume(last.lives, Math.min(firstLife, n))) return undefined;
    // Each refiled figure is the last of its buckets when it is unfiled: every later figure of them is refiled too.
    for (let k = refile.length - 1; k >= 0; k--) this.unfile(last, refile[k]);
    const again = new Set(refile);
    const made = last.made.filter((m) => !again.has(m.at));
    last.made.length = 0;
    for (const m of made) last.made.push(m);
    this.follow(last, figures, to, again);
    // Their verdicts hold for this check as for the last: the next one may take them as the last check's.
    for (const fact of kept) {
      const verdict = this.memory.verdicts.get(fact);
      if (verdict) verdict.check = this.check;
    }
    return refile;
  }

  /**
   * The kept figures from `to` on that an edit before them moved (the same facts, other figures): filed, compared and
   * reported as the last check did, at their new places (an insertion used to file every figure after it again).
   */
  private follow(last: LastRun, figures: DraftFigure[], to: number, again: Set<number>): void {
    const before = last.figures;
    const moved = (i: number) => figures[i].span.start - before[i].span.start;
    for (let i = to; i < figures.length; i++) {
      if (figures[i] === before[i] || again.has(i)) continue;
      const filed = last.filedAt[i];
      if (!filed) continue;
      [filed.figure, filed.start] = [figures[i], figures[i].span.start];
      const filing = filingOf(figures[i].fact, this.memory.names);
      if (filing.filedAs === before[i]) filing.filedAs = figures[i];
    }
    last.lives.follow(figures);
    for (const m of last.made) {
      if (m.at < to || figures[m.at] === before[m.at]) continue;
      const delta = moved(m.at);
      const finding = movedFinding(m.finding, delta, m.earlier === undefined ? delta : moved(m.earlier));
      const kept = findingsMade.get(figures[m.at].fact);
      if (kept?.finding === m.finding) kept.finding = finding;
      m.finding = finding;
    }
  }

  /** The last check's filing as it stood before its figure `to`: each figure after it unfiled, the last first. */
  private rewind(last: LastRun, to: number): void {
    const { filedAt, made } = last;
    for (let i = filedAt.length - 1; i >= to; i--) this.unfile(last, i);
    filedAt.length = to;
    while (made.length > 0 && made[made.length - 1].at >= to) made.pop();
  }

  /** The last check's figure `i` taken out of its filing: it is the last filed in each of its buckets. */
  private unfile(last: LastRun, i: number): void {
    const { state, filedAt } = last;
    if (last.statuses[i] === 'contradicted') return;
    const filing = filingOf(last.figures[i].fact, this.memory.names);
    filing.seenBy = undefined;
    const filed = filedAt[i];
    if (!filed) return;
    filing.filedBy = filing.filedAs = undefined;
    for (const bucket of filing.buckets) {
      const list = state.buckets.get(bucket)!;
      list.pop();
      if (list.length > 0) state.states.set(bucket, state.states.get(bucket)!.before!);
      else {
        state.buckets.set(bucket, undefined);
        state.states.set(bucket, undefined);
      }
    }
    for (let k = 0; k < filed.keys.length; k++) {
      if (!isUnder(filed, k)) continue;
      const key = filed.keys[k];
      const values = state.valuesByKey.get(key)!;
      if (typeof values === 'number') state.valuesByKey.set(key, undefined);
      else values.delete(filing.value);
    }
  }

  /** How a figure is filed: looked up once per check, for `first` and `add`. */
  filing(figure: DraftFigure): Filing {
    return filingOf(figure.fact, this.memory.names);
  }

  /** The earliest figure filed under one of `later`'s buckets and keys that disagrees with it. */
  first(later: DraftFigure, filing: Filing, weight: (concept: string) => number, trace?: RuleTrace): DraftFigure | undefined {
    const { keys, lookup } = filing;
    // A fact met twice in one draft (a block that repeats) is compared afresh: its sentence is another each time.
    const again = filing.seenBy === this.state;
    filing.seenBy = this.state;
    if (again) this.state.repeated = true;
    const known = again ? undefined : this.memory.verdicts.get(later.fact);
    // Most figures of an edited draft keep their verdict: that is asked first, before anything is gathered for a comparison.
    if (known && known.status === later.match.status && this.inStates(known.states, lookup)) {
      const kept = this.keptVerdict(known, lookup, keys);
      if (kept !== false) {
        known.check = this.check;
        return known.restated ? undefined : kept;
      }
    }
    // Kept with the verdict: made at its size (pushed from empty, room for 17).
    const states = lookup.map((bucket) => this.state.states.get(bucket));
    const lists = this.listsOf(lookup);
    if (trace) trace.figuresCompared++;
    // The earlier figures before the first changed one answer as they did for the last check's verdict: only those
    // from there on are compared (a figure after an edit compared again walked thousands in a bucket of an attribute).
    const from = known && known.status === later.match.status && known.check === this.check - 1 ? this.changedFrom : 0;
    // A figure recalled by what it measures alone ("ein Modell mit 671 Millionen Parametern") is the fact of the
    // earlier figure it matches, if any does: then no other earlier figure of that attribute is what it restates.
    // Asked of every earlier figure of its buckets: what depends on the later figure only is worked out once.
    const recalledBy = isRecall(later.fact) ? recallTest(later) : undefined;
    let recalled: DraftFigure | undefined;
    if (recalledBy) {
      recalled = this.keptBefore(known?.recalled, from);
      recalled ??= earliest(lists, keys, (e) => recalledBy(e.figure) && compareFigures(later.figure, e.figure.figure) === 'agrees', from, trace)?.figure;
    }
    let earlier: DraftFigure | undefined;
    let passed: Set<Fact> | undefined;
    let restated = false;
    if (!recalled) {
      // Where the last verdict was a recall, no earlier figure was compared then.
      const keptEarlier = this.keptBefore(known?.earlier, known?.recalled ? 0 : from);
      if (keptEarlier && (lists.length > 1) === (known!.passed !== undefined)) [earlier, passed, restated] = [keptEarlier, known!.passed, known!.restated === true];
      else {
        const since = known?.recalled || keptEarlier ? 0 : from;
        const misrecalledBy = later.at.facts.names.length === 0 ? recalledBy ?? (mayMisrecall(later.fact) ? slipTest(later) : undefined) : undefined;
        passed = lists.length > 1 && since > 0 ? this.filedBefore(lists, keys, since) : undefined;
        earlier = earliest(lists, keys, (e) => {
          if (disagree(e.figure, later, weight, misrecalledBy)) return true;
          if (restates(e.figure, later, weight)) return (restated = true);
          if (lists.length > 1) (passed ??= new Set()).add(e.figure.fact);
          return false;
        }, since, trace)?.figure;
      }
    }
    if (!again) {
      const verdict: Verdict = { status: later.match.status, states, earlier: earlier?.fact, check: this.check };
      if (earlier && lists.length > 1) verdict.passed = passed ?? new Set();
      if (recalled) verdict.recalled = recalled.fact;
      if (restated) verdict.restated = true;
      this.memory.verdicts.set(later.fact, verdict);
    }
    return restated ? undefined : earlier;
  }

  /** The figure of a fact filed before `from` in this check: where it stood unchanged, it is what it was. */
  private keptBefore(fact: Fact | undefined, from: number): DraftFigure | undefined {
    const figure = fact && this.filedAs(fact);
    return figure && figure.span.start < from ? figure : undefined;
  }

  /** The facts of the figures filed in `lists` under one of `keys` before `from`: those a comparison from there passed. */
  private filedBefore(lists: Filed[][], keys: number[], from: number): Set<Fact> {
    const facts = new Set<Fact>();
    earliest(lists, keys, (e) => {
      if (e.start >= from) return true;
      facts.add(e.figure.fact);
      return false;
    });
    return facts;
  }

  /**
   * The verdict of the last check, where it holds: the buckets hold the same figures, but which of several buckets'
   * figures comes first depends on where they stand now, so the figures before the earlier one must be those that
   * did not disagree then. False where that is not so.
   */
  private keptVerdict(known: Verdict, buckets: number[], keys: number[]): DraftFigure | undefined | false {
    if (!known.earlier) return undefined;
    if (!known.passed) return this.filedAs(known.earlier) ?? false;
    let holds = true;
    const found = earliest(this.listsOf(buckets), keys, (e) => {
      if (e.figure.fact === known.earlier) return true;
      if (known.passed!.has(e.figure.fact)) return false;
      holds = false;
      return true;
    });
    return holds && found ? found.figure : false;
  }

  /** The figure of a fact filed so far in this check. */
  private filedAs(fact: Fact): DraftFigure | undefined {
    const filing = filings.get(fact);
    return filing?.filedBy === this.state ? filing.filedAs : undefined;
  }

  /** Whether each of the buckets is in the state it was in (the states of the verdict), in order. */
  private inStates(states: Array<BucketState | undefined>, buckets: number[]): boolean {
    if (states.length !== buckets.length) return false;
    for (let k = 0; k < buckets.length; k++) if (states[k] !== this.state.states.get(buckets[k])) return false;
    return true;
  }

  /** The figures filed so far in each of the buckets that holds some. */
  private listsOf(buckets: number[]): Filed[][] {
    const lists: Filed[][] = [];
    for (const bucket of buckets) {
      const list = this.state.buckets.get(bucket);
      if (list) lists.push(list);
    }
    return lists;
  }

  /** Files the figure; what it was filed as where it is the first of its value under some key. */
  add(figure: DraftFigure, filing: Filing): Filed | undefined {
    const { keys, buckets, value } = filing;
    // The keys it is first under, gathered here; kept (at their size: an array grown by push keeps room for 17) only
    // past the bits' reach, and then a figure first under all of its keys keeps its filing's keys themselves.
    const firstUnderKeys = this.scratch;
    firstUnderKeys.length = 0;
    // Which of its keys it is first under, as bits (its keys are a handful).
    let under = 0;
    for (let k = 0; k < keys.length; k++) {
      const values = this.state.valuesByKey.get(keys[k]);
      if (values === undefined) this.state.valuesByKey.set(keys[k], value);
      else if (typeof values === 'number') {
        if (values === value) continue;
        this.state.valuesByKey.set(keys[k], new Set([values, value]));
      } else {
        if (values.has(value)) continue;
        values.add(value);
      }
      firstUnderKeys.push(keys[k]);
      if (k < MAX_KEY_BITS) under |= 1 << k;
    }
    if (firstUnderKeys.length === 0) return undefined;
    const bits = keys.length <= MAX_KEY_BITS;
    // Listed only past the bits' reach, or for a state's link of an unknown status.
    const status = STATUSES.indexOf(figure.match.status);
    const firstUnder = bits && status >= 0 ? undefined : firstUnderKeys.length === keys.length ? keys : firstUnderKeys.slice();
    const filed: Filed = bits ? { figure, start: figure.span.start, keys, under } : { figure, start: figure.span.start, keys: firstUnder!, under: UNDER_EACH };
    filing.filedBy = this.state;
    filing.filedAs = figure;
    // What a later figure's comparison depends on: this fact, whether a source backs it, and the keys it is first under.
    const entry = firstUnder === undefined ? under * 4 + status : `${figure.match.status}:${firstUnder.join(',')}`;
    for (const bucket of buckets) {
      const list = this.state.buckets.get(bucket);
      if (list) list.push(filed);
      else this.state.buckets.set(bucket, [filed]);
      this.state.states.set(bucket, this.nextState(bucket, filing, entry));
    }
    return filed;
  }

  /** `filing.links`: the links of the fact filed, from (the state it was filed on, what was filed) to the state after it. */
  private nextState(bucket: number, filing: Filing, entry: number | string): BucketState {
    let state = this.state.states.get(bucket);
    if (!state) {
      state = this.memory.roots.get(bucket);
      if (!state) this.memory.roots.set(bucket, (state = newState()));
    }
    // A state's number times 2^23 stays exact far beyond the states a session makes.
    const link = typeof entry === 'number' ? state.id * 2 ** 23 + entry : `${state.id}:${entry}`;
    let next = followLink(filing, link);
    if (!next) addLink(filing, link, (next = newState(state)));
    return next;
  }
}

/**
 * A fact's links are a handful (one per bucket it is filed in, one more each time an edit before it changes a bucket's
 * state): as pairs in a list of their size while they are few, a Map once they are many. As a Map each, a 1 MB draft's
 * 12,800 filed facts held 3.5 MB of links (with the states they lead to, which stay).
 */
type Links = Array<number | string | BucketState> | Map<number | string, BucketState>;
const LISTED_LINKS = 8;

function followLink(filing: Filing, link: number | string): BucketState | undefined {
  const links = filing.links;
  if (links === undefined) return undefined;
  if (links instanceof Map) return links.get(link);
  for (let i = 0; i < links.length; i += 2) if (links[i] === link) return links[i + 1] as BucketState;
  return undefined;
}

function addLink(filing: Filing, link: number | string, state: BucketState): void {
  const links = filing.links;
  if (links === undefined) filing.links = [link, state];
  else if (links instanceof Map) links.set(link, state);
  // Copied at its size (concat): an array grown by push, or spread into a literal, keeps room for a dozen more.
  else if (links.length < 2 * LISTED_LINKS) filing.links = links.concat([link, state]);
  else {
    const map = new Map<number | string, BucketState>();
    for (let i = 0; i < links.length; i += 2) map.set(links[i] as number | string, links[i + 1] as BucketState);
    filing.links = map.set(link, state);
  }
}

/** Where a figure stands among the draft's figures (in document order): looked up by its place, then by identity. */
function positionOf(figures: DraftFigure[], figure: DraftFigure): number {
  let [lo, hi] = [0, figures.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].span.start < figure.span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < figures.length && figures[k].span.start === figure.span.start; k++) if (figures[k] === figure) return k;
  return figures.indexOf(figure);
}

/** A key and a value as one number (both are ids below 2^26). */
const pairOf = (key: number, value: number) => key * 2 ** 26 + value;

/**
 * The earliest filed figure from document offset `from` on under one of `keys` that `accepts`, merging the buckets
 * (each in document order) lazily. `trace` counts the figures it asks.
 */
function earliest(lists: Filed[][], keys: number[], accepts: (filed: Filed) => boolean, from = 0, trace?: RuleTrace): Filed | undefined {
  const asks = !trace ? accepts : (filed: Filed) => {
    trace.earlierFiguresAsked = (trace.earlierFiguresAsked ?? 0) + 1;
    return accepts(filed);
  };
  if (lists.length === 1) {
    const list = lists[0];
    for (let k = from > 0 ? firstFrom(list, from) : 0; k < list.length; k++) if (firstUnderOne(list[k], keys) && asks(list[k])) return list[k];
    return undefined;
  }
  const cursors = lists.map((list) => (from > 0 ? firstFrom(list, from) : 0));
  for (;;) {
    let next: Filed | undefined;
    for (let k = 0; k < lists.length; k++) {
      const head = lists[k][cursors[k]];
      if (head && (!next || head.start < next.start)) next = head;
    }
    if (!next) return undefined;
    for (let k = 0; k < lists.length; k++) if (lists[k][cursors[k]] === next) cursors[k]++;
    if (firstUnderOne(next, keys) && asks(next)) return next;
  }
}

/** The position of a list's first figure at or after document offset `from`. */
function firstFrom(list: Filed[], from: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstUnderOne(filed: Filed, keys: number[]): boolean {
  for (const key of keys) {
    const k = filed.keys.indexOf(key);
    if (k >= 0 && isUnder(filed, k)) return true;
  }
  return false;
}

/** Whether a filed figure is the first of its value under its `keys[k]`. */
const isUnder = (filed: Filed, k: number) => filed.under === UNDER_EACH || (filed.under & (1 << k)) !== 0;

interface Filing {
  generation: number;
  /** The fact's lookup keys (facts/factIndex.ts), numbered. */
  keys: number[];
  /** (family, entity, attribute) for each of its entities and attributes, and (family, attribute) for an attribute that recalls a fact: where it is filed. */
  buckets: number[];
  /** Where its earlier figures are looked up: its (family, entity, attribute) buckets, and for a fact that names no one in its sentence, its (family, attribute) ones. */
  lookup: number[];
  value: number;
  /** (the state it was filed on, what was filed) → the state after it: a bucket's chain of states, held by the facts filed. */
  links?: Links;
  /** The filing state that met the fact (this check's, or the last one's taken up). */
  seenBy?: FilingState;
  /** The filing state it was filed in, and as which figure. */
  filedBy?: FilingState;
  filedAs?: DraftFigure;
}

/** Facts of unchanged blocks are the same objects after an edit: they are filed as before. */
const filings = new WeakMap<Fact, Filing>();

function filingOf(fact: Fact, names: Interned): Filing {
  let filing = filings.get(fact);
  if (filing && filing.generation === names.generation) return filing;
  const { kind, value, currency, date, range } = fact.figure;
  const family = FIGURE_FAMILY[kind];
  const buckets = new Set<number>();
  for (const entity of fact.entities) for (const attribute of fact.attributes) buckets.add(idOf(names, `b\u0000${family}\u0000${entity}\u0000${attribute}`));
  // A slip of a figure of the same entity is looked for whatever each says it measures (`sameEntitySlip`): among the
  // figures with the same digits, in any order (a swap and another scale keep them), so the bucket stays small.
  if (maySlip(fact)) {
    const digits = slipDigits(value);
    // "598 Mrd." is looked for among the sums as well (`sameUnit`).
    const families = bareScaled(fact.figure) ? [family, FIGURE_FAMILY.money] : [family];
    for (const slipFamily of families) for (const entity of fact.entities) buckets.add(idOf(names, `s\u0000${slipFamily}\u0000${entity}\u0000${digits}`));
  }
  const byAttribute = fact.attributes.filter(recallsAFact).map((attribute) => idOf(names, `r\u0000${family}\u0000${attribute}`));
  // The writer's own counts and those of no one named are filed, and looked up, by what they measure and the noun they
  // count as well (`writersOwnRestated`).
  const ownOrGuessed = isWritersOwn(fact) || ownerGuessed(fact);
  const byNoun = ownOrGuessed ? fact.attributes.filter(isNoun).map((noun) => idOf(names, `r\u0000${family}\u0000${noun}`)) : [];
  const filedIn = [...new Set([...buckets, ...byAttribute, ...byNoun])];
  // One list where both hold the same (a fact with nothing it is recalled by, or one recalled): one list less per fact.
  const lookup = mayMisrecall(fact) || ownOrGuessed || byAttribute.length + byNoun.length === 0 ? filedIn : [...buckets];
  filing = {
    generation: names.generation,
    keys: [...new Set(slipKeysOf(fact).map((key) => idOf(names, `k\u0000${key}`)))],
    buckets: filedIn,
    lookup,
    value: idOf(names, `v\u0000${JSON.stringify([kind, value, currency, date, range])}`),
    // Made with every field it gets later: one shape for all filings, read at every figure of every check.
    links: undefined,
    seenBy: undefined,
    filedBy: undefined,
    filedAs: undefined,
  };
  filings.set(fact, filing);
  return filing;
}

/** A fact's lookup keys, and for a bare scaled number ("598 Mrd.") those of the sum it may restate (`sameUnit`). */
export function slipKeysOf(fact: Fact): string[] {
  return bareScaled(fact.figure) ? [...keysOf(fact), ...keysOf({ ...fact, figure: { ...fact.figure, kind: 'money' } })] : keysOf(fact);
}

/** A key kept as a string of its own, not as the pieces it was joined from (a 1 MB draft's were 108,000 strings). */
function idOf(names: Interned, text: string): number {
  let id = names.ids.get(text);
  if (id === undefined) names.ids.set(ownString(text), (id = names.ids.size));
  return id;
}

/**
 * What a fact can be recognised by without a name: what it measures ("Parameter", "Kosten", "Belegschaft"), not a
 * day's move, which many companies make on one day.
 */
function recallsAFact(attribute: string): boolean {
  return isSpecific(attribute) && !isOneDays([attribute]);
}

/** A fact whose sentence names no one: whose it is, only a guess from the heading or paragraph. */
export function isRecall(fact: Fact): boolean {
  return fact.attributes.some(recallsAFact) && (fact.entities.length === 0 || fact.entityFrom === 'heading' || fact.entityFrom === 'document' || fact.entityFrom === 'paragraph');
}

/**
 * A fact whose subject its sentence does not name but points back to ("Ein Modell mit 761 Milliarden Parametern" after
 * a sentence on FP8 training): whose it is, a guess that may be wrong. Like a recall, it is held against the earlier
 * figures of what it measures, but only for a slip (`slipOf`): "761" for "671 Milliarden Parameter" is the earlier one
 * mistyped whoever the guess says it is of.
 */
function mayMisrecall(fact: Fact): boolean {
  return isRecall(fact) || (fact.entityFrom === 'reference' && fact.attributes.some(recallsAFact));
}

/** The earlier figure states the fact a recalled figure is about: what it measures, in the same unit, at a compatible time. */
export function recalls(earlier: DraftFigure, later: DraftFigure): boolean {
  return recallTest(later)(earlier);
}

/** `recalls` of one later figure, asked of many earlier ones: what it needs of the later one gathered once. */
function recallTest(later: DraftFigure): (earlier: DraftFigure) => boolean {
  const a = later.fact;
  const measured = a.attributes.filter(recallsAFact);
  const nouns = a.attributes.filter(isNoun);
  // Asked of every earlier figure of the later one's buckets, which grow with the draft: nothing made per figure asked.
  return (earlier) => {
    const b = earlier.fact;
    if (earlier.at === later.at || a.figure.kind !== b.figure.kind || a.figure.currency !== b.figure.currency) return false;
    if (!someIn(measured, b.attributes)) return false;
    // Both name a noun for what they count: then a shared one.
    if (nouns.length && b.attributes.some(isNoun) && !someIn(nouns, b.attributes)) return false;
    return compatibleDates(a.time, b.time);
  };
}

function someIn(items: readonly string[], list: readonly string[]): boolean {
  for (let k = 0; k < items.length; k++) if (list.includes(items[k])) return true;
  return false;
}

const isNoun = (attribute: string) => attribute.startsWith('noun:');

/** A figure its clause gives to the writer's own organisation alone ("We are 140 people", „Zum Stichtag hielt der Fonds 48 Titel“). */
function isWritersOwn(fact: Fact): boolean {
  return fact.entities.length === 1 && fact.entities[0] === WRITER && fact.entityFrom === 'clause';
}

/**
 * "We are 140 people today" … "Headcount: 410", „verteilt auf 46 Einzeltitel“ … „Zum Stichtag hielt der Fonds 48
 * Einzeltitel“: what the writer's own organisation counts is no source's, and the draft is the only one to state it. A
 * figure of the same measure whose sentence names no one (whose it is, only a guess from the heading or paragraph)
 * restates it; with another value, it contradicts it. Both unsourced: a source's value is its own fact. Two figures of no
 * one named are not held to each other this way ("The model has 68 billion parameters" … "86 billion parameters").
 */
export function writersOwnRestated(earlier: DraftFigure, later: DraftFigure): boolean {
  if (earlier.match.status !== 'unsourced' || later.match.status !== 'unsourced') return false;
  const [ours, guessed] = isWritersOwn(earlier.fact) ? [earlier, later] : isWritersOwn(later.fact) ? [later, earlier] : [];
  if (!ours || !guessed || !ownerGuessed(guessed.fact) || guessed.at.facts.names.length > 0) return false;
  if ([earlier.figure, later.figure].some((f) => f.bound || f.range || f.derivedFrom || f.aggregate || f.comparative || f.durationUnit)) return false;
  if (!(recalls(earlier, later) || (countsTheSameNoun(earlier, later) && !labelCountsAnotherNoun(earlier, later))) || compareFigures(later.figure, earlier.figure) === 'agrees') return false;
  return !measuresOtherThings(earlier, later) && restatesTheWritersOwn(ours, guessed);
}

/**
 * Whether a figure of no one named can restate the writer's own count at all: only a bare list item or label („- 48
 * Einzeltitel“, "Headcount: 410") has no owner of its own. A clause with a subject ("Most competitors run 20 models",
 * „Die Konkurrenz betreibt 20 Modelle“, "A typical bank runs 30") owns its figure; a heading or paragraph that names
 * another ("### Nvidia" / "- 20 models") does too; and a time either states that the other does not („Ende 2023: 52
 * Einzeltitel“ after „Zum Stichtag 30. Juni … 46“) makes it another fact. Without a source to anchor either, a time
 * that merely could be the same (`compatibleDates`) is not enough.
 */
function restatesTheWritersOwn(ours: DraftFigure, guessed: DraftFigure): boolean {
  // A title is over the writer's own count as much as over the list; a section's heading or paragraph names its subject.
  if (guessed.fact.entities.some((e) => e !== WRITER) && !guessed.fact.entityFromAfar) return false;
  if (!isBareLabel(guessed.at.sentence.text.slice(0, guessed.figure.start))) return false;
  const [a, b] = [statedTime(ours.fact), statedTime(guessed.fact)];
  return a === b || (a !== undefined && b !== undefined && sameDate(a, b));
}

/**
 * „Wir haben 1300 Modelle getestet“ … „- Versionen: 6“: a label names what its count counts by its own noun only. The
 * lexicon joins „Versionen“ and „Modelle“ (both are models), but a writer restating a count under a label writes that
 * count's noun, inflected or not („Einzeltitel: 48“ for „46 Einzeltitel“, "Postdocs: 4" for "three postdocs"); under
 * another noun it is another count. What a label measures ("Headcount: 410" for "We are 140 people") still recalls it.
 */
function labelCountsAnotherNoun(a: DraftFigure, b: DraftFigure): boolean {
  const [aLabel, bLabel] = [a.at.facts.label, b.at.facts.label].map((label, i) => (countsItsLabel([a, b][i].figure, label) ? labelNouns(label) : undefined));
  if (!aLabel && !bLabel) return false;
  const [x, y] = [aLabel ?? nounsCounted(a), bLabel ?? nounsCounted(b)];
  return !x.some((n) => y.some((m) => sameNoun(n, m)));
}

/** The noun a figure counts as written, and a compound's last part („KI-Artikel“: „Artikel“ too). */
function nounsCounted(figure: DraftFigure): string[] {
  const noun = figure.figure.noun?.split(' ').pop();
  return noun ? nounAndCompoundHead(noun) : [];
}

/** Before the figure, only a list marker and a label ending in a colon ("7. Headcount:", „- Mitarbeiter:“), or nothing. */
function isBareLabel(before: string): boolean {
  const rest = before.replace(/^[\s>]*(?:[-*+]|\d+[.)])?\s*/u, '');
  return rest.trim() === '' || /^[^.!?:;]{0,60}:\s*$/u.test(rest);
}

/** A time the figure's own sentence, list item or heading states; one carried from the paragraph or document is no own time. */
function statedTime(fact: Fact): CalendarDate | undefined {
  return fact.timeFrom === 'clause' || fact.timeFrom === 'sentence' || fact.timeFrom === 'list' || fact.timeFrom === 'heading' ? fact.time : undefined;
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A fact whose sentence names no one: no entity, or one guessed from the heading, paragraph or document. */
function ownerGuessed(fact: Fact): boolean {
  return fact.entities.length === 0 || fact.entityFrom === 'heading' || fact.entityFrom === 'document' || fact.entityFrom === 'paragraph';
}

/** Two figures in one unit, at compatible times, of the same counted noun („46 Einzeltitel“, „48 Einzeltitel“). */
function countsTheSameNoun(earlier: DraftFigure, later: DraftFigure): boolean {
  const [a, b] = [earlier.fact, later.fact];
  if (earlier.at === later.at || a.figure.kind !== b.figure.kind || a.figure.currency !== b.figure.currency) return false;
  return a.attributes.some((x) => isNoun(x) && b.attributes.includes(x)) && compatibleDates(a.time, b.time);
}

/**
 * A recalled figure that restates an earlier one otherwise: with a slip, the same digits at another scale ("671
 * Millionen Parameter" for 671 Milliarden) or two neighbouring digits swapped ("1,29 Dollar" for 2,19), or with another
 * value where its sentence says it repeats what was said (`restatedInRecap`). A digit changed is no sign by itself:
 * without a name, "222 billion parameters" may well be another model's than 262 billion.
 */
export function misrecalls(earlier: DraftFigure, later: DraftFigure): boolean {
  if (later.at.facts.names.length > 0) return false;
  if (!isRecall(later.fact)) return mayMisrecall(later.fact) && slipTest(later)(earlier);
  return recalls(earlier, later) && misrecallOf(earlier, later);
}

/** Of a figure that recalls an earlier one: whether it states that one's fact with another value. */
function misrecallOf(earlier: DraftFigure, later: DraftFigure): boolean {
  return slipOf(earlier, later) || (isRecall(later.fact) && restatedInRecap(earlier, later));
}

/** For a figure whose subject is pointed back to: whether an earlier figure is what it recalls (`recallTest`), mistyped. */
function slipTest(later: DraftFigure): (earlier: DraftFigure) => boolean {
  const recalled = recallTest(later);
  return (earlier) => recalled(earlier) && maySlip(earlier.fact) && maySlip(later.fact) && slipOf(earlier, later);
}

/**
 * "Beschäftigte: rund 160" and later "Wie eingangs erwähnt, … Dass ein Team von gut 260 Leuten …": a figure that recalls
 * an earlier one by what it measures, in a sentence or paragraph that says it repeats what was said, restates it; with
 * another value, it contradicts it. Unless each of the two names a thing of its own that the other's sentence does not
 * ("the smallest has 1.5 billion" is not what "the largest … has 75 billion" repeats).
 */
function restatedInRecap(earlier: DraftFigure, later: DraftFigure): boolean {
  if (!recapping.has(later.at)) return false;
  // A bound, a range, a sum or a derived value states no value of its own to restate.
  if ([earlier.figure, later.figure].some((f) => f.bound || f.range || f.derivedFrom || f.aggregate || f.comparative)) return false;
  if (compareFigures(later.figure, earlier.figure) === 'agrees' && !beyondItsHedge(earlier.figure, later.figure)) return false;
  return !measuresOtherThings(earlier, later);
}

/**
 * The sentences that say they repeat what the draft said before ("Wie eingangs erwähnt", "worth repeating"), and those
 * after them in their paragraph; not one with a word of another time ("heute", "later"), which states another fact.
 */
const recapping = new WeakMap<DraftSentence, true>();
const RECAP_SAYS = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(RECAP.says)})(?![\\p{L}])`, 'iu');
const RECAP_SAYS_ALL = new RegExp(RECAP_SAYS.source, 'giu');
const OTHER_TIME = new RegExp(`(?<![\\p{L}])(?:${wordAlternation([...NOW_ADVERBS, ...RECAP.laterTimes])})(?![\\p{L}])`, 'iu');

export function fileRecaps(text: string, figures: DraftFigure[]): void {
  let previous: DraftFigure | undefined;
  // Read once, up to each sentence: "Wie eingangs erwähnt, …" may open the paragraph in a sentence with no figure.
  let [read, recapped] = [0, false];
  for (const figure of figures) {
    if (previous?.at === figure.at) continue;
    previous = figure;
    const upTo = figure.span.start;
    BLANK_LINE.lastIndex = read;
    for (let found = BLANK_LINE.exec(text); found && found.index < upTo; found = BLANK_LINE.exec(text)) [read, recapped] = [found.index + found[0].length, false];
    recapped ||= RECAP_SAYS.test(text.slice(read, upTo)) || RECAP_SAYS.test(figure.at.facts.text);
    read = Math.max(read, upTo);
    if (recapped && !OTHER_TIME.test(figure.at.facts.text)) recapping.set(figure.at, true);
  }
}

/** Each of two figures' clauses names something (a thing, not what is measured) that the other's sentence does not. */
function measuresOtherThings(a: DraftFigure, b: DraftFigure): boolean {
  const [aWords, bWords] = [sentenceWords(a), sentenceWords(b)];
  // What both measure ("parameters", „Beschäftigte“) tells nothing apart; "the smallest" and "the largest" do.
  const measured = new Set(a.fact.attributes.filter((x) => b.fact.attributes.includes(x)));
  const ownOf = (figure: DraftFigure, words: Set<string>) => thingsOf(figure, measured).some((w) => !hasWord(words, w));
  return ownOf(a, bWords) && ownOf(b, aWords);
}

/**
 * The words of a figure's clause that name what it is of ("the largest of the laptop versions"): not what it measures
 * (`measured`'s lexicon words), hedges, numbers or function words. Its whole sentence's where its clause has none
 * („Beschäftigte: rund 160“).
 */
function thingsOf(figure: DraftFigure, measured: ReadonlySet<string>): string[] {
  // The words that say the sentence repeats ("as mentioned") name nothing: blanked, so the offsets stay.
  const text = figure.at.facts.text.replace(RECAP_SAYS_ALL, (said) => ' '.repeat(said.length));
  const [start, end] = [figure.figure.start, figure.figure.end];
  const before = text.slice(0, start);
  const clauseStart = before.search(LAST_CLAUSE_BREAK) + 1;
  const breakAfter = text.slice(end).search(CLAUSE_BREAK);
  const clauseEnd = breakAfter < 0 ? text.length : end + breakAfter;
  // „| KI-Artikel der Redaktion 2025 | 241 |“: a count of its label's noun is of what the label's other words say, bar
  // the writer's own desk or newsroom whose it is.
  const label = figure.at.facts.label;
  if (label && figure.figure.kind === 'count' && !figure.figure.noun && !figure.figure.durationUnit) return thingWords(label.rest, measured).filter((w) => !OWN_SUBJECT_NOUNS.includes(w.toLowerCase()));
  const inClause = thingWords(`${text.slice(clauseStart, start)} ${text.slice(end, clauseEnd)}`, measured);
  return inClause.length > 0 ? inClause : thingWords(`${before} ${text.slice(end)} ${figure.at.sentence.context ?? ''}`, measured);
}

const CLAUSE_BREAKS = '[,;:()–—]';
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAKS, 'u');
const LAST_CLAUSE_BREAK = new RegExp(`${CLAUSE_BREAKS}(?!.*${CLAUSE_BREAKS})`, 'su');
const WORD = /\p{L}[\p{L}\p{N}-]*/gu;

function thingWords(text: string, measured: ReadonlySet<string>): string[] {
  return (text.match(WORD) ?? []).filter((w) => {
    const lower = w.toLowerCase();
    return lower.length > 2 && !FUNCTION_WORDS.has(lower) && !HEDGE_WORDS.includes(lower) && !NUMBER_WORDS.has(lower) && !FRACTION_WORDS.has(lower) && scaleOf(lower, 'en') === undefined && scaleOf(lower, 'de') === undefined && !CURRENCIES.has(lower) && !measured.has(conceptOfWord(w) ?? '');
  });
}

function sentenceWords(figure: DraftFigure): Set<string> {
  return new Set((`${figure.at.facts.text} ${figure.at.sentence.context ?? ''}`.match(WORD) ?? []).map((w) => w.toLowerCase()));
}

/** A word of a sentence, inflected or not: "laptop" and "laptops", „Modell“ and „Modells“. */
function hasWord(words: Set<string>, word: string): boolean {
  const lower = word.toLowerCase();
  if (words.has(lower)) return true;
  const stem = lower.slice(0, Math.max(4, lower.length - 2));
  for (const w of words) if (w.startsWith(stem) || (w.length >= 4 && lower.startsWith(w))) return true;
  return false;
}

/**
 * `misrecalledBy`: for a later figure that recalls an earlier one and names no one, whether it recalls `earlier`.
 * The cheap tests first: most earlier figures of a bucket share no entity with the later one.
 */
function disagree(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number, misrecalledBy: ((earlier: DraftFigure) => boolean) | undefined): boolean {
  if (bothSourced(earlier, later) || onlyTheLaterSourced(earlier, later)) return false;
  if (earlier.at === later.at) return false; // "from 10,000 to 50,000" is one statement
  if (oneTable(earlier, later)) return false;
  if (underOtherDaysHeadings(earlier, later)) return false;
  if (misrecalledBy?.(earlier) && misrecallOf(earlier, later)) return true;
  if (writersOwnRestated(earlier, later)) return true;
  if (sameEntitySlip(earlier, later)) return true;
  const comparison = asSameFact(earlier, later, weight);
  // "Ende 2024 hatte DeepSeek 160 Mitarbeiter … Ende 2025 300": the same key at another time is another fact.
  if (!comparison || comparison.when === 'other') return false;
  return comparison.agreement !== 'agrees' || beyondItsHedge(earlier.figure, later.figure);
}

/**
 * A daily market report gives each day its heading ("## Montag, 27. Januar 2025" … „Alibaba fiel um 4,2 Prozent“,
 * "## Dienstag, 28. Januar 2025" … „Alibaba fiel um 2,4 Prozent“): a day a heading names is its figures' own, and two
 * days' moves are two facts, however alike. A day only one of them takes from its heading still meets the other's day
 * from a paragraph or the document as before: one heading alone says nothing of the days of the rest. A pluperfect
 * recalls an earlier day than its heading's.
 */
function underOtherDaysHeadings(earlier: DraftFigure, later: DraftFigure): boolean {
  const [a, b] = [earlier.fact, later.fact];
  if (a.timeFrom !== 'heading' || b.timeFrom !== 'heading' || !a.time || !b.time || compatibleDates(a.time, b.time)) return false;
  // „Der Dow Jones hatte 0,9 Prozent gewonnen“ under Tuesday's heading recalls an earlier day: its day is not the heading's.
  return ![earlier, later].some((f) => recallsEarlierDay(f.at.sentence.text, f.figure));
}

/**
 * "knapp 590 Milliarden Dollar" and later "560 Milliarden Dollar": against a source, a hedge allows a share of the value
 * (the writer may have rounded what a source states). Two values of the draft's own are the writer's both: the hedged
 * one allows its own last step, not a twentieth of the value ("rund 590" and 589 agree, "fast 600" and 589 too), and
 * the bare one half of its own ("rund 589,6" and 590, "about 593" and 590 agree).
 */
export function beyondItsHedge(a: DraftFigure['figure'], b: DraftFigure['figure']): boolean {
  if (a.approximate === b.approximate || a.kind !== b.kind || a.currency !== b.currency || a.kind === 'date' || a.kind === 'year') return false;
  if (a.bound || b.bound || a.range || b.range || a.derivedFrom || b.derivedFrom || a.aggregate || b.aggregate || a.comparative || b.comparative) return false;
  const [hedged, bare] = a.approximate ? [a, b] : [b, a];
  const apart = Math.abs(Math.abs(a.value) - Math.abs(b.value));
  // "rund 589,6 Milliarden" and later a bare "590 Milliarden": the bare one may be the writer's coarser rounding of the
  // hedged one, which is within half its own last step.
  return apart > lastStep(hedged) * (1 + 1e-9) && apart > (lastStep(bare) / 2) * (1 + 1e-9);
}

/** The step of a value's last significant digit: "590 Milliarden" steps by ten of them, "600 Milliarden" by a hundred. */
function lastStep(figure: DraftFigure['figure']): number {
  if (!(figure.precision > 0)) return Math.abs(figure.value);
  let [step, steps] = [figure.precision, Math.round(Math.abs(figure.value) / figure.precision)];
  while (steps >= 10 && steps % 10 === 0) [step, steps] = [step * 10, steps / 10];
  return step;
}

/**
 * A table's rows are records and its columns their fields: "| 13–15 | … |" and "| 8–12 | … |" in a quiz's score table,
 * one company's moves on two days, two models' scores: two cells of one table state two facts, whatever key the
 * heading gives them. A table is told by its cells (a sentence with a context, parseMarkdown.ts tableBlocks) with no
 * blank line between them; its first cell's figure names it.
 */
const tableOf = new WeakMap<DraftFigure, DraftFigure>();

function fileTables(text: string, figures: DraftFigure[]): void {
  let previous: DraftFigure | undefined;
  let table: DraftFigure | undefined;
  for (const figure of figures) {
    if (figure.at.sentence.context === undefined) continue;
    if (!previous || blankLineBetween(text, previous.span.end, figure.span.start)) table = figure;
    tableOf.set(figure, table!);
    previous = figure;
  }
}

const BLANK_LINE = /\n[ \t\r]*\n/g;

function blankLineBetween(text: string, from: number, to: number): boolean {
  BLANK_LINE.lastIndex = from;
  const found = BLANK_LINE.exec(text);
  return found !== null && found.index < to;
}

function oneTable(earlier: DraftFigure, later: DraftFigure): boolean {
  const table = tableOf.get(later);
  return table !== undefined && tableOf.get(earlier) === table;
}

/**
 * Two figures each backed by a source state two facts, unless a source backs them only as a month backs a day: "V3
 * came out on Dec 26, 2024" and later "on December 29" are both in "im Dezember 2024", and cannot both be true.
 */
export function bothSourced(earlier: DraftFigure, later: DraftFigure): boolean {
  if (earlier.match.status !== 'supported' || later.match.status !== 'supported') return false;
  return !(onlyItsMonthSourced(earlier) && onlyItsMonthSourced(later));
}

/**
 * "Nvidia fell 6.6%" … "| Nvidia, 27 Jan 2025 | −7.82% |", „5,6 Milliarden Dollar“ … „es waren 5,6 Millionen Dollar“: a
 * later figure a source states, after an earlier one no source states, is the value the writer got right; the earlier
 * one is the slip, and a warning on the later mention would point the writer at the true value to change.
 */
export function onlyTheLaterSourced(earlier: DraftFigure, later: DraftFigure): boolean {
  return later.match.status === 'supported' && earlier.match.status === 'unsourced';
}

/** A day whose every source date names its month only. */
function onlyItsMonthSourced(figure: DraftFigure): boolean {
  const date = figure.figure.date;
  if (figure.figure.kind !== 'date' || figure.figure.range || date?.day === undefined) return false;
  return figure.match.evidence.every((e) => e.figure.date !== undefined && e.figure.date.day === undefined && e.figure.date.month !== undefined);
}

/**
 * "589 Milliarden Dollar" in the summary, "598 Milliarden" in the body, and "589 Milliarden Dollar" again at the end:
 * the last repeats the first, word for word in value, and the wrong one in between has its own warning. An earlier
 * figure of the same fact with the very same value is what a later one restates; met before any that disagrees, it
 * leaves the later one clean. So does one that rounds it ("0,59 Billionen Dollar" in the closing table, "7.8%" for
 * "7.82%"): the earlier value read at the later one's coarser precision. A rounded or approximate first mention
 * ("fast 600 Milliarden") restates nothing: it would vouch for the wrong value as well as for the right one.
 */
export function restates(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number): boolean {
  if (earlier.at === later.at || !(sameValue(earlier.figure, later.figure) || roundsOff(earlier.figure, later.figure))) return false;
  // As a slip is told by its digits whatever its sentence says it measures (`sameEntitySlip`), so is a repetition:
  // three digits or more of the same entity at a compatible time ("made Nvidia lose $589 billion").
  if (maySlip(later.fact) && digitsOf(later.figure.value).length >= 3 && sameWho(earlier.fact, later.fact) && compatibleDates(earlier.fact.time, later.fact.time)) return true;
  const comparison = asSameFact(earlier, later, weight);
  return comparison?.agreement === 'agrees' && comparison.when !== 'other';
}

/**
 * Whether `later` is `earlier` rounded to fewer digits, written as a plain value: the same kind, currency and
 * direction, not hedged, neither bounded nor a date, and `later`'s step coarser than `earlier`'s digits.
 */
function roundsOff(earlier: DraftFigure['figure'], later: DraftFigure['figure']): boolean {
  if (earlier.kind !== later.kind || earlier.currency !== later.currency || earlier.kind === 'date' || earlier.kind === 'year') return false;
  // The earlier may be hedged ("rund 589 Milliarden"): its digits are what the later one rounds.
  if (later.approximate || earlier.bound || later.bound || earlier.range || later.range) return false;
  if (earlier.direction && later.direction && earlier.direction !== later.direction) return false;
  const step = later.precision;
  if (!(step > earlier.precision) || step >= Math.abs(later.value)) return false;
  return Math.round(Math.abs(earlier.value) / step + 1e-9) === Math.round(Math.abs(later.value) / step + 1e-9);
}

function sameValue(a: DraftFigure['figure'], b: DraftFigure['figure']): boolean {
  if (a.kind !== b.kind || a.value !== b.value || a.currency !== b.currency || a.range !== b.range || Boolean(a.bound) !== Boolean(b.bound)) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  const [x, y] = [a.date, b.date];
  return !x || !y ? !x && !y : x.year === y.year && x.month === y.month && x.day === y.day;
}

/**
 * The same fact in two places of one draft: the same entity and the same attribute, compared. Years or days counted
 * are no attribute of their own: "acht Jahre zuvor gegründet" and "seit zwei Jahren in Kraft" are two spans, two facts.
 */
function asSameFact(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number): ReturnType<typeof compareAsSameFact> {
  if (!later.fact.entities.some((e) => earlier.fact.entities.includes(e))) return undefined;
  if (ofSmallerVersions(earlier.fact) !== ofSmallerVersions(later.fact)) return undefined;
  if (!later.fact.attributes.some((a) => earlier.fact.attributes.includes(a) && !TIME_SPAN.test(a))) return undefined;
  if (!sameSpan(earlier.fact, later.fact)) return undefined;
  if (otherPartsOfASum(earlier.fact, later.fact)) return undefined;
  return compareAsSameFact(ownGuess(later.fact), later.at.facts.concepts, ownGuess(earlier.fact), earlier.at.facts.concepts, weight);
}

/**
 * „Die Hälfte der Kosten entfiel auf Strom“ and „ein Drittel des Geldes floss in Rechenzeit“, "half of the cost went to
 * electricity" and "a third of the money went into compute": shares named by where they went (figures/extractFigures.ts)
 * are parts of one sum, two facts unless they went to the same place.
 */
function otherPartsOfASum(a: Fact, b: Fact): boolean {
  if (a.figure.kind !== 'percent' || b.figure.kind !== 'percent') return false;
  const [aParts, bParts] = [a.attributes.filter(isNoun), b.attributes.filter(isNoun)];
  return aParts.length > 0 && bParts.length > 0 && !aParts.some((x) => bParts.includes(x));
}

/**
 * A fact dated only by the day the draft is about, as the draft against itself reads it: a guess of the writer's,
 * whether or not some source dates an event on that day. ("Sendung: 3. Februar 2025" … "589 Milliarden Dollar lösen
 * sich am 27. Januar in Luft auf" … "knapp eine halbe Billion Dollar weniger Börsenwert bei Nvidia an einem einzigen Tag":
 * an article of 3 February among the sources made the undated sum another day's, and the draft's two values no longer
 * disagreed.) Such a guess tells two of the draft's facts apart only months apart.
 */
export function ownGuess(fact: Fact): Fact {
  if (fact.timeFrom !== 'document' || !fact.time || (fact.time as DocumentDay).unconfirmed) return fact;
  let guessed = guesses.get(fact);
  if (!guessed) guesses.set(fact, (guessed = { ...fact, time: unconfirmedDay(fact.time) }));
  return guessed;
}

const guesses = new WeakMap<Fact, Fact>();

/**
 * "DeepSeek veröffentlichte sechs kleinere Versionen. Die größte hat 70 Milliarden Parameter": a figure of the smaller
 * versions whose sentence names no one is theirs, not the model's the paragraph is about (its 671 billion). Where the
 * sentence names whose it is ("das kleine Start-up DeepSeek"), "klein" says nothing of whom.
 */
export function ofSmallerVersions(fact: Fact): boolean {
  return fact.attributes.includes('smaller') && fact.entityFrom !== 'clause' && fact.entityFrom !== 'sentence' && fact.entityFrom !== 'list';
}

/**
 * "acht Jahre vor der Gründung" and "gegründet vor anderthalb Jahren": spans that count from different events (or one
 * from an event, one back from now) are two facts, however alike their words.
 */
export function sameSpan(a: Fact, b: Fact): boolean {
  if (!a.figure.durationUnit && !b.figure.durationUnit) return true;
  if (!a.figure.durationUnit || !b.figure.durationUnit || !a.anchor !== !b.anchor) return false;
  if (!a.anchor || !b.anchor) return true;
  return a.anchor.attributes.some((x) => b.anchor!.attributes.includes(x)) || a.anchor.names.some((x) => b.anchor!.names.includes(x));
}

// „woch“ and „stund“: the keys of „Wochen“ and „Stunden“ (facts/readFacts.ts `nounKey`).
export const TIME_SPAN = /^noun:(?:years|hours|months?|weeks?|days?|tage?n?|wochen?|monate?n?|stunden?|woch|stund)$/i;
