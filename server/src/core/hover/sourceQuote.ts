import { nameConcept } from '../context/concepts';
import type { SourceSentence } from '../sources/sourceIndex';
import type { Span } from '../types';

/**
 * A source sentence as a Markdown block quote, verbatim, with the given spans and the names both sentences share in
 * bold (shared ordinary words would bold half the sentence), then the article's title and a link to that line.
 */
export function renderSourceQuote(at: SourceSentence, bold: Span[], shared: Set<string> = new Set()): string {
  const text = at.sentence.text;
  const spans = [...bold];
  for (const n of at.facts.names) if (shared.has(nameConcept(n.entry.canonical))) spans.push(n);
  const merged = mergeSpans(spans);
  let out = '';
  let at0 = 0;
  for (const s of merged) {
    out += escapeMarkdown(text.slice(at0, s.start)) + `**${escapeMarkdown(text.slice(s.start, s.end))}**`;
    at0 = s.end;
  }
  out += escapeMarkdown(text.slice(at0));
  const fileName = at.source.input.id.split('/').pop();
  return `> ${out}\n>\n> — *${escapeMarkdown(at.source.title)}* · [${fileName}:${at.line}](${at.source.input.uri}#L${at.line})`;
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

export function moreLine(total: number, shown: number): string {
  const rest = total - shown;
  return rest > 0 ? `\n\n*…and ${rest} more source sentence${rest === 1 ? '' : 's'}.*` : '';
}
