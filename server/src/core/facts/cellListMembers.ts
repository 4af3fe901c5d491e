import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { CarriedName } from './fact';

type Member = { canonical: string; kind: CarriedName['kind']; containing?: string[] };

/** What stands between two values of a cell that pairs with its header's list: a slash („92 % / 85 %“). */
const SLASH = /^\s*\/\s*$/u;

/**
 * „| DeepSeek R1 | 92 % / 85 % |“ under „| Modell | HumanEval / MATH-500 |“, „| HumanEval / MATH-500 | 92 % / 85 % |“: a
 * cell whose values, joined by slashes, are as many as the names its column header (or else its row label) lists joined
 * as one gives each value to the name of its place. A cell with another number of values, or values joined otherwise,
 * pairs with nothing.
 */
export function cellListMembers(facts: SentenceFacts): Map<Figure, Member> {
  const out = new Map<Figure, Member>();
  const members = facts.labelList;
  if (!members) return out;
  const values = facts.figures.filter((f) => f.kind !== 'date' && f.kind !== 'year' && !f.range);
  if (values.length !== members.length || !values.every((f, i) => i === 0 || SLASH.test(facts.text.slice(values[i - 1].end, f.start)))) return out;
  values.forEach((f, i) => out.set(f, members[i]));
  return out;
}
