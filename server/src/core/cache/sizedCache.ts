/**
 * A least-recently-used map bounded by the total size of its entries, not by their count: a cache of a thousand
 * one-line sentences and a cache of a thousand 50 KB chunks must not cost the same memory budget.
 */
export class SizedCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private total = 0;

  /** `maxSize` is in the unit `sizeOf` measures (characters of text are a fair proxy for the memory they cost). */
  constructor(private readonly maxSize: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-inserting moves the entry to the back: the Map's order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, size: number): void {
    const existing = this.entries.get(key);
    if (existing) {
      this.total -= existing.size;
      this.entries.delete(key);
    }
    if (size > this.maxSize) return; // larger than the whole budget: not worth keeping
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxSize) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
    }
  }

  /** Lets the least recently used entries go until what is kept is at most `maxSize`. */
  shrinkTo(maxSize: number): void {
    for (const [oldest, entry] of this.entries) {
      if (this.total <= maxSize) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.size;
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
