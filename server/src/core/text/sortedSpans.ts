/** How many of `sorted` (ascending by start) start before `at`: the index of the first that starts at or after it. */
export function countStartingBefore(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
