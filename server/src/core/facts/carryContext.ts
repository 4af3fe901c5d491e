import { asideClauses, type SentenceFacts } from '../analysis/analyzedSentence';
import type { CalendarDate, Figure, NameKind, NameMention } from '../types';
import type { AskedQuestion, CarriedContext, CarriedMove, CarriedName, CarriedShare, ContextOrigin, Fact } from './fact';
import { isAttribute, isDirectedMove, isOnce, lookupKey, namesAnEvent } from './attributes';
import { PLACE_CONCEPTS } from './places';
import { isAttribution } from './attribution';
import { founderNamed, isOtherSort, referencedKinds, referentOf } from './references';
import { roleOwners } from './roleOwners';
import { measuredAgainst } from './measuredAgainst';
import { namesJoinedAsOneList } from './listJoiners';
import { isStampDate } from './updateStamp';
import { kept, none, orNone } from '../text/fitted';
import type { TableCell } from '../text/prose';
import { inPeriodStartClause } from './periodStart';
import { backgroundClauseAt } from './backgroundClause';
import { inPluperfectClause } from './pluperfectClause';
import { isWeekday, weekdayNear } from './weekdays';
import { bringsInSomeoneUnnamed, unnamedPersonIntroduced } from './unnamedPerson';
import { sharesSoFar } from './restOfShare';
import { separatedVerbConcepts } from '../context/concepts';
import { isOnlyAQuizLabel } from '../names/quizLabel';

/**
 * Carries context through a document as a reader does: the names of the previous sentences of a paragraph (and of
 * the paragraph before), the heading's names and the title's; the latest date of the paragraph or its heading.
 * Feed it blocks and sentences in document order; ask `context()` before each sentence, `record()` after it.
 */
export class ContextCarrier {
  private paragraph: CarriedName[][] = [];
  private previousParagraph: CarriedName[] = [];
  /**
   * The names of the table being read, cell by cell: the paragraph right after it carries them all, as it would a
   * paragraph's („| Fire-Flyer I | 200 Mio. | … | Fire-Flyer II | eine Milliarde |“, then „Der zweite Rechner kostete
   * das Fünffache des ersten“), not only its last cell's.
   */
  private tableNames: CarriedName[] = [];
  private heading: CarriedName[] = [];
  private title: CarriedName[] | undefined;
  private paragraphTime: { date: CalendarDate; figure: Figure } | undefined;
  private headingTime: { date: CalendarDate; figure: Figure } | undefined;
  /**
   * The date of a lead line ("Die Kursverluste am 27. Januar 2025 im Überblick:"): the list items and table cells right
   * after it are dated by it as the sentences of its paragraph would be, until a paragraph or heading ends the list.
   */
  private leadTime: { date: CalendarDate; figure: Figure } | undefined;
  /** "| Company | Change on 27 January 2025 |": the dates of a table's header cells, by column, for the cells below. */
  private columnTimes: ReadonlyArray<{ date: CalendarDate; figure: Figure } | undefined> = NO_COLUMN_TIMES;
  /**
   * „| 6 | 28.01.2025 | Nvidia | −7,82 % |“: the day a row's date cell gives, for the row's cells right of it, which it
   * dates as a date opening a sentence dates its clauses.
   */
  private rowTime: { date: CalendarDate; figure: Figure } | undefined;
  /** The table cell being read: its column, and whether it is a header. */
  private cell: TableCell | undefined;
  private inHeading = false;
  /** The last date of the document so far: "an jenem Montag", "that day" point back to it across paragraphs. */
  private lastTime: { date: CalendarDate; figure: Figure } | undefined;
  /** The last date with a day: "an diesem Tag" after "nachdem er 2024 noch zugelegt hatte" is still the 27th. */
  private lastDay: { date: CalendarDate; figure: Figure } | undefined;
  /**
   * Whether a sentence after the last day named told of something that happened without a day ("… bis zum weltweiten
   * Durchbruch."): a "danach" after it counts from that event, not from the day.
   */
  private undatedEventSinceDay = false;
  private documentTime: CalendarDate | undefined;
  /** The last name of each kind so far: "das Modell" points back to the last model, however many paragraphs ago. */
  private lastOfKind: Partial<Record<NameKind, CarriedName>> = {};
  private lastCompany: CarriedName | undefined;
  private founder: CarriedName | undefined;
  /**
   * The word for a person a sentence brought in without a name („Ein Student aus Zhejiang …“), until a sentence names a
   * person or a heading comes: whom „Der 23-Jährige“ after it is.
   */
  private unnamedPerson: string | undefined;
  /**
   * Whether no sentence outside a table was read since the last heading: the first one describes what the heading names
   * or asks about („## Wer ist der Gründer?“, then „Ein Informatikingenieur aus Guangdong.“), and brings in no one new.
   */
  private sectionOpen = false;
  /** The names the document has called something other than a company ("der Hedgefonds High-Flyer"), for its later mentions. */
  private otherSorts: readonly string[] = [];
  /** Whom the previous sentence of the paragraph stated its facts about, places and names no source knows included. */
  private previousEntities: string[] = [];
  /** The currency of the paragraph's last sum: "OpenAI hat für GPT-4o 78 Millionen ausgegeben" after "5,6 Millionen Dollar". */
  private currency: string | undefined;
  /** The previous sentence's last sum, in the paragraph: what "Das ist knapp 90.000-mal so viel wie …" multiplies. */
  private previousSum: Figure | undefined;
  /** Whether the previous sentence of the block told of a fall or rise: what "Das waren fast 500 Milliarden Dollar" measures. */
  private previousMoved = false;
  /** The previous sentence's last percentage move, in the paragraph: what "That was about twice the index's 3%" multiplies. */
  private previousMove: CarriedMove | undefined;
  /** The year the previous sentence of the block named itself: what „Damals war er 25“ right after it is told of. */
  private previousYear: number | undefined;
  /** Whether the previous sentence of the block brought in someone without a name („einen jungen Doktoranden“): whom a later "er"/"he" may mean. */
  private previousUnnamed = false;
  /** The paragraph's last shares so far, nearest first: what "die übrigen 8 Prozent", "the remaining 64%" later is the rest of. */
  private previousShares: readonly CarriedShare[] = [];
  /**
   * The question just asked, by a heading or the sentence before ("## Wie alt ist Gründer Liang Wenfeng?", "**What did
   * R1 cost to train?**"): what the answer right after it gives a figure for, which the answer leaves out ("45 Jahre.").
   */
  private question: AskedQuestion | undefined;
  /**
   * What `context()` gave since the carrier last changed: a sentence with a figure asks it for its facts, and
   * `record()` asks again of the same state when the sentence speaks of "the company".
   */
  private given: CarriedContext | undefined;

