import type { DocumentSymbol, Hover, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimsResult } from '../protocol';
import { CLAIM_STATUSES, textOf, type ClaimTable, type HoverAnswer } from './checkProtocol';
import { claimSymbol } from './convert';

/**
 * The answers of one checked version, made when asked (by the worker that checked it, from what the check kept): the
 * check itself makes only the diagnostics. Offsets are those of the checked text.
 */
export interface AnswerSource {
  hover(offset: number): Promise<HoverAnswer | undefined | typeof NOT_KEPT>;
  /** Semantic tokens, encoded as LSP sends them. */
  tokens(): Promise<Uint32Array | typeof NOT_KEPT>;
  claims(): Promise<ClaimTable | typeof NOT_KEPT>;
}

/**
 * The worker no longer keeps the version asked of: it kept a newer one (whose answers the store may not have heard of
 * yet: they come on another channel than the reply), or the draft was closed.
 */
export const NOT_KEPT = 'not kept';

/** How often a request is asked again of a newer version, and how long it waits for the store to hear of each. */
const RE_ASKS = 3;
const NEWER_ANSWERS_WAIT_MS = 2_000;

interface Stored {
  version: number;
  /** The text that was checked, to map offsets of a newer version onto it. */
  text: string;
  source: AnswerSource;
  /** Each answer asked for once per checked version (as it is being made, so a second request waits for the same). */
  hovers: Map<number, Promise<HoverAnswer | undefined | typeof NOT_KEPT>>;
  tokens?: Promise<Uint32Array | typeof NOT_KEPT>;
  claimTable?: Promise<ClaimTable | typeof NOT_KEPT>;
  claims?: ClaimsResult;
  symbols?: DocumentSymbol[];
}

/**
 * Hovers kept per checked version, by offset: moving the pointer across a word asks again at each character, and the
 * answer is the same. Bounded: the oldest go first.
 */
const HOVERS_KEPT = 512;

const NO_CLAIMS: ClaimsResult = { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } };

/** How the current text differs from the checked one: an equal start, an equal end, and a changed middle. */
interface TextChange {
  version: number;
  /** The checked text it was found against. */
  checked: string;
  prefix: number;
  /** Length of the equal end. */
  suffix: number;
  currentLength: number;
  checkedLength: number;
}

/** How long a request waits for the first check of a draft when there is nothing yet to answer from. */
const FIRST_ANSWERS_WAIT_MS = 3_000;

/**
 * The answers of the last finished check per open draft. Requests are answered from them at once, also while a newer
 * version is being checked: an offset in the unchanged start or end of the draft is mapped onto the checked text.
 */
export class AnswerStore {
  private readonly stored = new Map<string, Stored>();
  private readonly changes = new Map<string, TextChange>();
  private readonly firstWaiters = new Map<string, Array<() => void>>();
  /** Drafts whose answers were of sources that changed since: a request waits for their re-check's, as for first ones. */
  private readonly rechecking = new Set<string>();

  set(uri: string, version: number, text: string, source: AnswerSource): void {
    this.stored.set(uri, { version, text, source, hovers: new Map() });
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
    this.rechecking.delete(uri);
    for (const resolve of this.firstWaiters.get(uri) ?? []) resolve();
    this.firstWaiters.delete(uri);
  }

  clear(): void {
    this.stored.clear();
    this.changes.clear();
  }

  /**
   * The sources changed (on disk, or read again): the answers kept were made with the old ones, and would be answered
   * from them (a hover already made, or asked of the worker before it heard of the change). They are let go; a
   * request waits for the draft's re-check (briefly, as for its first answers), and answers from it.
   */
  sourcesChanged(): void {
    for (const uri of this.stored.keys()) this.rechecking.add(uri);
    this.clear();
  }

  /** The answers for a draft; a draft never checked yet is waited for, briefly, when `checking` says it is underway. */
  async answersFor(uri: string, checking: boolean): Promise<AnswerSource | undefined> {
    if (!this.stored.has(uri) && (checking || this.rechecking.has(uri))) await this.nextAnswers(uri, FIRST_ANSWERS_WAIT_MS);
    return this.stored.get(uri)?.source;
  }

