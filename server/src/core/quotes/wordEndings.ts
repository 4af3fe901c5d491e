/** "spektakulärste" and "spektakulärsten", "Fall" and "Falls", „reduziert“ and „reduzierte“: one word, inflected for another sentence. */
export function sameWordButEnding(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && /^[ensrm]{1,2}$/u.test(long.slice(short.length));
}
