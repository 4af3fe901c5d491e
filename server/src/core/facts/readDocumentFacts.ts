import type { SentenceFacts } from '../analysis/analyzedSentence';
import { ContextCarrier } from './carryContext';
import type { Fact } from './fact';
import { documentTime } from './documentTime';
import { readFacts } from './readFacts';

export interface SentenceInDocument {
  facts: SentenceFacts;
  /** Sentences of one block (paragraph, list item, table cell, heading) share this key; blocks come in order. */
  block: string;
  heading?: boolean;
}

/** The facts of every sentence of one or more documents in order, each sentence with the context of those before it. */
export function readDocumentFacts(sentences: SentenceInDocument[]): Fact[][] {
  const carrier = new ContextCarrier();
  const figuresOf = new Map<string, SentenceFacts['figures']>();
  for (const s of sentences) {
    const doc = documentOf(s);
    const list = figuresOf.get(doc);
    if (list) list.push(...s.facts.figures);
    else figuresOf.set(doc, [...s.facts.figures]);
  }
  let block: string | undefined;
  let document: string | undefined;
  return sentences.map((s, i) => {
    const doc = documentOf(s);
    if (doc !== document) {
      carrier.reset(documentTime(figuresOf.get(doc)!));
      document = doc;
    }
    if (s.block !== block) {
      block = s.block;
      carrier.startBlock(Boolean(s.heading));
    }
    const next = sentences[i + 1]?.block === s.block ? sentences[i + 1].facts : undefined;
    // A fact is a figure's: a sentence without one has none, and the context it would be given (costly to gather, a
    // source's sentences mostly state no figure) is not gathered.
    const facts = s.facts.figures.length ? readFacts(s.facts, carrier.context(), next) : [];
    carrier.record(s.facts, facts);
    return facts;
  });
}

/** The document a sentence's block key names: what comes before its first colon. */
function documentOf(s: SentenceInDocument): string {
  const colon = s.block.indexOf(':');
  return colon < 0 ? s.block : s.block.slice(0, colon);
}
