import type { IngestedSource } from './ingest';

type Provenance = Pick<IngestedSource, 'title' | 'outlet' | 'published' | 'url'>;

/** "Tech Wire · 2025-01-27 · Title": where a source sentence comes from, as hovers and notes show it. */
export function sourceLabel(source: Provenance): string {
  return [source.outlet, source.published, source.title].filter(Boolean).join(' · ');
}

/** The label with the article's address, for plain-text notes: "Tech Wire · 2025-01-27 · Title <https://…>". */
export function sourceCitation(source: Provenance): string {
  return source.url ? `${sourceLabel(source)} <${source.url}>` : sourceLabel(source);
}