  /** Resolves when the draft's next answers are set, the draft is closed, or after `milliseconds`. */
  private nextAnswers(uri: string, milliseconds: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.release(uri), milliseconds);
      this.firstWaiters.set(uri, [...(this.firstWaiters.get(uri) ?? []), () => (clearTimeout(timer), resolve())]);
    });
  }

  /**
   * An answer of the draft's last checked version that the store knows of. The worker may have kept a newer one before
   * the store hears of it (or a newer check may replace it while the answer is made): it is then asked again of the
   * newer one, a few times, so that a request never comes back empty because of that race. None when the draft is closed.
   */
  private async ofKept<T>(uri: string, ask: (stored: Stored) => Promise<T | typeof NOT_KEPT>): Promise<{ stored: Stored; answer: T } | undefined> {
    for (let asked = 0; asked <= RE_ASKS; asked++) {
      const stored = this.stored.get(uri);
      if (!stored) return undefined;
      const answer = await ask(stored);
      if (answer !== NOT_KEPT && this.stored.get(uri) === stored) return { stored, answer };
      // Not kept any more, and the newer answers not heard of yet: they are on their way (or the draft was closed).
      if (answer === NOT_KEPT && this.stored.get(uri) === stored) {
        await this.nextAnswers(uri, NEWER_ANSWERS_WAIT_MS);
        if (this.stored.get(uri) === stored) return undefined;
      }
      // Replaced meanwhile by a newer check, while answered from the older one: an answer of the newer one is asked for,
      // unless that was the last chance (then the older answer is better than none).
      else if (answer !== NOT_KEPT && asked === RE_ASKS) return { stored, answer };
    }
    return undefined;
  }

  /** The draft's claims as the worker sends them, asked for once per checked version. */
  private async claimTable(uri: string, checking: boolean): Promise<{ stored: Stored; table: ClaimTable } | undefined> {
    if (!(await this.answersFor(uri, checking))) return undefined;
    const asked = await this.ofKept(uri, (stored) => (stored.claimTable ??= stored.source.claims()));
    return asked && { stored: asked.stored, table: asked.answer };
  }

  /** The Claims view's claims: ranges as they were in the checked version. */
  async claims(uri: string, checking: boolean): Promise<ClaimsResult> {
    const asked = await this.claimTable(uri, checking);
    if (!asked) return NO_CLAIMS;
    const { stored, table: claims } = asked;
    if (!stored.claims) {
      const ranges = claimRanges(stored, claims);
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
    const asked = await this.claimTable(uri, checking);
    if (!asked) return [];
    const { stored, table: claims } = asked;
    if (!stored.symbols) {
      const ranges = claimRanges(stored, claims);
      stored.symbols = Array.from(claims.status, (status, i) => claimSymbol(textOf(claims, i), CLAIM_STATUSES[status], ranges[i]));
    }
    return stored.symbols;
  }

  async tokens(uri: string, checking: boolean): Promise<number[]> {
    if (!(await this.answersFor(uri, checking))) return [];
    const asked = await this.ofKept(uri, (stored) => (stored.tokens ??= stored.source.tokens()));
    return asked ? Array.from(asked.answer) : [];
  }

  /** The hover at `position` of the current document, from the last checked version. */
  async hover(document: TextDocument, position: Position, checking: boolean): Promise<Hover | null> {
    if (!(await this.answersFor(document.uri, checking))) return null;
    const offset = document.offsetAt(position);
    // In the part typed since the version asked of: none (its check will answer).
    const typed = Symbol('typed');
    const asked = await this.ofKept<HoverAnswer | undefined | typeof typed>(document.uri, (stored) => {
      const checkedOffset = toChecked(this.changeOf(document, stored), offset);
      if (checkedOffset === undefined) return Promise.resolve(typed);
      let hover = stored.hovers.get(checkedOffset);
      if (!hover) {
        if (stored.hovers.size >= HOVERS_KEPT) stored.hovers.delete(stored.hovers.keys().next().value!);
        stored.hovers.set(checkedOffset, (hover = stored.source.hover(checkedOffset)));
      }
      return hover;
    });
    if (!asked || asked.answer === typed || !asked.answer) return null;
    const { stored, answer: found } = asked as { stored: Stored; answer: HoverAnswer };
    // The text may have changed while the hover was made: its range is mapped as the document is now.
    const now = this.changeOf(document, stored);
    const start = toCurrent(now, found.start);
    const end = toCurrent(now, found.end, true);
    if (start === undefined || end === undefined) return null;
    return { contents: { kind: 'markdown', value: found.markdown }, range: { start: document.positionAt(start), end: document.positionAt(end) } };
  }

  private changeOf(document: TextDocument, stored: Stored): TextChange {
    const known = this.changes.get(document.uri);
    if (known?.version === document.version && known.checked === stored.text) return known;
    const current = document.getText();
    const checked = stored.text;
    const change: TextChange = { version: document.version, checked, prefix: 0, suffix: 0, currentLength: current.length, checkedLength: checked.length };
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

/** The claims' ranges in the checked version. */
function claimRanges(stored: Stored, claims: ClaimTable): Range[] {
  const document = TextDocument.create('', 'markdown', stored.version, stored.text);
  const { spans } = claims;
  const ranges: Range[] = [];
  for (let i = 0; i < spans.length; i += 2) ranges.push({ start: document.positionAt(spans[i]), end: document.positionAt(spans[i + 1]) });
  return ranges;
}
