/**
 * The answers a check worker gives when the editor asks: a hover, the semantic tokens, the claims, made from the
 * analysis of the draft's last finished check (complete, or partial), not for every figure at every check. Made for
 * every figure, name, quotation and claim at each check, they were the last and highest step of a 1 MB draft's open
 * (session 44, in-process: 305–363 MB after them against 275–310 MB after the diagnostics), for hovers nobody asked for.
 */
import { claimsOf, hoverLayersUtf8, type Claim, type DraftAnalysis, type DraftFigure, type HoverUtf8, type Span } from '../core';
import { insideQuotedSource, type DraftQuotation, type DraftSentence } from '../core/analysis/draft';
import { quotationOfWrongSpeaker } from '../core/hover/misattributedSpeaker';
import { kept } from '../core/text/fitted';
import { utf8Chars } from '../core/text/utf8Chars';
import type { SourceSentence } from '../core';
import type { SourceSentenceInfo } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CLAIM_STATUSES, type AnswerRequest, type CheckJob, type ClaimTable, type HoverAnswer, type Utf8Texts } from './checkProtocol';
import { claimText, toSourceSentenceInfo } from './convert';
import { semanticTokens } from './semanticTokens';
import type { LoadedIndex } from '../worker/sourceIndex';

/**
 * What a finished check of one version of a draft leaves to answer from (complete, or partial: what it read): its
 * analysis and the sources it was read with.
 */
export class KeptAnalysis {
  constructor(
    readonly job: Pick<CheckJob, 'version' | 'settings' | 'locale'>,
    private readonly analysis: DraftAnalysis,
    private readonly document: TextDocument,
    private readonly loaded: LoadedIndex,
  ) {}

  get version(): number {
    return this.job.version;
  }

  /**
   * The hover at `offset` of the checked text, as the hovers made for the whole draft answered it: of figures, then
   * names, then quotations, then claims, the first kind with one there; of that kind the one that starts first.
   */
  hover(offset: number): HoverAnswer | undefined {
    if (!this.job.settings.enable) return undefined;
    const { analysis } = this;
    const there = (span: Span) => span.start <= offset && offset < span.end;
    const none = { ...analysis, figures: [], names: [], quotations: [] };
    // What lies inside a quotation of the sources is answered by the quotation's hover, as against the whole draft.
    const kinds: Array<() => HoverUtf8[]> = [
      () => this.layer({ ...none, figures: analysis.figures.filter((f) => there(f.span) && !insideQuotedSource(analysis, f.span)) }, [], 0),
      () => this.layer({ ...none, names: analysis.names.filter((n) => there(n.span) && !insideQuotedSource(analysis, n.span) && !quotationOfWrongSpeaker(analysis, n.span)) }, [], 1),
      // A quotation's hover is also its wrongly named speaker's.
      () => this.layer({ ...none, quotations: analysis.quotations.filter((q) => there(q) || (q.speaker !== undefined && there(q.speaker.span))) }, [], 2),
      () => this.layer(none, this.claimsAt(offset), 3),
    ];
    for (const kind of kinds) {
      let first: HoverUtf8 | undefined;
      for (const h of kind()) if (there(h) && (!first || h.start < first.start)) first = h;
      if (first) return { start: first.start, end: first.end, markdown: Buffer.from(first.utf8, 'latin1').toString('utf8') };
    }
    return undefined;
  }

  private layer(draft: DraftAnalysis, claims: Claim[], kind: number): HoverUtf8[] {
    return hoverLayersUtf8(draft, this.loaded.index, claims, this.job.settings.maxHoverQuotes, this.job.locale)[kind];
  }

  /** The claims of the sentences at `offset`: each worked out with only its sentence's figures and quotations. */
  private claimsAt(offset: number): Claim[] {
    const claims: Claim[] = [];
    for (const at of this.analysis.sentences) {
      if (at.sentence.start > offset || offset >= at.sentence.end) continue;
      const claim = claimOfSentence(at, this.analysis.figures.filter((f) => f.at === at), this.quotationsIn(at.sentence), this.analysis, this.loaded);
      if (claim) claims.push(claim);
    }
    return claims;
  }

  private quotationsIn(span: Span): DraftQuotation[] {
    return this.analysis.quotations.filter((q) => q.end > span.start && q.start < span.end).sort((a, b) => a.start - b.start);
  }

  /** Semantic tokens, encoded as LSP sends them. */
  tokens(): Uint32Array {
    if (!this.job.settings.enable) return new Uint32Array(0);
    return Uint32Array.from(semanticTokens(this.analysis, this.document).data);
  }

  /** Every claim of the draft, for the Claims view and the Outline. */
  claims(): ClaimTable {
    return claimTable(this.job.settings.enable ? claimsPerSentence(this.analysis, this.loaded) : [], this.loaded);
  }

  answer(request: AnswerRequest): HoverAnswer | null | Uint32Array | ClaimTable {
    switch (request.kind) {
      case 'hover':
        return this.hover(request.offset) ?? null;
      case 'tokens':
        return this.tokens();
      case 'claims':
        return this.claims();
    }
  }
}

