/** How many of `sorted` (ascending by start) start before `at`: the index of the first that starts at or after it. */
export function countStartingBefore(sorted: ReadonlyArray<{ start: number }>, at: number): number {
  // `countBelow` without its callback: asked for every window of every sentence a cold index reads (over a hundred
  // thousand times per 200 sources), where a closure per call and a call per step cost more than the search.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of `length` ascending values (the `i`th is `valueAt(i)`) are below `at`. */
export function countBelow(length: number, valueAt: (i: number) => number, at: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (valueAt(mid) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
