import type { IngestedSource } from './ingest';

type Provenance = Pick<IngestedSource, 'title' | 'outlet' | 'published' | 'url'>;

/** "Tech Wire · 2025-01-27 · Title": where a source sentence comes from, as hovers and notes show it. */
export function sourceLabel(source: Provenance): string {
  return [source.outlet, source.published, source.title].filter(Boolean).join(' · ');
}

/**
 * The label with the article's address and, for a PDF, the page, for plain-text notes:
 * "Tech Wire · 2025-01-27 · Title <https://…>", "Press release, p. 2".
 */
export function sourceCitation(source: Provenance, page?: number): string {
  const label = page ? `${sourceLabel(source)}, p. ${page}` : sourceLabel(source);
  return source.url ? `${label} <${source.url}>` : label;
}
