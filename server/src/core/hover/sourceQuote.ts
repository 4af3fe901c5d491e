import { nameConcept } from '../context/concepts';
import type { SourceSentence } from '../sources/sourceIndex';
import type { Span } from '../types';

/**
 * A source sentence as a Markdown block quote, verbatim, with the given spans and the names both sentences share in
 * bold (shared ordinary words would bold half the sentence), then the article's title and a link to that line.
 */
export function renderSourceQuote(at: SourceSentence, bold: Span[], shared: Set<string> = new Set()): string {
  const out = sourceQuoteSegments(at, bold, shared)
    .map((s) => (s.bold ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text)))
    .join('');
  return `> ${out}\n>\n> — ${provenance(at)}${sourceLink(at)}`;
}

/** The source sentence verbatim, cut into runs: the given spans and the names both sentences share are bold. */
export function sourceQuoteSegments(at: SourceSentence, bold: Span[], shared: Set<string> = new Set()): Array<{ text: string; bold: boolean }> {
  const text = at.sentence.text;
  const spans = [...bold];
  for (const n of at.facts.names) if (shared.has(nameConcept(n.entry.canonical))) spans.push(n);
  const segments: Array<{ text: string; bold: boolean }> = [];
  let from = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start > from) segments.push({ text: text.slice(from, s.start), bold: false });
    segments.push({ text: text.slice(s.start, s.end), bold: true });
    from = s.end;
  }
  if (from < text.length) segments.push({ text: text.slice(from), bold: false });
  return segments;
}

/** A link that opens /** Outlet · date · *title*, and a link to the article on the web when the source names its address. */
function provenance(at: SourceSentence): string {
  const { outlet, published, title, url } = at.source;
  const before = [outlet, published].filter(Boolean).map((p) => `${escapeMarkdown(p!)} · `).join('');
  const host = url ? webHost(url) : undefined;
  const web = host ? ` · [${escapeMarkdown(host)}](${url!.replace(/[()\s]/g, encodeURIComponent)})` : '';
  return `${before}*${escapeMarkdown(title)}*${web} · `;
}

function webHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link that opens the source with the sentence selected (VS Code reads `#L15,1-L15,177` as a selection); a PDF
 * opens at the sentence's page.
 */
export function sourceLink(at: SourceSentence): string {
  const { startLine, startColumn, endLine, endColumn } = at.position;
  const fileName = escapeMarkdown(sourceFileLabel(at.source.input.id));
  if (at.page) return `[${fileName}, p. ${at.page}](${at.source.input.uri}#page=${at.page})`;
  return `[${fileName}:${at.line}](${at.source.input.uri}#L${startLine},${startColumn}-L${endLine},${endColumn})`;
}

/** A source file by its folder and name: articles saved as "index.html" or "article.txt" in several folders stay apart. */
export function sourceFileLabel(id: string): string {
  return id.split(/[\\/]/).slice(-2).join('/');
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Keeps the text verbatim when rendered: characters Markdown would read as syntax are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