  /** A new document, about the day `time` (facts/documentTime.ts): nothing carries over from the last. */
  reset(time?: CalendarDate): void {
    this.given = undefined;
    this.documentTime = time;
    this.paragraph = [];
    this.previousParagraph = [];
    this.tableNames = [];
    this.heading = [];
    this.title = undefined;
    this.paragraphTime = undefined;
    this.headingTime = undefined;
    this.leadTime = undefined;
    this.columnTimes = NO_COLUMN_TIMES;
    this.rowTime = undefined;
    this.cell = undefined;
    this.inHeading = false;
    this.lastTime = undefined;
    this.lastDay = undefined;
    this.undatedEventSinceDay = false;
    this.lastOfKind = {};
    this.lastCompany = undefined;
    this.founder = undefined;
    this.unnamedPerson = undefined;
    this.sectionOpen = false;
    this.otherSorts = [];
    this.previousEntities = [];
    this.currency = undefined;
    this.previousSum = undefined;
    this.previousMoved = false;
    this.previousMove = undefined;
    this.previousYear = undefined;
    this.previousUnnamed = false;
    this.previousShares = [];
    this.question = undefined;
  }

  /** A new block: a heading, a paragraph, or (`item`) a list item's paragraph or a table cell. */
  startBlock(isHeading: boolean, item = false, cell?: TableCell): void {
    this.given = undefined;
    if (this.paragraph.length && !this.inHeading) this.previousParagraph = kept(this.paragraph.flat());
    if (this.cell) this.tableNames = withoutRepeats([...this.tableNames, ...this.paragraph.flat()]);
    if (!cell && this.tableNames.length) {
      // An infobox under "## DeepSeek R1" names its entry again: the heading carries that one, as the entry's.
      if (!isHeading) this.previousParagraph = kept(this.tableNames.filter((n) => !this.heading.some((h) => h.canonical === n.canonical)));
      this.tableNames = none();
    }
    this.paragraph = [];
    this.previousEntities = none();
    // "Die Kursverluste am 27. Januar 2025 im Überblick:\n\n- Nvidia: −7,82 %": an item under a lead line is of the
    // lead's day as a sentence of its paragraph would be; a paragraph or heading after the list is not.
    if (!item || isHeading) this.leadTime = undefined;
    this.paragraphTime = this.leadTime;
    // A table's first header cell starts it; a block that is no table cell ends it.
    if (!cell || (cell.header && cell.column === 0)) this.columnTimes = NO_COLUMN_TIMES;
    // A cell not right of the last one read opens the next row, whose own date cell (if any) is still to come.
    if (!cell || cell.header || !this.cell || cell.column <= this.cell.column) this.rowTime = undefined;
    this.cell = cell;
    if (cell && !cell.header) this.paragraphTime = this.columnTimes[cell.column] ?? this.paragraphTime;
    this.currency = undefined;
    this.previousSum = undefined;
    this.previousMoved = false;
    this.previousMove = undefined;
    this.previousYear = undefined;
    this.previousUnnamed = false;
    this.previousShares = [];
    this.inHeading = isHeading;
    if (isHeading) {
      this.heading = [];
      this.headingTime = undefined;
      this.previousParagraph = none();
    }
  }

