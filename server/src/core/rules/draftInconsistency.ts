import type { DraftFigure } from '../analysis/draft';
import type { Fact } from '../facts/fact';
import { keysOf } from '../facts/factIndex';
import { FIGURE_FAMILY } from '../figures/family';
import { compareAsSameFact } from '../match/matchFigure';
import type { Finding, Rule } from './finding';

export const draftInconsistency: Rule = {
  code: 'draft-inconsistency',
  defaultSeverity: 'warning',
  description: 'The draft states two different values for the same fact; reported on the later mention.',
  example: 'DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.',
  check(draft, index, t) {
    const findings: Finding[] = [];
    const earlierFigures = new EarlierFigures();
    // A figure the sources contradict has its own warning; two figures each backed by a source state two facts.
    for (const later of draft.figures) {
      if (later.match.status === 'contradicted') continue;
      const earlier = earlierFigures.first(later, (e) => disagree(e, later, index.weight));
      earlierFigures.add(later);
      if (!earlier) continue;
      findings.push({
        code: this.code,
        severity: this.defaultSeverity,
        ...later.span,
        message: t.draftInconsistency(later.figure.text, earlier.figure.text),
        related: [{ ...earlier.span, message: t.earlier(earlier.at.sentence.text) }],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** An earlier figure and the lookup keys of its fact under which it is the first of its value. */
interface Filed {
  figure: DraftFigure;
  firstUnder: Set<string>;
}

/**
 * The draft's figures so far, filed by (family of value, entity, attribute): two figures state the same fact only
 * when they share an entity and an attribute, so a figure is compared with its bucket, never with every figure
 * before it (a draft with 20,000 figures would take 20,000² comparisons). Within a key, only the first figure of
 * each value is compared: a value stated ten times is compared once.
 */
class EarlierFigures {
  private readonly valuesByKey = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, Filed[]>();

  /** The earliest figure filed under one of `later`'s buckets and keys that `differs` accepts. */
  first(later: DraftFigure, differs: (earlier: DraftFigure) => boolean): DraftFigure | undefined {
    const { keys, buckets } = filingOf(later.fact);
    const lists = buckets.map((b) => this.buckets.get(b)).filter((l): l is Filed[] => l !== undefined);
    const cursors = lists.map(() => 0);
    // Each bucket is in document order: merge them lazily, earliest first, and stop at the first that differs.
    for (;;) {
      let next: Filed | undefined;
      for (let k = 0; k < lists.length; k++) {
        const head = lists[k][cursors[k]];
        if (head && (!next || head.figure.span.start < next.figure.span.start)) next = head;
      }
      if (!next) return undefined;
      for (let k = 0; k < lists.length; k++) if (lists[k][cursors[k]] === next) cursors[k]++;
      if (keys.some((key) => next!.firstUnder.has(key)) && differs(next.figure)) return next.figure;
    }
  }

  add(figure: DraftFigure): void {
    const { keys, buckets, value } = filingOf(figure.fact);
    const firstUnder = new Set<string>();
    for (const key of keys) {
      let values = this.valuesByKey.get(key);
      if (!values) this.valuesByKey.set(key, (values = new Set()));
      if (values.has(value)) continue;
      values.add(value);
      firstUnder.add(key);
    }
    if (firstUnder.size === 0) return;
    const filed = { figure, firstUnder };
    for (const bucket of buckets) {
      const list = this.buckets.get(bucket);
      if (list) list.push(filed);
      else this.buckets.set(bucket, [filed]);
    }
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
