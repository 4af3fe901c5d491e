import type { CalendarDate, Figure, NameKind } from '../types';
import type { DurationAnchor } from './durationAnchor';

/** Where a part of a fact was read: in the figure's own clause, elsewhere in its sentence, or carried from before. */
export type ContextOrigin = 'clause' | 'list' | 'sentence' | 'reference' | 'paragraph' | 'heading' | 'document';

/**
 * One fact, for sources and drafts alike: who or what (entities), what about it (attributes), the value (the figure
 * with unit, scale, direction, bounds and hedges), when, and where it was said (the figure's span in its sentence).
 */
export interface Fact {
  figure: Figure;
  /** Canonical names the fact is about, with the names they contain ("DeepSeek R1" → also "DeepSeek"); may be empty. */
  entities: string[];
  /** The names themselves, without the ones they contain: "DeepSeek R1" and "DeepSeek V3" are both DeepSeek's. */
  primary?: string[];
  /** The primary names that are places: where, rather than who ("USA", "Hangzhou"). */
  places?: string[];
  entityFrom?: ContextOrigin;
  /**
   * Whose it is was guessed from afar: the document's title, or the last name of its kind however far back; not the
   * nearest heading or paragraph, which name the section's own subject.
   */
  entityFromAfar?: true;
  /** Attribute keys (facts/attributes.ts), and for counts the counted noun (`noun:chips`). */
  attributes: string[];
  time?: CalendarDate;
  timeFrom?: ContextOrigin;
  /** The date figure the time was read from, in this sentence or an earlier one. */
  timeOf?: Figure;
  /**
   * For a ratio or difference of two figures (`figure.derivedFrom`): whom each of them is about, in that order
   * ("7,82 % ÷ 6,58 %": Nvidia, Broadcom). A draft that names two sides is compared with the ratio of those two only.
   */
  sides?: [string[], string[]];
  /**
   * For a draft's fact of what happens on a day (`isOneDays`) that states no day of its own, as the whole draft is
   * read (match/namedDays.ts): the days its document names. A source's move on another day is no other value of it.
   */
  days?: CalendarDate[];
  /**
   * For a value said of each of several names ("Nvidia und Broadcom verloren jeweils 7,82 Prozent"): each name, with
   * the names it contains. Each is checked on its own; `entities` holds all of them.
   */
  each?: Array<{ primary: string; entities: string[] }>;
  /** For a duration: what its other event is ("two days after the R1 launch"). */
  anchor?: DurationAnchor;
  /**
   * For a duration that ends on its clause's own date and counts from the day an earlier sentence gave ("Am 20. Januar
   * kam R1. Eine Woche später, am 27. Januar 2025, …"): that earlier day, the other end.
   */
  since?: CalendarDate;
  sinceOf?: Figure;
  /** For an age its sentence dates: the year it is told of ("Als Liang 2015 High-Flyer gründete, war er 30"). */
  toldIn?: number;
  /** For an age its clause puts at a time gone by that its sentence does not date (`toldOfAnEarlierTime`): no year to count from. */
  earlier?: true;
  /**
   * For an age said in the past whose sentence names no year (`toldOfANamedEvent`): the event its sentence names and
   * the things it happened to ("when he founded DeepSeek"), whose year the sources may give (match/ageDatedByItsEvent.ts).
   */
  ofItsEvent?: { names: string[]; events: string[] };
  /** For an age its sentence does not date: the latest year its document dates, when a reader takes it to hold. */
  asOf?: number;
  /**
   * For a multiple whose subject is a demonstrative pointing back ("Das ist knapp 90.000-mal so viel wie …", "That is
   * …"): the sum the previous sentence stated last, the side it multiplies.
   */
  restates?: Figure;
  /** For a multiple compared with words that point back ("so groß wie das des Index", "the index's"): the name of the paragraph they point to (match/comparand.ts). */
  comparedWith?: CarriedName;
  /**
   * For a year the phrase of an act itself gives („die Exportbeschränkungen von 2021“, "the 2021 export curbs"): the
   * act's own date, not one of its clause's verb („Nvidia entwickelte 2023 … als Antwort auf die Exportbeschränkungen“).
   */
  datesItsAct?: true;
  /** For a share told as a rest ("die übrigen 8 Prozent", "the remaining 64%"): the shares before it, nearest first, of which it may be what is left (facts/restOfShare.ts). */
  restOf?: readonly Fact[];
}

/** A share as context carries it to a later "die übrigen 8 Prozent": with what it is a share of. */
export interface CarriedShare {
  fact: Fact;
  /** The words after it in its clause („der weltweit 1328 KI-Modelle aus China“): whose share it is. */
  ofWhat: string;
  /** Whether it is a share of a part the draft pointed back to („Von diesen Modellen sind 70 Prozent …“). */
  ofASubset: boolean;
}

