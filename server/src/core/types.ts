/** Offsets are UTF-16 code units into the analysed document, as LSP and remark count them. */
export interface Span {
  start: number;
  end: number;
}

export type Language = 'de' | 'en';

/** Text of one sentence, with the document offset of every character (offsets[text.length] is its end). */
export interface Sentence extends Span {
  text: string;
  offsets: number[];
  /** Context from outside the sentence (a table cell's row and header), used for matching only. */
  context?: string;
  heading?: boolean;
}

export type FigureKind = 'percent' | 'percentagePoint' | 'money' | 'multiplier' | 'age' | 'count' | 'year' | 'date';

export interface CalendarDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface Figure extends Span {
  /** The figure as written. */
  text: string;
  kind: FigureKind;
  /** The number as written, unsigned, before the scale word ("5,6" in "5,6 Millionen" is 5.6). */
  mantissa: number;
  /** Power of ten of the scale word: 6 for Millionen/million, 9 for Milliarden/billion. */
  scale: number;
  /** mantissa × 10^scale, negative when written with a minus sign. */
  value: number;
  /** Smallest step the writer could express: half of it is the rounding tolerance. */
  precision: number;
  currency?: string;
  date?: CalendarDate;
  approximate: boolean;
  /**
   * A peak ("as much as 10%", „in der Spitze 10 Prozent“): said of one, the value reached, hedged; said of several
   * ("Infineon and SoftBank shed as much as 10%"), the largest of their values, a bound on each (facts/readFacts.ts).
   */
  peak?: true;
  /** A hedge that puts the true value on one side: "gut ein Zehntel" (at least a tenth), "knapp die Hälfte" (at most). */
  lean?: 'above' | 'below';
  /** For percentages: whether the sentence says the value rose or fell ("fiel um 7,82 %", "-7,82 %", "rose 3 %"). */
  direction?: 'up' | 'down';
  bound?: 'upper' | 'lower';
  range?: 'low' | 'high';
  /** The noun counted ("Einheiten", "versions"), lower case. */
  noun?: string;
  /** A figure the sources imply without writing it: a ratio or difference of these two written figures (an average of all). */
  derivedFrom?: [Figure, Figure, ...Figure[]];
  /**
   * A sum of two others, what one is more than the other, or their average, as the words make it of them ("zusammen 156
   * Millionen Euro", "$72 million more than", "im Schnitt 600 Millionen Yuan"): checked against the same of two source
   * sums, never against either of them.
   */
  aggregate?: 'sum' | 'difference' | 'mean';
  /** A derived percentage that is the smaller of two sums as a share of the bigger ("5,6 ÷ 78 ≈ 7,2 %"), not a saving. */
  shareOfSum?: boolean;
  /**
   * A derived percentage that is the smaller of two moves as a share of the bigger ("3 % ÷ 25 % = 12 %": the day's fall
   * as a part of the year's gain), what a fraction word says ("ein Achtel davon", "less than half of Nvidia's").
   */
  shareOfMove?: boolean;
  /** A ratio the writer states as a comparison ("a fifth of what GPT-4o cost"): checked against derived ratios. */
  comparative?: boolean;
  /** A duration between two events ("drei Tage vor dem Kurssturz", "two days after"): its unit in days. */
  durationUnit?: number;
  /** Which way the other event lies from the one the sentence is dated by: later (1) or earlier (-1). */
  durationSign?: 1 | -1;
  /**
   * For a sum: whether it is what something changed by ("um 279 Milliarden geschrumpft", "$600 billion off") or what it
   * came to ("auf 3,66 Billionen gestiegen", "valued at"), where the words say so. The one is no value of the other.
   */
  change?: 'by' | 'to';
  /**
   * "a day after", "eine Woche später": told loosely, with an article for one; "Now 44, the founder …": an age without
   * its unit. Worth a word only when contradicted.
   */
  loose?: boolean;
  /** "jedes vierte", "every fifth": a share told as every n-th, a turn of phrase when it says nothing of what it counts. */
  everyNth?: boolean;
  /** A share told as a count of a whole ("580 der weltweit 1328 KI-Modelle"): the whole, so that a fix is a count again. */
  partOf?: number;
  /** The words after "vor"/"after" that name the other event of a duration ("the R1 launch"), in the sentence. */
  durationAnchor?: Span;
  /** Local context: concept keys in the words around this figure up to the neighbouring clause boundary. */
  localConcepts: Set<string>;
  /** The clause those concepts come from, relative to the sentence: the figure's own stretch of a list. */
  window?: Span;
  /** Relative clauses inside the window that are not the figure's own ("Nvidia, dessen H100-Chips … fallen, wurde 1993 gegründet"). */
  asides?: Span[];
}

export type NameKind = 'person' | 'organisation' | 'model' | 'chip' | 'place' | 'other';

export interface NameEntry {
  /** Canonical spelling as the sources write it. */
  canonical: string;
  kind: NameKind;
  /** Other spellings that mean the same entity ("Liang" for "Liang Wenfeng"). */
  aliases: string[];
  /** Role or affiliation as the sources give it ("Bernstein Research"). */
  role?: string;
  /** The user's glossary gives the kind: a reader is told it (names/kindEvidence.ts). */
  kindDeclared?: boolean;
  /** Other names this one contains: "DeepSeek" for "DeepSeek R1". A mention of one is about the other too. */
  containing?: string[];
}

export interface NameMention extends Span {
  text: string;
  entry: NameEntry;
}

/** A claim of the draft: a source says the same, a source says otherwise, or no source says it. */
export type ClaimStatus = 'supported' | 'contradicted' | 'unsourced';
