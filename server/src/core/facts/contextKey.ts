import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { CarriedContext } from './fact';

const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object | undefined) => {
  if (!o) return 0;
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
};

/**
 * Everything a sentence's facts depend on besides the sentence itself, as a string: the same sentence in the same
 * context reads the same facts, so a check after an edit reads again only where the context changed. Date figures
 * and the next sentence are named by identity, since facts point at them.
 */
export function contextKey(carried: CarriedContext, next: SentenceFacts | undefined): string {
  const names = carried.names.map((n) => `${n.canonical}/${n.from}/${n.distance}`).join('|');
  const previous = carried.previousSentence.map((n) => n.canonical).join('|');
  const time = (d: { year?: number; month?: number; day?: number } | undefined, f: Figure | undefined) => (d ? `${d.year}-${d.month}-${d.day}#${idOf(f)}` : '');
  return [names, previous, time(carried.time, carried.timeOf), carried.timeFrom ?? '', time(carried.lastTime, carried.lastTimeOf), idOf(next)].join('\u0001');
}
