import { fitted } from './fitted';

/**
 * Offsets into a file as runs, [start, length, start, length, …]: offsets that follow each other make one run, so a
 * stretch of prose copied straight from its file costs two numbers, not one per character.
 */
export function toRuns(offsets: readonly number[]): number[] {
  // Kept per block and per sentence: at its size (a run pushed to an empty array has room for 17 numbers).
  const runs: number[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const n = runs.length;
    if (n && runs[n - 2] + runs[n - 1] === offsets[i]) runs[n - 1]++;
    else runs.push(offsets[i], 1);
  }
  return fitted(runs);
}

/** The offsets of runs, each moved by `delta`. */
export function fromRuns(runs: ArrayLike<number>, delta = 0): number[] {
  let length = 0;
  for (let i = 1; i < runs.length; i += 2) length += runs[i];
  const offsets = new Array<number>(length);
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] + delta;
    for (let k = 0; k < runs[i + 1]; k++) offsets[at++] = start + k;
  }
  return offsets;
}
