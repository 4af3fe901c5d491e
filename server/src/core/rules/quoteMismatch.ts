import { translationChangingFigure, type DraftAnalysis, type DraftQuotation } from '../analysis/draft';
import { rewriteWithSourceValue } from '../figures/rewriteFigure';
import { EXPLETIVE_SUBJECTS, POINTING_BACK } from '../context/lexicon';
import { ARTICLES } from '../names/wordLists';
import { negationChange } from '../quotes/translatedNegation';
import { wordsChangedInTranslation, type TranslatedWordChange } from '../quotes/translatedWordChange';
import { sameWordButEnding } from '../quotes/wordEndings';
import { renderingOf } from '../quotes/wordRendering';
import { NEGATION } from '../text/negation';
import { PAST_COPULAS, PRESENT_COPULAS } from '../facts/tenseWords';
import type { WordChange } from '../quotes/wordAlignment';
import type { SourceQuotation } from '../sources/sourceIndex';
import type { Span } from '../types';
import type { Rule } from './finding';
import { relatedSentence } from './finding';

export const quoteMismatch: Rule = {
  code: 'quote-mismatch',
  defaultSeverity: 'warning',
  scope: 'block',
  description: 'A quotation differs from the source\'s wording: a changed word or figure.',
  example: 'Stacy Rasgon betont: „DeepSeek verwendet neue Technologien.“',
  check(draft, _index, t) {
    const [open, close] = draft.language === 'de' ? ['„', '“'] : ['“', '”'];
    const changedFigures = figuresChangedInTranslations(draft);
    // Each changed stretch of words is its own finding, so the words and figures quoted right stay clean.
    return draft.quotations
      .filter((q) => q.match && !q.match.alignment.verbatim)
      .flatMap((q) => {
        const { source, sourceWording, alignment, translated } = q.match!;
        // A translation's words are not the source's: only a negation it drops or adds, or a figure its source sentence
        // contradicts, is a change of what was said.
        const negation = translated ? negationChange(q, draft.text) : undefined;
        const figures = translated ? changedFigures().get(q) ?? [] : [];
        const words = translated && !negation ? wordsChangedInTranslation(q, draft.text).filter((w) => !figures.some((f) => f.span.start < w.span.end && w.span.start < f.span.end)) : [];
        if (translated && !negation && figures.length === 0 && words.length === 0) return [];
        const changes = alignment.changes.filter((c) => !articleBefore(c, q.words.words) && !markedOmission(c, q.documentWords, draft.text, source) && !beyondAFragment(c, q.words.words, source));
        if (!translated && !negation && changes.length === 0) return [];
        const speaker = source.speaker ? source.speaker.mention?.entry.canonical ?? source.speaker.text : undefined;
        const message = t.quoteMismatch(`${open}${sourceWording}${close}`, speaker);
        const stretches: Array<{ span: Span; newText?: string }> = translated ? [...(negation ? [negation] : []), ...figures, ...words.map((w) => translatedFix(w, draft))] : negation ? [negation] : changedStretches(q, changes, source, draft.text).map((c) => wholeFigure(c, q, draft));
        return stretches.map(({ span, newText }) => ({
          code: this.code,
          severity: this.defaultSeverity,
          ...span,
          message,
          related: [relatedSentence(source.at)],
          ...(newText !== undefined ? { fix: { title: t.fixQuote, newText } } : {}),
        }));
      });
  },
};

/**
 * "interesting" for "impressive" where the source says „interessant“: the source's word in the draft's language, where
 * the lexicon renders it; none where it does not, nor in German for a word that takes an ending, nor for a part of a
 * compound.
 */
function translatedFix(change: TranslatedWordChange, draft: DraftAnalysis): { span: Span; newText?: string } {
  const written = draft.text.slice(change.span.start, change.span.end);
  const rendering = renderingOf(change.sourceWord, written, draft.language);
  return rendering && rendering.toLowerCase() !== written.toLowerCase() ? { span: change.span, newText: rendering } : { span: change.span };
}

/**
 * Each translated quotation's figures that its source quotation contradicts, each with the source's value in the
 * draft's style: the draft's figures walked once, when the first translated quotation asks.
 */
function figuresChangedInTranslations(draft: DraftAnalysis): () => Map<DraftQuotation, Array<{ span: Span; newText: string }>> {
  let byQuotation: Map<DraftQuotation, Array<{ span: Span; newText: string }>> | undefined;
  return () => {
    if (byQuotation) return byQuotation;
    byQuotation = new Map();
    for (const f of draft.figures) {
      const q = translationChangingFigure(draft, f);
      if (!q) continue;
      const newText = rewriteWithSourceValue(f.figure, f.match.evidence[0].figure, draft.language);
      if (newText && newText !== f.figure.text) byQuotation.set(q, [...(byQuotation.get(q) ?? []), { span: f.span, newText }]);
    }
    return byQuotation;
  };
}

