import type { CarriedContext } from './fact';
import type { DurationAnchor } from './durationAnchor';
import type { NameKind } from '../types';

/**
 * "DeepSeek brachte R1 heraus. Nvidia fiel eine Woche nach der Veröffentlichung", "R1 came out on 20 January. Nvidia fell
 * three days after the launch": words after "nach"/"after" that name a release and no model name, as a reader takes
 * them, the release of the model named last before them. Only where the clause names no model of its own ("R1 kam
 * 18 Monate nach der Gründung" is the clause's own event and anchor). A founding that names nobody stays the founding
 * of whom the clause speaks (its maker's, "R1 on 20 January, about 18 months after the founding"), and „nach dem
 * Start“, a release or a founding, names neither for sure. Returns the anchor with that model's names, or as it was.
 */
export function anchorOfTheNamedBefore(anchor: DurationAnchor, carried: CarriedContext, ownKinds: ReadonlyArray<NameKind | undefined>): DurationAnchor {
  if (anchor.names.length || !anchor.attributes.includes('release') || anchor.attributes.includes('founding')) return anchor;
  if (ownKinds.includes('model')) return anchor;
  // The last one named, as a reader takes "the release" after "V3 came in December, a month before R1" (R1's), and only
  // one named in the paragraph or its heading: a model of another section is not what the words point back to.
  const last = carried.lastOfKind?.model;
  const named = last && carried.names.some((n) => n.canonical === last.canonical && !n.aside && !n.comparand) ? last : undefined;
  return named ? { ...anchor, names: [named.canonical, ...named.containing.filter((c) => c !== named.canonical)] } : anchor;
}
