import type { DraftFigure } from '../analysis/draft';
import type { Fact } from '../facts/fact';
import { keysOf } from '../facts/factIndex';
import { FIGURE_FAMILY } from '../figures/family';
import { compareAsSameFact } from '../match/matchFigure';
import type { Messages } from '../i18n/messages';
import type { SourceIndex } from '../sources/sourceIndex';
import type { Finding, Rule, RuleTrace } from './finding';

export const draftInconsistency: Rule = {
  code: 'draft-inconsistency',
  defaultSeverity: 'warning',
  description: 'The draft states two different values for the same fact; reported on the later mention.',
  example: 'DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.',
  check(draft, index, t, trace) {
    const findings: Finding[] = [];
    const earlierFigures = new EarlierFigures(index);
    // A figure the sources contradict has its own warning; two figures each backed by a source state two facts.
    for (const later of draft.figures) {
      if (later.match.status === 'contradicted') continue;
      const earlier = earlierFigures.first(later, (e) => disagree(e, later, index.weight), trace);
      earlierFigures.add(later);
      if (!earlier) continue;
      // The same two figures at the same places make the same finding: the same object, whose diagnostic is kept.
      const made = findingsMade.get(later.fact);
      if (made && made.messages === t && made.earlier === earlier.fact && made.finding.start === later.span.start && made.finding.related[0].start === earlier.span.start) {
        findings.push(made.finding);
        continue;
      }
      const finding: Finding = {
        code: this.code,
        severity: this.defaultSeverity,
        ...later.span,
        message: t.draftInconsistency(later.figure.text, earlier.figure.text),
        related: [{ ...earlier.span, message: t.earlier(earlier.at.sentence.text) }],
      };
      findingsMade.set(later.fact, { messages: t, earlier: earlier.fact, finding });
      findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** The finding last made for a figure's fact: with the same earlier figure at the same places it is made again. */
const findingsMade = new WeakMap<Fact, { messages: Messages; earlier: Fact; finding: Finding }>();

/** An earlier figure and the lookup keys of its fact under which it is the first of its value. */
interface Filed {
  figure: DraftFigure;
  firstUnder: Set<string>;
}

/**
 * The figures filed in one bucket so far, as a chain interned across checks: the same facts filed in the same order
 * with the same verdicts are the same object, so a figure whose buckets hold what they held at the last check is
 * not compared again. A state is only its number; the chain's links are held by the fact filed, weakly (see
 * `links`): a chain goes when its facts do.
 */
interface BucketState {
  readonly id: number;
}

let nextStateId = 0;
const newState = (): BucketState => ({ id: nextStateId++ });

/** What the last check found for a figure: the earlier figure that disagrees with it, given its buckets' states. */
interface Verdict {
  status: string;
  states: Array<BucketState | undefined>;
  earlier: Fact | undefined;
  /** With several buckets: the figures met before `earlier` that did not disagree. */
  passed?: Set<Fact>;
}

/** Per source index (facts and their comparison depend on it): each bucket's empty state, and each figure's verdict. */
const memory = new WeakMap<SourceIndex, Memory>();

interface Memory {
  roots: Map<string, BucketState>;
  verdicts: WeakMap<Fact, Verdict>;
  /** Per fact filed: (the state it was filed on, the keys it was first under) → the state after it. */
  links: WeakMap<Fact, Map<string, BucketState>>;
}
/** Buckets whose empty state is remembered; beyond this the roots start afresh (what they led to is then compared again). */
const MAX_ROOTS = 200_000;

/**
 * The draft's figures so far, filed by (family of value, entity, attribute): two figures state the same fact only
 * when they share an entity and an attribute, so a figure is compared with its bucket, never with every figure
 * before it (a draft with 20,000 figures would take 20,000² comparisons). Within a key, only the first figure of
 * each value is compared: a value stated ten times is compared once. After an edit, a figure whose buckets are as
 * they were keeps its verdict: only the figures that share a bucket with a changed one are compared again.
 */
class EarlierFigures {
  private readonly valuesByKey = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, Filed[]>();
  private readonly states = new Map<string, BucketState>();
  private readonly filedByFact = new Map<Fact, DraftFigure>();
  private readonly seen = new Set<Fact>();
  private readonly memory: Memory;

  constructor(index: SourceIndex) {
    let known = memory.get(index);
    if (!known) memory.set(index, (known = { roots: new Map(), verdicts: new WeakMap(), links: new WeakMap() }));
    if (known.roots.size > MAX_ROOTS) known.roots.clear();
    this.memory = known;
  }

  /** The earliest figure filed under one of `later`'s buckets and keys that `differs` accepts. */
  first(later: DraftFigure, differs: (earlier: DraftFigure) => boolean, trace?: RuleTrace): DraftFigure | undefined {
    const { keys, buckets } = filingOf(later.fact);
    const states = buckets.map((b) => this.states.get(b));
    const lists = buckets.map((b) => this.buckets.get(b)).filter((l): l is Filed[] => l !== undefined);
    // A fact met twice in one draft (a block that repeats) is compared afresh: its sentence is another each time.
    const again = this.seen.has(later.fact);
    this.seen.add(later.fact);
    const known = again ? undefined : this.memory.verdicts.get(later.fact);
    if (known && known.status === later.match.status && known.states.length === states.length && known.states.every((s, k) => s === states[k])) {
      const kept = this.keptVerdict(known, lists, keys);
      if (kept !== false) return kept;
    }
    if (trace) trace.figuresCompared++;
    let passed: Set<Fact> | undefined;
    const earlier = earliest(lists, keys, (e) => {
      if (differs(e.figure)) return true;
      if (lists.length > 1) (passed ??= new Set()).add(e.figure.fact);
      return false;
    })?.figure;
    if (!again) this.memory.verdicts.set(later.fact, { status: later.match.status, states, earlier: earlier?.fact, ...(earlier && lists.length > 1 ? { passed: passed ?? new Set() } : {}) });
    return earlier;
  }

  /**
   * The verdict of the last check, where it holds: the buckets hold the same figures, but which of several buckets'
   * figures comes first depends on where they stand now, so the figures before the earlier one must be those that
   * did not disagree then. False where that is not so.
   */
  private keptVerdict(known: Verdict, lists: Filed[][], keys: string[]): DraftFigure | undefined | false {
    if (!known.earlier) return undefined;
    if (!known.passed) return this.filedByFact.get(known.earlier) ?? false;
    let holds = true;
    const found = earliest(lists, keys, (e) => {
      if (e.figure.fact === known.earlier) return true;
      if (known.passed!.has(e.figure.fact)) return false;
      holds = false;
      return true;
    });
    return holds && found ? found.figure : false;
  }

  add(figure: DraftFigure): void {
    const { keys, buckets, value } = filingOf(figure.fact);
    const firstUnder = new Set<string>();
    // Which of its keys it is first under, as bits (its keys are a handful).
    let under = '';
    keys.forEach((key, k) => {
      let values = this.valuesByKey.get(key);
      if (!values) this.valuesByKey.set(key, (values = new Set()));
      if (values.has(value)) return;
      values.add(value);
      firstUnder.add(key);
      under += k.toString(36) + ',';
    });
    if (firstUnder.size === 0) return;
    const filed = { figure, firstUnder };
    this.filedByFact.set(figure.fact, figure);
    // What a later figure's comparison depends on: this fact, whether a source backs it, and the keys it is first under.
    const entry = `${figure.match.status}:${under}`;
    for (const bucket of buckets) {
      const list = this.buckets.get(bucket);
      if (list) list.push(filed);
      else this.buckets.set(bucket, [filed]);
      this.states.set(bucket, this.nextState(bucket, figure.fact, entry));
    }
  }

  private nextState(bucket: string, fact: Fact, entry: string): BucketState {
    let state = this.states.get(bucket);
    if (!state) {
      state = this.memory.roots.get(bucket);
      if (!state) this.memory.roots.set(bucket, (state = newState()));
    }
    let links = this.memory.links.get(fact);
    if (!links) this.memory.links.set(fact, (links = new Map()));
    const link = `${state.id}:${entry}`;
    let next = links.get(link);
    if (!next) links.set(link, (next = newState()));
    return next;
  }
}

/** The earliest filed figure under one of `keys` that `accepts`, merging the buckets (each in document order) lazily. */
function earliest(lists: Filed[][], keys: string[], accepts: (filed: Filed) => boolean): Filed | undefined {
  const cursors = lists.map(() => 0);
  for (;;) {
    let next: Filed | undefined;
    for (let k = 0; k < lists.length; k++) {
      const head = lists[k][cursors[k]];
      if (head && (!next || head.figure.span.start < next.figure.span.start)) next = head;
    }
    if (!next) return undefined;
    for (let k = 0; k < lists.length; k++) if (lists[k][cursors[k]] === next) cursors[k]++;
    if (keys.some((key) => next!.firstUnder.has(key)) && accepts(next)) return next;
  }
}

interface Filing {
  /** The fact's lookup keys (facts/factIndex.ts). */
  keys: string[];
  /** (family, entity, attribute) for each of its entities and attributes. */
  buckets: string[];
  value: string;
}

/** Facts of unchanged blocks are the same objects after an edit: they are filed as before. */
const filings = new WeakMap<Fact, Filing>();

function filingOf(fact: Fact): Filing {
  let filing = filings.get(fact);
  if (filing) return filing;
  const { kind, value, currency, date, range } = fact.figure;
  const family = FIGURE_FAMILY[kind];
  const buckets = new Set<string>();
  for (const entity of fact.entities) for (const attribute of fact.attributes) buckets.add(`${family}\u0000${entity}\u0000${attribute}`);
  filing = { keys: keysOf(fact), buckets: [...buckets], value: JSON.stringify([kind, value, currency, date, range]) };
  filings.set(fact, filing);
  return filing;
}

function disagree(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number): boolean {
  if (earlier.match.status === 'supported' && later.match.status === 'supported') return false;
  if (earlier.at === later.at) return false; // "from 10,000 to 50,000" is one statement
  const comparison = compareAsSameFact(later.fact, later.at.facts.concepts, earlier.fact, earlier.at.facts.concepts, weight);
  if (!comparison || comparison.agreement === 'agrees') return false;
  // The same fact in two places of one draft: the same entity and the same attribute.
  return later.fact.entities.some((e) => earlier.fact.entities.includes(e)) && later.fact.attributes.some((a) => earlier.fact.attributes.includes(a));
}
