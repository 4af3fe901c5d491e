import type { DraftAnalysis, DraftFigure, DraftName } from '../analysis/analyzeDraft';
import { nameConcept } from '../context/concepts';
import type { SourceIndex } from '../sources/sourceIndex';
import { escapeMarkdown, moreLine, renderSourceQuote } from './sourceQuote';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

const KIND_LABEL: Record<string, string> = { person: 'person', organisation: 'organisation', model: 'AI model', chip: 'chip', place: 'place', other: 'name' };

/** The hover for whatever figure or name lies at `offset`, or undefined. */
export function hoverAt(draft: DraftAnalysis, index: SourceIndex, offset: number, maxQuotes = 3): HoverResult | undefined {
  const figure = draft.figures.find((f) => f.span.start <= offset && offset < f.span.end);
  if (figure) return { markdown: figureHover(figure, maxQuotes), ...figure.span };
  const name = draft.names.find((n) => n.span.start <= offset && offset < n.span.end);
  if (name) return { markdown: nameHover(name, index, maxQuotes), ...name.span };
  return undefined;
}

export function figureHover(f: DraftFigure, maxQuotes: number): string {
  const { match } = f;
  const head = `**${escapeMarkdown(f.figure.text)}**`;
  if (match.status === 'unsourced') return `${head}: no source states this figure.`;
  const best = match.evidence[0];
  const status = match.status === 'supported' ? 'supported by the sources' : `the source says **${escapeMarkdown(best.figure.text)}**`;
  // One quote per source sentence: the first (best) figure in it is the one in bold.
  const bySentence = match.evidence.filter((e, i) => match.evidence.findIndex((o) => o.at === e.at) === i);
  const shown = bySentence.slice(0, maxQuotes);
  const quotes = shown.map((e) => renderSourceQuote(e.at, e.figure.derivedFrom ?? [e.figure], e.shared)).join('\n\n');
  return `${head}: ${status}.\n\n${quotes}${moreLine(bySentence.length, shown.length)}`;
}

export function nameHover(n: DraftName, index: SourceIndex, maxQuotes: number): string {
  const { entry } = n.mention;
  const concept = nameConcept(entry.canonical);
  const role = entry.kind === 'person' && entry.role ? ` — ${escapeMarkdown(entry.role)}` : '';
  const head = `**${escapeMarkdown(entry.canonical)}** (${KIND_LABEL[entry.kind]})${role}`;
  const shared = new Set([...n.at.facts.concepts].filter((c) => c !== concept));
  const mentioning = index.sentences
    .filter((s) => s.facts.names.some((m) => m.entry === entry))
    .map((s) => ({ s, score: [...shared].filter((c) => s.facts.concepts.has(c)).reduce((sum, c) => sum + index.weight(c), 0) }))
    .sort((a, b) => b.score - a.score);
  const shown = mentioning.slice(0, maxQuotes);
  const quotes = shown.map(({ s }) => renderSourceQuote(s, s.facts.names.filter((m) => m.entry === entry))).join('\n\n');
  return `${head}\n\n${quotes}${moreLine(mentioning.length, shown.length)}`;
}
