import type { FigureKind, NameKind } from '../types';

/**
 * What a fact is about, as data: each attribute is named by lexicon concepts (context/lexicon.ts), which already map
 * German and English words to one key. A figure's attribute keys are the attribute concepts of its own clause.
 * `specific` attributes say what is measured (a share price, a cost): two facts with different specific attributes
 * are different facts. The others (a change, an estimate) only narrow the lookup. `fits` orders the kinds of entity
 * such a fact is about, for a subject carried from an earlier sentence ("Der Gründer ist 40 Jahre alt").
 */
export interface AttributeSpec {
  label: { en: string; de: string };
  specific: boolean;
  fits: NameKind[];
  /** An event that happens once to its entity: two dates for it contradict each other. */
  once?: boolean;
  /** The kinds of figure it can be the attribute of, when not all ("am Markt" is no share price of a sum of money). */
  kinds?: FigureKind[];
  /** A fact with it and one without are different facts: an update of a model is another release than its first. */
  separates?: boolean;
  /**
   * The attribute that names the other side of the same measure: a price per input token and one per output token are
   * two prices, though either said without its side may be either.
   */
  opposes?: string;
  /**
   * It says how a value is known (an estimate), not what it measures: a value with no other attribute says no more of
   * what it is than one with none ("die höchste Schätzung liegt beim Fünffachen" under a heading about DeepSeek).
   */
  manner?: boolean;
  /**
   * It names what a clause's event drew on, not an event: a span's clause with only it names no event of its own ("eight
   * years later the fund's capital went into DeepSeek"), where "hired its first engineers" does.
   */
  noEvent?: boolean;
}

const ORG: NameKind[] = ['organisation', 'model', 'person', 'other'];

