import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import { compareFigures } from './agreement';
import type { NameKind } from '../types';

/**
 * A benchmark score is one model's on one benchmark: "R1 reached 92 % on MATH-500" is compared only with R1's MATH-500
 * scores. o1's 96.4 % on MATH-500 and a distilled model's 72.6 % on AIME share words with it (a model's maker, "scores",
 * "percent"), but they are other (model, benchmark) pairs: neither a value of R1's score nor a backing of it.
 *
 * Whether a source score is another pair's than the draft's: both name a model and none in common, or both name a
 * benchmark and none in common (a benchmark is a name of no model, firm, person or place: `kindOf` says 'other'). A
 * source score that names no benchmark at all ("the distilled 32B version reaches 72.6 percent" after a paragraph on
 * AIME) is another benchmark's for a draft that names one, unless it bears the value out.
 */
export function isAnotherPairsScore(draft: Fact, draftSentence: SentenceFacts, source: Fact, sourceSentence: SentenceFacts, kindOf: (canonical: string) => NameKind | undefined): boolean {
  if (!draft.attributes.includes('benchmark') || !source.attributes.includes('benchmark')) return false;
  // A gap or a ratio of two scores is between them, whoever else its sentence names.
  if ([draft, source].some((f) => f.figure.derivedFrom !== undefined || f.figure.kind === 'percentagePoint')) return false;
  const of = (f: Fact, kinds: NameKind[]) => f.entities.filter((e) => kinds.includes(kindOf(e) ?? 'place') && !f.places?.includes(e));
  // Whose a score is: for a source, the models its fact reads and the models its sentence names, both ("erreicht es 92 %
  // … wie OpenAI o1": "es" is R1; "OpenAI says its o1 model scores 96.4 percent on MATH-500": the test is named
  // nearest). For a draft, the models its own sentence names: a model its reading carried from before may be another
  // ("Im Programmiertest HumanEval erreicht R1 92 Prozent" after a sentence on GPT-4o). Two scores are another pair's
  // only where no model of the one is a model of the other.
  const named = (s: SentenceFacts) => s.names.filter((n) => n.entry.kind === 'model').map((n) => n.entry.canonical);
  const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
  if (disjoint(named(draftSentence), [...of(source, ['model']), ...named(sourceSentence)])) return true;
  const [draftBenchmarks, sourceBenchmarks] = [of(draft, ['other']), of(source, ['other'])];
  if (disjoint(draftBenchmarks, sourceBenchmarks)) return true;
  return draftBenchmarks.length > 0 && sourceBenchmarks.length === 0 && compareFigures(draft.figure, source.figure) !== 'agrees';
}
