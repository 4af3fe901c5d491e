import { LIST_GAP } from '../figures/vocabulary';
import type { Figure } from '../types';

/**
 * A comma and a conjunction that open the next clause: ", and that the estimates …", ", und die Schätzungen …". Not
 * „, und zwar …“, „, und das an einem Tag“, ", and that on a single day": those go on saying the list's own clause.
 */
const NEXT_CLAUSE = /,\s*(?:and|und|but|aber|yet|doch|or|oder)(?![\p{L}])(?!\s+(?:zwar|das\s|dies\s|that\s+(?:on|in|at|within|after|before)\s|this\s+(?:on|in|at|within|after|before)\s))/iu;

/** A comma, then the words that close the list's own clause: „…, und damit stärker als der Index, gefallen.“ */
const INSERTION_CLOSED = /,\s*\p{L}[^,;:]*$/u;

/**
 * Where the words about a list's last value end: "Fire-Flyer I and Fire-Flyer II had cost one billion yuan and 200
 * million yuan respectively, and that the estimates of Liang's chips ran …": the clause a comma and a conjunction open
 * after the list says nothing of what its values measure (the chips are not what 200 million yuan were). Undefined for a
 * value that ends no list (`previous`: the value of its kind before it), or where no such clause follows before `to`.
 */
export function listClauseEnd(text: string, figure: Figure, previous: Figure | undefined, to: number): number | undefined {
  if (!previous || !LIST_GAP.test(text.slice(previous.end, figure.start))) return undefined;
  const after = text.slice(figure.end, to);
  const next = NEXT_CLAUSE.exec(after);
  // „sind um 7,82 und 6,58 Prozent, und damit stärker als der Index, gefallen“: a comma that closes the conjunction's
  // words before the list's clause goes on makes them an insertion; the verb after it is still the list's.
  if (!next || INSERTION_CLOSED.test(after.slice(next.index + next[0].length))) return undefined;
  return figure.end + next.index;
}