/**
 * „Ein Weckruf für unsere Industrien“ for the source's „Weckruf für unsere Industrien“, "A Sputnik moment" for
 * „Sputnik-Moment“: an article the writer's sentence needs, put before the quoted words, changes nothing the speaker said.
 */
function articleBefore(c: WordChange, words: readonly string[]): boolean {
  return c.draftFrom === 0 && c.sourceTo === c.sourceFrom && c.draftTo > 0 && words.slice(0, c.draftTo).every((w) => ARTICLES.has(w));
}

/**
 * „Das ist die Angst vor dem Ende …“ for a source that quotes only „Angst vor dem Fall …“ inside its own sentence, „Der
 * spektakulärste Durchbruch …“ for its „… als spektakulärsten Durchbruch …“: the reporter's frame put before a fragment
 * (an article, a copula, a demonstrative) is not a word the source quotes otherwise; the fragment's edge word may take
 * the ending the writer's sentence needs. Content words before it („den größten und spektakulärsten …“) or any word past
 * its end („… seit dem iPhone“) put a claim in the speaker's mouth, and a negation turns it around.
 */
function beyondAFragment(c: WordChange, words: readonly string[], source: SourceQuotation): boolean {
  const kept = c.sourceTo - c.sourceFrom;
  if (c.draftFrom !== 0 || c.sourceFrom !== 0 || c.draftTo - c.draftFrom <= kept) return false;
  // The source's own first words stand at the inner end of the draft's stretch, the same words but for an ending.
  const inner = words.slice(c.draftTo - kept, c.draftTo);
  if (!inner.every((w, i) => sameWordButEnding(w, source.words.words[c.sourceFrom + i]))) return false;
  return words.slice(c.draftFrom, c.draftTo - kept).every((w) => FRAME_WORDS.has(w.toLowerCase())) && fragmentStart(source);
}

/** The words a reporter frames a quoted fragment with: „Das ist die …“, „Es war die …“, „Der …“, "This is a …", "It was a …". */
const FRAME_WORDS = new Set([...ARTICLES, ...PRESENT_COPULAS, ...PAST_COPULAS, ...POINTING_BACK, ...EXPLETIVE_SUBJECTS]);

