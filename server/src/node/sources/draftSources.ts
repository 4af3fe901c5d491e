import { isAbsolute, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { indexSources, type SourceIndex } from '../../core/sources';
import type { GlossaryName } from '../../core/names/nameIndex';
import { sourcePaths } from '../files';
import type { NewsproofSettings } from '../settings';
import type { LoadedSources } from './loadSourceIndex';

const FRONT_MATTER = /^\ufeff?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;

/** A draft's own choice of sources: front matter `sources:`, a list (or one) of files, folders, globs or titles. */
export function draftSourcesOf(text: string): string[] | undefined {
  const yaml = FRONT_MATTER.exec(text)?.[1];
  if (!yaml || !/^sources\s*:/m.test(yaml)) return undefined;
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch {
    return undefined;
  }
  const value = (raw as { sources?: unknown } | null)?.sources;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const entries = list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return entries.length ? entries : undefined;
}

/** What one set of loaded sources depends on in the settings: drafts whose settings give the same key share one index. */
export function sourceSetKey(settings: NewsproofSettings, baseFolder: string): string {
  return JSON.stringify([sourcePaths(settings, baseFolder), settings.sourcesExclude, settings.names, baseFolder]);
}

/**
 * The index a draft is checked against: all loaded sources, or only those its front matter `sources:` names (entries
 * relative to the draft's folder); `unmatched` lists the entries that name no source, for one message each.
 */
export function draftIndexOf(loaded: LoadedSources, draftText: string, draftFolder: string, glossary: GlossaryName[] = []): { index: SourceIndex; unmatched: string[] } {
  const entries = draftSourcesOf(draftText);
  return entries ? narrowSources(loaded, entries, draftFolder, glossary) : { index: loaded.index, unmatched: [] };
}

const narrowed = new WeakMap<LoadedSources, Map<string, { index: SourceIndex; unmatched: string[] }>>();

/**
 * The index of only the sources a draft names, each entry matched as a file or folder (relative to the draft's
 * folder), a glob, or an article's title (case-insensitive). Entries that match nothing come back in `unmatched`, for
 * a message. Built from the loaded digests, so it costs a merge, not a read; kept per set of entries.
 */
export function narrowSources(loaded: LoadedSources, entries: string[], draftFolder: string, glossary: GlossaryName[] = []): { index: SourceIndex; unmatched: string[] } {
  const key = JSON.stringify([entries, draftFolder]);
  let byKey = narrowed.get(loaded);
  if (!byKey) narrowed.set(loaded, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const chosen = new Set<string>();
  const unmatched: string[] = [];
  const paths = [...loaded.digests.keys()];
  // Titles from the index's sources (their id is the path): a lazily read index loads no digest to match a title.
  const titles = new Map(loaded.index.sources.map((s) => [s.input.id, s.title.toLowerCase()]));
  for (const entry of entries) {
    const before = chosen.size;
    const absolute = isAbsolute(entry) ? entry : resolve(draftFolder, entry);
    const matches = isDynamicPattern(entry) ? picomatch(absolute.split(sep).join('/')) : undefined;
    const title = entry.toLowerCase();
    for (const path of paths) {
      const hit = matches ? matches(path.split(sep).join('/')) : path === absolute || path.startsWith(absolute.endsWith(sep) ? absolute : absolute + sep) || titles.get(path) === title;
      if (hit) chosen.add(path);
    }
    if (chosen.size === before) unmatched.push(entry);
  }
  const result = { index: indexSources(paths.filter((p) => chosen.has(p)).map((p) => loaded.digests.get(p)!.digest), glossary), unmatched };
  byKey.set(key, result);
  return result;
}
