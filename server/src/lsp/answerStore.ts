import type { DocumentSymbol, Hover, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimsResult } from '../protocol';
import { CLAIM_STATUSES, textOf, type Answers, type HoverLayer } from './checkProtocol';
import { claimSymbol } from './convert';

interface Stored {
  version: number;
  /** The text that was checked, to map offsets of a newer version onto it. */
  text: string;
  answers: Answers;
  /** Made from the answers when first asked for. */
  claims?: ClaimsResult;
  symbols?: DocumentSymbol[];
}

const NO_CLAIMS: ClaimsResult = { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } };

/** How the current text differs from the checked one: an equal start, an equal end, and a changed middle. */
interface TextChange {
  version: number;
  prefix: number;
  /** Length of the equal end. */
  suffix: number;
  currentLength: number;
  checkedLength: number;
}

/** How long a request waits for the first check of a draft when there is nothing yet to answer from. */
const FIRST_ANSWERS_WAIT_MS = 3_000;

/**
 * The last complete answers per open draft. Requests are answered from them at once, also while a newer version
 * is being checked: an offset in the unchanged start or end of the draft is mapped onto the checked text.
 */
export class AnswerStore {
  private readonly stored = new Map<string, Stored>();
  private readonly changes = new Map<string, TextChange>();
  private readonly firstWaiters = new Map<string, Array<() => void>>();

  set(uri: string, version: number, text: string, answers: Answers): void {
    this.stored.set(uri, { version, text, answers });
    this.changes.delete(uri);
    this.release(uri);
  }

  delete(uri: string): void {
    this.stored.delete(uri);
    this.changes.delete(uri);
    this.release(uri);
  }

  /** Lets whoever waits for a draft's first answers go on (with none): the draft is closed, or they waited long enough. */
  private release(uri: string): void {
    for (const resolve of this.firstWaiters.get(uri) ?? []) resolve();
    this.firstWaiters.delete(uri);
  }

  clear(): void {
    this.stored.clear();
    this.changes.clear();
  }

  /** The answers for a draft; a draft never checked yet is waited for, briefly, when `checking` says it is underway. */
  async answersFor(uri: string, checking: boolean): Promise<Answers | undefined> {
    if (!this.stored.has(uri) && checking) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => this.release(uri), FIRST_ANSWERS_WAIT_MS);
        this.firstWaiters.set(uri, [...(this.firstWaiters.get(uri) ?? []), () => (clearTimeout(timer), resolve())]);
      });
    }
    return this.stored.get(uri)?.answers;
  }

  /** The Claims view's claims: ranges as they were in the checked version. */
  async claims(uri: string, checking: boolean): Promise<ClaimsResult> {
    if (!(await this.answersFor(uri, checking))) return NO_CLAIMS;
    const stored = this.stored.get(uri)!;
    if (!stored.claims) {
      const { claims } = stored.answers;
      const ranges = claimRanges(stored);
      const counts = { supported: 0, contradicted: 0, unsourced: 0 };
      stored.claims = {
        claims: Array.from(claims.status, (_, i) => {
          const text = textOf(claims, i);
          const status = CLAIM_STATUSES[claims.status[i]];
          counts[status]++;
          const evidence = [];
          for (let k = claims.evidenceStarts[i]; k < claims.evidenceStarts[i + 1]; k++) evidence.push(claims.evidence[claims.evidenceIds[k]]);
          return { range: ranges[i], status, text, evidence };
        }),
        counts,
      };
    }
    return stored.claims;
  }

  /** The Outline: one symbol per claim. */
  async symbols(uri: string, checking: boolean): Promise<DocumentSymbol[]> {
    if (!(await this.answersFor(uri, checking))) return [];
    const stored = this.stored.get(uri)!;
    if (!stored.symbols) {
      const { claims } = stored.answers;
      const ranges = claimRanges(stored);
      stored.symbols = Array.from(claims.status, (status, i) => claimSymbol(textOf(claims, i), CLAIM_STATUSES[status], ranges[i]));
    }
    return stored.symbols;
  }

  async tokens(uri: string, checking: boolean): Promise<number[]> {
    const answers = await this.answersFor(uri, checking);
    return answers ? Array.from(answers.tokens) : [];
  }

  /** The hover at `position` of the current document, from the last checked version. */
  async hover(document: TextDocument, position: Position, checking: boolean): Promise<Hover | null> {
    if (!(await this.answersFor(document.uri, checking))) return null;
    const stored = this.stored.get(document.uri)!;
    const change = this.changeOf(document, stored);
    const offset = document.offsetAt(position);
    const checkedOffset = toChecked(change, offset);
    if (checkedOffset === undefined) return null; // in the part typed since: wait for its check
    const { hovers } = stored.answers;
    for (const layer of hovers.layers) {
      const i = itemAt(layer, checkedOffset);
      if (i < 0) continue;
      const start = toCurrent(change, layer.starts[i]);
      const end = toCurrent(change, layer.ends[i], true);
      if (start === undefined || end === undefined) return null;
      return { contents: { kind: 'markdown', value: textOf(hovers, layer.markdown[i]) }, range: { start: document.positionAt(start), end: document.positionAt(end) } };
    }
    return null;
  }

  private changeOf(document: TextDocument, stored: Stored): TextChange {
    const known = this.changes.get(document.uri);
    if (known?.version === document.version) return known;
    const current = document.getText();
    const checked = stored.text;
    const change: TextChange = { version: document.version, prefix: 0, suffix: 0, currentLength: current.length, checkedLength: checked.length };
    if (current !== checked) {
      const shorter = Math.min(current.length, checked.length);
      while (change.prefix < shorter && current.charCodeAt(change.prefix) === checked.charCodeAt(change.prefix)) change.prefix++;
      while (change.suffix < shorter - change.prefix && current.charCodeAt(current.length - 1 - change.suffix) === checked.charCodeAt(checked.length - 1 - change.suffix)) change.suffix++;
    } else change.prefix = current.length;
    this.changes.set(document.uri, change);
    return change;
  }
}

/** A current offset on the checked text; undefined inside the changed middle. */
function toChecked(change: TextChange, offset: number): number | undefined {
  if (offset < change.prefix) return offset;
  if (offset >= change.currentLength - change.suffix) return offset - (change.currentLength - change.checkedLength);
  return undefined;
}

/** A checked offset (an item's start, or its end) on the current text; undefined inside the changed middle. */
function toCurrent(change: TextChange, offset: number, isEnd = false): number | undefined {
  if (offset < change.prefix || (isEnd && offset === change.prefix)) return offset;
  if (offset >= change.checkedLength - change.suffix) return offset + (change.currentLength - change.checkedLength);
  return undefined;
}

/** The first item (in document order) of a layer sorted by start that contains `offset`, or −1. */
function itemAt(layer: HoverLayer, offset: number): number {
  let lo = 0;
  let hi = layer.starts.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layer.starts[mid] <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let found = -1;
  // Items of one kind rarely nest; a few steps back find any that still reaches over the offset.
  for (let i = last; i >= 0 && i > last - 32; i--) if (layer.ends[i] > offset) found = i;
  return found;
}

/** The claims' ranges in the checked version. */
function claimRanges(stored: Stored): Range[] {
  const document = TextDocument.create('', 'markdown', stored.version, stored.text);
  const { spans } = stored.answers.claims;
  const ranges: Range[] = [];
  for (let i = 0; i < spans.length; i += 2) ranges.push({ start: document.positionAt(spans[i]), end: document.positionAt(spans[i + 1]) });
  return ranges;
}