  context(): CarriedContext {
    return (this.given ??= this.gathered());
  }

  private gathered(): CarriedContext {
    const names: CarriedContext['names'] = [];
    // The nearest mention of each name: a long paragraph carries every name of its sentences.
    const taken = new Set<string>();
    let distance = 0;
    const add = (list: CarriedName[], from: ContextOrigin, title = false) => {
      for (const n of list) {
        if (taken.has(n.canonical)) continue;
        taken.add(n.canonical);
        names.push({ ...n, from, distance, ...(title ? { title: true as const } : {}) });
      }
      distance++;
    };
    for (let i = this.paragraph.length - 1; i >= 0; i--) add(this.paragraph[i], 'paragraph');
    add(this.previousParagraph, 'paragraph');
    add(this.heading, 'heading');
    add(this.title ?? [], 'heading', true);
    const previousSentence = this.paragraph[this.paragraph.length - 1] ?? [];
    const lastTime = { ...(this.question ? { question: this.question } : {}), ...(this.lastTime ? { lastTime: this.lastTime.date, lastTimeOf: this.lastTime.figure } : {}), ...(this.lastDay ? { lastDay: this.lastDay.date, lastDayOf: this.lastDay.figure } : {}), ...(this.undatedEventSinceDay ? { undatedEventSinceDay: true as const } : {}), lastOfKind: this.lastOfKind, ...(this.lastCompany ? { lastCompany: this.lastCompany } : {}), ...(this.founder ? { founder: this.founder } : {}), ...(this.unnamedPerson ? { unnamedPerson: this.unnamedPerson } : {}), previousSentenceEntities: this.previousEntities, ...(this.documentTime ? { documentTime: this.documentTime } : {}), ...(this.currency ? { currency: this.currency } : {}), ...(this.previousSum ? { previousSum: this.previousSum } : {}), ...(this.previousMove ? { previousMove: this.previousMove } : {}), ...(this.previousMoved ? { previousMoved: true as const } : {}), ...(this.previousYear !== undefined ? { previousYear: this.previousYear } : {}), ...(this.previousUnnamed ? { previousUnnamed: true as const } : {}), ...(this.previousShares.length ? { previousShares: this.previousShares } : {}) };
    // A row is read as one sentence: its date cell states the day of its other cells as a clause's date would.
    if (this.rowTime && this.cell && !this.columnTimes[this.cell.column]) return { names, previousSentence, ...lastTime, time: this.rowTime.date, timeFrom: 'sentence', timeOf: this.rowTime.figure };
    if (this.paragraphTime) return { names, previousSentence, ...lastTime, time: this.paragraphTime.date, timeFrom: 'paragraph', timeOf: this.paragraphTime.figure };
    if (this.headingTime) return { names, previousSentence, ...lastTime, time: this.headingTime.date, timeFrom: 'heading', timeOf: this.headingTime.figure };
    return { names, previousSentence, ...lastTime };
  }

  /**
   * Everything the next sentences' context depends on, as a string: two points of a document with the same signature
   * give the same context to the same sentences. Dates carry their figure (by identity), as facts point at it.
   */
  signature(): string {
    const time = (t: { date: CalendarDate; figure: Figure } | undefined) => (t ? [t.date, figureId(t.figure)] : null);
    return JSON.stringify([this.paragraph, this.previousParagraph, this.tableNames, this.heading, this.title ?? null, time(this.paragraphTime), time(this.headingTime), time(this.leadTime), this.columnTimes.map(time), time(this.rowTime), this.cell ?? null, time(this.lastTime), time(this.lastDay), this.undatedEventSinceDay, this.documentTime ?? null, this.inHeading, this.lastOfKind, this.lastCompany ?? null, this.founder ? [this.founder.canonical, this.founder.of ?? null] : null, this.unnamedPerson ?? null, this.sectionOpen, this.otherSorts, this.previousEntities, this.currency ?? null, this.previousSum ? figureId(this.previousSum) : null, this.previousMove ? [figureId(this.previousMove.figure), this.previousMove.attributes] : null, this.previousMoved, this.previousYear ?? null, this.previousUnnamed, this.previousShares.map(({ fact, ofWhat, ofASubset }) => [figureId(fact.figure), fact.entities, fact.attributes, fact.time ?? null, ofWhat, ofASubset]), this.question ?? null]);
  }

