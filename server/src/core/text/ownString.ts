/**
 * The text as one string of its own. A string joined with `+`, a template or `replace` is kept as its pieces and a node
 * per join (a claim's one-line text, `replace(/\s+/g, ' ')` of a sentence, 18 nodes on average), and a slice keeps the
 * whole string it was sliced from alive: kept by the thousand, either holds many times the text's own size.
 *
 * Written out and read back as JSON, it is a new flat string of exactly its characters. (Sliced from a joined copy,
 * ` ${text}`.slice(1), it was a slice of a copy one character longer: a 1 MB draft's open kept 52,000 of them, their
 * findings' messages and draft-inconsistency's keys, 1.3 MB of slices beside the copies.)
 */
export function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
