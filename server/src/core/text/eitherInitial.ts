/** Words as written in the middle of a sentence or at its start, as a regex alternation: „der“ and „Der“, not „DER“. */
export function eitherInitial(words: readonly string[]): string {
  return words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}