  /** The carrier's state, to be restored after skipping sentences read before from the same state. */
  save(): CarrierState {
    // Kept at every block (twice), most lists empty: those are the one shared empty list.
    return { paragraph: kept(this.paragraph), previousParagraph: this.previousParagraph, tableNames: this.tableNames, heading: kept(this.heading), title: this.title, paragraphTime: this.paragraphTime, headingTime: this.headingTime, leadTime: this.leadTime, columnTimes: this.columnTimes, rowTime: this.rowTime, cell: this.cell, lastTime: this.lastTime, lastDay: this.lastDay, undatedEventSinceDay: this.undatedEventSinceDay, inHeading: this.inHeading, lastOfKind: this.lastOfKind, lastCompany: this.lastCompany, founder: this.founder, unnamedPerson: this.unnamedPerson, sectionOpen: this.sectionOpen, otherSorts: this.otherSorts, previousEntities: this.previousEntities, documentTime: this.documentTime, currency: this.currency, previousSum: this.previousSum, previousMove: this.previousMove, previousMoved: this.previousMoved, previousYear: this.previousYear, previousUnnamed: this.previousUnnamed, previousShares: this.previousShares, question: this.question };
  }

  /**
   * Whether the carrier is in `state`, part by part: the same names, dates and lists (an array's items the same
   * objects). Asked of every block at every check, so nothing is saved to compare.
   */
  isIn(state: CarrierState): boolean {
    return sameItems(this.paragraph, state.paragraph) && sameItems(this.previousParagraph, state.previousParagraph) && sameItems(this.tableNames, state.tableNames) && sameItems(this.heading, state.heading) &&
      (this.title === state.title || (this.title !== undefined && state.title !== undefined && sameItems(this.title, state.title))) &&
      this.paragraphTime === state.paragraphTime && this.headingTime === state.headingTime && this.leadTime === state.leadTime && this.columnTimes === state.columnTimes && this.rowTime === state.rowTime && sameCell(this.cell, state.cell) && this.lastTime === state.lastTime && this.lastDay === state.lastDay && this.undatedEventSinceDay === state.undatedEventSinceDay &&
      this.inHeading === state.inHeading && this.lastOfKind === state.lastOfKind && this.lastCompany === state.lastCompany && this.founder === state.founder && this.unnamedPerson === state.unnamedPerson && this.sectionOpen === state.sectionOpen && this.otherSorts === state.otherSorts && sameItems(this.previousEntities, state.previousEntities) &&
      this.documentTime === state.documentTime && this.currency === state.currency && this.previousSum === state.previousSum && this.previousMove === state.previousMove && this.previousMoved === state.previousMoved && this.previousYear === state.previousYear && this.previousUnnamed === state.previousUnnamed && this.previousShares === state.previousShares && this.question === state.question;
  }

  restore(state: CarrierState): void {
    this.given = undefined;
    ({ previousParagraph: this.previousParagraph, tableNames: this.tableNames, title: this.title, paragraphTime: this.paragraphTime, headingTime: this.headingTime, leadTime: this.leadTime, columnTimes: this.columnTimes, rowTime: this.rowTime, cell: this.cell, lastTime: this.lastTime, lastDay: this.lastDay, undatedEventSinceDay: this.undatedEventSinceDay, inHeading: this.inHeading, lastOfKind: this.lastOfKind, lastCompany: this.lastCompany, founder: this.founder, unnamedPerson: this.unnamedPerson, sectionOpen: this.sectionOpen, otherSorts: this.otherSorts, previousEntities: this.previousEntities, documentTime: this.documentTime, currency: this.currency, previousSum: this.previousSum, previousMove: this.previousMove, previousMoved: this.previousMoved, previousYear: this.previousYear, previousUnnamed: this.previousUnnamed, previousShares: this.previousShares, question: this.question } = state);
    this.paragraph = [...state.paragraph];
    this.heading = [...state.heading];
  }

