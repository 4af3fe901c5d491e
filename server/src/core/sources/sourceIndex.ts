import { analyzeSentenceText, type SentenceFacts } from '../analysis/analyzedSentence';
import { detectLanguage } from '../text/language';
import { splitSentences } from '../text/sentences';
import { deriveFigures } from '../figures/deriveFigures';
import { quotationsOfBlock, type Quotation } from '../quotes/quotesOfBlock';
import { extractNameCandidates } from '../names/extractNames';
import { buildNameIndex, type GlossaryName, type NameIndex } from '../names/nameIndex';
import type { Figure, Language, Sentence } from '../types';
import { ingestSource, type IngestedSource, type SourceInput } from './ingest';
import { FactIndex } from '../facts/factIndex';
import type { Fact } from '../facts/fact';
import { readDocumentFacts } from '../facts/readDocumentFacts';
import { looksLikeHeading } from '../facts/carryContext';

export interface SourceSentence {
  source: IngestedSource;
  sentence: Sentence;
  facts: SentenceFacts;
  /** 1-based line of the sentence's start in the source file. */
  line: number;
  /** 1-based line and column of start and end, for a link that selects the sentence. */
  position: { startLine: number; startColumn: number; endLine: number; endColumn: number };
}

export interface SourceQuotation extends Quotation {
  at: SourceSentence;
}

export interface SourceFigure {
  figure: Figure;
  at: SourceSentence;
  /** What the figure states: about whom, what and when, with context carried from earlier sentences. */
  fact: Fact;
}

/** Everything the sources state, built once and kept in memory. */
export interface SourceIndex {
  sources: IngestedSource[];
  sentences: SourceSentence[];
  figures: SourceFigure[];
  /** Ratios and differences the sources imply (see deriveFigures). */
  derived: SourceFigure[];
  quotations: SourceQuotation[];
  names: NameIndex;
  /** `figures` and `derived`, filed by what they state (facts/factIndex.ts). */
  facts: FactIndex<SourceFigure>;
  derivedFacts: FactIndex<SourceFigure>;
  /** Inverse document frequency of each concept over the source sentences: rare shared words weigh more. */
  weight(concept: string): number;
}

export function buildSourceIndex(inputs: SourceInput[], glossary: GlossaryName[] = []): SourceIndex {
  const sources = inputs.map(ingestSource);
  const split = sources.flatMap((source) => {
    const language: Language = detectLanguage(source.blocks.map((b) => b.text).join('\n'), undefined, 'de');
    return source.blocks.flatMap((block, blockIndex) => splitSentences(block).map((sentence) => ({ source, sentence, language, blockIndex })));
  });
  const candidates = split.flatMap(({ sentence }) => extractNameCandidates(sentence.text));
  const names = buildNameIndex(candidates, sources.map((s) => s.input.text), glossary);

  const sentences: SourceSentence[] = split.map(({ source, sentence, language }) => {
    const start = lineAndColumn(source.input.text, sentence.start);
    const end = lineAndColumn(source.input.text, sentence.end);
    return {
      source,
      sentence,
      facts: analyzeSentenceText(sentence.text, language, names, true),
      line: start.line,
      position: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
    };
  });
  const facts = readDocumentFacts(sentences.map((at, i) => ({ facts: at.facts, block: `${sources.indexOf(at.source)}:${split[i].blockIndex}`, heading: at.sentence.heading || looksLikeHeading(at.sentence.text) })));
  const figures: SourceFigure[] = sentences.flatMap((at, i) => at.facts.figures.map((figure, k) => ({ figure, at, fact: facts[i][k] })));
  const derived: SourceFigure[] = sentences.flatMap((at, i) => deriveFigures(at.facts.figures).map((figure) => ({ figure, at, fact: derivedFact(figure, facts[i]) })));

  const quotations: SourceQuotation[] = [];
  for (const source of sources) {
    const own = sentences.filter((s) => s.source === source);
    for (const block of source.blocks) {
      for (const q of quotationsOfBlock(block, names)) {
        const at = own.find((s) => s.sentence.start <= q.start && q.start < s.sentence.end);
        if (at) quotations.push({ ...q, at });
      }
    }
  }

  const documentFrequency = new Map<string, number>();
  for (const s of sentences) for (const c of s.facts.concepts) documentFrequency.set(c, (documentFrequency.get(c) ?? 0) + 1);
  const total = Math.max(1, sentences.length);
  const weight = (concept: string) => Math.log(1 + total / (documentFrequency.get(concept) ?? total));
  return { sources, sentences, figures, derived, quotations, names, weight, facts: new FactIndex(figures), derivedFacts: new FactIndex(derived) };
}

/** A ratio or difference is about what both its figures are about. */
function derivedFact(figure: Figure, sentenceFacts: Fact[]): Fact {
  const [a, b] = figure.derivedFrom!.map((f) => sentenceFacts.find((x) => x.figure === f)!);
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return { figure, entities: union(a.entities, b.entities), attributes: union(a.attributes, b.attributes), ...(a.time ? { time: a.time, timeFrom: a.timeFrom } : {}) };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
