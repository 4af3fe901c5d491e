import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NewsproofSettings } from './settings';

/** The two DeepSeek articles that ship with Newsproof, next to the bundled server and CLI (server/out/ → samples/sources). */
export function bundledSourcesFolder(): string {
  return bundledSamples('sources');
}

/** The sample drafts that ship with Newsproof, for `newsproof demo` outside a checkout. */
export function bundledDraftsFolder(): string {
  return bundledSamples('drafts');
}

function bundledSamples(kind: 'sources' | 'drafts'): string {
  const candidates = [resolve(__dirname, '..', '..', 'samples', kind), resolve(__dirname, '..', '..', '..', 'samples', kind)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/**
 * The configured sources as patterns for `loadSourceIndex`: the bundled articles when due, then the user's paths,
 * folders and globs, made absolute (an entry starting with "!" excludes).
 */
export function sourcePaths(settings: Pick<NewsproofSettings, 'sources' | 'bundledSources'>, baseFolder: string): string[] {
  const own = settings.sources.map((s) => (s.startsWith('!') ? s : resolve(baseFolder, s)));
  return usesBundledSources(settings) ? [bundledSourcesFolder(), ...own] : own;
}

/** Own sources replace the bundled articles, unless `bundledSources` is "always". */
export function usesBundledSources(settings: Pick<NewsproofSettings, 'sources' | 'bundledSources'>): boolean {
  return settings.bundledSources === 'always' || (settings.bundledSources === 'auto' && !settings.sources.some((s) => !s.startsWith('!')));
}
