import type { SourceIndex } from '../../core';

type IngestedSource = SourceIndex['sources'][number];

/** What a reader is told about a source: outlet · date · title, and where to open it. */
export interface SourceMeta {
  title: string;
  outlet?: string;
  date?: string;
  /** http(s) or file: only; anything else in an untrusted source is not linked. */
  href?: string;
}

// The source model knows only the title today; outlet, date and url are optional fields another part of the
// project adds. They are read here where present, on the ingested source or on its input.
interface OptionalMeta {
  outlet?: unknown;
  date?: unknown;
  published?: unknown;
  url?: unknown;
}

export function sourceMeta(source: IngestedSource): SourceMeta {
  const own = source as IngestedSource & OptionalMeta;
  const input = source.input as IngestedSource['input'] & OptionalMeta;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const outlet = text(own.outlet) ?? text(input.outlet);
  const date = text(own.date) ?? text(own.published) ?? text(input.date) ?? text(input.published);
  const href = safeHref(text(own.url) ?? text(input.url)) ?? safeHref(source.input.uri);
  return { title: source.title, ...(outlet ? { outlet } : {}), ...(date ? { date } : {}), ...(href ? { href } : {}) };
}

function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