  /** After a sentence, with the facts read from it (what "Das sind …" in the next sentence sums up). */
  record(facts: SentenceFacts, read: Fact[] = []): void {
    if (isOnlyAQuizLabel(facts.text)) return;
    const names: CarriedName[] = [];
    const aside = CONTRAST.test(facts.text);
    const against = measuredAgainst(facts.text, facts.names);
    const members = new Set(namesJoinedAsOneList(facts.text, facts.names).flat());
    for (const m of facts.names) {
      if (isAttribution(facts.text, m)) continue;
      if (m.entry.kind === 'organisation' && !this.otherSorts.includes(m.entry.canonical) && namedAsOtherSort(facts.text.slice(0, m.start))) this.otherSorts = [...this.otherSorts, m.entry.canonical];
      const otherSort = this.otherSorts.includes(m.entry.canonical);
      const scoredOn = isScoredOn(m.entry.canonical, m.entry.kind, read);
      const passing = !this.inHeading && !opensSentence(facts.text, m.start);
      const ownFigure = passing && hasFigureOfItsOwn(facts, m);
      const comparand = against.includes(m) && !facts.names.some((o) => o.entry.canonical === m.entry.canonical && !against.includes(o));
      if (!names.some((n) => n.canonical === m.entry.canonical)) names.push({ canonical: m.entry.canonical, kind: m.entry.kind, containing: m.entry.containing ?? none(), ...(aside ? { aside } : {}), ...(comparand ? { comparand } : {}), ...(otherSort ? { otherSort } : {}), ...(scoredOn ? { scoredOn } : {}), ...(passing ? { passing } : {}), ...(ownFigure ? { ownFigure } : {}), ...(members.has(m) ? { listed: true } : {}) });
    }
    // "## Project Stargate", "## DeepSeek R1": a heading that is one name, at most with a short descriptor, heads an
    // entry about that name (glossaries, encyclopedia entries).
    if (this.inHeading && names.length === 1 && isEntryHeading(facts.text, facts.names)) names[0] = { ...names[0], entry: true };
    if (names.length) {
      // "Im Schatten großer Player wie Alibaba und Tencent ist das mittelständische Unternehmen …": words for a company
      // that name none of the sentence's companies still speak of the last one, which stays the last.
      // Asked before this sentence's names are carried (the loop above changes only `otherSorts`, which the context
      // does not read), and only where the sentence names someone: only then is the company it speaks of kept.
      const describesCompany = referencedKinds(facts.text).includes('organisation');
      const spokenOf = describesCompany ? referentOf('organisation', this.context())?.name : undefined;
      const lastOfKind = { ...this.lastOfKind };
      for (const n of names) lastOfKind[n.kind] = n;
      this.lastOfKind = lastOfKind;
      const introduced = facts.names.filter((m) => m.entry.kind === 'organisation' && referencedKinds(facts.text.slice(Math.max(0, m.start - 30), m.start).split(/\s+/).slice(-2).join(' ')).includes('organisation')).pop();
      const company = names.find((n) => n.canonical === introduced?.entry.canonical) ?? (spokenOf && describesCompany ? spokenOf : names.filter((n) => n.kind === 'organisation' && !n.otherSort).pop());
      this.lastCompany = company ?? this.lastCompany;
      // "Its founder, Liang Wenfeng, …", "DeepSeek-Gründer Liang Wenfeng": whom "the founder" later means.
      // The company is the one whose role the sentence gives them ("DeepSeek-Gründer Liang Wenfeng"), else the one it speaks of.
      const founder = founderNamed(facts.text, facts.names);
      const carriedFounder = founder && names.find((n) => n.canonical === founder.entry.canonical);
      if (carriedFounder) {
        const ownerOfRole = [...roleOwners(facts.text, facts.names)].find(([, holder]) => holder === founder)?.[0].entry.canonical;
        const of = ownerOfRole ?? this.lastCompany?.canonical;
        this.founder = of ? { ...carriedFounder, of } : carriedFounder;
      }
    }
    // „Ein Student aus Zhejiang …“: the person brought in without a name is the last one, until one is named.
    const unnamed = this.inHeading || this.sectionOpen ? undefined : unnamedPersonIntroduced(facts.text, facts.names);
    if (unnamed || this.inHeading || facts.names.some((m) => m.entry.kind === 'person')) this.unnamedPerson = unnamed;
    if (this.inHeading) this.sectionOpen = true;
    else if (!this.cell) this.sectionOpen = false;
    this.given = undefined;
    // A question is answered by the sentence right after it, whatever block that is; a sentence that asks nothing
    // ends it.
    this.question = askedQuestion(facts, names, this.inHeading) ?? (this.inHeading ? undefined : eventWithoutDate(facts, names, read));
    // "Liang, Jahrgang 1985, …": a birth year is a person's, not when the next sentences happen.
    const births = new Set(read.filter((f) => f.attributes.includes('birth')).map((f) => f.figure));
    // "**Aktualisiert: 28.01.2025, 11:40 Uhr** - Nvidia hatte am Montag …": the stamp's day is when the item was written,
    // not when its next sentences happen. „| 28.01.2025 | Handelsblatt | Nvidia verlor 7,82 Prozent |“ under „| Erschienen |“
    // likewise: the report of the 28th tells the fall of the 27th, so its day dates neither the row nor what follows (a
    // year or month there still says when the row's figures hold).
    const stamped = this.cell?.reportDate === true;
    const dates = facts.figures.filter((f) => (f.kind === 'date' || f.kind === 'year') && !births.has(f) && !(stamped && f.date?.day !== undefined) && !isStampDate(facts.text, f));
    const last = dates[dates.length - 1];
    const time = last ? { date: last.date ?? { year: last.value }, figure: last } : undefined;
    if (time) this.lastTime = time;
    // "on January 27, 2025, a day after R1's breakthrough on January 20": "that day" later is the 27th.
    const withDay = dates.filter((d) => d.date?.day !== undefined);
    const lastWithDay = withDay.filter((d) => !inBackground(facts.text, d)).pop() ?? withDay.pop();
    if (lastWithDay) this.undatedEventSinceDay = false;
    else if (!this.inHeading && dates.length === 0 && read.some((f) => f.attributes.some((a) => isOnce(a) && a !== 'birth'))) this.undatedEventSinceDay = true;
    // "## Tuesday" after "## Monday, 27 January 2025": a heading of another weekday is a day the last date is not, so
    // "The previous day" under it does not count back from the 27th.
    else if (this.inHeading && dates.length === 0 && isWeekday(facts.text) && this.lastDay && !sameWeekday(facts.text, this.lastDay.date)) this.undatedEventSinceDay = true;
    if (lastWithDay) this.lastDay = { date: lastWithDay.date!, figure: lastWithDay };
    else if (!this.inHeading) {
      // "Am Montag fielen die Kurse …" after "Eine Woche zuvor, am 20. Januar, …": the day a weekday names is the day
      // last spoken of, and "an diesem Tag" later is the Monday, not the 20th.
      const named = read.filter((f) => f.timeFrom === 'reference' && !f.timeOf && f.time?.day !== undefined && f.time.month !== undefined).pop();
      if (named) this.lastDay = { date: named.time!, figure: { ...named.figure, kind: 'date', date: named.time! } };
    }
    const sum = facts.figures.filter((f) => f.kind === 'money' && f.currency).pop();
    if (sum && !this.inHeading) this.currency = sum.currency;
    this.previousSum = this.inHeading ? undefined : sum;
    this.previousMoved = !this.inHeading && read.some((f) => f.attributes.some((x) => lookupKey(x) === 'change'));
    this.previousMove = this.inHeading ? undefined : lastPercentageMove(read);
    this.previousYear = this.inHeading ? undefined : yearTheSentenceIsOf(facts.text, dates);
    this.previousUnnamed = !this.inHeading && bringsInSomeoneUnnamed(facts.text);
    this.previousShares = this.inHeading ? [] : sharesSoFar(read, facts.text, this.previousShares);
    const stated = read.filter((f) => f.entityFrom === 'clause' || f.entityFrom === 'sentence' || f.entityFrom === 'list');
    this.previousEntities = orNone([...new Set(stated.flatMap((f) => f.entities))]);
    // Kept by the states saved at every block: at its size (grown by push, each held room for 17).
    const carried = kept(names);
    if (this.inHeading) {
      this.heading.push(...carried);
      this.title ??= carried;
      if (time) this.headingTime = time;
    } else {
      this.paragraph.push(carried);
      // "Der Nasdaq 100 stieg um 3 %, nachdem er 2024 noch 25 % zugelegt hatte. Tech-Aktien verloren bis zu 10 %": the
      // year of a clause that gives background is not when the paragraph's next sentences happen.
      const foreground = dates.filter((d) => !inBackground(facts.text, d) && !inPeriodStartClause(facts.text, d.start)).pop();
      if (foreground) this.paragraphTime = { date: foreground.date ?? { year: foreground.value }, figure: foreground };
      // "Am Montag, dem 27. Januar 2025, … Die Bilanz des Tages:" dates the list below it as a heading would.
      if (this.paragraphTime && /:\s*$/.test(facts.text)) this.headingTime = this.leadTime = this.paragraphTime;
      if (this.cell?.header && foreground) {
        const columnTimes = [...this.columnTimes];
        columnTimes[this.cell.column] = { date: foreground.date ?? { year: foreground.value }, figure: foreground };
        this.columnTimes = columnTimes;
      }
      if (this.cell && !this.cell.header && foreground?.date?.day !== undefined && isWholeCell(facts.text, foreground)) this.rowTime = { date: foreground.date, figure: foreground };
    }
  }
}

