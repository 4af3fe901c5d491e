import { parse as parseYaml } from 'yaml';

/** Where a source comes from, as far as the file says: shown in hovers, notes, SARIF and `newsproof sources`. */
export interface SourceMetadata {
  url?: string;
  outlet?: string;
  /** ISO date (`2025-01-27`) where the file's date can be read as one, else as written. */
  published?: string;
  author?: string;
  lang?: string;
}

/** `2025-01-27T08:00:00+01:00`, `2025-01-27` or a YAML date → `2025-01-27`; anything else stays as written. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
  return iso ? iso[1] : text || undefined;
}

/** `de-DE`, `de_AT`, `German` → `de`; only the languages Newsproof reads. */
export function normaliseLang(value: unknown): 'de' | 'en' | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (/^(de|ger|deu|german|deutsch)([-_].*)?$/.test(v)) return 'de';
  if (/^(en|eng|english|englisch)([-_].*)?$/.test(v)) return 'en';
  return undefined;
}

/**
 * A Markdown source's YAML front matter: `title`, `url`, `outlet` (or `publisher`, `site`), `published` (or
 * `date`), `author`, `lang`. Broken YAML declares nothing; the article is still read.
 */
export function frontMatterMetadata(yaml: string | undefined): SourceMetadata & { title?: string } {
  if (!yaml) return {};
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const v = r[key];
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string' && first.trim()) return first.trim();
      if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name;
    }
    return undefined;
  };
  const result: SourceMetadata & { title?: string } = {};
  const set = (key: keyof SourceMetadata | 'title', value: string | undefined) => {
    if (value) result[key] = value;
  };
  set('title', text('title', 'headline'));
  set('url', text('url', 'link', 'source', 'canonical'));
  set('outlet', text('outlet', 'publisher', 'site', 'source_name'));
  set('published', normaliseDate(r.published ?? r.date ?? r.pubDate));
  set('author', text('author', 'authors', 'byline'));
  set('lang', text('lang', 'language'));
  return result;
}