export const ATTRIBUTES: Record<string, AttributeSpec> = {
  founding: { once: true, kinds: ['date', 'year', 'count'], label: { en: 'founding', de: 'Gründung' }, specific: true, fits: ['organisation', 'person'] },
  release: { once: true, kinds: ['date', 'year', 'count'], label: { en: 'release', de: 'Veröffentlichung' }, specific: true, fits: ['model', 'organisation'] },
  meeting: { once: true, kinds: ['date', 'year'], label: { en: 'meeting', de: 'Treffen' }, specific: true, fits: ['person', 'organisation'] },
  news: { once: true, kinds: ['date', 'year'], label: { en: 'breakthrough', de: 'Durchbruch' }, specific: true, fits: ['model', 'organisation'] },
  age: { kinds: ['age'], label: { en: 'age', de: 'Alter' }, specific: true, fits: ['person'] },
  birth: { once: true, kinds: ['date', 'year'], label: { en: 'birth', de: 'Geburt' }, specific: true, fits: ['person'] },
  // A score is a share, points or a multiple, never a day: "R1 reached the world on 20 January", "erreichte am 20. Januar die
  // Öffentlichkeit" date an arrival, not a benchmark.
  benchmark: { kinds: ['percent', 'percentagePoint', 'count', 'multiplier'], label: { en: 'benchmark score', de: 'Benchmark-Wert' }, specific: true, fits: ['model', 'organisation'] },
  speed: { label: { en: 'speed-up', de: 'Beschleunigung' }, specific: true, fits: ['model', 'organisation'] },
  cost: { label: { en: 'cost', de: 'Kosten' }, specific: true, fits: ['model', 'other', 'organisation'] },
  investment: { label: { en: 'investment', de: 'Investition' }, specific: true, fits: ['organisation', 'other'] },
  revenue: { label: { en: 'revenue', de: 'Umsatz' }, specific: true, fits: ORG },
  valuation: { label: { en: 'valuation', de: 'Bewertung' }, specific: true, fits: ORG },
  parameters: { label: { en: 'parameters', de: 'Parameter' }, specific: true, fits: ['model'] },
  downloads: { label: { en: 'downloads', de: 'Downloads' }, specific: true, fits: ['model', 'organisation'] },
  users: { label: { en: 'users', de: 'Nutzer' }, specific: true, fits: ['model', 'organisation'] },
  stake: { separates: true, kinds: ['percent', 'money', 'count'], label: { en: 'stake', de: 'Beteiligung' }, specific: true, fits: ['person', 'organisation'] },
  update: { separates: true, label: { en: 'update', de: 'Update' }, specific: false, fits: ['model', 'organisation'] },
  // "verkürzte die Verarbeitungszeit um 45 Prozent" is a time made shorter, not "80 Prozent schneller": 45 % less time is
  // 1.8 times the speed. The two percentages are two measures, compared with neither each other nor a speed-up's multiple.
  shorter: { separates: true, kinds: ['percent', 'percentagePoint'], label: { en: 'time cut', de: 'Zeitersparnis' }, specific: false, fits: ['model', 'organisation'] },
  chart: { once: true, kinds: ['date', 'year', 'count'], label: { en: 'top of the charts', de: 'Spitze der Charts' }, specific: true, fits: ['model', 'organisation'] },
  stock: { kinds: ['percent', 'percentagePoint', 'date', 'year'], label: { en: 'share price', de: 'Aktienkurs' }, specific: true, fits: ['organisation', 'other'] },
  // What one share costs, in money ("closed at $118.42", „Schlusskurs 118,42 $“): a day's, as a market value is.
  price: { kinds: ['money'], label: { en: 'share price', de: 'Aktienkurs' }, specific: true, fits: ['organisation', 'other'] },
  percentShare: { kinds: ['percent', 'percentagePoint', 'count', 'multiplier'], label: { en: 'share', de: 'Anteil' }, specific: true, fits: ['place', 'organisation', 'other'] },
  lead: { kinds: ['count', 'multiplier'], label: { en: 'lead', de: 'Vorsprung' }, specific: true, fits: ['place', 'organisation', 'model'] },
  runway: { label: { en: 'runway', de: 'Liquiditätsreichweite' }, specific: true, fits: ['organisation'], kinds: ['count'] },
  staff: { label: { en: 'staff', de: 'Belegschaft' }, specific: true, fits: ['organisation'] },
  chip: { kinds: ['count', 'money', 'date', 'year'], label: { en: 'chips', de: 'Chips' }, specific: true, fits: ['person', 'organisation', 'chip'] },
  export: { once: true, kinds: ['date', 'year'], label: { en: 'export controls', de: 'Exportkontrollen' }, specific: true, fits: ['place', 'organisation'] },
  supercomputer: { label: { en: 'supercomputer', de: 'Supercomputer' }, specific: false, fits: ['other', 'organisation'] },
  training: { label: { en: 'training', de: 'Training' }, specific: false, fits: ['model', 'organisation'] },
  change: { label: { en: 'change', de: 'Veränderung' }, specific: false, fits: ['organisation', 'other'] },
  fall: { label: { en: 'change', de: 'Veränderung' }, specific: false, fits: ['organisation', 'other'] },
  rise: { label: { en: 'change', de: 'Veränderung' }, specific: false, fits: ['organisation', 'other'] },
  // "Der Nasdaq 100 beendete die Woche 0,5 Prozent tiefer", "For the week, the S&P 500 gained 1.7 percent": a week's
  // move is the sum of five days' moves, no other value of one day's ("fell 3 percent on the day"), nor the other way.
  week: { separates: true, kinds: ['percent', 'percentagePoint', 'money'], label: { en: 'change over the week', de: 'Veränderung auf Wochensicht' }, specific: false, fits: ['organisation', 'other'] },
  success: { label: { en: 'success', de: 'Erfolg' }, specific: false, fits: ['organisation'] },
  estimate: { manner: true, label: { en: 'estimate', de: 'Schätzung' }, specific: false, fits: ['person', 'organisation'] },
  engineer: { label: { en: 'engineers', de: 'Ingenieure' }, specific: false, fits: ['person', 'organisation'] },
  laptop: { label: { en: 'laptop versions', de: 'Laptop-Versionen' }, specific: false, fits: ['model', 'organisation'] },
  smaller: { label: { en: 'smaller versions', de: 'kleinere Versionen' }, specific: false, fits: ['model', 'organisation'] },
  input: { opposes: 'output', kinds: ['money', 'count'], label: { en: 'input', de: 'Eingabe' }, specific: false, fits: ['model', 'organisation'] },
  output: { opposes: 'input', kinds: ['money', 'count'], label: { en: 'output', de: 'Ausgabe' }, specific: false, fits: ['model', 'organisation'] },
  license: { label: { en: 'licence', de: 'Lizenz' }, specific: false, fits: ['organisation', 'place'] },
  fund: { noEvent: true, label: { en: 'fund', de: 'Fonds' }, specific: false, fits: ['organisation', 'person'] },
};

