import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftAnalysis, Span } from '../core';
import { countStartingBefore } from '../core/text/sortedSpans';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol';

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

interface Token extends Span {
  type: number;
  modifiers: number;
}

const FIGURE = SEMANTIC_TOKEN_TYPES.indexOf('number');
const NAME = SEMANTIC_TOKEN_TYPES.indexOf('type');
const QUOTE = SEMANTIC_TOKEN_TYPES.indexOf('string');
const CONTRADICTED = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('contradicted');
const UNSOURCED = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('unsourced');

/** Figures as numbers, names as types, quotations as strings: colours any theme already has. */
export function semanticTokens(draft: DraftAnalysis, document: TextDocument): SemanticTokens {
  const tokens: Token[] = [
    ...draft.figures.map((f) => ({ ...f.span, type: FIGURE, modifiers: f.match.status === 'contradicted' ? CONTRADICTED : f.match.status === 'unsourced' ? UNSOURCED : 0 })),
    ...draft.names.map((n) => ({ ...n.span, type: NAME, modifiers: 0 })),
  ];
  // A quotation is coloured around the figures and names inside it: tokens may not overlap.
  const inner = [...tokens].sort((a, b) => a.start - b.start);
  for (const q of draft.quotations) {
    let from = q.start;
    for (let i = countStartingBefore(inner, q.start); i < inner.length && inner[i].start < q.end; i++) {
      const inside = inner[i];
      if (inside.end > q.end) continue;
      if (inside.start > from) tokens.push({ start: from, end: inside.start, type: QUOTE, modifiers: 0 });
      from = Math.max(from, inside.end);
    }
    if (q.end > from) tokens.push({ start: from, end: q.end, type: QUOTE, modifiers: 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const builder = new SemanticTokensBuilder();
  const text = document.getText();
  let covered = 0;
  for (const token of tokens) {
    if (token.start < covered) continue;
    covered = token.end;
    // Tokens are single-line: a quotation across a line break becomes one token per line.
    let start = token.start;
    while (start < token.end) {
      const position = document.positionAt(start);
      const lineEnd = Math.min(token.end, document.offsetAt({ line: position.line + 1, character: 0 }));
      const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 10 ? lineEnd - 1 : lineEnd;
      if (end > start) builder.push(position.line, position.character, end - start, token.type, token.modifiers);
      start = lineEnd > start ? lineEnd : token.end;
    }
  }
  return builder.build();
}

