/**
 * The array at its size. An array grown by push from empty keeps room for 17 elements (152 bytes for one number), and
 * V8 trims no store that small: kept by the thousand (a 1 MB draft's sentences, figures, offset runs), such arrays held
 * 30 MB of its 200 MB analysis, most of it room. A copy made once the array is complete has none.
 */
export const fitted = <T>(array: T[]): T[] => array.slice();

/**
 * The one empty list that kept analysis shares. An empty array still costs 32 bytes: a 1 MB draft's analysis kept
 * 312,000 of them (10 MB of its 170), most in the context carried at every block, the matches' evidence and the
 * per-block lists of sentences without figures, names or quotations. Frozen, so that a push to it fails at once
 * instead of filling every other owner's list.
 */
const NONE: readonly never[] = Object.freeze([]);

/** The shared empty list, typed for its owner (who must not add to it). */
export const none = <T>(): T[] => NONE as unknown as T[];

/**
 * `fitted`, but an empty list is the shared one. Only for lists that are complete and never used as a key (a WeakMap
 * keyed by a list would find another owner's entry under the shared one).
 */
export const kept = <T>(array: T[]): T[] => (array.length ? array.slice() : none<T>());

/** The list as it is, or the shared one if it is empty: for a list made at its size that is kept as it is. */
export const orNone = <T>(array: T[]): T[] => (array.length ? array : none<T>());
