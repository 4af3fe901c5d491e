import type { IngestedSource } from './ingest';

/** "Tech Wire · 2025-01-27 · Title": where a source sentence comes from, as hovers and notes show it. */
export function sourceLabel(source: Pick<IngestedSource, 'title' | 'outlet' | 'published'>): string {
  return [source.outlet, source.published, source.title].filter(Boolean).join(' · ');
}