export interface CarrierState {
  unnamedPerson: string | undefined;
  sectionOpen: boolean;
  previousSum: Figure | undefined;
  previousMove: CarriedMove | undefined;
  previousMoved: boolean;
  previousYear: number | undefined;
  previousUnnamed: boolean;
  previousShares: readonly CarriedShare[];
  question: AskedQuestion | undefined;
  paragraph: CarriedName[][];
  previousParagraph: CarriedName[];
  tableNames: CarriedName[];
  heading: CarriedName[];
  title: CarriedName[] | undefined;
  paragraphTime: { date: CalendarDate; figure: Figure } | undefined;
  headingTime: { date: CalendarDate; figure: Figure } | undefined;
  leadTime: { date: CalendarDate; figure: Figure } | undefined;
  columnTimes: ReadonlyArray<{ date: CalendarDate; figure: Figure } | undefined>;
  rowTime: { date: CalendarDate; figure: Figure } | undefined;
  cell: TableCell | undefined;
  lastTime: { date: CalendarDate; figure: Figure } | undefined;
  lastDay: { date: CalendarDate; figure: Figure } | undefined;
  undatedEventSinceDay: boolean;
  documentTime: CalendarDate | undefined;
  inHeading: boolean;
  lastOfKind: Partial<Record<NameKind, CarriedName>>;
  lastCompany: CarriedName | undefined;
  founder: CarriedName | undefined;
  otherSorts: readonly string[];
  previousEntities: string[];
  currency: string | undefined;
}

