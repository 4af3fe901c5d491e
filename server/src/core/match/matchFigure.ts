import { conceptOfWord } from '../context/concepts';
import { GENERIC_CONCEPTS } from '../context/lexicon';
import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { Figure } from '../types';
import { compareFigures, sameUnitFamily, type Agreement } from './agreement';

export interface FigureEvidence extends SourceFigure {
  score: number;
  agreement: Agreement;
  /** Concepts the draft sentence shares with the source sentence, for bold highlighting. */
  shared: Set<string>;
}

export type FigureStatus = 'supported' | 'contradicted' | 'unsourced';

export interface FigureMatch {
  status: FigureStatus;
  /** Supported: the agreeing source figures, best first. Contradicted: the candidates, best (the contradicting one) first. */
  evidence: FigureEvidence[];
  /** Supported, but another source states the same fact differently (the sources disagree with each other). */
  conflicts: FigureEvidence[];
}

/** A multiplier that compares two things ("14 times cheaper than", "14-mal günstiger als") may be a derived ratio. */
const COMPARATIVE = /\b(than|als|cheaper|günstiger|billiger|teurer|costlier|expensive|fraction|bruchteil|less|weniger|more|mehr)\b/i;

/** An agreeing source figure this close to the best score still counts as the same fact. */
const SAME_FACT_SHARE = 0.6;

/**
 * Compares a draft figure only with source figures that state the same fact: same kind and unit, and a shared
 * context (names, words with the same meaning in either language), weighted by rarity and by closeness to the figure.
 */
export function matchFigure(figure: Figure, sentence: SentenceFacts, index: SourceIndex): FigureMatch {
  const evidence: FigureEvidence[] = [];
  const derived = figure.kind === 'percent' || figure.kind === 'percentagePoint' || (figure.kind === 'multiplier' && COMPARATIVE.test(sentence.text)) ? index.derived : [];
  for (const candidate of [...index.figures, ...derived]) {
    const comparison = compareAsSameFact(figure, sentence.concepts, candidate.figure, candidate.at.facts.concepts, index.weight);
    if (comparison) evidence.push({ ...candidate, ...comparison });
  }
  if (evidence.length === 0) return { status: 'unsourced', evidence, conflicts: [] };
  evidence.sort((a, b) => b.score - a.score);
  const sameFact = evidence.filter((e) => e.score >= SAME_FACT_SHARE * evidence[0].score);
  const agreeing = sameFact.filter((e) => e.agreement === 'agrees');
  if (agreeing.length === 0) {
    // Another article may state the draft's value for the same event, less prominently: then the sources disagree.
    const best = evidence[0];
    const otherSource = evidence.find((e) => e.agreement === 'agrees' && e.at.source !== best.at.source && isSameEvent(figure, e.figure) && isSameEvent(figure, best.figure));
    if (!otherSource) return { status: 'contradicted', evidence, conflicts: [] };
    return { status: 'supported', evidence: [otherSource], conflicts: [best] };
  }
  const agreeingSources = new Set(agreeing.map((e) => e.at.source));
  const conflicts = sameFact.filter((e) => e.agreement !== 'agrees' && !agreeingSources.has(e.at.source) && isSameEvent(figure, e.figure));
  return { status: 'supported', evidence: [...agreeing, ...evidence.filter((e) => e.agreement === 'agrees' && !agreeing.includes(e))], conflicts };
}

export interface SameFactComparison {
  score: number;
  agreement: Agreement;
  shared: Set<string>;
}

/**
 * Whether figure `b` (in a sentence with concepts `bConcepts`) can state the same fact as figure `a`, and if so how
 * strongly and whether they agree. Undefined: a different fact, never to be compared.
 */
export function compareAsSameFact(a: Figure, aConcepts: Set<string>, b: Figure, bConcepts: Set<string>, weight: (concept: string) => number): SameFactComparison | undefined {
  if (!sameUnitFamily(a, b) || !sameCountedThing(a, b)) return undefined;
  if (a.range && b.range && a.range !== b.range) return undefined;
  const shared = intersect(aConcepts, bConcepts);
  // One shared generic word ("grew") is no shared fact: it takes a shared name or two shared concepts.
  const sharesName = [...shared].some((c) => c.startsWith('name:'));
  if (!sharesName && shared.size < 2) return undefined;
  const agreement = compareFigures(a, b);
  if (agreement === 'differs' && (a.kind !== b.kind || !plausiblySameFact(a, b))) return undefined;
  const local = intersect(a.localConcepts, b.localConcepts);
  return { score: 2 * weigh(local, weight) + weigh(shared, weight), agreement, shared };
}

function weigh(concepts: Set<string>, weight: (concept: string) => number): number {
  let total = 0;
  for (const c of concepts) total += weight(c);
  return total;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}

/** A count of versions is no count of chips: counted nouns must mean the same thing when both are known. */
function sameCountedThing(draft: Figure, source: Figure): boolean {
  if (draft.kind !== 'count' || !draft.noun || !source.noun) return true;
  const a = draft.noun.split(' ').map(conceptOfWord).filter(Boolean);
  const b = source.noun.split(' ').map(conceptOfWord).filter(Boolean);
  if (a.length === 0 || b.length === 0) return draft.noun === source.noun;
  return a.some((c) => b.includes(c));
}

/** Values a factor of ten or more apart are about different things, unless only the scale word differs. */
function plausiblySameFact(draft: Figure, source: Figure): boolean {
  if (draft.kind === 'date' || draft.kind === 'year') return true;
  const d = Math.abs(draft.value);
  const s = Math.abs(source.value);
  if (d === 0 || s === 0) return false;
  return Math.max(d, s) / Math.min(d, s) < 10;
}

/**
 * Sources that disagree must disagree about the same event: the figures share a word for what happened (news,
 * founding, a fall) in their own clauses, and dates are of the same shape ("27. Januar 2025" and "20. Januar" can
 * disagree about a day; "Juli 2023" is about something else).
 */
function isSameEvent(draft: Figure, source: Figure): boolean {
  if (draft.kind === 'date' && (draft.date?.day === undefined) !== (source.date?.day === undefined)) return false;
  return [...intersect(draft.localConcepts, source.localConcepts)].some((c) => !c.startsWith('name:') && !GENERIC_CONCEPTS.has(c));
}
