import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { detectLanguage, quotedSentencesAt, sourceFileLabel, sourceQuoteSegments, type Finding, type QuotedSentence, type ReportMessages, type SourceIndex, type SourceSentence } from '../../core';
import type { CheckedFile } from '../check';
import { sourceMeta } from './sourceMeta';

/**
 * The note beside a marked passage: where and what, the source sentences verbatim with the matching words in bold,
 * outlet · date · title with a link, and the suggested fix.
 */
export function findingNote(f: CheckedFile, finding: Finding, id: string, index: SourceIndex, t: ReportMessages): Element {
  const { line, character } = f.document.positionAt(finding.start);
  const quoted = quotedSentencesAt(f.analysis, finding.start);
  const related = finding.related.map((r, k): ElementContent[] => {
    if (r.sourceId === undefined) return [h('p.np-related', h('a', { href: `#${relatedPlaceId(id, k)}` }, r.message))];
    const quote = quoted.find((q) => q.at.source.input.id === r.sourceId && q.at.sentence.start === r.start) ?? plainQuote(index, r.sourceId, r.start);
    return quote ? sourceQuote(quote) : [h('p.np-related', r.message)];
  });
  return h('div.np-note', { id: `note-${id}`, dataFor: id, dataSeverity: finding.severity, dataNoteCode: finding.code }, [
    h('p.np-note-head', [
      h('span.np-badge', t.severity[finding.severity]),
      ' ',
      h('code', finding.code),
      ' · ',
      h('a', { href: `#${id}`, title: t.toPassage }, t.line(line + 1, character + 1)),
    ]),
    h('p.np-message', finding.message),
    ...related.flat(),
    ...(finding.fix ? [h('p.np-fix', t.suggested(finding.fix.newText))] : []),
  ]);
}

/** The anchor of a finding's related place in the draft (an earlier mention). */
export function relatedPlaceId(id: string, k: number): string {
  return `${id}-related-${k + 1}`;
}

function plainQuote(index: SourceIndex, sourceId: string, start: number): QuotedSentence | undefined {
  const at = index.sentences.find((s) => s.source.input.id === sourceId && s.sentence.start === start);
  return at && { at, bold: [], shared: new Set() };
}

const languages = new WeakMap<SourceSentence['source'], string>();

/** For screen readers and hyphenation: a German source quoted on an English page is marked as German. */
function sourceLanguage(source: SourceSentence['source']): string {
  let language = languages.get(source);
  if (!language) languages.set(source, (language = detectLanguage(source.blocks.map((b) => b.text).join('\n'), undefined, 'de')));
  return language;
}

function sourceQuote(quote: QuotedSentence): ElementContent[] {
  const meta = sourceMeta(quote.at.source);
  const words = sourceQuoteSegments(quote.at, quote.bold, quote.shared).map((s) => (s.bold ? h('strong', s.text) : { type: 'text' as const, value: s.text }));
  const title = meta.href ? h('a', { href: `${meta.href}${meta.href.startsWith('file:') ? `#L${quote.at.line}` : ''}`, rel: ['noopener', 'noreferrer'] }, meta.title) : h('span', meta.title);
  const cite = [meta.outlet, meta.date].filter((x): x is string => Boolean(x)).flatMap((x) => [x, ' · ']);
  const where = `${sourceFileLabel(quote.at.source.input.id)}${quote.at.page ? `, p. ${quote.at.page}` : `:${quote.at.line}`}`;
  return [h('blockquote.np-quote', { lang: sourceLanguage(quote.at.source) }, [h('p', words)]), h('p.np-cite', ['— ', ...cite, h('cite', [title]), ' · ', h('code.np-source-file', where)])];
}