/**
 * "Wie alt ist Gründer Liang Wenfeng?", "Wann wurde das Unternehmen gegründet?", "**11. What did DeepSeek say it cost to
 * train R1?**": a sentence that ends with a question mark (markup after it aside) asks for what its attribute words
 * name. A question that names no attribute asks nothing an answer's figure could be.
 */
function askedQuestion(facts: SentenceFacts, names: CarriedName[], heading: boolean): AskedQuestion | undefined {
  if (!QUESTION_END.test(facts.text)) return undefined;
  // „Wann stellte DeepSeek R1 vor?“, „Um wie viel gab Nvidia nach?“: a separable verb split around the names asks for
  // its concept as a figure's clause would tell it (a release not where it is reflexive: „Wie stellte sich Liang vor?“).
  const separated = [...separatedVerbConcepts('', facts.text), ...separatedVerbConcepts(facts.text, facts.text).filter((c) => c !== 'release')];
  const attributes = [...new Set([...facts.concepts, ...separated])].filter(isAttribute);
  // "… come from China?": the lexicon's countries are concepts, no names.
  const places = Object.entries(PLACE_CONCEPTS).filter(([concept]) => facts.concepts.has(concept)).map(([, place]) => place);
  return attributes.length ? { attributes, names: orNone(names), places: orNone(places), from: heading ? 'heading' : 'paragraph' } : undefined;
}
const QUESTION_END = /\?[*_\s]*$/u;

/**
 * "Mit dem Geld von High-Flyer hat er dann DeepSeek gegründet.", "Liang set up High-Flyer with two other engineers.": a
 * sentence that tells of an event that happens once (a founding, a release) and gives no date for it: what a next
 * sentence pointing back to it dates („Das war im Juli 2023.“).
 */
function eventWithoutDate(facts: SentenceFacts, names: CarriedName[], read: readonly Fact[]): AskedQuestion | undefined {
  if (names.length === 0 || facts.figures.some((f) => f.kind === 'date' || f.kind === 'year') || read.some((f) => f.time !== undefined && f.timeFrom === 'clause')) return undefined;
  const attributes = [...facts.concepts].filter((c) => isOnce(c) && namesAnEvent(c));
  return attributes.length ? { attributes, names: orNone(names), places: none(), from: 'paragraph', event: true } : undefined;
}

const figureIds = new WeakMap<Figure, number>();
let nextFigureId = 0;
function figureId(figure: Figure): number {
  let id = figureIds.get(figure);
  if (id === undefined) figureIds.set(figure, (id = nextFigureId++));
  return id;
}

/**
 * Whether the sentence names `canonical` only as what scores were measured on: each of its facts about it is a
 * benchmark score ("HumanEval 92 %, MATH-500 85 %", "im HumanEval-Benchmark 92 %"). A name of no company, model or
 * person: a benchmark's name is no model's.
 */
function isScoredOn(canonical: string, kind: NameKind, read: Fact[]): boolean {
  if (kind !== 'other') return false;
  const about = read.filter((f) => (f.primary ?? f.entities).includes(canonical));
  return about.length > 0 && about.every((f) => f.attributes.includes('benchmark'));
}


/**
 * The year a sentence is told of, which „Damals war er 38“ right after it is of: the one year all its dates name, one
 * of them outside a background clause. None where it names two („gründete DeepSeek 2023, zwei Jahre vor dem Durchbruch
 * mit R1 im Januar 2025“, "founded DeepSeek in 2023, two years before R1's breakthrough in January 2025"): which of
 * them "damals"/"then" points back to a reader cannot tell, and the later one is often an aside's.
 */
function yearTheSentenceIsOf(text: string, dates: Figure[]): number | undefined {
  const years = new Set(dates.map((d) => d.date?.year ?? d.value));
  if (years.size !== 1 || dates.every((d) => inBackground(text, d))) return undefined;
  return [...years][0];
}

// "It had gained 52% over 2024. Microsoft's decline …": a pluperfect tells of a time before the story's, as a
// background clause does.
function inBackground(text: string, date: Figure): boolean {
  return backgroundClauseAt(text, date.start) !== undefined || asideClauses(text).some((c) => c.start <= date.start && date.end <= c.end) || inPluperfectClause(text, date);
}

