import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import { compareFigures } from './agreement';
import type { NameKind } from '../types';
import { measuredAgainst } from '../facts/measuredAgainst';
import { namedBeside } from '../facts/namedBeside';

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
  const of = (f: Fact, kinds: NameKind[]) => f.entities.filter((e) => kinds.includes(kindOf(e) ?? 'place') && !f.places?.includes(e));
  // A value on a benchmark a source score names is a score there too, in whatever words it is given ("credits R1 with
  // 89% on MATH-500", „kam auf 89 Prozent bei MATH-500“).
  const isScore = (f: Fact) => f.attributes.includes('benchmark') || of(f, ['other']).some((b) => of(source, ['other']).includes(b));
  if (!source.attributes.includes('benchmark') || !isScore(draft)) return false;
  // A gap or a ratio of two scores is between them, whoever else its sentence names.
  if ([draft, source].some((f) => f.figure.derivedFrom !== undefined || f.figure.kind === 'percentagePoint')) return false;
  // Whose a score is: for a source, the models its fact reads and the models its sentence names, both ("erreicht es 92 %
  // … wie OpenAI o1": "es" is R1; "OpenAI says its o1 model scores 96.4 percent on MATH-500": the test is named
  // nearest). For a draft, the models its own sentence names: a model its reading carried from before may be another
  // ("Im Programmiertest HumanEval erreicht R1 92 Prozent" after a sentence on GPT-4o). Two scores are another pair's
  // only where no model of the one is a model of the other.
  const models = (s: SentenceFacts) => s.names.filter((n) => n.entry.kind === 'model').map((n) => n.entry.canonical);
  const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
  const sourceModels = [...of(source, ['model']), ...models(sourceSentence)];
  if (disjoint(models(draftSentence), sourceModels)) return true;
  // A model a sentence names only as the measure ("on a par with OpenAI's o1") or beside its subject ("the distilled
  // models DeepSeek published alongside R1") is no model whose score it gives.
  const asides = (s: SentenceFacts) => new Set([...measuredAgainst(s.text, s.names), ...namedBeside(s.text, s.names)].map((n) => n.entry.canonical));
  const [draftAsides, sourceAsides] = [asides(draftSentence), asides(sourceSentence)];
  const draftOwn = models(draftSentence).filter((m) => !draftAsides.has(m));
  // A draft that names a model only so, and another as its own, is not about the score a source gives the first as its
  // own ("R1 … 89% on MATH-500, on a par with OpenAI's o1" against "OpenAI says its o1 model scores 96.4 percent on
  // MATH-500"), unless the source gives it to the draft's own model too.
  const sourceOwn = sourceModels.filter((m) => !sourceAsides.has(m));
  if (draftOwn.length > 0 && sourceOwn.some((m) => draftAsides.has(m)) && !sourceOwn.some((m) => draftOwn.includes(m))) return true;
  // A source score read as the score of a model its sentence names only so is someone's it leaves unnamed ("the
  // distilled models DeepSeek published alongside R1 …: the Qwen-based 32B version reaches 72.6 percent"): no value of
  // the model a draft names, unless it bears it out.
  const readModels = of(source, ['model']);
  const scoredUnnamed = readModels.length > 0 && readModels.every((m) => sourceAsides.has(m));
  if (draftOwn.length > 0 && scoredUnnamed && compareFigures(draft.figure, source.figure) !== 'agrees') return true;
  const [draftBenchmarks, sourceBenchmarks] = [of(draft, ['other']), of(source, ['other'])];
  if (disjoint(draftBenchmarks, sourceBenchmarks)) return true;
  return draftBenchmarks.length > 0 && sourceBenchmarks.length === 0 && compareFigures(draft.figure, source.figure) !== 'agrees';
}