/** Claims as a ClaimTable: each source sentence of the evidence once, however many claims it backs. */
function claimTable(claims: Claim[], loaded: LoadedIndex): ClaimTable {
  const evidence: SourceSentenceInfo[] = [];
  const evidenceId = new Map<SourceSentence, number>();
  const evidenceIds: number[] = [];
  const evidenceStarts = new Int32Array(claims.length + 1);
  const spans = new Int32Array(claims.length * 2);
  const status = new Uint8Array(claims.length);
  const texts: string[] = [];
  claims.forEach((c, i) => {
    spans[2 * i] = c.start;
    spans[2 * i + 1] = c.end;
    status[i] = CLAIM_STATUSES.indexOf(c.status);
    texts.push(claimTextOf(c));
    evidenceStarts[i] = evidenceIds.length;
    for (const at of c.evidence) {
      let id = evidenceId.get(at);
      if (id === undefined) evidenceId.set(at, (id = evidence.push(toSourceSentenceInfo(at, loaded.sourceDocs)) - 1));
      evidenceIds.push(id);
    }
  });
  evidenceStarts[claims.length] = evidenceIds.length;
  return { spans, status, ...utf8Texts(texts), evidenceStarts, evidenceIds: Int32Array.from(evidenceIds), evidence };
}

/**
 * A claim's sentence on one line, made once per sentence (the same object while its block is unchanged), as its UTF-8
 * bytes, one character per byte: a sentence with a dash or „“ is two bytes a character as it is.
 */
const claimTexts = new WeakMap<object, string>();
function claimTextOf(claim: Claim): string {
  let text = claimTexts.get(claim.at.sentence);
  if (text === undefined) claimTexts.set(claim.at.sentence, (text = utf8Chars(claimText(claim))));
  return text;
}

/** Claims are found per sentence with only that sentence's figures and quotations at hand, which keeps this linear. */
function claimsPerSentence(analysis: DraftAnalysis, loaded: LoadedIndex): Claim[] {
  const figuresOf = new Map<DraftSentence, DraftFigure[]>();
  for (const f of analysis.figures) {
    const list = figuresOf.get(f.at);
    if (list) list.push(f);
    else figuresOf.set(f.at, [f]);
  }
  const quotations = [...analysis.quotations].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  let q = 0;
  for (let i = 0; i < analysis.sentences.length; i++) {
    const at = analysis.sentences[i];
    const { start, end } = at.sentence;
    // Quotations never overlap each other, so sorted by start they are sorted by end too.
    while (q < quotations.length && quotations[q].end <= start) q++;
    const near: DraftQuotation[] = [];
    for (let k = q; k < quotations.length && quotations[k].start < end; k++) near.push(quotations[k]);
    const claim = claimOfSentence(at, figuresOf.get(at) ?? [], near, analysis, loaded);
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * A sentence's claim follows from its facts, its figures' matches and the quotations in it (all kept while its block
 * is unchanged, the matches per context the sentence is read in): the same ones after an edit elsewhere give the same
 * claim, so it is not worked out again. A date judged by the events it dates gets a new match, and so a new claim.
 */
const knownClaims = new WeakMap<object, { heading: boolean; matches: object[]; quotations: object[]; claim: Pick<Claim, 'status' | 'evidence'> | undefined }>();

function claimOfSentence(at: DraftSentence, figures: DraftFigure[], quotations: DraftQuotation[], analysis: DraftAnalysis, loaded: LoadedIndex): Claim | undefined {
  const heading = Boolean(at.sentence.heading);
  const matches = figures.map((f) => f.match);
  const same = (a: object[], b: object[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  let known = knownClaims.get(at.facts);
  if (!known || known.heading !== heading || !same(known.matches, matches) || !same(known.quotations, quotations)) {
    const claim = claimsOf({ ...analysis, sentences: [at], figures, quotations }, loaded.index)[0];
    // The sentence's quotations at their size (a list filled by push keeps room for 17).
    knownClaims.set(at.facts, (known = { heading, matches, quotations: kept(quotations), claim: claim && { status: claim.status, evidence: claim.evidence } }));
  }
  return known.claim && { start: at.sentence.start, end: at.sentence.end, at, ...known.claim };
}

/** Texts given as their UTF-8 bytes, one character per byte (core/text/utf8Chars.ts), as one buffer of their own. */
function utf8Texts(texts: string[]): Utf8Texts {
  const textStarts = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (textStarts[i + 1] = textStarts[i] + t.length));
  // An ArrayBuffer of its own (not a view of Node's pool): it moves to the main thread without a copy.
  const utf8 = Buffer.from(new ArrayBuffer(textStarts[texts.length]));
  texts.forEach((t, i) => utf8.write(t, textStarts[i], 'latin1'));
  return { utf8: new Uint8Array(utf8.buffer), textStarts };
}
