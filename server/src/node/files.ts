import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSettings, type NewsproofSettings } from './settings';

export const CONFIG_FILE = '.newsproof.json';

/** The two DeepSeek articles that ship with Newsproof, next to the bundled server and CLI (server/out/ → samples/sources). */
export function bundledSourcesFolder(): string {
  const candidates = [resolve(__dirname, '..', '..', 'samples', 'sources'), resolve(__dirname, '..', '..', '..', 'samples', 'sources')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/**
 * The configured sources as patterns for `loadSourceIndex`: the bundled articles when due, then the user's paths,
 * folders and globs, made absolute (an entry starting with "!" excludes).
 */
export function sourcePaths(settings: Pick<NewsproofSettings, 'sources' | 'bundledSources'>, baseFolder: string): string[] {
  const own = settings.sources.map((s) => (s.startsWith('!') ? s : resolve(baseFolder, s)));
  const bundled = settings.bundledSources === 'always' || (settings.bundledSources === 'auto' && own.filter((s) => !s.startsWith('!')).length === 0);
  return bundled ? [bundledSourcesFolder(), ...own] : own;
}

/** Finds `.newsproof.json` in `folder` or the nearest folder above it. */
export function findConfigFile(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readConfigFile(file: string): { settings: Partial<NewsproofSettings>; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { settings: {}, problems: [`${file} is not valid JSON (${(error as Error).message}); Newsproof ignores it until it is fixed.`] };
  }
  return parseSettings(raw, file);
}