/** "OpenAI, for its part, …", "Meta dagegen …": a sentence about someone the story compares with. */
const CONTRAST = /(?<![\p{L}])(?:for\s+(?:its|their|his|her)\s+part|by\s+contrast|in\s+contrast|seinerseits|ihrerseits|dagegen|hingegen)(?![\p{L}])/iu;

/**
 * "den Hedgefonds High-Flyer", "the hedge fund High-Flyer", "die Nachrichtenagentur Reuters": an article, maybe an
 * adjective, and a noun right before a name that names another sort of organisation than a company.
 */
const ARTICLE_THEN_NOUN = /(?<![\p{L}])(der|die|das|den|dem|des|ein|eine|einen|einem|eines|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,})\s+$/iu;

function namedAsOtherSort(before: string): boolean {
  const m = ARTICLE_THEN_NOUN.exec(before.slice(-60));
  if (!m) return false;
  // A German noun is capitalised ("den Hedgefonds"), an English one is not ("the hedge fund"; "the Chinese" is no sort).
  const german = !/^(?:the|an?)$/iu.test(m[1]);
  if (german !== /^\p{Lu}/u.test(m[2])) return false;
  return isOtherSort(m[2]);
}

/** Scraped articles have no Markdown headings: a short line without a full stop is one. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && !/[.!?:;“"«»]$/.test(trimmed) && trimmed.split(/\s+/).length <= 12;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The one empty list of column dates: a new one at every block would make every block's carried context look changed to
 * `isIn`, which compares by identity, and an edit would read every block after it again.
 */
const NO_COLUMN_TIMES: ReadonlyArray<{ date: CalendarDate; figure: Figure } | undefined> = Object.freeze([]);

/** A re-read table's cell is a new object at the same place. */
/** Whether a cell says nothing but its date („| 28.01.2025 |“, "| **27 Jan** |"), not a date inside a remark. */
function isWholeCell(text: string, date: Figure): boolean {
  return !/[\p{L}\d]/u.test(text.slice(0, date.start) + text.slice(date.end));
}

function sameCell(a: TableCell | undefined, b: TableCell | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.column === b.column && a.header === b.header && a.reportDate === b.reportDate);
}

/**
 * Whether a name is the nearest name before one of its sentence's figures (not a date): "… and the Nasdaq 100 dropped
 * 3%", „…, der Nasdaq 100 um 3 Prozent“ give it a value of its own; „Broadcom fiel um 6,58 Prozent, auch der Nasdaq
 * 100 litt“ only mentions it.
 */
function hasFigureOfItsOwn(facts: SentenceFacts, name: NameMention): boolean {
  return facts.figures.some((f) => f.kind !== 'date' && f.kind !== 'year' && f.start >= name.end && facts.names.filter((n) => n.end <= f.start).pop() === name);
}

/** Whether a name begins its sentence, at most after an article: the sentence's subject, not a name in passing. */
function opensSentence(text: string, start: number): boolean {
  return /^[\s*_>#|-]*(?:(?:the|der|die|das|den|dem)\s+)?$/iu.test(text.slice(0, start));
}

/** A heading that is a name and at most two more words, no question and no verb-bearing clause: an entry's name. */
function isEntryHeading(text: string, names: readonly { start: number; end: number }[]): boolean {
  if (/[?!.:;,]\s*\S/u.test(text.trim()) || /\?/.test(text)) return false;
  let rest = text;
  for (const n of [...names].sort((a, b) => b.start - a.start)) rest = rest.slice(0, n.start) + ' ' + rest.slice(n.end);
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 2;
}

/** Each name once, at its first mention. */
function withoutRepeats(names: CarriedName[]): CarriedName[] {
  // A Set, not findIndex per name: a long table of companies would cost cells × names² at every cell.
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.canonical) && (seen.add(n.canonical), true));
}

/** Whether a weekday's name ("Dienstag", "Tuesday") is the weekday of the day given. */
function sameWeekday(weekday: string, day: CalendarDate): boolean {
  const named = weekdayNear(`on ${weekday.trim()}`, day);
  return named !== undefined && named.year === day.year && named.month === day.month && named.day === day.day;
}

/**
 * "Nvidia fell 7.82% on 27 January.": the sentence's last percentage that a fall or rise of a name it states moved by,
 * with what it measures; what "That was about two and a half times the Nasdaq 100's 3%" right after it multiplies.
 */
function lastPercentageMove(read: readonly Fact[]): CarriedMove | undefined {
  const move = read.filter((f) => f.figure.kind === 'percent' && !f.figure.bound && !f.figure.range && MOVE_ORIGINS.has(f.entityFrom) && f.attributes.some(isDirectedMove)).pop();
  return move && { figure: move.figure, attributes: move.attributes.filter(isDirectedMove) };
}

const MOVE_ORIGINS = new Set<ContextOrigin | undefined>(['clause', 'sentence', 'list']);
