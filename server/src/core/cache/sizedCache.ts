/**
 * A least-recently-used map bounded by the total size of its entries, not by their count: a cache of a thousand
 * one-line sentences and a cache of a thousand 50 KB chunks must not cost the same memory budget.
 *
 * An entry's size is measured from its key (by default its length: every cache here is keyed by the text it read), so
 * the map holds the values themselves: an object `{ value, size }` per entry cost a 1 MB draft's open 36,000 objects
 * (1.4 MB kept, one allocation per entry filed).
 */
export class SizedCache<K extends string, V> {
  private readonly entries = new Map<K, V>();
  private total = 0;

  /**
   * `maxSize` is in the unit `sizeOf` measures of a key (characters of text are a fair proxy for the memory they cost).
   * `sizeOf` must give the same size for a key every time it is asked.
   */
  constructor(private readonly maxSize: number, private readonly sizeOf: (key: K) => number = (key) => key.length) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined && !this.entries.has(key)) return undefined;
    // Re-inserting moves the entry to the back: the Map's order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, value as V);
    return value;
  }

  set(key: K, value: V): void {
    const size = this.sizeOf(key);
    if (this.entries.delete(key)) this.total -= size;
    if (size > this.maxSize) return; // larger than the whole budget: not worth keeping
    this.entries.set(key, value);
    this.total += size;
    this.shrinkTo(this.maxSize);
  }

  /** Lets the least recently used entries go until what is kept is at most `maxSize`. */
  shrinkTo(maxSize: number): void {
    for (const oldest of this.entries.keys()) {
      if (this.total <= maxSize) break;
      this.entries.delete(oldest);
      this.total -= this.sizeOf(oldest);
    }
  }

  delete(key: K): void {
    if (this.entries.delete(key)) this.total -= this.sizeOf(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** The summed size of what is kept, for tests and the benchmark. */
  get size(): number {
    return this.total;
  }
}
