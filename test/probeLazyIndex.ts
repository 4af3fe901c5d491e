/**
 * `node test/out/probeLazyIndex.js [articles]` (after `npm run build`): what a lazy cold index would cost, measured
 * before building one (issue 10). On the bench's generated corpus (test/benchSources.ts), in one process on one thread,
 * CPU milliseconds of: the floor (a remark parse of every file); the cheapest pass that still lets every lookup find
 * its sources (digests, the corpus-wide names, each sentence's names and concepts, postings of names and of number
 * tokens); and what it would leave to the first lookups (reading every sentence, its facts in context). Then which
 * sources the 20 KB draft's fact lookups reach: by their keys at all, through the facts a source files (what a source
 * read lazily, with only its concepts known, must be read for), and after narrowing (what the current index reads).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDraft, clearParseCache, parseMarkdown, runRules } from '../server/src/core';
import { conceptsOf, nameConcept } from '../server/src/core/context/concepts';
import { lookupKey } from '../server/src/core/facts/attributes';
import type { Fact } from '../server/src/core/facts/fact';
import { keysOf, type FactIndex } from '../server/src/core/facts/factIndex';
import { analyzeSentenceText } from '../server/src/core/analysis/analyzedSentence';
import { digestSource, type SourceDigest, type SourceInput } from '../server/src/core/sources';
import { corpusNameIndex, indexSources, mergeSource, storedMentions, type SourceFigure } from '../server/src/core/sources/sourceIndex';
import { isSkipped, readSourceFile, sourceInputOf } from '../server/src/node/sources/readSource';
import { draft20k } from './support/draft20k';
import { generateCorpus, writeCorpus } from './support/corpus';

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timed<T>(label: string, f: () => T): T {
  const start = cpuNow();
  const result = f();
  console.log(`${label.padEnd(58)}${(cpuNow() - start).toFixed(0).padStart(8)} ms`);
  return result;
}

async function inputsOf(corpus: string, files: string[]): Promise<SourceInput[]> {
  const inputs: SourceInput[] = [];
  for (const f of files) {
    const file = readSourceFile(join(corpus, f));
    const input = isSkipped(file) ? file : await sourceInputOf(file);
    if (isSkipped(input)) throw new Error(`${f} ${input.reason}`);
    inputs.push(input);
  }
  return inputs;
}

function cheapestPass(digests: SourceDigest[]): void {
  const names = timed('  corpus-wide names', () => corpusNameIndex(digests, []));
  const mentions = timed('  names found in every sentence', () => digests.map((d) => d.sentences.map((s) => names.find(s.sentence.text))));
  timed('  postings: name concepts, number tokens', () => {
    const byName = new Map<string, number[]>();
    const byNumber = new Map<string, number[]>();
    let n = 0;
    digests.forEach((d, i) =>
      d.sentences.forEach((s, k) => {
        n++;
        for (const m of mentions[i][k]) {
          const list = byName.get(nameConcept(m.entry.canonical));
          if (!list) byName.set(nameConcept(m.entry.canonical), [n]);
          else if (list[list.length - 1] !== n) list.push(n);
        }
        for (const token of s.sentence.text.matchAll(/\d+(?:[.,]\d+)*/g)) {
          const list = byNumber.get(token[0]);
          if (list) list.push(n);
          else byNumber.set(token[0], [n]);
        }
      }),
    );
    return [byName, byNumber];
  });
  timed('  concepts of every sentence (for the weights)', () => digests.map((d, i) => d.sentences.map((s, k) => conceptsOf(s.sentence.text, 0, s.sentence.text.length, mentions[i][k]))));
  timed('left to lookups: every sentence read (analyzeSentenceText)', () => digests.map((d, i) => d.sentences.map((s, k) => analyzeSentenceText(s.sentence.text, d.language, names, true, undefined, mentions[i][k]))));
  const mentionsOf = storedMentions(names, undefined);
  timed('left to lookups: merge (sentences, facts in context, quotes)', () => digests.map((d) => mergeSource(d, names, mentionsOf)));
}

/** The sources the draft's fact lookups reach: by any key, by a key some fact of theirs is filed under, after narrowing. */
function reach(inputs: SourceInput[]): void {
  const index = indexSources(inputs.map(digestSource));
  const sourceNo = new Map(index.sources.map((s, i) => [s, i]));
  const concepts = index.sources.map((s) => new Set([...index.sentencesOf(s)].flatMap((x) => [...x.facts.concepts].map(lookupKey))));
  const filed = index.sources.map(() => new Set<string>());
  for (const f of [...index.figures, ...index.derived]) for (const key of keysOf(f.fact)) filed[sourceNo.get(f.at.source)!].add(key);
  const lookups: Fact[] = [];
  const narrowed = new Set<number>();
  const watch = (facts: FactIndex<SourceFigure>) => {
    const candidates = facts.candidates.bind(facts);
    facts.candidates = (fact, narrowing) => {
      lookups.push(fact);
      const found = candidates(fact, narrowing);
      for (const c of found) narrowed.add(sourceNo.get(c.at.source)!);
      return found;
    };
  };
  watch(index.facts);
  watch(index.derivedFacts);
  clearParseCache();
  runRules(analyzeDraft(draft20k(), index), index);
  const byConcepts = new Set<number>();
  const byFiled = new Set<number>();
  for (const fact of lookups) {
    const keys = keysOf(fact);
    const wanted = [...fact.attributes.map(lookupKey), ...fact.entities.map(nameConcept)];
    concepts.forEach((c, i) => wanted.some((w) => c.has(w)) && byConcepts.add(i));
    filed.forEach((k, i) => keys.some((key) => k.has(key)) && byFiled.add(i));
  }
  console.log(`the 20 KB draft's ${lookups.length} fact lookups reach, of ${index.sources.length} sources:`);
  console.log(`  by a concept of theirs (an attribute or a name the lookup asks for) ${byConcepts.size}`);
  console.log(`  by a key their facts are filed under                             ${byFiled.size}`);
  console.log(`  with a candidate left after narrowing                            ${narrowed.size}`);
}

async function main(articles: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'newsproof-probe-lazy-'));
  const corpus = join(folder, 'sources');
  writeCorpus(corpus, generateCorpus(articles, 42, { extraSentences: [10, 30] }));
  try {
    const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => /\.(txt|md|html)$/.test(f)).sort();
    console.log(`${articles} articles, CPU ms, one thread:`);
    timed('floor: remark parse of every file', () => files.forEach((f) => parseMarkdown(readFileSync(join(corpus, f), 'utf8'))));
    const inputs = await inputsOf(corpus, files);
    console.log('cheapest pass that lets every lookup find its sources:');
    const digests = timed('  digests (read the format, sentences, name candidates)', () => inputs.map(digestSource));
    cheapestPass(digests);
    reach(inputs);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main(Number(process.argv[2] ?? 2_000));