/** A name as context carries it from one sentence to the next. */
export interface CarriedName {
  canonical: string;
  /** For the person named as the founder: the company whose founder the document named them (founder only). */
  of?: string;
  kind: NameKind;
  containing: string[];
  /** Named in a contrast ("OpenAI, for its part, spent …"): "the company" after it means the story's subject. */
  aside?: boolean;
  /**
   * Named only as what something was measured against ("… und liegt damit auf dem Niveau von OpenAI o1", "on a par with
   * OpenAI's o1"): "es", "das Modell" after it mean what was measured, not it.
   */
  comparand?: boolean;
  /** Named as something other than a company ("den Hedgefonds High-Flyer"): "das Unternehmen" does not point to it. */
  otherSort?: boolean;
  /**
   * Named only as what a score was measured on ("**Benchmarks:** HumanEval 92 %, MATH-500 85 %"): a benchmark, which
   * is whose no later cost or date is.
   */
  scoredOn?: boolean;
  /** Named in passing, not where its sentence begins ("… launched at the same time as the DeepSeek sell-off"). */
  passing?: boolean;
  /**
   * Named in passing but with a figure of its own right after it ("Broadcom fell 6.58% and the Nasdaq 100 dropped 3%"):
   * what "the index's" after it can compare with.
   */
  ownFigure?: boolean;
  /** The whole of an entry heading ("## Project Stargate", "## DeepSeek R1"): what the section's entry is about. */
  entry?: boolean;
  /** A member of a list its sentence named („Fire-Flyer I und Fire-Flyer II“): what „der zweite“ after it counts. */
  listed?: boolean;
}

/** What earlier sentences, the paragraph and the heading tell a sentence that does not say it itself. */
export interface CarriedContext {
  /** Nearest first: the previous sentences of the paragraph, the paragraph before, the heading, the title. */
  /** `title`: named only in the document's title, which is over every section alike. */
  names: Array<CarriedName & { from: ContextOrigin; distance: number; title?: true }>;
  /** The names of the sentence just before, in order: "Fire-Flyer I und Fire-Flyer II. Sie kosteten jeweils …". */
  previousSentence: CarriedName[];
  time?: CalendarDate;
  timeFrom?: ContextOrigin;
  timeOf?: Figure;
  /** The year the sentence just before named itself, in the same block: what „Damals war er 25“ is told of. */
  previousYear?: number;
  /** The last date of the document before this sentence, whatever paragraph it was in. */
  lastTime?: CalendarDate;
  lastTimeOf?: Figure;
  /** The last date of the document with a day ("an diesem Tag", "that day" point back to it). */
  lastDay?: CalendarDate;
  lastDayOf?: Figure;
  /** A sentence after that day told of an event it gave no date ("… bis zum weltweiten Durchbruch."). */
  undatedEventSinceDay?: true;
  /** The day the whole document is about (facts/documentTime.ts): the weakest guess of when a market moved. */
  documentTime?: CalendarDate;
  /** The last name of each kind in the document before this sentence. */
  lastOfKind?: Partial<Record<NameKind, CarriedName>>;
  /** The last organisation of the document not named as something other than a company. */
  lastCompany?: CarriedName;
  /** The person the document named as the founder ("Its founder, Liang Wenfeng"): whom "the founder's age" is of. */
  founder?: CarriedName;
  /** The word for a person the paragraph brought in without a name since the last person named („ein Student“). */
  unnamedPerson?: string;
  /** Whom the previous sentence's facts were about, also places and names no source knows ("aus China"). */
  previousSentenceEntities?: string[];
  /** The currency of the paragraph's last sum, for a later sum that leaves it out. */
  currency?: string;
  /** The previous sentence's last sum (same paragraph): what a multiple in "Das ist …-mal so viel wie …" multiplies. */
  previousSum?: Figure;
  /** The previous sentence's last percentage move (same paragraph): what a multiple in "That was twice the index's 3%" multiplies. */
  previousMove?: CarriedMove;
  /** Whether the previous sentence (same block) told of a fall or rise. */
  previousMoved?: true;
  /** Whether the previous sentence (same block) brought in someone without a name („einen jungen Doktoranden“, "a young student"). */
  previousUnnamed?: true;
  /** The paragraph's last shares so far, nearest first: what "die übrigen 8 Prozent", "the remaining 64%" is the rest of. */
  previousShares?: readonly CarriedShare[];
  /** The question the sentence right before asked (a heading's, or the paragraph's last sentence's). */
  question?: AskedQuestion;
}

/** A question a heading or a sentence asked: the attributes it asks for, and whom it names. */
export interface AskedQuestion {
  attributes: readonly string[];
  names: readonly CarriedName[];
  /** The countries it names ("… come from China?"). */
  places: readonly string[];
  /** A heading's question is as weak a guess of whom the answer is about as a heading's names. */
  from: 'heading' | 'paragraph';
  /**
   * Not asked but told: an event the sentence before stated without its day ("Dann hat er DeepSeek gegründet."), which
   * only a sentence pointing back to it answers with one („Das war im Juli 2023.“, "That was in 2015.").
   */
  event?: true;
}

/** A percentage a fall or rise moved by, with the move it measures ('fall' or 'rise'). */
export interface CarriedMove {
  figure: Figure;
  attributes: string[];
}
