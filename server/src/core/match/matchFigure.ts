import { conceptOfWord } from '../context/concepts';
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
  /** Best first; for a contradicted figure the first is the one it contradicts. */
  evidence: FigureEvidence[];
}

/** An agreeing source figure this close to the best score still counts as the same fact. */
const SAME_FACT_SHARE = 0.6;

/**
 * Compares a draft figure only with source figures that state the same fact: same kind and unit, and a shared
 * context (names, words with the same meaning in either language), weighted by rarity and by closeness to the figure.
 */
export function matchFigure(figure: Figure, sentence: SentenceFacts, index: SourceIndex): FigureMatch {
  const evidence: FigureEvidence[] = [];
  for (const candidate of index.figures) {
    const source = candidate.figure;
    if (!sameUnitFamily(figure, source) || !sameCountedThing(figure, source)) continue;
    if (figure.range && source.range && figure.range !== source.range) continue;
    const shared = intersect(sentence.concepts, candidate.at.facts.concepts);
    const local = intersect(figure.localConcepts, source.localConcepts);
    // One shared generic word ("grew") is no shared fact: it takes a shared name or two shared concepts.
    const sharesName = [...shared].some((c) => c.startsWith('name:'));
    if (!sharesName && shared.size < 2) continue;
    const agreement = compareFigures(figure, source);
    if (agreement === 'differs' && !plausiblySameFact(figure, source)) continue;
    const score = 2 * weigh(local, index) + weigh(shared, index);
    evidence.push({ ...candidate, score, agreement, shared });
  }
  if (evidence.length === 0) return { status: 'unsourced', evidence };
  evidence.sort((a, b) => b.score - a.score);
  const best = evidence[0].score;
  const agreeing = evidence.find((e) => e.agreement === 'agrees' && e.score >= SAME_FACT_SHARE * best);
  if (agreeing) return { status: 'supported', evidence: [agreeing, ...evidence.filter((e) => e !== agreeing && e.agreement === 'agrees')] };
  return { status: 'contradicted', evidence };
}

function weigh(concepts: Set<string>, index: SourceIndex): number {
  let total = 0;
  for (const c of concepts) total += index.weight(c);
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
