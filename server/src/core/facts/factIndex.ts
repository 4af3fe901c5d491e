import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { lookupKey } from './attributes';
import type { Fact } from './fact';

/** The keys a fact is filed under: its kind of value with each attribute, and with each entity. */
export function keysOf(fact: Fact): string[] {
  const family = FAMILY[fact.figure.kind];
  const keys = new Set<string>();
  for (const a of fact.attributes) keys.add(`${family}|${lookupKey(a)}`);
  for (const e of fact.entities) keys.add(`${family}|@${e}`);
  return [...keys];
}

/**
 * Source facts filed by (kind of value, attribute) and (kind of value, entity): a draft fact finds its candidates by
 * lookup, never by scanning every source figure, however many sources a writer has.
 */
export class FactIndex<T extends { fact: Fact }> {
  private readonly byKey = new Map<string, T[]>();

  constructor(items: Iterable<T>) {
    for (const item of items) {
      for (const key of keysOf(item.fact)) {
        const list = this.byKey.get(key);
        if (list) list.push(item);
        else this.byKey.set(key, [item]);
      }
    }
  }

  /** Every source fact sharing a key with `fact`, each once, in index order. */
  candidates(fact: Fact): T[] {
    const seen = new Set<T>();
    for (const key of keysOf(fact)) for (const item of this.byKey.get(key) ?? []) seen.add(item);
    return [...seen];
  }
}
