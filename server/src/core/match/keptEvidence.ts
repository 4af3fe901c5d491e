import type { SentenceFacts } from '../analysis/analyzedSentence';
import { isOneDays } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import type { SourceIndex } from '../sources/sourceIndex';

interface Kept<E> {
  fact: Fact;
  derivable: boolean;
  evidence: E[];
}

/**
 * Per source index and draft sentence: the evidence of each fact read there that names no day of its own. A move the
 * draft states for no day is matched a second time once the whole draft is read, with the days it names
 * (`judgeMovesByNamedDays`); those days only say which of its evidence decides (`onAnUnnamedDay`), not which source
 * facts are its evidence, so the second reading takes the first's instead of looking up and comparing hundreds of
 * source moves again (at 2,000 sources, a tenth of a draft's first check). Entries go with their sentence or index.
 */
const kept = new WeakMap<SourceIndex, WeakMap<SentenceFacts, Array<Kept<unknown>>>>();

/**
 * The evidence `read` finds for `fact` in `sentence`, or, for a fact told the days its draft names, what it found for
 * the same fact before it was told them. The caller may reorder what it gets: each gets an array of its own.
 */
export function evidenceKeptFor<E>(index: SourceIndex, sentence: SentenceFacts, fact: Fact, derivable: boolean, read: () => E[]): E[] {
  let bySentence = kept.get(index);
  if (!bySentence) kept.set(index, (bySentence = new WeakMap()));
  let entries = bySentence.get(sentence);
  if (fact.days) {
    const before = entries?.find((k) => k.derivable === derivable && sameButDays(k.fact, fact));
    if (before) return [...(before.evidence as E[])];
    return read();
  }
  const evidence = read();
  if (isOneDays(fact.attributes) && (!fact.time || fact.timeFrom === 'document')) {
    if (!entries) bySentence.set(sentence, (entries = []));
    entries.push({ fact, derivable, evidence: [...evidence] });
  }
  return evidence;
}

/**
 * The same fact but for the days its draft names: every other property the very same value, or a list of the very
 * same values (a repeated paragraph's facts share their sentence and figure, but read their attributes afresh).
 */
function sameButDays(before: Fact, told: Fact): boolean {
  const keys = (f: Fact) => Object.keys(f).filter((k) => k !== 'days' && f[k as keyof Fact] !== undefined);
  const [a, b] = [keys(before), keys(told)];
  return a.length === b.length && a.every((k) => sameValue(before[k as keyof Fact], told[k as keyof Fact]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
}
