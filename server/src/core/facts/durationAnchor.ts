import type { SentenceFacts } from '../analysis/analyzedSentence';
import { conceptsOf } from '../context/concepts';
import type { Figure } from '../types';
import { isAttribute } from './attributes';

/** What the other event of a duration is, as its words name it: "the R1 launch" is a release of DeepSeek R1. */
export interface DurationAnchor {
  attributes: string[];
  /** Canonical names in the words, with the names they contain. */
  names: string[];
}

export function readDurationAnchor(facts: SentenceFacts, figure: Figure): DurationAnchor | undefined {
  const span = figure.durationAnchor;
  if (!span) return undefined;
  const concepts = [...conceptsOf(facts.text, span.start, span.end, facts.names)];
  const attributes = concepts.filter(isAttribute);
  const names = concepts.filter((c) => c.startsWith('name:')).map((c) => c.slice('name:'.length));
  return attributes.length || names.length ? { attributes, names } : undefined;
}
