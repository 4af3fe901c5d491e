/**
 * The text as one string of its own. A string joined with `+`, a template or `replace` is kept as its pieces and a node
 * per join (a claim's one-line text, `replace(/\s+/g, ' ')` of a sentence, 18 nodes on average), and a slice keeps the
 * whole string it was sliced from alive: kept by the thousand, either holds many times the text's own size. Slicing
 * a joined string copies its pieces into one.
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}
