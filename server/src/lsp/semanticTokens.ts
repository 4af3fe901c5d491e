import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftAnalysis } from '../core';
import { countBelow } from '../core/text/sortedSpans';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

const FIGURE = SEMANTIC_TOKEN_TYPES.indexOf('number');
const NAME = SEMANTIC_TOKEN_TYPES.indexOf('type');
const QUOTE = SEMANTIC_TOKEN_TYPES.indexOf('string');
const CONTRADICTED = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('contradicted');
const UNSOURCED = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('unsourced');

/**
 * Figures as numbers, names as types, quotations as strings: colours any theme already has. Tokens are kept as numbers in
 * arrays, not an object each: a 1 MB draft has 50,000 of them at every edit.
 */
export function semanticTokens(draft: DraftAnalysis, document: TextDocument): SemanticTokens {
  const tokens = new TokenList();
  // Indexed loops: this runs once per check, often before the optimising compiler has seen it, where each step of an
  // iterator is an object.
  for (let i = 0; i < draft.figures.length; i++) {
    const { span, match } = draft.figures[i];
    tokens.add(span.start, span.end, FIGURE, match.status === 'contradicted' ? CONTRADICTED : match.status === 'unsourced' ? UNSOURCED : 0);
  }
  for (let i = 0; i < draft.names.length; i++) tokens.add(draft.names[i].span.start, draft.names[i].span.end, NAME, 0);
  // A quotation is coloured around the figures and names inside it: tokens may not overlap.
  const inner = tokens.byStart();
  for (const q of draft.quotations) {
    let from = q.start;
    for (let i = tokens.countStartingBefore(inner, q.start); i < inner.length && tokens.starts[inner[i]] < q.end; i++) {
      const start = tokens.starts[inner[i]];
      const end = tokens.ends[inner[i]];
      if (end > q.end) continue;
      if (start > from) tokens.add(from, start, QUOTE, 0);
      from = Math.max(from, end);
    }
    if (q.end > from) tokens.add(from, q.end, QUOTE, 0);
  }
  const builder = new SemanticTokensBuilder();
  const text = document.getText();
  let covered = 0;
  const order = tokens.byStartThenLongest();
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    const tokenStart = tokens.starts[k];
    const tokenEnd = tokens.ends[k];
    if (tokenStart < covered) continue;
    covered = tokenEnd;
    // Tokens are single-line: a quotation across a line break becomes one token per line.
    let start = tokenStart;
    while (start < tokenEnd) {
      const position = document.positionAt(start);
      const lineEnd = Math.min(tokenEnd, document.offsetAt({ line: position.line + 1, character: 0 }));
      const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 10 ? lineEnd - 1 : lineEnd;
      if (end > start) builder.push(position.line, position.character, end - start, tokens.types[k], tokens.modifiers[k]);
      start = lineEnd > start ? lineEnd : tokenEnd;
    }
  }
  return builder.build();
}

/** Tokens as columns of numbers; orders are lists of their indexes, ties kept in the order the tokens were added. */
class TokenList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly types: number[] = [];
  readonly modifiers: number[] = [];

  add(start: number, end: number, type: number, modifiers: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.types.push(type);
    this.modifiers.push(modifiers);
  }

  byStart(): number[] {
    return this.indexes().sort((a, b) => this.starts[a] - this.starts[b] || a - b);
  }

  /** By start, and of tokens starting together the longest first. */
  byStartThenLongest(): number[] {
    return this.indexes().sort((a, b) => this.starts[a] - this.starts[b] || this.ends[b] - this.ends[a] || a - b);
  }

  /** How many of the tokens in `order` (by start) start before `at`. */
  countStartingBefore(order: number[], at: number): number {
    return countBelow(order.length, (i) => this.starts[order[i]], at);
  }

  private indexes(): number[] {
    const order = new Array<number>(this.starts.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order;
  }
}