/** Rising and falling are one attribute looked up together, so that a wrong direction is found at all. */
const LOOKUP_KEY: Record<string, string> = { fall: 'change', rise: 'change' };

export const lookupKey = (concept: string) => LOOKUP_KEY[concept] ?? concept;

export function isAttribute(concept: string): boolean {
  return concept in ATTRIBUTES;
}

/** What a sum of money measures: what was spent, invested, earned, or what something is worth. */
export function isSumOfMoney(concept: string): boolean {
  return SUMS_OF_MONEY.has(concept);
}
const SUMS_OF_MONEY = new Set(['cost', 'investment', 'revenue', 'valuation']);

/** Whether `concept` can be what a figure of this kind is about. */
export function isAttributeOf(concept: string, kind: FigureKind): boolean {
  const spec = ATTRIBUTES[concept];
  return spec !== undefined && (!spec.kinds || spec.kinds.includes(kind));
}

/** A share price or a market value changes from day to day: which day is part of the fact. */
export function happensOnADay(concept: string): boolean {
  return concept === 'stock' || concept === 'price' || concept === 'valuation';
}

/** The two moves with a direction; a fall of one thing is no rise of it on the same day. */
export const DIRECTED_MOVES: readonly string[] = ['fall', 'rise'];
/** Whether an attribute is a fall or a rise: what a percentage moved by tells. */
export function isDirectedMove(attribute: string): boolean {
  return DIRECTED_MOVES.includes(attribute);
}

const MOVES = new Set(['rise', 'fall', 'change']);

/**
 * Whether a fact with these attributes is one day's: a share price or market value, or a move that says of nothing
 * else what moved ("Broadcom und Microsoft verloren 3,75 beziehungsweise 6,58 Prozent" is how their shares closed).
 */
export function isOneDays(attributes: readonly string[]): boolean {
  return attributes.some(happensOnADay) || (attributes.length > 0 && attributes.every((a) => MOVES.has(a)));
}

/** Whether attributes say nothing of what a value measures: none, or only how it is known ("Schätzung", "estimate"). */
export function saysNoWhat(attributes: readonly string[]): boolean {
  return attributes.every((a) => ATTRIBUTES[a]?.manner === true);
}

export function isOnce(concept: string): boolean {
  return ATTRIBUTES[concept]?.once === true;
}

/**
 * An event that happens once and is a country's act first of all (export curbs): the chips, the chip makers and the
 * buyers named beside it are whom it hits, not whose act it is.
 */
export function isACountrysAct(concept: string): boolean {
  const spec = ATTRIBUTES[concept];
  return spec?.once === true && spec.fits[0] === 'place';
}

/** Whether `concept` tells of an event of its clause's own, not only of what one drew on (`noEvent`). */
export function namesAnEvent(concept: string): boolean {
  return isAttribute(concept) && ATTRIBUTES[concept].noEvent !== true;
}

export function isSpecific(concept: string): boolean {
  return ATTRIBUTES[concept]?.specific === true;
}

/**
 * Whether only one of two facts' attribute lists has an attribute that makes a fact another one (an update), or each
 * has only one side of a measure with two (input and output).
 */
export function separated(a: string[], b: string[]): boolean {
  return [...a, ...b].some((x) => {
    const spec = ATTRIBUTES[x];
    if (spec?.separates === true && a.includes(x) !== b.includes(x)) return true;
    const other = spec?.opposes;
    return other !== undefined && a.includes(x) !== a.includes(other) && b.includes(other) !== b.includes(x) && a.includes(x) !== b.includes(x);
  });
}