/** A quotation that begins inside its source sentence, after the reporter's words ("… sehen darin eine „Angst …“"). */
function fragmentStart(source: SourceQuotation): boolean {
  const sentence = source.at.facts.text;
  const at = sentence.indexOf(source.text);
  return at > 0 && /\p{L}[\s\p{Pi}\p{Ps}"„»«‚']*$/u.test(sentence.slice(0, at));
}

/**
 * „DeepSeek verwendet bekannte Technologien […] aber keine Revolution“, "… in der sie (…) weitaus effizienter …": words
 * the draft leaves out where it marks the gap with an ellipsis are the writer's cut, not a change of what was said.
 * Words the draft puts in their place are still a change.
 */
const ELLIPSIS = /…|\.\s?\.\s?\./u;
function markedOmission(c: WordChange, words: readonly Span[] | undefined, documentText: string, source: SourceQuotation): boolean {
  if (c.draftTo !== c.draftFrom || c.sourceTo <= c.sourceFrom || !words) return false;
  // „DeepSeek war […] der Auserwählte“ for „war nicht der Auserwählte“: a cut that drops a negation turns it around.
  if (NEGATION.test(source.text.slice(source.words.spans[c.sourceFrom].start, source.words.spans[c.sourceTo - 1].end))) return false;
  const before = words[c.draftFrom - 1];
  const after = words[c.draftFrom];
  return before !== undefined && after !== undefined && ELLIPSIS.test(documentText.slice(before.end, after.start));
}

/**
 * The draft's span and the source's words for each change. A word left out is shown on the word after the gap
 * (or before it, at the end), and the fix puts the missing words back beside it.
 */
function changedStretches(q: DraftQuotation, changes: WordChange[], source: SourceQuotation, documentText: string): Array<{ span: Span; newText: string }> {
  const words = q.documentWords ?? [];
  const sourceText = (from: number, to: number) => (to > from ? source.text.slice(source.words.spans[from].start, source.words.spans[to - 1].end) : '');
  const draftText = (span: Span) => documentText.slice(span.start, span.end);
  const out: Array<{ span: Span; newText: string }> = [];
  for (const change of changes) {
    const c = wholeCompounds(withoutEndings(change, q.words.words, source), words, documentText, source);
    // Words the source does not have are taken out with the word beside them kept, so the fix leaves no gap behind.
    if (c.draftTo > c.draftFrom && c.sourceTo === c.sourceFrom && words[c.draftTo]) {
      out.push({ span: { start: words[c.draftFrom].start, end: words[c.draftTo].end }, newText: draftText(words[c.draftTo]) });
    } else if (c.draftTo > c.draftFrom && c.sourceTo === c.sourceFrom && words[c.draftFrom - 1]) {
      out.push({ span: { start: words[c.draftFrom - 1].start, end: words[c.draftTo - 1].end }, newText: draftText(words[c.draftFrom - 1]) });
    } else if (c.draftTo > c.draftFrom && words[c.draftFrom] && words[c.draftTo - 1]) {
      out.push({ span: { start: words[c.draftFrom].start, end: words[c.draftTo - 1].end }, newText: sourceText(c.sourceFrom, c.sourceTo) });
    } else if (words[c.draftTo]) {
      const after = words[c.draftTo];
      out.push({ span: after, newText: `${sourceText(c.sourceFrom, c.sourceTo)} ${draftText(after)}` });
    } else if (words[c.draftFrom - 1]) {
      const before = words[c.draftFrom - 1];
      out.push({ span: before, newText: `${draftText(before)} ${sourceText(c.sourceFrom, c.sourceTo)}` });
    }
  }
  if (out.length === 0) out.push({ span: q.inner, newText: q.match!.sourceWording });
  return out;
}

/**
 * „der spektakulärste Fortschritt“ for a source that quotes only „… als „spektakulärsten Durchbruch …““: the first word
 * of a quoted fragment may take the ending the writer's sentence needs (as in beyondAFragment), so a changed stretch
 * that starts with it is a change of the words after it. Inside a quotation an ending goes with the changed word
 * („kein Umbruch“ for „keine Revolution“): the fix must carry both.
 */
function withoutEndings(c: WordChange, draftWords: readonly string[], source: SourceQuotation): WordChange {
  const longer = c.draftTo - c.draftFrom > 1 && c.sourceTo - c.sourceFrom > 1;
  const atFragmentStart = c.draftFrom === 0 && c.sourceFrom === 0 && fragmentStart(source);
  if (!longer || !atFragmentStart || !sameWordButEnding(draftWords[0].toLowerCase(), source.words.words[0].toLowerCase())) return c;
  return { ...c, draftFrom: 1, sourceFrom: 1 };
}

/**
 * „dass 98 Prozent des Erfolgs …“ for „… 99 Prozent …“: a changed number inside a figure is shown on the whole figure
 * with its unit, as every figure is, and the fix keeps the unit („99 Prozent“). The unit is the same word in both, or
 * the alignment would have changed it too.
 */
function wholeFigure(c: { span: Span; newText: string }, q: DraftQuotation, draft: DraftAnalysis): { span: Span; newText: string } {
  const figure = draft.figures.find((f) => q.inner.start <= f.span.start && f.span.end <= q.inner.end && f.span.start <= c.span.start && c.span.end <= f.span.end && (f.span.start < c.span.start || c.span.end < f.span.end));
  if (!figure) return c;
  const { start, end } = figure.span;
  return { span: { start, end }, newText: draft.text.slice(start, c.span.start) + c.newText + draft.text.slice(c.span.end, end) };
}

/**
 * "Tech-Monopols" for "US-Monopols": a change inside a hyphenated compound is shown on the whole compound, where the
 * source's compound is joined the same way.
 */
function wholeCompounds(c: WordChange, words: Span[], documentText: string, source: SourceQuotation): WordChange {
  if (c.draftTo <= c.draftFrom || c.sourceTo <= c.sourceFrom) return c;
  const draftGlued = (k: number) => words[k] && words[k + 1] && documentText.slice(words[k].end, words[k + 1].start) === '-';
  const sourceSpans = source.words.spans;
  const sourceGlued = (k: number) => sourceSpans[k] && sourceSpans[k + 1] && source.text.slice(sourceSpans[k].end, sourceSpans[k + 1].start) === '-';
  const out = { ...c };
  while (draftGlued(out.draftFrom - 1) && sourceGlued(out.sourceFrom - 1)) out.draftFrom--, out.sourceFrom--;
  while (draftGlued(out.draftTo - 1) && sourceGlued(out.sourceTo - 1)) out.draftTo++, out.sourceTo++;
  return out;
}
